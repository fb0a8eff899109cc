// Accessibility and languages, checked as their users check them: an axe-core audit of every
// view in both themes, keyboard-only journeys with focus positions, the English interface,
// and screenshots at 320 px and 1280 px in both themes (tests/e2e/artifacts/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { session, projectsTable, ready, ROOT } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
const app = session();
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return `${e.tagName.toLowerCase()}#${e.id}|${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 60)}`;
});

/** Runs axe-core on a view (the page's CSP blocks injected scripts, so it is bypassed here). */
async function audit(path, scheme) {
  const context = await app.browser.newContext({ bypassCSP: true, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(app.server.url + path);
  await ready(page);
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  await context.close();
  return result;
}

const VIEWS = {
  home: '',
  filtered: `?q=justice&ministry=${encodeURIComponent('Ministère de la Justice')}&ftap=1000000-`,
  detail: '?project=ftap2018-2-si-fourrieres',
  breakdown: '?group=round&gsort=-ftap#breakdown',
  english: '?lang=en&year=2018',
};

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no serious or critical violation, ${scheme} theme`, async () => {
    const report = {};
    for (const [name, path] of Object.entries(VIEWS)) {
      const violations = await audit(path + (path.includes('?') ? '&' : '?') + `scheme=${scheme}`, scheme);
      report[name] = violations;
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(severe, [], `${name} (${scheme}): ${JSON.stringify(severe)}`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `axe-${scheme}.json`), JSON.stringify(report, null, 2));
  });
}

test('keyboard only: search, filter, sort, open a project, close it, focus where expected', async () => {
  const { page } = await app.open();
  // "/" jumps to the search box.
  await page.keyboard.press('/');
  assert.match(await focused(page), /^input#search-input/);
  await page.keyboard.type('justice');
  // A facet value, reached with the keyboard and pressed with Space.
  const facet = page.getByRole('region', { name: 'Année' }).getByRole('button', { name: /^2023/ });
  await facet.focus();
  await page.keyboard.press('Space');
  assert.equal(await facet.getAttribute('aria-pressed'), 'true');
  // Sort by amount with Enter on the header button.
  const header = projectsTable(page).getByRole('columnheader', { name: /Montant FTAP/ });
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  // Tab on to the first project link and open it with Enter.
  const link = projectsTable(page).getByRole('link').first();
  const name = (await link.textContent()).trim();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name }).waitFor();
  assert.match(await focused(page), /^h2#detail-title/);
  // Escape closes the detail and puts the focus back on the link.
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 2, name }).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), name);
  // Back returns to the view before the detail was opened.
  await page.goBack();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  await page.context().close();
});

// The polite live region tells what a reader's action changed, once typing pauses; the view
// a page opens on (a shared link's included) is in the page already and is not told again.
test('the live region is quiet as a page opens and tells the count once the reader types', async () => {
  for (const path of ['', '?q=justice']) {
    const { page } = await app.open(path);
    // The results' region comes first in the page (the share bar's, for « Copier le lien »,
    // is further down).
    const status = page.getByRole('status').first();
    // Past the pause after which the region speaks.
    await page.waitForTimeout(1200);
    assert.equal((await status.textContent()).trim(), '', `${path || 'home'}: nothing told at the start`);
    await page.getByRole('searchbox', { name: 'Rechercher un projet' }).fill('fourriere');
    await status.filter({ hasText: /^1 projet sur \d+ ; montants FTAP/ }).waitFor();
    await page.context().close();
  }
});

test('the skip link is the first stop and leads to the results', async () => {
  const { page } = await app.open();
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /^a#\|Aller aux résultats/);
  await page.keyboard.press('Enter');
  assert.match(await focused(page), /^h2#results-title/);
  await page.context().close();
});

test('English: interface, number formats and page language switch; data stays French', async () => {
  const { page } = await app.open();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'FTAP Explorer' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The address follows once the frame showing the change is drawn.
  await page.waitForURL(/lang=en/);
  await page.getByRole('searchbox', { name: 'Search projects' }).fill('cloud');
  const cell = projectsTable(page).locator('tbody tr:not([hidden]) td:nth-of-type(1)').first();
  assert.equal((await cell.locator('.exact').textContent()).trim(), '€24,300,000');
  assert.equal((await cell.locator('.amount').textContent()).trim(), '€24.3M', 'rounded like every figure');
  assert.equal(await projectsTable(page).locator('tbody').getAttribute('lang'), 'fr');
  await page.getByText('Project data (names, summaries, notes, sources) is shown in French').waitFor();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('heading', { level: 1, name: 'Explorateur FTAP' }).waitFor();
  await page.context().close();
});

test('the theme switch overrides the system and is kept in the link', async () => {
  const { page } = await app.open('', { colorScheme: 'light' });
  await page.getByRole('button', { name: 'Sombre', exact: true }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.scheme), 'dark');
  await page.waitForURL(/scheme=dark/);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 24, 25)');
  await page.getByRole('button', { name: 'Système', exact: true }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.scheme), undefined);
  await page.context().close();
});

test('at 320 px wide nothing overflows the page; screenshots in both themes', async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const { page } = await app.open(`?scheme=${scheme}`, { viewport: { width, height: 900 }, colorScheme: scheme });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${width}px ${scheme}: page is ${overflow}px too wide`);
      await page.screenshot({ path: join(ARTIFACTS, `home-${width}-${scheme}.png`), fullPage: false });
      if (width === 1280 && scheme === 'light') {
        // What a screen reader gets: the accessibility tree of the home view, for review.
        writeFileSync(join(ARTIFACTS, 'aria-home.yml'), await page.locator('body').ariaSnapshot());
      }
      await page.context().close();
    }
  }
});
