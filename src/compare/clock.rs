//! Clock times that date the moment a happening began: "the quake struck at 10:02" and "the
//! quake struck at 11:02" of one day cannot both be true, while "the fire broke out at 3 a.m."
//! and "the fire was brought under control at 9:40 a.m." date two moments of one fire.
//!
//! A clock time is read as such a moment only when a word of onset ("struck", "broke out",
//! "exploded") stands just before it in its clause, or just after it when the time opens the
//! clause ("At 10:15 a.m., a bomb exploded"); when no word bounds it from one side ("by",
//! "until", "after" alone); and when it names no time zone unless the other names the same one
//! ("2 p.m. local time (0800 GMT)" is one moment twice).

use crate::compare::profile::{Profile, one_day};
use crate::model::{Claim, Value};

/// A clock time read as the moment a happening began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Minutes after midnight.
    pub minutes: u16,
    /// How far the moment may lie from the time as written, either way, in minutes: a round
    /// hour is often a rounded time, "about" or "shortly after" rounds further.
    pub slack: u16,
    /// The time zone it names ("gmt", "local"), if any.
    zone: Option<&'static str>,
}

/// Words that begin a happening and so date its onset.
const ONSET: &[&str] = &[
    "happened",
    "occurred",
    "struck",
    "hit",
    "erupted",
    "exploded",
    "explosion",
    "blast",
    "detonated",
    "broke",
    "began",
    "begun",
    "started",
    "crashed",
    "derailed",
    "collapsed",
    "capsized",
    "sank",
    "collided",
    "opened",
    "fired",
    "attacked",
    "stormed",
    "rammed",
    "ignited",
    "shot",
    "stabbed",
    "shooting",
    "went",
];

/// Words that say a time is a bound, not a moment.
const BOUNDS: &[&str] = &[
    "by", "until", "till", "til", "from", "since", "between", "to", "and", "or", "than", "before",
    "after",
];

/// Words that make a time a rough one.
const ROUGH: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "circa",
    "some",
    "nearly",
    "almost",
];

/// Words that go on from "just", "shortly" or "soon" to round a time ("shortly after 8am").
const NEAR: &[&str] = &["just", "shortly", "soon", "right"];

/// Time zones as written after a clock time.
const ZONES: &[&str] = &[
    "gmt", "utc", "local", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst",
    "pdt", "bst", "cet", "cest", "eet", "eest", "ist", "jst", "kst", "aest", "aedt", "awst",
    "sast", "eat", "wat", "msk", "hkt", "sgt", "pkt", "wib",
];

/// How many words before a time may hold its word of onset, and after a time that opens its
/// clause.
const ONSET_BEFORE: usize = 6;
const ONSET_AFTER: usize = 8;

/// The clock time of a date claim read as the moment its happening began, if it is one.
pub fn onset_clock(c: &Claim, text: &str) -> Option<Clock> {
    let Value::Date(d) = &c.value else {
        return None;
    };
    let minutes = minutes_of(&d.timex)?;
    let before = text.get(c.sentence.start()..c.span.start())?;
    let after = text.get(c.span.end()..c.sentence.end())?;
    let written = c.span.slice(text);
    // The clause the time stands in: from the last comma, semicolon or dash before it.
    let clause_before = before
        .rsplit([',', ';', '—', '–', '('])
        .next()
        .unwrap_or(before);
    let words_before = lowercase_words(clause_before);
    let last = words_before.last().map(String::as_str);
    let second_last = words_before
        .len()
        .checked_sub(2)
        .map(|i| words_before[i].as_str());
    let mut rough = false;
    if let Some(w) = last {
        if BOUNDS.contains(&w) {
            if matches!(w, "after" | "before") && second_last.is_some_and(|s| NEAR.contains(&s)) {
                rough = true;
            } else {
                return None;
            }
        }
        rough |= ROUGH.contains(&w);
    }
    let zone = zone_of(written, after)?;
    let onset_before = words_before
        .iter()
        .rev()
        .take(ONSET_BEFORE)
        .any(|w| ONSET.contains(&w.as_str()));
    // "At 10:15 a.m. on Tuesday, a bomb exploded outside …": the time opens its clause.
    let opens_clause = words_before
        .iter()
        .all(|w| w == "at" || ROUGH.contains(&w.as_str()));
    let onset_after = opens_clause
        && lowercase_words(after)
            .iter()
            .take(ONSET_AFTER)
            .any(|w| ONSET.contains(&w.as_str()));
    if !(onset_before || onset_after) {
        return None;
    }
    let written_slack = match minutes % 60 {
        0 => 20,
        30 => 10,
        15 | 45 => 8,
        m if m % 5 == 0 => 5,
        _ => 3,
    };
    Some(Clock {
        minutes,
        slack: if rough {
            written_slack.max(30)
        } else {
            written_slack
        },
        zone,
    })
}

/// How many minutes apart two onset clock times of one day are beyond what the way each is
/// written allows, if they cannot both be true.
pub fn clocks_apart(a: &Profile, b: &Profile) -> Option<u16> {
    let (x, y) = (a.clock?, b.clock?);
    if x.zone != y.zone || one_day(a)? != one_day(b)? {
        return None;
    }
    let apart = x.minutes.abs_diff(y.minutes);
    (apart > x.slack + y.slack).then_some(apart)
}

/// Minutes after midnight of a TIMEX3 value of a clock time ("2024-03-12T10:15").
fn minutes_of(timex: &str) -> Option<u16> {
    let (_, time) = timex.split_once('T')?;
    let (h, m) = time.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The time zone a clock time names in its own words or the few after it: `Some(None)` for
/// none, `None` when it names two ("2 p.m. local time (0800 GMT)": one moment twice, not one
/// to compare).
fn zone_of(written: &str, after: &str) -> Option<Option<&'static str>> {
    let mut zone: Option<&'static str> = None;
    let near = words(written).chain(words(after).take(3));
    for w in near {
        // "local" in any case; an abbreviation ("GMT", "ET") only in capitals, as written.
        let named = ZONES.iter().find(|z| {
            w.eq_ignore_ascii_case(z)
                && (**z == "local" || w.bytes().all(|b| b.is_ascii_uppercase()))
        });
        if let Some(z) = named {
            if zone.is_some_and(|seen| seen != *z) {
                return None;
            }
            zone = Some(z);
        }
    }
    Some(zone)
}

/// The words of a text as written, split at anything but letters.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// The words of a text, lowercase.
fn lowercase_words(text: &str) -> Vec<String> {
    words(text).map(str::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateValue, Granularity, Span};

    fn clock(sentence: &str, time: &str, timex: &str) -> Option<Clock> {
        let start = sentence.find(time).unwrap();
        clock_in(sentence, Span::new(start, start + time.len()), timex)
    }

    /// The onset clock of a date claim at `span` of a one-sentence text.
    fn clock_in(sentence: &str, span: Span, timex: &str) -> Option<Clock> {
        let claim = Claim {
            id: "a#1".into(),
            source: "a".into(),
            span,
            sentence: Span::new(0, sentence.len()),
            topic: "date of the fire".into(),
            value: Value::Date(DateValue {
                timex: timex.into(),
                start: Some(timex[..10].into()),
                end: Some(timex[..10].into()),
                granularity: Granularity::Time,
                relative: false,
                anchor: None,
                counted_from_anchor: false,
            }),
            context: Vec::new(),
            event: None,
            event_class: None,
            background: false,
            lead: false,
            place: None,
        };
        onset_clock(&claim, sentence)
    }

    #[test]
    fn a_time_after_a_word_of_onset_is_the_moment_it_began() {
        let c = clock(
            "The fire broke out at 3:42 a.m.",
            "3:42 a.m.",
            "2024-03-12T03:42",
        )
        .unwrap();
        assert_eq!((c.minutes, c.slack, c.zone), (222, 3, None));
        let c = clock(
            "At 10 a.m., a bomb exploded.",
            "10 a.m.",
            "2024-03-12T10:00",
        )
        .unwrap();
        assert_eq!((c.minutes, c.slack), (600, 20));
        let c = clock(
            "The quake struck at about 10:15 GMT.",
            "10:15",
            "2024-03-12T10:15",
        )
        .unwrap();
        assert_eq!((c.minutes, c.slack, c.zone), (615, 30, Some("gmt")));
    }

    #[test]
    fn other_moments_bounds_and_two_zones_are_not_onsets() {
        let later = "The fire was brought under control at 9:40 a.m.";
        assert_eq!(clock(later, "9:40 a.m.", "2024-03-12T09:40"), None);
        let bound = "The fire broke out before 3 a.m.";
        assert_eq!(clock(bound, "3 a.m.", "2024-03-12T03:00"), None);
        let twice = "The quake struck at 2 p.m. local time (0800 GMT).";
        assert_eq!(
            clock(twice, "2 p.m. local time (0800 GMT)", "2024-03-12T14:00"),
            None
        );
        // A clause opened by a dash: "At 3 a.m. — a bomb exploded" (the dash is three bytes).
        let dashed = "Police said — the quake struck at 10:15.";
        assert_eq!(
            clock(dashed, "10:15", "2024-03-12T10:15").map(|c| c.minutes),
            Some(615)
        );
        let after_dash = "Police said —at 10:15 the quake struck.";
        assert_eq!(
            clock(after_dash, "10:15", "2024-03-12T10:15").map(|c| c.minutes),
            Some(615)
        );
        let day = "The fire broke out on Tuesday.";
        assert_eq!(clock(day, "Tuesday", "2024-03-12"), None);
    }

    proptest::proptest! {
        #[test]
        fn any_words_around_a_clock_time_never_panic(
            before in "[a-z ,;:—–(]{0,30}|\\PC{0,30}",
            after in "[A-Za-z .()]{0,20}|\\PC{0,20}",
        ) {
            let s = format!("{before}at 10:15{after}");
            let start = before.len() + 3;
            let span = Span::new(start, start + 5);
            if let Some(c) = clock_in(&s, span, "2024-03-12T10:15") {
                proptest::prop_assert_eq!(c.minutes, 615);
            }
        }
    }
}
