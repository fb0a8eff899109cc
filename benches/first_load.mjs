// In-browser first-load timing: time from navigation start to the first project row in the
// DOM (from the HTML itself, now that the home view is prerendered), and until the app answers
// (hydrated), on a cold cache (a fresh browser context per run), for the release build in dist/.
// Peer, in the same process and conditions: a static HTML page with the same 42-row table and
// no WebAssembly, i.e. the floor any app could reach. Prints medians and the ratio.
// Then the start's long tasks with the CPU four times slower, as Lighthouse's mobile profile
// simulates it: the blocking time (each task's time over 50 ms, summed) until the parts drawn
// after the start are all in the page, and the longest task.
//   node benches/first_load.mjs [runs]
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, projects, ready, slowDown, DIST } from '../tests/e2e/harness.mjs';
import { median, range } from './stats.mjs';

const RUNS = Number(process.argv[2] || 15);

// The peer: dist/ plus a static page listing the same projects.
const dir = mkdtempSync(join(tmpdir(), 'ftap-first-load-'));
cpSync(DIST, dir, { recursive: true });
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rows = projects()
  .map((p) => `<tr><th>${esc(p.name)}</th><td>${esc(p.ministry)}</td><td>${esc(p.round)}</td><td>${p.ftap_eur}</td><td>${p.total_cost_eur}</td></tr>`)
  .join('\n');
writeFileSync(join(dir, 'static.html'), `<!doctype html><html lang="fr"><meta charset="utf-8"><title>static</title>
<table class="projects"><tbody>${rows}</tbody></table></html>`);

const server = await serve(dir);
const browser = await launch();

/**
 * Loads `path` on a cold cache; returns when the first project row entered the DOM and, for
 * the app, when it answers (`data-app="ready"`, set once hydrated), both on the page's clock
 * (navigation start is 0). Recorded by a script that runs before the page's own.
 */
async function timeToTable(path, app) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__firstRow = null;
    window.__ready = null;
    const check = () => {
      if (window.__firstRow === null && document.querySelector('table.projects tbody tr')) window.__firstRow = performance.now();
      if (window.__ready === null && document.documentElement.dataset.app === 'ready') window.__ready = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(server.url + path, { waitUntil: 'commit' });
  await page.locator('table.projects tbody tr').first().waitFor();
  if (app) await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const [row, ready] = await page.evaluate(() => [window.__firstRow, window.__ready]);
  await context.close();
  if (!(row > 0) || (app && !(ready > 0))) throw new Error(`${path || 'app'}: a time was not observed (${row}, ${ready})`);
  return { row, ready };
}

/** Cold runs of the app with the CPU four times slower. */
const SLOW_RUNS = 5;

/**
 * Loads the app on a cold cache with the CPU four times slower; returns the durations of the
 * tasks over 50 ms from navigation until the parts drawn after the start are in the page, and
 * a second more (the page's own timers after the start).
 */
async function slowStartTasks() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await slowDown(page, 4);
  await page.addInitScript(() => {
    window.__tasks = [];
    window.__observed = PerformanceObserver.supportedEntryTypes.includes('longtask');
    if (window.__observed) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    }
  });
  await page.goto(server.url);
  await ready(page);
  await page.waitForTimeout(1000);
  const [observed, tasks] = await page.evaluate(() => [window.__observed, window.__tasks]);
  await context.close();
  // No long task at all is a figure only if the browser reports them.
  if (!observed) throw new Error('this browser does not report long tasks');
  return tasks;
}

const ours = [];
const answers = [];
const peer = [];
for (let i = 0; i < RUNS; i++) {
  // Interleaved so that machine noise hits both alike.
  const app = await timeToTable('', true);
  ours.push(app.row);
  answers.push(app.ready);
  peer.push((await timeToTable('static.html', false)).row);
}
const blocking = [];
const longest = [];
for (let i = 0; i < SLOW_RUNS; i++) {
  const tasks = await slowStartTasks();
  blocking.push(tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0));
  longest.push(Math.max(0, ...tasks));
}
await browser.close();
await server.close();

const a = median(ours);
const b = median(peer);
console.log(`first rendered table, cold cache, ${RUNS} runs each (median):`);
console.log(`  Explorateur FTAP (release)   ${a.toFixed(1)} ms`);
console.log(`  static HTML table (peer)     ${b.toFixed(1)} ms`);
console.log(`  ratio ours / static          ${(a / b).toFixed(2)}`);
console.log(`  app answering (hydrated)     ${median(answers).toFixed(1)} ms`);
console.log(`the start with the CPU 4× slower, until every part is drawn, ${SLOW_RUNS} cold runs (median, range):`);
console.log(`  blocking time (tasks over 50 ms) ${median(blocking).toFixed(0)} ms (${range(blocking)})`);
console.log(`  longest task                     ${median(longest).toFixed(0)} ms (${range(longest)})`);
