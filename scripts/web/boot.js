// Explorateur FTAP boot marks: the first script of the page, inline in its head, so that the
// first paint already has them (scripts/web/guard.js and the loader come after the content).
(function () {
  'use strict';
  // Scripts run: the controls that need the app are shown (the stylesheet hides them from a
  // reader without JavaScript, who gets the prerendered page to read).
  document.documentElement.setAttribute('data-js', '');
  // The page holds the default view. An address asking for another (a search, filters, a
  // language, a project…) gets it once the app runs; until then the page says so, so that
  // what is on screen is never taken for the view of the link.
  if (/[?&][^=&]+=/.test(location.search)) document.documentElement.setAttribute('data-pending', '');
}());
