//! "Officers" alone may be any force's ("two army officers", "three Syrian officers"), so it
//! lines up with no other noun. In a story about police it is police officers: "Two officers
//! were hurt as police tried to separate rival fans" counts the "two police officers" and the
//! "two policemen" other outlets count.

use crate::compare::profile::Profile;
use crate::model::Claim;

/// Nouns of police officers, singular as profiles hold them; one group of nouns that name the
/// same people (see `align::SAME_PEOPLE`).
pub const POLICE: &[&str] = &["policeman", "police officer", "police", "cop"];

/// Context words that say the story is about police.
const SAYS_POLICE: [&str; 4] = ["police", "policeman", "policemen", "cops"];

/// Context words of officers of another service ("army officers", "prison officers",
/// "regime officers"), which no mention of police elsewhere makes police.
const OTHER_SERVICES: [&str; 16] = [
    "air",
    "army",
    "border",
    "correctional",
    "customs",
    "immigration",
    "intelligence",
    "military",
    "naval",
    "navy",
    "prison",
    "probation",
    "rebel",
    "regime",
    "security",
    "troops",
];

/// Reads each bare "officers" count of an article as police officers when the article's own
/// counts name police or the words around its claims say police, and the words around the
/// count name no other service. Items come article by article: each article's run is read alone.
pub fn read_as_police(items: &mut [(usize, &Claim, Profile)]) {
    for run in items.chunk_by_mut(|x, y| x.1.source == y.1.source) {
        // "police made 32 arrests. Eleven officers were slightly hurt": the article's other
        // claims may say police where the count's own sentence does not.
        let counts_police = run.iter().any(|(_, c, p)| {
            p.counts_people && p.unit.as_deref().is_some_and(is_police) || says_any(c, &SAYS_POLICE)
        });
        for (_, c, p) in run.iter_mut() {
            if p.counts_people
                && p.unit.as_deref() == Some("officer")
                && (counts_police || says_any(c, &SAYS_POLICE))
                && !says_any(c, &OTHER_SERVICES)
            {
                p.unit = Some("police officer".to_string());
            }
        }
    }
}

fn is_police(unit: &str) -> bool {
    POLICE.contains(&unit)
}

/// Whether a claim's context words (sorted) hold any of `words`.
pub(super) fn says_any(c: &Claim, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| c.context.binary_search_by(|x| x.as_str().cmp(w)).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::count_claim;
    use crate::compare::profile::profile;
    use crate::model::{Interval, Qualifier, Span};

    fn officers(source: &str, unit: &str, context: &[&str]) -> Claim {
        let value = (Interval::point(2.0), Qualifier::Exact, 2.0);
        let mut c = count_claim(source, Span::new(0, 1), "injured", Some(unit), value, true);
        let mut words: Vec<_> = context.iter().map(|w| (*w).into()).collect();
        words.sort();
        c.context = words;
        c
    }

    fn units(claims: &[Claim]) -> Vec<String> {
        let mut items: Vec<(usize, &Claim, Profile)> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, c)| profile(c).map(|p| (i, c, p)))
            .collect();
        read_as_police(&mut items);
        items
            .into_iter()
            .map(|(_, _, p)| p.unit.unwrap_or_default())
            .collect()
    }

    #[test]
    fn officers_in_a_story_of_police_are_police_officers() {
        // "Two officers were hurt as police tried to separate rival fans".
        let said = [officers("a", "officers", &["hurt", "officers", "police"])];
        assert_eq!(units(&said), ["police officer"]);
        // The article counts policemen elsewhere.
        let counted = [
            officers("a", "officers", &["hurt", "officers"]),
            officers("a", "policemen", &["policemen", "stoned"]),
        ];
        assert_eq!(units(&counted), ["police officer", "policeman"]);
        // "police made 32 arrests. Eleven officers were slightly hurt."
        let arrests = [
            officers("a", "officers", &["hurt", "officers", "slightly"]),
            officers("a", "arrests", &["arrests", "made", "police"]),
        ];
        assert_eq!(units(&arrests), ["police officer", "arrest"]);
    }

    #[test]
    fn officers_of_another_service_or_story_stay_officers() {
        // "Three army officers were killed, police said".
        let army = [officers("a", "officers", &["army", "killed", "police"])];
        assert_eq!(units(&army), ["officer"]);
        // No word of police in the article: any force's officers.
        let bare = [officers("a", "officers", &["ambush", "killed"])];
        assert_eq!(units(&bare), ["officer"]);
        // Another article's policemen say nothing of this one's officers.
        let other = [
            officers("a", "officers", &["hurt"]),
            officers("b", "policemen", &["hurt"]),
        ];
        assert_eq!(units(&other), ["officer", "policeman"]);
    }
}
