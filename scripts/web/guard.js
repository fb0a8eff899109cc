// Explorateur FTAP start guard: a classic script, inline after the page's content, that runs
// before the app's scripts load, so that a start that fails — a script or the wasm that fails its integrity check, a wasm that does
// not compile, a panic at start — never leaves the reader on « Chargement… ».
//
// The first failure clears this deployment's caches, unregisters its service worker and
// reloads once from the network (a bad download or a stale cache then heals by itself); a
// second failure in the same tab shows what happened, with a reload button that does the
// same cleaning again. Text is set with textContent only (Trusted Types are enforced).
(function () {
  'use strict';
  // The explorer's folder: a project's own page sets it as its base (projets/<id>/ → ../../).
  var scope = new URL('./', document.baseURI).href;
  var retryKey = 'ftap-retry:' + scope;
  var shown = false;
  var retrying = false;
  // Whether anything failed: the loader then does not start the app. A module whose preload
  // failed its integrity check can still be imported (the browser fetches it again, with no
  // check), and a file altered where it still parses would run.
  var failed = false;

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
    return node;
  }

  /** Deletes this deployment's caches and service worker; other sub-paths keep theirs. */
  function clearScope() {
    var jobs = [];
    if (window.caches) {
      jobs.push(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf('ftap:' + scope) === 0; })
          .map(function (k) { return caches.delete(k); }));
      }));
    }
    if (navigator.serviceWorker) {
      jobs.push(navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.filter(function (r) { return r.scope === scope; })
          .map(function (r) { return r.unregister(); }));
      }));
    }
    return Promise.all(jobs).catch(function () {});
  }

  function reload() {
    clearScope().then(function () { location.reload(); });
  }

  function showPanel(what) {
    if (shown) return;
    shown = true;
    var root = document.getElementById('app') || document.body;
    var panel = element('div', '', { 'class': 'error-panel', role: 'alert' });
    panel.appendChild(element('h1', "Impossible de démarrer l'explorateur"));
    panel.appendChild(element('p', "Le navigateur n'a pas pu démarrer l'application, même après " +
      'un nouveau téléchargement depuis le réseau. Cause : ' + what + '.'));
    panel.appendChild(element('p', 'Les fichiers mis en cache pour cette adresse ont été effacés. ' +
      'Rechargez quand le réseau est disponible ; si le problème persiste, essayez un navigateur récent.'));
    var button = element('button', 'Recharger la page', { type: 'button', 'class': 'button' });
    button.addEventListener('click', reload);
    panel.appendChild(button);
    root.replaceChildren(panel);
  }

  /** Called with a short description of what failed; retries once, then explains. */
  function fail(what, error) {
    failed = true;
    if (error) console.error(error);
    if (retrying) return;
    if (!sessionStorage.getItem(retryKey)) {
      retrying = true;
      sessionStorage.setItem(retryKey, what);
      reload();
    } else {
      clearScope();
      showPanel(what);
    }
  }

  // The module preloads settled (loaded with their integrity checked, or failed), by address,
  // and what waits for one.
  var settled = {};
  var waiting = {};

  function settle(target) {
    if (target.getAttribute('rel') !== 'modulepreload') return;
    settled[target.href] = true;
    (waiting[target.href] || []).forEach(function (resolve) { resolve(); });
    delete waiting[target.href];
  }

  // A script or module preload that fails its integrity check fires `error` on its
  // element: it does not bubble, but a capturing listener on window sees it.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (!target || !target.tagName) return;
    var rel = target.getAttribute('rel');
    if (target.tagName === 'SCRIPT' || rel === 'modulepreload') {
      fail('un fichier de l\u2019application est illisible ou altéré (' + (target.src || target.href) + ')');
      settle(target);
    }
  }, true);
  // An element's `load` stops at the document (it never reaches window).
  document.addEventListener('load', function (event) {
    if (event.target && event.target.tagName === 'LINK') settle(event.target);
  }, true);

  /**
   * Resolves once the module preload of `href` has loaded or failed: importing the module
   * before would fetch it again with no integrity check, and a file altered where it still
   * parses would run, over the message that says it is altered. At once when the page has no
   * such preload or the browser does not preload modules.
   */
  function preloaded(href) {
    var links = document.querySelectorAll('link[rel="modulepreload"]');
    var link = Array.prototype.find.call(links, function (l) { return l.href === href; });
    if (!link || settled[href] || !link.relList.supports('modulepreload')) return Promise.resolve();
    return new Promise(function (resolve) { (waiting[href] = waiting[href] || []).push(resolve); });
  }

  window.ftapStart = {
    fail: fail,
    failed: function () { return failed; },
    preloaded: preloaded,
    started: function () { sessionStorage.removeItem(retryKey); },
  };
}());
