// In-browser timing of every kind of interaction with the real projects: from the event (a
// click, a key, a choice in a list) until the page has handled it, DOM updated. Yew renders and
// runs its effects within the event's handlers, so the time runs from a capturing listener on
// the window (first to run) to a microtask queued by a bubbling one (after the last). Each
// interaction must change the DOM, or the run fails: a time with nothing drawn is no figure.
import { serve, launch, ready, DIST } from '../tests/e2e/harness.mjs';
import { median, p95 } from './stats.mjs';

const REPEAT = Number(process.env.BENCH_REPEAT || 15);

const server = await serve(DIST);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);
// The table is in the prerendered HTML: wait until the app has taken the page over and
// drawn the parts it adds a task later.
await ready(page);
await page.evaluate(() => {
  window.__timed = [];
  let start = null;
  let changes = 0;
  new MutationObserver((records) => { changes += records.length; })
    .observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
  for (const type of ['click', 'keydown', 'change']) {
    window.addEventListener(type, () => { start = performance.now(); changes = 0; }, true);
    window.addEventListener(type, () => {
      const t0 = start;
      // Mutation records are delivered in a microtask: read them after that one.
      queueMicrotask(() => queueMicrotask(() => window.__timed.push({ type, ms: performance.now() - t0, changes })));
    });
  }
});

/** Runs `act`, which must fire one event the page handles, and returns its time. */
async function timed(act) {
  const before = await page.evaluate(() => window.__timed.length);
  await act();
  await page.waitForFunction((n) => window.__timed.length > n, before);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20))));
  const entries = await page.evaluate((n) => window.__timed.slice(n), before);
  return entries;
}

const ministries = page.getByRole('region', { name: 'Ministère' });
const justice = ministries.getByRole('button', { name: /Ministère de la Justice/ });
const header = page.getByRole('columnheader', { name: /Montant FTAP/ }).getByRole('button');
const confirmed = page.getByRole('checkbox', { name: 'Lauréats confirmés seulement' });
const firstLink = page.locator('table.projects tbody tr:not([hidden]) th a').first();
const INTERACTIONS = [
  ['facet value on, off', [() => justice.click(), () => justice.click()]],
  ['sort by a column', [() => header.click()]],
  ['open a project, Escape', [() => firstLink.click(), () => page.keyboard.press('Escape')]],
  ['confirmed only, all', [() => confirmed.click(), () => confirmed.click()]],
  ['group the breakdown', [() => page.getByLabel('Regrouper par').selectOption('round'),
    () => page.getByLabel('Regrouper par').selectOption('ministry')]],
];

const results = [];
let failed = false;
for (const [name, steps] of INTERACTIONS) {
  const times = [];
  for (let i = 0; i < REPEAT; i += 1) {
    for (const step of steps) {
      const entries = await timed(step);
      const handled = entries.filter((e) => e.changes > 0);
      if (handled.length === 0) {
        console.error(`${name}: an event changed nothing in the page (${JSON.stringify(entries)})`);
        failed = true;
        continue;
      }
      // The event that drew (a key press also fires events that draw nothing).
      times.push(Math.max(...handled.map((e) => e.ms)));
    }
  }
  if (times.some((t) => !(t > 0))) {
    console.error(`${name}: a time is not positive: ${times}`);
    failed = true;
  }
  results.push([name, times]);
}
await browser.close();
await server.close();

console.log(`interaction until handled and the DOM updated, real projects, headless Chromium (${REPEAT} rounds):`);
for (const [name, times] of results) {
  console.log(`  ${name.padEnd(26)} median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms over ${times.length}`);
}
if (failed) process.exit(1);
