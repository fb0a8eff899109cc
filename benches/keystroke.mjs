// In-browser keystroke timing: for every key typed, the time from its `input` event until the
// table and the status line show the results computed for that keystroke's text (the DOM is
// updated), and until the frame showing them is drawn. The second includes the wait for the
// next frame, which no code can shorten: the run also measures that floor on the idle page. Real queries are typed one key at a time in headless Chromium against release
// builds: the synthetic-data build at 100k rows (target/bench-dist, built by
// `make bench-keystroke`) and, as the peer in the same process, the real app.
//
// The results section carries the query and row count the core computed (`data-query`,
// `data-rows`); a keystroke counts as observed only when the section names its text, the table
// holds that many rows (the first page: 50, or all of them up to 62) and the status line
// states the count. Every keystroke must be observed: a run where one is not (superseded or
// never drawn) fails instead of printing a figure that could be zero.
import { join } from 'node:path';
import { serve, launch, PAGE, DIST, ROOT } from '../tests/e2e/harness.mjs';
import { median, p95 } from './stats.mjs';

const ROWS = Number(process.env.BENCH_ROWS || 100000);
const QUERIES = ['fourriere', 'plateforme numerique', 'inteligence artificielle', 'justice penale',
  'subventions associations', 'titres securises', 'controle fiscal', 'ofii'];

async function measure(browser, url) {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto(url);
  await page.locator('table.projects tbody tr:not([hidden])').first().waitFor({ timeout: 120000 });
  // The real projects' table is in the prerendered HTML: wait until the app runs it.
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 120000 });
  // The parts drawn a task later (components::later), the coverage last.
  await page.locator('#coverage').waitFor({ state: 'attached', timeout: 120000 });
  const loadMs = Date.now() - started;
  await page.evaluate((pages) => {
    const pending = [];
    window.__keys = { typed: 0, dom: [], times: [], missed: [] };
    const section = () => document.getElementById('results');
    // The table and the status line agree with the results the core computed for `query`.
    const shows = (query) => {
      const s = section();
      if (!s || s.dataset.query !== query) return false;
      const rows = Number(s.dataset.rows);
      const shown = document.querySelectorAll('table.projects tbody tr:not(.approximate-heading):not([hidden])').length;
      const status = (s.querySelector('.count')?.textContent || '').replace(/[\s\u202f\u00a0]/g, '');
      // The first page: all the rows up to a page and its slack, else a page.
      const first = rows <= pages.size + pages.slack ? rows : pages.size;
      return shown === first && status.startsWith(s.dataset.projects);
    };
    const check = () => {
      while (pending.length) {
        const head = pending[0];
        if (shows(head.query)) {
          pending.shift();
          window.__keys.dom.push(performance.now() - head.t0);
          // Timed once the frame showing it has been drawn: after the next animation frame,
          // a task posted then runs after paint.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => window.__keys.times.push(performance.now() - head.t0);
            channel.port2.postMessage(0);
          });
        } else if (pending.length > 1 && shows(pending[pending.length - 1].query)) {
          // A later keystroke was drawn first: this one was never shown on its own.
          window.__keys.missed.push(pending.shift().query);
        } else {
          break;
        }
      }
    };
    new MutationObserver(check).observe(document.getElementById('app'),
      { subtree: true, childList: true, characterData: true, attributes: true });
    document.addEventListener('input', (event) => {
      window.__keys.typed += 1;
      pending.push({ query: event.target.value, t0: performance.now() });
      // The render may already match (a keystroke that changes nothing drawn): check at once.
      queueMicrotask(check);
    }, true);
  }, PAGE);
  // One key at a time, the next once the previous one is drawn (or given up after 5 s, which
  // then counts as a keystroke never observed): each measures a whole keystroke, none is
  // swallowed by the next.
  const box = page.getByRole('searchbox', { name: 'Rechercher un projet' });
  const settled = async () => {
    const typed = await page.evaluate(() => window.__keys.typed);
    await page
      .waitForFunction((n) => window.__keys.times.length + window.__keys.missed.length >= n, typed, { timeout: 5000 })
      .catch(() => {});
  };
  for (const q of QUERIES) {
    await box.fill('');
    await settled();
    for (const key of q) {
      await box.press(key === ' ' ? 'Space' : key);
      await settled();
    }
  }
  const keys = await page.evaluate(() => window.__keys);
  // The frame floor: from a moment with nothing to do until the next frame is drawn, timed as
  // above (after an animation frame, a task posted then runs after paint).
  const floor = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 60; i += 1) {
      await new Promise((r) => setTimeout(r, 3 + (i * 7) % 17));
      const t0 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = r;
        channel.port2.postMessage(0);
      }));
      times.push(performance.now() - t0);
    }
    return times;
  });
  await page.close();
  return { ...keys, floor, loadMs };
}

const serverBench = await serve(join(ROOT, 'target', 'bench-dist'));
const serverApp = await serve(DIST);
const browser = await launch();
const big = await measure(browser, `${serverBench.url}#rows=${ROWS}`);
const small = await measure(browser, serverApp.url);
await browser.close();
await serverBench.close();
await serverApp.close();

let failed = false;
for (const [name, run] of [[`${ROWS} synthetic rows`, big], ['real projects', small]]) {
  const observed = run.times.length;
  if (run.missed.length || observed !== run.typed || observed === 0) {
    console.error(`${name}: ${run.typed} keystrokes typed (with the clearing of the box), ${observed} observed; not shown on their own: ${JSON.stringify(run.missed)}`);
    failed = true;
  }
  for (const [what, xs] of [['DOM', run.dom], ['frame', run.times], ['floor', run.floor]]) {
    if (xs.length === 0 || xs.some((t) => !(t > 0))) {
      console.error(`${name}: a ${what} time is missing or not positive: ${JSON.stringify(xs.filter((t) => !(t > 0)))}`);
      failed = true;
    }
  }
  if (run.dom.length !== run.times.length) {
    console.error(`${name}: ${run.dom.length} keystrokes seen in the DOM, ${run.times.length} drawn`);
    failed = true;
  }
}
const stats = (xs) => `median ${median(xs).toFixed(2)} ms, p95 ${p95(xs).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms`;
console.log('keystroke until the table and status show its results, headless Chromium:');
for (const [name, run] of [[`${ROWS} synthetic rows`, big], ['real projects', small]]) {
  console.log(`  ${name} (${run.times.length} keystrokes${run.loadMs ? `, page ready in ${run.loadMs} ms` : ''}):`);
  console.log(`    DOM updated   ${stats(run.dom)}`);
  console.log(`    frame drawn   ${stats(run.times)}`);
  console.log(`    frame floor   ${stats(run.floor)} (idle page, next frame drawn)`);
}
console.log(`  ratio ${ROWS} rows / real projects, DOM updated (medians): ${(median(big.dom) / median(small.dom)).toFixed(2)}`);
if (failed) process.exit(1);
