// Loaded before every unit test file.
import '../src/polyfills';
import 'fake-indexeddb/auto';
