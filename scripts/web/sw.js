// Explorateur FTAP service worker: keeps a deployment readable offline without ever mixing two
// builds. The ASSETS and VERSION placeholders are filled in by scripts/web/service-worker.mjs.
//
// - Install fetches every file of this build from the network (`cache: 'reload'`, past the HTTP
//   cache), checks it against the integrity hash the page uses, and stores them all or none.
// - Cache names hold this deployment's scope: builds under other sub-paths of the origin keep
//   their caches.
// - The worker that opens a reader's file is not fetched at install but when first used, then
//   kept in the same cache.
// - Pages are asked from the network first (revalidated, so a stale HTTP copy never wins);
//   offline, the cached page is served, and a deeper path of the scope is sent to the app's
//   own page with the same query string, so that relative links keep working.
const ASSETS = /*ASSETS*/;
// Files of this build fetched only when needed (the worker that opens a reader's file, the
// example files): stored the first time, checked against their hash like the others.
const LATER = /*LATER*/;
const SCOPE = self.registration.scope;
const PREFIX = `ftap:${SCOPE}:`;
const CACHE = `${PREFIX}/*VERSION*/`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const fetched = await Promise.all(Object.entries(ASSETS).map(async ([path, integrity]) => {
      const response = await fetch(new URL(path, SCOPE), { cache: 'reload', integrity });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return [path, response];
    }));
    const cache = await caches.open(CACHE);
    await Promise.all(fetched.map(([path, response]) => cache.put(new URL(path, SCOPE), response)));
  })().catch(async (error) => {
    // A partial or unverified build is never kept: the previous worker stays in charge.
    await caches.delete(CACHE);
    throw error;
  }).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

async function page(request) {
  try {
    const response = await fetch(request.url, { cache: 'no-cache', credentials: 'same-origin' });
    // A navigation may not be answered by a followed redirect: hand the redirect to the page.
    return response.redirected ? Response.redirect(response.url, 302) : response;
  } catch (offline) {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const url = new URL(request.url);
    const shell = await cache.match(SCOPE);
    if (shell && url.pathname !== new URL(SCOPE).pathname) {
      return Response.redirect(SCOPE + url.search, 302);
    }
    throw offline;
  }
}

async function later(request, integrity) {
  const cache = await caches.open(CACHE);
  const url = request.url.split(/[?#]/)[0];
  const hit = await cache.match(url);
  if (hit) return hit;
  const response = await fetch(url, { integrity });
  if (response.ok) await cache.put(url, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const path = `./${request.url.slice(SCOPE.length).split(/[?#]/)[0]}`;
  if (Object.hasOwn(LATER, path)) {
    event.respondWith(later(request, LATER[path]));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  // Built files carry content hashes in their names, and were verified when stored.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)));
});
