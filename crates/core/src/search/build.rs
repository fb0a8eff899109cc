//! Building the index: the documents read into word numbers, the words counted, sorted and
//! numbered again, the postings written in place with their BM25, in compact arrays whose peak
//! stays near the index's own size (a wasm memory never gives its peak back).

use super::words::{self, Interner};
use super::{fuzzy, Corpus, Field, Kept, Positions, Posting, SearchIndex, BM25_MASK};
use crate::model::Alias;
use crate::text::for_each_word;
use std::cell::RefCell;

/// Documents read before the index sizes its kept word numbers for all of them.
const SAMPLED_DOCUMENTS: usize = 1024;

/// Where a word's field sits in an entry (see [`entry`]): the position of the field in
/// [`Field::TEXT`] above the word's number (rather than a separator between fields, which
/// would cost four bytes a field a document).
pub(super) const FIELD_SHIFT: u32 = 29;
/// The word number of an entry; this value itself stands for a word no phrase holds.
pub(super) const WORD_MASK: u32 = (1 << FIELD_SHIFT) - 1;

/// An entry of a document's words: word `id` in the field at `position` of [`Field::TEXT`].
pub(super) fn entry(position: usize, id: u32) -> u32 {
    assert!(id <= WORD_MASK, "fewer than 2^29 distinct words");
    (position as u32) << FIELD_SHIFT | id
}

/// Whether a document's entries hold the word numbers `run` contiguously within one field.
pub(super) fn contains_run(entries: &[u32], run: &[u32]) -> bool {
    !run.is_empty()
        && entries.windows(run.len()).any(|window| {
            let field = window[0] >> FIELD_SHIFT;
            window
                .iter()
                .zip(run)
                .all(|(&e, &w)| e >> FIELD_SHIFT == field && e & WORD_MASK == w)
        })
}

/// A word of one document while the index is built: the most important field it appears in
/// and its occurrences, all fields together (capped).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Occurrence {
    word: u32,
    field: Field,
    tf: u16,
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

impl SearchIndex {
    /// Indexes the documents of `corpus`; `aliases` add their other form to every document
    /// containing one. `positions` says whether each document's words stay in the index for
    /// phrase queries (see [`Positions`]); with [`Positions::Reread`] the documents are read
    /// twice, and the corpus must give the same text both times and to [`SearchIndex::search`].
    ///
    /// The documents are read into word numbers and counted (each word's document frequency),
    /// the words sorted and numbered again, then each document's words counted once more to
    /// write the postings in place, from the kept numbers or by reading the document again.
    pub fn new<C: Corpus + ?Sized>(corpus: &C, aliases: &[Alias], positions: Positions) -> Self {
        let mut interner = Interner::default();
        // Acronyms as word-number sequences, so documents are matched against them by integers.
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
        let documents = corpus.documents();
        let mut kept = (positions == Positions::Kept).then(|| Kept {
            words: Vec::new(),
            starts: Vec::with_capacity(documents + 1),
        });
        if let Some(kept) = &mut kept {
            kept.starts.push(0);
        }
        // Each document's length in words (capped), for BM25.
        let mut lengths: Vec<u16> = Vec::with_capacity(documents);
        let mut segment: Vec<u32> = Vec::new();
        for doc in 0..documents {
            segment.clear();
            corpus.visit(doc, |position, text| {
                for_each_word(text, |w| {
                    let id = interner.intern(w);
                    count_once(doc as u32, id, &mut frequency, &mut last_doc);
                    segment.push(entry(position, id));
                });
            });
            // The acronyms' words were numbered first: a document without any of them has no
            // acronym to look for.
            if segment.iter().any(|&e| e & WORD_MASK < acronym_word_count) {
                let added = acronyms.len();
                acronym_words(doc as u32, &segment, &alias_ids, &last_doc, &mut acronyms);
                for &id in &acronyms[added..] {
                    count_once(doc as u32, id, &mut frequency, &mut last_doc);
                }
                acronym_docs.extend((added..acronyms.len()).map(|_| doc as u32));
            }
            lengths.push(u16::try_from(segment.len()).unwrap_or(u16::MAX));
            if let Some(kept) = &mut kept {
                // The kept words are the index's largest array: sized once from the first
                // documents, rather than doubled.
                if doc == SAMPLED_DOCUMENTS && documents > 2 * SAMPLED_DOCUMENTS {
                    let expected = kept.words.len() / SAMPLED_DOCUMENTS * documents / 10 * 11;
                    kept.words
                        .reserve(expected.saturating_sub(kept.words.len()));
                }
                kept.words.extend_from_slice(&segment);
                let end = u32::try_from(kept.words.len()).expect("index under 4 billion words");
                kept.starts.push(end);
            }
        }
        drop(last_doc);
        if let Some(kept) = &mut kept {
            // The room estimated and not used goes back (in place).
            kept.words.shrink_to_fit();
        }
        let total = frequency
            .iter()
            .try_fold(0u32, |sum, &n| sum.checked_add(n));
        let total = total.expect("under 4 billion postings");
        // Renumber words in sorted order so prefixes are contiguous ranges; words that only
        // occur in acronyms no document contains are dropped.
        let (words, renumber, lookup) = interner.sorted(|id| frequency[id as usize] > 0);
        // Every number stays below WORD_MASK, which stands for a word no phrase holds.
        assert!(
            words.len() <= WORD_MASK as usize,
            "fewer than 2^29 - 1 distinct words"
        );
        if let Some(kept) = &mut kept {
            for e in &mut kept.words {
                *e = (*e & !WORD_MASK) | renumber[(*e & WORD_MASK) as usize];
            }
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
        let total_len: usize = lengths.iter().map(|&l| usize::from(l)).sum();
        let avg_len = if documents == 0 {
            1.0
        } else {
            (total_len as f32 / documents as f32).max(1.0)
        };
        let mut at = vec![0u32; words.len()];
        let mut terms = Vec::new();
        // `acronym_docs` names the document of each acronym word, in document order: walked
        // along with the documents.
        let mut next_acronym = 0;
        for doc in 0..documents {
            let from = next_acronym;
            while acronym_docs.get(next_acronym) == Some(&(doc as u32)) {
                next_acronym += 1;
            }
            let entries = match &kept {
                Some(kept) => kept.segment(doc),
                None => {
                    segment.clear();
                    corpus.visit(doc, |position, text| {
                        for_each_word(text, |w| {
                            // A corpus that changed its text between the readings loses the
                            // new words (their postings were not counted).
                            if let Some(id) = lookup.find(&words, w) {
                                segment.push(entry(position, id));
                            }
                        });
                    });
                    &segment[..]
                }
            };
            occurrences(entries, &acronyms[from..next_acronym], &mut at, &mut terms);
            for term in &terms {
                // The occurrences for now, in the BM25's place (see below).
                let w = term.word as usize;
                let slot = posting_ends[w] as usize;
                if let Some(posting) = postings.get_mut(slot) {
                    *posting = Posting::new(doc as u32, term.field, u32::from(term.tf));
                    posting_ends[w] += 1;
                }
            }
        }
        drop((lookup, at, segment));
        // Each word's postings are in place: its document frequency is their number.
        let mut start = 0;
        for &end in &posting_ends {
            // (Always a range, unless a corpus changed its text between the readings.)
            let list = postings
                .get_mut(start as usize..end as usize)
                .unwrap_or_default();
            let idf = idf(documents, list.len());
            for posting in list {
                let tf = u16::try_from(posting.weighted & BM25_MASK).unwrap_or(u16::MAX);
                let bm25 = bm25(idf, tf, lengths[posting.doc as usize], avg_len);
                posting.weighted = (posting.weighted & !BM25_MASK) | bm25.min(BM25_MASK);
            }
            start = end;
        }
        drop(lengths);
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
            kept,
            scratch: RefCell::default(),
        }
    }
}
