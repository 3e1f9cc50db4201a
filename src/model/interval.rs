//! Closed numeric intervals with optional (unbounded) ends.

/// The set of values a claim allows: `low..=high`, where a missing end is unbounded.
///
/// Invariants: both ends are finite, and `low <= high` when both are present.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Interval {
    low: Option<f64>,
    high: Option<f64>,
}

impl Interval {
    /// An interval from optional ends; `None` when an end is not finite or `low > high`.
    pub fn try_new(low: Option<f64>, high: Option<f64>) -> Option<Interval> {
        if low.is_some_and(|v| !v.is_finite()) || high.is_some_and(|v| !v.is_finite()) {
            return None;
        }
        match (low, high) {
            (Some(l), Some(h)) if l > h => None,
            _ => Some(Interval { low, high }),
        }
    }

    /// An interval between two values, in either order; non-finite values make it unbounded.
    pub fn between(a: f64, b: f64) -> Interval {
        let (l, h) = if a <= b { (a, b) } else { (b, a) };
        Interval {
            low: l.is_finite().then_some(l),
            high: h.is_finite().then_some(h),
        }
    }

    pub fn point(v: f64) -> Interval {
        Interval::between(v, v)
    }

    pub fn at_least(v: f64) -> Interval {
        Interval {
            low: v.is_finite().then_some(v),
            high: None,
        }
    }

    pub fn at_most(v: f64) -> Interval {
        Interval {
            low: None,
            high: v.is_finite().then_some(v),
        }
    }

    pub fn low(self) -> Option<f64> {
        self.low
    }

    pub fn high(self) -> Option<f64> {
        self.high
    }

    pub fn is_point(self) -> bool {
        matches!((self.low, self.high), (Some(l), Some(h)) if l == h)
    }

    pub fn contains(self, v: f64) -> bool {
        self.low.is_none_or(|l| l <= v) && self.high.is_none_or(|h| v <= h)
    }

    /// The common part of both intervals, if any.
    pub fn intersect(self, other: Interval) -> Option<Interval> {
        let low = match (self.low, other.low) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Interval::try_new(low, high)
    }

    pub fn overlaps(self, other: Interval) -> bool {
        self.intersect(other).is_some()
    }

    /// This interval scaled by a positive factor (a negative or non-finite factor leaves it as is).
    pub fn scale(self, factor: f64) -> Interval {
        if !(factor.is_finite() && factor > 0.0) {
            return self;
        }
        let m = |v: Option<f64>| v.map(|x| x * factor).filter(|x| x.is_finite());
        Interval::try_new(m(self.low), m(self.high)).unwrap_or(self)
    }

    /// This interval widened on each bounded end by `amount` (a negative amount counts as 0).
    pub fn widen_by(self, amount: f64) -> Interval {
        let a = if amount.is_finite() {
            amount.max(0.0)
        } else {
            0.0
        };
        let low = self.low.map(|l| l - a);
        let high = self.high.map(|h| h + a);
        Interval::try_new(low, high).unwrap_or(self)
    }

    /// This interval widened on each bounded end by `fraction` of that end's magnitude.
    pub fn widen(self, fraction: f64) -> Interval {
        let f = fraction.abs();
        let low = self.low.map(|l| l - l.abs() * f);
        let high = self.high.map(|h| h + h.abs() * f);
        Interval::try_new(low, high).unwrap_or(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn interval() -> impl Strategy<Value = Interval> {
        (
            proptest::option::of(-1e9f64..1e9),
            proptest::option::of(-1e9f64..1e9),
        )
            .prop_map(|(a, b)| match (a, b) {
                (Some(a), Some(b)) => Interval::between(a, b),
                (a, b) => Interval::try_new(a, b).unwrap(),
            })
    }

    #[test]
    fn open_bounds_overlap_points() {
        assert!(Interval::at_least(250_000.0).overlaps(Interval::between(270_000.0, 330_000.0)));
        assert!(!Interval::at_least(50.0).overlaps(Interval::point(42.0)));
        assert!(Interval::at_most(10.0).contains(-3.0));
        assert_eq!(Interval::try_new(Some(2.0), Some(1.0)), None);
        assert_eq!(Interval::try_new(Some(f64::NAN), None), None);
    }

    proptest! {
        #[test]
        fn intersection_is_symmetric_and_inside_both(a in interval(), b in interval(), v in -1e9f64..1e9) {
            prop_assert_eq!(a.intersect(b), b.intersect(a));
            if let Some(i) = a.intersect(b) {
                prop_assert_eq!(i.contains(v), a.contains(v) && b.contains(v));
            } else {
                prop_assert!(!(a.contains(v) && b.contains(v)));
            }
        }

        #[test]
        fn widening_only_grows(a in interval(), f in 0.0f64..1.0, v in -1e9f64..1e9) {
            let w = a.widen(f);
            prop_assert!(!a.contains(v) || w.contains(v));
            if let (Some(l), Some(h)) = (w.low(), w.high()) { prop_assert!(l <= h); }
        }

        #[test]
        fn points_contain_themselves(v in -1e12f64..1e12) {
            prop_assert!(Interval::point(v).contains(v));
            prop_assert!(Interval::point(v).is_point());
        }
    }
}
