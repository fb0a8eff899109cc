//! Parsing what the user typed into search terms and quoted phrases.

use crate::text::{is_stop_word, tokenize};

/// One word to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The folded word.
    pub word: String,
    /// Whether it may match as a prefix: the last word while it is still being typed.
    pub prefix: bool,
}

/// A parsed query: every term must match (AND), every phrase must appear contiguously.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedQuery {
    /// Words to match anywhere (stop words removed).
    pub terms: Vec<Term>,
    /// Quoted phrases, as folded word sequences (stop words kept: they are part of a phrase).
    pub phrases: Vec<Vec<String>>,
}

impl ParsedQuery {
    /// Whether the query asks for nothing (then everything matches).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.phrases.is_empty()
    }
}

/// Parses a query: `"…"` delimits a phrase (an unclosed quote runs to the end); other words
/// are terms, French stop words dropped unless the query has nothing else. The last word is a
/// prefix while the user may still be typing it (no space or quote after it).
pub fn parse(query: &str) -> ParsedQuery {
    let mut parsed = ParsedQuery::default();
    let mut loose: Vec<String> = Vec::new();
    for (i, part) in query.split('"').enumerate() {
        let words: Vec<String> = tokenize(part).into_iter().map(|t| t.folded).collect();
        if i % 2 == 1 {
            if !words.is_empty() {
                parsed.phrases.push(words);
            }
        } else {
            loose.extend(words);
        }
    }
    let quotes = query.matches('"').count();
    let still_typing = quotes.is_multiple_of(2) && query.ends_with(char::is_alphanumeric);
    let content: Vec<&String> = loose.iter().filter(|w| !is_stop_word(w)).collect();
    let only_stop_words = content.is_empty() && parsed.phrases.is_empty();
    let kept: Vec<&String> = if only_stop_words {
        loose.iter().collect()
    } else {
        content
    };
    let last_loose = loose.last();
    for word in kept {
        // Only the very last word of the text can still be growing.
        let is_last = last_loose.is_some_and(|l| std::ptr::eq(l, word));
        parsed.terms.push(Term {
            word: word.clone(),
            prefix: still_typing && is_last,
        });
    }
    // Phrase words must also be present: they become exact terms, which narrows the
    // candidates before the contiguity check.
    for phrase in &parsed.phrases {
        for word in phrase.iter().filter(|w| !is_stop_word(w)) {
            if !parsed.terms.iter().any(|t| &t.word == word && !t.prefix) {
                parsed.terms.push(Term {
                    word: word.clone(),
                    prefix: false,
                });
            }
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(q: &str) -> Vec<(String, bool)> {
        parse(q)
            .terms
            .into_iter()
            .map(|t| (t.word, t.prefix))
            .collect()
    }

    #[test]
    fn last_word_is_a_prefix_while_typing() {
        assert_eq!(
            terms("code trav"),
            vec![("code".into(), false), ("trav".into(), true)]
        );
        assert_eq!(
            terms("code trav "),
            vec![("code".into(), false), ("trav".into(), false)]
        );
    }

    #[test]
    fn stop_words_are_dropped_unless_alone() {
        assert_eq!(
            terms("code du travail"),
            vec![("code".into(), false), ("travail".into(), true)]
        );
        assert_eq!(
            terms("de la"),
            vec![("de".into(), false), ("la".into(), true)]
        );
        // A trailing stop word is dropped too: the query then means the same as without it.
        assert_eq!(terms("justice de"), vec![("justice".into(), false)]);
    }

    #[test]
    fn elisions_are_split() {
        assert_eq!(terms("l'immigration "), vec![("immigration".into(), false)]);
        assert_eq!(terms("l’État "), vec![("etat".into(), false)]);
        assert_eq!(
            terms("Élysée cœur "),
            vec![("elysee".into(), false), ("coeur".into(), false)]
        );
    }

    #[test]
    fn quoted_phrases_are_kept_whole_and_add_exact_terms() {
        let q = parse("\"procédure pénale\" justice");
        assert_eq!(
            q.phrases,
            vec![vec!["procedure".to_string(), "penale".to_string()]]
        );
        let words: Vec<&str> = q.terms.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, vec!["justice", "procedure", "penale"]);
        assert!(q.terms[0].prefix, "justice is still being typed");
    }

    #[test]
    fn unclosed_quote_runs_to_the_end_and_is_not_a_prefix() {
        let q = parse("\"prévention des exp");
        assert_eq!(
            q.phrases,
            vec![vec!["prevention".to_string(), "des".into(), "exp".into()]]
        );
        assert!(q.terms.iter().all(|t| !t.prefix));
    }

    #[test]
    fn empty_and_punctuation_queries_are_empty() {
        assert!(parse("").is_empty());
        assert!(parse(" ' - \"\" ").is_empty());
    }
}
