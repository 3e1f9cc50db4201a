//! What a claim is about, reduced to what alignment compares: kind, measure, counted noun,
//! share base, happening, and the claim's values on one common scale.

use crate::compare::clock::Clock;
use crate::model::{Claim, ClaimKind, Interval, Qualifier, Value, is_nationality};

/// The comparable face of one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub kind: ClaimKind,
    pub measure: Option<String>,
    /// The place a distance is from ("Aden" of "distance from Aden"), kept apart from its
    /// measure: a distance that names no place may be from the one another source names.
    pub place: Option<String>,
    /// The place a count of people is told of ("Monroe County"), lowercase (see
    /// `Claim::place`).
    pub count_place: Option<String>,
    /// Singular lowercase form of the counted noun or unit.
    pub unit: Option<String>,
    pub counts_people: bool,
    pub of: Option<String>,
    pub subset: bool,
    pub background: bool,
    pub event_class: Option<String>,
    /// The values the claim allows, on a common scale (durations in hours), widened by half
    /// the precision the number was written with.
    pub values: Interval,
    /// The claim's stated value on that scale, if it names one.
    pub estimate: Option<f64>,
    pub qualifier: Qualifier,
    /// The TIMEX3 value of a date, which decides agreement between dates.
    pub timex: Option<String>,
    /// The article's main count of people for its measure (see `main_count`).
    pub main: bool,
    /// A main count that its article's opening states.
    pub main_in_opening: bool,
    /// A main count that is one victim named by a particular noun ("a security guard was
    /// wounded") and the only count of its measure its article gives: the article's whole
    /// toll, a rival of another article's toll (see `main_count`).
    pub lone_victim: bool,
    /// For a main count, the day its sentence dates it to (see `main_count`).
    pub day: Option<TollDay>,
    /// The day its article was published, where known.
    pub published: Option<jiff::civil::Date>,
    /// For a clock time, the moment its happening began (see `clock`).
    pub clock: Option<Clock>,
}

impl Profile {
    /// The number the claim states: its estimate, or else the low end of its values.
    pub fn point(&self) -> Option<f64> {
        self.estimate.or(self.values.low())
    }
}

/// The day a sentence dates a toll to, as a day number, and the day that date was counted
/// from when it is relative ("on Tuesday" in a report of Wednesday).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TollDay {
    pub day: f64,
    pub reported: Option<f64>,
    /// The toll is of a night ("on Wednesday night"), which runs into the next day.
    pub night: bool,
}

/// The profile of a claim that can be compared, or `None` (no topic, or a kind not aligned yet).
pub fn profile(c: &Claim) -> Option<Profile> {
    if c.topic.is_empty() {
        return None;
    }
    let base = |kind| Profile {
        kind,
        measure: None,
        place: None,
        count_place: c.place.as_deref().map(str::to_lowercase),
        unit: None,
        counts_people: false,
        of: None,
        subset: false,
        background: c.background,
        event_class: c
            .event_class
            .as_deref()
            .map(|e| alignment_class(e).to_string()),
        values: Interval::default(),
        estimate: None,
        qualifier: Qualifier::Exact,
        timex: None,
        main: false,
        main_in_opening: false,
        lone_victim: false,
        day: None,
        published: None,
        clock: None,
    };
    match &c.value {
        Value::Quantity(q) => {
            let mut p = base(ClaimKind::Figure);
            (p.measure, p.place) = split_place(q.measure.as_deref());
            // "Five Syrians" killed in Syria are its people in general, as "five people" are.
            p.unit = q
                .unit
                .as_deref()
                .filter(|u| !is_nationality(u))
                .map(singular);
            p.counts_people = q.counts_people;
            // A person an age is told of is named, not counted: "Linda Hughes" keeps its "s".
            p.of = if q.measure.as_deref() == Some("age") {
                q.of.as_deref().map(str::to_lowercase)
            } else {
                q.of.as_deref().map(singular)
            };
            p.subset = q.subset;
            p.values = if q.qualifier == Qualifier::Exact {
                let half = q.resolution / 2.0 * 0.999;
                q.interval.widen_by(half)
            } else {
                q.interval
            };
            p.estimate = q.estimate;
            // "30 km" and "19 miles": lengths compare in metres, after the rounding each was
            // written with ("19 miles" allows 18.5 to 19.5 miles). The unit stays as written:
            // "30 km" lines up with "30 kilometres" before "19 miles" (see `align`).
            // Speeds compare in metres an hour the same way ("120 km/h" and "75 mph").
            // Areas compare in square metres ("5,000 hectares", "12,000 acres").
            if let Some(factor) = p.unit.as_deref().and_then(common_scale) {
                p.values = p.values.scale(factor);
                p.estimate = p.estimate.map(|v| v * factor);
            }
            p.qualifier = q.qualifier;
            Some(p)
        }
        Value::Duration(d) => {
            let mut p = base(ClaimKind::Duration);
            let hours = hours_per(&d.unit)?;
            p.unit = Some("hour".to_string());
            p.measure = Some(length_measure(c));
            // "two years" is told to the year: it allows what rounds to it, as a figure does
            // ("18 months" can be true with it; "five years" and "six years" cannot both be).
            p.values = match d.qualifier {
                Qualifier::Exact => d.interval.widen_by(precision(d.interval) / 2.0 * 0.999),
                _ => d.interval,
            }
            .scale(hours);
            p.estimate = match d.qualifier {
                Qualifier::Plural => None,
                _ => d.interval.low().or(d.interval.high()).map(|v| v * hours),
            };
            p.qualifier = d.qualifier;
            Some(p)
        }
        Value::Date(d) => {
            // Dates compare as the days they cover; unresolved dates do not compare.
            let mut p = base(ClaimKind::Date);
            p.event_class = p.event_class.map(|e| date_class(&e).to_string());
            let start = day_number(d.start.as_deref()?)?;
            let end = day_number(d.end.as_deref()?)?;
            // "A third worker died on Wednesday", "26 civilians were also killed yesterday":
            // the day of another such happening than the story's own, lined up only with
            // other sources' days of another.
            p.measure = if c.topic.starts_with("date of another ") {
                p.event_class.as_ref().map(|e| ["another ", e].concat())
            } else {
                p.event_class.clone()
            };
            p.values = Interval::try_new(Some(start), Some(end))?;
            p.estimate = Some(start);
            p.timex = Some(d.timex.clone());
            Some(p)
        }
        _ => None,
    }
}

/// A figure's measure and the place it is from: "distance from Aden" is a distance, from
/// Aden; other measures name no place.
fn split_place(measure: Option<&str>) -> (Option<String>, Option<String>) {
    match measure.and_then(|m| m.strip_prefix("distance from ")) {
        Some(place) => (Some("distance".to_string()), Some(place.to_string())),
        None => (measure.map(str::to_string), None),
    }
}

/// What a length of time measures: the length of a meeting however each outlet names it ("a
/// summit that lasted about three hours", "the talks lasted nearly three hours", "more than
/// four hours of closed-door talks", "a two-day visit"), else of the head noun of what
/// lasted ("the civil war" and "the war", "air strikes" and "strikes"). Lengths of very
/// different orders are told apart when pairs are scored.
fn length_measure(c: &Claim) -> String {
    if c.event_class.as_deref() == Some("meeting") {
        return "length of the meeting".to_string();
    }
    match c.topic.strip_prefix("length of ") {
        Some(what) => {
            let head = singular(what.rsplit(' ').next().unwrap_or(what));
            ["length of ", one_name_of(&head)].concat()
        }
        None => c.topic.clone(),
    }
}

/// Words outlets use for one happening whose length they tell: "took nearly six hours to
/// bring the blaze under control" and "battled the flames for about five hours" are lengths
/// of one fire. Each word and the name it goes by.
const SAME_HAPPENING: [(&str, &str); 7] = [
    ("blaze", "fire"),
    ("flame", "fire"),
    ("wildfire", "fire"),
    ("inferno", "fire"),
    ("earthquake", "quake"),
    ("tremor", "quake"),
    ("temblor", "quake"),
];

/// The name `head` goes by among [`SAME_HAPPENING`], else itself.
fn one_name_of(head: &str) -> &str {
    SAME_HAPPENING
        .iter()
        .find(|(word, _)| *word == head)
        .map_or(head, |(_, name)| name)
}

/// The class a happening lines up under: a visit is the talks it is made for ("the visit on
/// Tuesday", "talks in Moscow on Tuesday"), so visits and meetings line up together.
pub fn alignment_class(class: &str) -> &str {
    match class {
        "visit" => "meeting",
        c => c,
    }
}

/// The class a date's happening lines up under: an attack, the deaths it caused and a quake
/// or crash that caused deaths happen on the same day, however each outlet words it ("a bomb
/// exploded on Tuesday", "eleven people were killed yesterday", "the quake, which struck on
/// Sunday"), so their dates line up as one incident's.
fn date_class(class: &str) -> &str {
    match alignment_class(class) {
        "attack" | "death" | "quake" | "disaster" | "accident" | "fire" | "kidnapping" => {
            "incident"
        }
        c => c,
    }
}

/// Whether two dates of one day each, a day apart, may both be true across midnight: a night
/// runs past it ("late on Friday night" may be 1 a.m. on Saturday, "last night" in an article
/// published after midnight is the night before), and an outlet in a zone a few hours away
/// dates a happening of late evening or of the small hours a day later or earlier (a fire at
/// 1 a.m. on Saturday in Manila is Friday in New York). So the earlier day told as a night or
/// from 9 p.m., or the later day told before 3 a.m., is compatible with the other day.
pub fn across_midnight(a: &Profile, b: &Profile) -> bool {
    let (Some(x), Some(y)) = (one_day(a), one_day(b)) else {
        return false;
    };
    let (earlier, later) = match y - x {
        1.0 => (a, b),
        -1.0 => (b, a),
        _ => return false,
    };
    let hour = |t: &str| t.get(..2).and_then(|h| h.parse::<u8>().ok());
    let late = time_of(earlier).is_some_and(|t| t == "NI" || hour(t).is_some_and(|h| h >= 21));
    let small_hours = time_of(later).is_some_and(|t| hour(t).is_some_and(|h| h < 3));
    // A night of one day overlaps the next only in its small hours: the next day's evening,
    // afternoon or night, or a clock time from 6 a.m., cannot be that night ("began at
    // 9.15pm on Friday" against "began on Thursday night").
    let in_the_night =
        time_of(later).is_none_or(|t| hour(t).map_or(!matches!(t, "NI" | "EV" | "AF"), |h| h < 6));
    (late && in_the_night) || small_hours
}

/// The day number of a date of one day (a clock time is a time of that day); `None` for a
/// longer date or a claim of another kind.
pub fn one_day(p: &Profile) -> Option<f64> {
    if p.kind != ClaimKind::Date {
        return None;
    }
    match (p.values.low(), p.values.high()) {
        (Some(l), Some(h)) if l == h => Some(l),
        _ => None,
    }
}

/// The time of day of a date's TIMEX3 value ("NI", "01:10"), if it gives one.
fn time_of(p: &Profile) -> Option<&str> {
    p.timex.as_deref()?.split_once('T').map(|(_, t)| t)
}

/// Days since 1970-01-01 of an ISO date.
pub fn day_number(iso: &str) -> Option<f64> {
    let date: jiff::civil::Date = iso.get(..10)?.parse().ok()?;
    let epoch = jiff::civil::date(1970, 1, 1);
    let days = date.since((jiff::Unit::Day, epoch)).ok()?.get_days();
    Some(f64::from(days))
}

/// The precision an exact length was written with, in its unit: a whole number of units is
/// told to the unit, a half ("2.5 years") to the half, else to the tenth. A length of less
/// than two units ("a day", "one minute", "an hour and a half") is taken as stated: half a
/// unit would make it another length.
fn precision(iv: Interval) -> f64 {
    match iv.low() {
        Some(v) if v < 2.0 => 0.0,
        Some(v) if v.fract() == 0.0 => 1.0,
        Some(v) if (v * 2.0).fract() == 0.0 => 0.5,
        _ => 0.1,
    }
}

/// Hours in one unit of time (months and years on average).
pub fn hours_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0 / 3600.0,
        "minute" => 1.0 / 60.0,
        "hour" => 1.0,
        "day" => 24.0,
        "week" => 168.0,
        "month" => 730.5,
        "year" => 8766.0,
        "decade" => 87_660.0,
        "century" => 876_600.0,
        _ => return None,
    })
}

/// Metres in one unit of length, by the unit's singular (see [`singular`]); `None` for any
/// other unit. Extraction reads an "m" that abbreviates "million" as a scale ("$3.5m",
/// "1.5m people"), so a unit "m" is metres.
pub fn metres_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "km" | "kms" => 1000.0,
        "mile" => 1609.344,
        "nautical mile" => 1852.0,
        "metre" | "meter" | "m" => 1.0,
        "centimetre" | "centimeter" | "cm" => 0.01,
        "millimetre" | "millimeter" | "mm" => 0.001,
        "foot" | "ft" => 0.3048,
        "yard" => 0.9144,
        "inch" => 0.0254,
        _ => return None,
    })
}

/// Metres an hour in one unit of speed that is no unit of length, by its singular: "120
/// km/h" is read as "120 km" of speed, and compares through [`metres_per`].
pub fn metres_per_hour(unit: &str) -> Option<f64> {
    Some(match unit {
        "mph" => 1609.344,
        "kph" | "kmh" | "kmph" => 1000.0,
        "knot" => 1852.0,
        _ => return None,
    })
}

/// Square metres in one unit of area, by the unit's singular (see [`singular`]): "5,000
/// hectares", "12,000 acres" and "50 square kilometres" burned compare on one scale.
pub fn square_metres_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "hectare" | "ha" => 10_000.0,
        "acre" => 4_046.856_422_4,
        "square kilometre" | "square kilometer" | "square km" | "sq km" | "km2" => 1_000_000.0,
        "square mile" | "sq mile" => 2_589_988.110_336,
        "square metre" | "square meter" | "sq m" | "m2" => 1.0,
        "square foot" | "square feet" | "sq ft" => 0.092_903_04,
        _ => return None,
    })
}

/// Kilograms in one unit of mass, by the unit's singular (see [`singular`]): "400 kg",
/// "400 kilos" and "0.4 tonnes" of cocaine seized compare on one scale. "Pounds" are left
/// out, as they are also money; a "ton" is the metric one that news outside the United
/// States means ("3,000 tonnes" and "three thousand tons" of oil spilled).
pub fn kilograms_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "kg" | "kgs" | "kilogram" | "kilogramme" | "kilo" => 1.0,
        "tonne" | "metric tonne" | "metric ton" | "ton" => 1000.0,
        "gram" | "gramme" => 0.001,
        "mg" | "milligram" => 0.000_001,
        "lb" | "lbs" => 0.453_592_37,
        _ => return None,
    })
}

/// Litres in one unit of volume, by the unit's singular (see [`singular`]): "600 l" and
/// "600 litres" of liquor, "2.5 million cubic metres" and "cubic meters" of water, "30 ml"
/// and "30 millilitres". Gallons are left out (the American and the imperial differ).
pub fn litres_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "l" | "litre" | "liter" => 1.0,
        "ml" | "millilitre" | "milliliter" => 0.001,
        "cubic metre" | "cubic meter" | "m3" => 1000.0,
        "barrel" => 158.987_294_928,
        _ => return None,
    })
}

/// Watts in one unit of power, by the unit's singular (see [`singular`]): "12,000
/// megawatts" and "12,000 MW" of demand lost, "2 GW" and "2,000 MW".
pub fn watts_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "watt" | "w" => 1.0,
        "kilowatt" | "kw" => 1e3,
        "megawatt" | "mw" => 1e6,
        "gigawatt" | "gw" => 1e9,
        _ => return None,
    })
}

/// Volts in one unit of voltage: "a 500-kilovolt line" and "a 500 kV line".
pub fn volts_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "volt" | "v" => 1.0,
        "kilovolt" | "kv" => 1e3,
        _ => return None,
    })
}

/// The scales units compare on, one per kind: metres for a length or a speed (see
/// [`metres_per_or_per_hour`]), square metres for an area, kilograms for a mass, litres for
/// a volume, watts for power and volts for voltage. Two units compare only when both have one
/// of the same kind (see `align::Nouns`).
pub const UNIT_SCALES: [fn(&str) -> Option<f64>; 6] = [
    metres_per_or_per_hour,
    square_metres_per,
    kilograms_per,
    litres_per,
    watts_per,
    volts_per,
];

/// The factor to the one scale of [`UNIT_SCALES`] a unit compares on.
pub fn common_scale(unit: &str) -> Option<f64> {
    UNIT_SCALES.iter().find_map(|scale| scale(unit))
}

/// How far apart a figure converted from another unit may be and still be the same: "200
/// metres (650 feet)" rounds 198 m, "18,000 hectares" rounds 44,300 acres.
const CONVERSION_ROUNDING: f64 = 0.02;

/// Whether the values of `a` and `b` can both be true: they overlap, or they are written in
/// two units of one kind (see [`common_scale`]) and overlap within the rounding of a
/// conversion ([`CONVERSION_ROUNDING`]) of an exact figure.
pub fn values_overlap(a: &Profile, b: &Profile) -> bool {
    if a.values.overlaps(b.values) {
        return true;
    }
    let converted = match (a.unit.as_deref(), b.unit.as_deref()) {
        (Some(u), Some(v)) => u != v && common_scale(u).is_some() && common_scale(v).is_some(),
        _ => false,
    };
    // An exact figure is widened by the rounding; "about 32km" allows its own already.
    let widened = |p: &Profile| match p.qualifier {
        Qualifier::Exact => p.values.widen(CONVERSION_ROUNDING),
        _ => p.values,
    };
    converted && widened(a).overlaps(widened(b))
}

/// [`metres_per`] a length, or [`metres_per_hour`] a speed: the factor to the one scale
/// lengths and speeds compare on (a length and a speed never compare: their measures
/// differ).
pub fn metres_per_or_per_hour(unit: &str) -> Option<f64> {
    metres_per(unit).or_else(|| metres_per_hour(unit))
}

/// A crude singular for matching nouns: "children" → "child", "countries" → "country".
pub fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    let irregular = [
        ("children", "child"),
        ("schoolchildren", "schoolchild"),
        ("people", "person"),
        ("persons", "person"),
        ("men", "man"),
        ("women", "woman"),
        ("policemen", "policeman"),
        ("firemen", "fireman"),
        ("servicemen", "serviceman"),
        ("gunmen", "gunman"),
        ("militiamen", "militiaman"),
        ("feet", "foot"),
        ("kilometres", "km"),
        ("kilometers", "km"),
        ("kilometre", "km"),
        ("kilometer", "km"),
        // "46cm (18in)": the glued abbreviation of inches.
        ("in", "inch"),
    ];
    if let Some((_, s)) = irregular.iter().find(|(p, _)| *p == w) {
        return s.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies")
        && stem.len() >= 2
    {
        return format!("{stem}y");
    }
    for suffix in ["ches", "shes", "sses", "xes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        return w[..w.len() - 1].to_string();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: f64, timex: &str) -> Profile {
        Profile {
            kind: ClaimKind::Date,
            measure: None,
            place: None,
            count_place: None,
            unit: None,
            counts_people: false,
            of: None,
            subset: false,
            background: false,
            event_class: None,
            values: Interval::between(d, d),
            estimate: Some(d),
            qualifier: Qualifier::Exact,
            timex: Some(timex.into()),
            main: false,
            main_in_opening: false,
            lone_victim: false,
            day: None,
            published: None,
            clock: None,
        }
    }

    #[test]
    fn a_night_or_the_small_hours_reach_across_midnight() {
        let friday = day(10.0, "2025-02-07");
        let friday_night = day(10.0, "2025-02-07TNI");
        let late_friday = day(10.0, "2025-02-07T23:30");
        let saturday = day(11.0, "2025-02-08");
        let small_hours = day(11.0, "2025-02-08T01:10");
        assert!(across_midnight(&friday_night, &saturday));
        assert!(across_midnight(&saturday, &late_friday));
        assert!(across_midnight(&friday, &small_hours));
        // Two days told without a time, or a morning of the next day, are two days.
        assert!(!across_midnight(&friday, &saturday));
        assert!(!across_midnight(&friday, &day(11.0, "2025-02-08T05:00")));
        // A night is not the day before it, nor two days on.
        assert!(!across_midnight(&day(9.0, "2025-02-06"), &friday_night));
        assert!(!across_midnight(&friday_night, &day(12.0, "2025-02-09")));
        // A night reaches into the next day's small hours only: not its evening, nor its
        // night, nor a clock time after 6 a.m.
        let saturday_evening = day(11.0, "2025-02-08T21:15");
        assert!(!across_midnight(&friday_night, &saturday_evening));
        assert!(!across_midnight(&friday_night, &day(11.0, "2025-02-08TNI")));
        assert!(!across_midnight(
            &late_friday,
            &day(11.0, "2025-02-08T09:00")
        ));
        assert!(across_midnight(
            &friday_night,
            &day(11.0, "2025-02-08T04:30")
        ));
    }

    #[test]
    fn days_count_from_1970() {
        assert_eq!(day_number("1970-01-02"), Some(1.0));
        assert_eq!(day_number("2015-12-18"), Some(16_787.0));
        assert_eq!(day_number("2015-13-01"), None);
    }

    fn length(topic: &str, class: Option<&str>) -> Claim {
        Claim {
            id: "a#1".into(),
            source: "a".into(),
            span: crate::model::Span::new(0, 1),
            sentence: crate::model::Span::new(0, 1),
            topic: topic.into(),
            value: Value::Duration(crate::model::Duration {
                timex: "PT3H".into(),
                interval: Interval::point(3.0),
                qualifier: Qualifier::Exact,
                unit: "hour".into(),
            }),
            context: Vec::new(),
            event: None,
            event_class: class.map(str::to_string),
            background: false,
            lead: false,
            place: None,
        }
    }

    #[test]
    fn exact_lengths_of_two_units_or_more_allow_what_rounds_to_them() {
        let values = |n: f64, unit: &str| {
            let mut c = length("length of dispute", None);
            if let Value::Duration(d) = &mut c.value {
                d.interval = Interval::point(n);
                d.unit = unit.into();
            }
            profile(&c).unwrap().values
        };
        // "two years" and "18 months" can both be true; "five years" and "six years" cannot.
        assert!(values(2.0, "year").overlaps(values(18.0, "month")));
        assert!(!values(5.0, "year").overlaps(values(6.0, "year")));
        assert!(!values(9.0, "hour").overlaps(values(12.0, "hour")));
        // "a day" is taken as stated.
        assert_eq!(values(1.0, "day"), Interval::point(24.0));
    }

    #[test]
    fn lengths_of_meetings_and_of_one_head_noun_measure_the_same() {
        let measure = |topic, class| profile(&length(topic, class)).unwrap().measure.unwrap();
        assert_eq!(
            measure("length of summit", Some("meeting")),
            measure("length of closed", Some("meeting"))
        );
        assert_eq!(
            measure("length of state visit", Some("meeting")),
            measure("length of talks", Some("meeting"))
        );
        assert_eq!(
            measure("length of civil war", Some("conflict")),
            measure("length of wars", None)
        );
        // Different things of one class of happening stay apart.
        assert_ne!(
            measure("length of attack", Some("incident")),
            measure("length of offensive", Some("incident"))
        );
    }

    #[test]
    fn dates_of_an_attack_and_of_its_deaths_line_up_as_one_incident() {
        let date = |class: &str| {
            let mut c = length("date of the attack", Some(class));
            c.value = Value::Date(crate::model::DateValue {
                timex: "2023-03-14".into(),
                start: Some("2023-03-14".into()),
                end: Some("2023-03-14".into()),
                granularity: crate::model::Granularity::Day,
                relative: false,
                anchor: None,
                counted_from_anchor: false,
            });
            let p = profile(&c).unwrap();
            (p.event_class.unwrap(), p.measure.unwrap())
        };
        assert_eq!(date("attack"), date("death"));
        assert_eq!(date("quake"), date("death"));
        assert_eq!(date("attack").0, "incident");
        // An arrest, a meeting or a saying is no incident.
        assert_eq!(date("arrest").0, "arrest");
        assert_eq!(date("visit").0, "meeting");
        assert_ne!(date("announcement"), date("death"));
        // A figure keeps its own class: deaths and injuries are counted apart elsewhere.
        assert_eq!(
            profile(&length("length of attack", Some("death")))
                .unwrap()
                .event_class
                .as_deref(),
            Some("death")
        );
    }

    #[test]
    fn singular_forms() {
        assert_eq!(singular("children"), "child");
        assert_eq!(singular("countries"), "country");
        assert_eq!(singular("civilians"), "civilian");
        assert_eq!(singular("aircraft"), "aircraft");
        assert_eq!(singular("houses"), "house");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("firemen"), "fireman");
        assert_eq!(singular("servicemen"), "serviceman");
        assert_eq!(singular("police officers"), "police officer");
        // One unit of length, however it is spelled.
        assert_eq!(singular("kilometres"), singular("km"));
        assert_eq!(singular("Kilometers"), "km");
        for unit in [
            "kilometres",
            "km",
            "kms",
            "miles",
            "metres",
            "feet",
            "inches",
            "yards",
            "nautical miles",
        ] {
            assert!(metres_per(&singular(unit)).is_some(), "{unit}");
        }
        // Speeds on the same scale, in metres an hour: "75 mph" is 120.7 km/h.
        assert_eq!(metres_per_or_per_hour(&singular("mph")), metres_per("mile"));
        assert_eq!(metres_per_or_per_hour(&singular("knots")), Some(1852.0));
        assert_eq!(metres_per_or_per_hour(&singular("kph")), metres_per("km"));
        assert_eq!(metres_per_hour("km"), None);
        assert_eq!(metres_per(&singular("m")), Some(1.0));
        assert_eq!(metres_per(&singular("tonnes")), None);
    }

    #[test]
    fn masses_compare_in_kilograms() {
        for unit in ["kg", "kilograms", "kilos", "tonnes", "grams", "lbs"] {
            assert!(kilograms_per(&singular(unit)).is_some(), "{unit}");
            assert_eq!(metres_per_or_per_hour(&singular(unit)), None, "{unit}");
            assert_eq!(square_metres_per(&singular(unit)), None, "{unit}");
        }
        assert_eq!(kilograms_per(&singular("kilos")), kilograms_per("kg"));
        // Money is no mass to convert; tons are the metric ones news means.
        assert_eq!(kilograms_per(&singular("pounds")), None);
        assert_eq!(kilograms_per(&singular("tons")), kilograms_per("tonne"));
        assert_eq!(
            kilograms_per(&singular("metric tonnes")),
            kilograms_per("tonne")
        );
    }

    #[test]
    fn power_compares_in_watts_and_voltage_in_volts() {
        assert_eq!(watts_per(&singular("megawatts")), watts_per("mw"));
        assert_eq!(
            common_scale(&singular("gigawatts")),
            Some(1000.0 * common_scale("mw").unwrap())
        );
        assert_eq!(volts_per(&singular("kilovolts")), volts_per("kv"));
        // Power is no voltage.
        assert_eq!(volts_per("mw"), None);
        assert_eq!(watts_per("kv"), None);
    }

    #[test]
    fn volumes_compare_in_litres() {
        for (a, b) in [
            ("l", "litres"),
            ("ml", "millilitres"),
            ("cubic metres", "cubic meters"),
        ] {
            assert!(litres_per(&singular(a)).is_some(), "{a}");
            assert_eq!(litres_per(&singular(a)), litres_per(&singular(b)), "{a}");
            assert_eq!(kilograms_per(&singular(a)), None, "{a}");
        }
        assert_eq!(litres_per(&singular("gallons")), None);
    }

    #[test]
    fn areas_compare_in_square_metres() {
        for unit in [
            "hectares",
            "acres",
            "square kilometres",
            "square miles",
            "square metres",
        ] {
            assert!(square_metres_per(&singular(unit)).is_some(), "{unit}");
            // An area is no length: the two never compare.
            assert_eq!(metres_per_or_per_hour(&singular(unit)), None, "{unit}");
        }
        // 12,000 acres is 4,856 hectares, 48.6 square kilometres.
        let acres = 12_000.0 * common_scale(&singular("acres")).unwrap();
        let hectares = acres / common_scale(&singular("hectares")).unwrap();
        assert!((hectares - 4_856.2).abs() < 0.1, "{hectares}");
        let km2 = acres / common_scale(&singular("square kilometres")).unwrap();
        assert!((km2 - 48.56).abs() < 0.01, "{km2}");
    }
}
