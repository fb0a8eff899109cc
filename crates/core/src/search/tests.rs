//! Search engine rules: normalisation, each ranking rule, typos, aliases, phrases, and the
//! invariants (results are a subset; adding a word never grows the result set; a query finds
//! what checking every document against every word finds).

use super::*;
use crate::model::{Alias, Dataset};
use crate::validate::repository_dataset as dataset;
use proptest::prelude::*;

fn index_of(data: &Dataset) -> SearchIndex {
    SearchIndex::new(&data.projects[..], &data.aliases, Positions::Kept)
}

/// The hits of `q` on `corpus`, best first, the same whether the index keeps each document's
/// words or reads them again (checked on every call).
fn ranked_hits<C: Corpus + ?Sized>(corpus: &C, aliases: &[Alias], q: &str) -> Vec<Hit> {
    let [kept, reread] = [Positions::Kept, Positions::Reread].map(|positions| {
        let index = SearchIndex::new(corpus, aliases, positions);
        let outcome = index.search(corpus, &parse(q), Options::default());
        let mut hits = outcome.hits.clone();
        rank(&mut hits);
        (hits, outcome)
    });
    assert_eq!(
        kept.1, reread.1,
        "{q:?}: kept and reread positions disagree"
    );
    kept.0
}

fn run(data: &Dataset, q: &str) -> Vec<Hit> {
    ranked_hits(&data.projects[..], &data.aliases, q)
}

fn names(q: &str) -> Vec<String> {
    let data = dataset();
    run(&data, q)
        .into_iter()
        .map(|h| data.projects[h.doc as usize].name.clone())
        .collect()
}

/// Ranks a tiny corpus where each document differs in one ranking respect.
fn ranked(docs: &[Document<'_>], q: &str) -> Vec<u32> {
    ranked_hits(docs, &[], q)
        .into_iter()
        .map(|h| h.doc)
        .collect()
}

/// A document whose fields come in pieces, as a file's row gives several columns as one field.
struct Pieces(Vec<[Vec<String>; 5]>);

impl Corpus for Pieces {
    fn documents(&self) -> usize {
        self.0.len()
    }

    fn visit(&self, doc: usize, mut piece: impl FnMut(usize, &str)) {
        for (position, pieces) in self.0[doc].iter().enumerate() {
            for text in pieces {
                piece(position, text);
            }
        }
    }
}

#[test]
fn accents_and_case_do_not_matter() {
    let found = names("fourriere");
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("fourrières"));
    assert_eq!(names("FOURRIÈRES"), found);
}

#[test]
fn exact_beats_prefix_beats_typo() {
    let docs: [Document<'_>; 3] = [
        ["", "", "", "", "justices"], // prefix of the typed word
        ["", "", "", "", "justise"],  // one typo
        ["", "", "", "", "justice"],  // exact
    ];
    assert_eq!(ranked(&docs, "justice"), vec![2, 0, 1]);
}

#[test]
fn name_beats_carrier_beats_ministry_beats_summary() {
    let docs: [Document<'_>; 4] = [
        ["", "", "", "", "fourriere"],
        ["", "", "fourriere", "", ""],
        ["", "fourriere", "", "", ""],
        ["fourriere", "", "", "", ""],
    ];
    assert_eq!(ranked(&docs, "fourriere "), vec![3, 2, 1, 0]);
}

#[test]
fn rarer_words_and_shorter_fields_weigh_more() {
    // Both match "cloud" exactly in the summary; the shorter summary ranks first (BM25).
    let docs: [Document<'_>; 2] = [
        [
            "",
            "",
            "",
            "",
            "cloud d'état pour héberger les services numériques de l'État",
        ],
        ["", "", "", "", "cloud"],
    ];
    assert_eq!(ranked(&docs, "cloud "), vec![1, 0]);
}

#[test]
fn ties_keep_document_order() {
    let docs: [Document<'_>; 3] = [
        ["a x", "", "", "", ""],
        ["b x", "", "", "", ""],
        ["c x", "", "", "", ""],
    ];
    assert_eq!(ranked(&docs, "x "), vec![0, 1, 2]);
}

#[test]
fn typos_are_tolerated_by_length() {
    assert!(names("inteligence artificielle")
        .iter()
        .any(|n| n == "Intelligence Emploi"));
    assert!(
        names("fouriere ").iter().any(|n| n.contains("fourrières")),
        "1 edit at 8 letters"
    );
    assert!(
        names("justcie").len() >= 5,
        "a transposition counts as one edit"
    );
    assert!(
        names("stock").is_empty(),
        "no typo allowed under 5 letters: 'stock' is not 'cloud'"
    );
}

#[test]
fn every_word_must_match_somewhere() {
    assert!(!names("numerique justice").is_empty());
    let both = names("code travail");
    assert!(both.iter().any(|n| n == "Code du travail numérique"));
    assert!(names("code travail zzzzzz").is_empty());
}

#[test]
fn last_word_matches_as_a_prefix() {
    assert!(names("plateform")
        .iter()
        .any(|n| n.starts_with("Plateforme")));
    assert!(
        names("plateform ").iter().all(|n| !n.is_empty()),
        "complete word may still match by typo"
    );
}

#[test]
fn quoted_phrase_must_be_contiguous() {
    let phrase = names("\"procédure pénale numérique\"");
    assert_eq!(phrase.len(), 2);
    assert!(
        names("\"numérique pénale\"").is_empty(),
        "same words, wrong order"
    );
}

#[test]
fn acronyms_find_long_forms_and_back() {
    // The HIPE project names "OFII" as its carrier.
    assert!(names("OFII").iter().any(|n| n.starts_with("HIPE")));
    assert!(names("office français de l'immigration")
        .iter()
        .any(|n| n.starts_with("HIPE")));
    // The long form of DGFiP does not appear in the data: the acronym brings it.
    assert!(names("finances publiques")
        .iter()
        .any(|n| n.contains("FICOBA")));
}

#[test]
fn highlights_cover_matched_words_in_the_original_text() {
    let data = dataset();
    let index = index_of(&data);
    let projects = &data.projects[..];
    let outcome = index.search(projects, &parse("fourriere vehic"), Options::default());
    let text = "Système d'information national des fourrières (véhicules)";
    let ranges = index.highlights(text, &outcome.matched_words);
    let marked: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(marked, vec!["fourrières", "véhicules"]);
}

#[test]
fn empty_or_punctuation_only_query_matches_all() {
    let all = dataset().projects.len();
    assert_eq!(names("").len(), all);
    assert_eq!(names("  ' - ").len(), all);
}

#[test]
fn only_stop_words_still_search() {
    assert!(!names("de la").is_empty());
}

#[test]
fn exact_only_options_disable_prefix_and_typos() {
    let data = dataset();
    let index = index_of(&data);
    let exact = Options {
        prefix: false,
        fuzzy: false,
    };
    let projects = &data.projects[..];
    assert!(index
        .search(projects, &parse("plateform"), exact)
        .hits
        .is_empty());
    assert!(index
        .search(projects, &parse("fouriere"), exact)
        .hits
        .is_empty());
}

/// What the engine answers, computed the plain way: every document against every word of
/// the query, its best match for each (a document without one for some word is left out).
fn every_document_against_every_word(index: &SearchIndex, query: &ParsedQuery) -> Vec<Hit> {
    let candidates: Vec<Vec<(u32, MatchKind)>> = query
        .terms
        .iter()
        .map(|term| index.candidates(term, Options::default()))
        .collect();
    (0..index.len() as u32)
        .filter_map(|doc| {
            let mut hit = Hit {
                doc,
                score: 0,
                approximate: false,
            };
            for words in &candidates {
                let best = words
                    .iter()
                    .flat_map(|&(word, kind)| {
                        index
                            .postings_of(word)
                            .iter()
                            .filter(|posting| posting.doc == doc)
                            .map(move |&posting| SearchIndex::score(kind, posting))
                    })
                    .max()?;
                hit.score += best;
                hit.approximate |= best >> KIND_SHIFT == 0;
            }
            Some(hit)
        })
        .collect()
}

fn word() -> impl Strategy<Value = String> {
    proptest::sample::select(vec![
        "justice",
        "numerique",
        "plateforme",
        "donnees",
        "fourriere",
        "logement",
        "ministere",
        "identite",
        "cloud",
        "emploi",
        "travail",
        "intelligence",
        "systeme",
        "procedure",
        "agents",
        "dgfip",
        "ofii",
        "penale",
        "securite",
        "formation",
    ])
    .prop_map(String::from)
}

proptest! {
    /// Whatever the scores (few and tied, large, beyond a relevance key) and whether the hits
    /// come in document order (as a query whose first word matched one indexed word gives
    /// them) or not.
    #[test]
    fn ranking_orders_by_score_then_document_whatever_the_scores(
        (scores, docs) in prop_oneof![
            proptest::collection::vec(0u64..4, 0..60),
            proptest::collection::vec(0u64..1 << 44, 0..60),
            proptest::collection::vec(any::<u64>(), 0..60),
        ]
        .prop_flat_map(|scores| {
            let docs: Vec<u32> = (0..scores.len() as u32).map(|d| d * 7919 % 1_000_003).collect();
            (Just(scores), prop_oneof![Just(docs.clone()), Just(docs).prop_shuffle()])
        }),
    ) {
        let mut hits: Vec<Hit> = scores
            .iter()
            .zip(docs)
            .map(|(&score, doc)| Hit { doc, score, approximate: score % 3 == 0 })
            .collect();
        let mut expected = hits.clone();
        expected.sort_by(|a, b| b.score.cmp(&a.score).then(a.doc.cmp(&b.doc)));
        rank(&mut hits);
        prop_assert_eq!(hits, expected);
    }


    #[test]
    fn results_are_a_subset_of_the_data_without_duplicates(
        words in proptest::collection::vec(word(), 0..4), trailing in any::<bool>()
    ) {
        let data = dataset();
        let q = words.join(" ") + if trailing { " " } else { "" };
        let hits = run(&data, &q);
        let mut docs: Vec<u32> = hits.iter().map(|h| h.doc).collect();
        prop_assert!(docs.iter().all(|&d| (d as usize) < data.projects.len()));
        docs.sort_unstable();
        docs.dedup();
        prop_assert_eq!(docs.len(), hits.len());
    }

    /// Each query of a row, on one index (so each starts from what the one before left in
    /// the reused buffers), finds what every document checked against every word finds,
    /// with the same scores; the words' order changes nothing.
    #[test]
    fn queries_find_what_checking_every_document_finds(
        queries in proptest::collection::vec(
            (proptest::collection::vec(
                prop_oneof![
                    word(),
                    // Prefixes and typos of the words.
                    word().prop_map(|w| w[..w.len().min(4)].to_string()),
                    word().prop_map(|w| w.replacen('e', "a", 1)),
                ],
                1..4,
            ), any::<bool>()),
            1..5,
        ),
    ) {
        let data = dataset();
        let index = index_of(&data);
        for (words, trailing) in queries {
            let q = words.join(" ") + if trailing { " " } else { "" };
            let parsed = parse(&q);
            let mut found = index.search(&data.projects[..], &parsed, Options::default()).hits;
            found.sort_by_key(|hit| hit.doc);
            prop_assert_eq!(&found, &every_document_against_every_word(&index, &parsed), "{:?}", q);
            if trailing {
                let reversed: Vec<&str> = words.iter().rev().map(String::as_str).collect();
                let mut other = run(&data, &(reversed.join(" ") + " "));
                other.sort_by_key(|hit| hit.doc);
                prop_assert_eq!(&found, &other, "{:?} reversed", q);
            }
        }
    }

    #[test]
    fn adding_a_word_never_grows_the_result_set(
        words in proptest::collection::vec(word(), 1..4), extra in word(), trailing in any::<bool>()
    ) {
        let data = dataset();
        let q = words.join(" ") + if trailing { " " } else { "" };
        let longer = format!("{} {extra}", q.trim_end());
        let before: Vec<u32> = run(&data, &q).iter().map(|h| h.doc).collect();
        let after = run(&data, &longer);
        prop_assert!(after.iter().all(|h| before.contains(&h.doc)), "{q:?} -> {longer:?}");
    }

    /// The first `placed` documents of [`best_first`] are the best ones in rank order, and
    /// every document comes out once.
    #[test]
    fn best_first_places_the_best_in_rank_order(
        scores in proptest::collection::vec(0u64..50, 0..200), placed in 0usize..250,
    ) {
        let mut hits: Vec<Hit> = scores
            .iter()
            .enumerate()
            .map(|(doc, &score)| Hit { doc: doc as u32, score, approximate: false })
            .collect();
        let keys = hits.iter().map(|h| relevance_key(h.score, h.doc as usize).expect("fits")).collect();
        let docs = best_first(keys, placed);
        rank(&mut hits);
        let ranked: Vec<usize> = hits.iter().map(|h| h.doc as usize).collect();
        let n = placed.min(ranked.len());
        prop_assert_eq!(&docs[..n], &ranked[..n]);
        let mut all = docs.clone();
        all.sort_unstable();
        prop_assert_eq!(all, (0..scores.len()).collect::<Vec<_>>());
    }

    /// A relevance key gives back the document it was made of, whatever the typo flag set
    /// above it.
    #[test]
    fn a_relevance_key_names_its_document(
        score in 0u64..1 << 43, doc in 0usize..1 << 20, typo: bool,
    ) {
        let key = relevance_key(score, doc).expect("fits");
        let flagged = u64::from(typo) << 63 | key;
        prop_assert_eq!(key_doc(flagged), doc);
    }

    /// Documents made of a few words in pieces, queried with words and phrases: the index
    /// answers the same whether it keeps the documents' words or reads them again, and a
    /// phrase matches exactly the documents holding it within one field, across pieces.
    #[test]
    fn kept_and_reread_positions_answer_alike(
        docs in proptest::collection::vec(
            proptest::array::uniform5(proptest::collection::vec(
                proptest::collection::vec("(a|b|ab|c)", 0..4).prop_map(|w| w.join(" ")), 0..3)),
            0..12),
        query in proptest::collection::vec("(a|b|ab|c|\"a b|\"b a|\"a a b)", 0..3),
    ) {
        let q = query.join(" ");
        let corpus = Pieces(docs);
        let hits = ranked_hits(&corpus, &[], &q);
        let parsed = parse(&q);
        for phrase in &parsed.phrases {
            for doc in &hits {
                let fields = &corpus.0[doc.doc as usize];
                let holds = fields.iter().any(|pieces| {
                    let words: Vec<&str> = pieces.iter().flat_map(|t| t.split(' ')).filter(|w| !w.is_empty()).collect();
                    words.windows(phrase.len()).any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
                });
                prop_assert!(holds, "{q:?} found {:?}", fields);
            }
        }
    }
}
