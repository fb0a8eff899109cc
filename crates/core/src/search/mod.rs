//! The search engine: an inverted index over the projects' text, queried with exact, prefix
//! and typo-tolerant word matches, every word required (AND), quoted phrases, acronyms, and a
//! ranking that puts exact matches in important fields first.
//!
//! Ranking, most significant first: how each word matched (exact > prefix > typo), the field
//! it matched in (name > acronym/carrier > ministry > theme > summary), a BM25 weight (rare
//! words and short fields count more); ties keep dataset order.

pub mod fuzzy;
pub mod query;

use crate::model::Alias;
use crate::text::{for_each_word, tokenize};
pub use query::{parse, ParsedQuery, Term};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// A searchable field of a document, in decreasing order of weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Project name.
    Name,
    /// Acronyms and their expansions found in the document (see [`Alias`]).
    Alias,
    /// Carrying administration.
    Carrier,
    /// Lead ministry.
    Ministry,
    /// Theme keywords.
    Theme,
    /// Summary.
    Summary,
}

impl Field {
    /// The text fields of a document, in the order of a [`Document`]'s strings.
    pub const TEXT: [Field; 5] = [
        Field::Name,
        Field::Carrier,
        Field::Ministry,
        Field::Theme,
        Field::Summary,
    ];

    fn weight(self) -> u64 {
        match self {
            Field::Name => 6,
            Field::Alias | Field::Carrier => 5,
            Field::Ministry => 4,
            Field::Theme => 3,
            Field::Summary => 2,
        }
    }
}

/// The text of a document, one string per field of [`Field::TEXT`].
pub type Document<'a> = [&'a str; 5];

/// How a word of the query matched a word of the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// Within the allowed number of typos.
    Fuzzy,
    /// The query word starts the indexed word.
    Prefix,
    /// Same word.
    Exact,
}

/// Which engine features are on (all by default; benchmarks compare exact-only modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Match the word being typed as a prefix.
    pub prefix: bool,
    /// Tolerate typos.
    pub fuzzy: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            prefix: true,
            fuzzy: true,
        }
    }
}

/// One occurrence list entry: a document where a word appears. Eight bytes: at a million
/// documents the index holds some ten million of them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Posting {
    doc: u32,
    /// The weight of the most important field the word appears in (top bits, see
    /// [`WEIGHT_SHIFT`]) over its BM25 in the document × 1000: computed once when the index is
    /// built (it depends on the word's document frequency, the occurrences and the document's
    /// length, none of which a query changes), so a query adds integers.
    weighted: u32,
}

/// Documents read before the index sizes its word-id array for all of them.
const SAMPLED_DOCUMENTS: usize = 1024;

/// Where a posting's field weight sits above its BM25 (which stays far below 2^29: BM25 is
/// at most about 40, stored × 1000).
const WEIGHT_SHIFT: u32 = 29;

impl Posting {
    fn new(doc: u32, field: Field, bm25: u32) -> Posting {
        let bm25 = bm25.min((1 << WEIGHT_SHIFT) - 1);
        Posting {
            doc,
            weighted: (field.weight() as u32) << WEIGHT_SHIFT | bm25,
        }
    }

    /// The field weight and the BM25, as the score wants them (weight above bit 32).
    fn score_bits(self) -> u64 {
        let weight = u64::from(self.weighted >> WEIGHT_SHIFT);
        let bm25 = u64::from(self.weighted & ((1 << WEIGHT_SHIFT) - 1));
        (weight << 32) | bm25
    }
}

/// A posting while the index is built, before the word's document frequency is known.
#[derive(Debug, Clone, Copy)]
struct RawPosting {
    doc: u32,
    field: Field,
    /// Occurrences in the document, all fields together (capped).
    tf: u16,
}

/// Where the match kind sits in a word's score (above the field weight and BM25).
const KIND_SHIFT: u32 = 40;

/// A matching document and its relevance score (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Document index.
    pub doc: u32,
    /// Relevance: compare with `>`; equal scores keep document order.
    pub score: u64,
    /// Whether some query word matched this document only with typos (an approximate
    /// result, shown apart from exact and prefix matches).
    pub approximate: bool,
}

/// What a query matched: the hits, and the indexed words each query word matched (for
/// highlighting).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// Matching documents, in no particular order when the query has terms (see [`rank`]),
    /// in document order when it has none.
    pub hits: Vec<Hit>,
    /// How many hits are approximate (typo-only).
    pub approximate_count: usize,
    /// Ids of the indexed words that matched some query word.
    pub matched_words: Vec<u32>,
}

/// What a query has found so far about one document. One record per document rather than
/// one array per field: a posting then touches one cache line, not five.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct DocState {
    /// Generation of the last query that touched the document (the rest is stale otherwise).
    generation: u32,
    /// Query words matched so far.
    matched: u16,
    /// Whether some word so far matched the document only with typos.
    fuzzy: bool,
    /// Best score of the current word.
    word_score: u64,
    /// Sum of the word scores.
    total: u64,
}

/// Reusable per-query buffers, sized to the number of documents.
#[derive(Debug, Clone, Default, PartialEq)]
struct Scratch {
    docs: Vec<DocState>,
    current: u32,
}

/// The inverted index of a set of documents.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchIndex {
    /// Indexed words, sorted (a word's id is its position).
    vocab: Vec<String>,
    /// For each word id, the documents it appears in, in document order.
    postings: Vec<Vec<Posting>>,
    /// Word ids grouped by word length (in bytes), for the typo scan.
    by_length: Vec<Vec<u32>>,
    /// The letter set of each word (see [`fuzzy::letters`]), to rule most words out of the
    /// typo scan at the cost of one comparison.
    letters: Vec<u32>,
    /// Number of documents.
    documents: usize,
    /// Every document's word ids in text order, fields separated by [`FIELD_END`], all
    /// documents end to end; `doc_starts[d]..doc_starts[d + 1]` is document `d`. Phrases are
    /// checked on these integers.
    doc_words: Vec<u32>,
    doc_starts: Vec<u32>,
    scratch: RefCell<Scratch>,
}

/// BM25 inverse document frequency of a word found in `df` of `n` documents.
fn idf(n: usize, df: usize) -> f32 {
    let (n, df) = (n as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// BM25 of a word occurring `tf` times in a document of `len` words, × 1000.
fn bm25(idf: f32, tf: u16, len: u16, avg_len: f32) -> u32 {
    const K1: f32 = 1.2;
    const B: f32 = 0.75;
    let (tf, len) = (f32::from(tf), f32::from(len));
    let bm25 = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / avg_len));
    (bm25 * 1000.0) as u32
}

/// Separates fields in [`SearchIndex::doc_words`], so that a phrase cannot span two fields.
const FIELD_END: u32 = u32::MAX;

/// Whether `needle` occurs as a contiguous run in `haystack`.
fn contains_run<T: PartialEq>(haystack: &[T], needle: &[T]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

impl SearchIndex {
    /// Indexes documents; `aliases` add their other form to every document containing one.
    ///
    /// A document is five strings, borrowed (a [`Document`]) or built for the occasion (an
    /// opened file joins several columns into one field).
    pub fn new<T: AsRef<str>>(
        docs: impl ExactSizeIterator<Item = [T; 5]>,
        aliases: &[Alias],
    ) -> Self {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut raw: Vec<Vec<RawPosting>> = Vec::new();
        let mut intern = |word: &str, raw: &mut Vec<Vec<RawPosting>>| -> u32 {
            if let Some(&id) = ids.get(word) {
                return id;
            }
            let id = u32::try_from(ids.len()).expect("vocabulary fits in u32");
            ids.insert(word.to_owned(), id);
            raw.push(Vec::new());
            id
        };
        // Acronyms as word-id sequences, so documents are matched against them by integers.
        let mut alias_ids: Vec<(Vec<u32>, Vec<u32>)> = Vec::new();
        for alias in aliases {
            let mut short = Vec::new();
            let mut long = Vec::new();
            for_each_word(&alias.short, |w| short.push(intern(w, &mut raw)));
            for_each_word(&alias.long, |w| long.push(intern(w, &mut raw)));
            if !short.is_empty() && !long.is_empty() {
                alias_ids.push((short, long));
            }
        }
        let documents = docs.len();
        let mut doc_len = Vec::with_capacity(documents);
        let mut doc_words: Vec<u32> = Vec::new();
        let mut doc_starts: Vec<u32> = vec![0];
        let mut per_doc: FxHashMap<u32, (Field, u16)> = FxHashMap::default();
        let mut field_words: Vec<Vec<u32>> = vec![Vec::new(); Field::TEXT.len()];
        for (doc, fields) in docs.enumerate() {
            // The word ids of every document are the index's largest array: sized once from
            // the first documents, rather than doubled (a wasm memory keeps its peak).
            if doc == SAMPLED_DOCUMENTS && documents > 2 * SAMPLED_DOCUMENTS {
                let expected = doc_words.len() / SAMPLED_DOCUMENTS * documents / 10 * 11;
                doc_words.reserve(expected.saturating_sub(doc_words.len()));
            }
            let doc = u32::try_from(doc).expect("fewer than 4 billion documents");
            per_doc.clear();
            let mut length = 0usize;
            let add = |id: u32, field: Field, per_doc: &mut FxHashMap<u32, (Field, u16)>| {
                let entry = per_doc.entry(id).or_insert((field, 0));
                entry.0 = entry.0.min(field);
                entry.1 = entry.1.saturating_add(1);
            };
            for ((text, field), words) in fields.iter().zip(Field::TEXT).zip(&mut field_words) {
                words.clear();
                for_each_word(text.as_ref(), |w| words.push(intern(w, &mut raw)));
                length += words.len();
                for &id in words.iter() {
                    add(id, field, &mut per_doc);
                }
            }
            for (short, long) in &alias_ids {
                // Cheap test first: every word of the run is somewhere in the document.
                let has = |run: &[u32]| {
                    run.iter().all(|id| per_doc.contains_key(id))
                        && field_words.iter().any(|f| contains_run(f, run))
                };
                let other = if has(short) {
                    Some(long)
                } else if has(long) {
                    Some(short)
                } else {
                    None
                };
                for &id in other.into_iter().flatten() {
                    add(id, Field::Alias, &mut per_doc);
                }
            }
            doc_len.push(u16::try_from(length).unwrap_or(u16::MAX));
            for words in &field_words {
                doc_words.extend_from_slice(words);
                doc_words.push(FIELD_END);
            }
            doc_starts.push(u32::try_from(doc_words.len()).expect("index under 4 billion words"));
            for (&id, &(field, tf)) in &per_doc {
                raw[id as usize].push(RawPosting { doc, field, tf });
            }
        }
        // Renumber words in sorted order so prefixes are contiguous ranges; words that only
        // occur in acronyms no document contains are dropped.
        let mut vocab: Vec<(String, u32)> = ids
            .into_iter()
            .filter(|(_, id)| !raw[*id as usize].is_empty())
            .collect();
        vocab.sort_unstable();
        let mut postings = Vec::with_capacity(vocab.len());
        let mut by_length: Vec<Vec<u32>> = Vec::new();
        let mut renumber = vec![FIELD_END; raw.len()];
        for (new_id, (_, old)) in vocab.iter().enumerate() {
            renumber[*old as usize] = new_id as u32;
        }
        for id in &mut doc_words {
            if *id != FIELD_END {
                *id = renumber[*id as usize];
            }
        }
        let total: usize = doc_len.iter().map(|&l| usize::from(l)).sum();
        let avg_len = if doc_len.is_empty() {
            1.0
        } else {
            (total as f32 / doc_len.len() as f32).max(1.0)
        };
        let documents = doc_len.len();
        for (new_id, (word, old)) in vocab.iter().enumerate() {
            let mut list = std::mem::take(&mut raw[*old as usize]);
            list.sort_unstable_by_key(|p| p.doc);
            let idf = idf(documents, list.len());
            postings.push(
                list.into_iter()
                    .map(|p| {
                        Posting::new(
                            p.doc,
                            p.field,
                            bm25(idf, p.tf, doc_len[p.doc as usize], avg_len),
                        )
                    })
                    .collect(),
            );
            if by_length.len() <= word.len() {
                by_length.resize(word.len() + 1, Vec::new());
            }
            by_length[word.len()].push(u32::try_from(new_id).expect("vocabulary fits in u32"));
        }
        SearchIndex {
            letters: vocab
                .iter()
                .map(|(w, _)| fuzzy::letters(w.as_bytes()))
                .collect(),
            vocab: vocab.into_iter().map(|(w, _)| w).collect(),
            postings,
            by_length,
            documents,
            doc_words,
            doc_starts,
            scratch: RefCell::new(Scratch::default()),
        }
    }

    /// Number of indexed documents.
    pub fn len(&self) -> usize {
        self.documents
    }

    /// Whether no document is indexed.
    pub fn is_empty(&self) -> bool {
        self.documents == 0
    }

    /// The id of an indexed word.
    pub fn word_id(&self, word: &str) -> Option<u32> {
        self.vocab
            .binary_search_by(|w| w.as_str().cmp(word))
            .ok()
            .and_then(|i| u32::try_from(i).ok())
    }

    /// Indexed words matching a query term, with how they match.
    fn candidates(&self, term: &Term, options: Options) -> Vec<(u32, MatchKind)> {
        let mut found: Vec<(u32, MatchKind)> = Vec::new();
        let word = term.word.as_str();
        if term.prefix && options.prefix {
            let start = self.vocab.partition_point(|w| w.as_str() < word);
            for (i, w) in self.vocab[start..].iter().enumerate() {
                if !w.starts_with(word) {
                    break;
                }
                let kind = if w == word {
                    MatchKind::Exact
                } else {
                    MatchKind::Prefix
                };
                found.push(((start + i) as u32, kind));
            }
        } else if let Some(id) = self.word_id(word) {
            found.push((id, MatchKind::Exact));
        }
        let edits = if options.fuzzy {
            fuzzy::allowed_edits(word.chars().count())
        } else {
            0
        };
        if edits > 0 {
            let len = word.len();
            let lengths = len.saturating_sub(usize::from(edits))..=len + usize::from(edits);
            let letters = fuzzy::letters(word.as_bytes());
            for l in lengths {
                for &id in self.by_length.get(l).map(Vec::as_slice).unwrap_or(&[]) {
                    if !fuzzy::may_be_within(letters, self.letters[id as usize], edits) {
                        continue;
                    }
                    let candidate = self.vocab[id as usize].as_bytes();
                    if fuzzy::within(word.as_bytes(), candidate, edits).is_some()
                        && !found.iter().any(|&(f, _)| f == id)
                    {
                        found.push((id, MatchKind::Fuzzy));
                    }
                }
            }
        }
        found
    }

    fn score(kind: MatchKind, posting: Posting) -> u64 {
        let kind_rank = match kind {
            MatchKind::Exact => 2,
            MatchKind::Prefix => 1,
            MatchKind::Fuzzy => 0,
        };
        // Kind, then field, then BM25: each level dominates everything below it.
        (kind_rank << KIND_SHIFT) | posting.score_bits()
    }

    /// Whether document `doc` contains `phrase` (word ids) contiguously within one field.
    fn has_phrase(&self, doc: usize, phrase: &[u32]) -> bool {
        let words =
            &self.doc_words[self.doc_starts[doc] as usize..self.doc_starts[doc + 1] as usize];
        contains_run(words, phrase)
    }

    /// Runs a query. Every term must match somewhere (AND), every phrase contiguously in one
    /// field. An empty query matches all.
    pub fn search(&self, query: &ParsedQuery, options: Options) -> Outcome {
        let n = self.len();
        // A phrase with a word absent from the index matches nothing.
        let phrases: Option<Vec<Vec<u32>>> = query
            .phrases
            .iter()
            .map(|p| p.iter().map(|w| self.word_id(w)).collect())
            .collect();
        let Some(phrases) = phrases else {
            return Outcome::default();
        };
        let phrase_ok = |d: usize| phrases.iter().all(|p| self.has_phrase(d, p));
        if query.terms.is_empty() {
            let hits = (0..n)
                .filter(|&d| phrase_ok(d))
                .map(|d| Hit {
                    doc: d as u32,
                    score: 0,
                    approximate: false,
                })
                .collect();
            return Outcome {
                hits,
                approximate_count: 0,
                matched_words: Vec::new(),
            };
        }
        let mut guard = self.scratch.borrow_mut();
        let s = &mut *guard;
        if s.docs.len() != n {
            *s = Scratch {
                docs: vec![DocState::default(); n],
                current: 0,
            };
        }
        s.current = s.current.wrapping_add(1);
        if s.current == 0 {
            s.docs.fill(DocState::default());
            s.current = 1;
        }
        let generation = s.current;
        let mut matched_words = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        let mut survivors: Vec<u32> = Vec::new();
        for (i, term) in query.terms.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            touched.clear();
            for (word, kind) in self.candidates(term, options) {
                matched_words.push(word);
                let list = &self.postings[word as usize];
                for &posting in list {
                    let state = &mut s.docs[posting.doc as usize];
                    let seen = state.generation == generation;
                    let so_far = if seen { state.matched } else { 0 };
                    if so_far < i {
                        continue; // missed an earlier word: cannot match them all
                    }
                    let score = Self::score(kind, posting);
                    if so_far == i {
                        if !seen {
                            *state = DocState {
                                generation,
                                ..DocState::default()
                            };
                        }
                        state.matched = i + 1;
                        state.word_score = score;
                        touched.push(posting.doc);
                    } else if score > state.word_score {
                        state.word_score = score;
                    }
                }
            }
            for &d in &touched {
                let state = &mut s.docs[d as usize];
                state.total += state.word_score;
                // The match kind is the top bits of a word score: 0 is a typo-only match.
                state.fuzzy |= state.word_score >> KIND_SHIFT == 0;
            }
            std::mem::swap(&mut survivors, &mut touched);
            if survivors.is_empty() {
                break;
            }
        }
        let hits: Vec<Hit> = survivors
            .into_iter()
            .filter(|&d| phrase_ok(d as usize))
            .map(|d| Hit {
                doc: d,
                score: s.docs[d as usize].total,
                approximate: s.docs[d as usize].fuzzy,
            })
            .collect();
        matched_words.sort_unstable();
        matched_words.dedup();
        Outcome {
            approximate_count: hits.iter().filter(|h| h.approximate).count(),
            hits,
            matched_words,
        }
    }

    /// Byte ranges of `text` whose words are among `matched_words` (sorted), to highlight.
    pub fn highlights(&self, text: &str, matched_words: &[u32]) -> Vec<std::ops::Range<usize>> {
        if matched_words.is_empty() {
            return Vec::new();
        }
        tokenize(text)
            .into_iter()
            .filter(|t| {
                self.word_id(&t.folded)
                    .is_some_and(|id| matched_words.binary_search(&id).is_ok())
            })
            .map(|t| t.start..t.end)
            .collect()
    }
}

/// Bits of the document in a relevance key.
const KEY_DOC_BITS: u32 = 20;
/// Bits of the score in a relevance key: scores stay far below 2^43 unless a query has dozens
/// of words.
const KEY_SCORE_BITS: u32 = 63 - KEY_DOC_BITS;

/// Relevance order in 63 bits, smaller first: higher score, then lower document (file order);
/// `None` when the score or the document does not fit (more than 2^20 documents). The one
/// definition of "best first", for [`rank`] and for the display order of a view.
pub fn relevance_key(score: u64, doc: usize) -> Option<u64> {
    (score >> KEY_SCORE_BITS == 0 && doc >> KEY_DOC_BITS == 0)
        .then(|| (((1u64 << KEY_SCORE_BITS) - 1 - score) << KEY_DOC_BITS) | doc as u64)
}

/// Orders hits best first; equal scores keep document order.
pub fn rank(hits: &mut [Hit]) {
    // Each hit as one 64-bit key: its relevance key over the typo flag (which never breaks a
    // tie: documents differ), radix-sorted: wasm has no 128-bit integers, and sorting without
    // comparing is faster.
    let keys: Option<Vec<u64>> = hits
        .iter()
        .map(|h| Some(relevance_key(h.score, h.doc as usize)? << 1 | u64::from(h.approximate)))
        .collect();
    let Some(mut keys) = keys else {
        hits.sort_by_cached_key(|h| (u128::from(u64::MAX - h.score) << 32) | u128::from(h.doc));
        return;
    };
    radix_sort(&mut keys);
    let top = (1u64 << KEY_SCORE_BITS) - 1;
    for (hit, key) in hits.iter_mut().zip(keys) {
        let relevance = key >> 1;
        *hit = Hit {
            doc: (relevance & ((1 << KEY_DOC_BITS) - 1)) as u32,
            score: top - (relevance >> KEY_DOC_BITS),
            approximate: key & 1 == 1,
        };
    }
}

/// Sorts integers in place, least significant byte first, skipping the bytes every value shares.
fn radix_sort(values: &mut Vec<u64>) {
    let (all_or, all_and) = values
        .iter()
        .fold((0u64, u64::MAX), |(o, a), &v| (o | v, a & v));
    let varying = all_or ^ all_and;
    let mut buffer = vec![0u64; values.len()];
    for shift in (0..64).step_by(8) {
        if (varying >> shift) & 0xff == 0 {
            continue;
        }
        let mut counts = [0usize; 257];
        for &v in values.iter() {
            counts[((v >> shift) & 0xff) as usize + 1] += 1;
        }
        for b in 0..256 {
            counts[b + 1] += counts[b];
        }
        for &v in values.iter() {
            let slot = &mut counts[((v >> shift) & 0xff) as usize];
            buffer[*slot] = v;
            *slot += 1;
        }
        std::mem::swap(values, &mut buffer);
    }
}

#[cfg(test)]
mod tests;
