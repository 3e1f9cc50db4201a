//! Crowd sizes told by the two sides of a protest: police and authorities put a crowd low,
//! organisers high, and outlets report one side's figure or the other's ("Police estimated
//! that 45,000 people took part", "Organisers said 200,000 people took part"). Two such
//! estimates are two claimants' figures, both truly stated: outlets that relay different
//! sides do not contradict each other. Estimates of one side, or of no side named, still do.

use crate::compare::officers::says_any;
use crate::model::Claim;

/// Which side of a protest gives a crowd size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Authorities,
    Organisers,
}

/// Words that name the authorities as a crowd size's source.
const AUTHORITIES: [&str; 8] = [
    "police",
    "authorities",
    "officials",
    "government",
    "ministry",
    "prefecture",
    "gendarmerie",
    "interior",
];

/// Words that name the organisers or the protesters as a crowd size's source.
const ORGANISERS: [&str; 12] = [
    "organisers",
    "organizers",
    "organiser",
    "organizer",
    "union",
    "unions",
    "protesters",
    "protestors",
    "activists",
    "campaigners",
    "opposition",
    "demonstrators",
];

/// The side whose words the crowd size's context holds, when it holds one side's only.
fn side(c: &Claim) -> Option<Side> {
    match (says_any(c, &AUTHORITIES), says_any(c, &ORGANISERS)) {
        (true, false) => Some(Side::Authorities),
        (false, true) => Some(Side::Organisers),
        _ => None,
    }
}

/// Whether two crowd sizes (the caller checks the measure) are told by the two sides.
pub fn told_by_two_sides(a: &Claim, b: &Claim) -> bool {
    matches!((side(a), side(b)), (Some(x), Some(y)) if x != y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::count_claim;
    use crate::model::{Interval, Qualifier, Span};

    fn crowd(n: f64, words: &[&str]) -> Claim {
        let mut c = count_claim(
            "a",
            Span::new(0, 1),
            "gathered",
            Some("people"),
            (Interval::point(n), Qualifier::Exact, n),
            true,
        );
        let mut words: Vec<_> = words.iter().map(|w| (*w).into()).collect();
        words.sort();
        c.context = words;
        c
    }

    #[test]
    fn police_and_organisers_are_two_sides() {
        let police = crowd(45_000.0, &["estimated", "march", "police", "took"]);
        let organisers = crowd(200_000.0, &["march", "organisers", "said", "took"]);
        assert!(told_by_two_sides(&police, &organisers));
        let unions = crowd(200_000.0, &["claimed", "unions"]);
        assert!(told_by_two_sides(&unions, &police));
    }

    #[test]
    fn one_side_or_none_is_no_pair_of_sides() {
        let police = crowd(45_000.0, &["estimated", "police"]);
        let also_police = crowd(54_000.0, &["police", "put"]);
        let nobody = crowd(200_000.0, &["marched", "capital"]);
        let both = crowd(200_000.0, &["organisers", "police", "put"]);
        assert!(!told_by_two_sides(&police, &also_police));
        assert!(!told_by_two_sides(&police, &nobody));
        assert!(!told_by_two_sides(&police, &both));
    }
}
