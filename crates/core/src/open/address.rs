//! The address of a view of opened data: which file (`data`), its mapping (`map`,
//! `primary`, and `commas` when the reader said how the amounts are written), the search
//! (`dq`) and the sort (`dsort`).
//!
//! Only a file served with the explorer can be named (a relative address): a link must not
//! make a reader's browser fetch another site's data. A file picked or dropped has no
//! address; its view is not shareable, and the page says so.

use super::explore::{Query, SortBy};
use super::schema::{Kind, Role, Schema};
use super::value::Marks;
use crate::url::{escape, keyed, unescape};
use serde::{Deserialize, Serialize};

/// The parameters this module reads; the FTAP view leaves them alone.
pub const KEYS: [&str; 6] = ["data", "map", "primary", "commas", "dq", "dsort"];

/// Longest `data` address accepted.
const MAX_ADDRESS: usize = 500;

/// A shareable view of a file served with the explorer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    /// The file, relative to the explorer's folder.
    pub data: String,
    /// The mapping the reader confirmed (None: propose one).
    pub schema: Option<Schema>,
    /// Search text and sort (the rest of a query starts empty).
    pub query: Query,
}

/// Why a `data` link cannot be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AddressProblem {
    /// The address names another site or a scheme (only the explorer's own files open).
    NotRelative,
    /// The address is too long or badly escaped.
    Malformed,
}

/// Reads the address of opened data from a query string: `None` when there is no `data`.
/// A bad `map`, `primary` or `dsort` is left out (the mapping is then proposed again).
pub fn decode(search: &str) -> Option<Result<Address, AddressProblem>> {
    let search = search.strip_prefix('?').unwrap_or(search);
    let mut address = Address::default();
    let mut data = None;
    let (mut roles, mut primary, mut marks) = (None, None, None);
    for pair in search.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = unescape(value) else {
            if key == "data" {
                return Some(Err(AddressProblem::Malformed));
            }
            continue;
        };
        match key {
            "data" => data = Some(value),
            "map" => {
                roles = value
                    .split(',')
                    .map(Role::from_key)
                    .collect::<Option<Vec<Role>>>();
            }
            "primary" => primary = value.parse::<usize>().ok(),
            "commas" => marks = keyed(&Marks::ALL, Marks::key, &value),
            "dq" => address.query.text = value,
            "dsort" => address.query.sort = decode_sort(&value).unwrap_or_default(),
            _ => {}
        }
    }
    let data = data?;
    if data.len() > MAX_ADDRESS || data.is_empty() {
        return Some(Err(AddressProblem::Malformed));
    }
    if !is_relative(&data) {
        return Some(Err(AddressProblem::NotRelative));
    }
    address.data = data;
    address.schema = roles.map(|roles| Schema {
        kind: Kind::Inferred,
        roles,
        primary,
        marks,
    });
    Some(Ok(address))
}

/// Writes the address's parameters (without `?`), in a fixed order.
pub fn encode(address: &Address) -> String {
    let mut out = String::from("data=");
    escape(&address.data, &mut out);
    if let Some(schema) = &address.schema {
        out.push_str("&map=");
        let roles: Vec<&str> = schema.roles.iter().map(|r| r.key()).collect();
        escape(&roles.join(","), &mut out);
        if let Some(p) = schema.primary {
            out.push_str(&format!("&primary={p}"));
        }
        if let Some(marks) = schema.marks {
            out.push_str("&commas=");
            out.push_str(marks.key());
        }
    }
    if !address.query.text.is_empty() {
        out.push_str("&dq=");
        escape(&address.query.text, &mut out);
    }
    if !address.query.sort.is_empty() {
        let keys: Vec<String> = address
            .query
            .sort
            .iter()
            .map(|s| format!("{}{}", if s.descending { "-" } else { "" }, s.column))
            .collect();
        out.push_str("&dsort=");
        escape(&keys.join(","), &mut out);
    }
    out
}

/// `search` (a query string, `?…` or empty) with this module's parameters replaced by `own`
/// (such parameters without `?`, as [`encode`] writes them; empty for none). The FTAP
/// view's parameters (language, theme…) stay as they were.
pub fn with_own(search: &str, own: &str) -> String {
    let search = search.strip_prefix('?').unwrap_or(search);
    let mut pairs: Vec<&str> = search
        .split('&')
        .filter(|p| !p.is_empty() && !KEYS.contains(&key_of(p)))
        .collect();
    if !own.is_empty() {
        pairs.insert(0, own);
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Whether `search` names a file to open (a `data` parameter, good or bad: [`decode`] tells
/// which). The page asks this at start, before it fetches the code that decodes the rest.
pub fn names_data(search: &str) -> bool {
    let search = search.strip_prefix('?').unwrap_or(search);
    search.split('&').any(|pair| key_of(pair) == "data")
}

/// This module's parameters in `search`, as written there (without `?`).
pub fn own_part(search: &str) -> String {
    let search = search.strip_prefix('?').unwrap_or(search);
    let pairs: Vec<&str> = search
        .split('&')
        .filter(|p| KEYS.contains(&key_of(p)))
        .collect();
    pairs.join("&")
}

/// The name of a `name=value` pair.
fn key_of(pair: &str) -> &str {
    pair.split_once('=').map_or(pair, |(key, _)| key)
}

/// `3,-7`: column 3 ascending, then column 7 descending.
fn decode_sort(value: &str) -> Option<Vec<SortBy>> {
    value
        .split(',')
        .map(|key| {
            let (descending, column) = match key.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, key),
            };
            Some(SortBy {
                column: column.parse().ok()?,
                descending,
            })
        })
        .collect()
}

/// Whether `data` stays on the explorer's site: no scheme, no host, no backslash tricks.
fn is_relative(data: &str) -> bool {
    let scheme = data
        .split_once(':')
        .is_some_and(|(before, _)| !before.contains('/'));
    !scheme
        && !data.starts_with("//")
        && !data.contains('\\')
        && !data.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_served_file_with_its_mapping() {
        let search =
            "?data=exemples%2Fsubventions.csv&map=facet,title,amount&primary=2&commas=thousands&dq=judo&dsort=-2,0";
        let address = decode(search).expect("data").expect("valid");
        assert_eq!(address.data, "exemples/subventions.csv");
        let schema = address.schema.clone().expect("map");
        assert_eq!(schema.roles, vec![Role::Facet, Role::Title, Role::Amount]);
        assert_eq!(schema.primary, Some(2));
        assert_eq!(schema.marks, Some(Marks::ThousandsComma));
        assert_eq!(address.query.text, "judo");
        assert_eq!(address.query.sort.len(), 2);
        assert_eq!(decode(&encode(&address)), Some(Ok(address)));
    }

    #[test]
    fn own_parameters_and_the_ftap_ones_live_side_by_side() {
        let search = "?lang=en&data=a.csv&dq=x&scheme=dark";
        assert_eq!(own_part(search), "data=a.csv&dq=x");
        assert_eq!(
            with_own(search, "data=b.csv"),
            "?data=b.csv&lang=en&scheme=dark"
        );
        assert_eq!(with_own(search, ""), "?lang=en&scheme=dark");
        assert_eq!(with_own("", ""), "");
        assert_eq!(
            with_own("?q=mentor", &own_part(search)),
            "?data=a.csv&dq=x&q=mentor"
        );
    }

    #[test]
    fn no_data_no_address() {
        assert_eq!(decode("?q=mentor&lang=en"), None);
        assert_eq!(decode(""), None);
        assert!(!names_data("?q=mentor&lang=en&dq=x"));
        assert!(!names_data(""));
    }

    #[test]
    fn the_start_knows_a_file_is_named_exactly_when_decode_answers() {
        for search in [
            "?data=a.csv",
            "?lang=en&data=",
            "?data",
            "data=%zz",
            "?data=//x.org/a",
        ] {
            assert!(names_data(search), "{search}");
            assert!(decode(search).is_some(), "{search}");
        }
    }

    #[test]
    fn only_the_explorers_own_files() {
        for bad in [
            "https://example.org/x.csv",
            "//example.org/x.csv",
            "javascript:alert(1)",
            "data:text/csv,a",
            "\\\\host\\x.csv",
        ] {
            let mut search = String::from("data=");
            escape(bad, &mut search);
            assert_eq!(
                decode(&search),
                Some(Err(AddressProblem::NotRelative)),
                "{bad}"
            );
        }
        assert_eq!(decode("data="), Some(Err(AddressProblem::Malformed)));
        assert_eq!(decode("data=%zz"), Some(Err(AddressProblem::Malformed)));
        let long = "a".repeat(MAX_ADDRESS + 1);
        assert_eq!(
            decode(&format!("data={long}")),
            Some(Err(AddressProblem::Malformed))
        );
        // A colon after a slash is part of a path, not a scheme.
        assert!(decode("data=dir/a:b.csv").expect("data").is_ok());
    }

    #[test]
    fn a_bad_mapping_is_proposed_again() {
        let address = decode("data=a.csv&map=title,nope&dsort=x")
            .expect("data")
            .expect("ok");
        assert_eq!(address.schema, None);
        assert!(address.query.sort.is_empty());
        // Unknown marks: the file's own first rows decide, as for a link that names none.
        let address = decode("data=a.csv&map=title&commas=comma")
            .expect("data")
            .expect("ok");
        assert_eq!(address.schema.map(|s| s.marks), Some(None));
    }

    proptest! {
        #[test]
        fn addresses_round_trip(
            data in "[a-z0-9_/.-]{1,30}",
            roles in prop::collection::vec(prop::sample::select(Role::ALL.to_vec()), 0..6),
            primary in prop::option::of(0usize..6),
            marks in prop::option::of(prop::sample::select(vec![Marks::DecimalComma, Marks::ThousandsComma])),
            text in "\\PC{0,20}",
            sort in prop::collection::vec((0usize..9, any::<bool>()), 0..3),
        ) {
            prop_assume!(is_relative(&data));
            let address = Address {
                data,
                schema: (!roles.is_empty()).then_some(Schema { kind: Kind::Inferred, roles, primary, marks }),
                query: Query {
                    text,
                    sort: sort.into_iter().map(|(column, descending)| SortBy { column, descending }).collect(),
                    ..Query::default()
                },
            };
            prop_assert_eq!(decode(&encode(&address)), Some(Ok(address)));
        }

        #[test]
        fn names_data_agrees_with_decode(search in "[?]?([a-z]{0,5}(=[a-z%/.]{0,6})?&?){0,4}") {
            prop_assert_eq!(names_data(&search), decode(&search).is_some());
        }
    }
}
