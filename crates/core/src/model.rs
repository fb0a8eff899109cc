//! The FTAP data model: calls for projects (rounds), funded projects, and the whole dataset.
//!
//! Amounts are whole euros in `Option<u64>`: `None` means the sources give no figure, which is
//! never the same as zero. Dates derive serde: they cross to and from the worker of opened files.

use serde::{Deserialize, Serialize};

/// Separator between several source URLs in one field of the data files and exports.
pub const SOURCE_SEPARATOR: &str = " | ";

/// First characters that make a spreadsheet run a cell as a formula (OWASP's CSV injection
/// list): refused at the start of data text, neutralised in exports.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A calendar date (validated: the day exists in that month and year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// Parses a strict ISO date `YYYY-MM-DD`, rejecting days that do not exist.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            text.get(range)
                .filter(|s| s.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|s| s.parse().ok())
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl std::fmt::Display for Date {
    /// Formats as ISO `YYYY-MM-DD`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Whether a round is a real call for projects or a bucket for projects whose call is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoundKind {
    /// A call (or one session of a call): its official figures may be known or not.
    Call,
    /// Projects known to be funded in that period whose call is not established. Such a
    /// bucket has no official figures of its own: its projects count in the calls around it.
    Unassigned,
}

impl RoundKind {
    /// Parses the `kind` column value.
    pub fn parse(text: &str) -> Option<RoundKind> {
        match text {
            "call" => Some(RoundKind::Call),
            "unassigned" => Some(RoundKind::Unassigned),
            _ => None,
        }
    }
}

/// One call for projects (or a session of one), with the figures announced for it officially.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// Stable identifier used by projects and in URLs, e.g. `2018-2`.
    pub id: String,
    /// Year of selection; `None` when not even the year is known.
    pub year: Option<u16>,
    /// A call with official figures, or a bucket of projects whose call is unknown.
    pub kind: RoundKind,
    /// Human-readable French label.
    pub label: String,
    /// The same label in English.
    pub label_en: String,
    /// Date the laureates were announced or selected.
    pub announced: Option<Date>,
    /// Number of applications received, as announced.
    pub applications: Option<u32>,
    /// Number of laureates, as announced.
    pub laureates: Option<u32>,
    /// FTAP money announced for the round's laureates, in euros.
    pub ftap_eur: Option<u64>,
    /// Where the figures come from (https URLs).
    pub sources: Vec<String>,
    /// Caveats about the figures.
    pub notes: String,
}

/// How strong the evidence is that a project was funded by the FTAP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// Named as a laureate by the government or the DITP (`annonce`).
    Announced,
    /// Another source (press, ministry, operator, Parliament, audit) states FTAP funding
    /// (`source`).
    Attested,
    /// A source lists programme 349 funding only; FTAP deduced, since in 2021 the programme
    /// had the FTAP as its single action (`p349`).
    Programme349,
}

impl Grade {
    /// Every grade, strongest first.
    pub const ALL: [Grade; 3] = [Grade::Announced, Grade::Attested, Grade::Programme349];

    /// The code written in `data/projects.csv` and in links.
    pub fn code(self) -> &'static str {
        match self {
            Grade::Announced => "annonce",
            Grade::Attested => "source",
            Grade::Programme349 => "p349",
        }
    }

    /// Reads a code of the data file.
    pub fn parse(code: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|g| g.code() == code)
    }

    /// Whether the project is a confirmed laureate (announced, or FTAP funding stated).
    pub fn confirmed(self) -> bool {
        self != Grade::Programme349
    }
}

/// A figure of a project that needs its own source: each has a `*_source` column in
/// `data/projects.csv`, required when the figure is present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// The announcement date (`announced`).
    Announced,
    /// The FTAP amount (`ftap_eur`).
    Ftap,
    /// The total cost (`total_cost_eur`).
    TotalCost,
    /// The announced savings (`savings_eur`).
    Savings,
}

impl Figure {
    /// Every figure, in the order of the data file's columns.
    pub const ALL: [Figure; 4] = [
        Figure::Announced,
        Figure::Ftap,
        Figure::TotalCost,
        Figure::Savings,
    ];

    /// The column of the data file that holds the figure's source.
    pub fn source_column(self) -> &'static str {
        match self {
            Figure::Announced => "announced_source",
            Figure::Ftap => "ftap_source",
            Figure::TotalCost => "total_cost_source",
            Figure::Savings => "savings_source",
        }
    }
}

/// One funded project, as listed in `data/projects.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// Stable identifier, used for permalinks.
    pub id: String,
    /// Index of the project's round in [`Dataset::rounds`].
    pub round: usize,
    /// Date the project was announced as a laureate, when known.
    pub announced: Option<Date>,
    /// Project name.
    pub name: String,
    /// Lead ministry, one canonical label per ministry.
    pub ministry: String,
    /// Administration or operator carrying the project (may be empty: unknown).
    pub carrier: String,
    /// Index of the project's theme in [`Dataset::themes`] (a short controlled list).
    pub theme: usize,
    /// Detailed keywords separated by ` / `, searchable (the theme is their broad class).
    pub tags: String,
    /// How strong the evidence of FTAP funding is.
    pub grade: Grade,
    /// How many funded projects this row stands for: 1, or more when a source gives one
    /// amount for several projects without splitting it. Counts of projects add this up.
    pub count: u32,
    /// Money granted by the FTAP, in euros.
    pub ftap_eur: Option<u64>,
    /// Total cost of the project (all funding), in euros.
    pub total_cost_eur: Option<u64>,
    /// Expected savings announced for the project, in euros.
    pub savings_eur: Option<u64>,
    /// One-sentence French summary.
    pub summary: String,
    /// Sources (https URLs), at least one.
    pub sources: Vec<String>,
    /// For each figure of [`Figure::ALL`], the index in `sources` of the one that gives it:
    /// present exactly when the figure is.
    pub figure_sources: [Option<usize>; 4],
    /// Caveats and provenance notes.
    pub notes: String,
}

impl Project {
    /// The URL of the source that gives `figure`, when the figure is known.
    pub fn figure_source(&self, figure: Figure) -> Option<&str> {
        let index = self.figure_sources[figure as usize]?;
        self.sources.get(index).map(String::as_str)
    }
}

/// A document cited by the data, as described in `data/sources.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Its address (https), as cited in the other files.
    pub url: String,
    /// Its title; in square brackets when the document has none of its own and we describe it.
    pub title: String,
    /// Who published it (an institution, a newspaper, a repository's owner).
    pub publisher: String,
    /// Date of publication, when known.
    pub published: Option<Date>,
    /// Date our data last took a fact from it.
    pub consulted: Date,
}

/// One theme of the controlled list in `data/themes.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Stable identifier, used in URLs.
    pub id: String,
    /// French label.
    pub label_fr: String,
    /// English label.
    pub label_en: String,
}

/// An acronym and what it stands for; search finds either from the other (`OFII` ⇄
/// `Office français de l'immigration et de l'intégration`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The short form, e.g. `OFII`.
    pub short: String,
    /// The long form.
    pub long: String,
}

/// The whole embedded dataset: rounds in chronological order, then projects in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    /// Calls for projects, in the order of `data/rounds.csv` (chronological).
    pub rounds: Vec<Round>,
    /// Projects, in the order of `data/projects.csv`.
    pub projects: Vec<Project>,
    /// The controlled list of themes, in the order of `data/themes.csv`.
    pub themes: Vec<Theme>,
    /// Acronyms used by search, from `data/aliases.csv`.
    pub aliases: Vec<Alias>,
    /// Every document cited, from `data/sources.csv`, in its order.
    pub sources: Vec<Source>,
}

impl Dataset {
    /// The round a project belongs to.
    pub fn round_of(&self, project: &Project) -> &Round {
        &self.rounds[project.round]
    }

    /// The description of a cited URL (every cited URL has one: the build checks it).
    pub fn source(&self, url: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.url == url)
    }

    /// When the data was last brought up to date: the latest date a source was consulted.
    pub fn updated(&self) -> Option<Date> {
        self.sources.iter().map(|s| s.consulted).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_and_print_back() {
        let d = Date::parse_iso("2018-11-12").unwrap();
        assert_eq!((d.year, d.month, d.day), (2018, 11, 12));
        assert_eq!(d.to_string(), "2018-11-12");
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for bad in [
            "2019-02-29",
            "2018-13-01",
            "2018-04-31",
            "2018-1-01",
            "18-01-01",
            "2018/01/01",
            "2018-01-0a",
            "",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert!(Date::parse_iso("2020-02-29").is_some(), "leap day");
    }
}
