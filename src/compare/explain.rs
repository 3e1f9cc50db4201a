//! Explanations: one or two sentences a reader needs to see why a verdict was given.

use crate::compare::clock::clocks_apart;
use crate::compare::profile::{Profile, common_scale, values_overlap};
use crate::compare::update;
use crate::model::{Article, Claim, ClaimKind, Consensus, Interval, Verdict};

/// One source's stated claim within a finding.
#[derive(Clone, Copy)]
pub struct Stated<'a> {
    pub claim: &'a Claim,
    pub article: &'a Article,
    pub profile: &'a Profile,
}

impl Stated<'_> {
    /// The claim's words, with runs of whitespace made one space, quoted, and its source.
    fn words(&self) -> String {
        let t = self.claim.span.slice(&self.article.text);
        let mut out = String::with_capacity(t.len() + self.article.id.len() + 12);
        out.push('“');
        for (k, w) in t.split_whitespace().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
        out.push_str("” (");
        out.push_str(&self.article.id);
        out.push(')');
        out
    }
}

/// The explanation of a finding over one stated claim per source.
pub fn explain(verdict: Verdict, stated: &[Stated]) -> String {
    if verdict != Verdict::Unique
        && !stated.is_empty()
        && stated.iter().all(|s| s.profile.kind == ClaimKind::Date)
    {
        return explain_dates(verdict, stated);
    }
    let mut text = match verdict {
        Verdict::Unique => match stated.first() {
            Some(s) => format!("Only {} states this: {}.", s.article.id, s.words()),
            None => String::new(),
        },
        Verdict::Agree if stated.len() == 2 => {
            format!("Both sources state the same: {}.", list(stated))
        }
        Verdict::Agree => format!(
            "All {} sources state the same: {}.",
            stated.len(),
            list(stated)
        ),
        Verdict::Compatible => format!(
            "{} can all be true{}.",
            capitalize(&list(stated)),
            common_range(stated)
        ),
        Verdict::Contradict => {
            let (a, b) = first_clash(stated).unwrap_or((0, stated.len().saturating_sub(1)));
            format!(
                "{} and {} cannot both be true: the values they allow do not overlap.",
                stated[a].words(),
                stated[b].words()
            )
        }
    };
    if let Some(change) = later_higher(stated).or_else(|| later_lower(stated)) {
        text.push(' ');
        text.push_str(&change);
    }
    text
}

/// Dates name the day each source gives the happening: "“Dec. 18” (a) and “Friday” (b) both
/// date the meeting to 2015-12-18"; "“Monday” (a) dates the attack to 2020-05-04, “Sunday”
/// (b) to 2020-05-03".
fn explain_dates(verdict: Verdict, stated: &[Stated]) -> String {
    let what = stated
        .iter()
        .find_map(|s| s.claim.event_class.as_deref())
        .map_or_else(|| "it".to_string(), |c| format!("the {c}"));
    let timex = |s: &Stated| s.profile.timex.clone().unwrap_or_default();
    // "“Monday” (a) dates the attack to 2020-05-04, “Sunday” (b) to 2020-05-03"
    let each = |order: &[usize]| -> String {
        let parts: Vec<String> = order
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                let s = &stated[i];
                if n == 0 {
                    format!("{} dates {what} to {}", s.words(), timex(s))
                } else {
                    format!("{} to {}", s.words(), timex(s))
                }
            })
            .collect();
        parts.join(", ")
    };
    match verdict {
        Verdict::Agree => {
            let both = if stated.len() == 2 { "both" } else { "all" };
            format!(
                "{} {both} date {what} to {}.",
                capitalize(&list(stated)),
                timex(&stated[0])
            )
        }
        Verdict::Contradict => {
            let (a, b) = first_clash(stated).unwrap_or((0, stated.len().saturating_sub(1)));
            let mut order = vec![a, b];
            order.extend((0..stated.len()).filter(|i| *i != a && *i != b));
            match clocks_apart(stated[a].profile, stated[b].profile) {
                Some(minutes) => format!(
                    "{}: the times they give for when it began are {minutes} minutes apart, more \
                     than the way they are written allows, so both cannot be true.",
                    capitalize(&each(&order))
                ),
                None => format!(
                    "{}: the days they give do not overlap, so both cannot be true.",
                    capitalize(&each(&order))
                ),
            }
        }
        _ => {
            let order: Vec<usize> = (0..stated.len()).collect();
            format!(
                "{}: these can all be true{}.",
                capitalize(&each(&order)),
                common_range(stated)
            )
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// ", if the figure is between 270,000 and 330,000": the values every source allows.
fn common_range(stated: &[Stated]) -> String {
    let mut common = stated.first().map(|s| s.profile.values);
    for s in stated.iter().skip(1) {
        common = common.and_then(|c| c.intersect(s.profile.values));
    }
    let Some(c) = common else {
        return String::new();
    };
    if stated.iter().any(|s| s.profile.kind == ClaimKind::Date) {
        return match (c.low(), c.high()) {
            (Some(l), Some(h)) if l == h => format!(" if it happened on {}", day(l)),
            (Some(l), Some(h)) => format!(" if it happened between {} and {}", day(l), day(h)),
            _ => String::new(),
        };
    }
    let duration = stated.iter().any(|s| s.profile.kind == ClaimKind::Duration);
    // Lengths compare in metres (see `profile::metres_per`), areas in square metres; the
    // range reads in the first claim's unit, named when the claims are in several ("between
    // 29.5 and 30.5 km").
    let length = stated.first().and_then(|s| {
        let u = s.profile.unit.as_deref()?;
        let per = common_scale(u)?;
        let several = stated.iter().any(|t| t.profile.unit.as_deref() != Some(u));
        let speed = s.profile.measure.as_deref().is_some_and(is_speed);
        let name = match (several, speed) {
            (false, _) => String::new(),
            (true, false) => unit_name(u),
            (true, true) => speed_unit_name(u),
        };
        Some((per, name))
    });
    if let Some((per, name)) = length {
        return figure_range(c.scale(1.0 / per), &name);
    }
    let unit = if duration { " hours" } else { "" };
    // An exact length allows what rounds to it ("11 days"): the length it states is the one
    // to name when the others allow it.
    let exact = stated.iter().find_map(|s| {
        let p = s.profile;
        (p.qualifier == crate::model::Qualifier::Exact)
            .then_some(p.estimate)
            .flatten()
            .filter(|&e| c.contains(e))
    });
    if let Some(e) = exact.filter(|_| duration) {
        return format!(" if the figure is {}{unit}", number(e));
    }
    // A range of long lengths reads in the largest unit it holds ("between 17.5 and 18.5
    // months", not thousands of hours).
    if let (true, Some(l), Some(h)) = (duration, c.low(), c.high())
        && let Some(&(per, name)) = [(8766.0, "years"), (730.5, "months"), (24.0, "days")]
            .iter()
            .find(|(per, _)| l >= 2.0 * per)
    {
        let one = |v: f64| number((v / per * 10.0).round() / 10.0);
        return format!(" if the figure is between {} and {} {name}", one(l), one(h));
    }
    figure_range(c, unit)
}

/// " if the figure is between 29.5 and 30.5 km": the values `c` allows, in `unit` (written
/// after the numbers, with its space).
fn figure_range(c: Interval, unit: &str) -> String {
    match (c.low(), c.high()) {
        (Some(l), Some(h)) if l == h => format!(" if the figure is {}{unit}", number(l)),
        (Some(l), Some(h)) => format!(
            " if the figure is between {} and {}{unit}",
            number(l),
            number(h)
        ),
        (Some(l), None) => format!(" if the figure is at least {}{unit}", number(l)),
        (None, Some(h)) => format!(" if the figure is at most {}{unit}", number(h)),
        (None, None) => String::new(),
    }
}

/// " km", " miles", " feet": a unit of length (singular, see `profile::singular`) after a
/// number that is not one.
fn unit_name(unit: &str) -> String {
    match unit {
        "km" | "kms" | "cm" | "mm" | "ft" | "kg" | "kgs" | "lb" | "lbs" => format!(" {unit}"),
        "foot" => " feet".to_string(),
        "inch" => " inches".to_string(),
        _ => format!(" {unit}s"),
    }
}

/// Whether a figure's measure is a speed ("speed", "gust speed"), told per hour.
fn is_speed(measure: &str) -> bool {
    measure.ends_with("speed")
}

/// " km/h", " mph", " knots": a unit of speed (the singular of a length per hour, or of a
/// unit of speed) after a number that is not one.
fn speed_unit_name(unit: &str) -> String {
    match unit {
        "km" | "kms" | "kph" | "kmh" | "kmph" => " km/h".to_string(),
        "mile" | "mph" => " mph".to_string(),
        "knot" => " knots".to_string(),
        _ => format!("{} an hour", unit_name(unit)),
    }
}

/// The ISO date of a day number (days since 1970-01-01).
fn day(n: f64) -> String {
    let epoch = jiff::civil::date(1970, 1, 1);
    jiff::Span::new()
        .try_days(n as i64)
        .ok()
        .and_then(|span| epoch.checked_add(span).ok())
        .map_or_else(|| format!("day {n}"), |d| d.to_string())
}

/// A number for reading: grouped thousands, at most two decimals.
fn number(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let neg = rounded < 0.0;
    let int = rounded.abs().trunc() as u64;
    let frac = ((rounded.abs() - int as f64) * 100.0).round() as u64;
    let digits = int.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if frac > 0 {
        let f = format!("{frac:02}");
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
    if neg { format!("-{out}") } else { out }
}

/// "3 of 4 sources (a, b, c) can all be true together; d departs from them: “30 killed” (d)."
pub fn consensus(c: &Consensus, stated: &[Stated]) -> String {
    let departing: Vec<Stated> = stated
        .iter()
        .filter(|s| c.departing.contains(&s.claim.source))
        .copied()
        .collect();
    let who = match c.departing.as_slice() {
        [one] => format!("{one} departs from them"),
        many => format!("{} depart from them", join_and(many)),
    };
    format!(
        "{} of {} sources ({}) can all be true together; {who}: {}.",
        c.sources.len(),
        c.sources.len() + c.departing.len(),
        c.sources.join(", "),
        list(&departing)
    )
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "“a” (x), “b” (y) and “c” (z)".
fn list(stated: &[Stated]) -> String {
    join_and(&stated.iter().map(Stated::words).collect::<Vec<_>>())
}

fn first_clash(stated: &[Stated]) -> Option<(usize, usize)> {
    for i in 0..stated.len() {
        for j in i + 1..stated.len() {
            let (a, b) = (stated[i].profile, stated[j].profile);
            if !values_overlap(a, b) || clocks_apart(a, b).is_some() {
                return Some((i, j));
            }
        }
    }
    None
}

/// A statement with its article's publication date and the number it names.
type Dated<'s, 'a> = (&'s Stated<'a>, jiff::civil::Date, f64);

/// The statements of the earliest and of the latest article, each the lowest figure of its
/// day where `rising` (the highest where not), so that a change between them is the widest.
fn earliest_and_latest<'s, 'a>(
    stated: &'s [Stated<'a>],
    rising: bool,
) -> Option<(Dated<'s, 'a>, Dated<'s, 'a>)> {
    let dated: Vec<Dated> = stated
        .iter()
        .filter_map(|s| Some((s, s.article.published?, s.profile.point()?)))
        .collect();
    let order = |a: &&Dated, b: &&Dated| {
        let by_value = a.2.total_cmp(&b.2);
        a.1.cmp(&b.1)
            .then(if rising { by_value } else { by_value.reverse() })
    };
    let earliest = *dated.iter().min_by(order)?;
    let latest = *dated.iter().max_by(order)?;
    (latest.1 > earliest.1).then_some((earliest, latest))
}

/// When the latest article states a lower figure than the earliest, and the two cannot both
/// be true, the count may have been revised down: said so, since a reader would otherwise
/// take the later report for the rising one.
fn later_lower(stated: &[Stated]) -> Option<String> {
    let (earliest, latest) = earliest_and_latest(stated, false)?;
    let disjoint = !values_overlap(earliest.0.profile, latest.0.profile);
    (latest.2 < earliest.2 && disjoint).then(|| {
        format!(
            "The later report ({}, {}) gives a lower figure than the earlier one ({}, {}): the count may have been revised down, or one of them is wrong.",
            latest.0.article.id, latest.1, earliest.0.article.id, earliest.1
        )
    })
}

/// When a later article states a higher figure than an earlier one, the toll may have risen.
/// Only a count of people (the dead, the injured, the displaced) rises so: a distance, a
/// magnitude or a company's revenue does not grow between reports.
fn later_higher(stated: &[Stated]) -> Option<String> {
    let tolls = stated
        .iter()
        .all(|s| matches!(&s.claim.value, crate::model::Value::Quantity(q) if q.counts_people));
    if !tolls {
        return None;
    }
    let (earliest, latest) = earliest_and_latest(stated, true)?;
    (latest.2 > earliest.2).then(|| {
        // "The death toll rose to six on Wednesday": the later report says so itself.
        let how = if update::risen_toll(stated) {
            "the later report says the count rose, so the toll may have risen between reports rather than one of them being wrong"
        } else {
            "the count may have risen between reports"
        };
        format!(
            "The later report ({}, {}) gives a higher figure than the earlier one ({}, {}): {how}.",
            latest.0.article.id, latest.1, earliest.0.article.id, earliest.1
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(number(300_000.0), "300,000");
        assert_eq!(number(269_999.5), "269,999.5");
        assert_eq!(number(4.5), "4.5");
        assert_eq!(number(-12.0), "-12");
        assert_eq!(day(16_787.0), "2015-12-18");
    }

    #[test]
    fn a_speed_reads_per_hour_in_the_unit_it_was_told_in() {
        // "120 km" of speed is "120 km/h"; "75 mph" and "75 miles per hour" read alike.
        assert_eq!(speed_unit_name("km"), " km/h");
        assert_eq!(speed_unit_name("kph"), " km/h");
        assert_eq!(speed_unit_name("mile"), " mph");
        assert_eq!(speed_unit_name("mph"), " mph");
        assert_eq!(speed_unit_name("knot"), " knots");
        assert_eq!(speed_unit_name("metre"), " metres an hour");
        assert!(is_speed("gust speed") && is_speed("speed") && !is_speed("depth"));
    }
}
