//! How a cell will be read under the role the reader gives its column, as the mapping panel
//! shows it beside each example: the reader sees « 12,500 » read as « 12,50 € » before
//! loading, not after quoting a total.

use super::schema::Role;
use super::value::{parse_amount, parse_date};
use crate::format;
use crate::i18n::{Lang, OwnText};

/// What `text` becomes as an amount or a date (« 12,50 € », « 15 mars 2023 », or
/// « illisible »); `None` for the roles that keep text as it is written.
pub fn reading(text: &str, role: Role, lang: Lang) -> Option<String> {
    let read = match role {
        Role::Amount => parse_amount(text).map(|c| format::cents(c, lang)),
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
        // The French decimal comma: an English thousands comma is read as decimals, and the
        // panel shows it before the load.
        assert_eq!(
            plain(reading("12,500", Role::Amount, Lang::Fr)).as_deref(),
            Some("12,50 €")
        );
        assert_eq!(
            plain(reading("12,500", Role::Amount, Lang::En)).as_deref(),
            Some("€12.50")
        );
        assert_eq!(
            plain(reading("1 234 567", Role::Amount, Lang::Fr)).as_deref(),
            Some("1 234 567 €")
        );
        assert_eq!(
            reading("15/03/2023", Role::Date, Lang::Fr).as_deref(),
            Some("15 mars 2023")
        );
        assert_eq!(
            reading("environ 5000", Role::Amount, Lang::Fr).as_deref(),
            Some("illisible")
        );
        assert_eq!(
            reading("hier", Role::Date, Lang::En).as_deref(),
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
            assert_eq!(reading("12,500", role, Lang::Fr), None, "{role:?}");
        }
    }
}
