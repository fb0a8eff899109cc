//! How a cell will be read under the role the reader gives its column, as the mapping panel
//! shows it beside each example: the reader sees « 12,500 » read as « 12,50 € » before
//! loading, not after quoting a total.

use super::schema::Role;
use super::value::{parse_amount_in, parse_date, Marks};
use crate::format;
use crate::i18n::{Lang, OwnText};

/// What `text` becomes as an amount (its lone comma meaning what `marks` says) or a date
/// (« 12,50 € », « 15 mars 2023 », or « illisible »); `None` for the roles that keep text as
/// it is written.
pub fn reading(text: &str, role: Role, marks: Marks, lang: Lang) -> Option<String> {
    let read = match role {
        Role::Amount => parse_amount_in(text, marks).map(|c| format::cents(c, lang)),
        Role::Date => parse_date(text).map(|d| format::date(d, lang)),
        _ => return None,
    };
    Some(read.unwrap_or_else(|| OwnText::ReadAsUnreadable.get(lang).to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: Option<String>) -> Option<String> {
        text.map(|t| t.replace(['\u{a0}', '\u{202f}'], " "))
    }

    #[test]
    fn amounts_and_dates_show_how_they_are_read() {
        // In a file written the French way a lone comma is the decimal mark, and the panel
        // shows it before the load; in one written the English way, the thousands.
        assert_eq!(
            plain(reading(
                "12,500",
                Role::Amount,
                Marks::DecimalComma,
                Lang::Fr
            ))
            .as_deref(),
            Some("12,50 €")
        );
        assert_eq!(
            plain(reading(
                "12,500",
                Role::Amount,
                Marks::DecimalComma,
                Lang::En
            ))
            .as_deref(),
            Some("€12.50")
        );
        assert_eq!(
            plain(reading(
                "12,500",
                Role::Amount,
                Marks::ThousandsComma,
                Lang::Fr
            ))
            .as_deref(),
            Some("12 500 €")
        );
        assert_eq!(
            reading("15/03/2023", Role::Date, Marks::default(), Lang::Fr).as_deref(),
            Some("15 mars 2023")
        );
        assert_eq!(
            reading("environ 5000", Role::Amount, Marks::default(), Lang::Fr).as_deref(),
            Some("illisible")
        );
        assert_eq!(
            reading("hier", Role::Date, Marks::default(), Lang::En).as_deref(),
            Some("unreadable")
        );
        for role in [
            Role::Title,
            Role::Text,
            Role::Facet,
            Role::Url,
            Role::Id,
            Role::Other,
        ] {
            assert_eq!(
                reading("12,500", role, Marks::default(), Lang::Fr),
                None,
                "{role:?}"
            );
        }
    }
}
