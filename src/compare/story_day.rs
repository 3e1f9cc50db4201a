//! A figure that an outlet writing weeks later dates to the story's own day ("Gunmen abducted
//! 278 students from the school on March 5", in a report of March 24) counts as past for that
//! outlet, but it is of the story's happening, not an earlier one: another outlet dates that
//! very day as the story's own ("Gunmen abducted 287 students on Wednesday", in a report of
//! March 5). Such a figure lines up with the story's figures, where it may agree or contradict;
//! figures dated to days no outlet tells as its own stay earlier happenings.

use crate::compare::profile::Profile;
use crate::model::{Claim, ClaimKind, Granularity, Span, Value};
use rustc_hash::FxHashMap;

/// Reads each earlier figure whose sentence dates it to a day another outlet tells as its
/// story's own as a figure of the story.
pub fn read_as_the_story(items: &mut [(usize, &Claim, Profile)], claims: &[Claim]) {
    if !items
        .iter()
        .any(|(_, _, p)| p.kind == ClaimKind::Figure && p.background)
    {
        return;
    }
    // The days sources tell as their story's own (their dates of one day not counted as
    // earlier happenings), each with the first source to tell it and whether another does:
    // a figure's day is another outlet's own when it is told by a source not the figure's.
    let mut own_days: FxHashMap<&str, (&str, bool)> = FxHashMap::default();
    for (_, c, p) in items.iter() {
        if p.kind != ClaimKind::Date || p.background {
            continue;
        }
        if let Some(day) = one_day(c) {
            let told = own_days.entry(day).or_insert((c.source.as_str(), false));
            told.1 |= told.0 != c.source;
        }
    }
    if own_days.is_empty() {
        return;
    }
    // The dates in each sentence, by source and sentence, with the day each names if it
    // names one.
    let mut days_in: FxHashMap<(&str, Span), Vec<Option<&str>>> = FxHashMap::default();
    for c in claims {
        if matches!(c.value, Value::Date(_)) {
            days_in
                .entry((c.source.as_str(), c.sentence))
                .or_default()
                .push(one_day(c));
        }
    }
    for (_, c, p) in items.iter_mut() {
        if p.kind != ClaimKind::Figure || !p.background {
            continue;
        }
        // Every date of the sentence must be such a day: one other date ("In 2020, a quake
        // killed 41 people, the same number as Tuesday's") may be the figure's own.
        let Some(dates) = days_in.get(&(c.source.as_str(), c.sentence)) else {
            continue;
        };
        let own = |day: &Option<&str>| {
            day.and_then(|day| own_days.get(day))
                .is_some_and(|&(first, others)| others || first != c.source)
        };
        if dates.iter().all(own) {
            p.background = false;
        }
    }
}

/// The calendar day a date claim names ("2025-03-05"), if it names one day.
fn one_day(c: &Claim) -> Option<&str> {
    match &c.value {
        Value::Date(v) if v.granularity == Granularity::Day => {
            v.timex.get(..10).filter(|_| v.timex.len() == 10)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::count_claim;
    use crate::compare::profile::profile;
    use crate::model::{DateValue, Interval, Qualifier};

    fn date(source: &str, sentence: Span, at: usize, timex: &str, background: bool) -> Claim {
        let mut c = count_claim(
            source,
            Span::new(at, at + 5),
            "killed",
            None,
            (Interval::point(1.0), Qualifier::Exact, 1.0),
            true,
        );
        c.sentence = sentence;
        c.topic = "date of the kidnapping".to_string();
        c.value = Value::Date(DateValue {
            timex: timex.to_string(),
            start: Some(timex.to_string()),
            end: Some(timex.to_string()),
            granularity: Granularity::Day,
            relative: false,
            anchor: None,
            counted_from_anchor: false,
        });
        c.background = background;
        c
    }

    fn count(source: &str, sentence: Span, at: usize, n: f64, background: bool) -> Claim {
        let mut c = count_claim(
            source,
            Span::new(at, at + 3),
            "kidnapped",
            Some("students"),
            (Interval::point(n), Qualifier::Exact, n),
            true,
        );
        c.sentence = sentence;
        c.background = background;
        c
    }

    /// Whether each figure of `claims` is still an earlier happening's after the pass.
    fn earlier(claims: &[Claim]) -> Vec<bool> {
        let mut items: Vec<(usize, &Claim, Profile)> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, c)| profile(c).map(|p| (i, c, p)))
            .collect();
        read_as_the_story(&mut items, claims);
        items
            .iter()
            .filter(|(_, _, p)| p.kind == ClaimKind::Figure)
            .map(|(_, _, p)| p.background)
            .collect()
    }

    #[test]
    fn a_figure_dated_to_another_outlets_own_day_is_of_the_story() {
        let (s, t) = (Span::new(0, 60), Span::new(0, 60));
        let claims = vec![
            count("a", s, 16, 287.0, false),
            date("a", s, 40, "2025-03-05", false),
            count("b", t, 16, 278.0, true),
            date("b", t, 40, "2025-03-05", true),
        ];
        assert_eq!(earlier(&claims), vec![false, false]);
    }

    #[test]
    fn a_figure_of_a_day_no_outlet_tells_as_its_own_stays_earlier() {
        let (s, t) = (Span::new(0, 60), Span::new(0, 60));
        let claims = vec![
            count("a", s, 16, 287.0, false),
            date("a", s, 40, "2025-03-05", false),
            count("b", t, 16, 30.0, true),
            date("b", t, 40, "2024-11-02", true),
        ];
        assert_eq!(earlier(&claims), vec![false, true]);
        // Its own outlet's day is no evidence: the outlet counts the day as past itself.
        let claims = vec![
            count("b", s, 16, 30.0, true),
            date("b", s, 40, "2025-03-05", true),
            date("b", Span::new(61, 90), 70, "2025-03-05", false),
        ];
        assert_eq!(earlier(&claims), vec![true]);
    }

    #[test]
    fn another_date_in_the_sentence_keeps_a_figure_earlier() {
        // "In 2020, a quake killed 41 people, the same number as Tuesday's."
        let (s, t) = (Span::new(0, 60), Span::new(0, 90));
        let mut year = date("b", t, 3, "2020", true);
        if let Value::Date(v) = &mut year.value {
            v.granularity = Granularity::Year;
        }
        let claims = vec![
            date("a", s, 40, "2025-03-04", false),
            year,
            count("b", t, 40, 41.0, true),
            date("b", t, 70, "2025-03-04", true),
        ];
        assert_eq!(earlier(&claims), vec![true]);
    }
}
