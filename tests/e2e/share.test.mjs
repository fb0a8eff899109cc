// Sharing: the URL is the view (reload, back/forward, malformed links), exports match the
// visible rows, the build works under a sub-path and offline, and start-up failures show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { session, projectsTable, projects, serve, openPage, ready, parseCsv, DIST } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);

const searchbox = (page) => page.getByRole('searchbox', { name: 'Rechercher un projet' });
const ftapHeader = (page) => page.getByRole('columnheader', { name: /Montant FTAP/ });
const rowNames = (page) => projectsTable(page).locator('tbody tr:not([hidden]) th a').allTextContents();

test('a view survives a reload: search, sort and open project', async () => {
  const { page, errors } = await open();
  await searchbox(page).fill('justice');
  await ftapHeader(page).getByRole('button').click();
  const names = await rowNames(page);
  await page.getByRole('link', { name: names[0] }).click();
  await page.getByRole('heading', { level: 2, name: names[0] }).waitFor();
  // The address follows once the frame showing the change is drawn.
  await page.waitForURL(/project=/);
  const url = page.url();
  assert.match(url, /q=justice/);
  assert.match(url, /sort=-ftap/);
  assert.match(url, /project=/);
  await page.reload();
  await ready(page);
  assert.equal(await searchbox(page).inputValue(), 'justice');
  assert.equal(await ftapHeader(page).getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await rowNames(page), names);
  await page.getByRole('heading', { level: 2, name: names[0] }).waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('back and forward restore views; typing does not add history entries', async () => {
  const { page } = await open();
  await ftapHeader(page).getByRole('button').click(); // push
  await searchbox(page).fill('numerique'); // replace, several keystrokes
  await searchbox(page).press('End');
  await searchbox(page).pressSequentially(' p');
  const filtered = await rowNames(page);
  await page.getByRole('link', { name: filtered[0] }).click(); // push
  await page.getByRole('button', { name: 'Fermer la fiche' }).waitFor();

  await page.goBack();
  await page.getByRole('button', { name: 'Fermer la fiche' }).waitFor({ state: 'detached' });
  assert.equal(await searchbox(page).inputValue(), 'numerique p');
  assert.deepEqual(await rowNames(page), filtered);

  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('sort'));
  assert.equal(await searchbox(page).inputValue(), '');
  assert.equal(await ftapHeader(page).getAttribute('aria-sort'), 'none');

  await page.goForward();
  await page.waitForURL((u) => u.search.includes('sort'));
  assert.equal(await ftapHeader(page).getAttribute('aria-sort'), 'descending');
  assert.equal(await searchbox(page).inputValue(), 'numerique p');
  await page.context().close();
});

test('closing the detail returns focus to the project link; Escape closes too', async () => {
  const { page } = await open();
  const link = projectsTable(page).getByRole('link').nth(2);
  const name = await link.textContent();
  await link.click();
  const heading = page.getByRole('heading', { level: 2, name });
  await heading.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'detail-title');
  await page.keyboard.press('Escape');
  await heading.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), name);
  await page.context().close();
});

test('a malformed link shows what was ignored and applies the rest', async () => {
  const bad = '?q=justice&sort=price&project=nexiste-pas&utm_source=x&lang=%FF';
  const { page, errors } = await open(bad);
  const notice = page.getByRole('status').filter({ hasText: "n'a pas pu être appliquée" });
  await notice.waitFor();
  const text = await notice.textContent();
  for (const key of ['sort', 'project', 'utm_source', 'lang']) assert.match(text, new RegExp(key));
  assert.equal(await searchbox(page).inputValue(), 'justice');
  const names = await rowNames(page);
  assert.ok(names.length > 0 && names.length < 42);
  // The page still works: sorting, then dismissing the notice.
  await ftapHeader(page).getByRole('button').click();
  assert.equal(await ftapHeader(page).getAttribute('aria-sort'), 'descending');
  await page.getByRole('button', { name: 'Fermer ce message' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.context().close();
});

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Today as the app names files: the reader's local date, ISO. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('exports hold the visible rows in order, headers in the reader\'s language, labels beside codes', async () => {
  const { page } = await open('?q=logement&sort=-ftap');
  const visible = await rowNames(page);
  const csv = projects();

  const comma = await download(page, 'Exporter en CSV (,)');
  assert.equal(comma.name, `ftap-projets_recherche-logement_tri-ftap-desc_${today()}_virgule.csv`);
  assert.ok(comma.text.startsWith('\ufeff'), 'UTF-8 BOM');
  const header = comma.text.slice(1).split('\r\n')[0].split(',');
  assert.deepEqual(header.slice(0, 4), ['identifiant', 'appel (code)', 'appel', 'année']);
  assert.ok(header.includes('montant FTAP (€)'), header.join());
  const rows = parseCsv(comma.text.slice(1));
  assert.deepEqual(rows.map((r) => r.nom), visible);
  // Each row's call comes with its label and year, as rounds.csv gives them.
  const rounds = parseCsv(readFileSync(join(DIST, '..', 'data', 'rounds.csv'), 'utf8'));
  for (const r of rows) {
    const round = rounds.find((x) => x.id === r['appel (code)']);
    assert.equal(r.appel, round.label);
    assert.equal(r['année'], round.year);
    const source = csv.find((p) => p.id === r.identifiant);
    assert.equal(r['montant FTAP (€)'], source.ftap_eur, 'unknown stays empty, never 0');
  }

  const excel = await download(page, 'Exporter en CSV (Excel, ;)');
  assert.equal(excel.name, `ftap-projets_recherche-logement_tri-ftap-desc_${today()}_excel.csv`);
  assert.ok(excel.text.slice(1).split('\r\n')[0].startsWith('identifiant;appel (code);appel;année;'));
  assert.equal(excel.text.split('\r\n').filter((l) => l !== '').length, visible.length + 1);

  const json = await download(page, 'Exporter en JSON');
  assert.equal(json.name, `ftap-projets_recherche-logement_tri-ftap-desc_${today()}.json`);
  const records = JSON.parse(json.text);
  assert.deepEqual(records.map((r) => r.name), visible);
  assert.deepEqual(Object.keys(records[0]).slice(0, 4), ['id', 'round', 'round_label', 'year']);

  // A filtered export is named after its filters; in English, headers are English.
  await page.goto(`${app.server.url}?ministry=${encodeURIComponent('Ministère de la Justice')}&lang=en`);
  await ready(page);
  const english = await download(page, 'Export as CSV (,)');
  assert.equal(english.name, `ftap-projets_ministry-ministere-de-la-justice_${today()}_virgule.csv`);
  assert.ok(english.text.slice(1).startsWith('id,call (code),call,year,'));
  await page.context().close();
});

test('"Copier le lien" copies the address of the current view', async () => {
  const { page } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await searchbox(page).fill('mentor');
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await page.getByText('Lien copié').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await page.waitForURL(/q=mentor/);
  assert.equal(copied, page.url());
  assert.match(copied, /\?q=mentor$/);
  await page.context().close();
});

test('the build works under a sub-path, deep link included', async () => {
  const nested = await serve(DIST, '/un/sous/chemin/');
  try {
    const { page, errors, requests } = await openPage(app.browser);
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    await page.goto(`${nested.url}?q=fourriere&project=ftap2018-2-si-fourrieres`);
    await ready(page);
    await page.getByRole('heading', { level: 2, name: /fourrières/ }).waitFor();
    assert.equal((await rowNames(page)).length, 1);
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
    assert.ok(requests.every((u) => u.startsWith(nested.url)), 'every asset under the sub-path');
    await page.context().close();
  } finally {
    await nested.close();
  }
});

test('once loaded, the app reloads offline', async () => {
  const { page } = await open('?q=justice');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok));
    }
  });
  await page.context().setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await searchbox(page).inputValue(), 'justice');
  assert.ok((await rowNames(page)).length > 0);
  await page.context().close();
});

test('the page is hardened: CSP, integrity on every asset, noscript, prerendered content', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'CSP meta present');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  assert.doesNotMatch(csp, /data:|manifest-src/, 'nothing the app does not use');
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types ftap/);
  assert.doesNotMatch(html, /<script type="module">/, 'no inline script');
  for (const tag of html.match(/<(script|link)\b[^>]*(src|href)="[^"]+"[^>]*>/g)) {
    assert.match(tag, /integrity="sha384-/, tag);
    // The hash is that of the file served: a stale or mid-copy hash stops the app's start.
    const [, file] = tag.match(/(?:src|href)="\.\/([^"]+)"/);
    const [, hash] = tag.match(/integrity="sha384-([^"]+)"/);
    assert.equal(hash, createHash('sha384').update(readFileSync(join(DIST, file))).digest('base64'), file);
  }
  assert.match(html, /<noscript>/);
  // The home view is in the HTML itself, not a loading message.
  assert.doesNotMatch(html, /Chargement de l'explorateur/);
  assert.match(html, /<table class="projects">/);
});

// The stylesheets ship without their comments (scripts/postbuild.mjs): the browser must read
// the same rules from them as from the sources in assets/, rule for rule.
test('the shipped stylesheets hold the same rules as their sources', async () => {
  const { page } = await open();
  const shipped = readdirSync(DIST).filter((name) => name.endsWith('.css'));
  assert.ok(shipped.some((name) => /^style-[0-9a-f]+\.css$/.test(name)) && shipped.includes('own-data.css'), shipped.join());
  for (const name of shipped) {
    const source = readFileSync(join(DIST, '..', 'assets', name.startsWith('style-') ? 'style.css' : name), 'utf8');
    const built = readFileSync(join(DIST, name), 'utf8');
    assert.doesNotMatch(built, /\/\*/, `${name}: no comment left`);
    assert.ok(built.length < source.length, name);
    const [ours, theirs] = await page.evaluate(([a, b]) => [a, b].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((rule) => rule.cssText);
    }), [source, built]);
    assert.ok(ours.length > 10, `${name}: ${ours.length} rules`);
    assert.deepEqual(theirs, ours, name);
  }
  await page.context().close();
});

test('a failed start shows an error panel, not a blank page', async () => {
  const { page } = await openPage(app.browser);
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 200, body: 'not wasm', contentType: 'application/wasm' }));
  await page.goto(app.server.url);
  await page.getByRole('alert').getByRole('heading', { name: /Impossible de démarrer/ }).waitFor();
  await page.context().close();
});

test('with Trusted Types enforced, nothing in the app writes markup from a string', async () => {
  const { page, errors } = await openPage(app.browser);
  const violations = [];
  page.on('console', (m) => { if (/Trusted Type|TrustedHTML|TrustedScriptURL/.test(m.text())) violations.push(m.text()); });
  await page.goto(`${app.server.url}?q=justice&project=ftap2021-ppn-juridictions&lang=en`);
  await ready(page);
  await page.getByRole('button', { name: 'Français' }).click();
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  // A string written as markup is refused, as the policy says.
  const refused = await page.evaluate(() => {
    try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return false; } catch { return true; }
  });
  assert.ok(refused, 'the browser enforces Trusted Types on this page');
  await page.context().close();
});

test('the link notice strips invisible and bidi characters from parameter names', async () => {
  const { page } = await open('?ev%E2%80%AEli%E2%81%A6x=1');
  const notice = page.getByRole('status').filter({ hasText: "Une partie du lien n'a pas pu être appliquée" });
  await notice.waitFor();
  assert.equal(await notice.locator('code').first().textContent(), 'evlix');
  await page.context().close();
});
