//! A proposed schema for a file no known schema fits, from its headers and a sample of rows.
//!
//! The proposal only has to be a good start: the reader sees it in the mapping panel and can
//! change any role before loading. Numbers become amounts (unless they look like codes or
//! years) and dates a date, when four values in five are (half for a column whose header
//! says « montant »), the others being then reported by line; web addresses the source, few
//! distinct values a facet (or a few repeated ones under a header such as « région » or
//! « type »), long or varied text search;
//! the title is the column whose header names things, or the first varied short text.

use super::schema::{keep_first, Kind, Role, Schema};
use super::value::{is_web_address, parse_amount, parse_date};
use crate::text::fold;

/// Header words that name a row (folded: lower case, no accents).
const TITLE_WORDS: [&str; 9] = [
    "nom",
    "name",
    "titre",
    "title",
    "libelle",
    "intitule",
    "projet",
    "beneficiaire",
    "laureat",
];
/// Header words of a primary amount.
const AMOUNT_WORDS: [&str; 5] = ["montant", "amount", "subvention", "total", "financement"];
/// Header words of identifiers and codes, which are never summed.
const CODE_WORDS: [&str; 9] = [
    "id",
    "siret",
    "siren",
    "code",
    "numero",
    "reference",
    "ref",
    "insee",
    "postal",
];
/// Header words of years, better grouped by than summed.
const YEAR_WORDS: [&str; 4] = ["annee", "year", "exercice", "millesime"];

/// Header words of categories a reader filters by: with a few repeated, short values, such a
/// column is a facet even in a sample too small for half its values to repeat.
const FACET_WORDS: [&str; 22] = [
    "region",
    "departement",
    "commune",
    "ville",
    "pays",
    "type",
    "nature",
    "categorie",
    "statut",
    "secteur",
    "theme",
    "thematique",
    "ministere",
    "programme",
    "dispositif",
    "filiere",
    "domaine",
    "category",
    "status",
    "sector",
    "country",
    "city",
];
/// Longest mean value length of a facet named by its header.
const FACET_MEAN_LEN: usize = 60;

/// At most this many distinct values, and repeated values, make a facet.
const FACET_MAX: usize = 50;

/// What the sample says about one column.
struct Column {
    /// The folded header split into words.
    words: Vec<String>,
    filled: usize,
    distinct: usize,
    amounts: usize,
    dates: usize,
    urls: usize,
    /// Whole numbers that look like codes: a leading zero, or nine digits and more (SIREN).
    codes: usize,
    years: usize,
    mean_len: usize,
}

impl Column {
    fn read(header: &str, values: &[&str]) -> Column {
        let filled: Vec<&str> = values
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .collect();
        let mut distinct = filled.clone();
        crate::compact_sort::sort(&mut distinct);
        distinct.dedup();
        let count = |test: &dyn Fn(&str) -> bool| filled.iter().filter(|v| test(v)).count();
        let digits = |v: &str| v.bytes().all(|b| b.is_ascii_digit());
        Column {
            words: fold(header)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
            filled: filled.len(),
            distinct: distinct.len(),
            amounts: count(&|v| parse_amount(v).is_some()),
            dates: count(&|v| parse_date(v).is_some()),
            urls: count(&|v| is_web_address(v)),
            codes: count(&|v| digits(v) && (v.starts_with('0') && v.len() > 1 || v.len() >= 9)),
            years: count(&|v| digits(v) && v.len() == 4 && ("1900".."2100").contains(&v)),
            mean_len: filled.iter().map(|v| v.chars().count()).sum::<usize>() / filled.len().max(1),
        }
    }

    fn named(&self, words: &[&str]) -> bool {
        self.words.iter().any(|w| words.contains(&w.as_str()))
    }

    /// Whether every filled value passes a test counted in `n` (and there is one at least).
    fn all(&self, n: usize) -> bool {
        self.filled > 0 && n == self.filled
    }

    /// Whether most filled values (four in five) pass a test counted in `n`: a few typed
    /// wrong do not change what a column is (the loader reports them by line).
    fn mostly(&self, n: usize) -> bool {
        self.filled > 0 && n * 5 >= self.filled * 4
    }

    fn role(&self) -> Role {
        if self.all(self.urls) {
            Role::Url
        } else if self.mostly(self.dates) {
            Role::Date
        } else if (self.mostly(self.amounts)
            || (self.named(&AMOUNT_WORDS) && self.filled > 0 && self.amounts * 2 >= self.filled))
            && self.codes == 0
            && !self.named(&CODE_WORDS)
            && !(self.all(self.years) && self.named(&YEAR_WORDS))
        {
            Role::Amount
        } else if self.all(self.years) && self.named(&YEAR_WORDS) {
            Role::Facet
        } else if self.filled == 0 {
            Role::Other
        } else if self.distinct <= FACET_MAX
            && (self.distinct * 2 <= self.filled
                || (self.named(&FACET_WORDS)
                    && self.distinct < self.filled
                    && self.mean_len <= FACET_MEAN_LEN))
        {
            Role::Facet
        } else {
            Role::Text
        }
    }
}

/// Proposes a schema for `headers`, given a sample of rows (each as many values as headers;
/// missing values count as empty).
pub fn infer(headers: &[String], sample: &[Vec<String>]) -> Schema {
    let columns: Vec<Column> = headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let values: Vec<&str> = sample
                .iter()
                .map(|row| row.get(i).map_or("", String::as_str))
                .collect();
            Column::read(header, &values)
        })
        .collect();
    let mut roles: Vec<Role> = columns.iter().map(Column::role).collect();
    keep_first(&mut roles, Role::Date, Role::Facet);
    let title = pick_title(&columns, &roles);
    if let Some(t) = title {
        roles[t] = Role::Title;
    }
    let amounts: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i] == Role::Amount)
        .collect();
    let primary = amounts
        .iter()
        .copied()
        .find(|&i| columns[i].named(&AMOUNT_WORDS))
        .or_else(|| amounts.first().copied());
    Schema {
        kind: Kind::Inferred,
        roles,
        primary,
        marks: None,
    }
}

/// The title: a text or facet column whose header names things, else the first text column
/// whose values are mostly distinct and short and not codes, else the first text column, else the first
/// column that is not an amount.
fn pick_title(columns: &[Column], roles: &[Role]) -> Option<usize> {
    let texty = |i: &usize| matches!(roles[*i], Role::Text | Role::Facet | Role::Other);
    let all = 0..columns.len();
    all.clone()
        .filter(texty)
        .find(|&i| columns[i].named(&TITLE_WORDS) && !columns[i].named(&CODE_WORDS))
        .or_else(|| {
            all.clone().filter(texty).find(|&i| {
                let c = &columns[i];
                let code = c.codes > 0 || c.named(&CODE_WORDS);
                roles[i] == Role::Text && !code && c.distinct * 2 > c.filled && c.mean_len <= 80
            })
        })
        .or_else(|| all.clone().find(|&i| roles[i] == Role::Text))
        .or_else(|| all.clone().find(|&i| roles[i] != Role::Amount))
        .or_else(|| all.clone().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let mut lines = text
            .lines()
            .map(|l| l.split(';').map(str::to_owned).collect::<Vec<_>>());
        let headers = lines.next().unwrap_or_default();
        (headers, lines.collect())
    }

    #[test]
    fn a_typical_list_of_grants() {
        let (h, rows) = table(
            "Année;Code INSEE;Association;Objet de la demande;Secteur;Montant voté;Date;Lien\n\
             2021;01053;Club de judo;Achat de tatamis pour la section des plus jeunes;Sport;1 500,00;12/03/2021;https://example.org/1\n\
             2021;01053;Chorale du Bourg;Concert de fin d'année avec un orchestre invité;Culture;800;12/03/2021;https://example.org/2\n\
             2022;01004;Club de judo;Déplacement au championnat régional par minibus;Sport;650,5;01/02/2022;https://example.org/3\n\
             2022;01004;Amicale des aînés;Sortie annuelle et repas partagé en novembre;Culture;1200;01/02/2022;https://example.org/4",
        );
        let schema = infer(&h, &rows);
        use Role::*;
        assert_eq!(
            schema.roles,
            vec![Facet, Facet, Title, Text, Facet, Amount, Date, Url]
        );
        assert_eq!(schema.primary, Some(5));
        assert_eq!(schema.check(h.len()), Ok(()));
    }

    #[test]
    fn a_small_file_gets_facets_its_headers_name() {
        let (h, rows) = table(
            "Nom du projet;Région;Type d'aide;Porteur;Commune\n\
             A;Occitanie;Subvention;P1;Albi\n\
             B;Bretagne;Prêt;P2;Brest\n\
             C;Occitanie;Subvention;P3;Rodez\n\
             D;Normandie;Avance;P4;Caen\n\
             E;Bretagne;Subvention;P5;Vannes",
        );
        let roles = infer(&h, &rows).roles;
        // Three regions and three kinds of aid in five rows: facets by their headers; the
        // communes all differ, the carriers are not named as a category.
        assert_eq!(
            roles,
            [
                Role::Title,
                Role::Facet,
                Role::Facet,
                Role::Text,
                Role::Text
            ]
        );
    }

    #[test]
    fn codes_and_sirens_are_not_summed() {
        let (h, rows) = table("siret;x;valeur\n21010053200016;a;1\n21010004100013;b;2\n");
        let schema = infer(&h, &rows);
        assert_eq!(schema.roles[0], Role::Text);
        assert_eq!(schema.roles[2], Role::Amount);
        assert_eq!(schema.primary, Some(2));
    }

    #[test]
    fn the_named_amount_is_primary_and_one_date_only() {
        let (h, rows) = table(
            "ref;début;fin;coût;montant\nA1;2020-01-01;2021-01-01;10;5\nA2;2020-02-01;2021-02-01;20;6\nA3;2020-03-01;2021-03-01;30;7",
        );
        let schema = infer(&h, &rows);
        assert_eq!(schema.roles[1], Role::Date);
        assert_eq!(schema.roles[2], Role::Facet);
        assert_eq!(schema.primary, Some(4));
        assert_eq!(schema.check(h.len()), Ok(()));
    }

    #[test]
    fn a_few_values_typed_wrong_do_not_change_a_column() {
        let (h, rows) = table("nom;montant\nA;1\nB;2\nC;3\nD;quatre\nE;5");
        assert_eq!(infer(&h, &rows).roles[1], Role::Amount);
        let (h, rows) = table("nom;valeur\nA;1\nB;deux\nC;trois");
        assert_eq!(infer(&h, &rows).roles[1], Role::Text);
        // A column named as an amount needs only half its values to be numbers.
        let (h, rows) = table("nom;montant\nA;1\nB;2\nC;trois\nD;quatre");
        assert_eq!(infer(&h, &rows).roles[1], Role::Amount);
    }

    #[test]
    fn a_file_of_numbers_still_gets_a_title() {
        let (h, rows) = table("a;b\n1;2\n3;4");
        let schema = infer(&h, &rows);
        assert_eq!(schema.check(2), Ok(()), "{schema:?}");
    }

    #[test]
    fn no_rows_and_ragged_rows() {
        let (h, _) = table("nom;montant");
        assert_eq!(infer(&h, &[]).check(2), Ok(()));
        let rows = vec![vec!["x".to_owned()], vec![]];
        assert_eq!(infer(&h, &rows).check(2), Ok(()));
    }
}
