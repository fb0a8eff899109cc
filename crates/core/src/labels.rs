//! Every label the interface derives from the data, in one place: facet titles, facet values
//! (rounds and themes in the reader's language), amount names, range bounds, column titles,
//! grades and the reasons a link parameter was dropped.

use crate::breakdown::GroupColumn;
use crate::facets::{Facet, KNOWN, NOT_GIVEN};
use crate::filters::{Amount, Bounds};
use crate::format;
use crate::i18n::{Lang, OwnText, Text};
use crate::model::{Dataset, Figure, Grade, Round, Source};
use crate::open::address::AddressProblem;
use crate::open::protocol::Failure;
use crate::open::schema::{Kind, Role, SchemaProblem};
use crate::open::{Encoding, NotCsv};
use crate::sort::Column;
use crate::url::Reason;

/// Title of a facet.
pub fn facet_title(facet: Facet) -> Text {
    match facet {
        Facet::Ministry => Text::FacetMinistry,
        Facet::Round => Text::FacetRound,
        Facet::Theme => Text::FacetTheme,
        Facet::Carrier => Text::FacetCarrier,
        Facet::Year => Text::FacetYear,
        Facet::Grade => Text::FacetGrade,
        Facet::Known(Amount::Ftap) => Text::KnownFtap,
        Facet::Known(Amount::TotalCost) => Text::KnownCost,
        Facet::Known(Amount::Savings) => Text::KnownSavings,
    }
}

/// A grade of evidence in words.
pub fn grade_text(grade: Grade) -> Text {
    match grade {
        Grade::Announced => Text::GradeAnnounced,
        Grade::Attested => Text::GradeAttested,
        Grade::Programme349 => Text::GradeP349,
    }
}

/// A grade of evidence as a short badge.
pub fn grade_badge(grade: Grade) -> Text {
    match grade {
        Grade::Announced => Text::BadgeAnnounced,
        Grade::Attested => Text::BadgeAttested,
        Grade::Programme349 => Text::BadgeP349,
    }
}

/// A grouping facet as a noun inside a sentence (« Σ … par ministère »), lower case;
/// the filter-only facets read as their title.
pub fn facet_noun(facet: Facet) -> Text {
    match facet {
        Facet::Ministry => Text::NounMinistry,
        Facet::Round => Text::NounRound,
        Facet::Theme => Text::NounTheme,
        Facet::Carrier => Text::NounCarrier,
        Facet::Year => Text::NounYear,
        Facet::Grade => Text::NounGrade,
        Facet::Known(_) => facet_title(facet),
    }
}

/// Title of an amount.
pub fn amount_title(amount: Amount) -> Text {
    match amount {
        Amount::Ftap => Text::AmountFtap,
        Amount::TotalCost => Text::AmountCost,
        Amount::Savings => Text::AmountSavings,
    }
}

/// A round's label in the reader's language.
pub fn round_label(round: &Round, lang: Lang) -> &str {
    match lang {
        Lang::Fr => &round.label,
        Lang::En => &round.label_en,
    }
}

/// The label shown for a facet value: rounds and themes by their labels in the reader's
/// language, codes of unknown values in words; ministries and carriers as in the data.
pub fn value_label(data: &Dataset, facet: Facet, value: &str, lang: Lang) -> String {
    match facet {
        Facet::Round => data
            .rounds
            .iter()
            .find(|r| r.id == value)
            .map_or_else(|| value.to_owned(), |r| round_label(r, lang).to_owned()),
        Facet::Theme => data.themes.iter().find(|t| t.id == value).map_or_else(
            || value.to_owned(),
            |t| match lang {
                Lang::Fr => t.label_fr.clone(),
                Lang::En => t.label_en.clone(),
            },
        ),
        Facet::Year if value == "nc" => Text::YearUnknown.get(lang).to_owned(),
        Facet::Grade => Grade::parse(value)
            .map_or_else(|| value.to_owned(), |g| grade_text(g).get(lang).to_owned()),
        Facet::Known(_) if value == KNOWN => Text::ValueKnown.get(lang).to_owned(),
        Facet::Known(_) => Text::ValueUnknown.get(lang).to_owned(),
        _ if value == NOT_GIVEN => Text::NotGivenValue.get(lang).to_owned(),
        _ => value.to_owned(),
    }
}

/// A selected facet value as a chip says it: `Ministère : Ministère de la Justice`,
/// `Montant FTAP : inconnu`.
pub fn chip_text(data: &Dataset, facet: Facet, value: &str, lang: Lang) -> String {
    let title = match facet {
        Facet::Known(amount) => amount_title(amount),
        _ => facet_title(facet),
    };
    format!(
        "{}{}{}",
        title.get(lang),
        format::colon(lang),
        value_label(data, facet, value, lang)
    )
}

/// A range in words: `≥ 5 M€`, `< 1 M€`, `de 1 M€ à moins de 5 M€`.
pub fn bounds_text(bounds: Bounds, lang: Lang) -> String {
    let eur = |n| format::euros_compact(n, lang);
    match (bounds.min, bounds.max) {
        (Some(min), Some(max)) => Text::RangeFrom.fill(lang, &[&eur(min), &eur(max)]),
        (Some(min), None) => Text::RangeMin.fill(lang, &[&eur(min)]),
        (None, Some(max)) => Text::RangeMax.fill(lang, &[&eur(max)]),
        (None, None) => String::new(),
    }
}

/// A preset bracket in words, in the reader's language (`< 1 M€` / `< €1M`, `1 – 5 M€` / `€1M – €5M`).
pub fn bracket_text(bounds: Bounds, lang: Lang) -> String {
    let eur = |n| format::euros_compact(n, lang);
    match (bounds.min, bounds.max) {
        (Some(min), Some(max)) => match lang {
            // « 1 – 5 M€ »: the unit once, as French writes ranges.
            Lang::Fr => format!(
                "{} – {}",
                format::euros_compact(min, lang).trim_end_matches("\u{a0}M€"),
                eur(max)
            ),
            Lang::En => format!("{} – {}", eur(min), eur(max)),
        },
        (Some(min), None) => format!("> {}", eur(min)),
        (None, Some(max)) => format!("< {}", eur(max)),
        (None, None) => String::new(),
    }
}

/// Title of a column of the breakdown table grouped by `facet`.
pub fn group_column_title(column: GroupColumn, facet: Facet) -> Text {
    match column {
        GroupColumn::Value => facet_title(facet),
        GroupColumn::Count => Text::FigProjects,
        GroupColumn::Ftap => Text::ColGroupFtap,
        GroupColumn::Cost => Text::ColGroupCost,
        GroupColumn::Median => Text::ColGroupMedian,
        GroupColumn::Unknown => Text::ColGroupUnknown,
    }
}

/// Title of a column of the project table.
pub fn column_title(column: Column) -> Text {
    match column {
        Column::Name => Text::ColProject,
        Column::Ministry => Text::ColMinistry,
        Column::Round => Text::ColCall,
        Column::Ftap => Text::ColFtap,
        Column::TotalCost => Text::ColCost,
        Column::Carrier => Text::Carrier,
        Column::Year => Text::FacetYear,
    }
}

/// Why a parameter was dropped, in words.
pub fn reason_text(reason: Reason) -> Text {
    match reason {
        Reason::UnknownName => Text::ReasonUnknownName,
        Reason::BadValue => Text::ReasonBadValue,
        Reason::UnknownProject => Text::ReasonUnknownProject,
        Reason::UnknownValue => Text::ReasonUnknownValue,
        Reason::TooLong => Text::ReasonTooLong,
        Reason::BadEscape => Text::ReasonBadEscape,
        Reason::Repeated => Text::ReasonRepeated,
        Reason::TooMany => Text::ReasonTooMany,
    }
}

/// Listed projects by grade, in words: « 3 annoncés, 1 attesté, 2 P349 ».
pub fn grades_text(by_grade: [usize; 3], lang: Lang) -> String {
    let parts: Vec<String> = Grade::ALL
        .iter()
        .zip(by_grade)
        .filter(|(_, n)| *n > 0)
        .map(|(&g, n)| format!("{n} {}", grade_badge(g).get(lang)))
        .collect();
    if parts.is_empty() {
        "—".to_owned()
    } else {
        parts.join(", ")
    }
}

/// A source as a reader cites it: « Titre — Éditeur, date », the date in the reader's
/// language, or « s. d. » when the document bears none we know.
pub fn citation(source: &Source, lang: Lang) -> String {
    let date = source.published.map_or_else(
        || Text::NoDate.get(lang).to_owned(),
        |d| format::date(d, lang),
    );
    Text::Citation.fill(lang, &[&source.title, &source.publisher, &date])
}

/// The name of a figure that carries its own source.
pub fn figure_text(figure: Figure) -> Text {
    match figure {
        Figure::Announced => Text::Announcement,
        Figure::Ftap => Text::AmountFtap,
        Figure::TotalCost => Text::AmountCost,
        Figure::Savings => Text::AmountSavings,
    }
}

/// The data's last update in words: the latest date a source was consulted.
pub fn updated_text(data: &Dataset, lang: Lang) -> String {
    let date = data.updated().map_or_else(
        || Text::DateUnknown.get(lang).to_owned(),
        |d| format::date(d, lang),
    );
    Text::Updated.fill(lang, &[&date])
}

/// A column role in the mapping panel.
pub fn role_text(role: Role) -> OwnText {
    match role {
        Role::Title => OwnText::RoleTitle,
        Role::Text => OwnText::RoleText,
        Role::Facet => OwnText::RoleFacet,
        Role::Amount => OwnText::RoleAmount,
        Role::Date => OwnText::RoleDate,
        Role::Url => OwnText::RoleUrl,
        Role::Id => OwnText::RoleId,
        Role::Other => OwnText::RoleOther,
    }
}

/// Where a mapping comes from, in a sentence.
pub fn kind_text(kind: Kind) -> OwnText {
    match kind {
        Kind::Ftap => OwnText::KindFtap,
        Kind::ScdlSubventions => OwnText::KindScdl,
        Kind::Inferred => OwnText::KindInferred,
    }
}

/// An opened file's encoding.
pub fn encoding_text(encoding: Encoding) -> OwnText {
    match encoding {
        Encoding::Utf8 => OwnText::EncUtf8,
        Encoding::Utf8Bom => OwnText::EncUtf8Bom,
        Encoding::Windows1252 => OwnText::EncCp1252,
    }
}

/// An opened file's delimiter.
pub fn delimiter_text(delimiter: u8) -> OwnText {
    match delimiter {
        b';' => OwnText::DelimSemicolon,
        b'\t' => OwnText::DelimTab,
        _ => OwnText::DelimComma,
    }
}

/// What keeps a mapping from loading.
pub fn schema_problem_text(problem: SchemaProblem) -> OwnText {
    match problem {
        SchemaProblem::TitleCount(_) | SchemaProblem::ColumnCount { .. } => OwnText::ProblemTitles,
        SchemaProblem::SeveralDates => OwnText::ProblemDates,
        SchemaProblem::SeveralIds => OwnText::ProblemIds,
        SchemaProblem::PrimaryNotAmount => OwnText::ProblemPrimary,
    }
}

/// Why a file could not be opened, in a sentence.
pub fn failure_text(failure: &Failure, lang: Lang) -> String {
    let text = match failure {
        Failure::NotCsv(NotCsv::Empty) => OwnText::FailEmpty,
        Failure::NotCsv(NotCsv::Workbook) => OwnText::FailWorkbook,
        Failure::NotCsv(NotCsv::Markup) => OwnText::FailMarkup,
        Failure::NotCsv(NotCsv::Binary) => OwnText::FailBinary,
        Failure::Unreachable(0) => OwnText::FailNetwork,
        Failure::Unreachable(status) => {
            return OwnText::FailStatus.fill(lang, &[&status.to_string()])
        }
        Failure::Mapping => OwnText::FailMapping,
        Failure::Address(AddressProblem::NotRelative) => OwnText::FailNotRelative,
        Failure::Address(AddressProblem::Malformed) => OwnText::FailMalformed,
    };
    text.get(lang).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::FTAP_PRESETS;
    use crate::validate::repository_dataset as dataset;

    #[test]
    fn rounds_and_themes_are_labelled_in_the_readers_language() {
        let data = dataset();
        assert_eq!(
            value_label(&data, Facet::Round, "2020-nc", Lang::Fr),
            "2020, session non établie"
        );
        assert_eq!(
            value_label(&data, Facet::Round, "2020-nc", Lang::En),
            "2020, session not established"
        );
        assert_eq!(
            value_label(&data, Facet::Theme, "agents", Lang::En),
            "Civil servants and training"
        );
        assert_eq!(
            value_label(&data, Facet::Known(Amount::Ftap), "unknown", Lang::Fr),
            "inconnu"
        );
        assert_eq!(
            value_label(&data, Facet::Carrier, NOT_GIVEN, Lang::En),
            "Not given"
        );
    }

    #[test]
    fn brackets_are_written_in_each_language() {
        let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
        let fr: Vec<String> = FTAP_PRESETS
            .iter()
            .map(|&b| plain(bracket_text(b, Lang::Fr)))
            .collect();
        assert_eq!(fr, ["< 1 M€", "1 – 5 M€", "5 – 20 M€", "> 20 M€"]);
        let en: Vec<String> = FTAP_PRESETS
            .iter()
            .map(|&b| bracket_text(b, Lang::En))
            .collect();
        assert_eq!(en, ["< €1M", "€1M – €5M", "€5M – €20M", "> €20M"]);
    }

    #[test]
    fn grades_in_words_skip_the_empty_ones() {
        assert_eq!(grades_text([0, 0, 0], Lang::Fr), "—");
        let text = grades_text([3, 0, 2], Lang::Fr);
        assert!(text.starts_with("3 ") && text.contains(", 2 "), "{text}");
        assert_eq!(text.matches(", ").count(), 1);
    }

    #[test]
    fn every_column_has_its_own_title() {
        let titles: std::collections::BTreeSet<&str> = Column::ALL
            .iter()
            .map(|&c| column_title(c).get(Lang::Fr))
            .collect();
        assert_eq!(titles.len(), Column::ALL.len());
    }

    #[test]
    fn a_source_reads_as_title_publisher_date() {
        let mut source = crate::model::Source {
            url: "https://example.org".into(),
            title: "Investir pour transformer".into(),
            publisher: "DITP".into(),
            published: crate::model::Date::parse_iso("2018-06-19"),
            consulted: crate::model::Date::parse_iso("2026-11-28").unwrap(),
        };
        let cases = [
            (Lang::Fr, "19 juin 2018", "s. d."),
            (Lang::En, "19 June 2018", "n.d."),
        ];
        for (lang, dated, undated) in cases {
            source.published = crate::model::Date::parse_iso("2018-06-19");
            let expected = format!("Investir pour transformer — DITP, {dated}");
            assert_eq!(citation(&source, lang), expected);
            source.published = None;
            let expected = format!("Investir pour transformer — DITP, {undated}");
            assert_eq!(citation(&source, lang), expected);
        }
    }

    #[test]
    fn the_update_date_is_the_latest_consultation() {
        let data = crate::validate::repository_dataset();
        let latest = data.sources.iter().map(|s| s.consulted).max().unwrap();
        let text = updated_text(&data, Lang::Fr);
        assert!(text.contains(&format::date(latest, Lang::Fr)), "{text}");
        assert!(updated_text(&data, Lang::En).contains(&format::date(latest, Lang::En)));
    }
}
