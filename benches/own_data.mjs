// Opening one's own data at scale, in headless Chromium against the release build: synthetic
// SCDL-like files of 10k, 100k and 1M rows (about 100 bytes a row) opened through the file
// picker. For each: the time from the file chosen to the mapping panel (the first time, the
// app that explores a file is fetched and started), the time from the mapping confirmed until
// the table shows the rows, what the worker measured itself, the worker's memory against the file's
// size, the longest main-thread task during the load (a long-task observer), and keystrokes:
// each word typed one key at a time, the time from a key's `input` event until the page shows
// the rows answering that key's text (`data-query` names it).
//
// Nothing here can print an impossible figure: a load whose table never shows, a load without
// any progress report for the largest file, or a keystroke never answered fails the run.
import { existsSync, mkdirSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { serve, launch, DIST, ROOT } from '../tests/e2e/harness.mjs';
import { median, p95 } from './stats.mjs';

const SIZES = (process.env.BENCH_OWN_ROWS || '10000,100000,1000000').split(',').map(Number);
const WORDS = ['association', 'culture', 'sport', 'numerique', 'jeunesse', 'solidarite', 'patrimoine',
  'ecole', 'quartier', 'festival', 'jardin', 'transport', 'sante', 'formation', 'musique', 'lecture'];
const QUERIES = ['festival', 'jardin quartier', 'numerique', 'solidarte'];

/** A deterministic pseudo-random generator (xorshift), so every run opens the same file. */
function random(seed) {
  let x = seed;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

/** Writes `rows` synthetic grants (labelled so in the file name) and returns the path. */
async function synthetic(rows) {
  const dir = join(ROOT, 'target', 'own-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `subventions-synthetiques-${rows}.csv`);
  if (existsSync(path)) return path;
  const next = random(rows);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const out = createWriteStream(path);
  out.write('nomAttribuant;dateConvention;nomBeneficiaire;objet;montant;nature\r\n');
  for (let i = 0; i < rows; i += 1) {
    const authority = `Commune ${Math.floor(next() * 60)}`;
    const date = `20${18 + Math.floor(next() * 7)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
    const line = `${authority};${date};Association ${pick(WORDS)} ${i};${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)};${Math.floor(next() * 50000)},${Math.floor(next() * 90) + 10};${next() < 0.9 ? 'aide en numéraire' : 'aide en nature'}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

async function run(browser, url, rows) {
  const file = await synthetic(rows);
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.evaluate(() => {
    window.__longest = 0;
    window.__progress = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => { if (document.querySelector('.load-progress progress[value]')) window.__progress += 1; })
      .observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Ouvrir un fichier CSV' }).click();
  // From the file chosen to the mapping panel: the first time, the app that explores a file
  // is fetched and started (a new page each size, the browser's cache warm after the first).
  const picked = await page.evaluate(() => performance.now());
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Charger le fichier' }).waitFor({ timeout: 60000 });
  const panel = await page.evaluate((t) => performance.now() - t, picked);
  if (!(panel > 0)) throw new Error(`${rows} rows: impossible time to the mapping panel (${panel})`);
  // Only the load is timed, and the long tasks during it.
  await page.evaluate(() => { window.__longest = 0; window.__progress = 0; window.__t0 = performance.now(); });
  await page.getByRole('button', { name: 'Charger le fichier' }).click();
  await page.waitForFunction((n) => document.querySelector('.own-data')?.dataset.rows === String(n), rows, { timeout: 180000 });
  const load = await page.evaluate(() => ({
    ms: performance.now() - window.__t0,
    longest: window.__longest,
    progress: window.__progress,
    memory: Number(document.querySelector('.own-data').dataset.memory),
    worker: document.querySelector('.own-header .help')?.textContent,
  }));
  if (!(load.ms > 0) || !(load.memory > 0)) throw new Error(`${rows} rows: impossible load figures ${JSON.stringify(load)}`);
  if (rows >= 1000000 && load.progress === 0) throw new Error(`${rows} rows: no progress was shown during the load`);
  // Each time the rows shown change their query, when (a mutation observer runs right after
  // the DOM change, unlike a polling wait).
  await page.evaluate(() => {
    window.__shown = [];
    new MutationObserver(() => {
      const section = document.querySelector('.own-data');
      const query = section?.dataset.query;
      const last = window.__shown.at(-1);
      if (query !== undefined && (!last || last.query !== query)) window.__shown.push({ query, t: performance.now() });
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-query'] });
    // When the frame that shows the typed letter begins: Chromium holds the worker's reply
    // until that frame is drawn (it defers a page's tasks after a key press), so the rows can
    // only follow it; the time after it is the part the page controls.
    document.addEventListener('input', (e) => {
      if (e.target.id !== 'own-search') return;
      const typed = { text: e.target.value, t: performance.now(), frame: NaN };
      window.__typed = typed;
      requestAnimationFrame(() => { typed.frame = performance.now(); });
    }, true);
  });
  const times = [];
  const afterFrame = [];
  const search = page.getByLabel('Rechercher dans le fichier');
  // The next key once the previous change's frames are drawn (the charts under the table
  // follow a frame late), as in make bench-keystroke: neither a keystroke's drawing nor the
  // clearing of the box is timed as part of the next key (no one types a key a frame).
  const drawn = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  for (const query of QUERIES) {
    await search.fill('');
    await page.waitForFunction(() => document.querySelector('.own-data')?.dataset.query === '', null, { timeout: 60000 });
    await drawn();
    for (let i = 1; i <= query.length; i += 1) {
      const text = query.slice(0, i);
      await search.press(text.at(-1) === ' ' ? 'Space' : text.at(-1));
      await page.waitForFunction((t) => document.querySelector('.own-data')?.dataset.query === t, text, { timeout: 60000 });
      const [ms, after] = await page.evaluate((t) => {
        const shown = window.__shown.findLast((s) => s.query === t);
        const typed = window.__typed;
        return typed?.text === t && shown ? [shown.t - typed.t, shown.t - typed.frame] : [NaN, NaN];
      }, text);
      if (!(ms > 0)) throw new Error(`keystroke "${text}" at ${rows} rows: not observed (${ms})`);
      times.push(ms);
      // A reply the browser let through before the letter's frame shows the rows first: none
      // of the time came after that frame began.
      afterFrame.push(Number.isNaN(after) ? 0 : Math.max(0, after));
      await drawn();
    }
  }
  await page.close();
  const { size } = await import('node:fs').then((fs) => fs.promises.stat(file));
  return { rows, size, panel, load, keys: times, afterFrame };
}

const server = await serve(DIST);
const browser = await launch();
const results = [];
try {
  for (const rows of SIZES) results.push(await run(browser, server.url, rows));
} finally {
  await browser.close();
  await server.close();
}
console.log('opening a synthetic SCDL-like file through the picker, headless Chromium, release build:');
for (const r of results) {
  const mb = (r.size / 1e6).toFixed(1);
  console.log(`  ${String(r.rows).padStart(8)} rows, ${mb.padStart(6)} MB: mapping panel ${(r.panel / 1000).toFixed(2)} s after the choice; loaded in ${(r.load.ms / 1000).toFixed(2)} s ` +
    `(${r.load.worker}); worker memory ${(r.load.memory / 1e6).toFixed(0)} MB = ${(r.load.memory / r.size).toFixed(2)}x the file; ` +
    `main-thread tasks over 50 ms during the load: ${r.load.longest > 0 ? `longest ${r.load.longest.toFixed(0)} ms` : 'none'}; progress updates ${r.load.progress}; ` +
    `keystroke to rows shown median ${median(r.keys).toFixed(1)} ms, p95 ${p95(r.keys).toFixed(1)} ms, max ${Math.max(...r.keys).toFixed(1)} ms over ${r.keys.length}; ` +
    `after the frame showing the typed letter began: median ${median(r.afterFrame).toFixed(1)} ms, p95 ${p95(r.afterFrame).toFixed(1)} ms`);
}
