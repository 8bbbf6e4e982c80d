import { render } from 'preact';
import { t, uiLanguage } from '../src/platform/browser.js';
import { NotesApp } from './components/notes-app.js';
import './styles.css';

document.documentElement.lang = uiLanguage();
document.title = t('notesTitle');
render(<NotesApp search={location.search} />, document.getElementById('app')!);
