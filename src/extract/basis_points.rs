//! Moves of a rate in percentage points, however they are written: "25 basis points", "25
//! bps", "0.25 percentage points", "a quarter of a percentage point", "a quarter point", "half
//! a percentage point". One unit, so that the outlets' ways of writing one cut line up.

use crate::extract::phrase::{Phrase, Shape};
use crate::extract::words::Words;

/// A basis point in percentage points.
const BASIS_POINT: f64 = 0.01;

/// Percentage points in one unit the phrase `p` is written in, and the last token of its
/// unit: 0.01 for basis points, 1 for percentage points and for a fraction of a point.
pub fn basis_points(w: &Words, p: &Phrase) -> Option<(f64, usize)> {
    let k = p.last + 1;
    if p.shape == Shape::Fraction {
        // "a quarter point", "a quarter percentage point", "a quarter of a percentage point",
        // "half a point".
        return [
            &["point"][..],
            &["percentage", "point"],
            &["of", "a", "percentage", "point"],
            &["of", "a", "point"],
            &["a", "percentage", "point"],
            &["a", "point"],
        ]
        .iter()
        .find(|words| w.matches_at(k, words))
        .map(|words| (1.0, k + words.len() - 1));
    }
    if p.percent {
        // "0.25 percentage points": the phrase ends at "points".
        let points = matches!(w.low(p.last), "points" | "point");
        return (points && p.last >= 1 && w.low(p.last - 1) == "percentage")
            .then_some((1.0, p.last));
    }
    if p.glued_unit
        .as_deref()
        .is_some_and(|u| matches!(u.to_ascii_lowercase().as_str(), "bps" | "bp"))
    {
        return Some((BASIS_POINT, p.last));
    }
    if w.matches_at(k, &["basis", "points"]) || w.matches_at(k, &["basis", "point"]) {
        return Some((BASIS_POINT, k + 1));
    }
    matches!(w.low(k), "bps" | "bp" | "bpts").then_some((BASIS_POINT, k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::model::Span;

    /// The percentage points of the first phrase of `s`, rounded to a basis point.
    fn bp(s: &str) -> Option<f64> {
        let w = Words::new(s, Span::new(0, s.len()));
        let p = find_phrases(&w).into_iter().next()?;
        basis_points(&w, &p).map(|(factor, _)| (p.value * factor * 100.0).round() / 100.0)
    }

    #[test]
    fn every_way_of_writing_a_quarter_point_is_a_quarter_point() {
        assert_eq!(bp("The bank cut rates by 25 basis points."), Some(0.25));
        assert_eq!(bp("It cut by 25 bps."), Some(0.25));
        assert_eq!(bp("It cut by 25bps."), Some(0.25));
        assert_eq!(bp("It cut by 0.25 percentage points."), Some(0.25));
        // One point, or less, is written in the singular.
        assert_eq!(bp("Each 1 percentage point increase counts."), Some(1.0));
        assert_eq!(bp("Prices rose by 0.1 percentage point."), Some(0.1));
        assert_eq!(
            bp("It cut rates by a quarter of a percentage point."),
            Some(0.25)
        );
        assert_eq!(bp("It cut rates by a quarter point."), Some(0.25));
    }

    #[test]
    fn shares_and_other_points_are_no_basis_points() {
        assert_eq!(bp("A quarter of voters stayed home."), None);
        assert_eq!(bp("Prices rose 0.25 percent."), None);
        assert_eq!(bp("He scored 25 points."), None);
    }
}
