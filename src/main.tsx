import './polyfills';
import './ui/styles.css';
import { render } from 'solid-js/web';
import { App } from './ui/App';
import { lang } from './ui/i18n';

document.documentElement.lang = lang();
render(() => <App />, document.getElementById('root')!);

// The service worker (offline use, update prompt) is registered after the first render, from its
// own chunk, so it costs the first screen nothing. Not in development: no precache there. (MODE,
// not PROD: PROD follows NODE_ENV, which the test runner sets to 'test' while it builds the app.)
if (import.meta.env.MODE === 'production') {
  void import('./pwa/register').then((m) => m.registerServiceWorker());
}
