// The store as a reader meets it: an action that changes nothing draws nothing, turning a page
// leaves every panel but the table alone, a keystroke reaches the table at once and the charts
// just after, and a chart's data table is built when its disclosure is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects, compact, plain } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);

/** Counts the DOM mutations under each selector while `act` runs and the page settles. */
async function mutations(page, selectors, act) {
  await page.evaluate((sels) => {
    window.__mutations = Object.fromEntries(sels.map((s) => [s, 0]));
    window.__observers = sels.map((s) => {
      const observer = new MutationObserver((records) => { window.__mutations[s] += records.length; });
      observer.observe(document.querySelector(s), { subtree: true, childList: true, characterData: true, attributes: true });
      return observer;
    });
  }, selectors);
  await act();
  // Two frames and a pause: the charts take their rows a frame after the table.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  return page.evaluate(() => {
    window.__observers.forEach((o) => o.disconnect());
    return window.__mutations;
  });
}

test('Escape with no project open changes nothing on the page', async () => {
  const { page } = await open();
  await page.locator('h1').click();
  const seen = await mutations(page, ['#app'], () => page.keyboard.press('Escape'));
  assert.deepEqual(seen, { '#app': 0 });
});

test('sorting redraws the table only: facets, charts, coverage and figures are left alone', async () => {
  const { page } = await open();
  const panels = ['table.projects', '.filters', '#breakdown', '.treemap', '#coverage', '.key-figures'];
  const header = page.getByRole('columnheader', { name: /Montant FTAP/ });
  const seen = await mutations(page, panels, () => header.getByRole('button').click());
  assert.ok(seen['table.projects'] > 0, 'the table is sorted');
  for (const panel of panels.slice(1)) assert.equal(seen[panel], 0, `${panel} did not change`);
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
});

test('a keystroke shows its rows in the table at once and in the charts just after', async () => {
  const { page } = await open();
  const mentor = projects().find((p) => /mentor/i.test(p.name));
  await page.getByRole('searchbox', { name: 'Rechercher un projet' }).fill('mentor');
  await projectsTable(page).locator('tbody tr').filter({ hasText: mentor.name }).waitFor();
  const treemap = page.getByRole('group', { name: 'Montants FTAP connus par ministère, puis par projet' });
  // The treemap holds that one project, named with its ministry and amount.
  await treemap.getByRole('button', { name: `${mentor.name} (${mentor.ministry}) : ${compact(Number(mentor.ftap_eur))}` }).waitFor();
  assert.equal(await treemap.getByRole('button').count(), 1);
  const breakdown = page.getByRole('table', { name: /Répartition/ });
  await breakdown.locator('tbody tr').first().waitFor();
  assert.equal(await breakdown.locator('tbody tr').count(), 1);
  assert.match(plain(await breakdown.locator('tbody tr').innerText()), new RegExp(mentor.ministry));
});

test('a chart’s data table is built when its disclosure opens, one row per mark', async () => {
  const { page } = await open();
  const figure = page.locator('figure.treemap');
  const disclosure = figure.locator('details.chart-data');
  assert.equal(await disclosure.locator('table').count(), 0, 'nothing built while closed');
  await disclosure.getByText('Données du graphique (tableau)').click();
  const table = disclosure.getByRole('table');
  await table.waitFor();
  const marks = await figure.getByRole('group').first().getByRole('button').count();
  const drawn = await page.locator('figure.treemap svg .mark').count();
  assert.ok(marks > 0);
  assert.equal(await table.locator('tbody tr').count(), drawn, 'a row for each mark, summed ones included');
  const known = projects().filter((p) => p.ftap_eur !== '' && Number(p.ftap_eur) > 0);
  assert.equal(drawn, known.length, 'every known amount is drawn (fewer than 200)');
});
