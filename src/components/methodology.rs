//! « Méthodologie »: what each figure means, where the data comes from, what is unknown.

use yew::prelude::*;

/// Date of the last review of the data files (see data/README.md).
pub const DATA_UPDATED: &str = "28 novembre 2026";

/// The methodology section, in plain words.
#[component]
pub fn Methodology() -> Html {
    html! {
        <section class="methodology" id="methodologie" aria-labelledby="methodology-title">
            <h2 id="methodology-title">{ "Méthodologie" }</h2>
            <h3>{ "Ce que mesure chaque chiffre" }</h3>
            <dl>
                <dt>{ "Montant FTAP" }</dt>
                <dd>{ "La somme que le fonds a accordée au projet, telle que l'annonce une source \
                       publique. Ce n'est ni le coût du projet ni ce qui a été effectivement \
                       dépensé : certains montants sont ceux de l'annonce, d'autres ceux d'un \
                       bilan ultérieur (la note du projet le précise)." }</dd>
                <dt>{ "Coût total" }</dt>
                <dd>{ "Le coût complet du projet, tous financements confondus (le FTAP n'en paie \
                       qu'une partie). Rarement publié." }</dd>
                <dt>{ "Économies annoncées" }</dt>
                <dd>{ "Les économies que le projet devait produire, selon l'annonce ; elles ne \
                       disent pas ce qui a été réellement économisé (la Cour des comptes a par \
                       exemple révisé fortement celles du Health Data Hub)." }</dd>
                <dt>{ "Effet de levier, économies par euro" }</dt>
                <dd>{ "Des rapports calculés seulement sur les projets où les deux montants sont \
                       connus, dont le nombre est affiché à côté." }</dd>
                <dt>{ "Chiffres officiels par appel" }</dt>
                <dd>{ "Le nombre de lauréats et le montant annoncés par le gouvernement pour chaque \
                       appel à projets. Ils donnent l'ordre de grandeur réel du fonds ; l'écart avec \
                       les projets listés mesure ce que nos données ne détaillent pas." }</dd>
            </dl>
            <h3>{ "D'où viennent les données" }</h3>
            <p>{ "De communiqués du gouvernement et des ministères, de rapports parlementaires, de \
                  documents budgétaires et d'articles de presse, cités ligne par ligne : chaque \
                  projet renvoie à ses sources. Aucune liste officielle complète des lauréats \
                  n'a été trouvée ; le jeu de données rassemble ce qui est publiquement \
                  vérifiable. Les fichiers sont dans le dossier data/ du dépôt, sous Licence \
                  Ouverte 2.0." }</p>
            <h3>{ "Ce qui est inconnu, et pourquoi" }</h3>
            <p>{ "Beaucoup de montants n'ont jamais été publiés projet par projet. Une case \
                  inconnue est affichée « n.c. » (non communiqué) et n'est jamais comptée comme \
                  zéro : les sommes portent sur les montants connus et disent combien restent \
                  inconnus. Quand une source ne permet pas de rattacher un projet à un appel \
                  précis, il est classé « appel non établi »." }</p>
            <p class="updated">{ format!("Dernière mise à jour des données : {DATA_UPDATED}.") }</p>
        </section>
    }
}
