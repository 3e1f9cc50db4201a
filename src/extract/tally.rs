//! The tally of a vote: "passed 52-48", "by 218 votes to 212", "voted 218 to 212", "218 in
//! favour and 212 against", "a 5-4 ruling". Its two numbers are two figures, the votes for and
//! the votes against, so that outlets writing one tally in other words line up, and a tally
//! told otherwise contradicts.
//!
//! A tally written as two bare numbers ("52-48", "218 to 212") is one only in a sentence about
//! a vote (see [`VOTE_WORDS`]): "won 3-1" is a score. The side named first is the one that
//! carried the vote, so after a verb of rejection ("rejected 52-48") it counts the votes against.

use crate::extract::digit_groups::digits;
use crate::extract::phrase::{Phrase, Shape};
use crate::extract::phrase_digits::years_of_a_season;
use crate::extract::words::Words;
use crate::model::Qualifier;

/// Words that make a sentence about a vote: a tally of bare numbers in it is one.
const VOTE_WORDS: [&str; 24] = [
    "vote",
    "votes",
    "voted",
    "voting",
    "ballot",
    "ballots",
    "passed",
    "approved",
    "adopted",
    "rejected",
    "defeated",
    "ruled",
    "ruling",
    "majority",
    "lawmakers",
    "senators",
    "legislators",
    "deputies",
    "mps",
    "justices",
    "councillors",
    "councilors",
    "referendum",
    "motion",
];

/// Verbs of a vote that failed: the larger side named first voted against.
const REJECTING: [&str; 6] = ["rejected", "defeated", "failed", "blocked", "down", "sank"];

/// Largest number of votes read as a side of a tally (a parliament, a council, a court).
const MOST_VOTES: f64 = 10_000.0;

/// One side of a tally: the tokens it covers and its number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Side {
    pub first: usize,
    pub last: usize,
    pub votes: f64,
}

/// A tally found at a phrase and the one after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tally {
    pub for_: Side,
    pub against: Side,
}

/// Whether phrase `p` can be a side of a tally: a whole number of votes, written bare.
fn a_side(p: &Phrase) -> bool {
    matches!(p.shape, Shape::Digits | Shape::Words)
        && p.qualifier == Qualifier::Exact
        && p.currency.is_none()
        && !p.percent
        && p.glued_unit.is_none()
        && p.hyphen_word.is_none()
        && p.value.fract() == 0.0
        && (0.0..=MOST_VOTES).contains(&p.value.abs())
        && p.num_first == p.first
}

/// The tally that phrase `n` of `phrases` starts with the phrase after it, if they are one.
/// That is, the tally's second number is that phrase, or for a dashed tally ("52-48", whose
/// second number the phrase finder leaves) the digits after the dash. `taken` tells whether the
/// tally takes the phrase after `n`.
pub fn tally_at(w: &Words, phrases: &[Phrase], n: usize) -> Option<(Tally, bool)> {
    let p = phrases.get(n)?;
    if !a_side(p) {
        return None;
    }
    let k = p.last + 1;
    // Most numbers are followed by none of the words a tally goes on with: told at once.
    if !(matches!(w.low(k), "votes" | "in" | "for" | "yes" | "ayes" | "to") || w.is_dash(k)) {
        return None;
    }
    // "rose from 212 to 218": a change, no tally.
    if p.first >= 1 && matches!(w.low(p.first - 1), "from" | "between") {
        return None;
    }
    // The words between the two numbers, and after the second, say which form it is.
    let yes_words = favour_words(w, k);
    let (first_side_end, mid) = match yes_words {
        Some(end) => (end, end + 1),
        None if w.low(k) == "votes" => (k, k + 1),
        None => (p.last, k),
    };
    // The second number: the next phrase where it stands right after `mid` (or after ", and").
    let next = phrases.get(n + 1).filter(|q| a_side(q));
    let next_at = |k: usize| next.filter(|q| q.first == k);
    // "52-48", "52–48": glued on both sides of the dash.
    let dashed = w.is_dash(mid) && w.glued(mid) && w.glued(mid + 1);
    let second = if dashed {
        match next_at(mid + 1) {
            Some(q) => Some((q.first, q.last, q.value, true)),
            None => bare_digits(w, mid + 1).map(|v| (mid + 1, mid + 1, v, false)),
        }
    } else if w.low(mid) == "to" {
        next_at(mid + 1).map(|q| (q.first, q.last, q.value, true))
    } else if yes_words.is_some() {
        // "218 in favour and 212 against", "218 for, 212 against".
        let joins = |k: usize| w.low(k) == "and" || w.is_punct(k, ",");
        let skip = if w.is_punct(mid, ",") && w.low(mid + 1) == "and" {
            2
        } else {
            usize::from(joins(mid))
        };
        next_at(mid + skip)
            .filter(|_| skip > 0)
            .map(|q| (q.first, q.last, q.value, true))
    } else {
        None
    };
    let (q_first, q_last, q_value, taken) = second?;
    // "its budget for 2025-26", "the 2027-28 academic year": two years in a row, no tally.
    if dashed && years_of_a_season(w.raw(p.last), w.raw(q_first)) {
        return None;
    }
    // "218 in favour and 212 against": a side named for needs one named against.
    let joined = !dashed && w.low(mid) != "to";
    let q_votes = if w.low(q_last + 1) == "votes" {
        q_last + 1
    } else {
        q_last
    };
    let against_words = against_after(w, q_votes + 1);
    let explicit = yes_words.is_some() || against_words.is_some();
    if !explicit && !about_a_vote(w) {
        return None;
    }
    if joined && against_words.is_none() {
        return None;
    }
    let second_end = against_words.unwrap_or(q_votes);
    let first = Side {
        first: p.first,
        last: first_side_end,
        votes: p.value.abs(),
    };
    let second = Side {
        first: q_first,
        last: second_end,
        votes: q_value.abs(),
    };
    // "The Senate rejected the bill 52-48": the larger side named first voted it down.
    let rejected = !explicit && first.votes > second.votes && rejects(w, p.first);
    let tally = if rejected {
        Tally {
            for_: second,
            against: first,
        }
    } else {
        Tally {
            for_: first,
            against: second,
        }
    };
    Some((tally, taken))
}

/// Words of a side that abstained: "14 abstaining", "with 14 abstentions".
const ABSTAINING: [&str; 4] = ["abstaining", "abstained", "abstentions", "abstention"];

/// Who casts the votes a side of a tally counts: "241 deputies voting in favour".
const VOTERS: [&str; 16] = [
    "votes",
    "deputies",
    "lawmakers",
    "legislators",
    "members",
    "mps",
    "senators",
    "representatives",
    "delegates",
    "councillors",
    "councilors",
    "justices",
    "judges",
    "countries",
    "states",
    "nations",
];

/// One side of a vote told alone: "241 deputies voting in favour", "198 against", "189 voted
/// no", "14 abstaining". The side's tokens and its measure ("for", "against", "abstained").
/// A bare number before "against" is a side only in a sentence about a vote.
pub fn side_at(w: &Words, p: &Phrase) -> Option<(Side, &'static str)> {
    if !a_side(p) {
        return None;
    }
    let mut k = p.last + 1;
    // Most numbers are followed by none of the words a side goes on with: told at once.
    let next = w.low(k);
    let noun = VOTERS.contains(&next);
    if !noun
        && !matches!(
            next,
            "voted"
                | "voting"
                | "were"
                | "in"
                | "for"
                | "yes"
                | "ayes"
                | "against"
                | "nays"
                | "opposed"
                | "no"
        )
        && !ABSTAINING.contains(&next)
    {
        return None;
    }
    if noun {
        k += 1;
    }
    let verb = matches!(w.low(k), "voted" | "voting");
    if verb || (w.low(k) == "were" && w.low(k + 1) == "abstaining") {
        k += 1;
    }
    let (last, measure) = if let Some(end) = favour_words(w, k) {
        (end, "for")
    } else if let Some(end) = against_after(w, k) {
        (end, "against")
    } else if ABSTAINING.contains(&w.low(k)) {
        (k, "abstained")
    } else {
        return None;
    };
    // "in favour of the bill" after a count of people is what they back, no vote.
    if measure == "for" && w.low(last + 1) == "of" && !verb {
        return None;
    }
    if !(noun || verb || measure == "abstained" || about_a_vote(w)) {
        return None;
    }
    let side = Side {
        first: p.first,
        last,
        votes: p.value.abs(),
    };
    Some((side, measure))
}

/// The number of token `k` when it is digits alone ("48"), no more than [`MOST_VOTES`].
fn bare_digits(w: &Words, k: usize) -> Option<f64> {
    digits(w.raw(k)).filter(|v| *v <= MOST_VOTES)
}

/// The last token of the words that name the side for at `k` ("in favour", "in favor",
/// "for", "votes in favour", "yes votes"), if they stand there.
fn favour_words(w: &Words, k: usize) -> Option<usize> {
    let k = if w.low(k) == "votes" { k + 1 } else { k };
    if w.matches_at(k, &["in", "favour"]) || w.matches_at(k, &["in", "favor"]) {
        Some(k + 1)
    } else if matches!(w.low(k), "for" | "yes" | "ayes") && ends_a_side(w, k + 1) {
        Some(k)
    } else {
        None
    }
}

/// Whether token `k` ends a side of a tally ("for" and "no" stand alone, not before a noun):
/// a mark, the end, or a word that joins the next side.
fn ends_a_side(w: &Words, k: usize) -> bool {
    !w.is_word(k) || matches!(w.low(k), "and" | "to" | "with")
}

/// The last token of "against" (or "no", "nays", "opposed") at `k`, if it stands there.
fn against_after(w: &Words, k: usize) -> Option<usize> {
    matches!(w.low(k), "against" | "nays" | "opposed")
        .then_some(k)
        .or_else(|| (w.low(k) == "no" && ends_a_side(w, k + 1)).then_some(k))
}

/// Whether the sentence speaks of a vote (a word of [`VOTE_WORDS`]).
fn about_a_vote(w: &Words) -> bool {
    (0..w.len()).any(|i| w.is_word(i) && VOTE_WORDS.contains(&w.low(i)))
}

/// Whether a verb of rejection comes before token `at` in its sentence.
fn rejects(w: &Words, at: usize) -> bool {
    (0..at).any(|i| REJECTING.contains(&w.low(i)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::model::Span;

    /// The votes for and against of the first tally of `s`.
    fn tally(s: &str) -> Option<(f64, f64)> {
        let w = Words::new(s, Span::new(0, s.len()));
        let phrases = find_phrases(&w);
        (0..phrases.len())
            .find_map(|n| tally_at(&w, &phrases, n))
            .map(|(t, _)| (t.for_.votes, t.against.votes))
    }

    #[test]
    fn every_way_of_writing_a_tally_gives_its_votes_for_and_against() {
        assert_eq!(
            tally("The bill passed 52-48 on Tuesday."),
            Some((52.0, 48.0))
        );
        assert_eq!(
            tally("The bill passed 52–48 on Tuesday."),
            Some((52.0, 48.0))
        );
        assert_eq!(
            tally("The House approved the bill by 218 votes to 212."),
            Some((218.0, 212.0))
        );
        assert_eq!(
            tally("Lawmakers voted 218 to 212 in favour of the bill."),
            Some((218.0, 212.0))
        );
        assert_eq!(
            tally("The measure passed with 218 votes in favour and 212 against."),
            Some((218.0, 212.0))
        );
        assert_eq!(
            tally("The motion was carried with 218 in favor, 212 against."),
            Some((218.0, 212.0))
        );
        assert_eq!(
            tally("The court ruled five to four that the law stands."),
            Some((5.0, 4.0))
        );
        assert_eq!(
            tally("Parliament adopted the text with 350 for and 200 against."),
            Some((350.0, 200.0))
        );
    }

    /// Each side told alone in `s`: its votes and its measure.
    fn sides(s: &str) -> Vec<(f64, &'static str)> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w)
            .iter()
            .filter_map(|p| side_at(&w, p))
            .map(|(side, m)| (side.votes, m))
            .collect()
    }

    #[test]
    fn each_side_of_a_vote_told_alone_is_its_votes() {
        assert_eq!(
            sides(
                "The bill passed, with 241 deputies voting in favour, 198 against and 14 abstaining."
            ),
            [(241.0, "for"), (198.0, "against"), (14.0, "abstained")]
        );
        assert_eq!(
            sides("241 deputies voted yes, 189 voted no and 14 were abstaining."),
            [(241.0, "for"), (189.0, "against"), (14.0, "abstained")]
        );
        // A crowd in favour of something cast no vote; nor does a count set against another.
        assert!(sides("Some 2,000 protesters rallied in favour of the bill.").is_empty());
        assert!(sides("Police said 40 were against the plan.").is_empty());
    }

    #[test]
    fn a_rejected_bill_was_voted_down_by_its_larger_side() {
        assert_eq!(
            tally("The Senate rejected the bill 52-48."),
            Some((48.0, 52.0))
        );
    }

    #[test]
    fn scores_changes_and_ranges_are_no_tallies() {
        assert_eq!(tally("United won 3-1 at home on Sunday."), None);
        assert_eq!(tally("The toll rose from 40 to 52."), None);
        assert_eq!(tally("Between 40 and 52 people voted."), None);
        assert_eq!(tally("Some 218 people attended, 212 of them women."), None);
        assert_eq!(tally("It costs $52-$48 a share after the vote."), None);
        assert_eq!(tally("The council approved its budget for 2025-26."), None);
        assert_eq!(
            tally("Lawmakers voted on fees for the 2027-28 academic year."),
            None
        );
        assert_eq!(
            tally("The council approved the budget 38-21."),
            Some((38.0, 21.0))
        );
    }
}
