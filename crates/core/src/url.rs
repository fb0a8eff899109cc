//! The view state in the URL query string, so that every view is a link that reopens it.
//!
//! `encode` writes only what differs from the default view (short links); `decode` never
//! fails: each parameter it cannot use (unknown name, bad value, unknown project, too long,
//! invalid percent-escape) is dropped and reported as an [`Ignored`], and the rest applies.
//! The codec is written by hand rather than with `serde_urlencoded` because serde rejects a
//! whole struct on the first bad field, while a shared link must keep all that is still valid.

use crate::breakdown::GroupColumn;
use crate::catalog::Catalog;
use crate::facets::Facet;
use crate::filters::{Amount, Bounds};
use crate::i18n::Lang;
use crate::sort::{Column, Direction, SortKey};
use crate::state::{Scheme, ViewState, MAX_COMPARED};

/// Longest accepted value of one parameter, in bytes after decoding.
pub const MAX_VALUE_LEN: usize = 500;
/// Separator between the selected values of one facet.
const VALUE_SEPARATOR: char = '|';
/// Highest page number accepted.
const MAX_PAGE: usize = 1_000_000;

/// Most parameters read from one URL; the rest are ignored.
pub const MAX_PARAMS: usize = 50;

/// A URL parameter that was dropped, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// Parameter name as found (decoded when possible).
    pub key: String,
    /// Why it was dropped.
    pub reason: Reason,
}

/// Why a URL parameter was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The name is not a parameter of the app.
    UnknownName,
    /// The value cannot be read (bad column, bad language…).
    BadValue,
    /// The project id does not exist in the dataset.
    UnknownProject,
    /// A facet value that no project has.
    UnknownValue,
    /// The value is longer than [`MAX_VALUE_LEN`].
    TooLong,
    /// A `%` escape is malformed or does not decode to UTF-8.
    BadEscape,
    /// The parameter appears twice; the first one was used.
    Repeated,
    /// More than [`MAX_PARAMS`] parameters.
    TooMany,
}

/// The value of `all` whose key is `name`: every enum in a link is read back through the
/// same `key()` that wrote it.
pub fn keyed<T: Copy>(all: &[T], key: fn(T) -> &'static str, name: &str) -> Option<T> {
    all.iter().copied().find(|&value| key(value) == name)
}

fn column_named(name: &str) -> Option<Column> {
    keyed(&Column::ALL, Column::key, name)
}

/// Percent-encodes a value for a query string (RFC 3986 unreserved characters stay as is).
pub(crate) fn escape(value: &str, out: &mut String) {
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(byte))
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
}

/// Decodes `+` and `%XX` escapes; `None` if an escape is malformed or the bytes are not UTF-8.
pub(crate) fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(
                    u8::from_str_radix(hex, 16)
                        .ok()
                        .filter(|_| hex.bytes().all(|b| b.is_ascii_hexdigit()))?,
                );
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Folder of the project pages written at build time: `projets/<id>/` under the explorer's.
pub const PROJECT_PAGES: &str = "projets";

/// The project id in the path of a project's own page (`/any/prefix/projets/<id>/`, or
/// `…/index.html`), if the path is one; ids are checked like the data's (a-z, 0-9, hyphens).
pub fn project_in_path(path: &str) -> Option<String> {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let rest = path.strip_suffix('/')?;
    let (folder, id) = rest.rsplit_once('/')?;
    let valid = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (folder.ends_with(&format!("/{PROJECT_PAGES}")) && valid).then(|| id.to_owned())
}

/// The project of the catalog whose own page `path` is, if it is one.
pub fn page_project(path: &str, catalog: &Catalog) -> Option<String> {
    project_in_path(path).filter(|id| catalog.position(id).is_some())
}

/// The view an address asks for: its query string ([`decode`]), the project of the page's
/// path when the query opens none (a project's own page), and the ignored parameters.
pub fn decode_address(search: &str, path: &str, catalog: &Catalog) -> (ViewState, Vec<Ignored>) {
    let (mut view, ignored) = decode(search, catalog);
    if view.project.is_none() {
        view.project = page_project(path, catalog);
    }
    (view, ignored)
}

/// A project's own page, relative to the explorer's folder (`projets/<id>/`).
pub fn project_page(id: &str) -> String {
    let mut out = String::with_capacity(PROJECT_PAGES.len() + id.len() + 2);
    out.push_str(PROJECT_PAGES);
    out.push('/');
    escape(id, &mut out);
    out.push('/');
    out
}

/// The permalinks of the projects of one view: each project's own page (`projets/<id>/`,
/// relative to the explorer's folder) followed by the rest of the view, encoded once (the
/// project table links every row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectLinks {
    /// The view's query string, without its open project.
    rest: String,
}

impl ProjectLinks {
    /// The links of `view`'s projects (its own open project, if any, replaced).
    pub fn of(view: &ViewState) -> ProjectLinks {
        ProjectLinks {
            rest: encode(&ViewState {
                project: None,
                ..view.clone()
            }),
        }
    }

    /// The link to the view with project `id` opened: its page, then the view's other
    /// settings (`projets/<id>/?q=…`). The page shows that project whatever the query says.
    pub fn link(&self, id: &str) -> String {
        project_page(id) + &self.rest
    }

    /// What follows every project's page in its link: the view's query string (`?q=…`), or
    /// an empty string for the default view. A page's path never holds a `?`.
    pub fn rest(&self) -> &str {
        &self.rest
    }
}

/// The address of `view` to share or print, relative to the explorer's folder: an open
/// project's own page with the rest of the view, else the view's query string (`./` for the
/// default view). The `?project=` form that [`encode`] writes stays readable by [`decode`].
pub fn permalink(view: &ViewState) -> String {
    match &view.project {
        Some(id) => ProjectLinks::of(view).link(id),
        None => {
            let search = encode(view);
            if search.is_empty() {
                "./".to_owned()
            } else {
                search
            }
        }
    }
}

/// The query string of a view (`?q=…&sort=-ftap`), or an empty string for the default view.
pub fn encode(view: &ViewState) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if !view.query.is_empty() {
        pairs.push(("q", view.query.clone()));
    }
    for facet in Facet::ALL {
        if let Some(values) = view.facets.get(&facet).filter(|v| !v.is_empty()) {
            let joined: Vec<&str> = values.iter().map(String::as_str).collect();
            pairs.push((facet.key(), joined.join(&VALUE_SEPARATOR.to_string())));
        }
    }
    for amount in Amount::ALL {
        let bounds = view.ranges.get(amount);
        if bounds.is_set() {
            let side = |b: Option<u64>| b.map(|n| n.to_string()).unwrap_or_default();
            pairs.push((
                amount.key(),
                format!("{}-{}", side(bounds.min), side(bounds.max)),
            ));
        }
    }
    if !view.sort.is_empty() {
        let keys: Vec<String> = view
            .sort
            .iter()
            .map(|k| {
                let sign = if k.direction == Direction::Desc {
                    "-"
                } else {
                    ""
                };
                format!("{sign}{}", k.column.key())
            })
            .collect();
        pairs.push(("sort", keys.join(",")));
    }
    if view.group != Facet::Ministry {
        pairs.push(("group", view.group.key().to_owned()));
    }
    if let Some((column, descending)) = view.group_sort {
        let sign = if descending { "-" } else { "" };
        pairs.push(("gsort", format!("{sign}{}", column.key())));
    }
    if view.page > 0 {
        pairs.push(("page", (view.page + 1).to_string()));
    }
    if let Some(id) = &view.project {
        pairs.push(("project", id.clone()));
    }
    if !view.compare.is_empty() {
        pairs.push(("compare", view.compare.join(",")));
    }
    if view.confirmed_only {
        pairs.push(("confirmed", "1".into()));
    }
    if !view.columns.is_empty() {
        let names: Vec<&str> = view.columns.iter().map(|&c| c.key()).collect();
        pairs.push(("cols", names.join(",")));
    }
    if view.lang == Lang::En {
        pairs.push(("lang", view.lang.code().into()));
    }
    if let Some(scheme) = view.scheme {
        pairs.push(("scheme", scheme.key().into()));
    }
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(key);
        out.push('=');
        escape(value, &mut out);
    }
    out
}

fn decode_sort(value: &str) -> Option<Vec<SortKey>> {
    let mut keys: Vec<SortKey> = Vec::new();
    for part in value.split(',') {
        let (direction, name) = match part.strip_prefix('-') {
            Some(name) => (Direction::Desc, name),
            None => (Direction::Asc, part),
        };
        let column = column_named(name)?;
        if keys.iter().any(|k| k.column == column) {
            return None;
        }
        keys.push(SortKey { column, direction });
    }
    Some(keys)
}

fn decode_bounds(value: &str) -> Option<Bounds> {
    let (min, max) = value.split_once('-')?;
    let side = |s: &str| -> Option<Option<u64>> {
        if s.is_empty() {
            Some(None)
        } else if s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok().map(Some)
        } else {
            None
        }
    };
    let bounds = Bounds {
        min: side(min)?,
        max: side(max)?,
    };
    let ordered = match (bounds.min, bounds.max) {
        (Some(a), Some(b)) => a < b,
        _ => true,
    };
    (bounds.is_set() && ordered).then_some(bounds)
}

fn decode_page(value: &str) -> Option<usize> {
    let page: usize = value
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| value.parse().ok())
        .flatten()?;
    (1..=MAX_PAGE).contains(&page).then(|| page - 1)
}

/// Whether a character would change how the text around it is read without being seen:
/// control characters, bidirectional overrides, embeddings and isolates, zero-width marks.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}' // zero-width space and joiners, LRM, RLM
            | '\u{2028}'..='\u{202e}' // line/paragraph separators, bidi embeddings and overrides
            | '\u{2060}'..='\u{2069}' // word joiner, invisible operators, bidi isolates
            | '\u{061c}' // Arabic letter mark
            | '\u{feff}') // zero-width no-break space
}

/// A parameter name as the notice may show it: invisible and bidi characters removed, at most
/// `max` characters, so that an attacker-chosen name cannot disguise itself.
pub fn printable(name: &str, max: usize) -> String {
    name.chars()
        .filter(|&c| !is_invisible(c))
        .take(max)
        .collect()
}

/// Reads a view from a query string (with or without its leading `?`). Never fails: returns
/// the view built from the usable parameters and the list of the ignored ones.
pub fn decode(search: &str, catalog: &Catalog) -> (ViewState, Vec<Ignored>) {
    let mut view = ViewState::default();
    let mut ignored = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let search = search.strip_prefix('?').unwrap_or(search);
    for (n, pair) in search.split('&').filter(|p| !p.is_empty()).enumerate() {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = unescape(raw_key).unwrap_or_else(|| raw_key.to_owned());
        let mut drop = |reason| {
            ignored.push(Ignored {
                key: printable(&key, 40),
                reason,
            })
        };
        if n >= MAX_PARAMS {
            drop(Reason::TooMany);
            break;
        }
        // Every name the view encodes: its own, each facet's and each amount's key.
        let fixed = [
            "q",
            "sort",
            "page",
            "project",
            "lang",
            "scheme",
            "group",
            "gsort",
            "compare",
            "cols",
            "confirmed",
        ];
        let known = fixed
            .into_iter()
            .chain(Facet::ALL.map(Facet::key))
            .chain(Amount::ALL.map(Amount::key));
        // The parameters of a view of opened data are that view's (see `open::address`).
        if crate::open::address::KEYS.contains(&key.as_str()) {
            continue;
        }
        let Some(name) = known.into_iter().find(|k| *k == key) else {
            drop(Reason::UnknownName);
            continue;
        };
        if seen.contains(&name) {
            drop(Reason::Repeated);
            continue;
        }
        seen.push(name);
        let Some(value) = unescape(raw_value) else {
            drop(Reason::BadEscape);
            continue;
        };
        if value.len() > MAX_VALUE_LEN {
            drop(Reason::TooLong);
            continue;
        }
        match name {
            "q" => view.query = value,
            "sort" => match decode_sort(&value) {
                Some(keys) => view.sort = keys,
                None => drop(Reason::BadValue),
            },
            "group" => match keyed(&Facet::GROUPINGS, Facet::key, &value) {
                Some(facet) => view.group = facet,
                None => drop(Reason::BadValue),
            },
            "gsort" => {
                let (descending, name) = match value.strip_prefix('-') {
                    Some(name) => (true, name),
                    None => (false, value.as_str()),
                };
                match keyed(&GroupColumn::ALL, GroupColumn::key, name) {
                    Some(column) => view.group_sort = Some((column, descending)),
                    None => drop(Reason::BadValue),
                }
            }
            "page" => match decode_page(&value) {
                Some(page) => view.page = page,
                None => drop(Reason::BadValue),
            },
            "project" => {
                if catalog.data.projects.iter().any(|p| p.id == value) {
                    view.project = Some(value);
                } else {
                    drop(Reason::UnknownProject);
                }
            }
            "compare" => {
                let ids: Vec<&str> = value.split(',').collect();
                let known = |id: &&str| catalog.data.projects.iter().any(|p| p.id == *id);
                let mut distinct = ids.clone();
                crate::compact_sort::sort(&mut distinct);
                distinct.dedup();
                if ids.len() > MAX_COMPARED || distinct.len() != ids.len() {
                    drop(Reason::BadValue);
                } else if !ids.iter().all(known) {
                    drop(Reason::UnknownProject);
                } else {
                    view.compare = ids.into_iter().map(str::to_owned).collect();
                }
            }
            "confirmed" => match value.as_str() {
                "1" => view.confirmed_only = true,
                _ => drop(Reason::BadValue),
            },
            "cols" => {
                let columns: Option<Vec<Column>> = value
                    .split(',')
                    .map(|name| column_named(name).filter(|c| Column::OPTIONAL.contains(c)))
                    .collect();
                match columns {
                    Some(mut columns) => {
                        Column::order_optional(&mut columns);
                        view.columns = columns;
                    }
                    None => drop(Reason::BadValue),
                }
            }
            "lang" => match keyed(&Lang::ALL, Lang::code, &value) {
                Some(lang) => view.lang = lang,
                None => drop(Reason::BadValue),
            },
            "scheme" => match keyed(&Scheme::ALL, Scheme::key, &value) {
                Some(scheme) => view.scheme = Some(scheme),
                None => drop(Reason::BadValue),
            },
            _ => {
                if let Some(facet) = keyed(&Facet::ALL, Facet::key, name) {
                    let values: Vec<&str> = value.split(VALUE_SEPARATOR).collect();
                    if values.iter().all(|v| catalog.facets.has_value(facet, v)) {
                        let chosen = view.facets.entry(facet).or_default();
                        chosen.extend(values.into_iter().map(str::to_owned));
                    } else {
                        drop(Reason::UnknownValue);
                    }
                } else if let Some(amount) = keyed(&Amount::ALL, Amount::key, name) {
                    match decode_bounds(&value) {
                        Some(bounds) => view.ranges.set(amount, bounds),
                        None => drop(Reason::BadValue),
                    }
                }
            }
        }
    }
    (view, ignored)
}

/// How a change of view should reach the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// Nothing changed.
    Keep,
    /// Only the text being typed changed: replace the entry, so Back does not replay keystrokes.
    Replace,
    /// A discrete action (sort, open a project, language…): a new entry Back can return from.
    Push,
}

/// Chooses how to record the change from `old` to `new` in the history.
pub fn history_mode(old: &ViewState, new: &ViewState) -> HistoryMode {
    let only_query_changed = *new
        == (ViewState {
            query: new.query.clone(),
            ..old.clone()
        });
    if old == new {
        HistoryMode::Keep
    } else if only_query_changed {
        HistoryMode::Replace
    } else {
        HistoryMode::Push
    }
}

#[cfg(test)]
#[path = "url/tests.rs"]
mod tests;
