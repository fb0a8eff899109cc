// Every figure with its own source, sources that read as citations, and the update date
// derived from the data: checked against data/projects.csv and data/sources.csv, read here
// independently of the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projects, sources, citation, longDate, plain } from './harness.mjs';

const app = session();
const described = sources();

/** The figures that carry their own source: CSV column, its source column, label (fr, en). */
const FIGURES = [
  ['announced', 'announced_source', 'Annonce', 'Announced'],
  ['ftap_eur', 'ftap_source', 'Montant FTAP', 'FTAP amount'],
  ['total_cost_eur', 'total_cost_source', 'Coût total', 'Total cost'],
  ['savings_eur', 'savings_source', 'Économies annoncées', 'Announced savings'],
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('each known figure of every project shows its own source beside it, named for the figure', async () => {
  const { page } = await app.open();
  let checked = 0;
  for (const p of projects()) {
    await page.goto(`${app.server.url}?project=${p.id}`);
    const detail = page.getByRole('region', { name: p.name });
    await detail.waitFor();
    for (const [column, sourceColumn, label] of FIGURES) {
      const link = detail.getByRole('link', { name: new RegExp(`^${escape(label)} :`) });
      if (p[column] === '') {
        assert.equal(await link.count(), 0, `${p.id}: no source for an unknown ${column}`);
        continue;
      }
      const source = described.get(p[sourceColumn]);
      assert.ok(source, `${p.id}: ${p[sourceColumn]} is described`);
      assert.equal(plain(await link.textContent()), plain(`${label} : ${citation(source)}`), p.id);
      assert.equal(await link.getAttribute('href'), source.url, `${p.id} ${column}`);
      checked++;
    }
  }
  assert.ok(checked >= 60, `${checked} figures checked`);
  await page.context().close();
});

test('a known FTAP amount links to its own source in English too, dates in English', async () => {
  const p = projects().find((row) => row.ftap_eur !== '' && row.announced !== '');
  const { page } = await app.open(`?project=${p.id}&lang=en`);
  const detail = page.getByRole('region', { name: p.name });
  const link = detail.getByRole('link', { name: /^FTAP amount:/ });
  assert.equal(await link.getAttribute('href'), p.ftap_source);
  assert.equal(plain(await link.textContent()), plain(`FTAP amount: ${citation(described.get(p.ftap_source), 'en')}`));
  assert.ok(plain(await detail.innerText()).includes(longDate(p.announced, 'en')), 'announcement date in English');
  await page.context().close();
});

test('sources read as « Titre — Éditeur, date », never as bare addresses', async () => {
  const p = projects().find((row) => row.sources.split(' | ').length >= 3);
  const { page } = await app.open(`?project=${p.id}`);
  const list = page.getByRole('region', { name: p.name }).getByRole('heading', { name: 'Sources' })
    .locator('xpath=following-sibling::ul[1]');
  const links = list.getByRole('link');
  const urls = p.sources.split(' | ');
  assert.equal(await links.count(), urls.length);
  for (const [i, url] of urls.entries()) {
    assert.equal(await links.nth(i).getAttribute('href'), url);
    assert.equal(plain(await links.nth(i).textContent()), plain(citation(described.get(url))));
  }
  // The coverage table's notes cite the calls' sources the same way.
  const official = page.getByRole('link', { name: /Investir pour transformer — DITP/ }).first();
  await page.locator('details.call-notes summary').first().click();
  await official.waitFor();
  await page.context().close();
});

test('the data update date is the latest consultation of a source, in the reader\'s language', async () => {
  const latest = [...described.values()].map((s) => s.consulted).sort().at(-1);
  const { page } = await app.open();
  await page.getByText(`Dernière mise à jour des données : ${longDate(latest)}`).waitFor();
  await page.goto(`${app.server.url}?lang=en`);
  await page.getByText(`Data last updated: ${longDate(latest, 'en')}`).waitFor();
  await page.context().close();
});
