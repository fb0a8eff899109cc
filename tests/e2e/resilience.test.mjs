// Updates and failures never strand a reader: deployments that replace each other behind an
// HTTP cache, downloads altered on the way, several builds on one origin, offline deep links
// and foreign frames — each played in a real browser against copies of dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, projectsTable, serveSites, DIST } from './harness.mjs';
import { writeServiceWorker } from '../../scripts/web/service-worker.mjs';

let browser;
let work;
let v1;
let v2;

/** A second deployment of the same app: a different page, hence a different build. */
function deployment(name, marker) {
  const dir = join(work, name);
  cpSync(DIST, dir, { recursive: true });
  if (marker) {
    const page = join(dir, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<head>', `<head>\n  <meta name="build" content="${marker}">`));
    writeServiceWorker(dir);
  }
  return dir;
}

/** The cache version a build's worker uses. */
const versionOf = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/build ([0-9a-f]{16})/)[1];
const file = (dir, pattern) => readdirSync(dir).find((f) => pattern.test(f));

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'ftap-deploys-'));
  v1 = deployment('v1');
  v2 = deployment('v2', 'v2');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Waits until the page is controlled by a worker whose cache holds build `version` whole. */
async function controlledBy(page, version) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const done = await page.evaluate(async (v) => {
      if (!navigator.serviceWorker.controller) return false;
      const key = (await caches.keys()).find((k) => k.endsWith(`:${v}`));
      // The cache is opened before its entries are stored: wait for the page's own entry.
      return key !== undefined && (await (await caches.open(key)).match(new URL('./', location.href).href)) !== undefined;
    }, version);
    if (done) return;
    if (Date.now() > deadline) throw new Error(`no worker with build ${version} took over`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

async function ready(page) {
  await projectsTable(page).waitFor({ timeout: 20_000 });
}

test('after a deploy behind max-age=600, an offline start gets the new build whole', async () => {
  const server = await serveSites({ '/': v1 }, { headers: { 'cache-control': 'max-age=600', 'last-modified': new Date(0).toUTCString() } });
  const { page, errors } = await openPage(browser);
  try {
    await page.goto(server.url);
    await ready(page);
    await controlledBy(page, versionOf(v1));
    await page.context().setOffline(true);
    await page.reload();
    await ready(page);
    await page.context().setOffline(false);
    // Deploy v2; the browser's HTTP cache still holds v1's page for ten minutes. The browser
    // finds the new worker (as it does on its own from time to time) while the page stays open.
    server.sites['/'] = v2;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await controlledBy(page, versionOf(v2));
    const cached = await page.evaluate(async (v) => {
      const key = (await caches.keys()).find((k) => k.endsWith(`:${v}`));
      const response = await (await caches.open(key)).match(new URL('./', location.href).href);
      return response.text();
    }, versionOf(v2));
    assert.match(cached, /content="v2"/, 'the new cache holds the new page, not the HTTP-cached one');
    await page.context().setOffline(true);
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('meta[name="build"]').getAttribute('content'), 'v2');
    assert.deepEqual(errors, []);
  } finally {
    await page.context().close();
    await server.close();
  }
});

test('a wasm altered once heals by itself: one retry from the network', async () => {
  const wasm = file(v1, /_bg\.wasm$/);
  let altered = 0;
  const server = await serveSites({ '/': v1 }, { tamper: (path) => path.endsWith(wasm) && altered++ === 0 });
  const { page } = await openPage(browser);
  try {
    await page.goto(server.url);
    await ready(page);
    // The second request can be counted a moment after the page it served is running.
    for (let waited = 0; altered < 2 && waited < 5000; waited += 50) await new Promise((ok) => setTimeout(ok, 50));
    assert.ok(altered >= 2, `the altered file was served, then asked again (served: ${JSON.stringify([...server.served])})`);
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('ftap-retry')).length), 0);
  } finally {
    await page.context().close();
    await server.close();
  }
});

for (const [what, pattern] of [['the wasm', /_bg\.wasm$/], ['the app script', /^explorateur-ftap-[0-9a-f]+\.js$/], ['the loader', /^loader-.*\.js$/]]) {
  test(`${what} altered on every download: a message that says so, and a reload that works`, async () => {
    const name = file(v1, pattern);
    let broken = true;
    const server = await serveSites({ '/': v1 }, { tamper: (path) => broken && path.endsWith(name) });
    const { page } = await openPage(browser);
    try {
      await page.goto(server.url);
      const panel = page.getByRole('alert').filter({ hasText: "Impossible de démarrer l'explorateur" });
      await panel.waitFor({ timeout: 20_000 });
      assert.match(await panel.textContent(), /même après un nouveau téléchargement/);
      assert.equal(await page.getByText('Chargement de l\u2019explorateur').count() + await page.getByText("Chargement de l'explorateur").count(), 0);
      broken = false;
      await page.getByRole('button', { name: 'Recharger la page' }).click();
      await ready(page);
    } finally {
      await page.context().close();
      await server.close();
    }
  });
}

test('the app is imported only once its preload has loaded or failed its integrity check', async () => {
  // Importing a module whose preload is still settling fetches it again with no integrity
  // check: a file altered where it still parses would run over the guard's message. The
  // guard tells the loader when the preload has spoken; checked here on a page with the guard
  // alone and preloads whose answers are held back.
  const dir = mkdtempSync(join(tmpdir(), 'ftap-guard-'));
  const guard = readFileSync(new URL('../../scripts/web/guard.js', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body><div id="app"></div><script>${guard}</script>
    <link rel="modulepreload" href="held.js"><link rel="modulepreload" href="altered.js"></body></html>`);
  const server = await serveSites({ '/': dir });
  const { page } = await openPage(browser);
  try {
    await page.route('**/*.js', () => {});
    await page.goto(server.url);
    await page.evaluate(() => sessionStorage.setItem(`ftap-retry:${new URL('./', document.baseURI).href}`, 'retried'));
    const settle = (name) => page.evaluate((href) => {
      window.__settled = window.__settled || {};
      window.ftapStart.preloaded(new URL(href, document.baseURI).href).then(() => { window.__settled[href] = true; });
    }, name);
    await settle('held.js');
    await settle('altered.js');
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__settled), {}, 'nothing settles while the preloads are pending');
    // One loads, the other fails its check (as the browser would say it).
    await page.evaluate(() => document.querySelector('link[href="held.js"]').dispatchEvent(new Event('load')));
    await page.evaluate(() => document.querySelector('link[href="altered.js"]').dispatchEvent(new Event('error')));
    await page.waitForFunction(() => Object.keys(window.__settled).length === 2);
    assert.equal(await page.evaluate(() => window.ftapStart.failed()), true, 'the failure is known before the import');
    await page.getByRole('button', { name: 'Recharger la page' }).waitFor();
    // A page with no such preload does not wait.
    assert.equal(await page.evaluate(() => window.ftapStart.preloaded('http://127.0.0.1/none.js').then(() => 'at once')), 'at once');
  } finally {
    await page.context().close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two builds under two sub-paths of one origin keep each other\'s offline copies', async () => {
  const server = await serveSites({ '/a/': v1, '/b/': v2 });
  const { page } = await openPage(browser);
  try {
    await page.goto(`${server.origin}/a/`);
    await ready(page);
    await controlledBy(page, versionOf(v1));
    await page.goto(`${server.origin}/b/`);
    await ready(page);
    await controlledBy(page, versionOf(v2));
    const keys = await page.evaluate(() => caches.keys());
    assert.ok(keys.some((k) => k.startsWith(`ftap:${server.origin}/a/:`)), keys.join());
    assert.ok(keys.some((k) => k.startsWith(`ftap:${server.origin}/b/:`)), keys.join());
    await page.context().setOffline(true);
    await page.goto(`${server.origin}/a/?q=justice`);
    await ready(page);
    await page.goto(`${server.origin}/b/`);
    await ready(page);
    assert.equal(await page.locator('meta[name="build"]').getAttribute('content'), 'v2');
  } finally {
    await page.context().close();
    await server.close();
  }
});

test('offline, a deeper path of the deployment opens the app with its query', async () => {
  const server = await serveSites({ '/a/': v1 });
  const { page } = await openPage(browser);
  try {
    await page.goto(`${server.origin}/a/`);
    await ready(page);
    await controlledBy(page, versionOf(v1));
    await page.context().setOffline(true);
    await page.goto(`${server.origin}/a/projets/inconnu/?q=justice`);
    await ready(page);
    // The app writes the explorer's address once the frame is drawn.
    await page.waitForURL((url) => url.pathname === '/a/');
    // The address's view is applied once the app has taken the prerendered page over.
    const search = page.getByRole('searchbox', { name: 'Rechercher un projet' });
    await page.waitForFunction(() => document.getElementById('search-input')?.value === 'justice', null, { timeout: 5000 })
      .catch(async () => assert.fail(`the search box holds « ${await search.inputValue()} » at ${page.url()}`));
  } finally {
    await page.context().close();
    await server.close();
  }
});

test('framed by another site, the explorer refuses to run and offers its own tab', async () => {
  const app = await serveSites({ '/': v1 });
  const framing = mkdtempSync(join(tmpdir(), 'ftap-frame-'));
  writeFileSync(join(framing, 'index.html'), `<!doctype html><title>Autre site</title><iframe src="${app.url}" width="800" height="600"></iframe>`);
  const other = await serveSites({ '/': framing });
  const { page } = await openPage(browser);
  try {
    await page.goto(other.url);
    const frame = page.frameLocator('iframe');
    const link = frame.getByRole('link', { name: "Ouvrir l'Explorateur FTAP dans un nouvel onglet" });
    await link.waitFor({ timeout: 20_000 });
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await frame.getByRole('table').count(), 0, 'nothing of the app runs in the frame');
  } finally {
    await page.context().close();
    await other.close();
    await app.close();
    rmSync(framing, { recursive: true, force: true });
  }
});
