//! Each article's main count of people for a measure: the toll it leads with ("killing five
//! people", "Quake jolts Kefalonia, five hurt"), or its only count of that measure. Outlets
//! tell the same toll with other nouns ("one person" and "one male employee" killed, "two
//! others" and "two other people" hurt) and, between reports or sources, other values; main
//! counts of one measure line up whatever their wording (see `align`).
//!
//! Not a main count: a part of a larger count ("three of them children"), a figure about an
//! earlier happening, a war's running total, and any count of an article that leads with two
//! different values of the measure (which of them is its toll is not told).

use crate::compare::align::generic;
use crate::compare::profile::{Profile, TollDay, day_number};
use crate::model::{Claim, ClaimKind, Granularity, Value};
use std::collections::BTreeMap;

/// Marks the main counts of each article. Items come article by article: each article's run
/// is read alone.
/// `claims` are all claims, each article's in text order (items index them).
pub fn mark(items: &mut [(usize, &Claim, Profile)], claims: &[Claim]) {
    for run in items.chunk_by_mut(|x, y| x.1.source == y.1.source) {
        mark_run(run, claims);
    }
}

/// A count of people that may be an article's toll of its measure.
fn eligible(p: &Profile) -> bool {
    p.kind == ClaimKind::Figure
        && p.measure.is_some()
        && p.counts_people
        && !p.subset
        && !p.background
        && p.event_class.as_deref() != Some("conflict")
}

fn mark_run(items: &mut [(usize, &Claim, Profile)], claims: &[Claim]) {
    // By measure: the eligible counts of the opening, and of the whole article.
    let mut by_measure: BTreeMap<&str, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, (_, c, p)) in items.iter().enumerate() {
        if let (true, Some(m)) = (eligible(p), p.measure.as_deref()) {
            let (lead, all) = by_measure.entry(m).or_default();
            if c.lead {
                lead.push(i);
            }
            all.push(i);
        }
    }
    // Each toll's members, whether the opening states it, the day it is dated to, and
    // whether it is one victim that every count of the measure tells.
    let mut tolls: Vec<(Vec<usize>, bool, Option<TollDay>, bool)> = Vec::new();
    for (lead, all) in by_measure.values() {
        // The opening's count; an article whose opening counts none, its only count.
        let candidates = if lead.is_empty() { all } else { lead };
        let Some(toll) = one_toll(items, candidates) else {
            continue;
        };
        let day = toll.iter().find_map(|&i| day_near(items, i, claims));
        // The body repeating the toll ("the 27 dead") states the main count too.
        let p = &items[toll[0]].2;
        let members = all
            .iter()
            .copied()
            .filter(|&i| same_value(&items[i].2, p))
            .collect();
        // "killing one woman … while one child was killed": two victims, no lone one.
        let lone = lone_victim(p)
            && all
                .iter()
                .all(|&i| same_value(&items[i].2, p) && items[i].2.unit == p.unit);
        tolls.push((members, !lead.is_empty(), day, lone));
    }
    // A lone victim is its article's whole toll where its sentence tells another toll of the
    // article too ("Two persons died and a security guard was wounded"): not a victim picked
    // out of a larger count told elsewhere.
    let told_beside: Vec<bool> = (0..tolls.len())
        .map(|t| {
            tolls[t].0.iter().any(|&i| {
                let sentence = items[i].1.sentence;
                tolls.iter().enumerate().any(|(u, other)| {
                    u != t && other.0.iter().any(|&j| items[j].1.sentence == sentence)
                })
            })
        })
        .collect();
    for (toll, beside) in tolls.iter_mut().zip(told_beside) {
        toll.3 &= beside;
    }
    for (members, opening, day, lone) in tolls {
        for i in members {
            let p = &mut items[i].2;
            p.main = true;
            p.main_in_opening = opening;
            p.day = day;
            p.lone_victim = lone;
        }
    }
}

/// One victim named by a particular noun ("a security guard", "a male co-worker"), not
/// "one person": a count of one that names whom.
fn lone_victim(p: &Profile) -> bool {
    p.values.high().is_some_and(|h| h < 2.0) && p.estimate == Some(1.0) && !generic(p)
}

/// Whether two counts state one value the same way (bounds and qualifier).
fn same_value(p: &Profile, q: &Profile) -> bool {
    p.values == q.values && p.qualifier == q.qualifier
}

/// The day of the date nearest a claim in its sentence ("ten civilians were killed on
/// Tuesday"), if that date is one day, with the day it was counted from ("Tuesday" in a report
/// of Wednesday): tolls of one day's reports dated to other days are tolls of other
/// happenings, while a later report may date a revised toll to the day it was announced.
/// `claims` are all claims, the toll's article's in text order: a date that names no
/// happening ("… by rocket attacks that targeted Aleppo city … on Friday") dates the toll too.
fn day_near(items: &[(usize, &Claim, Profile)], i: usize, claims: &[Claim]) -> Option<TollDay> {
    let (at, c, _) = items[i];
    let distance = |d: &Claim| {
        d.span
            .start()
            .abs_diff(c.span.end())
            .min(c.span.start().abs_diff(d.span.end()))
    };
    let same_sentence = |d: &&Claim| d.source == c.source && d.sentence == c.sentence;
    let before = claims[..at].iter().rev().take_while(same_sentence);
    let after = claims
        .get(at + 1..)
        .unwrap_or_default()
        .iter()
        .take_while(same_sentence);
    let (_, v) = before
        .chain(after)
        .filter_map(|d| match &d.value {
            Value::Date(v) => Some((distance(d), v)),
            _ => None,
        })
        .min_by_key(|(gap, _)| *gap)?;
    // One day, or a part of one ("on Wednesday night" runs past midnight, and dates the toll
    // to its evening's day).
    let part_of_day = v.timex.get(10..);
    let one_day = v.granularity == Granularity::Day || part_of_day.is_some();
    let day = day_number(&v.timex).filter(|_| one_day)?;
    let reported = v.anchor.as_deref().and_then(day_number);
    let night = part_of_day == Some("TNI");
    Some(TollDay {
        day,
        reported,
        night,
    })
}

/// The counts among `candidates` that state the article's toll: all of them when they state
/// one value; else those that name no group when they state one value and every count of a
/// particular group is smaller ("14 people" arrested over "two port workers", a part of them
/// however the sentence says so).
fn one_toll(items: &[(usize, &Claim, Profile)], candidates: &[usize]) -> Option<Vec<usize>> {
    let same = |xs: &[usize]| {
        let first = &items[*xs.first()?].2;
        xs.iter()
            .all(|&i| same_value(&items[i].2, first))
            .then_some(first.values)
    };
    if same(candidates).is_some() {
        return Some(candidates.to_vec());
    }
    let (whole, groups): (Vec<usize>, Vec<usize>) =
        candidates.iter().partition(|&&i| generic(&items[i].2));
    let low = same(&whole)?.low()?;
    // "Four foreigners have been taken hostage" and "The four hostages": a particular group of
    // the toll's very value is the toll told in other words.
    let first = &items[whole[0]].2;
    let (told, smaller): (Vec<usize>, Vec<usize>) = groups
        .iter()
        .partition(|&&i| same_value(&items[i].2, first));
    smaller
        .iter()
        .all(|&i| items[i].2.values.high().is_some_and(|h| h < low))
        .then(|| whole.into_iter().chain(told).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::count_claim;
    use crate::compare::profile::profile;
    use crate::model::{Interval, Qualifier, Span};

    fn count(source: &str, n: f64, lead: bool, measure: &str, unit: &str) -> Claim {
        let value = (Interval::point(n), Qualifier::Exact, n);
        let span = Span::new(0, 1);
        let mut c = count_claim(source, span, measure, Some(unit), value, lead);
        c.event_class = Some("incident".to_string());
        c
    }

    /// The profiles of the claims that have one, marked.
    fn marked_profiles(claims: &[Claim]) -> Vec<Profile> {
        let mut items: Vec<(usize, &Claim, Profile)> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, c)| profile(c).map(|p| (i, c, p)))
            .collect();
        mark(&mut items, claims);
        items.into_iter().map(|(_, _, p)| p).collect()
    }

    fn marked(claims: &[Claim]) -> Vec<bool> {
        marked_profiles(claims).iter().map(|p| p.main).collect()
    }

    #[test]
    fn the_opening_count_is_the_main_count_and_a_later_one_is_not() {
        let claims = [
            count("a", 5.0, true, "injured", "people"),
            count("a", 5.0, true, "injured", "people"),
            count("a", 40.0, false, "injured", "people"),
            count("a", 1.0, true, "killed", "man"),
        ];
        assert_eq!(marked(&claims), [true, true, false, true]);
    }

    /// Whether each claim is marked a lone victim.
    fn lone(claims: &[Claim]) -> Vec<bool> {
        marked_profiles(claims)
            .iter()
            .map(|p| p.lone_victim)
            .collect()
    }

    /// A count stated in the sentence numbered `sentence`.
    fn told(mut c: Claim, sentence: usize) -> Claim {
        c.sentence = Span::new(sentence * 10, sentence * 10 + 9);
        c
    }

    #[test]
    fn one_victim_told_beside_the_articles_other_toll_is_a_lone_victim() {
        // "Two persons died and a security guard was wounded".
        let claims = [
            told(count("a", 2.0, true, "killed", "persons"), 0),
            told(count("a", 1.0, true, "injured", "guard"), 0),
        ];
        assert_eq!(lone(&claims), [false, true]);
        // Told alone, the guard may be picked out of a larger count.
        let claims = [
            told(count("a", 2.0, true, "killed", "persons"), 0),
            told(count("a", 1.0, true, "injured", "guard"), 1),
        ];
        assert_eq!(lone(&claims), [false, false]);
        // "killing one woman … while one child was killed": two victims, none alone.
        let claims = [
            told(count("a", 1.0, true, "killed", "woman"), 0),
            told(count("a", 1.0, true, "killed", "child"), 0),
            told(count("a", 4.0, true, "injured", "others"), 0),
        ];
        assert_eq!(lone(&claims), [false, false, false]);
        // "one person" names no one: a toll, but no lone victim.
        let claims = [
            told(count("a", 2.0, true, "killed", "persons"), 0),
            told(count("a", 1.0, true, "injured", "person"), 0),
        ];
        assert_eq!(lone(&claims), [false, false]);
    }

    #[test]
    fn an_opening_with_two_values_has_no_main_count() {
        let claims = [
            count("a", 2.0, true, "killed", "people"),
            count("a", 5.0, true, "killed", "victims"),
            count("b", 3.0, false, "killed", "victims"),
        ];
        // Article b's only count is its main count, though not in its opening.
        assert_eq!(marked(&claims), [false, false, true]);
    }

    #[test]
    fn a_total_over_a_smaller_group_in_the_opening_is_the_main_count() {
        // "arrested 14 people ... Among those detained were two port workers".
        let claims = [
            count("a", 14.0, true, "arrested", "people"),
            count("a", 2.0, true, "arrested", "workers"),
        ];
        assert_eq!(marked(&claims), [true, false]);
        // A group larger than the count that names none: which is the toll is not told.
        let claims = [
            count("a", 3.0, true, "killed", "people"),
            count("a", 5.0, true, "killed", "soldiers"),
        ];
        assert_eq!(marked(&claims), [false, false]);
    }

    #[test]
    fn a_group_of_the_totals_own_value_is_the_total_told_in_other_words() {
        // "Four foreigners have been taken hostage ... The four hostages are two German
        // nationals": the foreigners are the hostages, the Germans a part of them.
        let claims = [
            count("a", 4.0, true, "kidnapped", "foreigners"),
            count("a", 4.0, true, "kidnapped", "hostages"),
            count("a", 2.0, true, "kidnapped", "nationals"),
        ];
        assert_eq!(marked(&claims), [true, true, false]);
    }

    #[test]
    fn parts_earlier_happenings_and_running_totals_are_not_main_counts() {
        let mut part = count("a", 3.0, true, "killed", "children");
        if let Value::Quantity(q) = &mut part.value {
            q.subset = true;
        }
        let mut earlier = count("b", 30.0, true, "killed", "people");
        earlier.background = true;
        let mut war = count("c", 300_000.0, true, "killed", "people");
        war.event_class = Some("conflict".to_string());
        assert_eq!(marked(&[part, earlier, war]), [false, false, false]);
    }
}
