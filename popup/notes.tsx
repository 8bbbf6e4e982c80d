import { render } from 'preact';
import { NotesApp } from './components/notes-app.js';
import './styles.css';

render(<NotesApp search={location.search} />, document.getElementById('app')!);
