//! Which source stands apart: in a contradiction among three or more sources, the largest set of
//! sources whose values can all be true together, when it is a strict majority, is the
//! consensus; the others depart from it.
//!
//! Values are intervals on a line, and intervals that overlap pairwise share a point (Helly's
//! theorem in one dimension), so the largest set that can all be true together is the largest
//! set of intervals covering one point, and that point can be taken among their ends. When two
//! different sets of that size exist, there is no consensus: the sources split evenly.

use crate::model::Interval;

/// The consensus among `values` (one per source, in source order): the indices of the
/// consensus and the indices departing from it.
pub fn consensus(values: &[Interval]) -> Option<(Vec<usize>, Vec<usize>)> {
    if values.len() < 3 {
        return None;
    }
    let points = values.iter().flat_map(|v| [v.low(), v.high()]).flatten();
    let mut best: Vec<usize> = Vec::new();
    let mut tied = false;
    for p in points {
        let cover: Vec<usize> = (0..values.len())
            .filter(|&i| values[i].contains(p))
            .collect();
        if cover.len() > best.len() {
            best = cover;
            tied = false;
        } else if cover.len() == best.len() && cover != best {
            tied = true;
        }
    }
    if tied || best.len() * 2 <= values.len() || best.len() == values.len() {
        return None;
    }
    let departing = (0..values.len()).filter(|i| !best.contains(i)).collect();
    Some((best, departing))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn exact(v: f64) -> Interval {
        Interval::between(v - 0.5, v + 0.5)
    }

    #[test]
    fn one_source_against_three() {
        let values = [
            exact(12.0),
            exact(12.0),
            exact(30.0),
            Interval::at_least(10.0),
        ];
        let (with, departing) = consensus(&values).unwrap();
        assert_eq!(with, [0, 1, 3]);
        assert_eq!(departing, [2]);
    }

    #[test]
    fn even_split_or_two_sources_have_no_consensus() {
        assert_eq!(consensus(&[exact(1.0), exact(5.0)]), None);
        assert_eq!(
            consensus(&[exact(1.0), exact(1.0), exact(5.0), exact(5.0)]),
            None
        );
        // Three different values: no majority.
        assert_eq!(consensus(&[exact(1.0), exact(5.0), exact(9.0)]), None);
    }

    #[test]
    fn overlapping_values_count_together() {
        // "about 40" (36–44), "42", "more than 40" against "5".
        let values = [
            Interval::between(36.0, 44.0),
            exact(42.0),
            Interval::at_least(40.0),
            exact(5.0),
        ];
        let (with, departing) = consensus(&values).unwrap();
        assert_eq!((with, departing), (vec![0, 1, 2], vec![3]));
    }

    proptest! {
        /// The consensus is a strict majority whose values share a point (so each pair of them
        /// overlaps), and the departing values are the rest.
        #[test]
        fn consensus_is_a_majority_that_can_all_be_true(
            raw in prop::collection::vec((0u8..20, 0u8..4), 3..9)
        ) {
            let values: Vec<Interval> = raw
                .iter()
                .map(|&(a, w)| Interval::between(f64::from(a), f64::from(a + w)))
                .collect();
            if let Some((with, departing)) = consensus(&values) {
                prop_assert!(with.len() * 2 > values.len());
                prop_assert_eq!(with.len() + departing.len(), values.len());
                for &i in &with {
                    for &j in &with {
                        prop_assert!(values[i].overlaps(values[j]));
                    }
                }
                for &i in &departing {
                    prop_assert!(!with.contains(&i));
                }
            }
        }
    }
}
