import { render } from 'preact';
import { PopupApp } from './components/popup-app.js';
import './styles.css';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
