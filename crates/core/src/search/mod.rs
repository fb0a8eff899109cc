//! The search engine: an inverted index over the projects' text, queried with exact, prefix
//! and typo-tolerant word matches, every word required (AND), quoted phrases, acronyms, and a
//! ranking that puts exact matches in important fields first.
//!
//! Ranking, most significant first: how each word matched (exact > prefix > typo), the field
//! it matched in (name > acronym/carrier > ministry > theme > summary), a BM25 weight (rare
//! words and short fields count more); ties keep dataset order.

pub mod fuzzy;
pub mod query;
mod words;

use crate::model::Alias;
use crate::text::{for_each_word, tokenize};
pub use query::{parse, ParsedQuery, Term};
use std::cell::RefCell;
use words::{Interner, Words};

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

/// A word of one document while the index is built: the most important field it appears in
/// and its occurrences, all fields together (capped).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Occurrence {
    word: u32,
    field: Field,
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
    /// Every document's words in text order, each with its field (see [`entry`]), all
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

/// Where a word's field sits in an entry of [`SearchIndex::doc_words`]: the position of the
/// field in [`Field::TEXT`] above the word's id (rather than a separator between fields,
/// which would cost four bytes a field a document).
const FIELD_SHIFT: u32 = 29;
/// The word id of an entry of [`SearchIndex::doc_words`].
const WORD_MASK: u32 = (1 << FIELD_SHIFT) - 1;

/// An entry of [`SearchIndex::doc_words`]: word `id` in the field at `position` of
/// [`Field::TEXT`].
fn entry(position: usize, id: u32) -> u32 {
    assert!(id <= WORD_MASK, "fewer than 2^29 distinct words");
    (position as u32) << FIELD_SHIFT | id
}

/// Whether a document's entries hold the word ids `run` contiguously within one field.
fn contains_run(entries: &[u32], run: &[u32]) -> bool {
    !run.is_empty()
        && entries.windows(run.len()).any(|window| {
            let field = window[0] >> FIELD_SHIFT;
            window
                .iter()
                .zip(run)
                .all(|(&e, &w)| e >> FIELD_SHIFT == field && e & WORD_MASK == w)
        })
}

/// The distinct words of a document (its entries, see [`entry`]) into `terms`, each with the
/// most important field it appears in and its occurrences; `acronyms` are the words its
/// acronyms add, each counting once in [`Field::Alias`]. No sort and no map: `at` holds, for
/// each word, where it was last put in `terms`, which is right when that term is the word's.
fn occurrences(segment: &[u32], acronyms: &[u32], at: &mut [u32], terms: &mut Vec<Occurrence>) {
    terms.clear();
    let words = segment
        .iter()
        .map(|&e| (e & WORD_MASK, Field::TEXT[(e >> FIELD_SHIFT) as usize]))
        .chain(acronyms.iter().map(|&id| (id, Field::Alias)));
    for (word, field) in words {
        let w = word as usize;
        match terms.get_mut(at[w] as usize) {
            Some(term) if term.word == word => {
                term.tf = term.tf.saturating_add(1);
                term.field = term.field.min(field);
            }
            _ => {
                at[w] = terms.len() as u32;
                terms.push(Occurrence { word, field, tf: 1 });
            }
        }
    }
}

/// Counts document `doc` in word `id`'s document frequency, once however often the word
/// appears in it (`last_doc` is each word's last document counted; a new word is added).
fn count_once(doc: u32, id: u32, frequency: &mut Vec<u32>, last_doc: &mut Vec<u32>) {
    let i = id as usize;
    if i == frequency.len() {
        frequency.push(0);
        last_doc.push(u32::MAX);
    }
    if last_doc[i] != doc {
        last_doc[i] = doc;
        frequency[i] += 1;
    }
}

/// The words document `doc`'s acronyms add: for each acronym whose short or long form the
/// document holds (contiguously, within one field), the other form's words. `last_doc` is
/// each word's last document (see [`count_once`]): a word of the document has `doc` there.
fn acronym_words(
    doc: u32,
    segment: &[u32],
    aliases: &[(Vec<u32>, Vec<u32>)],
    last_doc: &[u32],
    out: &mut Vec<u32>,
) {
    let has = |run: &[u32]| {
        // Cheap test first: every word of the run is somewhere in the document.
        run.iter()
            .all(|&id| last_doc.get(id as usize) == Some(&doc))
            && contains_run(segment, run)
    };
    for (short, long) in aliases {
        if has(short) {
            out.extend_from_slice(long);
        } else if has(long) {
            out.extend_from_slice(short);
        }
    }
}

impl SearchIndex {
    /// Indexes documents; `aliases` add their other form to every document containing one.
    ///
    /// A document is five strings, borrowed (a [`Document`]) or built for the occasion (an
    /// opened file joins several columns into one field).
    ///
    /// Built in three passes over compact arrays, so that the peak stays near the index's own
    /// size (a wasm memory never gives its peak back): the documents are read once into their
    /// word ids; each document's words are then counted from those ids twice, once for the
    /// words' document frequencies, once to write the postings in place.
    pub fn new<T: AsRef<str>>(
        docs: impl ExactSizeIterator<Item = [T; 5]>,
        aliases: &[Alias],
    ) -> Self {
        let mut interner = Interner::default();
        // Acronyms as word-id sequences, so documents are matched against them by integers.
        let mut alias_ids: Vec<(Vec<u32>, Vec<u32>)> = Vec::new();
        for alias in aliases {
            let mut short = Vec::new();
            let mut long = Vec::new();
            for_each_word(&alias.short, |w| short.push(interner.intern(w)));
            for_each_word(&alias.long, |w| long.push(interner.intern(w)));
            if !short.is_empty() && !long.is_empty() {
                alias_ids.push((short, long));
            }
        }
        let acronym_word_count = u32::try_from(interner.len()).expect("few acronym words");
        // The words each document's acronyms add, end to end, with the document of each.
        let mut acronyms: Vec<u32> = Vec::new();
        let mut acronym_docs: Vec<u32> = Vec::new();
        // Per word (as numbered while reading): documents it appears in, and the last one.
        let mut frequency: Vec<u32> = vec![0; interner.len()];
        let mut last_doc: Vec<u32> = vec![u32::MAX; interner.len()];
        let documents = docs.len();
        let mut doc_words: Vec<u32> = Vec::new();
        let mut doc_starts: Vec<u32> = Vec::with_capacity(documents + 1);
        doc_starts.push(0);
        for (doc, fields) in docs.enumerate() {
            // The word ids of every document are the index's largest array: sized once from
            // the first documents, rather than doubled.
            if doc == SAMPLED_DOCUMENTS && documents > 2 * SAMPLED_DOCUMENTS {
                let expected = doc_words.len() / SAMPLED_DOCUMENTS * documents / 10 * 11;
                doc_words.reserve(expected.saturating_sub(doc_words.len()));
            }
            let before = doc_words.len();
            for (position, text) in fields.iter().enumerate() {
                for_each_word(text.as_ref(), |w| {
                    let id = interner.intern(w);
                    count_once(doc as u32, id, &mut frequency, &mut last_doc);
                    doc_words.push(entry(position, id));
                });
            }
            let segment = &doc_words[before..];
            // The acronyms' words were numbered first: a document without any of them has no
            // acronym to look for.
            if segment.iter().any(|&e| e & WORD_MASK < acronym_word_count) {
                let added = acronyms.len();
                acronym_words(doc as u32, segment, &alias_ids, &last_doc, &mut acronyms);
                for &id in &acronyms[added..] {
                    count_once(doc as u32, id, &mut frequency, &mut last_doc);
                }
                acronym_docs.extend((added..acronyms.len()).map(|_| doc as u32));
            }
            doc_starts.push(u32::try_from(doc_words.len()).expect("index under 4 billion words"));
        }
        drop(last_doc);
        // The room estimated for the word ids and not used goes back (in place).
        doc_words.shrink_to_fit();
        let total = frequency
            .iter()
            .try_fold(0u32, |sum, &n| sum.checked_add(n));
        let total = total.expect("under 4 billion postings");
        // Renumber words in sorted order so prefixes are contiguous ranges; words that only
        // occur in acronyms no document contains are dropped.
        let (words, renumber) = interner.sorted(|id| frequency[id as usize] > 0);
        for e in &mut doc_words {
            *e = (*e & !WORD_MASK) | renumber[(*e & WORD_MASK) as usize];
        }
        for id in &mut acronyms {
            *id = renumber[*id as usize];
        }
        // Each word's document frequency, then, summed, its postings' start: moved along as
        // they are written, its end once done.
        let mut posting_ends = vec![0u32; words.len()];
        for (old, &new) in renumber.iter().enumerate() {
            if new != words::DROPPED {
                posting_ends[new as usize] = frequency[old];
            }
        }
        drop((renumber, frequency));
        let mut start = 0u32;
        for slot in &mut posting_ends {
            start += std::mem::replace(slot, start);
        }
        let mut postings = vec![
            Posting {
                doc: 0,
                weighted: 0
            };
            total as usize
        ];
        // A document's length in words, read from where it starts and ends (capped).
        let doc_len =
            |doc: usize| u16::try_from(doc_starts[doc + 1] - doc_starts[doc]).unwrap_or(u16::MAX);
        let total_len: usize = (0..documents).map(|d| usize::from(doc_len(d))).sum();
        let avg_len = if documents == 0 {
            1.0
        } else {
            (total_len as f32 / documents as f32).max(1.0)
        };
        let mut at = vec![0u32; words.len()];
        let mut terms = Vec::new();
        let segment =
            |doc: usize| &doc_words[doc_starts[doc] as usize..doc_starts[doc + 1] as usize];
        // `acronym_docs` names the document of each acronym word, in document order: walked
        // along with the documents.
        let mut next_acronym = 0;
        for doc in 0..documents {
            let from = next_acronym;
            while acronym_docs.get(next_acronym) == Some(&(doc as u32)) {
                next_acronym += 1;
            }
            occurrences(
                segment(doc),
                &acronyms[from..next_acronym],
                &mut at,
                &mut terms,
            );
            for term in &terms {
                // The occurrences for now, in the BM25's place (see below).
                let w = term.word as usize;
                let tf = u32::from(term.tf);
                postings[posting_ends[w] as usize] = Posting::new(doc as u32, term.field, tf);
                posting_ends[w] += 1;
            }
        }
        // Each word's postings are in place: its document frequency is their number.
        let mut start = 0;
        for &end in &posting_ends {
            let list = &mut postings[start as usize..end as usize];
            let idf = idf(documents, list.len());
            for posting in list {
                let tf = u16::try_from(posting.weighted & BM25_MASK).unwrap_or(u16::MAX);
                let bm25 = bm25(idf, tf, doc_len(posting.doc as usize), avg_len);
                posting.weighted = (posting.weighted & !BM25_MASK) | bm25.min(BM25_MASK);
            }
            start = end;
        }
        let mut by_length: Vec<Vec<u32>> = Vec::new();
        let mut letters = Vec::with_capacity(words.len());
        for id in 0..words.len() as u32 {
            let word = words.get(id);
            if by_length.len() <= word.len() {
                by_length.resize(word.len() + 1, Vec::new());
            }
            by_length[word.len()].push(id);
            letters.push(fuzzy::letters(word.as_bytes()));
        }
        SearchIndex {
            letters,
            words,
            postings,
            posting_ends,
            by_length,
            documents,
            doc_words,
            doc_starts,
            scratch: RefCell::new(Scratch::default()),
        }
    }

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
                for &posting in self.postings_of(word) {
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
