// Trunk post-build step for release builds: hardens the page and makes it work offline.
//
// 1. Replaces Trunk's inline start-up script by two external files with integrity hashes (so
//    the Content Security Policy needs no inline script): scripts/web/guard.js, which turns any
//    failed start into one clean retry and then a message, and scripts/web/loader.js, which
//    refuses foreign frames, starts the app with its wasm checked, and registers the worker.
// 2. Adds a Content-Security-Policy <meta>: own origin only, Trusted Types enforced.
// 3. Writes sw.js (scripts/web/service-worker.mjs).
//
// Debug builds (`trunk serve`) are left untouched: Trunk's live-reload script is inline, and a
// service worker would get in the way while developing.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sri, short, shipped, writeServiceWorker } from './web/service-worker.mjs';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk hook');
const web = join(dirname(fileURLToPath(import.meta.url)), 'web');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('index.html: Trunk start-up script not found');
const js = inline[1].match(/from '(\.\/[^']+\.js)'/)?.[1];
const wasm = inline[1].match(/'(\.\/[^']+_bg\.wasm)'/)?.[1];
if (!js || !wasm) throw new Error('index.html: cannot find the app js/wasm in the start-up script');

// The home view, rendered by the app's own components natively (src/bin/prerender.rs), in
// place of the loading message: the page is readable before the wasm starts, and without it.
// Only for the explorer itself: another page built with this hook (the synthetic-data
// benchmark) starts from its own data.
if (/^\.\/explorateur-ftap-[0-9a-f]+\.js$/.test(js)) {
  const prerendered = execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--bin', 'prerender'], {
    cwd: join(web, '..', '..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  const shell = /<div id="app">[\s\S]*?<\/div>/;
  if (!shell.test(html)) throw new Error('index.html: <div id="app"> not found');
  html = html.replace(shell, () => `<div id="app">${prerendered}</div>`);
}

/** Writes `content` as `<stem>-<hash>.js` in the build and returns its tag. */
function script(stem, source, module) {
  const content = `// Generated from scripts/web/${stem}.js.\n${shipped(source)}`;
  const name = `${stem}-${short(content)}.js`;
  writeFileSync(join(dir, name), content);
  const type = module ? ' type="module"' : '';
  return { name, tag: `<script${type} src="./${name}" integrity="${sri(content)}" crossorigin="anonymous"></script>` };
}

const guard = script('guard', readFileSync(join(web, 'guard.js'), 'utf8'), false);
const loader = script(
  'loader',
  readFileSync(join(web, 'loader.js'), 'utf8')
    .replace('APP_JS', js)
    .replace('APP_WASM', wasm)
    .replace('WASM_INTEGRITY', sri(readFileSync(join(dir, wasm)))),
  true,
);
// The guard is a classic script: it runs, and listens for failures, before anything loads.
html = html.replace(inline[0], `${guard.tag}\n  ${loader.tag}`);

const csp = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types ftap',
].join('; ');
html = html.replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`,
);
writeFileSync(htmlPath, html);

const { version, count } = writeServiceWorker(dir);
console.log(`postbuild: ${guard.name}, ${loader.name}, CSP, sw.js (${count} entries, build ${version})`);
