// Budget summaries as a reader checks them: key figures, the breakdown and the charts follow
// the filters, and their values equal sums computed here from data/projects.csv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects, plain, compact, sumText, projectCount, ready } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);
const JUSTICE = 'Ministère de la Justice';

/** The key figure card labelled `label`, as text. */
async function figure(page, label) {
  const box = page.locator('.figure').filter({ has: page.locator('dt', { hasText: label }) });
  return plain(await box.locator('dd').innerText());
}

test('key figures of a ministry equal sums computed from the CSV, and say what they cover', async () => {
  const { page } = await open();
  const all = projects();
  const justice = all.filter((p) => p.ministry === JUSTICE);
  await page.getByRole('region', { name: 'Ministère' }).getByRole('button', { name: new RegExp(JUSTICE) }).click();
  await page.locator('table.projects tbody tr:not([hidden])').nth(justice.length - 1).waitFor();
  assert.equal(await projectsTable(page).locator('tbody tr:not([hidden])').count(), justice.length);
  const known = justice.filter((p) => p.ftap_eur !== '');
  const ftap = await figure(page, 'Σ montants FTAP');
  assert.ok(ftap.startsWith(sumText(justice, 'ftap_eur').replace(/ \(.*/, '')), ftap);
  assert.match(ftap, new RegExp(`connu pour ${projectCount(known)} projets sur ${projectCount(justice)}`));
  assert.ok(ftap.endsWith(`ensemble des données : ${sumText(all, 'ftap_eur').replace(/ \(.*/, '')}`), ftap);
  assert.ok((await figure(page, 'Projets')).startsWith(`${projectCount(justice)} `));
  // No cost of Justice is known: no cost card, no footnote, and nothing reads 0 €.
  assert.equal(await page.locator('.figure dt', { hasText: 'Σ coûts totaux' }).count(), 0);
  const keyFigures = plain(await page.getByRole('region', { name: 'Chiffres clés' }).textContent());
  assert.doesNotMatch(keyFigures, /(^|[^\d,])0 €/);
  await page.getByText(`Sélection : ${projectCount(justice)} projets ; montants FTAP : ≥`).waitFor();
  await page.context().close();
});

test('the breakdown chart names each bar with its sum, largest first, and follows the filters', async () => {
  const { page } = await open();
  const all = projects();
  const chart = page.getByRole('list', { name: /Σ des montants FTAP connus par ministère/ });
  const ministries = [...new Set(all.map((p) => p.ministry))];
  for (const m of ministries) {
    const rows = all.filter((p) => p.ministry === m);
    const bar = chart.getByRole('button', { name: `Filtrer sur ${m}` });
    assert.equal(plain(await bar.getAttribute('title')), `${m} : ${sumText(rows, 'ftap_eur')}`);
  }
  // Largest known sum first, groups with no known amount last.
  const titles = (await chart.getByRole('button').evaluateAll((bs) => bs.map((b) => b.title))).map(plain);
  const value = (t) => {
    const m = t.match(/ : (?:≥ )?([\d,]+) (k|M)€/);
    return m ? Number(m[1].replace(',', '.')) * (m[2] === 'k' ? 1e3 : 1e6) : -1;
  };
  const values = titles.map(value);
  assert.deepEqual(values, [...values].sort((a, b) => b - a), titles.join(' | '));
  // Filtered to one ministry, the chart has one bar with the ministry's sum.
  await page.goto(`${app.server.url}?ministry=${encodeURIComponent(JUSTICE)}`);
  await ready(page);
  const justice = all.filter((p) => p.ministry === JUSTICE);
  await chart.getByRole('button').first().waitFor();
  assert.equal(await chart.getByRole('button').count(), 1);
  const bar = chart.getByRole('button').first();
  assert.equal(plain(await bar.getAttribute('title')), `${JUSTICE} : ${sumText(justice, 'ftap_eur')}`);
  assert.equal(await bar.getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

test('the treemap follows the grouping, has a legend, and its marks open the project', async () => {
  const { page } = await open(`?ministry=${encodeURIComponent(JUSTICE)}`);
  const justice = projects().filter((p) => p.ministry === JUSTICE && p.ftap_eur !== '');
  const treemap = page.getByRole('group', { name: 'Montants FTAP connus par ministère, puis par projet' });
  const marks = treemap.getByRole('button');
  assert.equal(await marks.count(), justice.length);
  const biggest = [...justice].sort((a, b) => b.ftap_eur - a.ftap_eur)[0];
  const mark = treemap.getByRole('button', { name: `${biggest.name} (${JUSTICE}) : ${compact(Number(biggest.ftap_eur))}` });
  await mark.focus();
  await page.locator('.treemap .tooltip').waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: biggest.name }).waitFor();
  // Grouped by theme, the treemap's blocks and legend are themes.
  await page.getByLabel('Regrouper par').selectOption('theme');
  const byTheme = page.getByRole('group', { name: 'Montants FTAP connus par thème, puis par projet' });
  await byTheme.waitFor();
  const legend = page.getByRole('list', { name: 'Légende' });
  const entries = (await legend.getByRole('listitem').allTextContents()).map(plain);
  assert.ok(entries.length > 0 && entries.every((e) => / : /.test(e)), entries.join(' | '));
  assert.ok(entries.some((e) => e.startsWith('Justice et sécurité : ')), entries.join(' | '));
  await page.context().close();
});

test('grouping by call, sorting groups and clicking a group filters the view', async () => {
  const { page } = await open();
  await page.getByLabel('Regrouper par').selectOption('round');
  await page.waitForURL(/group=round/);
  const table = page.getByRole('table', { name: /Répartition par appel/ });
  const header = table.getByRole('columnheader', { name: /Σ FTAP/ });
  assert.equal(await header.getAttribute('aria-sort'), 'descending', 'largest first by default');
  const shares = await table.locator('tbody tr td:nth-of-type(2)').allTextContents();
  const percents = shares.map((t) => Number((plain(t).match(/\(([\d,]+) %\)/) || [0, '0'])[1].replace(',', '.')));
  assert.ok(Math.abs(percents.reduce((a, b) => a + b, 0) - 100) < 0.5, `shares sum to 100 %: ${percents}`);
  await table.getByRole('button', { name: /Σ FTAP/ }).click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const first = table.getByRole('button', { name: /^Filtrer sur Appel/ }).first();
  const label = (await first.getAttribute('aria-label')).replace('Filtrer sur Appel : ', '');
  await first.click();
  assert.equal(await first.getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: `Retirer le filtre Appel : ${label}` }).waitFor();
  await page.context().close();
});

test('each group\'s median FTAP is the one a reader computes from its known amounts', async () => {
  const { page } = await open();
  const table = page.getByRole('table', { name: /Répartition par ministère/ });
  const headers = (await table.getByRole('columnheader').allTextContents()).map(plain);
  const column = headers.findIndex((h) => /FTAP médian/.test(h));
  assert.ok(column > 0, headers.join(' | '));
  // The middle amount, or the mean of the two middle ones.
  const median = (amounts) => {
    const sorted = [...amounts].sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[half] : Math.round((sorted[half - 1] + sorted[half]) / 2);
  };
  const rows = table.locator('tbody tr:not([hidden])');
  let even = 0;
  for (let i = 0; i < await rows.count(); i++) {
    const ministry = plain(await rows.nth(i).locator('th').innerText());
    const known = projects().filter((p) => p.ministry === ministry && p.ftap_eur !== '').map((p) => Number(p.ftap_eur));
    const shown = plain(await rows.nth(i).locator('th, td').nth(column).innerText());
    assert.equal(shown, known.length ? compact(median(known)) : 'n.c.', ministry);
    if (known.length % 2 === 0 && known.length > 0) even += 1;
  }
  assert.ok(even > 0, 'a group with an even count of known amounts is checked');
  await page.context().close();
});

test('coverage per call: announced and listed figures, signed gaps, notes and sources', async () => {
  const { page } = await open();
  const coverage = page.getByRole('region', { name: 'Ce que les données couvrent' });
  await coverage.waitFor();
  const table = coverage.getByRole('table');
  const first = table.getByRole('row', { name: /1er appel à projets \(2018\)/ });
  const cells = (await first.locator('td').allTextContents()).map(plain);
  const listed = projects().filter((p) => p.round === '2018-1');
  const listedSum = listed.reduce((s, p) => s + Number(p.ftap_eur || 0), 0);
  const share = ((listedSum / 126e6) * 100).toFixed(1).replace('.', ',');
  assert.deepEqual(cells.slice(0, 2), ['17', String(projectCount(listed))]);
  assert.deepEqual(cells.slice(3, 5), ['126 M€', `${sumText(listed, 'ftap_eur')} (${share} %)`]);
  // Listed projects by grade of evidence, counted from the CSV.
  const announced = projectCount(listed.filter((p) => p.grade === 'annonce'));
  assert.ok(cells[2].includes(`${announced} annoncé`), cells[2]);
  const bar = coverage.getByRole('img', { name: /^1er appel à projets \(2018\) : / });
  assert.match(plain(await bar.getAttribute('aria-label')), /listés sur 126 M€ annoncés/);
  // Listed amounts above a rounded announcement give a negative gap, not 0.
  const july = table.getByRole('row', { name: /comité du 4 juillet 2023/ });
  const julyListed = projects().filter((p) => p.round === '2023-07').reduce((s, p) => s + Number(p.ftap_eur || 0), 0);
  assert.ok(julyListed > 22e6);
  assert.equal(plain((await july.locator('td').allTextContents())[5]), `−${compact(julyListed - 22e6)}`);
  // Projects whose 2020 session is not established are shown, with their sum.
  const bucket = projects().filter((p) => p.round === '2020-nc');
  const bucketRow = table.getByRole('row', { name: /2020, session non établie/ });
  assert.equal(plain((await bucketRow.locator('td').allTextContents())[4]), sumText(bucket, 'ftap_eur'));
  await coverage.getByRole('img', { name: /^2020, session non établie : / }).waitFor();
  // Each call's notes and sources are one click away.
  await first.getByText('Voir').click();
  await first.getByRole('link', { name: /modernisation\.gouv\.fr/ }).first().waitFor();
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
