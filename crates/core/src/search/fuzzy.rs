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
}
