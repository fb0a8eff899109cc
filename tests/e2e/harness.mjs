// Shared helpers for the browser end-to-end tests: a static server for dist/ on 127.0.0.1,
// a headless Chromium launched the way this machine allows, and a page that records console
// errors and every request, so each test can assert that nothing leaves 127.0.0.1.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves built sites on 127.0.0.1: `sites` maps a path prefix (e.g. '/a/') to a folder, and
 * can be changed while serving (a new deployment). `options.headers` are added to every
 * response (e.g. Cache-Control); `options.tamper(path)` returning true serves that file with
 * one byte changed. Resolves to { url, origin, sites, served, close } where `served` counts
 * the responses per path.
 */
export async function serveSites(sites, options = {}) {
  const served = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(sites).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    const dir = sites[prefix];
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (options.tamper?.(path)) {
        body = Buffer.from(body);
        body[body.length >> 1] ^= 0x55;
      }
      served.set(path, (served.get(path) || 0) + 1);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...options.headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: origin + Object.keys(sites)[0],
    origin,
    sites,
    served,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/** Serves `dir` under `prefix` (e.g. '/un/sous/chemin/') on 127.0.0.1; resolves to { url, close }. */
export async function serve(dir = DIST, prefix = '/') {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`make dist\` first.`);
  }
  return serveSites({ [prefix]: dir });
}

/** Launches headless Chromium, or fails saying how to install it. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it with ` +
        '`sudo apt-get install chromium chromium-driver` (or run `make browser` as root), ' +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * How many times slower the processor of every page `openPage` opens is made
 * (`E2E_CPU_SLOWDOWN=4 make e2e`, as a cheap phone): what a test asserts must hold on a slow
 * machine too, where the browser and Yew's scheduler split work into more tasks.
 */
const SLOWDOWN = Number(process.env.E2E_CPU_SLOWDOWN || 1);

/** Makes the processor of `page` `rate` times slower (Chromium's throttling). */
export async function slowDown(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Opens a new page that records console errors, uncaught errors and all request URLs.
 * Returns { page, errors, requests }.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (SLOWDOWN > 1) await slowDown(page, SLOWDOWN);
  const errors = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  return { page, errors, requests };
}

/** The table of projects (the page has other tables: coverage, breakdown). */
export function projectsTable(page) {
  return page.getByRole('table', { name: /^(Projets lauréats du FTAP|Projects funded by the FTAP)/ });
}

/**
 * Waits until the app runs: the table is in the prerendered HTML from the start, so the app
 * is ready only once it has taken the page over (it then sets `data-app="ready"`).
 */
/** The parts the app draws a task after taking the page over (components::later), which are
 *  not in the prerendered HTML; the coverage comes last. */
export const DRAWN_LATER = 'aside.filters, #breakdown, figure.treemap, #coverage';

export async function ready(page) {
  await projectsTable(page).waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.locator('#coverage').waitFor({ state: 'attached' });
}

/** Minimal RFC 4180 parser (quotes, doubled quotes, newlines in fields) for the data files. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The projects of data/projects.csv, read independently of the app. */
export function projects() {
  return parseCsv(readFileSync(join(ROOT, 'data', 'projects.csv'), 'utf8'));
}

/** Digits of an amount cell as a number, or null for `n.c.`. */
export function amountOf(text) {
  const digits = text.replace(/\D/g, '');
  return /n\.c\./.test(text) || digits === '' ? null : Number(digits);
}

/**
 * Registers before/after hooks that serve dist/ and launch Chromium for a test file.
 * Returns { server, browser, open(path, contextOptions) }, filled once the hooks have run;
 * `open` loads the app at `path` and waits for the table.
 */
export function session() {
  const s = {};
  before(async () => {
    s.server = await serve();
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  s.open = async (path = '', options = {}) => {
    const opened = await openPage(s.browser, options);
    await opened.page.goto(s.server.url + path);
    await ready(opened.page);
    return opened;
  };
  return s;
}

/** How many funded projects a data row stands for (`project_count`, empty meaning 1). */
export function weight(p) {
  return p.project_count === '' ? 1 : Number(p.project_count);
}

/** Projects of a set of rows, a row for several projects counting as that many. */
export function projectCount(rows) {
  return rows.reduce((n, p) => n + weight(p), 0);
}

/** The texts of one column of the project table, found by its header's name. */
export async function column(page, header) {
  return projectsTable(page).evaluate((table, name) => {
    const heads = [...table.tHead.rows[0].cells];
    const index = heads.findIndex((th) => th.textContent.trim().startsWith(name));
    if (index < 0) throw new Error(`no column ${name}`);
    // Amounts show rounded; their exact value is the text read out (and in the tooltip).
    return [...table.tBodies[0].rows]
      .filter((tr) => !tr.hidden && !tr.classList.contains('approximate-heading'))
      .map((tr) => (tr.cells[index].querySelector('.exact') || tr.cells[index]).textContent);
  }, header);
}

/** Text with no-break spaces made plain and runs of white space folded. */
export function plain(s) {
  return s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** French compact amount, written independently of the app: 85,9 M€, 1,25 M€, 500 k€. */
export function compact(n) {
  // Rounded half up on whole units of the last digit shown, then trailing zeros dropped.
  const write = (unit, decimals, suffix) => {
    const step = unit / 10 ** decimals;
    const value = (Math.round(n / step) / 10 ** decimals).toFixed(decimals);
    return `${value.replace(/\.?0+$/, '').replace('.', ',')} ${suffix}`;
  };
  if (n >= 1e9) return write(1e9, 2, 'Md€');
  if (n >= 1e7) return write(1e6, 1, 'M€');
  if (n >= 1e6) return write(1e6, 2, 'M€');
  if (n >= 1e3) return write(1e3, 1, 'k€');
  return `${n} €`;
}

/**
 * A sum as the reader must see it, computed here from the CSV: `85,9 M€` when every amount
 * is known, `≥ 85,9 M€ (1 inconnu)` when some are not, `n.c. (6 inconnus)` when none is.
 */
export function sumText(rows, columnName) {
  const known = rows.filter((p) => p[columnName] !== '');
  const total = known.reduce((s, p) => s + Number(p[columnName]), 0);
  const unknown = projectCount(rows.filter((p) => p[columnName] === ''));
  const note = unknown === 0 ? '' : ` (${unknown} inconnu${unknown > 1 ? 's' : ''})`;
  if (known.length === 0) return `n.c.${note}`;
  return `${unknown ? '≥ ' : ''}${compact(total)}${note}`;
}

/** The described sources of data/sources.csv, by URL. */
export function sources() {
  const rows = parseCsv(readFileSync(join(ROOT, 'data', 'sources.csv'), 'utf8'));
  return new Map(rows.map((s) => [s.url, s]));
}

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** An ISO date as a reader reads it: « 1er juin 2018 », « 12 novembre 2018 », "12 November 2018". */
export function longDate(iso, lang = 'fr') {
  const [y, m, d] = iso.split('-').map(Number);
  const day = lang === 'fr' && d === 1 ? '1er' : String(d);
  return `${day} ${MONTHS[lang][m - 1]} ${y}`;
}

/** A source cited as the reader must see it: « Titre — Éditeur, date » (« s. d. » without date). */
export function citation(source, lang = 'fr') {
  const date = source.published ? longDate(source.published, lang) : (lang === 'fr' ? 's. d.' : 'n.d.');
  return `${source.title} — ${source.publisher}, ${date}`;
}

/**
 * The elements, attributes and texts of the page's #app in order, leaving out comments (they
 * only guide hydration) and the elements matching `skip` with what they hold: what hydration
 * must keep as it is.
 */
export function domStructure(page, skip) {
  return page.evaluate((skip) => {
    const out = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (child.data.trim()) out.push(child.data.trim());
        } else if (child.nodeType === Node.ELEMENT_NODE && !child.matches(skip)) {
          const attributes = [...child.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
          out.push(`<${child.localName} ${attributes}>`);
          walk(child);
        }
      }
    };
    walk(document.getElementById('app'));
    return out;
  }, skip);
}

/** The table's pages (crates/core/src/state.rs): 50 rows, the last taking up to 12 more. */
export const PAGE = { size: 50, slack: 12 };

/** Rows on the table's first page for `n` results. */
export function firstPageRows(n) {
  return n <= PAGE.size + PAGE.slack ? n : PAGE.size;
}
