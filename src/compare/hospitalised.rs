//! "Seven people were taken to hospital" counts the injured a hospital took in, which are
//! some of the injured. An article that counts its injured too ("at least 40 injured … Seven
//! were taken to hospital") tells two numbers: its hospital count lines up only with other
//! outlets' hospital counts, never against their injured ("upwards of forty were hurt, and
//! nine were taken to hospital": 7 and 9 differ, 40 and 40 agree). An article whose only
//! count of the injured is the hospital's tells its injured by it, as other outlets' injured.

use crate::compare::profile::Profile;
use crate::model::Claim;

/// Reads each hospital count of an article that counts no injured of the story's own as a
/// count of the injured. Items come article by article: each article's run is read alone.
pub fn read_as_injured(items: &mut [(usize, &Claim, Profile)]) {
    for run in items.chunk_by_mut(|x, y| x.1.source == y.1.source) {
        let counts_injured = run
            .iter()
            .any(|(_, _, p)| !p.background && p.measure.as_deref() == Some("injured"));
        if counts_injured {
            continue;
        }
        for (_, _, p) in run.iter_mut() {
            if p.measure.as_deref() == Some("hospitalised") {
                p.measure = Some("injured".to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::count_claim;
    use crate::compare::profile::profile;
    use crate::model::{Interval, Qualifier, Span};

    fn count(source: &str, measure: &str, n: f64) -> Claim {
        let value = (Interval::point(n), Qualifier::Exact, n);
        count_claim(
            source,
            Span::new(0, 1),
            measure,
            Some("people"),
            value,
            true,
        )
    }

    fn measures(claims: &[Claim]) -> Vec<String> {
        let mut items: Vec<(usize, &Claim, Profile)> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, c)| profile(c).map(|p| (i, c, p)))
            .collect();
        read_as_injured(&mut items);
        items
            .into_iter()
            .map(|(_, _, p)| p.measure.unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_hospital_count_beside_a_count_of_the_injured_stays_a_hospital_count() {
        let both = [
            count("a", "injured", 40.0),
            count("a", "hospitalised", 7.0),
            count("b", "hospitalised", 9.0),
        ];
        assert_eq!(measures(&both), ["injured", "hospitalised", "injured"]);
    }
}
