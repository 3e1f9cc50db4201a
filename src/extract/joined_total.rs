//! A toll told only as its parts: "killed a policeman and two others", "two soldiers, a
//! policeman and three civilians were killed", "Police arrested two men and a woman". Each
//! part is a count of its own (a part of a larger count, never lined up as a toll); their
//! sum is the count the sentence states without writing it, and is what another outlet's
//! "three people were killed" is compared with.
//!
//! The parts are counts of people joined by commas and a last "and", each a number (or "a"
//! before a singular noun of people) and its noun. The first may carry a qualifier ("at least
//! two soldiers and three civilians": at least five); the others are plain numbers. No sum is
//! made when the sentence states the whole itself ("Five people were killed, including …"),
//! when the parts are a part of another count ("including two soldiers and …", "Among the
//! dead were two children and a woman": some of the dead, not all), or when a later part has
//! another measure ("killed two soldiers, and three civilians were wounded").

use crate::extract::figure;
use crate::extract::lexicon::lexicon;
use crate::extract::phrase::Phrase;
use crate::extract::phrase_words::{COUNT_TO_NOUN, singular_person_after};
use crate::extract::role::Role;
use crate::extract::words::Words;
use crate::model::{Interval, Qualifier, Quantity};

/// A figure of the sentence: its first and last token and its quantity.
pub(super) struct SentenceFigure<'a> {
    pub first: usize,
    pub last: usize,
    pub quantity: &'a Quantity,
}

/// The sum of a count told as its parts: its first and last token and its quantity.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct JoinedTotal {
    pub first: usize,
    pub last: usize,
    pub quantity: Quantity,
}

/// The sums of the counts of people the sentence tells only as their parts, in text order.
/// `figures` are the sentence's figures in text order; `phrases` and `roles` its number
/// phrases and what each one is.
pub(super) fn joined_totals(
    w: &Words,
    phrases: &[Phrase],
    roles: &[Role],
    figures: &[SentenceFigure],
) -> Vec<JoinedTotal> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < figures.len() {
        match total_from(w, phrases, roles, figures, k) {
            Some((total, next)) => {
                out.push(total);
                k = next;
            }
            None => k += 1,
        }
    }
    out
}

/// The sum of the parts starting at the figure `k`, and the index of the first figure past
/// them.
fn total_from(
    w: &Words,
    phrases: &[Phrase],
    roles: &[Role],
    figures: &[SentenceFigure],
    k: usize,
) -> Option<(JoinedTotal, usize)> {
    let head = &figures[k];
    let q = head.quantity;
    let measure = q.measure.as_deref()?;
    let lex = lexicon();
    let people_unit = q.unit.as_deref().is_some_and(|u| lex.people.contains(u));
    if !q.counts_people
        || !people_unit
        || q.unit.as_deref() == Some("others")
        || !matches!(
            q.qualifier,
            Qualifier::Exact | Qualifier::AtLeast | Qualifier::About
        )
        // "including", "The dead include", "Among the dead were"; a colon opens what a count
        // before it is made of.
        || figure::part_of_a_named_whole(w, head.first, head.last)
        || (head.first >= 1 && w.low(head.first - 1) == ":")
    {
        return None;
    }
    let mut sum = 0.0;
    let mut resolution = q.resolution;
    let mut end = head.last;
    let mut joined_by_and = false;
    let mut next_figure = k + 1;
    while !joined_by_and {
        let mut at = end + 1;
        if w.low(at) == "," {
            at += 1;
        }
        if w.low(at) == "and" {
            at += 1;
            joined_by_and = true;
        }
        if at == end + 1 {
            break;
        }
        let Some((value, noun)) = part_at(w, phrases, roles, at) else {
            // "two soldiers, a policeman said": the list stopped before any "and".
            if joined_by_and {
                return None;
            }
            break;
        };
        // A count read there must be of the same measure, or of none ("… and three
        // civilians were wounded" counts other victims).
        if let Some(f) = figures.get(next_figure).filter(|f| f.first == at) {
            let same = f.quantity.counts_people
                && f.quantity.measure.as_deref().is_none_or(|m| m == measure);
            if !same {
                return None;
            }
            resolution = resolution.max(f.quantity.resolution);
            next_figure += 1;
        }
        sum += value;
        end = noun;
    }
    if !joined_by_and {
        return None;
    }
    // The whole stated elsewhere in the sentence: the parts add up to it, or to a part of it.
    let stated = figures.iter().enumerate().any(|(n, f)| {
        (n < k || n >= next_figure)
            && !f.quantity.subset
            && f.quantity.counts_people
            && f.quantity.measure.as_deref() == Some(measure)
    });
    // "the 253 people on board — 212 passengers and 41 crew — were rescued": parts set off
    // after a count of people are what that count is made of, whatever verb follows.
    let aside = head.first >= 1
        && matches!(w.low(head.first - 1), "—" | "–" | "(")
        && figures[..k]
            .iter()
            .any(|f| f.quantity.counts_people && f.last + 1 < head.first);
    if stated || aside {
        return None;
    }
    let interval = Interval::try_new(
        q.interval.low().map(|l| l + sum),
        q.interval.high().map(|h| h + sum),
    )?;
    let qualifier = q.qualifier;
    let quantity = Quantity {
        interval,
        estimate: q
            .estimate
            .map(|e| e + sum)
            .filter(|&e| interval.contains(e)),
        qualifier,
        unit: Some("people".to_string()),
        measure: Some(measure.to_string()),
        subset: false,
        of: None,
        counts_people: true,
        resolution,
    };
    let total = JoinedTotal {
        first: head.first,
        last: end,
        quantity,
    };
    Some((total, next_figure))
}

/// The value and noun of a part of a list starting at token `at`: a plain number and a noun
/// of people within a few modifiers ("three civilians", "two more police officers"), or "a"
/// before a singular one ("a policeman", "a 61-year-old woman").
fn part_at(w: &Words, phrases: &[Phrase], roles: &[Role], at: usize) -> Option<(f64, usize)> {
    let lex = lexicon();
    if matches!(w.low(at), "a" | "an") {
        return Some((1.0, singular_person_after(w, lex, at)?));
    }
    let n = phrases.partition_point(|p| p.first < at);
    let p = phrases.get(n).filter(|p| p.first == at)?;
    let plain = p.qualifier == Qualifier::Exact
        && p.currency.is_none()
        && !p.percent
        && p.glued_unit.is_none()
        && p.hyphen_word.is_none()
        && p.value.fract() == 0.0
        && p.value > 0.0;
    if !plain || roles.get(n) != Some(&Role::Figure) {
        return None;
    }
    // The noun: the last of a run of nouns of people after the number's modifiers.
    let modifier = |k: usize| {
        let low = w.low(k);
        w.is_word(k)
            && !w.capitalized(k)
            && !lex.stopwords.contains(low)
            && !lex.measures.contains_key(low)
    };
    let mut k = p.num_last + 1;
    while k <= p.num_last + COUNT_TO_NOUN && !lex.people.contains(w.low(k)) {
        if !modifier(k) && !matches!(w.low(k), "more" | "other") {
            return None;
        }
        k += 1;
    }
    if !lex.people.contains(w.low(k)) || !w.is_word(k) {
        return None;
    }
    while w.is_word(k + 1) && lex.people.contains(w.low(k + 1)) {
        k += 1;
    }
    Some((p.value, k))
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, Value};

    /// The sentence's people totals told by their parts: (text, value, measure).
    fn totals(s: &str) -> Vec<(String, Option<f64>, Option<f64>, String)> {
        let a = Article::from_text("t", s);
        crate::extract::extract(&a)
            .claims
            .into_iter()
            .filter_map(|c| {
                let text = a.text[c.span.start()..c.span.end()].to_string();
                match c.value {
                    Value::Quantity(q)
                        if !q.subset
                            && q.unit.as_deref() == Some("people")
                            && text.contains(" and ") =>
                    {
                        Some((
                            text,
                            q.interval.low(),
                            q.interval.high(),
                            q.measure.unwrap_or_default(),
                        ))
                    }
                    _ => None,
                }
            })
            .collect()
    }

    #[test]
    fn parts_joined_by_and_add_up_to_the_toll() {
        let t = totals("The gunman killed a policeman and two others on Tuesday.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, "a policeman and two others");
        assert_eq!((t[0].1, t[0].2), (Some(3.0), Some(3.0)));
        assert_eq!(t[0].3, "killed");
        let t = totals("Two soldiers and a civilian were killed and three policemen were wounded.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].1, t[0].2, t[0].3.as_str()),
            (Some(3.0), Some(3.0), "killed")
        );
    }

    #[test]
    fn a_qualifier_on_the_first_part_bounds_the_sum() {
        let t = totals("At least two soldiers and three civilians were killed.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].1, t[0].2), (Some(5.0), None));
    }

    #[test]
    fn no_sum_where_the_whole_is_stated_or_the_parts_are_some_of_it() {
        for s in [
            "Five people were killed, including two soldiers and three civilians.",
            "Among the dead were two children and a woman.",
            "The dead included two children and a woman.",
            "The blast killed two soldiers, and three civilians were wounded.",
            "The attack killed 12 people and injured 30 others.",
            "The 253 people on board — 212 passengers and 41 crew — were rescued.",
            "Five people — three children and two adults — were killed.",
        ] {
            assert!(totals(s).is_empty(), "{s}: {:?}", totals(s));
        }
    }
}
