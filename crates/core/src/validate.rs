//! Turns the text of `data/rounds.csv` and `data/projects.csv` into a checked [`Dataset`].
//!
//! Every problem is reported as `FILE:LINE: column NAME: problem`, all at once, so that whoever
//! edits the data fixes every row in one go. The build script runs this on the real files and
//! refuses to build on any error; the app then embeds data that cannot fail at run time.

use crate::csv_records::{self, Record};
use crate::model::{
    Alias, Dataset, Date, Figure, Grade, Project, Round, RoundKind, Source, Theme, FORMULA_STARTS,
    SOURCE_SEPARATOR,
};
use crate::text::fold;
use std::collections::HashMap;
use std::fmt;

/// Column names of `data/rounds.csv`, in order.
pub const ROUND_COLUMNS: [&str; 11] = [
    "id",
    "year",
    "kind",
    "label",
    "label_en",
    "announced",
    "applications",
    "laureates",
    "ftap_eur",
    "sources",
    "notes",
];

/// Column names of `data/projects.csv`, in order.
pub const PROJECT_COLUMNS: [&str; 20] = [
    "id",
    "round",
    "announced",
    "name",
    "ministry",
    "carrier",
    "theme",
    "tags",
    "project_count",
    "grade",
    "ftap_eur",
    "total_cost_eur",
    "savings_eur",
    "summary",
    "sources",
    "announced_source",
    "ftap_source",
    "total_cost_source",
    "savings_source",
    "notes",
];

/// Column names of `data/sources.csv`, in order.
pub const SOURCE_COLUMNS: [&str; 5] = ["url", "title", "publisher", "published", "consulted"];

/// Column names of `data/themes.csv`, in order.
pub const THEME_COLUMNS: [&str; 3] = ["id", "label_fr", "label_en"];

/// At most this many themes: a facet of more values would not sort projects into themes.
pub const MAX_THEMES: usize = 12;

/// Column names of `data/aliases.csv`, in order.
pub const ALIAS_COLUMNS: [&str; 2] = ["short", "long"];

/// A problem found in a data file, located precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// File name as shown to the user, e.g. `data/projects.csv`.
    pub file: String,
    /// 1-based line where the record starts.
    pub line: usize,
    /// Column concerned, when the problem is in one field.
    pub column: Option<&'static str>,
    /// What is wrong.
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(column) => write!(
                f,
                "{}:{}: column {}: {}",
                self.file, self.line, column, self.problem
            ),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.problem),
        }
    }
}

/// Reads fields of one record by column name and collects errors against it.
struct Row<'a> {
    file: &'a str,
    record: &'a Record,
    columns: &'a [&'static str],
    errors: &'a mut Vec<DataError>,
}

impl Row<'_> {
    fn error(&mut self, column: &'static str, problem: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.to_owned(),
            line: self.record.line,
            column: Some(column),
            problem: problem.into(),
        });
    }

    fn text(&self, column: &'static str) -> String {
        let index = self.columns.iter().position(|c| *c == column);
        index
            .and_then(|i| self.record.fields.get(i))
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    }

    fn required(&mut self, column: &'static str) -> String {
        let value = self.text(column);
        if value.is_empty() {
            self.error(column, "must not be empty");
        }
        value
    }

    /// A whole non-negative number; empty means unknown.
    fn number(&mut self, column: &'static str) -> Option<u64> {
        let value = self.text(column);
        if value.is_empty() {
            return None;
        }
        if let Some(rest) = value.strip_prefix('-') {
            if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) {
                self.error(column, format!("negative amount {value:?}"));
                return None;
            }
        }
        if !value.bytes().all(|b| b.is_ascii_digit()) {
            self.error(
                column,
                format!(
                    "unparseable amount {value:?} (whole euros, digits only; empty if unknown)"
                ),
            );
            return None;
        }
        match value.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                self.error(column, format!("amount {value:?} is too large"));
                None
            }
        }
    }

    fn count(&mut self, column: &'static str) -> Option<u32> {
        let n = self.number(column)?;
        match u32::try_from(n) {
            Ok(n) => Some(n),
            Err(_) => {
                self.error(column, format!("count {n} is too large"));
                None
            }
        }
    }

    fn date(&mut self, column: &'static str) -> Option<Date> {
        let value = self.text(column);
        if value.is_empty() {
            return None;
        }
        let date = Date::parse_iso(&value);
        if date.is_none() {
            self.error(
                column,
                format!("bad date {value:?} (expected an existing YYYY-MM-DD, or empty)"),
            );
        }
        date
    }

    fn sources(&mut self, column: &'static str) -> Vec<String> {
        let value = self.required(column);
        if value.is_empty() {
            return Vec::new();
        }
        let mut urls = Vec::new();
        for url in value.split(SOURCE_SEPARATOR).map(str::trim) {
            match check_source(url) {
                Ok(()) => urls.push(url.to_owned()),
                Err(problem) => self.error(column, format!("source {url:?} {problem}")),
            }
        }
        urls
    }

    /// Free text (names, notes…): trimmed, and refused when a spreadsheet opening an export
    /// would run it as a formula.
    fn words(&mut self, column: &'static str) -> String {
        let value = self.text(column);
        if let Some(first) = value.chars().next().filter(|c| FORMULA_STARTS.contains(c)) {
            self.error(
                column,
                format!("text starts with {first:?}, which a spreadsheet would run as a formula: reword it"),
            );
        }
        value
    }

    /// Free text that must be present.
    fn required_words(&mut self, column: &'static str) -> String {
        let value = self.words(column);
        if value.is_empty() {
            self.error(column, "must not be empty");
        }
        value
    }
}

/// Checks a source address with a real URL parser: https, a registrable host name (not an IP
/// address, at least one dot, a top-level domain of letters), no user name or password, and
/// no control character, space or backslash anywhere (which parsers silently rewrite).
pub fn check_source(text: &str) -> Result<(), String> {
    let usage = format!("(several sources are separated by \"{SOURCE_SEPARATOR}\")");
    if text
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err(format!(
            "contains a space, a control character or a backslash {usage}"
        ));
    }
    let url = url::Url::parse(text).map_err(|e| format!("is not a URL ({e}) {usage}"))?;
    if url.scheme() != "https" {
        return Err(format!("is not an https URL {usage}"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("carries a user name or password".into());
    }
    match url.host() {
        Some(url::Host::Domain(host)) => {
            let tld = host.rsplit('.').next().unwrap_or("");
            let registrable = host.contains('.')
                && tld.len() >= 2
                && tld.bytes().all(|b| b.is_ascii_alphabetic());
            if registrable {
                Ok(())
            } else {
                Err(format!("has no registrable host name ({host:?})"))
            }
        }
        Some(host) => Err(format!("has an IP address for host ({host})")),
        None => Err(format!("has no host {usage}")),
    }
}

/// The repository's own data files (`data/*.csv`), parsed and checked: the real dataset for
/// native tests, benchmarks and fuzz targets (the app embeds it through its build script).
///
/// # Panics
/// If the files are invalid, which the app's build script has already refused.
pub fn repository_dataset() -> Dataset {
    parse_dataset(&DataFiles {
        rounds: include_str!("../../../data/rounds.csv"),
        themes: include_str!("../../../data/themes.csv"),
        projects: include_str!("../../../data/projects.csv"),
        aliases: include_str!("../../../data/aliases.csv"),
        sources: include_str!("../../../data/sources.csv"),
    })
    .unwrap_or_else(|errors| panic!("data/*.csv are invalid: {}", errors[0]))
}

/// Parses a file and checks its header; returns the data records.
fn records(
    file: &str,
    text: &str,
    columns: &[&'static str],
    errors: &mut Vec<DataError>,
) -> Vec<Record> {
    let mut records = match csv_records::parse(text) {
        Ok(records) => records,
        Err(e) => {
            errors.push(DataError {
                file: file.to_owned(),
                line: e.line,
                column: None,
                problem: e.problem,
            });
            return Vec::new();
        }
    };
    if records.is_empty() {
        errors.push(DataError {
            file: file.to_owned(),
            line: 1,
            column: None,
            problem: "file is empty (expected a header line)".into(),
        });
        return Vec::new();
    }
    let header = records.remove(0);
    if header
        .fields
        .iter()
        .map(|f| f.trim())
        .ne(columns.iter().copied())
    {
        errors.push(DataError {
            file: file.to_owned(),
            line: header.line,
            column: None,
            problem: format!("header must be exactly: {}", columns.join(",")),
        });
        return Vec::new();
    }
    records.retain(|record| {
        if record.fields.len() == columns.len() {
            return true;
        }
        errors.push(DataError {
            file: file.to_owned(),
            line: record.line,
            column: None,
            problem: format!(
                "{} fields instead of {} (a comma inside a value needs quotes)",
                record.fields.len(),
                columns.len()
            ),
        });
        false
    });
    records
}

/// The parsed value if no error was found, else every error.
fn finish<T>(value: T, errors: Vec<DataError>) -> Result<T, Vec<DataError>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// Checks that an identifier is made of lower-case ASCII letters, digits and hyphens.
fn check_id(row: &mut Row<'_>, id: &str, seen: &mut HashMap<String, usize>) {
    if id.is_empty() {
        return;
    }
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        row.error(
            "id",
            format!("id {id:?} may only contain a-z, 0-9 and hyphens"),
        );
    }
    if let Some(first) = seen.insert(id.to_owned(), row.record.line) {
        row.error(
            "id",
            format!("duplicate id {id:?} (first used on line {first})"),
        );
    }
}

/// Parses `data/rounds.csv`.
pub fn parse_rounds(file: &str, text: &str) -> Result<Vec<Round>, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut rounds = Vec::new();
    let mut seen = HashMap::new();
    for record in &records(file, text, &ROUND_COLUMNS, &mut errors) {
        let mut row = Row {
            file,
            record,
            columns: &ROUND_COLUMNS,
            errors: &mut errors,
        };
        let id = row.required("id");
        check_id(&mut row, &id, &mut seen);
        let year = row.number("year").and_then(|y| match u16::try_from(y) {
            Ok(y) if (2017..=2100).contains(&y) => Some(y),
            _ => {
                row.error("year", format!("year {y} is outside 2017-2100"));
                None
            }
        });
        let kind_text = row.required("kind");
        let kind = RoundKind::parse(&kind_text).unwrap_or_else(|| {
            if !kind_text.is_empty() {
                row.error(
                    "kind",
                    format!("unknown kind {kind_text:?} (expected call or unassigned)"),
                );
            }
            RoundKind::Call
        });
        let round = Round {
            id,
            year,
            kind,
            label: row.required_words("label"),
            label_en: row.required_words("label_en"),
            announced: row.date("announced"),
            applications: row.count("applications"),
            laureates: row.count("laureates"),
            ftap_eur: row.number("ftap_eur"),
            sources: row.sources("sources"),
            notes: row.words("notes"),
        };
        rounds.push(round);
    }
    finish(rounds, errors)
}

/// Parses `data/themes.csv`: the controlled list of themes (unique ids, both labels, at most
/// [`MAX_THEMES`]).
pub fn parse_themes(file: &str, text: &str) -> Result<Vec<Theme>, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut themes = Vec::new();
    let mut seen = HashMap::new();
    for record in &records(file, text, &THEME_COLUMNS, &mut errors) {
        let mut row = Row {
            file,
            record,
            columns: &THEME_COLUMNS,
            errors: &mut errors,
        };
        let id = row.required("id");
        check_id(&mut row, &id, &mut seen);
        if themes.len() == MAX_THEMES {
            row.error("id", format!("more than {MAX_THEMES} themes: merge some"));
        }
        themes.push(Theme {
            id,
            label_fr: row.required_words("label_fr"),
            label_en: row.required_words("label_en"),
        });
    }
    finish(themes, errors)
}

/// The grade of evidence: one of the codes of [`Grade`].
fn grade(row: &mut Row<'_>) -> Grade {
    let code = row.required("grade");
    Grade::parse(&code).unwrap_or_else(|| {
        if !code.is_empty() {
            row.error(
                "grade",
                format!("unknown grade {code:?} (expected annonce, source or p349)"),
            );
        }
        Grade::Attested
    })
}

/// A whole number of projects of at least 1; empty means 1.
fn project_count(row: &mut Row<'_>) -> u32 {
    match row.count("project_count") {
        None => 1,
        Some(0) => {
            row.error("project_count", "must be at least 1 (empty means 1)");
            1
        }
        Some(n) => n,
    }
}

/// The source of one figure: required when the figure is present, refused when it is not, and
/// one of the row's own sources. Returns its index in `sources`.
fn figure_source(
    row: &mut Row<'_>,
    figure: Figure,
    present: bool,
    sources: &[String],
) -> Option<usize> {
    let column = figure.source_column();
    let url = row.text(column);
    match (present, url.is_empty()) {
        (false, true) => None,
        (true, true) => {
            row.error(
                column,
                "must not be empty: the figure beside it needs its own source",
            );
            None
        }
        (false, false) => {
            row.error(column, "names a source for a figure that is empty (unknown): remove it, or fill the figure");
            None
        }
        (true, false) => {
            if let Err(problem) = check_source(&url) {
                row.error(column, format!("source {url:?} {problem}"));
                return None;
            }
            let index = sources.iter().position(|s| *s == url);
            if index.is_none() {
                row.error(
                    column,
                    format!("source {url:?} is not among the row's sources (column sources)"),
                );
            }
            index
        }
    }
}

/// Parses `data/projects.csv` against the already parsed rounds and themes.
pub fn parse_projects(
    file: &str,
    text: &str,
    rounds: &[Round],
    themes: &[Theme],
) -> Result<Vec<Project>, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut projects = Vec::new();
    let mut seen = HashMap::new();
    // Folded ministry label -> (label as first written, line), to catch two spellings of one.
    let mut ministries: HashMap<String, (String, usize)> = HashMap::new();
    for record in &records(file, text, &PROJECT_COLUMNS, &mut errors) {
        let mut row = Row {
            file,
            record,
            columns: &PROJECT_COLUMNS,
            errors: &mut errors,
        };
        let id = row.required("id");
        check_id(&mut row, &id, &mut seen);
        let round_id = row.required("round");
        let round = rounds.iter().position(|r| r.id == round_id);
        if round.is_none() && !round_id.is_empty() {
            row.error(
                "round",
                format!("unknown round {round_id:?} (not an id of data/rounds.csv)"),
            );
        }
        let theme_id = row.required("theme");
        let theme = themes.iter().position(|t| t.id == theme_id);
        if theme.is_none() && !theme_id.is_empty() {
            row.error(
                "theme",
                format!("unknown theme {theme_id:?} (not an id of data/themes.csv)"),
            );
        }
        let ministry = row.required_words("ministry");
        if !ministry.is_empty() {
            let key = fold(&ministry);
            match ministries.get(&key) {
                Some((first, line)) if *first != ministry => row.error(
                    "ministry",
                    format!("{ministry:?} is another spelling of {first:?} (line {line}): use one label"),
                ),
                Some(_) => {}
                None => {
                    ministries.insert(key, (ministry.clone(), record.line));
                }
            }
        }
        let name = row.required_words("name");
        let announced = row.date("announced");
        let ftap_eur = row.number("ftap_eur");
        let total_cost_eur = row.number("total_cost_eur");
        let savings_eur = row.number("savings_eur");
        let sources = row.sources("sources");
        let present = [
            announced.is_some(),
            ftap_eur.is_some(),
            total_cost_eur.is_some(),
            savings_eur.is_some(),
        ];
        let figure_sources = Figure::ALL
            .map(|figure| figure_source(&mut row, figure, present[figure as usize], &sources));
        let project = Project {
            id,
            round: round.unwrap_or(0),
            announced,
            name,
            ministry,
            carrier: row.words("carrier"),
            theme: theme.unwrap_or(0),
            tags: row.words("tags"),
            count: project_count(&mut row),
            grade: grade(&mut row),
            ftap_eur,
            total_cost_eur,
            savings_eur,
            summary: row.required_words("summary"),
            sources,
            figure_sources,
            notes: row.words("notes"),
        };
        projects.push(project);
    }
    finish(projects, errors)
}

/// Parses `data/aliases.csv`: acronyms (unique, case-insensitively) and their long forms.
pub fn parse_aliases(file: &str, text: &str) -> Result<Vec<Alias>, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut aliases = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for record in &records(file, text, &ALIAS_COLUMNS, &mut errors) {
        let mut row = Row {
            file,
            record,
            columns: &ALIAS_COLUMNS,
            errors: &mut errors,
        };
        let short = row.required_words("short");
        let long = row.required_words("long");
        if let Some(first) = seen.insert(fold(&short), record.line) {
            row.error(
                "short",
                format!("duplicate acronym {short:?} (first on line {first})"),
            );
        }
        aliases.push(Alias { short, long });
    }
    finish(aliases, errors)
}

/// Parses `data/sources.csv`: one described document per cited URL (unique, checked like
/// every source), with a title, a publisher, an optional publication date and the date it was
/// consulted, which cannot come before its publication.
pub fn parse_sources(file: &str, text: &str) -> Result<Vec<Source>, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for record in &records(file, text, &SOURCE_COLUMNS, &mut errors) {
        let mut row = Row {
            file,
            record,
            columns: &SOURCE_COLUMNS,
            errors: &mut errors,
        };
        let url = row.required("url");
        if !url.is_empty() {
            if let Err(problem) = check_source(&url) {
                row.error("url", format!("{url:?} {problem}"));
            }
            if let Some(first) = seen.insert(url.clone(), record.line) {
                row.error(
                    "url",
                    format!("{url:?} is already described on line {first}"),
                );
            }
        }
        let title = row.required_words("title");
        let publisher = row.required_words("publisher");
        let published = row.date("published");
        let consulted = row.date("consulted");
        if row.text("consulted").is_empty() {
            row.error(
                "consulted",
                "must not be empty (the date our data took a fact from it)",
            );
        }
        if let (Some(published), Some(consulted)) = (published, consulted) {
            if consulted < published {
                row.error(
                    "consulted",
                    format!("{consulted} comes before the publication date {published}"),
                );
            }
        }
        sources.push(Source {
            url,
            title,
            publisher,
            published,
            consulted: consulted.unwrap_or(Date {
                year: 1,
                month: 1,
                day: 1,
            }),
        });
    }
    finish(sources, errors)
}

/// Checks that every URL cited by a round or a project is described in `data/sources.csv`,
/// and that every description there is cited somewhere (no stale rows).
fn check_citations(
    files: &DataFiles<'_>,
    rounds: &[Round],
    projects: &[Project],
    sources: &[Source],
) -> Result<(), Vec<DataError>> {
    let mut errors = Vec::new();
    let described: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.url.as_str(), i))
        .collect();
    let mut cited = vec![false; sources.len()];
    let mut check = |file: &str, line: usize, urls: &[String], errors: &mut Vec<DataError>| {
        for url in urls {
            match described.get(url.as_str()) {
                Some(&i) => cited[i] = true,
                None => errors.push(DataError {
                    file: file.to_owned(),
                    line,
                    column: Some("sources"),
                    problem: format!("source {url:?} is not described in data/sources.csv (add its title, publisher and dates there)"),
                }),
            }
        }
    };
    let lines = |text: &str| -> Vec<usize> {
        csv_records::parse(text)
            .map(|records| records.iter().skip(1).map(|r| r.line).collect())
            .unwrap_or_default()
    };
    for (round, line) in rounds.iter().zip(lines(files.rounds)) {
        check("data/rounds.csv", line, &round.sources, &mut errors);
    }
    for (project, line) in projects.iter().zip(lines(files.projects)) {
        check("data/projects.csv", line, &project.sources, &mut errors);
    }
    for ((source, used), line) in sources.iter().zip(&cited).zip(lines(files.sources)) {
        if !used {
            errors.push(DataError {
                file: "data/sources.csv".into(),
                line,
                column: Some("url"),
                problem: format!(
                    "{:?} is cited by no round and no project: remove the row",
                    source.url
                ),
            });
        }
    }
    finish((), errors)
}

/// The text of each data file.
#[derive(Debug, Clone, Copy)]
pub struct DataFiles<'a> {
    /// `data/rounds.csv`.
    pub rounds: &'a str,
    /// `data/themes.csv`.
    pub themes: &'a str,
    /// `data/projects.csv`.
    pub projects: &'a str,
    /// `data/aliases.csv`.
    pub aliases: &'a str,
    /// `data/sources.csv`.
    pub sources: &'a str,
}

/// Parses the data files into a dataset. Rounds come first: projects are only checked once the
/// rounds they refer to are valid, so that one bad round does not flood every project with errors.
pub fn parse_dataset(files: &DataFiles<'_>) -> Result<Dataset, Vec<DataError>> {
    let rounds = parse_rounds("data/rounds.csv", files.rounds)?;
    let themes = parse_themes("data/themes.csv", files.themes)?;
    let projects = parse_projects("data/projects.csv", files.projects, &rounds, &themes)?;
    let aliases = parse_aliases("data/aliases.csv", files.aliases)?;
    let sources = parse_sources("data/sources.csv", files.sources)?;
    check_citations(files, &rounds, &projects, &sources)?;
    Ok(Dataset {
        rounds,
        projects,
        themes,
        aliases,
        sources,
    })
}

#[cfg(test)]
// An explicit path, because build.rs includes this file from the crate root.
#[path = "validate/tests.rs"]
mod tests;
