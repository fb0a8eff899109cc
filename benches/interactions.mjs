// In-browser timing of every kind of interaction with the real projects: from the event (a
// click, a key, a choice in a list) until the page has handled it, DOM updated. Yew renders and
// runs its effects within the event's handlers, so the time runs from a capturing listener on
// the window (first to run) to a microtask queued by a bubbling one (after the last). Each
// interaction must change the DOM, or the run fails: a time with nothing drawn is no figure.
// What the page draws in the frames after the event (the filters' counts and the charts follow
// the view a frame late) is timed apart: the time spent in the animation-frame callbacks that
// changed the DOM, until the page is quiet again.
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
  window.__later = [];
  let start = null;
  let changes = 0;
  const observer = new MutationObserver((records) => { changes += records.length; });
  observer.observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
  // The page's frame callbacks, each timed until the render it asked for is done (Yew
  // renders in a microtask queued by the callback, before ours) and kept if it changed the
  // page; the benchmark waits with the original.
  const raf = window.requestAnimationFrame.bind(window);
  window.__raf = raf;
  window.requestAnimationFrame = (callback) => raf((time) => {
    const t0 = performance.now();
    const before = changes;
    callback(time);
    queueMicrotask(() => queueMicrotask(() => {
      changes += observer.takeRecords().length;
      if (changes > before) window.__later.push(performance.now() - t0);
    }));
  });
  for (const type of ['click', 'keydown', 'change']) {
    window.addEventListener(type, () => { start = performance.now(); changes = 0; }, true);
    window.addEventListener(type, () => {
      const t0 = start;
      // Mutation records are delivered in a microtask: read them after that one.
      queueMicrotask(() => queueMicrotask(() => window.__timed.push({ type, ms: performance.now() - t0, changes })));
    });
  }
});

/**
 * Runs `act`, which must fire one event the page handles; returns the time of each event it
 * fired, and the time of the frame callbacks that drew after it.
 */
async function timed(act) {
  const before = await page.evaluate(() => { window.__later = []; return window.__timed.length; });
  await act();
  await page.waitForFunction((n) => window.__timed.length > n, before);
  // The deferred parts are drawn in the second frame after the event: wait for four.
  await page.evaluate(() => new Promise((r) => {
    const frames = (n) => (n === 0 ? setTimeout(r, 20) : window.__raf(() => frames(n - 1)));
    frames(4);
  }));
  return page.evaluate((n) => ({ entries: window.__timed.slice(n), later: window.__later }), before);
}

const ministries = page.getByRole('region', { name: 'Ministère' });
const justice = ministries.getByRole('button', { name: /Ministère de la Justice/ });
const header = page.getByRole('columnheader', { name: /Montant FTAP/ }).getByRole('button');
const confirmed = page.getByRole('checkbox', { name: 'Lauréats confirmés seulement' });
const firstLink = page.locator('table.projects tbody tr:not([hidden]) th a').first();
// Each interaction is one step or two that undo each other (so that rounds repeat); the line
// of an interaction gives the median of all its steps, then each step's own.
const INTERACTIONS = [
  ['facet value on, off', [['on', () => justice.click()], ['off', () => justice.click()]]],
  ['sort by a column', [['sort', () => header.click()]]],
  ['open a project, Escape', [['open', () => firstLink.click()], ['Escape', () => page.keyboard.press('Escape')]]],
  ['confirmed only, all', [['only', () => confirmed.click()], ['all', () => confirmed.click()]]],
  ['group the breakdown', [['by call', () => page.getByLabel('Regrouper par').selectOption('round')],
    ['by ministry', () => page.getByLabel('Regrouper par').selectOption('ministry')]]],
];

const results = [];
let failed = false;
for (const [name, steps] of INTERACTIONS) {
  const later = [];
  const byStep = steps.map(() => []);
  for (let i = 0; i < REPEAT; i += 1) {
    for (const [s, [, step]] of steps.entries()) {
      const { entries, later: frames } = await timed(step);
      if (frames.length > 0) later.push(frames.reduce((a, b) => a + b, 0));
      const handled = entries.filter((e) => e.changes > 0);
      if (handled.length === 0) {
        console.error(`${name}: an event changed nothing in the page (${JSON.stringify(entries)})`);
        failed = true;
        continue;
      }
      // The event that drew (a key press also fires events that draw nothing).
      byStep[s].push(Math.max(...handled.map((e) => e.ms)));
    }
  }
  const times = byStep.flat();
  if (times.some((t) => !(t > 0))) {
    console.error(`${name}: a time is not positive: ${times}`);
    failed = true;
  }
  if (later.some((t) => !(t > 0))) {
    console.error(`${name}: a later frame's time is not positive: ${later}`);
    failed = true;
  }
  const split = steps.length > 1
    ? ` (${steps.map(([label], s) => `${label} ${median(byStep[s]).toFixed(2)}`).join(', ')})` : '';
  results.push([name, times, later, split]);
}
await browser.close();
await server.close();

console.log(`interaction until handled and the DOM updated, real projects, headless Chromium (${REPEAT} rounds):`);
for (const [name, times, , split] of results) {
  console.log(`  ${name.padEnd(26)} median ${median(times).toFixed(2)} ms${split}, p95 ${p95(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms over ${times.length}`);
}
console.log('then drawn in the following frames (the filters\' counts, the charts), where something was:');
for (const [name, , later] of results) {
  const what = later.length === 0 ? 'nothing'
    : `median ${median(later).toFixed(2)} ms, p95 ${p95(later).toFixed(2)} ms over ${later.length}`;
  console.log(`  ${name.padEnd(26)} ${what}`);
}
if (failed) process.exit(1);
