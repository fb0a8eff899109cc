// Figures a journalist can quote: what a reader sees is checked against sums computed here
// from data/*.csv, in French and English, at desktop and phone widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, projectsTable, projects, parseCsv, plain, compact, sumText, projectCount, ready, firstPageRows, ROOT } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);
const rounds = () => parseCsv(readFileSync(join(ROOT, 'data', 'rounds.csv'), 'utf8'));
/** A zero amount on screen: « 0 € » not preceded by a digit or a decimal mark. */
const ZERO = /(^|[^\d,.])0 €/;

async function mainText(page) {
  return plain(await page.locator('main').innerText());
}

test('no sum of unknown amounts reads 0 €, in the status, facets, key figures and breakdown', async () => {
  const csv = projects();
  // A search whose only project has no known amount.
  const { page } = await open('?q=fourriere');
  const pound = csv.filter((p) => /fourrières/i.test(p.name));
  await page.getByText(`1 projet sur ${projectCount(csv)} ; montants FTAP : ${sumText(pound, 'ftap_eur')}`).waitFor();
  assert.doesNotMatch(await mainText(page), ZERO);
  // A ministry whose amounts are all unknown: n.c. in its facet value and a no-data bar.
  const culture = csv.filter((p) => p.ministry === 'Ministère de la Culture');
  assert.ok(culture.every((p) => p.ftap_eur === ''), 'the fixture assumption still holds');
  await page.goto(app.server.url);
  await ready(page);
  const ministries = page.getByRole('region', { name: 'Ministère', exact: true });
  await ministries.getByRole('button', { name: /^Afficher les \d+ valeurs$/ }).click();
  const facet = ministries.getByRole('button', { name: /Ministère de la Culture/ });
  assert.match(plain(await facet.textContent()), new RegExp(`${projectCount(culture)} projets · n\\.c\\.$`));
  const bar = page.getByRole('list', { name: /par ministère/ }).getByRole('button', { name: 'Filtrer sur Ministère de la Culture' });
  assert.equal(plain(await bar.getAttribute('title')), `Ministère de la Culture : ${sumText(culture, 'ftap_eur')}`);
  assert.equal(await bar.locator('rect.no-data').count(), 1, 'drawn as a no-data mark, not a zero bar');
  for (const view of ['', '?ministry=Minist%C3%A8re%20de%20la%20Justice', '?ministry=Minist%C3%A8re%20de%20la%20Culture', '?group=carrier']) {
    await page.goto(app.server.url + view);
    await ready(page);
    assert.doesNotMatch(await mainText(page), ZERO, view);
  }
  await page.context().close();
});

test('the headline sets the known sum against what the calls announced; thin figures are footnotes', async () => {
  const csv = projects();
  const calls = rounds().filter((r) => r.ftap_eur !== '');
  const announced = calls.reduce((s, r) => s + Number(r.ftap_eur), 0);
  const known = csv.filter((p) => p.ftap_eur !== '');
  const knownSum = known.reduce((s, p) => s + Number(p.ftap_eur), 0);
  const { page } = await open();
  const figures = page.getByRole('region', { name: 'Chiffres clés' });
  await figures.getByText(
    `${compact(knownSum)} connus pour ${projectCount(known)} projets sur ${projectCount(csv)} ; ` +
      `≥ ${compact(announced)} annoncés par les ${calls.length} appels qui ont publié leur montant.`,
  ).waitFor();
  // A figure on five known values or more is a card that says its base and how many of its
  // projects also have a known FTAP amount; on fewer, a footnote with the same base.
  const notes = (await figures.locator('.footnotes li').allTextContents()).map(plain);
  for (const [label, column] of [['Σ coûts totaux', 'total_cost_eur'], ['Σ économies annoncées', 'savings_eur']]) {
    const known = csv.filter((p) => p[column] !== '');
    const both = projectCount(known.filter((p) => p.ftap_eur !== ''));
    const base = `connu pour ${projectCount(known)} projet${projectCount(known) > 1 ? 's' : ''} sur ${projectCount(csv)}`;
    const value = sumText(csv, column).replace(/ \(.*/, '');
    if (projectCount(known) >= 5) {
      const card = plain(await figures.locator('.figure').filter({ has: page.locator('dt', { hasText: label }) }).innerText());
      assert.ok(card.includes(value) && card.includes(`${base}, dont ${both} avec un montant FTAP connu`), card);
    } else {
      const footnote = `${label} : ${value}, ${base} seulement`;
      assert.ok(notes.some((n) => n.startsWith(footnote)), `${footnote} in ${notes.join(' | ')}`);
    }
  }
  // A figure that could only read n.c. is not shown at all.
  const pairs = csv.filter((p) => p.savings_eur !== '' && p.ftap_eur !== '');
  if (pairs.length === 0) assert.equal(await figures.getByText(/Économies par euro/).count(), 0);
  // The coverage sentence reconciles the totals with the same figures.
  const coverage = plain(await page.locator('.coverage-summary').textContent());
  assert.ok(coverage.startsWith(`Les ${calls.length} appels qui ont publié leur montant annoncent au moins ${compact(announced)}`), coverage);
  await page.context().close();
});

test('money per year: announced outline, listed bars, and a click filters on the year', async () => {
  const csv = projects();
  const all = rounds();
  const { page } = await open();
  const years = page.getByRole('list', { name: 'Montants FTAP par année : annoncés et listés' });
  for (const year of ['2018', '2020', '2021']) {
    const announced = all.filter((r) => r.year === year && r.kind === 'call' && r.ftap_eur !== '');
    const ids = all.filter((r) => r.year === year).map((r) => r.id);
    const listed = csv.filter((p) => ids.includes(p.round));
    const title = plain(await years.getByRole('button', { name: new RegExp(`^Filtrer sur ${year}`) }).getAttribute('title'));
    const sum = announced.reduce((s, r) => s + Number(r.ftap_eur), 0);
    assert.ok(title.includes(`annoncé ${compact(sum)}`) || title.includes(`annoncé ≥ ${compact(sum)}`), title);
    assert.ok(title.includes(`listé ${sumText(listed, 'ftap_eur')}`), title);
  }
  // 2020: the projects whose session is not established are counted, and said to be.
  const unattributed = csv.filter((p) => p.round === '2020-nc');
  const y2020 = years.getByRole('button', { name: /^Filtrer sur 2020/ });
  assert.match(plain(await y2020.getAttribute('title')), new RegExp(`dont ${sumText(unattributed, 'ftap_eur').replace(/[()]/g, '\\$&')} sans appel établi`));
  await y2020.click();
  await page.waitForURL(/year=2020/);
  const ids = all.filter((r) => r.year === '2020').map((r) => r.id);
  const expected = csv.filter((p) => ids.includes(p.round)).map((p) => p.name).sort();
  assert.deepEqual((await projectsTable(page).locator('tbody tr:not([hidden]) th a').allTextContents()).sort(), expected);
  assert.equal(await y2020.getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

/** Every value of the data files, longest first: what may stay French in the English page. */
function dataStrings() {
  const values = new Set();
  for (const p of projects()) {
    for (const key of ['id', 'name', 'ministry', 'carrier', 'tags', 'summary', 'notes', 'sources']) {
      for (const v of p[key].split(' | ')) if (v.trim()) values.add(plain(v));
    }
  }
  for (const r of rounds()) {
    for (const v of [r.notes, ...r.sources.split(' | ')]) if (v.trim()) values.add(plain(v));
  }
  // Proper names stay French in every language: the fund's, the audit court's.
  values.add("Fonds pour la transformation de l'action publique");
  values.add('Cour des comptes');
  return [...values].sort((a, b) => b.length - a.length);
}

/** Words of the French interface that have no place in the English one. */
const FRENCH = /\b(projets?|montants?|connus?|inconnus?|annoncés?|appels?|sélection|filtrer|afficher|rechercher|chiffres|répartition|ministère|porteur|thème|année|coût|économies|lauréats?|sources? :|retirer|trier|exporter|copier|et|ou|sur|dans|pour|les|des|du|la|le|non|établie?)\b/i;

test('the English page has no French interface string outside project data', async () => {
  const data = dataStrings();
  const views = ['?lang=en', '?lang=en&ministry=Minist%C3%A8re%20de%20la%20Justice&ftap=1000000-', '?lang=en&project=ftap2021-ppn-juridictions', '?lang=en&group=round&q=logement'];
  const { page } = await open(views[0]);
  assert.equal(await page.title(), 'FTAP Explorer — projects funded by the French public transformation fund');
  for (const view of views) {
    await page.goto(app.server.url + view);
    await ready(page);
    // Open every disclosure so that its text is read too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    let text = plain(await page.locator('body').evaluate((body) => {
      const clone = body.cloneNode(true);
      clone.querySelectorAll('[lang="fr"], script, noscript').forEach((e) => e.remove());
      return clone.innerText || clone.textContent;
    }));
    for (const v of data) text = text.split(v).join('§');
    // The explorer's own addresses (a printed permalink: `projets/<id>/`) are not words.
    text = text.split(/\S*127\.0\.0\.1:\d+\/\S*/).join('§');
    const contexts = [...text.matchAll(new RegExp(FRENCH.source, 'gi'))]
      .map((m) => `“…${text.slice(Math.max(0, m.index - 40), m.index + 40)}…”`);
    assert.deepEqual(contexts, [], `${view}: French words in the English page`);
    const spacing = text.match(/[\p{L}\d)€»”]\s[:;%!?]/u);
    assert.equal(spacing, null, `${view}: French spacing before punctuation: “${spacing && text.slice(spacing.index - 60, spacing.index + 20)}”`);
    assert.doesNotMatch(text, /n\/a/, `${view}: “n/a” instead of “not published”`);
  }
  await page.context().close();
});

test('at 390 px: charts reflow, no text under 12 px, nothing cut at the edge, 44 px targets', async () => {
  const { page } = await open('', { viewport: { width: 390, height: 844 } });
  const report = await page.evaluate(() => {
    const small = [];
    const cut = [];
    for (const el of document.querySelectorAll('main *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || !el.getClientRects().length) continue;
      if (el.closest('details:not([open]) > :not(summary)')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      const svg = el.closest('svg');
      let size = parseFloat(style.fontSize);
      if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (own && size < 12 && !el.closest('.visually-hidden')) small.push(`${el.textContent.trim().slice(0, 30)} (${size.toFixed(1)} px)`);
      const r = el.getBoundingClientRect();
      if (own && !el.closest('.table-wrap, .visually-hidden') && (r.right > innerWidth + 0.5 || r.left < -0.5)) cut.push(el.textContent.trim().slice(0, 30));
    }
    const links = [...document.querySelectorAll('table.projects tbody tr:not([hidden]) th a')].map((a) => a.getBoundingClientRect().height);
    const row = document.querySelector('table.projects tbody tr:not([hidden])');
    const nameRight = row.cells[0].getBoundingClientRect().right;
    const ftapRight = row.cells[1].getBoundingClientRect().right;
    return { small, cut, minLink: Math.min(...links), nameRight, ftapRight, width: document.documentElement.scrollWidth };
  });
  assert.deepEqual(report.small, [], 'text under 12 px');
  assert.deepEqual(report.cut, [], 'text past the edge');
  assert.equal(report.width, 390, 'the page does not scroll sideways');
  assert.ok(report.minLink >= 44, `project links are ${report.minLink} px tall`);
  assert.ok(report.nameRight <= 390 && report.ftapRight <= 390, 'the name and the FTAP amount are in view');
  // The charts are lists of labelled bars; the treemap's inner names give way to its legend.
  assert.ok(await page.getByRole('list', { name: /Σ des montants FTAP connus par ministère/ }).isVisible());
  assert.equal(await page.locator('.treemap .labels').isVisible(), false);
  assert.ok(await page.getByRole('list', { name: 'Légende' }).isVisible());
  // The « Résultats approchés » heading stays readable while the table scrolls sideways.
  await page.goto(`${app.server.url}?q=formation`);
  await ready(page);
  const note = page.locator('.approximate-heading .row-note');
  await note.scrollIntoViewIfNeeded();
  const box = await note.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
  await page.context().close();
});

test('counts add up: a row for two projects counts two, themes are a short list, « Apparence »', async () => {
  const csv = projects();
  const themes = parseCsv(readFileSync(join(ROOT, 'data', 'themes.csv'), 'utf8'));
  assert.ok(themes.length <= 12);
  const { page } = await open();
  await page.getByText(`${projectCount(csv)} projets sur ${projectCount(csv)} ;`).waitFor();
  assert.ok(projectCount(csv) > csv.length, 'some row stands for several projects');
  const justice = csv.filter((p) => p.ministry === 'Ministère de la Justice');
  const button = page.getByRole('region', { name: 'Ministère' }).getByRole('button', { name: /Ministère de la Justice/ });
  assert.match(plain(await button.textContent()), new RegExp(`${projectCount(justice)} projets`));
  // The theme facet offers the list of data/themes.csv, labelled in French.
  const facet = page.getByRole('region', { name: 'Thème', exact: true });
  await facet.getByRole('button', { name: /^Afficher les \d+ valeurs$/ }).click();
  const values = await facet.locator('.facet-label').allTextContents();
  const used = new Set(csv.map((p) => p.theme));
  assert.deepEqual(values.map(plain).sort(), themes.filter((t) => used.has(t.id)).map((t) => t.label_fr).sort());
  // The colour-scheme switch is « Apparence », not a second « Thème ».
  await page.getByRole('group', { name: 'Apparence' }).getByRole('button', { name: 'Sombre' }).waitFor();
  await page.context().close();
});

test('grades of evidence: a badge in the table, a facet, and a switch the key figures follow', async () => {
  const csv = projects();
  const { page } = await open();
  // Every row says how strong the evidence is, in words.
  const badges = await projectsTable(page).locator('tbody tr:not([hidden]) th .badge').allTextContents();
  assert.equal(badges.length, firstPageRows(csv.length));
  assert.ok(badges.every((b) => ['annoncé', 'attesté', 'P349'].includes(b.trim())), badges.join());
  // The facet lists the projects known through programme 349 only.
  const grade = page.getByRole('region', { name: 'Preuve du financement FTAP' });
  await grade.getByRole('button', { name: /Programme 349 seulement/ }).click();
  const p349 = csv.filter((p) => p.grade === 'p349');
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n, p349.length);
  // The switch: key figures over confirmed laureates only, as computed here.
  await page.goto(`${app.server.url}?confirmed=1`);
  await ready(page);
  assert.ok(await page.getByRole('checkbox', { name: 'Lauréats confirmés seulement' }).isChecked());
  const confirmed = csv.filter((p) => p.grade !== 'p349');
  const known = confirmed.filter((p) => p.ftap_eur !== '');
  const sum = known.reduce((s, p) => s + Number(p.ftap_eur), 0);
  const figures = page.getByRole('region', { name: 'Chiffres clés' });
  await figures.getByText(new RegExp(`^${compact(sum).replace(/ /g, '\\s')} connus pour ${projectCount(known)} projets sur ${projectCount(confirmed)} ;`)).waitFor();
  await figures.getByText('Ces chiffres ne portent que sur les lauréats confirmés').waitFor();
  const costs = plain(await figures.locator('.figure').filter({ has: page.locator('dt', { hasText: 'Σ coûts totaux' }) }).innerText().catch(() => ''));
  const costKnown = confirmed.filter((p) => p.total_cost_eur !== '');
  if (projectCount(costKnown) >= 5) assert.ok(costs.includes(sumText(confirmed, 'total_cost_eur').replace(/ \(.*/, '')), costs);
  await page.context().close();
});
