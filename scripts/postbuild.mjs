// Trunk post-build step for release builds: hardens the page and makes it work offline.
//
// 1. Replaces Trunk's inline start-up script by three scripts of scripts/web/: boot.js, the
//    marks the first paint needs (inline in the head); guard.js, which turns any failed start
//    into one clean retry and then a message; and loader.js (an external module with its
//    integrity hash), which refuses foreign frames, starts the app with its wasm checked
//    (fetched once the page is drawn: Trunk's wasm preload is removed), and registers the
//    worker. The guard and the loader come after the page's content. The inline scripts are
//    allowed by their hashes in the Content Security Policy, which allows no other.
// 2. Adds a Content-Security-Policy <meta>: own origin only, Trusted Types enforced.
// 3. Writes sw.js (scripts/web/service-worker.mjs).
//
// Debug builds (`trunk serve`) are left untouched: Trunk's live-reload script is inline, and a
// service worker would get in the way while developing.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sri, short, shipped, shippedStyle, writeServiceWorker } from './web/service-worker.mjs';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk hook');
const web = join(dirname(fileURLToPath(import.meta.url)), 'web');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// The stylesheets' comments explain them to whoever reads assets/; a reader's browser has no
// use for them (about a quarter of the page's stylesheet once compressed). Done before the
// integrity hashes are taken below, and before sw.js lists the files.
for (const file of readdirSync(dir).filter((name) => name.endsWith('.css'))) {
  writeFileSync(join(dir, file), shippedStyle(readFileSync(join(dir, file), 'utf8')));
}

// Trunk builds the page's wasm binaries side by side, and each one copies the shared
// wasm-bindgen snippets folder into the build and hashes what it finds there: one may hash a
// snippet while another is rewriting it, and record the hash of an empty file (seen once in
// a fresh build: the browser then refuses the app's module and the app never starts). Every
// integrity attribute Trunk wrote is taken again from the file as it ended up.
html = html.replace(/(<link\b[^>]*\bhref="\.\/([^"]+)"[^>]*\bintegrity=")([^"]+)(")/g, (_, start, file, written, end) => {
  const content = readFileSync(join(dir, file));
  if (content.length === 0) throw new Error(`${file}: empty in the build`);
  const actual = sri(content);
  if (actual !== written) console.log(`postbuild: ${file}: integrity taken again from the file (Trunk hashed it mid-copy)`);
  return start + actual + end;
});

const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('index.html: Trunk start-up script not found');
const js = inline[1].match(/from '(\.\/[^']+\.js)'/)?.[1];
const wasm = inline[1].match(/'(\.\/[^']+_bg\.wasm)'/)?.[1];
if (!js || !wasm) throw new Error('index.html: cannot find the app js/wasm in the start-up script');

// The pages, rendered by the app's own components natively (src/bin/prerender.rs): the home
// view in place of the loading message, and a page per project (its detail open) under
// projets/<id>/. They are readable before the wasm starts, and without it. Only for the
// explorer itself: another page built with this hook (the synthetic-data benchmark) starts
// from its own data.
const APP = '<div id="app"><!--prerendered--></div>';
let pages = [];
if (/^\.\/explorateur-ftap-[0-9a-f]+\.js$/.test(js)) {
  pages = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--profile', 'prerender', '--bin', 'prerender'], {
    cwd: join(web, '..', '..'),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  }));
  const shell = /<div id="app">[\s\S]*?<\/div>/;
  if (!shell.test(html)) throw new Error('index.html: <div id="app"> not found');
  html = html.replace(shell, APP);
}

/** Writes `content` as the module `<stem>-<hash>.js` in the build and returns its tag. */
function moduleScript(stem, source) {
  const content = `// Generated from scripts/web/${stem}.js.\n${shipped(source)}`;
  const name = `${stem}-${short(content)}.js`;
  writeFileSync(join(dir, name), content);
  return { name, tag: `<script type="module" src="./${name}" integrity="${sri(content)}" crossorigin="anonymous"></script>` };
}

/** `stem`.js of scripts/web/ as an inline script, allowed by its hash in the CSP. */
function inlineScript(stem) {
  const content = `// From scripts/web/${stem}.js.\n${shipped(readFileSync(join(web, `${stem}.js`), 'utf8'))}`;
  if (content.includes('</')) throw new Error(`${stem}.js: "</" cannot appear in an inline script`);
  return { tag: `<script>${content}</script>`, hash: sri(content) };
}

// Nothing on the way to the first project row waits for a request: the boot marks are inline
// in the head (the first paint needs them), and the guard, the app's module preload and the
// loader come after the content, the guard first so that it hears any failure of the others.
const boot = inlineScript('boot');
const guard = inlineScript('guard');
const loader = moduleScript(
  'loader',
  readFileSync(join(web, 'loader.js'), 'utf8')
    .replaceAll('APP_JS', js)
    .replaceAll('APP_WASM', wasm)
    .replaceAll('WASM_INTEGRITY', sri(readFileSync(join(dir, wasm)))),
);
const modulePreload = new RegExp(`\\s*(<link rel="modulepreload" href="${js.replace(/[.]/g, '\\.')}"[^>]*>)`);
const preloadTag = html.match(modulePreload)?.[1];
if (!preloadTag) throw new Error('index.html: the module preload Trunk writes was not found');
html = html.replace(modulePreload, '').replace(inline[0], boot.tag);
if (!html.includes('</body>')) throw new Error('index.html: no </body>');
html = html.replace('</body>', () => `  ${guard.tag}\n  ${preloadTag}\n  ${loader.tag}\n</body>`);
// The loader fetches the wasm once the page is drawn: Trunk's preload would download it
// during the first paint, competing with the page for the bandwidth.
const preload = /\s*<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>/;
if (!preload.test(html)) throw new Error('index.html: the wasm preload Trunk writes was not found');
html = html.replace(preload, '');

// The comments of index.html explain its Trunk links to whoever builds it: a reader's browser
// has no use for them (the app's hydration marks come with the prerendered pages, later).
html = html.replace(/\n\s*<!-- [\s\S]*? -->/g, '').replace(/\n\s*\n/g, '\n');

const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' '${boot.hash}' '${guard.hash}'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  // A project's page sets its base to the explorer's folder (see below).
  "base-uri 'self'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  // `default` lets the worker that opens a reader's file start (see loader.js).
  'trusted-types ftap default',
].join('; ');
html = html.replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`,
);

/** Text made safe inside an HTML attribute or element. */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The page with `content` in #app. */
const withApp = (page, content) => page.replace(APP, () => `<div id="app">${content}</div>`);

const [home, ...projects] = pages;
// A prerender built with debug assertions names each component in its hydration marks: bytes
// the reader downloads and the hydration never reads (see the prerender profile in Cargo.toml).
const named = pages.find((page) => /<!--<\/?\[[^\]]/.test(page.html));
if (named) throw new Error(`prerendered page ${named.id || '(home)'}: component names in the hydration marks`);
writeFileSync(htmlPath, home ? withApp(html, home.html) : html);
for (const project of projects) {
  // Every relative address of the page (files, the worker, links) resolves against the
  // explorer's folder, two levels up, under whatever path the site is served.
  let page = html
    .replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, '$1\n  <base href="../../">')
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(project.title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*/, (_, start) => start + escape(project.description))
    .replace(/(<meta property="og:title" content=")[^"]*/, (_, start) => start + escape(project.title))
    .replace(/(<meta property="og:description" content=")[^"]*/, (_, start) => start + escape(project.description))
    .replace('<meta property="og:type" content="website">', '<meta property="og:type" content="article">');
  if (!page.includes('<base href="../../">')) throw new Error('project page: no place for <base>');
  page = withApp(page, project.html);
  const folder = join(dir, 'projets', project.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), page);
}

const { version, count } = writeServiceWorker(dir);
console.log(`postbuild: inline boot and guard, ${loader.name}, CSP, ${projects.length} project pages, sw.js (${count} entries, build ${version})`);
