//! What each column of an opened file means: its role in search, facets, figures and links.
//!
//! A schema is known (the FTAP data file, the SCDL « subventions » format of French local
//! authorities) when the header names say so; otherwise `infer` proposes one from the values,
//! and the reader can change it before loading.

use super::value::Marks;
use serde::{Deserialize, Serialize};

/// The part a column plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// The row's name in the table and its detail (exactly one column).
    Title,
    /// Searched as text, shown in the detail.
    Text,
    /// A few distinct values to filter and group by (searched too).
    Facet,
    /// An amount in euros, summed in the figures.
    Amount,
    /// A date (at most one column): the period of the figures.
    Date,
    /// A web address: the row's source.
    Url,
    /// A stable identifier for links to a row (at most one column, values unique).
    Id,
    /// Shown in the detail only.
    Other,
}

impl Role {
    /// Every role, in the order the mapping panel offers them.
    pub const ALL: [Role; 8] = [
        Role::Title,
        Role::Text,
        Role::Facet,
        Role::Amount,
        Role::Date,
        Role::Url,
        Role::Id,
        Role::Other,
    ];

    /// The stable name used in the address and in tests.
    pub fn key(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Text => "text",
            Role::Facet => "facet",
            Role::Amount => "amount",
            Role::Date => "date",
            Role::Url => "url",
            Role::Id => "id",
            Role::Other => "other",
        }
    }

    /// The role named `key`, if any.
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Where a schema comes from, told to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// The explorer's own data file (`data/projects.csv`).
    Ftap,
    /// The national SCDL format for subsidies granted by public bodies.
    ScdlSubventions,
    /// Proposed from the file's headers and values.
    Inferred,
}

/// The roles of a file's columns, in column order, and which amount is the primary one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schema {
    /// Where the mapping comes from.
    pub kind: Kind,
    /// One role per column of the file.
    pub roles: Vec<Role>,
    /// The amount column the key figures and charts sum (an index into `roles`).
    pub primary: Option<usize>,
    /// What a lone comma means in the amounts when the reader said so; `None`: what the
    /// file's first rows suggest ([`Marks::of`]), which may be a guess when they show nothing
    /// either way (`12,500` alone).
    pub marks: Option<Marks>,
}

/// A mapping that cannot be loaded, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SchemaProblem {
    /// No column, or more than one, is the title.
    TitleCount(usize),
    /// More than one column is the date.
    SeveralDates,
    /// More than one column is the identifier.
    SeveralIds,
    /// The primary amount is not a column with the amount role.
    PrimaryNotAmount,
    /// The schema has a different number of columns than the file.
    ColumnCount {
        /// Columns in the file's header.
        file: usize,
        /// Roles in the schema.
        schema: usize,
    },
}

/// The SCDL « subventions » columns and their roles (versions 1.1 to 2.1; matched ignoring
/// case). The beneficiary names the row; the subject is what people search.
const SCDL: [(&str, Role); 16] = [
    ("nomBeneficiaire", Role::Title),
    ("objet", Role::Text),
    ("montant", Role::Amount),
    ("nomAttribuant", Role::Facet),
    ("nature", Role::Facet),
    ("conditionsVersement", Role::Facet),
    ("dateConvention", Role::Date),
    ("idAttribuant", Role::Text),
    ("idBeneficiaire", Role::Text),
    ("referenceDecision", Role::Text),
    ("idRAE", Role::Text),
    ("notificationUE", Role::Facet),
    ("multiFinanceur", Role::Facet),
    ("datesPeriodeVersement", Role::Other),
    ("pourcentageSubvention", Role::Other),
    ("dispositifAide", Role::Facet),
];

/// Headers an SCDL file cannot lack.
const SCDL_REQUIRED: [&str; 4] = ["nomBeneficiaire", "objet", "montant", "nomAttribuant"];

/// The FTAP data file's columns and their roles (the grade of evidence and the round are the
/// facets its own explorer offers).
const FTAP: [(&str, Role); 20] = [
    ("id", Role::Id),
    ("round", Role::Facet),
    ("announced", Role::Date),
    ("name", Role::Title),
    ("ministry", Role::Facet),
    ("carrier", Role::Text),
    ("theme", Role::Facet),
    ("tags", Role::Text),
    ("project_count", Role::Other),
    ("grade", Role::Facet),
    ("ftap_eur", Role::Amount),
    ("total_cost_eur", Role::Amount),
    ("savings_eur", Role::Amount),
    ("summary", Role::Text),
    ("sources", Role::Url),
    ("announced_source", Role::Other),
    ("ftap_source", Role::Other),
    ("total_cost_source", Role::Other),
    ("savings_source", Role::Other),
    ("notes", Role::Other),
];

impl Schema {
    /// The known schema whose headers `headers` are, if any: FTAP when every FTAP column is
    /// there, SCDL when its required columns are (other columns are kept as « other »).
    pub fn recognise(headers: &[String]) -> Option<Schema> {
        let role_in = |table: &[(&str, Role)], header: &str| {
            table
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(header.trim()))
                .map(|&(_, role)| role)
        };
        let has = |name: &str| headers.iter().any(|h| h.trim().eq_ignore_ascii_case(name));
        let (kind, table, primary_name): (Kind, &[(&str, Role)], &str) =
            if FTAP.iter().all(|(name, _)| has(name)) {
                (Kind::Ftap, &FTAP, "ftap_eur")
            } else if SCDL_REQUIRED.iter().all(|name| has(name)) {
                (Kind::ScdlSubventions, &SCDL, "montant")
            } else {
                return None;
            };
        let mut roles: Vec<Role> = headers
            .iter()
            .map(|h| role_in(table, h).unwrap_or(Role::Other))
            .collect();
        // A header repeated keeps its role once: a schema has one title, date and id.
        for single in [Role::Title, Role::Date, Role::Id] {
            keep_first(&mut roles, single, Role::Other);
        }
        let primary = headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(primary_name));
        Some(Schema {
            kind,
            roles,
            primary,
            marks: None,
        })
    }

    /// Checks the mapping against a file of `columns` columns.
    pub fn check(&self, columns: usize) -> Result<(), SchemaProblem> {
        if self.roles.len() != columns {
            return Err(SchemaProblem::ColumnCount {
                file: columns,
                schema: self.roles.len(),
            });
        }
        let count = |role| self.roles.iter().filter(|&&r| r == role).count();
        match (count(Role::Title), count(Role::Date), count(Role::Id)) {
            (1, dates, ids) if dates <= 1 && ids <= 1 => {}
            (1, dates, _) if dates > 1 => return Err(SchemaProblem::SeveralDates),
            (1, _, _) => return Err(SchemaProblem::SeveralIds),
            (titles, _, _) => return Err(SchemaProblem::TitleCount(titles)),
        }
        match self.primary {
            Some(i) if self.roles.get(i) != Some(&Role::Amount) => {
                Err(SchemaProblem::PrimaryNotAmount)
            }
            None if count(Role::Amount) > 0 => Err(SchemaProblem::PrimaryNotAmount),
            _ => Ok(()),
        }
    }

    /// The columns playing `role`, in order.
    pub fn columns(&self, role: Role) -> impl Iterator<Item = usize> + '_ {
        self.roles
            .iter()
            .enumerate()
            .filter(move |(_, &r)| r == role)
            .map(|(i, _)| i)
    }

    /// What a lone comma means in the amounts: the reader's answer, or `guessed` (what the
    /// file's first rows suggest) when there is none. The one rule for the panel's examples
    /// and the load.
    pub fn marks_or(&self, guessed: Marks) -> Marks {
        self.marks.unwrap_or(guessed)
    }

    /// The cells of `rows` in the amount columns, row by row: what tells how a file writes
    /// its amounts.
    pub fn amount_cells<'a>(&'a self, rows: &'a [Vec<String>]) -> impl Iterator<Item = &'a str> {
        rows.iter().flat_map(move |row| {
            self.columns(Role::Amount)
                .filter_map(move |column| row.get(column).map(String::as_str))
        })
    }

    /// The title column (a checked schema has exactly one).
    pub fn title(&self) -> Option<usize> {
        self.columns(Role::Title).next()
    }
}

/// Keeps the first column of a role a schema has once; the others get `instead`.
pub(crate) fn keep_first(roles: &mut [Role], single: Role, instead: Role) {
    let mut seen = false;
    for role in roles.iter_mut().filter(|r| **r == single) {
        if seen {
            *role = instead;
        }
        seen = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(line: &str) -> Vec<String> {
        line.split(',').map(str::to_owned).collect()
    }

    #[test]
    fn scdl_is_recognised_by_its_headers() {
        let h = headers("nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention");
        let schema = Schema::recognise(&h).expect("SCDL");
        assert_eq!(schema.kind, Kind::ScdlSubventions);
        assert_eq!(schema.roles[4], Role::Title);
        assert_eq!(schema.roles[7], Role::Amount);
        assert_eq!(schema.primary, Some(7));
        assert_eq!(schema.roles[13], Role::Other, "a percentage is not euros");
        assert_eq!(schema.check(h.len()), Ok(()));
    }

    #[test]
    fn scdl_headers_in_another_case_and_extra_columns() {
        let h = headers("NOMATTRIBUANT,nombeneficiaire,Objet,MONTANT,commentaire");
        let schema = Schema::recognise(&h).expect("SCDL");
        assert_eq!(
            schema.roles,
            vec![
                Role::Facet,
                Role::Title,
                Role::Text,
                Role::Amount,
                Role::Other
            ]
        );
        assert_eq!(schema.check(5), Ok(()));
    }

    #[test]
    fn the_ftap_file_is_recognised() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/projects.csv"
        ))
        .expect("data file");
        let h = headers(text.lines().next().expect("header"));
        let schema = Schema::recognise(&h).expect("FTAP");
        assert_eq!(schema.kind, Kind::Ftap);
        assert_eq!(schema.primary.map(|i| h[i].as_str()), Some("ftap_eur"));
        assert_eq!(schema.check(h.len()), Ok(()));
    }

    #[test]
    fn other_headers_are_not_recognised() {
        assert_eq!(Schema::recognise(&headers("nom,montant,objet")), None);
    }

    #[test]
    fn a_mapping_is_checked() {
        let schema = |roles: Vec<Role>, primary| Schema {
            kind: Kind::Inferred,
            roles,
            primary,
            marks: None,
        };
        use Role::*;
        assert_eq!(schema(vec![Title, Amount], Some(1)).check(2), Ok(()));
        assert_eq!(schema(vec![Title, Text], None).check(2), Ok(()));
        assert_eq!(
            schema(vec![Text, Amount], Some(1)).check(2),
            Err(SchemaProblem::TitleCount(0))
        );
        assert_eq!(
            schema(vec![Title, Title], None).check(2),
            Err(SchemaProblem::TitleCount(2))
        );
        assert_eq!(
            schema(vec![Title, Date, Date], None).check(3),
            Err(SchemaProblem::SeveralDates)
        );
        assert_eq!(
            schema(vec![Title, Id, Id], None).check(3),
            Err(SchemaProblem::SeveralIds)
        );
        assert_eq!(
            schema(vec![Title, Amount], Some(0)).check(2),
            Err(SchemaProblem::PrimaryNotAmount)
        );
        assert_eq!(
            schema(vec![Title, Amount], None).check(2),
            Err(SchemaProblem::PrimaryNotAmount)
        );
        assert_eq!(
            schema(vec![Title], None).check(2),
            Err(SchemaProblem::ColumnCount { file: 2, schema: 1 })
        );
    }

    #[test]
    fn role_keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key("nope"), None);
    }
}
