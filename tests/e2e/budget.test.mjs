// Budget summaries as a reader checks them: key figures, the breakdown and the charts follow
// the filters, and their values equal sums computed here from data/projects.csv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);
const JUSTICE = 'Ministère de la Justice';
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** French compact amount, written independently of the app: 85,9 M€, 1,25 M€, 500 k€. */
function compact(n) {
  // Rounded half up on whole units of the last digit shown, then trailing zeros dropped.
  const write = (unit, decimals, suffix) => {
    const step = unit / 10 ** decimals;
    const value = (Math.round(n / step) / 10 ** decimals).toFixed(decimals);
    return `${value.replace(/\.?0+$/, '').replace('.', ',')} ${suffix}`;
  };
  if (n >= 1e9) return write(1e9, 2, 'Md€');
  if (n >= 1e7) return write(1e6, 1, 'M€');
  if (n >= 1e6) return write(1e6, 2, 'M€');
  if (n >= 1e3) return write(1e3, 1, 'k€');
  return `${n} €`;
}

const sum = (rows, column) => rows.reduce((s, p) => s + (p[column] === '' ? 0 : Number(p[column])), 0);
const unknown = (rows, column) => rows.filter((p) => p[column] === '').length;

async function figure(page, label) {
  const box = page.locator('.figure').filter({ has: page.locator('dt', { hasText: label }) });
  return plain(await box.locator('dd').textContent());
}

test('key figures of a ministry equal sums computed from the CSV, beside the totals', async () => {
  const { page } = await open();
  const all = projects();
  const justice = all.filter((p) => p.ministry === JUSTICE);
  await page.getByRole('region', { name: 'Ministère' }).getByRole('button', { name: new RegExp(JUSTICE) }).click();
  await page.locator('table.projects tbody tr').nth(justice.length - 1).waitFor();
  assert.equal(await projectsTable(page).locator('tbody tr').count(), justice.length);
  const ftap = await figure(page, 'Σ montants FTAP');
  assert.ok(ftap.startsWith(`${compact(sum(justice, 'ftap_eur'))} / ${compact(sum(all, 'ftap_eur'))}`), ftap);
  assert.match(ftap, new RegExp(`inconnus : ${unknown(justice, 'ftap_eur')} / ${unknown(all, 'ftap_eur')}`));
  assert.ok((await figure(page, 'Projets')).startsWith(`${justice.length} / ${all.length}`));
  const cost = await figure(page, 'Σ coûts totaux');
  assert.ok(cost.startsWith(`${compact(sum(justice, 'total_cost_eur'))} / ${compact(sum(all, 'total_cost_eur'))}`), cost);
  await page.context().close();
});

test('the breakdown chart names each bar with its sum, and follows the filters', async () => {
  const { page } = await open();
  const all = projects();
  const chart = page.getByRole('group', { name: /Σ des montants FTAP connus par ministère/ });
  // Every ministry's bar is named « ministry : Σ known FTAP ».
  const ministries = [...new Set(all.map((p) => p.ministry))];
  for (const m of ministries.slice(0, 5)) {
    const expected = `${m} : ${compact(sum(all.filter((p) => p.ministry === m), 'ftap_eur'))}`;
    assert.equal(await chart.getByRole('img', { name: expected, exact: true }).count(), 1, expected);
  }
  // Filtered to one ministry, the chart has one bar with the ministry's sum.
  await page.goto(`${app.server.url}?ministry=${encodeURIComponent(JUSTICE)}`);
  const justice = all.filter((p) => p.ministry === JUSTICE);
  const marks = chart.getByRole('img');
  assert.equal(await marks.count(), 1);
  assert.equal(plain(await marks.first().getAttribute('aria-label')), `${JUSTICE} : ${compact(sum(justice, 'ftap_eur'))}`);
  await page.context().close();
});

test('the treemap marks are focusable, named with their amount, and open the project', async () => {
  const { page } = await open(`?ministry=${encodeURIComponent(JUSTICE)}`);
  const justice = projects().filter((p) => p.ministry === JUSTICE && p.ftap_eur !== '');
  const treemap = page.getByRole('group', { name: 'Montants FTAP connus par ministère puis par projet' });
  const marks = treemap.getByRole('button');
  assert.equal(await marks.count(), justice.length);
  const biggest = [...justice].sort((a, b) => b.ftap_eur - a.ftap_eur)[0];
  const mark = treemap.getByRole('button', { name: `${biggest.name} (${JUSTICE}) : ${compact(Number(biggest.ftap_eur))}` });
  await mark.focus();
  await page.locator('.treemap .tooltip').waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: biggest.name }).waitFor();
  await page.context().close();
});

test('grouping by call, sorting groups and clicking a group filters the view', async () => {
  const { page } = await open();
  await page.getByLabel('Regrouper par').selectOption('round');
  await page.waitForURL(/group=round/);
  const table = page.getByRole('table', { name: /Répartition par appel/ });
  await table.getByRole('button', { name: /Σ FTAP/ }).click();
  const header = table.getByRole('columnheader', { name: /Σ FTAP/ });
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const shares = await table.locator('tbody tr td:nth-of-type(2)').allTextContents();
  const percents = shares.map((t) => Number((plain(t).match(/\(([\d,]+) %\)/) || [0, '0'])[1].replace(',', '.')));
  assert.ok(Math.abs(percents.reduce((a, b) => a + b, 0) - 100) < 0.5, `shares sum to 100 %: ${percents}`);
  const first = table.getByRole('button', { name: /^Filtrer sur Appel/ }).first();
  const label = (await first.getAttribute('aria-label')).replace('Filtrer sur Appel : ', '');
  await first.click();
  assert.equal(await first.getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: `Retirer le filtre Appel : ${label}` }).waitFor();
  await page.context().close();
});

test('coverage per call is on the home view, with announced and listed figures', async () => {
  const { page } = await open();
  const coverage = page.getByRole('region', { name: 'Ce que les données couvrent' });
  await coverage.waitFor();
  const table = coverage.getByRole('table');
  const first = table.getByRole('row', { name: /1er appel à projets \(2018\)/ });
  const cells = (await first.locator('td').allTextContents()).map(plain);
  const listed = projects().filter((p) => p.round === '2018-1');
  assert.deepEqual(cells.slice(0, 4), ['17', String(listed.length), '126 M€', compact(sum(listed, 'ftap_eur'))]);
  const bar = coverage.getByRole('img', { name: /^1er appel à projets \(2018\) : / });
  assert.match(plain(await bar.getAttribute('aria-label')), /listés sur 126 M€ annoncés/);
  await page.context().close();
});

test('the detail shows similar projects and the methodology explains the figures', async () => {
  const { page } = await open('?project=ftap2021-ppn-juridictions');
  const similar = page.getByRole('heading', { name: /Projets similaires/ });
  await similar.waitFor();
  await page.locator('.similar').getByRole('link', { name: /Procédure pénale numérique – ouverture/ }).click();
  await page.getByRole('heading', { level: 2, name: /ouverture aux administrations/ }).waitFor();
  await page.getByRole('heading', { name: 'Méthodologie' }).waitFor();
  await page.getByRole('heading', { name: 'Ce qui est inconnu, et pourquoi' }).waitFor();
  await page.context().close();
});

test('printing keeps figures, breakdown and table, and drops the controls', async () => {
  const { page } = await open();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('searchbox').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Copier le lien' }).isVisible(), false);
  assert.equal(await page.locator('.filters').isVisible(), false);
  assert.ok(await projectsTable(page).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Chiffres clés' }).isVisible());
  assert.ok(await page.getByRole('table', { name: /Répartition par ministère/ }).isVisible());
  await page.context().close();
});
