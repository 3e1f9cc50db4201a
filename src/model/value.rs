//! The normalized values claims carry.

use crate::model::Interval;

/// How a figure was qualified in the text; decides the interval it allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Qualifier {
    /// A bare number: "42".
    Exact,
    /// "about", "some", "around", "roughly", "an estimated".
    About,
    /// "nearly", "almost", "just under".
    Nearly,
    /// "more than", "over", "at least", "upwards of".
    AtLeast,
    /// "up to", "as many as", "less than", "fewer than", "at most".
    AtMost,
    /// "between A and B", "A to B", "A-B".
    Range,
    /// "dozens", "hundreds", "millions": an open range from two of the unit.
    Plural,
}

impl Qualifier {
    /// Whether the words allow more than one value.
    pub fn is_approximate(self) -> bool {
        !matches!(self, Qualifier::Exact)
    }
}

/// A figure: how many of what, and what happened to them.
///
/// Invariants: `interval` is a valid interval; `estimate`, when present, lies inside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub interval: Interval,
    /// The single value the text names (the midpoint for ranges), if any.
    pub estimate: Option<f64>,
    pub qualifier: Qualifier,
    /// What is counted, normalized to a plural noun ("people", "children", "percent", "USD").
    pub unit: Option<String>,
    /// What happened to the counted things ("killed", "injured", "displaced", …).
    pub measure: Option<String>,
    /// The count is part of a larger one ("11 children among the dead", "including 11 children").
    pub subset: bool,
    /// What a percent or fraction is a part of ("population" in "60 percent of its population").
    pub of: Option<String>,
    /// It counts people (a human noun, or a human measure such as "killed" with no noun).
    pub counts_people: bool,
    /// Size of the last written digit ("42" → 1, "1.5 million" → 100,000): the precision the
    /// number was written with.
    pub resolution: f64,
}

impl Quantity {
    /// A whole number stated exactly ("241 for", "Hughes, 67"), of `unit` and `measure`.
    pub fn exact(value: f64, unit: &str, measure: &str, of: Option<String>) -> Quantity {
        Quantity {
            interval: Interval::point(value),
            estimate: Some(value),
            qualifier: Qualifier::Exact,
            unit: Some(unit.to_string()),
            measure: Some(measure.to_string()),
            subset: false,
            of,
            counts_people: false,
            resolution: 1.0,
        }
    }

    pub fn approximate(&self) -> bool {
        self.qualifier.is_approximate()
    }
}

/// Whether a figure's unit is a currency: money is counted in ISO 4217 codes ("USD", "EUR",
/// "KES"), three capital letters, and no other unit is written so.
pub fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// A calendar date or period, as a TimeML TIMEX3 value with its bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateValue {
    /// The TIMEX3 value (`2015-12-15`, `2015-12`, `2015-W51`, `2015`, `PRESENT_REF`, …).
    pub timex: String,
    /// First day covered, ISO `YYYY-MM-DD`, when resolved.
    pub start: Option<String>,
    /// Last day covered, ISO `YYYY-MM-DD`, when resolved.
    pub end: Option<String>,
    pub granularity: Granularity,
    /// Whether the expression needed the publication date to resolve.
    pub relative: bool,
    /// The date it was resolved against.
    pub anchor: Option<String>,
    /// Whether its day was counted from the publication date itself ("yesterday", "today",
    /// "two days ago", a clock time alone): a publication date a day off moves it, while a
    /// weekday or a calendar date stays put.
    pub counted_from_anchor: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    Time,
    Unknown,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
            Granularity::Time => "time",
            Granularity::Unknown => "unknown",
        }
    }
}

/// A length of time: "five-year", "72 hours", "more than two months".
///
/// Invariant: `interval` is valid and counts `unit`s.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    /// The TIMEX3 duration value (`P5Y`, `PT72H`, `P2M`).
    pub timex: String,
    pub interval: Interval,
    pub qualifier: Qualifier,
    /// Singular unit name: `year`, `month`, `week`, `day`, `hour`, `minute`, `second`, `decade`, `century`.
    pub unit: String,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The speaker's canonical name ("Sergei Lavrov" for "Russia's Lavrov").
    pub speaker: Option<String>,
    pub text: String,
    /// The speaker's title or role as the article gives it ("Russian Foreign Minister").
    pub speaker_role: Option<String>,
}

/// A stance of a holder towards a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub holder: String,
    pub stance: String,
    pub target: String,
}

/// The normalized value of a claim; its variant fixes the claim's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Quantity(Quantity),
    Date(DateValue),
    Duration(Duration),
    Quote(Quote),
    Position(Position),
}

impl Value {
    pub fn kind(&self) -> ClaimKind {
        match self {
            Value::Quantity(_) => ClaimKind::Figure,
            Value::Date(_) => ClaimKind::Date,
            Value::Duration(_) => ClaimKind::Duration,
            Value::Quote(_) => ClaimKind::Quote,
            Value::Position(_) => ClaimKind::Position,
        }
    }
}

/// The kinds of claims, in the order reports list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClaimKind {
    Figure,
    Date,
    Duration,
    Quote,
    Position,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::Figure,
        ClaimKind::Date,
        ClaimKind::Duration,
        ClaimKind::Quote,
        ClaimKind::Position,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Figure => "figure",
            ClaimKind::Date => "date",
            ClaimKind::Duration => "duration",
            ClaimKind::Quote => "quote",
            ClaimKind::Position => "position",
        }
    }
}
