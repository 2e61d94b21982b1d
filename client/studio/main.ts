// Entry point of /studio?doc=<slug>: keeps an edit link's token, then starts the review studio on the document.
import { takeEditTokenFromUrl } from '../edit-token.js';
import { VIEW_PARAMS } from '../../contract/params.js';
import { byId, h, replaceChildren } from '../views/dom.js';
import { startStudio } from './studio-app.js';
import '../styles.css';
import './studio.css';

// First of all: an edit link's token leaves the address bar before anything can read, copy or share the URL.
takeEditTokenFromUrl();

const slug = new URLSearchParams(location.search).get(VIEW_PARAMS.doc.name);
if (slug) {
  const stop = startStudio(slug);
  window.addEventListener('pagehide', stop, { once: true });
} else
  replaceChildren(
    byId('studio-text-body'),
    h(
      'p',
      { class: 'load-error', role: 'alert' },
      'Open the studio from the library: /studio?doc=<document>.',
    ),
  );
