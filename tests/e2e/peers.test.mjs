// Find your peers, as a civil servant preparing an application would: compare projects side
// by side and share the comparison, similar projects that say why, exact matches before
// approximate ones, a one-page project sheet, the fund in brief, and optional columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects, plain, column, sources as describedSources, citation } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);
const name = (id) => projects().find((p) => p.id === id).name;

test('three projects about training civil servants, compared in two clicks and shared by link', async () => {
  const { page } = await open('?q=agents');
  const ids = ['ftap2018-2-mentor', 'ftap2023-cadre-numerique-justice', 'ftap2018-incubo-occitanie'];
  for (const id of ids) {
    await projectsTable(page).getByRole('button', { name: `Comparer ${name(id)}` }).click();
  }
  // The address follows once the frame showing the change is drawn.
  await page.waitForURL((url) => url.searchParams.get('compare') === ids.join(','));
  const panel = page.getByRole('region', { name: 'Comparaison' });
  const cards = panel.getByRole('article');
  assert.equal(await cards.count(), 3);
  // The same fields in the same order, with the differences said in words.
  const mentor = panel.getByRole('article', { name: name(ids[0]) });
  assert.match(plain(await mentor.innerText()), /Ministère diffère/);
  const csv = projects().find((p) => p.id === ids[0]);
  assert.match(plain(await mentor.innerText()), new RegExp(`Montant FTAP( diffère)? ${Number(csv.ftap_eur).toLocaleString('fr-FR').replace(/\s/g, ' ')} €`));
  // The link reopens the comparison; a project can be taken out.
  const { page: shared } = await open(new URL(page.url()).search);
  await shared.getByRole('region', { name: 'Comparaison' }).getByRole('article').nth(2).waitFor();
  await shared.getByRole('button', { name: `Retirer ${name(ids[1])} de la comparaison` }).click();
  await shared.waitForURL((u) => new URL(u).searchParams.get('compare') === `${ids[0]},${ids[2]}`);
  // Exported as CSV, one row per project compared.
  const [file] = await Promise.all([
    shared.waitForEvent('download'),
    shared.getByRole('button', { name: 'Exporter la comparaison (CSV)' }).click(),
  ]);
  assert.match(file.suggestedFilename(), /^ftap-comparaison_ftap2018-2-mentor_ftap2018-incubo-occitanie_\d{4}-\d\d-\d\d_excel\.csv$/);
  await page.context().close();
  await shared.context().close();
});

test('the comparison stacks at 390 px and stays readable', async () => {
  const { page } = await open('?compare=ftap2018-2-mentor,ftap-exploc', { viewport: { width: 390, height: 844 } });
  const cards = page.getByRole('region', { name: 'Comparaison' }).getByRole('article');
  const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  assert.ok(b.y >= a.y + a.height - 1, 'stacked, not side by side');
  assert.ok(a.x >= 0 && a.x + a.width <= 390, 'within the screen');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  await page.context().close();
});

test('similar projects say why they are similar', async () => {
  const { page } = await open('?project=ftap2018-2-mentor');
  const list = page.locator('.similar li');
  await list.first().waitFor();
  const items = (await list.allInnerTexts()).map(plain);
  assert.ok(items.length > 0);
  assert.ok(items.every((i) => /(même thème|même porteur|mots communs|même ministère)/.test(i)), items.join(' | '));
  assert.ok(items.some((i) => /même thème : Agents publics et formation/.test(i)), items.join(' | '));
  const tax = projects().filter((p) => p.theme === 'fiscalite').map((p) => p.name);
  assert.ok(items.every((i) => !tax.some((n) => i.startsWith(n))), 'no tax project is offered for Mentor');
  // From the sheet, a similar project joins the comparison.
  await page.locator('.similar').getByRole('button', { name: /^Comparer / }).first().click();
  await page.waitForURL(/compare=/);
  await page.context().close();
});

test('« formation »: exact matches first, approximate ones apart and counted', async () => {
  const { page } = await open('?q=formation');
  const heading = projectsTable(page).getByRole('rowheader', { name: /^Résultats approchés \((\d+)\)/ });
  await heading.waitFor();
  const count = Number((await heading.textContent()).match(/\((\d+)\)/)[1]);
  const rows = await projectsTable(page).locator('tbody tr:not([hidden])').evaluateAll((trs) =>
    trs.map((tr) => (tr.classList.contains('approximate-heading') ? '---' : tr.cells[0].querySelector('a').textContent)));
  const split = rows.indexOf('---');
  assert.ok(split > 0, 'exact matches come first');
  assert.equal(rows.length - split - 1, count);
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const byName = Object.fromEntries(projects().map((p) => [p.name, p]));
  const mentions = (n) => /\bformation/.test(fold(`${byName[n].name} ${byName[n].tags} ${byName[n].summary} ${byName[n].carrier}`));
  assert.ok(rows.slice(0, split).every(mentions), 'exact part mentions formation');
  assert.ok(rows.slice(split + 1).every((n) => !mentions(n)), 'approximate part does not');
  // A query with approximate matches only says so.
  await page.goto(`${app.server.url}?q=fourrieers`);
  await page.getByText('aucune correspondance exacte, résultats approchés seulement').waitFor();
  await page.context().close();
});

/** Pages of a PDF, counted from its page objects. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

test('a project sheet prints alone on one page, with its permalink, date and sources', async () => {
  const { page } = await open('?project=ftap2018-2-geoplateforme&q=geo');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await projectsTable(page).isVisible(), false);
  assert.equal(await page.getByRole('heading', { name: 'Chiffres clés' }).isVisible(), false);
  const sheet = page.locator('.detail');
  assert.match(plain(await sheet.innerText()), /Lien permanent : http:\/\/127\.0\.0\.1:\d+\/projets\/ftap2018-2-geoplateforme\/ /);
  assert.match(plain(await sheet.innerText()), /Dernière mise à jour des données/);
  const sources = projects().find((p) => p.id === 'ftap2018-2-geoplateforme').sources.split(' | ');
  const described = describedSources();
  for (const url of sources) {
    assert.ok((await sheet.innerText()).includes(url), url);
    assert.ok(plain(await sheet.innerText()).includes(plain(citation(described.get(url)))), url);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pageCount(pdf), 1, 'one A4 page');
  await page.context().close();
});

test('printing the home view keeps every table within the page width', async () => {
  const { page } = await open('?cols=carrier,year');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 720, height: 1000 });
  const overflowing = await page.evaluate(() => [...document.querySelectorAll('table')]
    .filter((t) => t.getClientRects().length && t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map((t) => t.caption?.textContent.slice(0, 40)));
  assert.deepEqual(overflowing, []);
  await page.context().close();
});

test('« Le FTAP en bref » gives the rules with their sources, in French and English', async () => {
  for (const [lang, title, rule] of [['', 'Le FTAP en bref', /un euro d'économies pérennes au bout de trois ans/], ['?lang=en', 'The FTAP in brief', /one euro of lasting savings after three years/]]) {
    const { page } = await open(lang);
    await page.getByRole('heading', { name: title }).waitFor();
    const brief = page.locator('dl[aria-labelledby="in-brief"]');
    assert.match(plain(await brief.innerText()), rule);
    const links = await brief.getByRole('link').evaluateAll((as) => as.map((a) => a.href));
    assert.equal(links.length, 6);
    assert.ok(links.every((h) => h.startsWith('https://')), links.join());
    await page.context().close();
  }
});

test('carrier and year can be added as columns, kept in the link; amounts read exactly', async () => {
  const { page } = await open();
  await page.getByRole('checkbox', { name: 'Porteur' }).check();
  await page.getByRole('checkbox', { name: 'Année' }).check();
  await page.waitForURL(/cols=carrier%2Cyear|cols=carrier,year/);
  await projectsTable(page).getByRole('columnheader', { name: /Porteur/ }).waitFor();
  const years = await column(page, 'Année');
  assert.ok(years.some((y) => /^20\d\d$/.test(y.trim())));
  // Amounts: rounded like every figure, the exact euros in the tooltip and read out.
  const cell = projectsTable(page).locator('tbody tr:not([hidden])').first().locator('td').first();
  assert.equal(plain(await cell.locator('.amount').textContent()), '24,3 M€');
  assert.equal(plain(await cell.locator('.amount').getAttribute('title')), '24 300 000 €');
  assert.equal(plain(await cell.locator('.exact').textContent()), '24 300 000 €');
  // Sorting by year works like any column.
  await projectsTable(page).getByRole('columnheader', { name: /Année/ }).getByRole('button').click();
  const sorted = (await column(page, 'Année')).map((y) => y.trim());
  const known = sorted.filter((y) => /^\d{4}$/.test(y));
  assert.deepEqual(known, [...known].sort());
  await page.context().close();
});
