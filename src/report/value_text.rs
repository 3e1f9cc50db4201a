//! Claim values as a reader would say them: "about 300,000 people killed (270,000–330,000)".
//!
//! The words come first (the qualifier and the number the text names), then, in brackets, the
//! range the words allow, so a reader sees why two values are compatible or not.

use crate::model::{
    DateValue, Duration, Interval, Position, Qualifier, Quantity, Quote, Value, is_currency,
};

/// The value in words, with the range it allows when that is not just the number named.
pub(crate) fn value_text(value: &Value) -> String {
    match value {
        Value::Quantity(q) => quantity(q),
        Value::Date(d) => date(d),
        Value::Duration(d) => duration(d),
        Value::Quote(q) => quote(q),
        Value::Position(p) => position(p),
    }
}

fn quantity(q: &Quantity) -> String {
    let iv = q.interval;
    // "Linda Hughes, 67": the topic names whose age it is.
    if q.measure.as_deref() == Some("age")
        && let Some(years) = q.estimate
    {
        return format!("aged {}", number(years, 0));
    }
    let decimals = decimals_of(q.resolution);
    let unit = q.unit.as_deref().filter(|u| !u.is_empty());
    let mut out = match q.qualifier {
        Qualifier::Range => match (iv.low(), iv.high()) {
            (Some(l), Some(h)) => with_unit(
                &format!("{}–{}", number(l, decimals), number(h, decimals)),
                unit,
            ),
            _ => with_unit(&interval(iv, decimals), unit),
        },
        Qualifier::Plural => {
            let word = iv.low().map_or("many", plural_word);
            match unit {
                Some(u) if u == "percent" || is_currency(u) => format!("{word} ({u})"),
                Some(u) => format!("{word} of {u}"),
                None => word.to_owned(),
            }
        }
        qualifier => match q.estimate.or_else(|| named(iv, qualifier)) {
            Some(n) => {
                let words = with_unit(&number(n, decimals), unit);
                match qualifier_words(qualifier) {
                    "" => words,
                    w => format!("{w} {words}"),
                }
            }
            None => with_unit(&interval(iv, decimals), unit),
        },
    };
    if let Some(of) = q.of.as_deref().filter(|o| !o.is_empty()) {
        out.push_str(" of ");
        out.push_str(of);
    }
    // What a sum, share or length measures ("profit", "distance from Camana") is said after
    // it: "EUR 512,000,000, profit"; a count's measure reads as a verb: "12 killed".
    let measure = q.measure.as_deref().filter(|m| !m.is_empty());
    let amount = unit.is_some() && !q.counts_people;
    if let Some(m) = measure.filter(|_| !amount) {
        out.push(' ');
        out.push_str(m);
    }
    let shows_range = match q.qualifier {
        Qualifier::Exact => !(iv.is_point() && q.estimate.is_none_or(|e| iv.contains(e))),
        Qualifier::Range => !(iv.low().is_some() && iv.high().is_some()),
        _ => true,
    };
    if shows_range && (iv.low().is_some() || iv.high().is_some()) {
        out.push_str(&format!(" ({})", interval(iv, decimals)));
    }
    if let Some(m) = measure.filter(|_| amount) {
        out.push_str(", ");
        out.push_str(m);
    }
    out
}

fn duration(d: &Duration) -> String {
    let iv = d.interval;
    let n = timex_number(&d.timex).or_else(|| named(iv, d.qualifier));
    let words = match (d.qualifier, iv.low(), iv.high()) {
        (Qualifier::Range, Some(l), Some(h)) if l != h => {
            format!("{}–{} {}", number(l, 0), number(h, 0), plural(&d.unit))
        }
        (q, _, _) => match n {
            Some(n) => {
                // "1 day", "at least 1 week", "about 1 hour".
                let unit = if n == 1.0 && q != Qualifier::Plural {
                    d.unit.clone()
                } else {
                    plural(&d.unit)
                };
                let words = format!("{} {unit}", number(n, 0));
                match qualifier_words(q) {
                    "" => words,
                    w => format!("{w} {words}"),
                }
            }
            None => format!("{} {}", interval(iv, 0), plural(&d.unit)),
        },
    };
    let shows_range = !matches!(d.qualifier, Qualifier::Exact | Qualifier::Range) && !iv.is_point();
    if shows_range && (iv.low().is_some() || iv.high().is_some()) {
        format!("{words} ({})", interval(iv, 0))
    } else {
        words
    }
}

fn date(d: &DateValue) -> String {
    let timex = if d.timex.is_empty() { "?" } else { &d.timex };
    match (d.start.as_deref(), d.end.as_deref()) {
        (Some(s), Some(e)) if s == e && s == timex => timex.to_owned(),
        (Some(s), Some(e)) if s == e => format!("{timex} ({s})"),
        (Some(s), Some(e)) => format!("{timex} ({s} to {e})"),
        (Some(s), None) => format!("{timex} (from {s})"),
        (None, Some(e)) => format!("{timex} (until {e})"),
        (None, None) => format!("{timex} (unresolved)"),
    }
}

fn quote(q: &Quote) -> String {
    match q.speaker.as_deref().filter(|s| !s.is_empty()) {
        Some(speaker) => format!("“{}” — {speaker}", q.text),
        None => format!("“{}”", q.text),
    }
}

fn position(p: &Position) -> String {
    format!("{}: {} {}", p.holder, p.stance, p.target)
}

fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact | Qualifier::Range | Qualifier::Plural => "",
        Qualifier::About => "about",
        Qualifier::Nearly => "nearly",
        // "more than" and "at least" share the bound ≥ N, which "at least" says exactly.
        Qualifier::AtLeast => "at least",
        Qualifier::AtMost => "up to",
    }
}

/// The number the words name when the claim gives no estimate.
fn named(iv: Interval, q: Qualifier) -> Option<f64> {
    match q {
        Qualifier::Exact | Qualifier::AtLeast | Qualifier::Plural => iv.low(),
        Qualifier::Nearly | Qualifier::AtMost => iv.high(),
        Qualifier::About | Qualifier::Range => match (iv.low(), iv.high()) {
            (Some(l), Some(h)) => Some((l + h) / 2.0),
            (l, h) => l.or(h),
        },
    }
}

/// "dozens", "hundreds", …: the word whose "two of the unit" is `low`.
fn plural_word(low: f64) -> &'static str {
    match low {
        l if l >= 2e9 => "billions",
        l if l >= 2e6 => "millions",
        l if l >= 2e3 => "thousands",
        l if l >= 200.0 => "hundreds",
        l if l >= 20.0 => "dozens",
        _ => "several",
    }
}

/// A number with its unit: "60%", "USD 3,500,000", "300,000 people".
fn with_unit(number: &str, unit: Option<&str>) -> String {
    match unit {
        Some("percent") => format!("{number}%"),
        Some(u) if is_currency(u) => format!("{u} {number}"),
        Some(u) => format!("{number} {u}"),
        None => number.to_owned(),
    }
}

/// Decimal places a number written to `resolution` shows: 0.1 → 1, 0.01 → 2, 1,000 → 0.
fn decimals_of(resolution: f64) -> u8 {
    if resolution.is_finite() && resolution > 0.0 && resolution < 1.0 {
        // Capped: the rendering keeps at most nine decimals anyway.
        (-resolution.log10() - 1e-9).ceil().clamp(0.0, 9.0) as u8
    } else {
        0
    }
}

/// The range an interval allows: "270,000–330,000", "≥ 250,000", "≤ 10", "42", "any".
fn interval(iv: Interval, decimals: u8) -> String {
    match (iv.low(), iv.high()) {
        (Some(l), Some(h)) if l == h => number(l, decimals),
        (Some(l), Some(h)) => format!("{}–{}", number(l, decimals), number(h, decimals)),
        (Some(l), None) => format!("≥ {}", number(l, decimals)),
        (None, Some(h)) => format!("≤ {}", number(h, decimals)),
        (None, None) => "any".to_owned(),
    }
}

/// The number of a TIMEX3 duration: 5 for `P5Y`, 72 for `PT72H`.
fn timex_number(timex: &str) -> Option<f64> {
    let rest = timex
        .strip_prefix("PT")
        .or_else(|| timex.strip_prefix('P'))?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

fn plural(unit: &str) -> String {
    match unit {
        "century" => "centuries".to_owned(),
        u if u.ends_with('s') || u.is_empty() => u.to_owned(),
        u => format!("{u}s"),
    }
}

/// A number with thousands separators and no more decimals than it needs: `300,000`, `2.5`.
/// `decimals` is how many the text wrote; at least two (four below one) are kept when the
/// value is not whole.
pub(crate) fn number(v: f64, decimals: u8) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let raw = if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        let least = if v.abs() < 1.0 { 4 } else { 2 };
        let prec = usize::from(decimals).max(least).min(9);
        let s = format!("{v:.prec$}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    let (sign, digits) = match raw.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", raw.as_str()),
    };
    let (int, frac) = digits.split_at(digits.find('.').unwrap_or(digits.len()));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if grouped.chars().all(|c| c == '0' || c == ',') && frac.is_empty() {
        ""
    } else {
        sign
    };
    format!("{sign}{grouped}{frac}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Granularity;

    fn qty(iv: Interval, estimate: Option<f64>, q: Qualifier, unit: &str, measure: &str) -> Value {
        Value::Quantity(Quantity {
            interval: iv,
            estimate,
            qualifier: q,
            unit: (!unit.is_empty()).then(|| unit.to_owned()),
            measure: (!measure.is_empty()).then(|| measure.to_owned()),
            subset: false,
            of: None,
            counts_people: unit == "people",
            resolution: 1.0,
        })
    }

    #[test]
    fn numbers_are_grouped_and_trimmed() {
        assert_eq!(number(300_000.0, 0), "300,000");
        assert_eq!(number(1_234_567.0, 0), "1,234,567");
        assert_eq!(number(999.0, 0), "999");
        assert_eq!(number(-4_500.0, 0), "-4,500");
        assert_eq!(number(2.5, 1), "2.5");
        assert_eq!(number(37.8, 0), "37.8");
        assert_eq!(number(1_234.125, 3), "1,234.125");
        assert_eq!(number(0.05, 0), "0.05");
        assert_eq!(number(-0.0, 0), "0");
        assert_eq!(decimals_of(1_000.0), 0);
        assert_eq!(decimals_of(1.0), 0);
        assert_eq!(decimals_of(0.1), 1);
        assert_eq!(decimals_of(0.01), 2);
        assert_eq!(decimals_of(0.001), 3);
        assert_eq!(decimals_of(0.0), 0);
        assert_eq!(decimals_of(f64::NAN), 0);
    }

    #[test]
    fn figures_read_as_written_with_their_range() {
        let about = qty(
            Interval::between(270_000.0, 330_000.0),
            Some(300_000.0),
            Qualifier::About,
            "people",
            "killed",
        );
        assert_eq!(
            value_text(&about),
            "about 300,000 people killed (270,000–330,000)"
        );
        let more = qty(
            Interval::at_least(250_000.0),
            Some(250_000.0),
            Qualifier::AtLeast,
            "",
            "",
        );
        assert_eq!(value_text(&more), "at least 250,000 (≥ 250,000)");
        let pct = qty(
            Interval::point(60.0),
            Some(60.0),
            Qualifier::Exact,
            "percent",
            "",
        );
        assert_eq!(value_text(&pct), "60%");
        // What a sum or a length measures follows it and its range.
        let depth = qty(
            Interval::between(31.5, 38.5),
            Some(35.0),
            Qualifier::About,
            "km",
            "depth",
        );
        assert_eq!(value_text(&depth), "about 35 km (31.5–38.5), depth");
        let Value::Quantity(mut share) = pct else {
            unreachable!()
        };
        share.of = Some("its population".into());
        share.resolution = 0.1;
        share.interval = Interval::point(60.5);
        share.estimate = Some(60.5);
        assert_eq!(
            value_text(&Value::Quantity(share)),
            "60.5% of its population"
        );
        let money = qty(
            Interval::point(3_500_000.0),
            Some(3_500_000.0),
            Qualifier::Exact,
            "USD",
            "",
        );
        assert_eq!(value_text(&money), "USD 3,500,000");
        let range = qty(
            Interval::between(10.0, 12.0),
            Some(11.0),
            Qualifier::Range,
            "people",
            "injured",
        );
        assert_eq!(value_text(&range), "10–12 people injured");
        let upto = qty(Interval::at_most(40.0), None, Qualifier::AtMost, "", "");
        assert_eq!(value_text(&upto), "up to 40 (≤ 40)");
        let dozens = qty(
            Interval::at_least(24.0),
            None,
            Qualifier::Plural,
            "people",
            "",
        );
        assert_eq!(value_text(&dozens), "dozens of people (≥ 24)");
        let nearly = qty(
            Interval::between(45.0, 50.0),
            None,
            Qualifier::Nearly,
            "",
            "",
        );
        assert_eq!(value_text(&nearly), "nearly 50 (45–50)");
    }

    #[test]
    fn durations_dates_quotes_positions() {
        let five = Value::Duration(Duration {
            timex: "P5Y".into(),
            interval: Interval::point(5.0),
            qualifier: Qualifier::Exact,
            unit: "year".into(),
        });
        assert_eq!(value_text(&five), "5 years");
        let one = Value::Duration(Duration {
            timex: "P1D".into(),
            interval: Interval::point(1.0),
            qualifier: Qualifier::Exact,
            unit: "day".into(),
        });
        assert_eq!(value_text(&one), "1 day");
        let almost = Value::Duration(Duration {
            timex: "P5Y".into(),
            interval: Interval::between(4.5, 5.0),
            qualifier: Qualifier::Nearly,
            unit: "year".into(),
        });
        assert_eq!(value_text(&almost), "nearly 5 years (4.5–5)");
        let over_a_week = Value::Duration(Duration {
            timex: "P1W".into(),
            interval: Interval::at_least(1.0),
            qualifier: Qualifier::AtLeast,
            unit: "week".into(),
        });
        assert_eq!(value_text(&over_a_week), "at least 1 week (≥ 1)");

        let mut day = DateValue {
            timex: "2015-12-15".into(),
            start: Some("2015-12-15".into()),
            end: Some("2015-12-15".into()),
            granularity: Granularity::Day,
            relative: true,
            anchor: Some("2015-12-11".into()),
            counted_from_anchor: false,
        };
        assert_eq!(value_text(&Value::Date(day.clone())), "2015-12-15");
        day.timex = "2015-W51".into();
        day.end = Some("2015-12-20".into());
        assert_eq!(
            value_text(&Value::Date(day.clone())),
            "2015-W51 (2015-12-15 to 2015-12-20)"
        );
        day.timex = "XXXX-12-15".into();
        day.start = None;
        day.end = None;
        assert_eq!(value_text(&Value::Date(day)), "XXXX-12-15 (unresolved)");

        let q = Value::Quote(Quote {
            speaker: Some("Sergei Lavrov".into()),
            text: "We consider such an approach artificial.".into(),
            speaker_role: None,
        });
        assert_eq!(
            value_text(&q),
            "“We consider such an approach artificial.” — Sergei Lavrov"
        );
        let p = Value::Position(Position {
            holder: "United States".into(),
            stance: "demand".into(),
            target: "Assad's ouster".into(),
        });
        assert_eq!(value_text(&p), "United States: demand Assad's ouster");
    }
}
