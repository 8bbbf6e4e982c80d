import { render } from 'preact';
import { uiLanguage } from '../src/platform/browser.js';
import { PopupApp } from './components/popup-app.js';
import './styles.css';

document.documentElement.lang = uiLanguage();
render(<PopupApp search={location.search} />, document.getElementById('app')!);
