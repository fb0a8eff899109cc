// Lighthouse on the release build, as a reader on a phone gets it: the mobile profile
// (simulated slow 4G and a 4× slower CPU), dist/ served with gzip, Debian's Chromium.
// Lighthouse is pinned (12.2.3) and fetched by the Makefile into target/, outside the
// project's dependencies. Prints each category's score and the timings behind performance;
// fails if a category or a timing is missing from the report.
//   node benches/lighthouse.mjs <path to the lighthouse CLI> [runs]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, mkdtempSync } from 'node:fs';
import { join, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DIST } from '../tests/e2e/harness.mjs';
import { median, range } from './stats.mjs';

const [cli, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 3);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};

const server = createServer((req, res) => {
  let file = join(DIST, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(DIST) || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] || 'application/octet-stream',
    'content-encoding': 'gzip',
    'cache-control': 'no-cache',
  });
  res.end(gzipSync(readFileSync(file)));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TIMINGS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const reports = [];
for (let i = 0; i < RUNS; i++) {
  const out = join(mkdtempSync(join(tmpdir(), 'ftap-lighthouse-')), 'report.json');
  // Asynchronously: the server above answers from this same process.
  await promisify(execFile)(cli, [url, '--quiet', '--output=json', `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox'],
  { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
  reports.push(JSON.parse(readFileSync(out, 'utf8')));
}
server.close();

console.log(`Lighthouse ${reports[0].lighthouseVersion}, mobile profile, ${RUNS} runs (median, range):`);
for (const c of CATEGORIES) {
  const scores = reports.map((r) => r.categories[c]?.score);
  if (scores.some((s) => typeof s !== 'number')) throw new Error(`category ${c} missing from a report`);
  console.log(`  ${c.padEnd(26)} ${median(scores).toFixed(2)} (${range(scores, (s) => s.toFixed(2))})`);
}
for (const t of TIMINGS) {
  const values = reports.map((r) => r.audits[t]?.numericValue);
  if (values.some((v) => typeof v !== 'number')) throw new Error(`timing ${t} missing from a report`);
  const unit = t === 'cumulative-layout-shift' ? '' : ' ms';
  const show = (v) => (unit ? v.toFixed(0) : v.toFixed(3));
  console.log(`  ${t.padEnd(26)} ${show(median(values))}${unit} (${range(values, show)})`);
}
