//! Typo tolerance: a bounded Damerau–Levenshtein distance (optimal string alignment), where
//! swapping two neighbouring letters counts as one edit.

/// The edit distance allowed for a query word of `len` characters: none below 5 characters,
/// 1 from 5, 2 from 9 (short words would match too many others).
pub fn allowed_edits(len: usize) -> u8 {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The bytes a word contains, as a set of 32 bits (letters `a`–`z` each their own bit, other
/// bytes sharing the rest). An edit adds at most one byte to the set and removes at most one,
/// so two words `k` edits apart differ in at most `2k` bits: a test that rules most of a
/// vocabulary out before any distance is computed.
pub fn letters(word: &[u8]) -> u32 {
    word.iter().fold(0, |set, &b| {
        let bit = match b {
            b'a'..=b'z' => b - b'a',
            _ => 26 + b % 6,
        };
        set | 1 << bit
    })
}

/// Whether words with letter sets `a` and `b` (see [`letters`]) may be within `edits`.
pub fn may_be_within(a: u32, b: u32, edits: u8) -> bool {
    (a ^ b).count_ones() <= 2 * u32::from(edits)
}

/// The optimal-string-alignment distance between `a` and `b` if it is at most `max`, else
/// `None`. Works on bytes: folded words are ASCII (others are compared byte by byte, which
/// only makes a non-ASCII typo cost more).
pub fn within(a: &[u8], b: &[u8], max: u8) -> Option<u8> {
    let max = usize::from(max);
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rolling rows: two back (for transpositions), previous, current.
    let n = b.len();
    let mut two_back = vec![0usize; n + 1];
    let mut previous: Vec<usize> = (0..=n).collect();
    let mut current = vec![0usize; n + 1];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(two_back[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut two_back, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let d = previous[n];
    (d <= max).then(|| u8::try_from(d).unwrap_or(u8::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: u8) -> Option<u8> {
        within(a.as_bytes(), b.as_bytes(), max)
    }

    #[test]
    fn edits_allowed_grow_with_length() {
        assert_eq!(allowed_edits(4), 0);
        assert_eq!(allowed_edits(5), 1);
        assert_eq!(allowed_edits(8), 1);
        assert_eq!(allowed_edits(9), 2);
    }

    #[test]
    fn one_substitution_insertion_or_deletion() {
        assert_eq!(d("justice", "justise", 1), Some(1));
        assert_eq!(d("inteligence", "intelligence", 2), Some(1));
        assert_eq!(d("fourriere", "fourrieres", 1), Some(1));
    }

    #[test]
    fn a_transposition_counts_as_one() {
        assert_eq!(d("justcie", "justice", 1), Some(1));
        assert_eq!(d("numreique", "numerique", 2), Some(1));
    }

    #[test]
    fn beyond_the_bound_is_none() {
        assert_eq!(d("justice", "police", 1), None);
        assert_eq!(d("a", "abcd", 2), None);
        assert_eq!(d("same", "same", 0), Some(0));
    }

    proptest::proptest! {
        #[test]
        fn the_letter_test_never_rules_out_a_word_within_reach(
            a in "[a-e0-9é]{0,9}",
            b in "[a-e0-9é]{0,9}",
            edits in 0u8..3,
        ) {
            if within(a.as_bytes(), b.as_bytes(), edits).is_some() {
                proptest::prop_assert!(may_be_within(letters(a.as_bytes()), letters(b.as_bytes()), edits));
            }
        }
    }

    #[test]
    fn the_letter_test_rules_out_words_far_apart() {
        assert!(!may_be_within(
            letters(b"justice"),
            letters(b"fourriere"),
            2
        ));
        assert!(may_be_within(letters(b"justice"), letters(b"jsutice"), 1));
    }
}
