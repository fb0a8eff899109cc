// The foundation, checked as a user would: the page loads cleanly, lists every project,
// searches without accents, sorts by amount, and never talks to another host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects, amountOf, column, projectCount, firstPageRows } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);

function bodyRows(page) {
  return projectsTable(page).locator('tbody').getByRole('row');
}

test('the page loads with no console error and says what FTAP is', async () => {
  const { page, errors } = await open();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const lede = await page.getByRole('banner').textContent();
  assert.match(lede, /Fonds pour la transformation de l'action publique/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the table has one row per project of data/projects.csv', async () => {
  const { page } = await open();
  const expected = projects();
  // 50 rows a page (the last taking up to 12 more), in file order.
  const first = expected.slice(0, firstPageRows(expected.length));
  assert.equal(await bodyRows(page).count(), first.length);
  const names = await projectsTable(page).locator('tbody tr:not([hidden]) th a').allTextContents();
  assert.deepEqual(names, first.map((p) => p.name));
  if (first.length < expected.length) {
    await page.getByRole('button', { name: /Suivante/ }).click();
    const rest = await projectsTable(page).locator('tbody tr:not([hidden]) th a').allTextContents();
    assert.deepEqual(rest, expected.slice(50, 100).map((p) => p.name));
  }
  await page.context().close();
});

test('typing "fourriere" shows the car-pound project and hides unrelated ones', async () => {
  const { page } = await open();
  const search = page.getByRole('search').getByRole('searchbox', { name: 'Rechercher un projet' });
  await search.fill('fourriere');
  await page.getByRole('status').filter({ hasText: /^1 projet sur/ }).waitFor();
  const names = await projectsTable(page).locator('tbody tr:not([hidden]) th a').allTextContents();
  assert.equal(names.length, 1);
  assert.match(names[0], /fourrières/i);
  await search.fill('');
  await page.getByRole('status').filter({ hasText: `${projectCount(projects())} projets sur` }).waitFor();
  await page.context().close();
});

test('the FTAP header sorts by amount descending, then ascending, unknown amounts last', async () => {
  const { page } = await open();
  const header = page.getByRole('columnheader', { name: /Montant FTAP/ });
  const button = header.getByRole('button', { name: /Montant FTAP/ });
  assert.equal(await header.getAttribute('aria-sort'), 'none');
  const amounts = async () => (await column(page, 'Montant FTAP')).map(amountOf);
  const check = (values, direction) => {
    const firstUnknown = values.indexOf(null);
    const known = firstUnknown === -1 ? values : values.slice(0, firstUnknown);
    assert.ok(values.slice(known.length).every((v) => v === null), 'unknown amounts come last');
    const expected = [...known].sort((a, b) => (direction === 'desc' ? b - a : a - b));
    assert.deepEqual(known, expected);
    const csvKnown = projects().filter((p) => p.ftap_eur !== '').length;
    assert.equal(known.length, csvKnown);
  };
  await button.click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  check(await amounts(), 'desc');
  await button.click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  check(await amounts(), 'asc');
  await page.context().close();
});

test('an unknown amount explains itself on hover and in the caption, without a tab stop', async () => {
  const { page } = await open();
  const nc = projectsTable(page).locator('abbr.nc').first();
  assert.match(await nc.getAttribute('title'), /Non communiqué/);
  assert.equal(await nc.getAttribute('tabindex'), null, 'not one tab stop per n.c.');
  await projectsTable(page).locator('caption', { hasText: '« n.c. » : montant non communiqué' }).waitFor();
  await page.context().close();
});

test('no request leaves 127.0.0.1', async () => {
  const { page, requests } = await open();
  await page.getByRole('searchbox', { name: 'Rechercher un projet' }).fill('justice');
  await page.getByRole('button', { name: /Montant FTAP/ }).click();
  await page.waitForLoadState('networkidle');
  assert.ok(requests.length > 0);
  const outside = requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  await page.context().close();
});
