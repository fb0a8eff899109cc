// Writes sw.js for a built site: every file of the build with the integrity hash the page uses
// for it, and a version derived from all of them. Run by scripts/postbuild.mjs, or by hand on
// a built folder (`node scripts/web/service-worker.mjs dist`), as the browser tests do to make
// a second deployment.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The Subresource Integrity value of some content. */
export const sri = (content) => `sha384-${createHash('sha384').update(content).digest('base64')}`;

/** A short content hash, for file and cache names. */
export const short = (content) => createHash('sha256').update(content).digest('hex').slice(0, 16);

/** `text`'s lines trimmed, without the blank ones and those `dropped` says to leave out. */
const trimmedLines = (text, dropped = () => false) => text
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !dropped(line))
  .join('\n') + '\n';

/**
 * The shipped form of our own scripts: whole-line comments and indentation removed (they
 * explain the source in scripts/web/, and would only weigh on every reader's first load).
 */
export const shipped = (source) => trimmedLines(source, (line) => line.startsWith('//') || line.startsWith('*') || line.startsWith('/**'));

/**
 * The shipped form of our stylesheets: comments removed, then indentation and blank lines.
 * A quote opens a string only outside a comment (the comments say « the State's »), and a
 * comment mark inside a string is text.
 */
export function shippedStyle(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('stylesheet: a comment is not closed');
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      if (j >= css.length) throw new Error('stylesheet: a string is not closed');
      out += css.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return trimmedLines(out);
}

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
function files(dir, root = dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, root);
    return [relative(root, path).split(sep).join('/')];
  });
}

/** Writes `dir`/sw.js and returns the cache version. */
export function writeServiceWorker(dir) {
  const assets = {};
  const later = {};
  // The projects' own pages are fetched when asked for, not stored in advance (offline, the
  // explorer's page opens instead).
  for (const file of files(dir).filter((f) => f !== 'sw.js' && !f.startsWith('projets/'))) {
    const integrity = sri(readFileSync(join(dir, file)));
    // The app that explores a reader's file, its style, its worker and the example files are
    // fetched only when a file is opened; the service worker then keeps them (checked) for
    // offline use.
    if (/^(open-(app|worker)|own-data\.css)/.test(file) || file.startsWith('examples/')) {
      later[`./${file}`] = integrity;
      continue;
    }
    assets[`./${file}`] = integrity;
    // A folder's page is also asked for by the folder's own address.
    if (file === 'index.html' || file.endsWith('/index.html')) {
      assets[`./${file.slice(0, -'index.html'.length)}`] = integrity;
    }
  }
  const version = short(JSON.stringify([assets, later]));
  const template = shipped(readFileSync(join(HERE, 'sw.js'), 'utf8'));
  const worker = `// Generated from scripts/web/sw.js: build ${version}.\n${template}`
    .replace('/*ASSETS*/', JSON.stringify(assets))
    .replace('/*LATER*/', JSON.stringify(later))
    .replace('/*VERSION*/', version);
  writeFileSync(join(dir, 'sw.js'), worker);
  return { version, count: Object.keys(assets).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/web/service-worker.mjs DIR');
  const { version, count } = writeServiceWorker(dir);
  console.log(`sw.js: ${count} entries, version ${version}`);
}
