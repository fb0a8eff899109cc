// In-browser keystroke timing: from an `input` event to the last DOM change it causes (search,
// facets, totals and the visible table page re-rendered), typing real queries one key at a time in
// headless Chromium against the release build. Runs the synthetic-data build at 100k rows
// (target/bench-dist, built by `make bench-keystroke`) and, as the peer in the same process,
// the real app with its 42 projects. Prints medians, p95 and the ratio.
import { join } from 'node:path';
import { serve, launch, DIST, ROOT } from '../tests/e2e/harness.mjs';

const ROWS = Number(process.env.BENCH_ROWS || 100000);
const QUERIES = ['fourriere', 'plateforme numerique', 'inteligence artificielle', 'justice penale',
  'subventions associations', 'titres securises', 'controle fiscal', 'ofii'];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function measure(browser, url) {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto(url);
  await page.locator('table.projects tbody tr').first().waitFor({ timeout: 120000 });
  const loadMs = Date.now() - started;
  // At each input event (capture phase, before the app's handler), note the time; a
  // MutationObserver notes when the app last changed the page (its callbacks run right after
  // the render, before layout and paint); a message posted to a channel, which runs after the
  // render's microtasks, records the difference.
  await page.evaluate(() => {
    window.__times = [];
    let lastChange = 0;
    new MutationObserver(() => { lastChange = performance.now(); })
      .observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
    document.addEventListener('input', () => {
      const t0 = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__times.push(Math.max(lastChange, t0) - t0);
      channel.port2.postMessage(0);
    }, true);
  });
  const box = page.getByRole('searchbox', { name: 'Rechercher un projet' });
  for (const q of QUERIES) {
    await box.fill('');
    await box.pressSequentially(q, { delay: 30 });
    await page.waitForTimeout(100);
  }
  const times = await page.evaluate(() => window.__times);
  // Check the measurement saw rendered results: the status line follows the last query.
  const status = await page.locator('#results .count').textContent();
  await page.close();
  return { times, loadMs, status };
}

const serverBench = await serve(join(ROOT, 'target', 'bench-dist'));
const serverApp = await serve(DIST);
const browser = await launch();
const big = await measure(browser, `${serverBench.url}#rows=${ROWS}`);
const small = await measure(browser, serverApp.url);
await browser.close();
await serverBench.close();
await serverApp.close();

console.log(`keystroke to updated DOM, headless Chromium, ${big.times.length} keystrokes:`);
console.log(`  ${ROWS} synthetic rows   median ${median(big.times).toFixed(2)} ms, p95 ${p95(big.times).toFixed(2)} ms (page ready in ${big.loadMs} ms)`);
console.log(`  42 real projects     median ${median(small.times).toFixed(2)} ms, p95 ${p95(small.times).toFixed(2)} ms`);
console.log(`  ratio ${ROWS} rows / 42 rows: ${(median(big.times) / median(small.times)).toFixed(2)}`);
console.log(`  last status at ${ROWS} rows: ${big.status}`);
