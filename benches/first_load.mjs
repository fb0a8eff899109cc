// In-browser first-load timing: time from navigation start to the project table in the DOM,
// on a cold cache (a fresh browser context per run), for the release build in dist/.
// Peer, in the same process and conditions: a static HTML page with the same 42-row table and
// no WebAssembly, i.e. the floor any app could reach. Prints medians and the ratio.
//   node benches/first_load.mjs [runs]
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, projects, DIST } from '../tests/e2e/harness.mjs';
import { median } from './stats.mjs';

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

async function timeToTable(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.locator('table.projects tbody tr').first().waitFor();
  // Navigation start is 0 on the page's clock; performance.now() is when the table is there.
  const ms = await page.evaluate(() => new Promise((ok) => {
    const check = () => (document.querySelector('table.projects tbody tr') ? ok(performance.now()) : requestAnimationFrame(check));
    check();
  }));
  await context.close();
  return ms;
}

const ours = [];
const peer = [];
for (let i = 0; i < RUNS; i++) {
  // Interleaved so that machine noise hits both alike.
  ours.push(await timeToTable(''));
  peer.push(await timeToTable('static.html'));
}
await browser.close();
await server.close();

const a = median(ours);
const b = median(peer);
console.log(`first rendered table, cold cache, ${RUNS} runs each (median):`);
console.log(`  Explorateur FTAP (release)   ${a.toFixed(1)} ms`);
console.log(`  static HTML table (peer)     ${b.toFixed(1)} ms`);
console.log(`  ratio ours / static          ${(a / b).toFixed(2)}`);
