//! Text folding shared by search, sorting and data validation: lower case, no accents.
//!
//! French text only needs Latin letters, so the folding table is written out here instead of
//! pulling Unicode normalisation tables into the wasm (they would weigh more than the app).

use std::ops::Range;

/// Folds text for comparison: lower case, accents removed, ligatures expanded
/// (`Élysée` → `elysee`, `cœur` → `coeur`), typographic apostrophes made straight.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// The ASCII spelling of a lower-case accented letter, ligature or typographic sign.
fn fold_lower(c: char) -> Option<&'static str> {
    Some(match c {
        // Every Latin letter whose canonical decomposition (NFD) is an ASCII letter and
        // combining marks, plus ø, ł and đ, which French readers fold the same way.
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ǟ' | 'ǡ' | 'ǻ' | 'ȁ' | 'ȃ'
        | 'ȧ' | 'ḁ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => {
            "a"
        }
        'ḃ' | 'ḅ' | 'ḇ' => "b",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' | 'ḉ' => "c",
        'ď' | 'đ' | 'ḋ' | 'ḍ' | 'ḏ' | 'ḑ' | 'ḓ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ȅ' | 'ȇ' | 'ȩ' | 'ḕ' | 'ḗ' | 'ḙ'
        | 'ḛ' | 'ḝ' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => "e",
        'ḟ' => "f",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'ǧ' | 'ǵ' | 'ḡ' => "g",
        'ĥ' | 'ȟ' | 'ḣ' | 'ḥ' | 'ḧ' | 'ḩ' | 'ḫ' | 'ẖ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ǐ' | 'ȉ' | 'ȋ' | 'ḭ' | 'ḯ' | 'ỉ' | 'ị' => {
            "i"
        }
        'ĵ' | 'ǰ' => "j",
        'ķ' | 'ǩ' | 'ḱ' | 'ḳ' | 'ḵ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' | 'ḷ' | 'ḹ' | 'ḻ' | 'ḽ' => "l",
        'ḿ' | 'ṁ' | 'ṃ' => "m",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ǹ' | 'ṅ' | 'ṇ' | 'ṉ' | 'ṋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'ǫ' | 'ǭ' | 'ȍ' | 'ȏ'
        | 'ȫ' | 'ȭ' | 'ȯ' | 'ȱ' | 'ṍ' | 'ṏ' | 'ṑ' | 'ṓ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ'
        | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
        'ṕ' | 'ṗ' => "p",
        'ŕ' | 'ŗ' | 'ř' | 'ȑ' | 'ȓ' | 'ṙ' | 'ṛ' | 'ṝ' | 'ṟ' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṡ' | 'ṣ' | 'ṥ' | 'ṧ' | 'ṩ' => "s",
        'ţ' | 'ť' | 'ț' | 'ṫ' | 'ṭ' | 'ṯ' | 'ṱ' | 'ẗ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ'
        | 'ǜ' | 'ȕ' | 'ȗ' | 'ṳ' | 'ṵ' | 'ṷ' | 'ṹ' | 'ṻ' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ'
        | 'ự' => "u",
        'ṽ' | 'ṿ' => "v",
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' | 'ẇ' | 'ẉ' | 'ẘ' => "w",
        'ẋ' | 'ẍ' => "x",
        'ý' | 'ÿ' | 'ŷ' | 'ȳ' | 'ẏ' | 'ẙ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' | 'ẑ' | 'ẓ' | 'ẕ' => "z",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => "'",
        '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => "-",
        '\u{00a0}' | '\u{202f}' => " ",
        // Combining accents left over from decomposed input are dropped.
        '\u{0300}'..='\u{036f}' => "",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::fold;
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};

    /// Every Latin letter (Latin-1, Extended-A and -B, Extended Additional) whose canonical
    /// decomposition is ASCII letters and combining marks folds to those letters: ğ, ș, ț,
    /// ẽ… as well as the French accents.
    #[test]
    fn folding_agrees_with_unicode_decomposition_over_latin_letters() {
        let ranges = ['\u{c0}'..='\u{24f}', '\u{1e00}'..='\u{1eff}'];
        let mut checked = 0;
        for c in ranges.into_iter().flatten().filter(|c| c.is_lowercase()) {
            let mut base = String::new();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    base.push(d);
                }
            });
            if base.chars().all(|b| b.is_ascii_alphabetic()) && base != c.to_string() {
                assert_eq!(fold(&c.to_string()), base, "{c} (U+{:04X})", u32::from(c));
                checked += 1;
            }
        }
        assert!(checked > 200, "{checked} letters checked");
        assert_eq!(fold("Ștefan Çağrı Đorđe"), "stefan cagrı dorde");
    }

    #[test]
    fn accents_and_case_are_removed() {
        assert_eq!(fold("Élysée"), "elysee");
        assert_eq!(fold("FOURRIÈRES"), "fourrieres");
        assert_eq!(fold("Ministère de l'Intérieur"), "ministere de l'interieur");
    }

    #[test]
    fn ligatures_are_expanded() {
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("Æ ß"), "ae ss");
    }

    #[test]
    fn typographic_signs_become_ascii() {
        assert_eq!(fold("l’État"), "l'etat");
        assert_eq!(fold("Data\u{2011}Subvention"), "data-subvention");
    }

    #[test]
    fn decomposed_accents_are_dropped() {
        assert_eq!(fold("e\u{0301}te\u{0301}"), "ete");
    }
}

/// A word of a text: its folded form and where it stands in the original text (byte range),
/// so that matches can be highlighted in the text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded word (lower case, no accents).
    pub folded: String,
    /// Byte offset of its first character in the original text.
    pub start: usize,
    /// Byte offset just after its last character in the original text.
    pub end: usize,
}

/// Splits text into words: runs of letters and digits. Apostrophes and hyphens separate
/// words (`l'État` → `l`, `etat`; `Data-Subvention` → `data`, `subvention`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    each_word(text, &mut |folded, span| {
        tokens.push(Token {
            folded: folded.to_owned(),
            start: span.start,
            end: span.end,
        })
    });
    tokens
}

/// Calls `f` with each folded word of `text`, reusing one buffer: the allocation-free form of
/// [`tokenize`] for indexing, where offsets are not needed.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    each_word(text, &mut |word, _| f(word));
}

/// The word splitter behind [`tokenize`] and [`for_each_word`]: calls `f` with each folded
/// word and the byte range it spans in `text` (a combining accent after a word's last letter
/// included). Compiled once rather than for each caller's closure (the page's wasm is tuned
/// for size).
///
/// An index reads every word of every project, and in the size-tuned wasm a call per character
/// (decoding it, pushing it) was a third of the index's build: runs of ASCII letters and
/// digits are read a run at a time, and a word that is such a run, in lower case, is given as
/// it stands in `text`, without a copy.
fn each_word(text: &str, f: &mut dyn FnMut(&str, Range<usize>)) {
    let mut word = String::new();
    // Where the word being read starts and ends in `text`.
    let mut span: Option<Range<usize>> = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let run = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if run > 0 {
            let end = at + run;
            // Both ends of an ASCII run are character boundaries.
            let piece = &text[at..end];
            // Begun after no letter, and ended by an ASCII sign or the text's end, the run is
            // a whole word (a letter beyond ASCII, é, or an accent would continue it).
            let whole = span.is_none() && bytes.get(end).is_none_or(u8::is_ascii);
            if whole && !piece.bytes().any(|b| b.is_ascii_uppercase()) {
                f(piece, at..end);
            } else {
                let from = word.len();
                word.push_str(piece);
                word[from..].make_ascii_lowercase();
                span = Some(span.map_or(at, |s| s.start)..end);
            }
            at = end;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let start = at;
        at += c.len_utf8();
        if push_letter(&mut word, c) {
            span = Some(span.map_or(start, |s| s.start)..at);
        } else if is_combining(c) {
            // A combining accent folds to nothing and belongs to the word it follows.
            if let Some(span) = span.as_mut() {
                span.end = at;
            }
        } else if let Some(span) = span.take() {
            // A run of letters that all fold to nothing is no word.
            if !word.is_empty() {
                f(&word, span);
                word.clear();
            }
        }
    }
    if let Some(span) = span.filter(|_| !word.is_empty()) {
        f(&word, span);
    }
}

/// Adds `c` to `word`, lower-cased and folded, if it is a letter or a digit; says whether it
/// was. The one definition of a word's characters.
#[inline]
fn push_letter(word: &mut String, c: char) -> bool {
    if c.is_ascii() {
        let letter = c.is_ascii_alphanumeric();
        if letter {
            word.push(c.to_ascii_lowercase());
        }
        letter
    } else if latin1_lower(c).is_some() || c.is_alphanumeric() {
        push_lower(word, c);
        true
    } else {
        false
    }
}

/// Adds a character beyond ASCII, lower-cased and folded: the one route of such a character
/// into a word or a folded text.
fn push_lower(word: &mut String, c: char) {
    match latin1_lower(c) {
        Some(lower) => push_folded(word, lower),
        None => {
            for lower in c.to_lowercase() {
                push_folded(word, lower);
            }
        }
    }
}

/// Whether `c` is a combining accent (U+0300 to U+036F).
fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

/// The lower case of a Latin-1 letter (À to ÿ but × and ÷: most of the accented letters of
/// French text), found without Unicode's tables, which cost a tenth of an index's build.
fn latin1_lower(c: char) -> Option<char> {
    match c {
        '×' | '÷' => None,
        'À'..='Þ' => char::from_u32(u32::from(c) + 0x20),
        'ß'..='ÿ' => Some(c),
        _ => None,
    }
}

/// Adds a lower-case letter to a word, folded (see [`fold_lower`]).
fn push_folded(word: &mut String, lower: char) {
    match fold_lower(lower) {
        Some(folded) => word.push_str(folded),
        None => word.push(lower),
    }
}

/// French words too common to search on (articles, prepositions, conjunctions, elided forms).
const STOP_WORDS: [&str; 37] = [
    "a", "au", "aux", "avec", "c", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "j",
    "l", "la", "le", "les", "leur", "leurs", "m", "n", "ou", "par", "pour", "qu", "que", "qui",
    "s", "sa", "se", "ses", "sur", "t", "un", "une",
];

/// Whether a folded word is a French stop word, ignored in queries.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod token_tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.folded).collect()
    }

    #[test]
    fn apostrophes_and_hyphens_split_words() {
        assert_eq!(words("l’État"), vec!["l", "etat"]);
        assert_eq!(words("d'intégration"), vec!["d", "integration"]);
        assert_eq!(words("Data-Subvention"), vec!["data", "subvention"]);
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "Cœur de l'Élysée";
        let tokens = tokenize(text);
        assert_eq!(tokens[0].folded, "coeur");
        assert_eq!(&text[tokens[0].start..tokens[0].end], "Cœur");
        assert_eq!(&text[tokens[3].start..tokens[3].end], "Élysée");
        assert_eq!(tokens[3].folded, "elysee");
    }

    #[test]
    fn decomposed_accents_stay_inside_their_word() {
        let text = "e\u{301}te\u{301} x";
        let tokens = tokenize(text);
        assert_eq!(tokens[0].folded, "ete");
        assert_eq!(tokens[0].end, text.find(' ').unwrap());
    }

    #[test]
    fn for_each_word_sees_the_words_of_tokenize() {
        let text = "L’État, cœur-de-cible : e\u{301}te\u{301} 2024 ! ÀÞ×÷ßÿ";
        let mut seen = Vec::new();
        for_each_word(text, |w| seen.push(w.to_owned()));
        assert_eq!(seen, words(text));
    }

    #[test]
    fn a_lower_case_ascii_word_is_given_without_a_copy() {
        let text = "projet Mentor été 2018 ; fourrière";
        let range = text.as_bytes().as_ptr_range();
        let mut seen = Vec::new();
        for_each_word(text, |w| {
            seen.push((w.to_owned(), range.contains(&w.as_ptr())))
        });
        let expected = [
            ("projet", true),
            ("mentor", false),
            ("ete", false),
            ("2018", true),
            ("fourriere", false),
        ];
        assert_eq!(seen, expected.map(|(w, borrowed)| (w.to_owned(), borrowed)));
    }

    /// The splitter's definition, a character at a time: the model the run-at-a-time splitter
    /// must agree with.
    fn model_tokens(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut word = String::new();
        let mut span: Option<(usize, usize)> = None;
        for (offset, c) in text.char_indices() {
            let end = offset + c.len_utf8();
            if push_letter(&mut word, c) {
                span = Some((span.map_or(offset, |(start, _)| start), end));
            } else if is_combining(c) {
                if let Some((_, word_end)) = span.as_mut() {
                    *word_end = end;
                }
            } else if let Some((start, end)) = span.take() {
                if !word.is_empty() {
                    let folded = std::mem::take(&mut word);
                    tokens.push(Token { folded, start, end });
                }
            }
        }
        if let Some((start, end)) = span.filter(|_| !word.is_empty()) {
            tokens.push(Token {
                folded: word,
                start,
                end,
            });
        }
        tokens
    }

    proptest::proptest! {
        /// Words, folded forms and offsets are those of the character-at-a-time definition on
        /// any text, Latin-1's letters and signs and any other character included, and
        /// for_each_word sees the same words.
        #[test]
        fn the_splitter_agrees_with_its_definition(text in "[a-zA-Z0-9 ,'\u{a0}-\u{17f}\u{300}-\u{36f}\u{391}-\u{3c9}\u{1e00}-\u{1eff}]{0,40}") {
            let model = model_tokens(&text);
            let mut seen = Vec::new();
            for_each_word(&text, |w| seen.push(w.to_owned()));
            proptest::prop_assert_eq!(&seen, &model.iter().map(|t| t.folded.clone()).collect::<Vec<_>>());
            proptest::prop_assert_eq!(tokenize(&text), model);
        }
    }

    #[test]
    fn stop_words_are_recognised_and_sorted() {
        assert!(
            STOP_WORDS.windows(2).all(|w| w[0] < w[1]),
            "binary search needs order"
        );
        for w in ["de", "la", "l", "d", "une", "et"] {
            assert!(is_stop_word(w), "{w}");
        }
        assert!(!is_stop_word("justice"));
    }
}
