//! Verdicts from the values of one group: agree, compatible, contradict.

use crate::compare::clock::clocks_apart;
use crate::compare::profile::{Profile, across_midnight, values_overlap};
use crate::model::{Qualifier, Verdict};

/// The verdict over one value per source (DESIGN.md §4b): contradict when two of them cannot
/// both be true, agree when all state the same, compatible otherwise. One source is unique.
pub fn verdict(values: &[&Profile]) -> Verdict {
    if values.len() < 2 {
        return Verdict::Unique;
    }
    // Sources often state a value alike: each distinct statement is compared once with each
    // other, and with itself when stated more than once (as two sources stating it are).
    let mut distinct: Vec<(&Profile, usize)> = Vec::new();
    for &p in values {
        match distinct
            .iter_mut()
            .find(|(q, _)| statement(q) == statement(p))
        {
            Some((_, n)) => *n += 1,
            None => distinct.push((p, 1)),
        }
    }
    let mut same = true;
    for (i, &(a, n)) in distinct.iter().enumerate() {
        let others = distinct[i + 1..].iter().map(|(b, _)| b);
        for b in (n > 1).then_some(&a).into_iter().chain(others) {
            if (!values_overlap(a, b) && !across_midnight(a, b)) || clocks_apart(a, b).is_some() {
                return Verdict::Contradict;
            }
            if !states_same(a, b) {
                same = false;
            }
        }
    }
    if same {
        Verdict::Agree
    } else {
        Verdict::Compatible
    }
}

/// What [`crate::model::Interval::overlaps`] and [`states_same`] read of a profile, as bits: profiles
/// equal in these are compared alike.
fn statement(
    p: &Profile,
) -> (
    Option<u64>,
    Option<u64>,
    Option<u64>,
    Qualifier,
    Option<&str>,
) {
    let bits = |v: Option<f64>| v.map(f64::to_bits);
    (
        bits(p.values.low()),
        bits(p.values.high()),
        bits(p.estimate),
        p.qualifier,
        p.timex.as_deref(),
    )
}

/// Same wording of the same value: same qualifier and the same stated number.
fn states_same(a: &Profile, b: &Profile) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
    if a.timex.is_some() || b.timex.is_some() {
        return a.timex == b.timex;
    }
    // "between 40 and 50" and "between 30 and 60" share a middle, not their bounds.
    let same_bounds = a.qualifier != Qualifier::Range || a.values == b.values;
    a.qualifier == b.qualifier
        && same_bounds
        && match (a.estimate, b.estimate) {
            (Some(x), Some(y)) => close(x, y),
            (None, None) => a.values == b.values,
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Interval, Qualifier};

    fn p(q: Qualifier, values: Interval, estimate: Option<f64>) -> Profile {
        Profile {
            kind: ClaimKind::Figure,
            measure: Some("killed".into()),
            place: None,
            count_place: None,
            unit: Some("person".into()),
            counts_people: true,
            of: None,
            subset: false,
            background: false,
            event_class: None,
            values,
            estimate,
            qualifier: q,
            timex: None,
            main: false,
            main_in_opening: false,
            lone_victim: false,
            day: None,
            published: None,
            clock: None,
        }
    }

    fn exact(v: f64) -> Profile {
        p(
            Qualifier::Exact,
            Interval::between(v - 0.4995, v + 0.4995),
            Some(v),
        )
    }

    #[test]
    fn design_examples() {
        let about40 = p(Qualifier::About, Interval::between(36.0, 44.0), Some(40.0));
        let more40 = p(Qualifier::AtLeast, Interval::at_least(40.0), Some(40.0));
        let more50 = p(Qualifier::AtLeast, Interval::at_least(50.0), Some(50.0));
        assert_eq!(verdict(&[&about40, &exact(42.0)]), Verdict::Compatible);
        assert_eq!(verdict(&[&more40, &exact(42.0)]), Verdict::Compatible);
        assert_eq!(verdict(&[&more50, &exact(42.0)]), Verdict::Contradict);
        assert_eq!(verdict(&[&exact(5.0), &exact(1.0)]), Verdict::Contradict);
        assert_eq!(verdict(&[&exact(56.0), &exact(56.0)]), Verdict::Agree);
        assert_eq!(verdict(&[&more40, &more50]), Verdict::Compatible);
        assert_eq!(verdict(&[&exact(42.0), &exact(43.0)]), Verdict::Contradict);
        assert_eq!(verdict(&[&exact(42.0)]), Verdict::Unique);
    }

    #[test]
    fn ranges_agree_only_on_the_same_bounds() {
        // "between 40 and 50" and "between 30 and 60": one holds the other, and both can be
        // true, but they do not say the same.
        let range = |lo: f64, hi: f64| p(Qualifier::Range, Interval::between(lo, hi), Some(45.0));
        assert_eq!(
            verdict(&[&range(40.0, 50.0), &range(30.0, 60.0)]),
            Verdict::Compatible
        );
        assert_eq!(
            verdict(&[&range(40.0, 50.0), &range(40.0, 50.0)]),
            Verdict::Agree
        );
        assert_eq!(
            verdict(&[&range(40.0, 50.0), &range(51.0, 60.0)]),
            Verdict::Contradict
        );
    }

    #[test]
    fn a_night_and_the_next_day_are_compatible_two_days_contradict() {
        let date = |d: f64, timex: &str| Profile {
            kind: ClaimKind::Date,
            timex: Some(timex.into()),
            ..p(Qualifier::Exact, Interval::between(d, d), Some(d))
        };
        let friday_night = date(10.0, "2025-02-07TNI");
        let saturday = date(11.0, "2025-02-08");
        let friday = date(10.0, "2025-02-07");
        assert_eq!(verdict(&[&friday_night, &saturday]), Verdict::Compatible);
        assert_eq!(verdict(&[&friday, &saturday]), Verdict::Contradict);
    }
}
