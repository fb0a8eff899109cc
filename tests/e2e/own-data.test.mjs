// Opening one's own data, as a new user would: the synthetic SCDL example by address, the
// FTAP data file and made-up files through the picker and by drag and drop; figures checked
// against the file read here independently; bad files and addresses refused with a message
// while the FTAP data stays; values shown as text and exported inert; axe on the loaded view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { session, openPage, projectsTable, parseCsv, ROOT } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const app = session();
const EXAMPLE = 'examples/subventions-synthetiques.csv';
const TABLE = /^(Lignes du fichier|Rows of the file)/;

/** The example's rows, read here with the test's own CSV reader (`;` turned into `,`). */
function exampleRows() {
  return parseCsv(readFileSync(join(ROOT, 'data', EXAMPLE), 'utf8').replace(/;/g, ','));
}

/** Opens the explorer at `path` and waits until the app runs (not for the FTAP panels: the
 *  opened data may take their place). */
async function open(path = '', options = {}) {
  const opened = await openPage(app.browser, options);
  await opened.page.goto(app.server.url + path);
  await opened.page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  return opened;
}

/** Euros as the app writes them in French (thin and no-break spaces), from cents. */
function euros(cents) {
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  const part = cents % 100 ? `,${String(cents % 100).padStart(2, '0')}` : '';
  return `${whole}${part}\u00a0€`;
}

/** Cents of an SCDL amount (`500.50`). */
const cents = (text) => Math.round(Number(text) * 100);

async function load(page) {
  await page.getByRole('button', { name: 'Charger le fichier' }).click();
  await page.getByRole('table', { name: TABLE }).waitFor();
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Opens a file made here through the picker. */
async function pick(page, name, buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Ouvrir un fichier CSV' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

test('an SCDL file by address: mapping, totals, rejected rows by line, a shareable view', async () => {
  const { page, errors } = await open(`?data=${EXAMPLE}`);
  await page.getByRole('heading', { name: 'Colonnes de subventions-synthetiques.csv' }).waitFor();
  assert.match(await page.locator('.mapping').innerText(), /SCDL « subventions »/);
  assert.equal(await page.getByLabel('nomBeneficiaire').inputValue(), 'title');
  assert.equal(await page.getByLabel('montant', { exact: true }).inputValue(), 'amount');
  await load(page);
  const rows = exampleRows().filter((r) => r.nomBeneficiaire.trim() !== '' && r.montant !== 'environ 5000');
  const known = rows.filter((r) => r.montant !== '');
  const total = known.reduce((s, r) => s + cents(r.montant), 0);
  const figures = await page.locator('.own-figures').innerText();
  assert.match(figures, new RegExp(`Lignes : ${rows.length} sur ${rows.length}`));
  assert.ok(figures.includes(`Somme de « montant » : ${euros(total)}`), figures);
  assert.match(figures, /Montants inconnus, non comptés \(jamais comme zéro\) : 1/);
  // The breakdown and the treemap: each authority's sum, as summed here.
  const byAuthority = {};
  const unknownBy = {};
  for (const r of known) byAuthority[r.nomAttribuant] = (byAuthority[r.nomAttribuant] || 0) + cents(r.montant);
  for (const r of rows) if (r.montant === '') unknownBy[r.nomAttribuant] = (unknownBy[r.nomAttribuant] || 0) + 1;
  const inconnus = (a) => (unknownBy[a] ? ` (${unknownBy[a]} inconnu${unknownBy[a] > 1 ? 's' : ''})` : '');
  const breakdown = page.getByRole('region', { name: 'Répartition' });
  assert.equal(await breakdown.getByLabel('Regrouper par').inputValue(), '0');
  const treemap = page.locator('figure.own-treemap');
  const marks = await treemap.getByRole('img').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  assert.deepEqual(marks.sort(), Object.entries(byAuthority).map(([a, c]) => `${a}\u00a0: ${euros(c)}${inconnus(a)}`).sort());
  const chart = await breakdown.innerText();
  for (const authority of Object.keys(byAuthority)) assert.ok(chart.includes(authority), chart);
  // The two rows the file cannot give, by line.
  const report = page.getByRole('region', { name: 'Lignes rejetées' });
  const problems = await report.getByRole('row').allInnerTexts();
  assert.match(problems[1], /^23\tmontant\tmontant illisible\tenviron 5000/);
  assert.match(problems[2], /^33\tnomBeneficiaire\ttitre vide/);
  const saved = await download(page, 'Télécharger le rapport (CSV)');
  assert.equal(saved.name, 'subventions-synthetiques-rapport.csv');
  assert.match(saved.text, /23;montant;montant illisible;environ 5000/);
  // The address now holds the file and its mapping: opened again, it loads with no panel.
  assert.match(page.url(), /data=examples%2Fsubventions-synthetiques\.csv&map=/);
  const again = await open(new URL(page.url()).search);
  // The table comes with the first answer: its figures are the file's, never a blank 0.
  await again.page.getByRole('table', { name: TABLE }).waitFor();
  assert.equal(await again.page.locator('.own-figures').innerText(), figures);
  assert.deepEqual([...errors, ...again.errors], []);
  await page.context().close();
  await again.page.context().close();
});

test('search, a facet, a sort and the export of the view agree with the file', async () => {
  const { page, errors } = await open(`?data=${EXAMPLE}`);
  await load(page);
  const table = page.getByRole('table', { name: TABLE });
  const rows = exampleRows().filter((r) => r.nomBeneficiaire.trim() !== '' && r.montant !== 'environ 5000');
  // A facet value: the rows of one authority, summed here.
  const region = 'Région fictive Hexagone-Ouest';
  const mine = rows.filter((r) => r.nomAttribuant === region);
  const filters = page.getByRole('complementary', { name: 'Filtres' });
  await filters.getByRole('region', { name: 'nomAttribuant' }).getByRole('button', { name: new RegExp(region) }).click();
  await page.waitForFunction((n) => document.querySelector('.own-figures')?.innerText.includes(`Lignes : ${n} sur`), mine.length);
  const sum = mine.filter((r) => r.montant !== '').reduce((s, r) => s + cents(r.montant), 0);
  assert.ok((await page.locator('.own-figures').innerText()).includes(euros(sum)));
  // Sorted by amount: largest first, the header says so.
  await table.getByRole('button', { name: 'montant' }).click();
  await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]'));
  const header = table.getByRole('columnheader', { name: 'montant' });
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const largest = Math.max(...mine.filter((r) => r.montant !== '').map((r) => cents(r.montant)));
  const firstAmount = await table.locator('tbody tr').first().locator('td.num').first().innerText();
  assert.equal(firstAmount, euros(largest));
  // The export holds these rows, in this order, with the file's own values.
  const exported = await download(page, 'Exporter ces lignes (CSV)');
  const lines = parseCsv(exported.text.replace(/^\uFEFF/, '').replace(/;/g, ','));
  assert.equal(lines.length, mine.length);
  assert.equal(cents(lines[0].montant), largest);
  // Every column of a row, under it, on demand.
  const first = table.locator('tbody th button').first();
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  const detail = await table.locator('tr.row-detail dl').innerText();
  assert.match(detail, /idBeneficiaire\s+9\d{13}/);
  await first.click();
  assert.equal(await table.locator('tr.row-detail').count(), 0);
  // A search within the region; « / » leads to the file's search box, as on the FTAP page.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'own-search');
  await page.getByLabel('Rechercher dans le fichier').fill('lanterne');
  await page.waitForFunction(() => !document.querySelector('.own-figures')?.innerText.includes(`sur ${0}`));
  const titles = await table.locator('tbody th').allInnerTexts();
  assert.ok(titles.every((t) => /Lanterne/.test(t)), titles.join('|'));
  assert.match(page.url(), /dq=lanterne/);
  // Back to the FTAP data: its table, and an address without the file.
  await page.getByRole('button', { name: 'Revenir aux données FTAP' }).click();
  await projectsTable(page).waitFor();
  assert.doesNotMatch(page.url(), /data=/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('ranges on an amount and on the dates keep the rows the file says', async () => {
  const { page, errors } = await open(`?data=${EXAMPLE}`);
  await load(page);
  const rows = exampleRows().filter((r) => r.nomBeneficiaire.trim() !== '' && r.montant !== 'environ 5000');
  const filters = page.getByRole('complementary', { name: 'Filtres' });
  await filters.getByLabel('Minimum de « montant » (€)').fill('1 000');
  await filters.getByLabel('Maximum de « montant » (€)').fill('15000,50');
  await filters.getByLabel('Maximum de « montant » (€)').press('Enter');
  const within = rows.filter((r) => r.montant !== '' && cents(r.montant) >= 100000 && cents(r.montant) <= 1500050);
  await page.waitForFunction((n) => document.querySelector('.own-data')?.dataset.rows === String(n), within.length);
  await filters.getByLabel('« dateConvention » à partir du').fill('2023-01-01');
  await filters.getByLabel('« dateConvention » jusqu\'au').fill('2023-12-31');
  const dated = within.filter((r) => r.dateConvention.startsWith('2023-'));
  await page.waitForFunction((n) => document.querySelector('.own-data')?.dataset.rows === String(n), dated.length);
  const sum = dated.reduce((s, r) => s + cents(r.montant), 0);
  assert.ok((await page.locator('.own-figures').innerText()).includes(euros(sum)));
  // A bound that is not an amount says so and is not applied.
  await filters.getByLabel('Minimum de « montant » (€)').fill('beaucoup');
  await filters.getByLabel('Minimum de « montant » (€)').press('Enter');
  await filters.getByRole('alert').filter({ hasText: 'Montant illisible' }).waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the FTAP data file itself through the picker: recognised, and its sums', async () => {
  const { page, errors } = await open();
  await pick(page, 'projects.csv', readFileSync(join(ROOT, 'data', 'projects.csv')));
  await page.getByRole('heading', { name: 'Colonnes de projects.csv' }).waitFor();
  assert.match(await page.locator('.mapping').innerText(), /le fichier de données FTAP/);
  await load(page);
  const rows = parseCsv(readFileSync(join(ROOT, 'data', 'projects.csv'), 'utf8'));
  const known = rows.filter((r) => r.ftap_eur !== '');
  const figures = await page.locator('.own-figures').innerText();
  assert.ok(figures.includes(`Somme de « ftap_eur » : ${euros(known.reduce((s, r) => s + Number(r.ftap_eur) * 100, 0))}`), figures);
  assert.ok(figures.includes(`: ${rows.length - known.length}`), figures);
  // Not shareable by address: the page says so.
  assert.match(await page.locator('.own-data').innerText(), /ne peut pas être partagée par un lien/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the code that explores a file is fetched when one is opened; if it cannot be, FTAP stays', async () => {
  // Without the service worker, which would fetch the module out of the test's reach.
  const { page, errors, requests } = await open('', { serviceWorkers: 'block' });
  const ownCode = () => requests.filter((u) => /\/(open-app|open-worker|own-data\.css)/.test(u));
  await projectsTable(page).waitFor();
  assert.deepEqual(ownCode(), [], 'nothing of it in the first load');
  // The module cannot be fetched (offline before it was ever kept, say).
  await page.route('**/open-app.js', (route) => route.abort());
  const file = readFileSync(join(ROOT, 'data', EXAMPLE));
  await pick(page, 'a.csv', file);
  const alert = page.getByRole('alert').filter({ hasText: "n'a pas pu être chargé" });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Les données FTAP restent affichées/);
  assert.ok(await projectsTable(page).isVisible(), 'the FTAP table stays');
  await alert.getByRole('button', { name: 'Fermer' }).click();
  assert.equal(await alert.count(), 0);
  // Back online: the next file opens.
  await page.unroute('**/open-app.js');
  await pick(page, 'a.csv', file);
  await page.getByRole('heading', { name: 'Colonnes de a.csv' }).waitFor();
  assert.equal(await projectsTable(page).count(), 0, "the opened data takes the FTAP data's place");
  for (const part of ['open-app.js', 'open-app_bg.wasm', 'own-data.css', 'open-worker_bg.wasm']) {
    assert.ok(ownCode().some((u) => u.endsWith(part)), `${part} fetched once a file is opened`);
  }
  // The page's own errors only: the aborted request is logged by the browser.
  assert.deepEqual(errors.filter((e) => !/open-app|Failed to fetch|ERR_FAILED|module script/i.test(e)), []);
  await page.context().close();
});

test('any CSV: Windows-1252 and tabs detected, rows rejected by line, text never run as HTML', async () => {
  const { page, errors } = await open();
  const text = [
    'Libellé\tMontant\tCommune',
    "Rénovation de l'école\t1 234,50\tSaint-Étienne",
    '<img src=x onerror="document.title=1">\t12\tLyon',
    '=HYPERLINK("http://x";"clic")\t-5\tLyon',
    'Sans montant\t\tLyon',
    'Montant faux\tdouze\tLyon',
    'Trop\tde\tchamps\tici',
  ].join('\r\n');
  const cp1252 = Buffer.from(text, 'latin1');
  await pick(page, 'ville.csv', cp1252);
  await page.getByRole('heading', { name: 'Colonnes de ville.csv' }).waitFor();
  const mapping = await page.locator('.mapping').innerText();
  assert.match(mapping, /Windows-1252/);
  assert.match(mapping, /séparateur : tabulation/);
  // Each example of an amount says how it will be read, before the load.
  assert.match(mapping.replace(/[\u00a0\u202f]/g, ' '), /1 234,50\s+lu : 1 234,50 €/);
  assert.equal(await page.getByLabel('Libellé').inputValue(), 'title');
  assert.equal(await page.getByLabel('Montant', { exact: true }).inputValue(), 'amount');
  await load(page);
  const table = page.getByRole('table', { name: TABLE });
  const titles = await table.locator('tbody th').allInnerTexts();
  assert.ok(titles.some((t) => t.startsWith("Rénovation de l'école")), titles.join('|'));
  assert.ok(titles.some((t) => t.startsWith('<img src=x')), 'markup shown as text');
  assert.equal(await page.locator('.own-data img').count(), 0);
  assert.notEqual(await page.title(), '1');
  const problems = await page.getByRole('region', { name: 'Lignes rejetées' }).getByRole('row').allInnerTexts();
  assert.deepEqual(problems.slice(1).map((p) => p.split('\t').slice(0, 3).join('|')), [
    '6|Montant|montant illisible',
    '7|—|4 champs au lieu de 3',
  ]);
  const figures = await page.locator('.own-figures').innerText();
  assert.ok(figures.includes(`Somme de « Montant » : ${euros(123450 + 1200 - 500)}`), figures);
  // The export is inert in a spreadsheet, and keeps plain numbers as they were.
  const exported = await download(page, 'Exporter ces lignes (CSV)');
  assert.match(exported.text, /'=HYPERLINK/);
  assert.match(exported.text, /\t-5\t/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('sums of an opened file: unknown amounts said and never zero, rows a bound leaves out for them counted, every value in the map or named under it', async () => {
  const { page, errors } = await open();
  const text = ['nom;groupe;montant;date', 'A;Connu;100;2024-02-01', 'B;Connu;;2024-02-01', 'C;Inconnu;;', 'D;Inconnu;;2023-01-01',
    'E;Remboursé;-50;2024-03-01', 'F;Zéro;0;'].join('\n');
  await pick(page, 'sommes.csv', Buffer.from(text));
  await page.getByRole('heading', { name: 'Colonnes de sommes.csv' }).waitFor();
  await page.getByLabel('groupe').selectOption('facet');
  await load(page);
  // The text as read, its no-break spaces as spaces.
  const read = async (locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ');
  const figures = page.locator('.own-figures');
  assert.match(await read(figures), /Somme de « montant » : 50 €\s+Montants inconnus, non comptés \(jamais comme zéro\) : 3/);
  const filters = page.getByRole('region', { name: 'groupe' });
  const value = (name) => filters.getByRole('button', { name: new RegExp(`^${name}`) });
  assert.match(await read(value('Inconnu')), /2 · aucun montant connu/);
  assert.match(await read(value('Connu')), /2 · 100 € \(1 inconnu\)/);
  const bars = await read(page.getByRole('figure', { name: 'Somme de « montant » par groupe' }));
  assert.match(bars, /aucun montant connu · 2 lignes/);
  assert.match(bars, /100 € · 2 lignes \(1 inconnu\)/);
  assert.doesNotMatch(bars, /(^|\s)0 € · 2/, 'no group without a known amount reads as zero');
  const map = await read(page.getByRole('figure', { name: 'Part de chaque valeur de groupe dans la somme de « montant » (surfaces)' }));
  assert.match(await read(page.getByRole('list', { name: 'Légende' })), /^Connu : 100 € \(1 inconnu\)$/);
  assert.match(map, /Sans montant connu, donc absents de la carte : Inconnu/);
  assert.match(map, /Somme nulle ou négative, donc sans surface sur la carte : (Remboursé, Zéro|Zéro, Remboursé)/);
  // A bound on the amount keeps A (100 €) only: the three rows of unknown amount are said to
  // be left out for that, the two known to be under 1 € are simply outside.
  await page.getByLabel('Minimum de « montant » (€)').fill('1');
  await page.getByLabel('Minimum de « montant » (€)').press('Enter');
  await page.waitForFunction(() => document.querySelector('.own-data')?.dataset.rows === '1');
  assert.match(await read(figures), /Lignes écartées par le filtre de montant faute de montant connu : 3/);
  await page.getByLabel('Minimum de « montant » (€)').fill('');
  await page.getByLabel('Minimum de « montant » (€)').press('Enter');
  await page.waitForFunction(() => document.querySelector('.own-data')?.dataset.rows === '6');
  assert.doesNotMatch(await read(figures), /écartées/);
  // From 2024 on: A, B and E are dated within, D before; C and F have no date.
  await page.getByLabel('« date » à partir du').fill('2024-01-01');
  await page.waitForFunction(() => document.querySelector('.own-data')?.dataset.rows === '3');
  assert.match(await read(figures), /Lignes écartées par le filtre de dates faute de date : 2/);
  await page.getByLabel('« date » à partir du').fill('');
  await page.waitForFunction(() => document.querySelector('.own-data')?.dataset.rows === '6');
  await value('Inconnu').click();
  await page.waitForFunction(() => document.querySelector('.own-data')?.dataset.rows === '2');
  assert.match(await read(figures), /Somme de « montant » : aucun montant connu/);
  const cells = await page.getByRole('table', { name: TABLE }).getByRole('cell').allInnerTexts();
  assert.ok(cells.includes('non renseigné'), cells.join('|'));
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await read(figures), /Sum of “montant”: no known amount/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('an English-format file: amounts with thousands commas are read so, and the panel says it', async () => {
  const { page, errors } = await open();
  await pick(page, 'grants.csv', Buffer.from('name,region,amount\nA,North,"12,500"\nB,South,"1,234,567.50"\nC,North,800\n'));
  await page.getByRole('heading', { name: 'Colonnes de grants.csv' }).waitFor();
  const mapping = (await page.locator('.mapping').innerText()).replace(/[\u00a0\u202f]/g, ' ');
  assert.match(mapping, /Montants écrits à l'anglaise/);
  assert.match(mapping, /12,500\s+lu : 12 500 €/);
  await load(page);
  const figures = (await page.locator('.own-figures').innerText()).replace(/[\u00a0\u202f]/g, ' ');
  assert.match(figures, /Somme de « amount » : 1 247 867,50 €/);
  const cells = (await page.getByRole('table', { name: TABLE }).getByRole('cell').allInnerTexts()).map((c) => c.replace(/[\u00a0\u202f]/g, ' '));
  assert.ok(cells.includes('12 500 €'), cells.join('|'));
  // In English, a reader types thousands with a comma in a range field too.
  await page.getByRole('button', { name: 'English' }).click();
  const min = page.getByLabel('Minimum of “amount” (€)');
  await min.fill('12,500');
  await min.press('Enter');
  await page.waitForFunction(() => document.querySelector('.own-data')?.dataset.rows === '2');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a file whose commas read both ways: the reader says which, the examples and sums follow', async () => {
  const { page, errors } = await open();
  // One comma and three digits in every amount: twelve euros and a half, or twelve thousand.
  await pick(page, 'ambiguous.csv', Buffer.from('name,amount\nA,"12,500"\nB,"340,000"\nC,800\n'));
  await page.getByRole('heading', { name: 'Colonnes de ambiguous.csv' }).waitFor();
  const mapping = async () => (await page.locator('.mapping').innerText()).replace(/[\u00a0\u202f]/g, ' ');
  const choice = page.getByRole('checkbox', { name: /la virgule sépare les milliers/ });
  assert.equal(await choice.isChecked(), false, 'the decimal comma is the guess');
  assert.match(await mapping(), /12,500\s+lu : 12,50 €/);
  await choice.check();
  assert.match(await mapping(), /12,500\s+lu : 12 500 €/);
  assert.match(await mapping(), /340,000\s+lu : 340 000 €/);
  await load(page);
  const figures = (await page.locator('.own-figures').innerText()).replace(/[\u00a0\u202f]/g, ' ');
  assert.match(figures, /Somme de « amount » : 353 300 €/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a large file shows its progress and can be stopped, leaving the FTAP data', async () => {
  const { page, errors } = await open();
  const lines = ['nom;groupe;montant'];
  for (let i = 0; i < 250000; i += 1) lines.push(`Bénéficiaire numéro ${i} de la liste;G${i % 7};${i % 1000},50`);
  await pick(page, 'grand.csv', Buffer.from(lines.join('\n')));
  await page.getByRole('button', { name: 'Charger le fichier' }).click();
  const bar = page.getByRole('progressbar', { name: 'Chargement de grand.csv' });
  await bar.waitFor();
  await page.getByRole('button', { name: 'Arrêter le chargement' }).click();
  await projectsTable(page).waitFor();
  assert.equal(await page.getByRole('table', { name: TABLE }).count(), 0);
  // The worker stopped: opening another file works at once.
  await pick(page, 'petit.csv', Buffer.from('nom;montant\nA;1\n'));
  await load(page);
  assert.match(await page.locator('.own-figures').innerText(), /Lignes : 1 sur 1/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a dropped file opens; files that are not CSV and foreign addresses are refused, FTAP stays', async () => {
  const { page, errors } = await open();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['nom,montant\nA,1\nB,2\n'], 'depose.csv', { type: 'text/csv' }));
    document.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.getByRole('heading', { name: 'Colonnes de depose.csv' }).waitFor();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await projectsTable(page).waitFor();
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
  await pick(page, 'image.csv', png);
  await page.getByRole('alert').filter({ hasText: "n'est pas du texte" }).waitFor();
  assert.equal(await projectsTable(page).count(), 1, 'the FTAP data stays');
  await pick(page, 'page.csv', Buffer.from('<!doctype html><title>404</title>'));
  await page.getByRole('alert').filter({ hasText: 'page web' }).waitFor();
  await page.context().close();
  const foreign = await open('?data=https%3A%2F%2Fexample.org%2Fx.csv');
  await foreign.page.getByRole('alert').filter({ hasText: 'adresse relative' }).waitFor();
  assert.equal(await projectsTable(foreign.page).count(), 1);
  const missing = await open('?data=examples/absent.csv');
  await missing.page.getByRole('alert').filter({ hasText: '404' }).waitFor();
  assert.deepEqual(errors, []);
  await foreign.page.context().close();
  await missing.page.context().close();
});

test('loaded data in English, and axe finds no serious violation in either theme', async () => {
  for (const scheme of ['light', 'dark']) {
    const context = await app.browser.newContext({ bypassCSP: true, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${app.server.url}?data=${EXAMPLE}&scheme=${scheme}`);
    await load(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('table', { name: /^Rows of the file/ }).waitFor();
    assert.match(await page.locator('.own-figures').innerText(), /Sum of “montant”/);
    assert.match(page.url(), /lang=en/);
    assert.match(page.url(), /data=/, 'the language switch keeps the file in the address');
    // The loaded view with a row opened and a filter on.
    await page.locator('table.own tbody th button').first().click();
    await page.getByRole('complementary', { name: 'Filters' }).locator('.facet-value').first().click();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    });
    assert.deepEqual(violations, [], scheme);
    await context.close();
  }
});
