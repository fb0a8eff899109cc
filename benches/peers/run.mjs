// Side-by-side search benchmark, in one Node process, on the same synthetic projects and the
// same 50 queries: Explorateur FTAP's engine (Rust compiled to wasm, as in the browser) against
// MiniSearch (prefix + fuzzy + AND, accents folded), FlexSearch (forward tokenizer, no typos)
// and Fuse.js (fuzzy; too slow beyond 10k rows to run the 50 queries).
// Prints per-size medians and how many times faster ours is (theirs / ours), and checks that the result sets agree on
// the exact-match queries. Run by `make bench-peers`; sizes with BENCH_SIZES=1000,10000.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { median } from '../stats.mjs';

const require = createRequire(import.meta.url);
const FlexSearch = require('flexsearch');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasm = require(join(ROOT, 'target', 'peers', 'ftap_bench_wasm.js'));

const SIZES = (process.env.BENCH_SIZES || '1000,10000,100000').split(',').map(Number);
const SEED = 42n;
const FIELDS = ['name', 'carrier', 'ministry', 'tags', 'summary'];
const BOOST = { name: 6, carrier: 5, ministry: 4, tags: 3, summary: 2 };
const STOP = new Set(['a', 'au', 'aux', 'avec', 'c', 'ce', 'ces', 'd', 'dans', 'de', 'des', 'du',
  'en', 'et', 'j', 'l', 'la', 'le', 'les', 'leur', 'leurs', 'm', 'n', 'ou', 'par', 'pour', 'qu',
  'que', 'qui', 's', 'sa', 'se', 'ses', 'sur', 't', 'un', 'une']);
const EXACT_QUERIES = 10; // the first ten of synth::QUERIES: complete words, no typo

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
const words = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const time = (f) => {
  const t = process.hrtime.bigint();
  const r = f();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
};
const allowedEdits = (w) => (w.length >= 9 ? 2 : w.length >= 5 ? 1 : 0);

function miniSearch(docs, { prefix, fuzzy }) {
  return time(() => {
    const index = new MiniSearch({
      fields: FIELDS,
      idField: 'id',
      tokenize: (s) => s.split(/[^\p{L}\p{N}]+/u),
      processTerm: (t) => {
        const f = fold(t);
        return f && !STOP.has(f) ? f : null;
      },
    });
    index.addAll(docs);
    const options = (q) => ({
      combineWith: 'AND',
      boost: BOOST,
      prefix: (term, i, terms) => prefix && !q.endsWith(' ') && i === terms.length - 1,
      fuzzy: (term) => (fuzzy ? allowedEdits(term) : 0),
    });
    return (q) => index.search(q.replaceAll('"', ' '), options(q)).map((r) => r.id);
  });
}

function flexSearch(docs, tokenize) {
  return time(() => {
    const index = new FlexSearch.Index({ tokenize, charset: 'latin:simple', filter: [...STOP] });
    docs.forEach((d, i) => index.add(i, FIELDS.map((f) => d[f]).join(' ')));
    return (q) => index.search(q.replaceAll('"', ' '), { limit: docs.length }).map((i) => docs[i].id);
  });
}

function fuse(docs) {
  return time(() => {
    const index = new Fuse(docs, {
      keys: FIELDS.map((name) => ({ name, weight: BOOST[name] })),
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.3,
      useExtendedSearch: true,
    });
    // Extended search: space-separated words must all match (AND), each fuzzily.
    return (q) => index.search(q.replaceAll('"', ' ').trim()).map((r) => r.item.id);
  });
}

function queryTimes(search, queries, repeat) {
  return queries.map((q) => median(Array.from({ length: repeat }, () => time(() => search(q))[0])));
}

const queries = JSON.parse(wasm.queries_json());
// Three significant digits whatever the scale: a fast query never prints as 0.
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));
const rows = [];
let disagreements = 0;

for (const n of SIZES) {
  const docs = JSON.parse(wasm.dataset_json(n, SEED));
  const builds = n >= 100000 ? 3 : 5;
  const repeat = n >= 100000 ? 5 : 15;

  // Ours: index build timed alone (generation is not part of it).
  const ourBuilds = [];
  let engine;
  for (let i = 0; i < builds; i++) {
    engine?.free();
    engine = new wasm.Engine(n, SEED);
    ourBuilds.push(time(() => engine.build_index())[0]);
  }
  const ours = { name: 'Explorateur FTAP (wasm)', build: median(ourBuilds),
    query: median(queryTimes((q) => engine.search(q, false), queries, repeat)) };

  const peers = [];
  const miniBuilds = [];
  let mini;
  for (let i = 0; i < builds; i++) [miniBuilds[i], mini] = miniSearch(docs, { prefix: true, fuzzy: true });
  peers.push({ name: 'MiniSearch 7.2 (prefix+fuzzy+AND)', build: median(miniBuilds),
    query: median(queryTimes(mini, queries, repeat)) });

  const flexBuilds = [];
  let flex;
  for (let i = 0; i < builds; i++) [flexBuilds[i], flex] = flexSearch(docs, 'forward');
  peers.push({ name: 'FlexSearch 0.7 (forward, no typos)', build: median(flexBuilds),
    query: median(queryTimes(flex, queries, repeat)) });

  if (n <= 10000) {
    const [fuseBuild, fz] = fuse(docs);
    peers.push({ name: 'Fuse.js 7.5 (fuzzy)', build: fuseBuild,
      query: median(queryTimes(fz, queries, n <= 1000 ? 5 : 1)) });
  }

  // Agreement on exact-match queries: every engine in its exact configuration.
  const [, miniExact] = miniSearch(docs, { prefix: false, fuzzy: false });
  const [, flexExact] = flexSearch(docs, 'strict');
  for (const q of queries.slice(0, EXACT_QUERIES)) {
    const ourIds = [...engine.search(q, true)].map((i) => docs[i].id).sort();
    for (const [name, search] of [['MiniSearch', miniExact], ['FlexSearch', flexExact]]) {
      const theirs = [...new Set(search(q))].sort();
      if (theirs.join() !== ourIds.join()) {
        disagreements++;
        console.error(`  disagreement at ${n} rows on ${JSON.stringify(q)}: ours ${ourIds.length}, ${name} ${theirs.length}`);
      }
    }
  }
  engine.free();
  rows.push({ n, ours, peers });
  console.error(`done: ${n} rows`);
}

// A time that is not a positive number was not measured: no ratio is printed from it.
let unmeasured = 0;
/** How many times faster ours is than theirs, or a note when either time is no measurement. */
const faster = (theirs, ours) => {
  if (!(theirs > 0 && ours > 0 && Number.isFinite(theirs) && Number.isFinite(ours))) {
    unmeasured += 1;
    return `not measured (${theirs}, ${ours})`;
  }
  return `${fmt(theirs / ours)}×`;
};
console.log('\n| rows | engine | index build (ms, median) | query (ms, median of 50) | ours faster: build | ours faster: query |');
console.log('|---:|---|---:|---:|---:|---:|');
for (const { n, ours, peers } of rows) {
  console.log(`| ${n} | ${ours.name} | ${fmt(ours.build)} | ${fmt(ours.query)} | — | — |`);
  for (const p of peers) {
    console.log(`| ${n} | ${p.name} | ${fmt(p.build)} | ${fmt(p.query)} | ${faster(p.build, ours.build)} | ${faster(p.query, ours.query)} |`);
  }
}
if (unmeasured > 0) console.error(`${unmeasured} time(s) not measured: the run fails`);
console.log(`\nExact-match agreement (${EXACT_QUERIES} queries × ${SIZES.length} sizes × 2 engines): ${disagreements === 0 ? 'all result sets identical' : `${disagreements} disagreement(s)`}`);
console.log(`Node ${process.version}, ${SIZES.join(', ')} rows, seed ${SEED}.`);
process.exitCode = disagreements === 0 && unmeasured === 0 ? 0 : 1;
