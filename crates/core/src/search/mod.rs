//! The search engine: an inverted index over the projects' text, queried with exact, prefix
//! and typo-tolerant word matches, every word required (AND), quoted phrases, acronyms, and a
//! ranking that puts exact matches in important fields first.
//!
//! Ranking, most significant first: how each word matched (exact > prefix > typo), the field
//! it matched in (name > acronym/carrier > ministry > theme > summary), a BM25 weight (rare
//! words and short fields count more); ties keep dataset order.

mod build;
pub mod fuzzy;
pub mod query;
mod words;

use crate::text::{for_each_word, tokenize};
use build::{contains_run, entry, WORD_MASK};
pub use query::{parse, ParsedQuery, Term};
use std::cell::RefCell;
use words::Words;

/// A searchable field of a document, in decreasing order of weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Project name.
    Name,
    /// Acronyms and their expansions found in the document (see [`Alias`](crate::model::Alias)).
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

/// The documents an index is built from and checks phrases against. A document is the five
/// fields of [`Field::TEXT`], each given as one or more pieces of text read one after the
/// other (a file's row gives the cells of several columns as one field, with no string built
/// to join them).
pub trait Corpus {
    /// Number of documents.
    fn documents(&self) -> usize;
    /// Calls `piece` with each piece of document `doc`'s text and the position of its field
    /// in [`Field::TEXT`], in order: a field's pieces one after the other, fields in order.
    fn visit(&self, doc: usize, piece: impl FnMut(usize, &str));
}

impl<T: AsRef<str>> Corpus for [[T; 5]] {
    fn documents(&self) -> usize {
        self.len()
    }

    fn visit(&self, doc: usize, mut piece: impl FnMut(usize, &str)) {
        for (position, text) in self[doc].iter().enumerate() {
            piece(position, text.as_ref());
        }
    }
}

/// Where a phrase query finds each document's words in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Positions {
    /// Kept in the index, four bytes a word: a phrase is checked on integers, and the index is
    /// built reading the documents once.
    Kept,
    /// Read again from the corpus: the index is about a third smaller, its build reads the
    /// documents twice, and a phrase is checked by reading its candidate documents again
    /// (for a reader's own file, whose size is what a browser tab can hold).
    Reread,
}

/// Each document's words in text order, each with its field (see [`build::entry`]), all
/// documents end to end: `starts[d]..starts[d + 1]` is document `d`.
#[derive(Debug, Clone, PartialEq)]
struct Kept {
    words: Vec<u32>,
    starts: Vec<u32>,
}

impl Kept {
    /// Document `doc`'s entries.
    fn segment(&self, doc: usize) -> &[u32] {
        &self.words[self.starts[doc] as usize..self.starts[doc + 1] as usize]
    }
}

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

/// Where a posting's field weight sits above its BM25 (which stays far below 2^29: BM25 is
/// at most about 40, stored × 1000).
const WEIGHT_SHIFT: u32 = 29;

/// The BM25 bits of [`Posting::weighted`].
const BM25_MASK: u32 = (1 << WEIGHT_SHIFT) - 1;

impl Posting {
    fn new(doc: u32, field: Field, bm25: u32) -> Posting {
        let bm25 = bm25.min(BM25_MASK);
        Posting {
            doc,
            weighted: (field.weight() as u32) << WEIGHT_SHIFT | bm25,
        }
    }

    /// The field weight and the BM25, as the score wants them (weight above bit 32).
    fn score_bits(self) -> u64 {
        let weight = u64::from(self.weighted >> WEIGHT_SHIFT);
        let bm25 = u64::from(self.weighted & BM25_MASK);
        (weight << 32) | bm25
    }
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

/// What a query has found so far about one document.
#[derive(Debug, Clone, Copy, PartialEq)]
struct DocState {
    /// The document.
    doc: u32,
    /// Query words matched so far.
    matched: u16,
    /// Whether some word so far matched the document only with typos.
    fuzzy: bool,
    /// Best score of the current word.
    word_score: u64,
    /// Sum of the word scores.
    total: u64,
}

/// Reusable per-query buffers: a sparse set of the documents the first word matched.
/// `found` holds their states end to end, in the order they were found; `slots[d]` is the
/// position of document `d`'s, trusted only when the state there names `d` back, so neither
/// needs clearing between queries. A posting then reads four bytes a document in `slots`
/// (400 kB at 100 000 documents, which stays in cache) instead of a whole state in an array
/// of them all, and the states a query touches lie together.
#[derive(Debug, Clone, Default, PartialEq)]
struct Scratch {
    slots: Vec<u32>,
    found: Vec<DocState>,
}

/// The inverted index of a set of documents.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchIndex {
    /// Indexed words, sorted (a word's id is its position).
    words: Words,
    /// Every word's postings end to end, each word's in document order: word `w`'s are
    /// `postings[posting_ends[w - 1]..posting_ends[w]]` (one array, not one per word: a
    /// million words seen once would cost more in allocations than in postings).
    postings: Vec<Posting>,
    posting_ends: Vec<u32>,
    /// Word ids grouped by word length (in bytes), for the typo scan.
    by_length: Vec<Vec<u32>>,
    /// The letter set of each word (see [`fuzzy::letters`]), to rule most words out of the
    /// typo scan at the cost of one comparison.
    letters: Vec<u32>,
    /// Number of documents.
    documents: usize,
    /// Every document's words in text order, if kept (see [`Positions`]).
    kept: Option<Kept>,
    scratch: RefCell<Scratch>,
}

impl SearchIndex {
    /// The postings of word `word`.
    fn postings_of(&self, word: u32) -> &[Posting] {
        let w = word as usize;
        let start = if w == 0 { 0 } else { self.posting_ends[w - 1] };
        &self.postings[start as usize..self.posting_ends[w] as usize]
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
        self.words.find(word)
    }

    /// Indexed words matching a query term, with how they match.
    fn candidates(&self, term: &Term, options: Options) -> Vec<(u32, MatchKind)> {
        let mut found: Vec<(u32, MatchKind)> = Vec::new();
        let word = term.word.as_str();
        if term.prefix && options.prefix {
            let start = self.words.first_from(word) as u32;
            for id in start..self.words.len() as u32 {
                let w = self.words.get(id);
                if !w.starts_with(word) {
                    break;
                }
                let kind = if w == word {
                    MatchKind::Exact
                } else {
                    MatchKind::Prefix
                };
                found.push((id, kind));
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
                    let candidate = self.words.get(id).as_bytes();
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

    /// Whether document `doc` contains each of `phrases` (word numbers) contiguously within
    /// one field. Read again (see [`Positions::Reread`]), its words go through `buffer`, as
    /// their numbers when `words` (each phrase word and its number) holds them.
    fn has_phrases<C: Corpus + ?Sized>(
        &self,
        corpus: &C,
        doc: usize,
        phrases: &[Vec<u32>],
        words: &[(&str, u32)],
        buffer: &mut Vec<u32>,
    ) -> bool {
        if phrases.is_empty() {
            return true;
        }
        let entries = match &self.kept {
            Some(kept) => kept.segment(doc),
            None => {
                buffer.clear();
                corpus.visit(doc, |position, text| {
                    for_each_word(text, |w| {
                        let id = words.iter().find(|(word, _)| *word == w);
                        // WORD_MASK: a number no phrase holds.
                        buffer.push(entry(position, id.map_or(WORD_MASK, |&(_, id)| id)));
                    });
                });
                &buffer[..]
            }
        };
        phrases.iter().all(|p| contains_run(entries, p))
    }

    /// Makes the room a query needs (a few bytes a document), if not yet made: done by the
    /// first query otherwise, which would be slower than the next ones by that much.
    pub fn prepare_queries(&self) {
        let mut scratch = self.scratch.borrow_mut();
        if scratch.slots.len() != self.documents {
            scratch.slots = vec![0; self.documents];
        }
    }

    /// Runs a query on the index of `corpus`. Every term must match somewhere (AND), every
    /// phrase contiguously in one field. An empty query matches all.
    pub fn search<C: Corpus + ?Sized>(
        &self,
        corpus: &C,
        query: &ParsedQuery,
        options: Options,
    ) -> Outcome {
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
        let mut phrase_words: Vec<(&str, u32)> = Vec::new();
        for &id in phrases.iter().flatten() {
            phrase_words.push((self.words.get(id), id));
        }
        let mut buffer = Vec::new();
        let mut phrase_ok =
            |d: usize| self.has_phrases(corpus, d, &phrases, &phrase_words, &mut buffer);
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
        self.prepare_queries();
        let mut guard = self.scratch.borrow_mut();
        let Scratch { slots, found } = &mut *guard;
        // Each word's candidates. The word with the fewest postings is looked up first: only
        // the first word adds documents to `found`, the later ones look theirs up (all their
        // postings, whatever their order), and the order of the words changes no score.
        let mut matched_words = Vec::new();
        let mut terms: Vec<Vec<(u32, MatchKind)>> = Vec::new();
        let (mut rarest, mut fewest) = (0, usize::MAX);
        for term in &query.terms {
            let candidates = self.candidates(term, options);
            let mut postings = 0;
            for &(word, _) in &candidates {
                matched_words.push(word);
                postings += self.postings_of(word).len();
            }
            if postings < fewest {
                (rarest, fewest) = (terms.len(), postings);
            }
            terms.push(candidates);
        }
        found.clear();
        // Positions in `found` of the documents that matched every word so far.
        let mut survivors: Vec<u32> = Vec::new();
        for step in 0..terms.len() {
            // The rarest word, then the others in the query's order (counted rather than
            // moved: swapping the lists cost the first load about 100 bytes).
            let t = if step == 0 {
                rarest
            } else {
                step - usize::from(step <= rarest)
            };
            let candidates = &terms[t];
            let i = u16::try_from(step).unwrap_or(u16::MAX);
            for &(word, kind) in candidates {
                for &posting in self.postings_of(word) {
                    let score = Self::score(kind, posting);
                    let slot = &mut slots[posting.doc as usize];
                    match found
                        .get_mut(*slot as usize)
                        .filter(|state| state.doc == posting.doc)
                    {
                        Some(state) if state.matched == i => {
                            state.matched = i + 1;
                            state.word_score = score;
                        }
                        Some(state) if state.matched > i => {
                            state.word_score = state.word_score.max(score);
                        }
                        // Missed an earlier word: cannot match them all.
                        Some(_) => {}
                        None if i == 0 => {
                            *slot = u32::try_from(found.len()).unwrap_or(u32::MAX);
                            survivors.push(*slot);
                            found.push(DocState {
                                doc: posting.doc,
                                matched: 1,
                                fuzzy: false,
                                word_score: score,
                                total: 0,
                            });
                        }
                        None => {}
                    }
                }
            }
            // The documents that matched this word too stay, in their order.
            survivors.retain(|&slot| {
                let state = &mut found[slot as usize];
                let matched = state.matched > i;
                if matched {
                    state.total += state.word_score;
                    // The match kind is the top bits of a word score: 0 is a typo-only match.
                    state.fuzzy |= state.word_score >> KIND_SHIFT == 0;
                }
                matched
            });
            if survivors.is_empty() {
                break;
            }
        }
        // Sized once: collecting through a filter would grow it step by step.
        let mut hits = Vec::with_capacity(survivors.len());
        for slot in survivors {
            let state = found[slot as usize];
            if phrase_ok(state.doc as usize) {
                hits.push(Hit {
                    doc: state.doc,
                    score: state.total,
                    approximate: state.fuzzy,
                });
            }
        }
        crate::compact_sort::sort(&mut matched_words);
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

/// The documents of relevance keys (see [`relevance_key`]), the best `placed` first and in
/// order, the others after them in no order: what a page of results needs, without sorting
/// every match.
pub fn best_first(mut keys: Vec<u64>, placed: usize) -> Vec<usize> {
    if placed < keys.len() {
        keys.select_nth_unstable(placed);
        keys[..placed].sort_unstable();
    } else {
        keys.sort_unstable();
    }
    keys.iter().map(|&key| key_doc(key)).collect()
}

/// The document of a relevance key (see [`relevance_key`]), or of any key whose low 63 bits
/// are one (the display order's keys, see `ranking::Place`).
pub fn key_doc(key: u64) -> usize {
    (key & ((1u64 << KEY_DOC_BITS) - 1)) as usize
}

/// Orders hits best first; equal scores keep document order.
pub fn rank(hits: &mut [Hit]) {
    // Each hit as one 64-bit key: its relevance key over the typo flag (which never breaks a
    // tie: documents differ), radix-sorted: wasm has no 128-bit integers, and sorting without
    // comparing is faster.
    let mut keys = Vec::with_capacity(hits.len());
    for hit in hits.iter() {
        let Some(key) = relevance_key(hit.score, hit.doc as usize) else {
            crate::compact_sort::sort_by_key(hits, |h| (std::cmp::Reverse(h.score), h.doc));
            return;
        };
        keys.push(key << 1 | u64::from(hit.approximate));
    }
    // Hits in document order (as a query gives them when the word it looks up first, its
    // rarest, matched a single indexed word) need only their scores sorted: a stable sort
    // keeps that order among equal scores, and the document's bits are two or three passes.
    let in_document_order = hits.windows(2).all(|pair| pair[0].doc < pair[1].doc);
    radix_sort(
        &mut keys,
        if in_document_order {
            KEY_DOC_BITS + 1
        } else {
            0
        },
    );
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

/// Sorts integers in place by their bits from `from_bit` up (stably: values equal there keep
/// their order), least significant byte first, skipping the bytes every value shares.
fn radix_sort(values: &mut Vec<u64>, from_bit: u32) {
    let (all_or, all_and) = values
        .iter()
        .fold((0u64, u64::MAX), |(o, a), &v| (o | v, a & v));
    let varying = all_or ^ all_and;
    let mut buffer = vec![0u64; values.len()];
    for shift in (from_bit..64).step_by(8) {
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
