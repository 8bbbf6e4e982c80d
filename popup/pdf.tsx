import { render } from 'preact';
import { t, uiLanguage } from '../src/platform/browser.js';
import { PdfFileApp } from './components/pdf-file-app.js';
import './styles.css';

document.documentElement.lang = uiLanguage();
document.title = t('pdfPageTitle');
render(<PdfFileApp />, document.getElementById('app')!);
