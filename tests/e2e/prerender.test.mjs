// The home view is prerendered at build time (src/bin/prerender.rs) and hydrated by the app:
// readable without JavaScript, and the same once the app has taken it over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, openPage, projectsTable, projects, ready, plain, domStructure, firstPageRows, DRAWN_LATER, DIST, slowDown } from './harness.mjs';

const app = session();

/** The page's visible text, as a reader gets it. */
const text = (page) => page.locator('#app').innerText().then(plain);

/** What hydration must keep as it is: the page without the parts drawn later. */
const structure = (page) => domStructure(page, DRAWN_LATER);

test('without JavaScript the home page shows the key figures, every project with a link to its page, and the methodology', async () => {
  const { page } = await openPage(app.browser, { javaScriptEnabled: false });
  await page.goto(app.server.url);
  const table = projectsTable(page);
  const rows = table.locator('tbody tr');
  // Every project (the data fits one page), each linking to its own page.
  const all = projects();
  assert.equal(all.length, firstPageRows(all.length), 'the data fits the first page');
  assert.equal(await rows.count(), all.length);
  const links = await table.locator('tbody tr:not([hidden]) th a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(links, all.map((p) => [p.name, `projets/${p.id}/`]));
  await page.getByRole('region', { name: 'Chiffres clés' }).getByText(/connus pour \d+ projets sur \d+/).first().waitFor();
  await page.getByRole('region', { name: 'Méthodologie' }).waitFor();
  // What needs the app is neither in the page nor offered by the section links.
  assert.equal(await page.locator(DRAWN_LATER).count(), 0);
  const sections = page.getByRole('navigation', { name: 'Sections de la page' });
  assert.deepEqual(await sections.getByRole('link').allTextContents(), ['Projets', 'Méthodologie']);
  assert.doesNotMatch(await text(page), /Chargement/);
  await page.context().close();
});

test('hydration takes the prerendered page over unchanged, without a warning', async () => {
  const { page: still } = await openPage(app.browser, { javaScriptEnabled: false });
  await still.goto(app.server.url);
  const before = await structure(still);
  await still.context().close();

  const { page, errors } = await openPage(app.browser);
  const warnings = [];
  page.on('console', (m) => {
    // Chromium's own note about preload integrity is no warning of ours.
    if (m.type() === 'warning' && !/integrity. attribute is currently ignored/.test(m.text())) warnings.push(m.text());
  });
  await page.goto(app.server.url);
  await ready(page);
  // Typing works: the app has taken over.
  await page.getByRole('searchbox', { name: 'Rechercher un projet' }).fill('fourriere');
  await page.getByText(/^1 projet sur \d+/).waitFor();
  await page.getByRole('searchbox', { name: 'Rechercher un projet' }).fill('');
  await page.getByText(/^\d+ projets sur \d+ ; montants FTAP/).waitFor();
  assert.deepEqual(await structure(page), before, 'the same page before and after hydration');
  // The filters, the charts and the coverage table follow.
  assert.equal(await page.locator(DRAWN_LATER).count(), 4);
  await page.getByRole('table', { name: /Couverture par appel/ }).waitFor();
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the parts drawn after the start come one at a time, in the page\'s order', async () => {
  const { page, errors } = await openPage(app.browser);
  // Each delivery of mutation records follows one render of the app: the parts that appear in
  // the same delivery were drawn in one task.
  await page.addInitScript((parts) => {
    window.__drawn = [];
    let delivery = 0;
    new MutationObserver(() => {
      delivery += 1;
      for (const part of parts) {
        if (document.querySelector(part) && !window.__drawn.some(([seen]) => seen === part)) window.__drawn.push([part, delivery]);
      }
    }).observe(document, { subtree: true, childList: true });
  }, DRAWN_LATER.split(', '));
  await page.goto(app.server.url);
  await ready(page);
  const drawn = await page.evaluate(() => window.__drawn);
  assert.deepEqual(drawn.map(([part]) => part), DRAWN_LATER.split(', '));
  const deliveries = drawn.map(([, delivery]) => delivery);
  assert.equal(new Set(deliveries).size, 4, `one render each: ${JSON.stringify(drawn)}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a shared link opens its own view on the prerendered page', async () => {
  const { page, errors } = await openPage(app.browser);
  await page.goto(`${app.server.url}?q=mentor&lang=en`);
  await page.getByText(/^1 project of \d+/).waitFor();
  assert.equal(await projectsTable(page).locator('tbody tr:not([hidden])').count(), 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a shared link\'s charts are drawn from its own view, never first from the home view\'s', async () => {
  const { page, errors } = await openPage(app.browser);
  // The most marks the treemap and the most groups the breakdown ever showed (rows a filter
  // takes out are kept hidden).
  await page.addInitScript(() => {
    window.__most = { marks: 0, groups: 0 };
    const shown = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility()).length;
    new MutationObserver(() => {
      const most = window.__most;
      most.marks = Math.max(most.marks, shown('figure.treemap [role=button]'));
      most.groups = Math.max(most.groups, shown('#breakdown table tbody tr'));
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  // A slow processor, as on a cheap phone: Yew then yields to the browser while it starts
  // (every 16 ms), between taking the page over and taking up the address's view, and other
  // tasks of the page's can run in between.
  await slowDown(page, 4);
  const ministry = 'Ministère de la Justice';
  await page.goto(`${app.server.url}?ministry=${encodeURIComponent(ministry)}`);
  await ready(page);
  await page.waitForTimeout(300);
  const known = projects().filter((p) => p.ministry === ministry && p.ftap_eur !== '');
  assert.ok(known.length > 1 && known.length < projects().length);
  assert.deepEqual(await page.evaluate(() => window.__most), { marks: known.length, groups: 1 });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a pasted link previews with a title and a description (Open Graph)', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = (attribute, name) => html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]+)"`))?.[1];
  assert.match(meta('property', 'og:title'), /Explorateur FTAP/);
  assert.match(meta('property', 'og:description'), /FTAP/);
  assert.equal(meta('property', 'og:locale'), 'fr_FR');
  assert.ok(meta('name', 'description'));
});

test('a link to a part the app draws later (#coverage) opens at that part', async () => {
  const { page, errors } = await openPage(app.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${app.server.url}#coverage`);
  await ready(page);
  const heading = page.getByRole('heading', { level: 2, name: 'Ce que les données couvrent' });
  await heading.waitFor();
  await page.waitForFunction(() => window.scrollY > 0);
  const box = await heading.boundingBox();
  assert.ok(box.y > -2 && box.y < 800, `the coverage heading at ${box.y}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('before the app starts, a link asking for a view says that the page shows the default one', async () => {
  const { page, errors } = await openPage(app.browser);
  // A slow network: the wasm arrives late.
  await page.route('**/*.wasm', (route) => setTimeout(() => route.continue(), 1500));
  await page.goto(`${app.server.url}?ministry=${encodeURIComponent('Ministère de la Justice')}`);
  const note = page.getByText('Cette adresse demande une vue particulière');
  await note.waitFor();
  assert.equal(await page.locator('#app main').evaluate((m) => getComputedStyle(m).opacity), '0.4');
  await ready(page);
  assert.equal(await note.isVisible(), false);
  assert.equal(await page.locator('#app main').evaluate((m) => getComputedStyle(m).opacity), '1');
  await page.getByRole('button', { name: /Retirer le filtre.*Ministère de la Justice/ }).waitFor();
  // The default view's address has no note.
  await page.goto(app.server.url);
  assert.equal(await note.isVisible(), false);
  assert.deepEqual(errors, []);
  await page.context().close();
});
