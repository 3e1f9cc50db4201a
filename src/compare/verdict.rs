//! Verdicts from the values of one group: agree, compatible, contradict.

use crate::compare::profile::Profile;
use crate::model::Verdict;

/// The verdict over one value per source (DESIGN.md §4b): contradict when two of them cannot
/// both be true, agree when all state the same, compatible otherwise. One source is unique.
pub fn verdict(values: &[&Profile]) -> Verdict {
    if values.len() < 2 {
        return Verdict::Unique;
    }
    let mut same = true;
    for (i, a) in values.iter().enumerate() {
        for b in &values[i + 1..] {
            if !a.values.overlaps(b.values) {
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

/// Same wording of the same value: same qualifier and the same stated number.
fn states_same(a: &Profile, b: &Profile) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
    if a.timex.is_some() || b.timex.is_some() {
        return a.timex == b.timex;
    }
    a.qualifier == b.qualifier
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
}
