//! A deterministic generator of FTAP-like projects with realistic French text, for benchmarks
//! at sizes the real dataset will never reach (1k to 1M rows). Same seed, same data.

use crate::model::{Alias, Dataset, Date, Grade, Project, Round, RoundKind, Source, Theme};

/// A small, fast, seeded pseudo-random generator (xorshift64*). Not for anything secret.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced, as xorshift needs a non-zero state).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

const KINDS: [&str; 14] = [
    "Plateforme",
    "Système d'information",
    "Portail",
    "Service numérique",
    "Outil",
    "Application",
    "Refonte",
    "Dématérialisation",
    "Modernisation",
    "Automatisation",
    "Programme",
    "Entrepôt de données",
    "Assistant conversationnel",
    "Guichet unique",
];
const ACTIONS: [&str; 16] = [
    "de gestion",
    "de suivi",
    "d'instruction",
    "de pilotage",
    "de signalement",
    "de contrôle",
    "de prévention",
    "d'orientation",
    "de déclaration",
    "de paiement",
    "de formation",
    "d'accompagnement",
    "de traitement",
    "d'archivage",
    "de partage",
    "de détection",
];
const OBJECTS: [&str; 30] = [
    "des titres sécurisés",
    "des aides agricoles",
    "du contrôle fiscal",
    "des fourrières",
    "des expulsions locatives",
    "des demandes d'asile",
    "des permis de conduire",
    "des subventions aux associations",
    "de la procédure pénale",
    "des données de santé",
    "des dossiers de naturalisation",
    "des marchés publics",
    "de l'habitat indigne",
    "des compléments alimentaires",
    "des réseaux de chaleur",
    "du décrochage scolaire",
    "des agents publics",
    "des comptes bancaires",
    "des déclarations foncières",
    "de l'information géographique",
    "des personnes handicapées",
    "de la fraude sociale",
    "des violences conjugales",
    "de l'archéologie préventive",
    "du trafic maritime",
    "des établissements pénitentiaires",
    "des prestations familiales",
    "de la relation usager",
    "des concours administratifs",
    "de l'identité numérique",
];
const MINISTRIES: [&str; 13] = [
    "Services du Premier ministre",
    "Ministère du Travail",
    "Ministères économiques et financiers",
    "Ministère de l'Intérieur",
    "Ministères sociaux",
    "Ministère chargé du Logement",
    "Ministère de la Culture",
    "Ministère de la Transition écologique",
    "Ministère de la Justice",
    "Ministère de l'Agriculture",
    "Ministère de l'Éducation nationale",
    "Ministère chargé de la Vie associative",
    "Ministère des Armées",
];
const CARRIERS: [&str; 24] = [
    "DGFiP",
    "ANTS",
    "OFII",
    "IGN",
    "DINUM",
    "DGAFP",
    "DIHAL",
    "INRAP",
    "Pôle emploi",
    "CNSA",
    "DGEF",
    "DGAL",
    "DHUP",
    "ASP",
    "Météo-France",
    "URSSAF",
    "CNAF",
    "DGDDI",
    "DAP",
    "DGT",
    "Préfecture de région Occitanie",
    "Préfecture de police",
    "Rectorat de Lyon",
    "",
];
/// Themes of the synthetic controlled list (the first keywords of [`THEMES`]).
const SYNTHETIC_THEMES: usize = 10;

const THEMES: [&str; 20] = [
    "relation usager",
    "données",
    "IA",
    "cloud",
    "identité numérique",
    "fiscalité",
    "justice",
    "logement",
    "emploi",
    "santé",
    "sécurité",
    "agriculture",
    "environnement",
    "éducation",
    "formation",
    "dématérialisation",
    "inclusion",
    "transition écologique",
    "archives",
    "ressources humaines",
];
const GOALS: [&str; 16] = [
    "réduire les délais de traitement",
    "simplifier les démarches des usagers",
    "libérer du temps pour les agents",
    "fiabiliser les données partagées",
    "mieux cibler les contrôles",
    "supprimer les ressaisies entre administrations",
    "améliorer la qualité du service rendu",
    "mutualiser les infrastructures",
    "sécuriser les échanges",
    "ouvrir les données au public",
    "suivre chaque dossier de bout en bout",
    "réduire le recours au papier",
    "détecter plus tôt les situations à risque",
    "harmoniser les pratiques des services",
    "accompagner la conduite du changement",
    "diminuer les coûts d'exploitation",
];
const AUDIENCES: [&str; 10] = [
    "les usagers",
    "les agents instructeurs",
    "les collectivités",
    "les entreprises",
    "les associations",
    "les préfectures",
    "les juridictions",
    "les services déconcentrés",
    "les opérateurs de l'État",
    "les demandeurs d'emploi",
];

/// An amount between 100 k€ and 50 M€, spread evenly on a log scale and rounded to 10 k€.
fn amount(rng: &mut Rng) -> u64 {
    let exponent = 5.0 + (rng.below(10_000) as f64 / 10_000.0) * 2.7;
    let raw = 10f64.powf(exponent) as u64;
    (raw / 10_000).max(10) * 10_000
}

fn round(id: &str, year: u16) -> Round {
    Round {
        id: id.into(),
        year: Some(year),
        kind: RoundKind::Call,
        label: format!("Appel synthétique {id}"),
        label_en: format!("Synthetic call {id}"),
        announced: None,
        applications: None,
        laureates: None,
        ftap_eur: None,
        sources: vec!["https://example.org/synthetique".into()],
        notes: String::new(),
    }
}

/// Generates `n` projects from `seed`, with realistic proportions of unknown amounts (a third
/// of FTAP amounts, most costs and savings) and the acronyms of the real dataset.
pub fn generate(n: usize, seed: u64, aliases: &[Alias]) -> Dataset {
    let rounds: Vec<Round> = (2018..=2025)
        .flat_map(|year| {
            [
                round(&format!("{year}-1"), year),
                round(&format!("{year}-2"), year),
            ]
        })
        .collect();
    let mut rng = Rng::new(seed);
    let projects = (0..n)
        .map(|i| {
            let name = format!(
                "{} {} {}",
                rng.pick(&KINDS),
                rng.pick(&ACTIONS),
                rng.pick(&OBJECTS)
            );
            let summary = format!(
                "{} pour {} afin de {}. Le projet vise aussi à {} et à {}.",
                name,
                rng.pick(&AUDIENCES),
                rng.pick(&GOALS),
                rng.pick(&GOALS),
                rng.pick(&GOALS)
            );
            let tags = format!("{} / {}", rng.pick(&THEMES), rng.pick(&THEMES));
            let ftap_eur = rng.chance(67).then(|| amount(&mut rng));
            let total_cost_eur = rng.chance(20).then(|| amount(&mut rng) * 3);
            let savings_eur = rng.chance(5).then(|| amount(&mut rng));
            Project {
                id: format!("synth-{i}"),
                round: rng.below(rounds.len()),
                announced: None,
                name,
                ministry: rng.pick(&MINISTRIES).to_owned(),
                carrier: rng.pick(&CARRIERS).to_owned(),
                theme: rng.below(SYNTHETIC_THEMES),
                tags,
                count: 1,
                grade: Grade::Attested,
                ftap_eur,
                total_cost_eur,
                savings_eur,
                summary,
                sources: vec![SYNTHETIC_SOURCE.into()],
                figure_sources: [
                    None,
                    ftap_eur.map(|_| 0),
                    total_cost_eur.map(|_| 0),
                    savings_eur.map(|_| 0),
                ],
                notes: String::new(),
            }
        })
        .collect();
    // The first keywords double as the controlled list of themes.
    let themes = THEMES[..SYNTHETIC_THEMES]
        .iter()
        .enumerate()
        .map(|(i, label)| Theme {
            id: format!("t{i}"),
            label_fr: (*label).to_owned(),
            label_en: (*label).to_owned(),
        })
        .collect();
    Dataset {
        rounds,
        projects,
        themes,
        aliases: aliases.to_vec(),
        sources: vec![Source {
            url: SYNTHETIC_SOURCE.into(),
            title: "[Données synthétiques]".into(),
            publisher: "Explorateur FTAP".into(),
            published: None,
            consulted: Date {
                year: 2026,
                month: 1,
                day: 1,
            },
        }],
    }
}

/// The one source every synthetic project cites.
const SYNTHETIC_SOURCE: &str = "https://example.org/synthetique";

/// The 50 benchmark queries: exact words, prefixes being typed, typos, several words,
/// accent-free spellings, acronyms and a phrase. The first ten are exact-match queries
/// (complete words, no typo), used to check that engines agree.
pub const QUERIES: [&str; 50] = [
    "fourrieres ",
    "justice ",
    "plateforme ",
    "donnees sante ",
    "titres securises ",
    "controle fiscal ",
    "archivage ",
    "associations subventions ",
    "agriculture ",
    "dgfip ",
    "four",
    "plat",
    "dema",
    "procedure pen",
    "identite num",
    "chaleur",
    "habitat ind",
    "naturalisa",
    "compl",
    "prefecture occ",
    "fourieres ",
    "justcie ",
    "prefecure ",
    "dematerialsation ",
    "plateforem ",
    "subvnetions ",
    "preventoin ",
    "naturalistion ",
    "agricoles aides",
    "penitentaires ",
    "numerique justice ",
    "securite sociale fraude ",
    "gestion des titres ",
    "suivi dossier ",
    "ouvrir donnees public ",
    "agents formation ",
    "service usagers delais ",
    "reseaux chaleur collectivites ",
    "identite numerique securisee ",
    "trafic maritime ",
    "securite ",
    "education ",
    "interieur ",
    "ministere travail ",
    "pole emploi ",
    "ofii ",
    "meteo france ",
    "\"procedure penale\" ",
    "\"donnees de sante\" ",
    "ia donnees ",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        let a = generate(200, 7, &[]);
        assert_eq!(a, generate(200, 7, &[]));
        assert_ne!(a.projects, generate(200, 8, &[]).projects);
        assert_eq!(a.projects.len(), 200);
    }

    #[test]
    fn generated_projects_look_like_real_ones() {
        let data = generate(1_000, 1, &[]);
        let unknown = data
            .projects
            .iter()
            .filter(|p| p.ftap_eur.is_none())
            .count();
        assert!(
            (250..420).contains(&unknown),
            "about a third unknown: {unknown}"
        );
        assert!(data
            .projects
            .iter()
            .flat_map(|p| p.ftap_eur)
            .all(|a| (100_000..=50_000_000).contains(&a)));
        assert!(data.projects.iter().all(|p| p.round < data.rounds.len()));
    }

    #[test]
    fn every_benchmark_query_finds_something_in_10k_rows() {
        let catalog = crate::catalog::Catalog::new(generate(10_000, 42, &[]));
        for q in QUERIES {
            let view = crate::state::ViewState {
                query: q.into(),
                ..Default::default()
            };
            let hits = catalog.rows(&view);
            // Acronyms of carriers appear in the carrier field; every query has matches.
            assert!(!hits.is_empty(), "{q:?}");
        }
    }
}
