//! Text folding shared by search, sorting and data validation: lower case, no accents.
//!
//! French text only needs Latin letters, so the folding table is written out here instead of
//! pulling Unicode normalisation tables into the wasm (they would weigh more than the app).

/// Folds text for comparison: lower case, accents removed, ligatures expanded
/// (`Élysée` → `elysee`, `cœur` → `coeur`), typographic apostrophes made straight.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            match fold_lower(lower) {
                Some(folded) => out.push_str(folded),
                None => out.push(lower),
            }
        }
    }
    out
}

/// The ASCII spelling of a lower-case accented letter, ligature or typographic sign.
fn fold_lower(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
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
