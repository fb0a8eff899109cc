//! The embedded FTAP dataset, generated at build time from `data/*.csv` by `build.rs`.

use crate::model::{Alias, Dataset, Date, Project, Round, RoundKind};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_dataset_matches_the_csv_files() {
        let parsed = crate::validate::parse_dataset(
            include_str!("../data/rounds.csv"),
            include_str!("../data/projects.csv"),
            include_str!("../data/aliases.csv"),
        )
        .unwrap();
        assert_eq!(super::dataset(), parsed);
    }
}
