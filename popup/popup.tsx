import { render } from 'preact';
import { uiLanguage } from '../src/platform/browser.js';
import { PopupApp } from './components/popup-app.js';
import { drafts } from './lib/library.js';
import { storyKey } from './lib/story-keys.js';
import './styles.css';

document.documentElement.lang = uiLanguage();
render(<PopupApp search={location.search} />, document.getElementById('app')!);
addEventListener('keydown', (event) => storyKey(event, document));

// The toolbar popup (not popup.html opened in a tab with ?tabId=) closes on an Escape nothing else took (the tag
// completions take the first), the same in every browser, once what the reader typed is kept.
if (!new URLSearchParams(location.search).has('tabId')) {
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) void drafts.flush().finally(() => close());
  });
}
