// Search, facets, ranges and multi-column sort, as a user drives them, checked against
// data/projects.csv read independently by the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects, amountOf, column, projectCount, ready, firstPageRows } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);
const searchbox = (page) => page.getByRole('searchbox', { name: 'Rechercher un projet' });
const rowNames = (page) => projectsTable(page).locator('tbody tr:not([hidden]) th a').allTextContents();
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

test('typing narrows as you type, ranks the best match first and marks matched words', async () => {
  const { page } = await open();
  const box = searchbox(page);
  await box.pressSequentially('code du trav');
  await page.waitForFunction(() => document.querySelectorAll('table.projects tbody tr:not([hidden])').length < 10);
  const names = await rowNames(page);
  assert.equal(names[0], 'Code du travail numérique');
  const marks = await projectsTable(page).locator('tbody tr:not([hidden])').first().locator('th mark').allTextContents();
  assert.deepEqual(marks.map(fold).sort(), ['code', 'travail']);
  await page.context().close();
});

test('a typo still finds the project', async () => {
  const { page } = await open();
  await searchbox(page).fill('inteligence artificielle ');
  await page.waitForFunction(() => document.querySelectorAll('table.projects tbody tr:not([hidden])').length < 42);
  assert.ok((await rowNames(page)).includes('Intelligence Emploi'));
  await page.context().close();
});

test('an acronym finds the project of the administration it stands for', async () => {
  const { page } = await open();
  await searchbox(page).fill('office francais immigration');
  await page.waitForFunction(() => document.querySelectorAll('table.projects tbody tr:not([hidden])').length < 42);
  assert.ok((await rowNames(page)).some((n) => n.startsWith('HIPE')));
  await page.context().close();
});

test('a search that finds nothing says so and where else to look, and one button brings every project back', async () => {
  const { page } = await open();
  const csv = projects();
  const results = page.getByRole('region', { name: 'Projets' });
  const none = results.getByText('Aucun projet ne correspond.');
  const clear = results.getByRole('button', { name: 'Effacer la recherche' });
  assert.equal(await none.count(), 0, 'no message while projects show');
  const box = searchbox(page);
  await box.fill('wqxzv');
  await none.waitFor();
  assert.equal(await projectsTable(page).locator('tbody tr:not([hidden])').count(), 0);
  await results.getByText(/une année, un appel ou un thème se choisissent dans les filtres/).waitFor();
  await clear.click();
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n,
    firstPageRows(csv.length));
  assert.equal(await box.inputValue(), '');
  assert.ok(await box.evaluate((el) => el === document.activeElement), 'the focus is back in the search box');
  assert.equal(await none.count(), 0);
  // Filters alone that leave nothing: the message, without the search's part.
  await page.getByRole('group', { name: 'Montant FTAP (M€)' }).getByLabel('Au moins').fill('100000');
  await none.waitFor();
  assert.equal(await clear.count(), 0);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('region', { name: 'Projects' }).getByText('No project matches.').waitFor();
  await page.context().close();
});

test('facet clicks filter with OR inside a facet and AND across, with chips to remove', async () => {
  const { page } = await open();
  const csv = projects();
  const justice = 'Ministère de la Justice';
  const culture = 'Ministère de la Culture';
  const ministries = page.getByRole('region', { name: 'Ministère' });
  const justiceButton = ministries.getByRole('button', { name: new RegExp(justice) });
  const justiceRows = csv.filter((p) => p.ministry === justice);
  assert.match(await justiceButton.textContent(), new RegExp(`${projectCount(justiceRows)} projets`));
  await justiceButton.click();
  assert.equal(await justiceButton.getAttribute('aria-pressed'), 'true');
  assert.equal((await rowNames(page)).length, justiceRows.length);
  // OR within the facet (Culture has few projects: it is among the values shown on demand).
  await ministries.getByRole('button', { name: /^Afficher les \d+ valeurs$/ }).click();
  await ministries.getByRole('button', { name: new RegExp(culture) }).click();
  const either = csv.filter((p) => p.ministry === justice || p.ministry === culture);
  assert.deepEqual((await rowNames(page)).sort(), either.map((p) => p.name).sort());
  // AND across facets: 2023 only.
  await page.getByRole('region', { name: 'Année' }).getByRole('button', { name: /^2023/ }).click();
  const rows = await rowNames(page);
  assert.ok(rows.length > 0 && rows.length < either.length);
  // Chips: remove one filter, then all.
  await page.getByRole('button', { name: `Retirer le filtre Ministère : ${culture}` }).click();
  assert.ok((await rowNames(page)).every((n) => csv.find((p) => p.name === n).ministry === justice));
  await page.getByRole('button', { name: 'Retirer tous les filtres' }).click();
  assert.equal((await rowNames(page)).length, firstPageRows(csv.length), "the first page of all rows");
  await page.context().close();
});

test('range inputs keep amounts in bounds, and say how many unknown amounts they exclude', async () => {
  const { page } = await open();
  const csv = projects();
  const min = page.getByRole('group', { name: 'Montant FTAP (M€)' }).getByLabel('Au moins');
  // Typing applies once it pauses: no Enter needed.
  await min.pressSequentially('5');
  const expected = csv.filter((p) => p.ftap_eur !== '' && Number(p.ftap_eur) >= 5_000_000);
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n, expected.length);
  const amounts = await column(page, 'Montant FTAP');
  assert.ok(amounts.map(amountOf).every((a) => a >= 5_000_000));
  const unknown = csv.filter((p) => p.ftap_eur === '');
  await page.getByText(`${projectCount(unknown)} projets exclus car le montant est inconnu.`).waitFor();
  // An unreadable entry says which filter stays in force.
  await min.fill('5x');
  await page.getByText("Nombre attendu, en millions d'euros (ex. : 1,5). Valeur illisible : le filtre en vigueur reste « ≥ 5 M€ ».").waitFor();
  assert.equal((await rowNames(page)).length, expected.length);
  await min.fill('5');
  // A preset bracket replaces the bounds; pressing it again removes them.
  const preset = page.getByRole('button', { name: '1 – 5 M€' });
  await preset.click();
  const bracket = csv.filter((p) => p.ftap_eur !== '' && +p.ftap_eur >= 1e6 && +p.ftap_eur < 5e6);
  assert.equal((await rowNames(page)).length, bracket.length);
  await preset.click();
  assert.equal((await rowNames(page)).length, firstPageRows(csv.length), "the first page of all rows");
  // Something that is not a number is refused with a message, and nothing changes.
  await min.fill('beaucoup');
  await min.press('Enter');
  await page.getByText("Valeur illisible : aucun filtre ne s'applique à ce montant.").waitFor();
  assert.equal((await rowNames(page)).length, firstPageRows(csv.length), "the first page of all rows");
  await page.context().close();
});

test('the projects a range leaves out for lack of an amount are one click away', async () => {
  const { page } = await open('?ftap=5000000-');
  const csv = projects();
  const unknown = csv.filter((p) => p.ftap_eur === '');
  await page.getByRole('button', { name: `Afficher les ${projectCount(unknown)} projets sans montant` }).click();
  await page.waitForURL(/ftap_known=unknown/);
  assert.deepEqual((await rowNames(page)).sort(), unknown.map((p) => p.name).sort());
  assert.doesNotMatch(page.url(), /ftap=/, 'the range that excluded them is gone');
  await page.getByRole('button', { name: 'Retirer le filtre Montant FTAP : inconnu' }).waitFor();
  // The same list from the facet, without any range.
  await page.goto(`${app.server.url}?cost_known=known`);
  await ready(page);
  const costs = csv.filter((p) => p.total_cost_eur !== '');
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n, costs.length);
  assert.deepEqual((await rowNames(page)).sort(), costs.map((p) => p.name).sort());
  await page.context().close();
});

test('shift-click and the keyboard control add secondary sort keys, shown in order', async () => {
  const { page } = await open();
  const header = (name) => projectsTable(page).getByRole('columnheader', { name }).getByRole('button');
  await header(/Ministère/).click();
  await header(/Montant FTAP/).click({ modifiers: ['Shift'] });
  const keys = await page.locator('.sort-keys li').allTextContents();
  assert.match(keys[0], /1\. Ministère \(croissant\)/);
  assert.match(keys[1], /2\. Montant FTAP \(décroissant\)/);
  // Rows: ministries ascending, then FTAP descending inside each ministry, unknown last.
  const rows = await projectsTable(page).locator('tbody tr:not([hidden])').evaluateAll((trs) =>
    trs.map((tr) => [tr.children[2].textContent, (tr.children[1].querySelector('.exact') || tr.children[1]).textContent]));
  const csvOrder = (a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' });
  for (let i = 1; i < rows.length; i++) {
    const [m0, a0] = rows[i - 1];
    const [m1, a1] = rows[i];
    assert.ok(csvOrder(m0, m1) <= 0, `${m0} before ${m1}`);
    if (m0 === m1) {
      const [x, y] = [amountOf(a0), amountOf(a1)];
      assert.ok(y === null || (x !== null && x >= y), `${a0} before ${a1} in ${m0}`);
    }
  }
  // Keyboard: pick a column and add it; remove a key with its button.
  await page.getByLabel('Trier aussi par').selectOption('Projet');
  await page.getByRole('button', { name: 'Ajouter au tri' }).click();
  assert.equal(await page.locator('.sort-keys li').count(), 3);
  await page.getByRole('button', { name: 'Retirer Ministère du tri' }).click();
  assert.match((await page.locator('.sort-keys li').allTextContents())[0], /1\. Montant FTAP/);
  await page.getByRole('button', { name: 'Réinitialiser le tri' }).click();
  assert.equal(await page.locator('.sort-keys li').count(), 0);
  await page.context().close();
});
