//! The catalogue of every interface string, in French and English.
//!
//! The catalogue is one macro call: each entry must give both languages, so a missing
//! translation does not compile. Strings with `{}` take arguments through [`Text::fill`].
//! The data itself (project names, summaries, notes) stays in French.

// The language type lives apart so that number formatting, which the catalogue uses for
// counts, does not depend on the catalogue in turn.
pub use crate::lang::Lang;

macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident; $($key:ident => $fr:expr, $en:expr;)*) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $(#[allow(missing_docs)] $key,)* }

        impl $name {
            /// Every string of the catalogue.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];

            /// The strings in catalogue order, French then English: a table lookup compiles to
            /// far less wasm than a match over every entry.
            const STRINGS: &'static [[&'static str; 2]] = &[$([$fr, $en],)*];

            /// The string in a language.
            pub fn get(self, lang: Lang) -> &'static str {
                Self::STRINGS[self as usize][lang as usize]
            }

            /// The string with each `{}` replaced by the next argument.
            pub fn fill(self, lang: Lang, args: &[&str]) -> String {
                fill(self.get(lang), args)
            }
        }

        impl Entry for $name {
            fn get(self, lang: Lang) -> &'static str {
                $name::get(self, lang)
            }
        }
    };
}

/// A string of one of the catalogues, for what serves both ([`count`]).
pub trait Entry: Copy {
    /// The string in a language.
    fn get(self, lang: Lang) -> &'static str;
}

/// `template` with each `{}` replaced by the next argument (missing ones stay empty).
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut parts = template.split("{}").peekable();
    while let Some(part) = parts.next() {
        out.push_str(part);
        if parts.peek().is_some() {
            out.push_str(args.next().copied().unwrap_or(""));
        }
    }
    out
}

/// `n` and the singular or plural form, e.g. « 1 projet », « 3 projets ».
pub fn count<T: Entry>(lang: Lang, n: usize, one: T, many: T) -> String {
    let text = if n > 1 || (n == 0 && lang == Lang::En) {
        many
    } else {
        one
    };
    fill(text.get(lang), &[&crate::format::integer(n as u64, lang)])
}

/// A number of projects: « 1 projet », « 7 projets » / "7 projects".
pub fn projects(lang: Lang, n: usize) -> String {
    count(lang, n, Text::ProjectOne, Text::ProjectMany)
}

catalogue! {
    /// A string of the explorer's interface.
    Text;
    // Page
    AppTitle => "Explorateur FTAP", "FTAP Explorer";
    PageTitle => "Explorateur FTAP – projets du Fonds pour la transformation de l'action publique", "FTAP Explorer — projects funded by the French public transformation fund";
    Lede => "Le Fonds pour la transformation de l'action publique (FTAP), créé en 2018, finance par appels à projets la modernisation des services publics : voici ses lauréats connus, leurs montants et leurs sources.",
        "The French public transformation fund (FTAP, Fonds pour la transformation de l'action publique), created in 2018, funds the modernisation of public services through calls for projects: here are its known laureates, their amounts and their sources.";
    DataInFrench => "", "Project data (names, summaries, notes, sources) is shown in French, as published.";
    SkipToResults => "Aller aux résultats", "Skip to results";
    PageSections => "Sections de la page", "Page sections";
    SectionProjects => "Projets", "Projects";
    SectionBreakdown => "Répartition", "Breakdown";
    SectionCoverage => "Couverture des données", "Data coverage";
    SectionMethodology => "Méthodologie", "Methodology";
    Footer => "Données ouvertes et sourcées : chaque ligne renvoie à ses sources. Site indépendant, sans lien avec l'administration.",
        "Open, sourced data: every row links to its sources. An independent site, not affiliated with the French administration.";
    Settings => "Réglages d'affichage", "Display settings";
    Language => "Langue", "Language";
    Appearance => "Apparence", "Appearance";
    ThemeSystem => "Système", "System";
    ThemeLight => "Clair", "Light";
    ThemeDark => "Sombre", "Dark";
    // Search
    SearchLabel => "Rechercher un projet", "Search projects";
    SearchHelp => "Nom, sigle, ministère, porteur, mots-clés ou résumé ; majuscules et accents indifférents ; « / » pour venir ici.",
        "Name, acronym, ministry, carrier, keywords or summary; case and accents ignored; press “/” to come here.";
    // Key figures
    KeyFigures => "Chiffres clés", "Key figures";
    KeyFiguresHelp => "Sommes des seuls montants connus, avec le nombre de projets qu'elles couvrent ; « ≥ » : somme partielle ; « n.c. » : aucun montant connu.",
        "Sums of known amounts only, with the number of projects they cover; “≥”: partial sum; “not published”: no known amount.";
    Headline => "{} connus pour {} sur {} ; ≥ {} annoncés par les {} appels qui ont publié leur montant.",
        "{} known for {} out of {}; ≥ {} announced by the {} calls that published their amount.";
    SelectionHeadline => "Sélection : {} ; montants FTAP : {} ({}).", "Selection: {}; FTAP amounts: {} ({}).";
    WholeData => "ensemble des données : {}", "all data: {}";
    WholeHeadline => "Ensemble des données : {}", "All data: {}";
    FigProjects => "Projets", "Projects";
    FigProjectsNote => "listés dans les données", "listed in the data";
    FigProjectsRows => "listés en {} lignes (une ligne peut regrouper plusieurs projets)", "listed in {} rows (one row may stand for several projects)";
    KnownFor => "connu pour {} sur {}", "known for {} out of {}";
    AlsoFtapKnown => "dont {} avec un montant FTAP connu", "{} of them with a known FTAP amount";
    FewKnown => "{} : {}, {} seulement ({}) ; trop peu de montants connus pour un chiffre clé.", "{}: {}, {} only ({}); too few known amounts for a key figure.";
    RatioBase => "sur {} où les deux montants sont connus", "over {} where both amounts are known";
    FewPairs => "{} : {}, calculé sur {} seulement où les deux montants sont connus ; trop peu pour un chiffre clé.", "{}: {}, computed over only {} where both amounts are known; too few for a key figure.";
    FootnotesTitle => "Chiffres sur trop peu de montants connus", "Figures on too few known amounts";
    UnknownOne => "{} inconnu", "{} unknown";
    UnknownMany => "{} inconnus", "{} unknown";
    FigFtap => "Σ montants FTAP", "Σ FTAP amounts";
    FigCost => "Σ coûts totaux", "Σ total costs";
    FigSavings => "Σ économies annoncées", "Σ announced savings";
    FigLeverage => "Effet de levier (coût total / FTAP)", "Leverage (total cost / FTAP)";
    FigSavingsPerEuro => "Économies par euro FTAP", "Savings per FTAP euro";
    NotGiven => "n.c.", "not published";
    NotGivenTitle => "Non communiqué : aucune source consultée ne donne ce montant", "Not published: none of the sources gives this amount";
    // Coverage
    Coverage => "Ce que les données couvrent", "What the data covers";
    CoverageSummary => "Les {} appels qui ont publié leur montant annoncent au moins {} ; les projets listés pour ces appels en détaillent {} ({}). Les projets listés ailleurs (appel sans montant publié ou non établi) ajoutent {}. Les appels ont désigné au moins {} lauréats ; {} projets sont listés.",
        "The {} calls that published their amount announced at least {}; the projects listed for those calls itemise {} of it ({}). Projects listed elsewhere (call without a published amount, or not established) add {}. The calls selected at least {} laureates; {} projects are listed.";
    MoneyByYear => "Montants FTAP par année : annoncés et listés", "FTAP amounts by year: announced and listed";
    MoneyByYearHelp => "Le contour est le montant annoncé par les appels de l'année (quand ils l'ont publié) ; la première couleur, les montants listés rattachés à un appel ; la seconde (violette), ceux dont l'appel n'est pas établi ; le texte de chaque barre donne les deux. Cliquez sur une année pour filtrer.",
        "The outline is the amount the year's calls announced (where published); the first colour, listed amounts attributed to a call; the second (purple), those whose call is not established; each bar's text gives both. Click a year to filter.";
    YearValue => "annoncé {} ; listé {}", "announced {}; listed {}";
    YearUnattributed => ", dont {} sans appel établi", ", of which {} without an established call";
    NoneListed => "aucun projet listé", "no project listed";
    CoverageNothing => "aucun projet listé ; montant annoncé non publié", "no project listed; announced amount not published";
    CoverageNone => "aucun projet listé sur {} annoncés", "no project listed of {} announced";
    ShowNotes => "Voir", "Show";
    ListedInCall => "listé, rattaché à un appel", "listed, attributed to a call";
    ListedUnattributed => "listé, appel non établi", "listed, call not established";
    CoverageChart => "Montants FTAP listés et annoncés, par appel", "FTAP amounts listed and announced, by call";
    CoverageBar => "{} listés sur {} annoncés ({})", "{} listed of {} announced ({})";
    CoverageNoAmount => "{} listés ; montant annoncé non publié", "{} listed; announced amount not published";
    CoverageBucket => "{} listés ; pas de chiffre annoncé propre : ces projets comptent parmi les appels de leur période", "{} listed; no announced figure of its own: these projects belong to the calls of their period";
    CoverageValue => "Listés / annoncés", "Listed / announced";
    Announced => "annoncé", "announced";
    CoverageCaption => "Couverture par appel : chiffres officiels et projets listés, avec les notes et sources de chaque appel. « n.c. » : non publié ; « — » : pas de chiffre propre (appel non établi).", "Coverage by call: official figures and listed projects, with each call's notes and sources. “not published”: no figure published; “—”: no figure of its own (call not established).";
    ColCall => "Appel", "Call";
    ColLaureates => "Lauréats annoncés", "Laureates announced";
    ColListed => "Projets listés", "Projects listed";
    ColFtapAnnounced => "FTAP annoncé", "FTAP announced";
    ColFtapListed => "Σ FTAP listé (connus, part de l'annonce)", "Σ FTAP listed (known, share of the announcement)";
    ColGap => "Écart (annoncé − listé)", "Gap (announced − listed)";
    ColNotes => "Notes et sources", "Notes and sources";
    ColByGrade => "Dont, par preuve", "Of which, by evidence";
    Total => "Total", "Total";
    CallNotes => " les notes et sources : {}", " the notes and sources: {}";
    // Filters
    Filters => "Filtres", "Filters";
    FacetsHelp => "Chaque valeur indique le nombre de projets et la somme de leurs montants FTAP connus (« ≥ » : somme partielle ; « n.c. » : aucun montant connu). Plusieurs valeurs d'un même filtre s'additionnent (ou) ; des filtres différents se combinent (et).",
        "Each value shows the number of projects and the sum of their known FTAP amounts (“≥”: partial sum; “not published”: no known amount). Values of one filter add up (or); different filters combine (and).";
    KnownFtap => "Montant FTAP : connu ou inconnu", "FTAP amount: known or unknown";
    KnownCost => "Coût total : connu ou inconnu", "Total cost: known or unknown";
    KnownSavings => "Économies annoncées : connues ou inconnues", "Announced savings: known or unknown";
    ValueKnown => "connu", "known";
    ValueUnknown => "inconnu", "unknown";
    FacetMinistry => "Ministère", "Ministry";
    FacetRound => "Appel", "Call";
    FacetTheme => "Thème", "Theme";
    FacetCarrier => "Porteur", "Carrier";
    FacetYear => "Année", "Year";
    NounMinistry => "ministère", "ministry";
    NounRound => "appel", "call";
    NounTheme => "thème", "theme";
    NounCarrier => "porteur", "carrier";
    NounYear => "année", "year";
    NounGrade => "preuve du financement", "evidence of funding";
    FacetGrade => "Preuve du financement FTAP", "Evidence of FTAP funding";
    GradeAnnounced => "Lauréat annoncé officiellement", "Announced as a laureate by the government";
    GradeAttested => "Financement FTAP attesté par une source", "FTAP funding stated by a source";
    GradeP349 => "Programme 349 seulement (FTAP déduit)", "Programme 349 only (FTAP deduced)";
    BadgeAnnounced => "annoncé", "announced";
    BadgeAttested => "attesté", "stated";
    BadgeP349 => "P349", "P349";
    ConfirmedOnly => "Lauréats confirmés seulement", "Confirmed laureates only";
    ConfirmedOnlyHelp => "Sans les projets connus seulement par un financement du programme 349.", "Without the projects known only through programme 349 funding.";
    ConfirmedOnlyNote => "Ces chiffres ne portent que sur les lauréats confirmés (annonce officielle ou source qui cite le FTAP).", "These figures cover confirmed laureates only (official announcement, or a source naming the FTAP).";
    MethGradesTitle => "Preuve du financement", "Evidence of funding";
    MethGrades => "Chaque projet porte une preuve : « lauréat annoncé officiellement » quand le gouvernement ou la DITP l'a nommé lauréat ; « financement attesté » quand une autre source (presse, ministère, opérateur, Parlement, Cour des comptes) dit qu'il a reçu des crédits du FTAP ; « programme 349 seulement » quand une source ne mentionne qu'un financement par ce programme budgétaire, qui en 2021 n'avait qu'une action, le FTAP : le lien est alors déduit. L'interrupteur « Lauréats confirmés seulement » écarte ce dernier cas des chiffres, répartitions et exports.", "Each project carries its evidence: “announced as a laureate” when the government or the DITP named it; “FTAP funding stated” when another source (press, ministry, agency, Parliament, Court of Audit) says it received FTAP money; “programme 349 only” when a source mentions funding from that budget programme alone, which in 2021 had a single action, the FTAP: the link is then deduced. The “Confirmed laureates only” switch leaves the last case out of figures, breakdowns and exports.";
    YearUnknown => "Année non établie", "Year not established";
    NotGivenValue => "Non renseigné", "Not given";
    NoValues => "Aucune valeur dans les résultats.", "No value in the results.";
    ShowAll => "Afficher les {} valeurs", "Show all {} values";
    ShowLess => "Afficher moins", "Show fewer";
    ProjectOne => "{} projet", "{} project";
    ProjectMany => "{} projets", "{} projects";
    AmountFtap => "Montant FTAP", "FTAP amount";
    AmountCost => "Coût total", "Total cost";
    AmountSavings => "Économies annoncées", "Announced savings";
    RangeLegend => "{} (M€)", "{} (€M)";
    AtLeast => "Au moins", "At least";
    LessThan => "Moins de", "Less than";
    Brackets => "Tranches de montant FTAP", "FTAP amount brackets";
    NotANumber => "Nombre attendu, en millions d'euros (ex. : 1,5).", "A number is expected, in millions of euros (e.g. 1.5).";
    ExcludedOne => "{} projet exclu car le montant est inconnu.", "{} project excluded because the amount is unknown.";
    ExcludedMany => "{} projets exclus car le montant est inconnu.", "{} projects excluded because the amount is unknown.";
    ShowUnknownOne => "Afficher ce projet sans montant", "Show this project without an amount";
    ShowUnknownMany => "Afficher les {} projets sans montant", "Show the {} projects without an amount";
    InForce => "Valeur illisible : le filtre en vigueur reste « {} ».", "Unreadable value: the filter in force is still “{}”.";
    NoneInForce => "Valeur illisible : aucun filtre ne s'applique à ce montant.", "Unreadable value: no filter applies to this amount.";
    RangeFrom => "de {} à moins de {}", "from {} to less than {}";
    RangeMin => "≥ {}", "≥ {}";
    RangeMax => "< {}", "< {}";
    ActiveFilters => "Filtres actifs", "Active filters";
    RemoveFilter => "Retirer le filtre {}", "Remove filter {}";
    RemoveAllFilters => "Retirer tous les filtres", "Remove all filters";
    // Results
    Results => "Projets", "Projects";
    Status => "{} sur {} ; montants FTAP : {}", "{} of {}; FTAP amounts: {}";
    SortFile => "Tri : ordre du fichier de données.", "Order: as in the data file.";
    SortRelevance => "Tri : pertinence (meilleures correspondances d'abord).", "Order: relevance (best matches first).";
    SortBy => "Tri :", "Sorted by:";
    Ascending => "croissant", "ascending";
    Descending => "décroissant", "descending";
    RemoveSortKey => "Retirer {} du tri", "Remove {} from the sort";
    RemoveWord => "retirer", "remove";
    ResetSort => "Réinitialiser le tri", "Reset the sort";
    SortAlsoBy => "Trier aussi par", "Also sort by";
    AddSortKey => "Ajouter au tri", "Add to the sort";
    SortHint => "Cliquer pour trier ; Maj+clic pour ajouter un critère de tri", "Click to sort; Shift+click to add a sort key";
    TableCaption => "Projets lauréats du FTAP ; « n.c. » : montant non communiqué.",
        "Projects funded by the FTAP; “not published”: amount not given.";
    SortHeadersHelp => "Un clic sur un en-tête du tableau trie les projets (Maj+clic : un critère de plus).",
        "Click a table header to sort the projects (Shift+click: one more key).";
    ColProject => "Projet", "Project";
    ColMinistry => "Ministère", "Ministry";
    ColFtap => "Montant FTAP", "FTAP amount";
    ColCost => "Coût total", "Total cost";
    Pages => "Pages de résultats", "Result pages";
    ApproximateResults => "Résultats approchés ({}) : ces projets ne contiennent les mots cherchés qu'avec une faute de frappe près", "Approximate results ({}): these projects match the search only within a typo";
    OnlyApproximate => "aucune correspondance exacte, résultats approchés seulement", "no exact match, approximate results only";
    NoMatch => "Aucun projet ne correspond.", "No project matches.";
    NoMatchHelp => "La recherche lit le nom, le sigle, le ministère, le porteur, les mots-clés et le résumé de chaque projet ; une année, un appel ou un thème se choisissent dans les filtres.",
        "The search reads each project's name, acronym, ministry, carrier, keywords and summary; a year, a call or a theme is chosen in the filters.";
    ClearSearch => "Effacer la recherche", "Clear the search";
    CompareButton => "Comparer", "Compare";
    Comparison => "Comparaison", "Comparison";
    CompareHint => "Choisissez au moins un autre projet (bouton « Comparer » du tableau, de la fiche ou des projets similaires) ; jusqu'à 4.", "Choose at least one more project (the “Compare” button of the table, the project sheet or similar projects); up to 4.";
    CompareHelp => "Les projets choisis, champ par champ ; « diffère » signale un champ dont la valeur n'est pas la même pour tous. Le lien de la page garde la comparaison.", "The chosen projects, field by field; “differs” marks a field whose value is not the same for all. The page's link keeps the comparison.";
    Differs => "diffère", "differs";
    Remove => "Retirer", "Remove";
    RemoveFromComparison => "Retirer {} de la comparaison", "Remove {} from the comparison";
    ExportComparison => "Exporter la comparaison (CSV)", "Export the comparison (CSV)";
    ClearComparison => "Vider la comparaison", "Clear the comparison";
    ColCompare => "Comparaison", "Comparison";
    Columns => "Colonnes supplémentaires", "Extra columns";
    PageOf => "Page {} sur {}", "Page {} of {}";
    FirstPage => "« Première", "« First";
    PreviousPage => "‹ Précédente", "‹ Previous";
    NextPage => "Suivante ›", "Next ›";
    LastPage => "Dernière »", "Last »";
    // Share
    ShareGroup => "Partager et exporter la vue", "Share and export the view";
    CopyLink => "Copier le lien", "Copy link";
    LinkCopied => "Lien copié dans le presse-papiers.", "Link copied to the clipboard.";
    CopyFailed => "Copie impossible ; voici le lien : {}", "Could not copy; here is the link: {}";
    ExportExcel => "Exporter en CSV (Excel, ;)", "Export as CSV (Excel, ;)";
    ExportCsv => "Exporter en CSV (,)", "Export as CSV (,)";
    ExportJson => "Exporter en JSON", "Export as JSON";
    FileMade => "Fichier {} généré ({} lignes).", "File {} made ({} rows).";
    ExpId => "identifiant", "id";
    ExpRound => "appel (code)", "call (code)";
    ExpRoundLabel => "appel", "call";
    ExpYear => "année", "year";
    ExpAnnounced => "date d'annonce", "announcement date";
    ExpName => "nom", "name";
    ExpMinistry => "ministère", "ministry";
    ExpCarrier => "porteur", "carrier";
    ExpTheme => "thème (code)", "theme (code)";
    ExpThemeLabel => "thème", "theme";
    ExpTags => "mots-clés", "keywords";
    ExpCount => "nombre de projets", "number of projects";
    ExpGrade => "preuve du financement FTAP (code)", "evidence of FTAP funding (code)";
    ExpFtap => "montant FTAP (€)", "FTAP amount (€)";
    ExpCost => "coût total (€)", "total cost (€)";
    ExpSavings => "économies annoncées (€)", "announced savings (€)";
    ExpSummary => "résumé (en français)", "summary (in French)";
    ExpSources => "sources", "sources";
    ExpNotes => "notes (en français)", "notes (in French)";
    ExpAnnouncedSource => "source de la date d'annonce", "source of the announcement date";
    ExpFtapSource => "source du montant FTAP", "source of the FTAP amount";
    ExpCostSource => "source du coût total", "source of the total cost";
    ExpSavingsSource => "source des économies", "source of the savings";
    DownloadRefused => "Le navigateur a refusé le téléchargement.", "The browser refused the download.";
    // URL notice
    LinkPartlyIgnored => "Une partie du lien n'a pas pu être appliquée ; le reste de la vue l'est.", "Part of the link could not be applied; the rest of the view is.";
    CloseMessage => "Fermer ce message", "Close this message";
    ReasonUnknownName => "paramètre inconnu", "unknown parameter";
    ReasonBadValue => "valeur illisible", "unreadable value";
    ReasonUnknownProject => "projet inexistant", "no such project";
    ReasonUnknownValue => "valeur absente des données", "value not in the data";
    ReasonTooLong => "valeur trop longue", "value too long";
    ReasonBadEscape => "caractères mal encodés", "badly encoded characters";
    ReasonRepeated => "paramètre en double", "repeated parameter";
    ReasonTooMany => "trop de paramètres", "too many parameters";
    // Detail
    CloseDetail => "Fermer la fiche", "Close the project";
    Carrier => "Porteur", "Carrier";
    Announcement => "Annonce", "Announced";
    Identifier => "Identifiant", "Identifier";
    NotFilled => "non renseigné", "not given";
    Tags => "Mots-clés", "Keywords";
    RowProjects => "Projets regroupés dans cette ligne", "Projects this row stands for";
    Caveats => "Réserves et précisions", "Caveats and details";
    Sources => "Sources", "Sources";
    Similar => "Projets similaires, et pourquoi", "Similar projects, and why";
    ListSeparator => " ; ", "; ";
    SameTheme => "même thème : {}", "same theme: {}";
    SameCarrier => "même porteur : {}", "same carrier: {}";
    SameMinistry => "même ministère", "same ministry";
    SharedWords => "mots communs : {}", "words in common: {}";
    Permalink => "Lien permanent : {}", "Permalink: {}";
    // Breakdown
    Breakdown => "Répartition de la sélection", "Breakdown of the selection";
    GroupBy => "Regrouper par", "Group by";
    BreakdownChart => "Σ des montants FTAP connus par {}", "Σ of known FTAP amounts by {}";
    SumKnownFtap => "Σ FTAP connus", "Σ known FTAP";
    Others => "Autres ({} groupes)", "Others ({} groups)";
    ChartOthers => "Les {} plus gros groupes sont dessinés un à un ; les {} autres sont additionnés dans « Autres ». Le tableau les détaille tous.", "The {} largest groups are drawn one by one; the other {} are summed in “Others”. The table lists them all.";
    BreakdownCaption => "Répartition par {} ; cliquez sur un groupe pour filtrer la vue.", "Breakdown by {}; click a group to filter the view.";
    FilterOn => "Filtrer sur {} : {}", "Filter on {}: {}";
    FilterOnBar => "Filtrer sur ", "Filter on ";
    ColGroupFtap => "Σ FTAP connus (part)", "Σ known FTAP (share)";
    ColGroupCost => "Σ coûts connus", "Σ known costs";
    ColGroupMedian => "FTAP médian", "Median FTAP";
    ColGroupUnknown => "FTAP inconnus", "Unknown FTAP";
    // Charts
    NoChartData => "Aucune donnée à représenter pour cette vue.", "Nothing to draw for this view.";
    ChartData => "Données du graphique (tableau)", "Chart data (table)";
    ChartLabel => "Libellé", "Label";
    Treemap => "Montants FTAP connus par {}, puis par projet", "Known FTAP amounts by {}, then by project";
    Legend => "Légende", "Legend";
    NoKnownAmount => "Aucun montant FTAP connu dans cette vue.", "No known FTAP amount in this view.";
    TreemapOthers => "{} autres projets", "{} other projects";
    TreemapCapped => "Seuls les {} plus gros montants sont dessinés un à un ; les autres sont additionnés dans leur groupe.", "Only the {} largest amounts are drawn one by one; the others are summed within their group.";
    TreemapUnknownOne => "{} projet de la vue sans montant connu n'y figure pas.", "{} project of the view without a known amount is not shown.";
    TreemapUnknownMany => "{} projets de la vue sans montant connu n'y figurent pas.", "{} projects of the view without a known amount are not shown.";
    // Methodology
    Methodology => "Méthodologie", "Methodology";
    InBrief => "Le FTAP en bref", "The FTAP in brief";
    SourceLink => "(source)", "(source)";
    DateUnknown => "date non publiée", "date not published";
    Citation => "{} — {}, {}", "{} — {}, {}";
    NoDate => "s. d.", "n.d.";
    FigureSourceOf => "{} : ", "{}: ";
    FigureSource => "source : ", "source: ";
    Calendar => "Les appels et leur calendrier (date d'annonce des lauréats)", "The calls and their calendar (date the laureates were announced)";
    BriefPurposeTitle => "Objet", "Purpose";
    BriefPurpose => "Financer des projets qui transforment les administrations de l'État et leurs services, dans le cadre du Grand plan d'investissement : 700 M€ sur cinq ans, dont 200 M€ dès 2018.", "To fund projects that transform State administrations and their services, as part of the Grand plan d'investissement: €700M over five years, €200M of it from 2018.";
    BriefCriteriaTitle => "Critères de sélection (2018)", "Selection criteria (2018)";
    BriefCriteria => "Quatre critères : un projet stratégique ou novateur ; un meilleur service aux usagers et de meilleures conditions de travail pour les agents ; des économies importantes et durables ; une gouvernance de projet solide.", "Four criteria: a strategic or innovative project; better service to users and better working conditions for staff; large and lasting savings; sound project governance.";
    BriefRuleTitle => "Règle des économies", "Savings rule";
    BriefRule => "Objectif : chaque euro investi doit rapporter un euro d'économies pérennes au bout de trois ans.", "Target: every euro invested should bring one euro of lasting savings after three years.";
    BriefThresholdsTitle => "Seuils (2020)", "Thresholds (2020)";
    BriefThresholds => "Au moins 1 M€ demandé par projet pour les administrations centrales, les services déconcentrés et les opérateurs, 200 000 € pour les projets territoriaux ; au plus 50 M€ par projet.", "At least €1M asked per project for central administrations, devolved services and public agencies, €200,000 for local projects; at most €50M per project.";
    BriefSecondTitle => "FTAP 2 (2023-2025)", "FTAP 2 (2023-2025)";
    BriefSecond => "Relancé le 10 février 2023 avec 330 M€ pour 2023-2025 ; les projets sont choisis au fil de l'eau par un comité d'investissement.", "Relaunched on 10 February 2023 with €330M for 2023-2025; projects are chosen as they come by an investment committee.";
    BriefWindowsTitle => "Guichets thématiques de la DINUM", "DINUM thematic windows";
    BriefWindows => "Des guichets plus petits, par thème (données, cloud, numérique écoresponsable…) : par exemple, le guichet « données » lancé le 16 janvier 2023 cofinance jusqu'à la moitié de projets de 100 000 € à 1 M€.", "Smaller windows by theme (data, cloud, sustainable IT…): for instance the data window opened on 16 January 2023 co-funds up to half of projects of €100,000 to €1M.";
    MethFigures => "Ce que mesure chaque chiffre", "What each figure measures";
    MethFtap => "La somme que le fonds a accordée au projet, telle que l'annonce une source publique. Ce n'est ni le coût du projet ni ce qui a été effectivement dépensé : certains montants sont ceux de l'annonce, d'autres ceux d'un bilan ultérieur (la note du projet le précise).",
        "The money the fund granted to the project, as a public source announces it. It is neither the project's cost nor what was actually spent: some amounts are those announced, others those of a later review (the project's note says which).";
    MethCost => "Le coût complet du projet, tous financements confondus (le FTAP n'en paie qu'une partie). Rarement publié.", "The full cost of the project, all funding included (the FTAP pays only part of it). Rarely published.";
    MethSavings => "Les économies que le projet devait produire, selon l'annonce ; elles ne disent pas ce qui a été réellement économisé (la Cour des comptes a par exemple révisé fortement celles du Health Data Hub).",
        "The savings the project was expected to bring, as announced; they do not tell what was actually saved (the Cour des comptes, for instance, sharply revised those of the Health Data Hub).";
    MethRatiosTitle => "Effet de levier, économies par euro", "Leverage, savings per euro";
    MethRatios => "Des rapports calculés seulement sur les projets où les deux montants sont connus, dont le nombre est affiché à côté.", "Ratios computed only over the projects where both amounts are known; their number is shown alongside.";
    MethOfficialTitle => "Chiffres officiels par appel", "Official figures by call";
    MethOfficial => "Le nombre de lauréats et le montant annoncés par le gouvernement pour chaque appel à projets. Ils donnent l'ordre de grandeur réel du fonds ; l'écart avec les projets listés mesure ce que nos données ne détaillent pas.",
        "The number of laureates and the amount the government announced for each call for projects. They give the fund's real order of magnitude; the gap with the listed projects measures what our data does not itemise.";
    MethSourcesTitle => "D'où viennent les données", "Where the data comes from";
    MethSources => "De communiqués du gouvernement et des ministères, de rapports parlementaires, de documents budgétaires et d'articles de presse, cités ligne par ligne : chaque projet renvoie à ses sources. Aucune liste officielle complète des lauréats n'a été trouvée ; le jeu de données rassemble ce qui est publiquement vérifiable. Les fichiers sont dans le dossier data/ du dépôt, sous Licence Ouverte 2.0.",
        "From government and ministry press releases, parliamentary reports, budget documents and press articles, cited row by row: every project links to its sources. No complete official list of laureates was found; the dataset gathers what can be publicly checked. The files are in the repository's data/ folder, under the Licence Ouverte 2.0.";
    MethUnknownTitle => "Ce qui est inconnu, et pourquoi", "What is unknown, and why";
    MethUnknown => "Beaucoup de montants n'ont jamais été publiés projet par projet. Une case inconnue est affichée « n.c. » (non communiqué) et n'est jamais comptée comme zéro : une somme porte sur les montants connus, dit pour combien de projets, et s'écrit « ≥ » quand des montants manquent, « n.c. » quand aucun n'est connu. Un chiffre qui repose sur moins de cinq montants connus n'est pas présenté comme chiffre clé mais en note, avec sa base. Quand une source ne permet pas de rattacher un projet à un appel précis, il est classé « appel non établi » et compté à part dans la couverture. Une ligne qui regroupe plusieurs projets (un montant publié pour deux projets) compte pour ce nombre de projets.",
        "Many amounts were never published project by project. An unknown value is shown as “not published” and is never counted as zero: a sum covers the known amounts, says for how many projects, and is written “≥” when amounts are missing, “not published” when none is known. A figure resting on fewer than five known amounts is not shown as a key figure but as a note, with its base. When no source ties a project to a given call, it is filed under “call not established” and counted apart in the coverage. A row that stands for several projects (one amount published for two projects) counts as that many projects.";
    // Opened data (a reader's own CSV file)
    OpenFile => "Ouvrir un fichier CSV", "Open a CSV file";
    OpenFileHelp => "ou déposez-le sur la page : il est lu dans votre navigateur, rien n'est envoyé.", "or drop it on the page: it is read in your browser, nothing is sent.";
    DropHere => "Déposez le fichier CSV pour l'explorer", "Drop the CSV file to explore it";
    OpeningReader => "Ouverture du fichier…", "Opening the file…";
    ReaderFailed => "L'explorateur de fichiers n'a pas pu être chargé (hors ligne ?) : rouvrez le fichier pour réessayer. Les données FTAP restent affichées.", "The file explorer could not be loaded (offline?): open the file again to retry. The FTAP data stays shown.";
    FtapStays => "Les données FTAP restent affichées.", "The FTAP data stays shown.";
    Close => "Fermer", "Close";
    Updated => "Dernière mise à jour des données : {} (date de consultation la plus récente d'une source).", "Data last updated: {} (the latest date a source was consulted).";
}

// The strings that only the app exploring a reader's own file shows: a catalogue of their own,
// so that they stay out of the page's wasm (that app is a module fetched when a file is opened).
catalogue! {
    /// A string of the part that explores a reader's own file.
    OwnText;
    OwnData => "Données ouvertes", "Opened data";
    Reading => "Lecture du début de {}…", "Reading the start of {}…";
    MappingTitle => "Colonnes de {}", "Columns of {}";
    MappingIntro => "Vérifiez le rôle de chaque colonne, puis chargez le fichier. Les valeurs restent telles que le fichier les écrit.", "Check each column's role, then load the file. Values stay as the file writes them.";
    FileFormat => "Encodage : {} ; séparateur : {}.", "Encoding: {}; delimiter: {}.";
    ThousandsComma => "Montants écrits à l'anglaise : la virgule y sépare les milliers (12,500 = 12 500 €), ce que montrent leurs exemples.", "Amounts written the English way: the comma separates thousands (12,500 = €12,500), as their examples show.";
    CommasAsThousands => "Dans les montants, la virgule sépare les milliers (12,500 = douze mille cinq cents euros)", "In amounts, the comma separates thousands (12,500 = twelve thousand five hundred euros)";
    CommasHelp => "Les montants de ce fichier se lisent de deux façons : cochez ou non, et vérifiez « lu : » sous chaque exemple.", "This file's amounts can be read two ways: tick or untick, and check “read as” under each example.";
    KindFtap => "Format reconnu : le fichier de données FTAP de cet explorateur.", "Recognised format: this explorer's FTAP data file.";
    KindScdl => "Format reconnu : SCDL « subventions » (données essentielles des conventions de subvention).", "Recognised format: SCDL “subventions” (French open data standard for grants).";
    KindInferred => "Rôles proposés d'après les en-têtes et les valeurs : à vérifier.", "Roles proposed from the headers and the values: please check.";
    MapColumn => "Colonne", "Column";
    MapExamples => "Exemples", "Examples";
    MapRole => "Rôle", "Role";
    MapPrimary => "Montant principal", "Main amount";
    MapPrimaryOf => "Montant principal : {}", "Main amount: {}";
    RoleTitle => "Titre", "Title";
    RoleText => "Texte recherché", "Searched text";
    RoleFacet => "Filtre (valeurs répétées)", "Filter (repeated values)";
    RoleAmount => "Montant en euros", "Amount in euros";
    RoleDate => "Date", "Date";
    RoleUrl => "Lien (source)", "Link (source)";
    RoleId => "Identifiant", "Identifier";
    RoleOther => "Autre (affiché seulement)", "Other (shown only)";
    LoadFile => "Charger le fichier", "Load the file";
    Cancel => "Annuler", "Cancel";
    ProblemTitles => "Choisissez exactement une colonne « Titre ».", "Choose exactly one “Title” column.";
    ProblemDates => "Une seule colonne peut être la date.", "Only one column can be the date.";
    ProblemIds => "Une seule colonne peut être l'identifiant.", "Only one column can be the identifier.";
    ProblemPrimary => "Choisissez le montant principal parmi les colonnes « Montant ».", "Choose the main amount among the “Amount” columns.";
    DelimSemicolon => "point-virgule", "semicolon";
    DelimComma => "virgule", "comma";
    DelimTab => "tabulation", "tab";
    EncUtf8 => "UTF-8", "UTF-8";
    EncUtf8Bom => "UTF-8 (avec marque d'ordre)", "UTF-8 (with byte order mark)";
    EncCp1252 => "Windows-1252 (détecté : accents convertis)", "Windows-1252 (detected: accents converted)";
    Loading => "Chargement de {}", "Loading {}";
    LoadedSoFar => "Lignes lues : {} ; {} sur {}", "Rows read: {}; {} of {}";
    LoadedSoFarNoSize => "Lignes lues : {} ; {}", "Rows read: {}; {}";
    TimeLeft => "temps restant : environ {} s", "time left: about {} s";
    StopLoading => "Arrêter le chargement", "Stop loading";
    FailEmpty => "Ce fichier est vide.", "This file is empty.";
    FailWorkbook => "C'est un classeur (Excel ou OpenDocument) : enregistrez-le au format CSV, puis ouvrez ce fichier CSV.", "This is a workbook (Excel or OpenDocument): save it as CSV, then open that CSV file.";
    FailMarkup => "C'est une page web ou un document XML, pas un fichier CSV.", "This is a web page or an XML document, not a CSV file.";
    FailBinary => "Ce fichier n'est pas du texte (image, PDF, archive…) : ce n'est pas un CSV.", "This file is not text (image, PDF, archive…): it is not CSV.";
    FailStatus => "Le fichier n'a pas pu être lu (réponse {} du serveur).", "The file could not be read (server answered {}).";
    FailNetwork => "Le fichier n'a pas pu être lu (erreur réseau ou fichier retiré).", "The file could not be read (network error or file removed).";
    FailMapping => "Le rôle des colonnes ne convient pas à ce fichier.", "The column roles do not fit this file.";
    FailNotRelative => "Le paramètre « data » doit désigner un fichier de ce site (adresse relative) : il a été ignoré.", "The “data” parameter must name a file of this site (a relative address): it was ignored.";
    FailMalformed => "Le paramètre « data » est mal formé : il a été ignoré.", "The “data” parameter is malformed: it was ignored.";
    BackToFtap => "Revenir aux données FTAP", "Back to the FTAP data";
    OwnLede => "Ces données viennent de votre fichier : elles sont lues dans votre navigateur et rien n'est envoyé. Les chiffres ci-dessous ne portent que sur ce fichier.", "This data comes from your file: it is read in your browser and nothing is sent. The figures below cover this file only.";
    RowsLoaded => "Lignes chargées : {} (en {} ms)", "Rows loaded: {} (in {} ms)";
    RowsRejected => "lignes rejetées : {} (voir le rapport)", "rows rejected: {} (see the report)";
    SearchFile => "Rechercher dans le fichier", "Search the file";
    SearchFileHelp => "Tous les mots doivent figurer (titre, texte, filtres) ; « guillemets » pour une expression ; une faute de frappe est tolérée.", "Every word must appear (title, text, filters); “quotes” for a phrase; a typo is tolerated.";
    RowsMatched => "Lignes : {} sur {}", "Rows: {} of {}";
    SumOf => "Somme de « {} » : {}", "Sum of “{}”: {}";
    SumUnknown => "Montants inconnus, non comptés (jamais comme zéro) : {}", "Unknown amounts, not counted (never as zero): {}";
    NoAmount => "Aucune colonne montant : pas de somme.", "No amount column: no sum.";
    NoKnownAmount => "aucun montant connu", "no known amount";
    LeftOutNoAmount => "Lignes écartées par le filtre de montant faute de montant connu : {}", "Rows left out by the amount filter for want of a known amount: {}";
    LeftOutNoDate => "Lignes écartées par le filtre de dates faute de date : {}", "Rows left out by the date filter for want of a date: {}";
    RowOne => "{} ligne", "{} row";
    RowMany => "{} lignes", "{} rows";
    ValueNotGiven => "non renseigné", "not given";
    ReadAsUnreadable => "illisible", "unreadable";
    ReadAs => "lu : {}", "read as: {}";
    MoreValues => "Autres valeurs, non listées : {}", "More values, not listed: {}";
    OwnRangeMin => "Minimum de « {} » (€)", "Minimum of “{}” (€)";
    OwnRangeMax => "Maximum de « {} » (€)", "Maximum of “{}” (€)";
    OwnDateFrom => "« {} » à partir du", "“{}” from";
    OwnDateTo => "« {} » jusqu'au", "“{}” until";
    RangeBad => "Montant illisible : ce filtre n'est pas appliqué.", "Unreadable amount: this filter is not applied.";
    FileRows => "Lignes du fichier", "Rows of the file";
    RangeOf => "{} sur {}", "{} of {}";
    FileLine => "Ligne", "Line";
    RowDetail => "Toutes les colonnes", "Every column";
    Computing => "Calcul des chiffres…", "Computing the figures…";
    OwnBreakdownChart => "Somme de « {} » par {}", "Sum of “{}” by {}";
    OwnTreemapChart => "Part de chaque valeur de {} dans la somme de « {} » (surfaces)", "Share of each value of {} in the sum of “{}” (areas)";
    OwnTreemapUnknown => "Sans montant connu, donc absents de la carte : ", "No known amount, hence not in the map: ";
    OwnTreemapNoArea => "Somme nulle ou négative, donc sans surface sur la carte : ", "Sum zero or negative, hence no area in the map: ";
    SortedBy => "trié par {}", "sorted by {}";
    ExportView => "Exporter ces lignes (CSV)", "Export these rows (CSV)";
    NotShareable => "Un fichier ouvert depuis votre ordinateur n'a pas d'adresse : cette vue ne peut pas être partagée par un lien.", "A file opened from your computer has no address: this view cannot be shared by a link.";
    Shareable => "L'adresse de la page reprend ce fichier, ses colonnes, la recherche et le tri : elle peut être partagée.", "The page's address holds this file, its columns, the search and the sort: it can be shared.";
    SummaryTitle => "Résumé des colonnes", "Column summary";
    SummaryUnknown => "Cases vides (inconnues)", "Empty cells (unknown)";
    SummaryMin => "Minimum", "Minimum";
    SummaryMax => "Maximum", "Maximum";
    ReportTitle => "Lignes rejetées", "Rejected rows";
    ReportCounts => "Lignes rejetées : {} ; problèmes listés : {}.", "Rows rejected: {}; problems listed: {}.";
    ReportNone => "Aucune ligne rejetée.", "No row rejected.";
    ReportDownload => "Télécharger le rapport (CSV)", "Download the report (CSV)";
    ReportProblem => "Problème", "Problem";
    ReportValue => "Valeur", "Value";
    ReportReplaced => "Cases contenant des octets qui ne sont pas de l'UTF-8, remplacés par « � » : {}.", "Cells holding bytes that are not UTF-8, replaced by “�”: {}.";
    ReportTruncated => "Le fichier dépasse ce qu'une table peut tenir (4 Go de texte) : les lignes suivantes ne sont pas chargées.", "The file is larger than a table holds (4 GB of text): the rows after are not loaded.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages() {
        for &text in Text::ALL {
            // Only the note about French data is empty in French, where it has no purpose.
            if text != Text::DataInFrench {
                assert!(!text.get(Lang::Fr).is_empty(), "{text:?} fr");
            }
            assert!(!text.get(Lang::En).is_empty(), "{text:?} en");
        }
        for &text in OwnText::ALL {
            for lang in Lang::ALL {
                assert!(!text.get(lang).is_empty(), "{text:?} {lang:?}");
            }
        }
    }

    #[test]
    fn both_languages_take_the_same_arguments() {
        for &text in Text::ALL {
            let holes = |lang| text.get(lang).matches("{}").count();
            assert_eq!(holes(Lang::Fr), holes(Lang::En), "{text:?}");
        }
        for &text in OwnText::ALL {
            let holes = |lang| text.get(lang).matches("{}").count();
            assert_eq!(holes(Lang::Fr), holes(Lang::En), "{text:?}");
        }
    }

    #[test]
    fn fill_replaces_placeholders_in_order() {
        assert_eq!(Text::PageOf.fill(Lang::Fr, &["2", "9"]), "Page 2 sur 9");
        assert_eq!(Text::PageOf.fill(Lang::En, &["2", "9"]), "Page 2 of 9");
        assert_eq!(
            Text::PageOf.fill(Lang::En, &["2"]),
            "Page 2 of ",
            "missing arguments stay empty"
        );
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(
            count(Lang::Fr, 1, Text::ProjectOne, Text::ProjectMany),
            "1 projet"
        );
        assert_eq!(
            count(Lang::Fr, 0, Text::ProjectOne, Text::ProjectMany),
            "0 projet"
        );
        assert_eq!(
            count(Lang::En, 0, Text::ProjectOne, Text::ProjectMany),
            "0 projects"
        );
        assert_eq!(
            count(Lang::En, 2, Text::ProjectOne, Text::ProjectMany),
            "2 projects"
        );
    }
}
