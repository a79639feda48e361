import './polyfills';
import './ui/styles.css';
import { render } from 'solid-js/web';
import { App } from './ui/App';
import { lang } from './ui/i18n';

document.documentElement.lang = lang();
render(() => <App />, document.getElementById('root')!);
