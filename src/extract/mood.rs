//! Whether a figure is stated as a fact or only as a possibility: "A magnitude 6 quake can
//! cause severe damage", "if there was just one cable down", "up to 1,000 people could die",
//! "the quake could kill thousands". A possibility says nothing about what happened, so it is
//! no figure to compare. Estimates stay: "470,000 may have died", "the toll could be as high
//! as 50", "12 people died and the toll may rise".

use crate::extract::lexicon::lexicon;
use crate::extract::token::TokenKind;
use crate::extract::words::Words;

/// How far (in tokens) a prediction's verb or a conditional's modal may stand from the figure.
const NEAR: usize = 4;
/// The most tokens a clause reaches either side of the figure.
const REACH: usize = 12;

/// The words that may make a clause hypothetical: the modals and "if", "unless".
pub const CUES: [&str; 9] = [
    "can", "could", "may", "might", "would", "should", "must", "if", "unless",
];

/// Whether sentence `w` holds a modal or "if" anywhere: a sentence with none (most) states
/// none of its figures as a mere possibility, and `hypothetical` need not be asked. The
/// extractor reads it in its sentence pass (`SentenceFacts::may_suppose`); a test checks
/// the two agree.
#[cfg(test)]
pub fn may_suppose(w: &Words) -> bool {
    // A cue is written in ASCII letters of either case, so its token is as long as the cue:
    // the tokens' lengths rule out most words before their lowercase form is read.
    w.toks
        .iter()
        .enumerate()
        .any(|(k, t)| t.kind == TokenKind::Word && (2..=6).contains(&t.span.len()) && is_cue(w, k))
}

/// Whether the figure spanning tokens `first..=last` (its phrase and counted noun) is stated
/// only as a possibility.
pub fn hypothetical(w: &Words, first: usize, last: usize) -> bool {
    let (start, end, cue) = clause(w, first, last);
    // Most clauses hold neither a modal nor "if".
    if !cue {
        return false;
    }
    in_condition(w, start, first)
        || generic_subject(w, start, first)
        || predicted_subject(w, last)
        || predicted_object(w, start, first)
        || consequence(w, start, end, first, last)
}

/// The clause around tokens `first..=last` (up to the marks that end one), and whether it
/// holds a modal or "if" anywhere, found in the same pass.
fn clause(w: &Words, first: usize, last: usize) -> (usize, usize, bool) {
    let mut cue = false;
    // Each token is asked only the test of its kind: marks end clauses, words may be cues.
    let mut at = |k: usize| -> bool {
        match w.kind(k) {
            Some(TokenKind::Punct) => boundary(w.raw(k)),
            Some(TokenKind::Word) => {
                cue = cue || is_cue(w, k);
                false
            }
            _ => false,
        }
    };
    // A text without commas runs clauses together: a few words either side are the clause.
    let mut start = first;
    while start > 0 && first - start < REACH && !at(start - 1) {
        start -= 1;
    }
    for k in first..=last {
        at(k);
    }
    let mut end = last;
    while end + 1 < w.len() && end - last < REACH && !at(end + 1) {
        end += 1;
    }
    (start, end.min(w.len().saturating_sub(1)), cue)
}

fn boundary(raw: &str) -> bool {
    matches!(
        raw,
        "," | ";" | ":" | "." | "?" | "!" | "(" | ")" | "\"" | "“" | "”" | "—" | "–"
    )
}

/// A word that may make a clause hypothetical: a modal or "if"/"unless" (one of [`CUES`]).
pub fn is_cue(w: &Words, k: usize) -> bool {
    let low = w.low(k);
    // All cues are two to six letters long and start with one of these.
    (2..=6).contains(&low.len())
        && matches!(low.as_bytes()[0], b'c' | b'm' | b'w' | b's' | b'i' | b'u')
        && (modal_at(w, k) || matches!(low, "if" | "unless"))
}

fn is_modal(low: &str) -> bool {
    matches!(
        low,
        "can" | "could" | "may" | "might" | "would" | "should" | "must"
    )
}

/// A modal at token `k`; "May" inside a sentence is the month.
fn modal_at(w: &Words, k: usize) -> bool {
    is_modal(w.low(k)) && (k == 0 || !w.capitalized(k))
}

/// Modals that predict or suppose rather than report ("can" states capacities: "the stadium
/// can hold 50,000"; "would" reports plans: "he said 3,000 troops would stay").
fn is_predicting_modal(low: &str) -> bool {
    matches!(low, "could" | "may" | "might")
}

/// Adverbs that may stand between a modal and its verb ("could also", "may still").
fn is_adverb(w: &Words, k: usize) -> bool {
    let low = w.low(k);
    matches!(
        low,
        "also" | "still" | "even" | "soon" | "yet" | "now" | "well" | "further" | "eventually"
    ) || (low.len() > 4 && low.ends_with("ly") && w.is_word(k))
}

/// The token after `k` with adverbs skipped.
fn past_adverbs(w: &Words, mut k: usize) -> usize {
    for _ in 0..2 {
        if k < w.len() && is_adverb(w, k) {
            k += 1;
        }
    }
    k
}

/// A modal followed by a verb that says what did or does happen, not what may: "may have
/// died" (an estimate of the past), "could not be reached", "could be heard", and an
/// estimate of a state now: "as many as 40 people may still be trapped", "dozens could be
/// buried under the rubble".
fn states_fact(w: &Words, modal: usize) -> bool {
    let v = past_adverbs(w, modal + 1);
    let still = (modal + 1..v).any(|k| w.low(k) == "still");
    match w.low(v) {
        "have" | "not" | "n't" | "never" => true,
        "be" => {
            still
                || matches!(
                    w.low(v + 1),
                    "seen"
                        | "heard"
                        | "felt"
                        | "spotted"
                        | "observed"
                        | "trapped"
                        | "buried"
                        | "missing"
                        | "stranded"
                        | "unaccounted"
                        | "aboard"
                        | "inside"
                )
        }
        _ => false,
    }
}

/// "if" or "unless" opening a condition; not "if confirmed", "if any", nor the "if" of
/// "unclear if" (whether).
fn conditional_if(w: &Words, k: usize) -> bool {
    if !matches!(w.low(k), "if" | "unless") {
        return false;
    }
    let next = w.low(k + 1);
    if matches!(
        next,
        "true" | "so" | "any" | "necessary" | "possible" | "needed" | "ever" | "not" | "anything"
    ) || (next.len() > 4 && next.ends_with("ed"))
    {
        return false;
    }
    let before = if k == 0 { "" } else { w.low(k - 1) };
    !matches!(
        before,
        "unclear"
            | "clear"
            | "know"
            | "known"
            | "knows"
            | "see"
            | "ask"
            | "asked"
            | "asking"
            | "wonder"
            | "wondered"
            | "determine"
            | "decide"
            | "check"
            | "sure"
            | "tell"
            | "establish"
            | "whether"
    )
}

/// "if there was just one cable down …": the figure stands in a condition.
fn in_condition(w: &Words, start: usize, first: usize) -> bool {
    (start..first).any(|k| conditional_if(w, k))
}

/// "A magnitude 6 quake can cause severe damage", "a 7.0 quake would flatten the city": a
/// singular noun phrase with an indefinite article and a number, whose verb is a modal, speaks
/// of any such thing; every figure from it to the clause's end is generic. "An estimated 500
/// people may have died" is no such phrase (a plural head).
fn generic_subject(w: &Words, start: usize, first: usize) -> bool {
    let lex = lexicon();
    for i in start..=first {
        if !matches!(w.low(i), "a" | "an") {
            continue;
        }
        let mut saw_number = false;
        for k in i + 1..(i + 8).min(w.len()) {
            let low = w.low(k);
            if w.is_number(k) || lex.number_words.contains_key(low) {
                saw_number = true;
            } else if modal_at(w, k) {
                let head = w.low(k - 1);
                let plural = head.ends_with('s') || lex.people.contains(head);
                if saw_number && !plural && !states_fact(w, k) {
                    return true;
                }
                break;
            } else if !(w.is_dash(k) || (w.is_word(k) && !lex.stopwords.contains(low))) {
                break;
            }
        }
    }
    false
}

/// "Up to 1,000 people could die", "thousands may be displaced": a count followed by a
/// predicting modal.
fn predicted_subject(w: &Words, last: usize) -> bool {
    let m = past_adverbs(w, last + 1);
    m < w.len() && is_predicting_modal(w.low(m)) && modal_at(w, m) && !states_fact(w, m)
}

/// "the quake could kill thousands", "the toll could reach as many as 200": the figure is
/// what a predicting modal's verb (not "be" or "have") would bring about.
fn predicted_object(w: &Words, start: usize, first: usize) -> bool {
    let from = first.saturating_sub(NEAR + 3).max(start);
    (from..first).rev().any(|m| {
        if !is_predicting_modal(w.low(m)) || !modal_at(w, m) || states_fact(w, m) {
            return false;
        }
        let v = past_adverbs(w, m + 1);
        v < first && w.is_word(v) && !estimates(w.low(v)) && first - v <= NEAR
    })
}

/// Verbs after a predicting modal that estimate a figure rather than foretell it: "the toll
/// could be as high as 50", "the repairs could cost as much as £400 million" (what a thing
/// costs is told as an estimate before the bill comes).
fn estimates(verb: &str) -> bool {
    matches!(verb, "be" | "cost")
}

/// "If aid does not arrive, hundreds more could die": a modal beside the figure in a sentence
/// that states a condition.
fn consequence(w: &Words, start: usize, end: usize, first: usize, last: usize) -> bool {
    let near_modal = (first.saturating_sub(NEAR).max(start)..=(last + NEAR).min(end)).any(|k| {
        matches!(w.low(k), "could" | "might" | "would" | "may")
            && modal_at(w, k)
            && !(k > first && k <= last)
    });
    near_modal && (0..w.len()).any(|k| conditional_if(w, k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// Whether the figure written `figure` in `s` is hypothetical.
    fn at(s: &str, figure: &str) -> bool {
        let w = Words::new(s, Span::new(0, s.len()));
        let start = s.find(figure).unwrap_or_else(|| panic!("{figure} in {s}"));
        let end = start + figure.len();
        let first = (0..w.len())
            .find(|&i| w.toks[i].span.start() >= start)
            .unwrap();
        let last = (0..w.len())
            .rev()
            .find(|&i| w.toks[i].span.end() <= end)
            .unwrap();
        hypothetical(&w, first, last)
    }

    proptest::proptest! {
        #[test]
        fn a_sentence_without_cues_supposes_nothing(
            picks in proptest::collection::vec(0usize..24, 0..40),
            first in 0usize..40,
            n in 0usize..6,
        ) {
            const VOCABULARY: [&str; 24] = [
                "A", "magnitude", "6", "quake", "can", "could", "May", "may", "if", "If",
                "unless", "people", "die", ",", ".", "up", "to", "1,000", "would", "have",
                "killed", "might", "must", "thousands",
            ];
            let s: Vec<&str> = picks.iter().map(|&k| VOCABULARY[k]).collect();
            let s = s.join(" ");
            let w = Words::new(&s, Span::new(0, s.len()));
            proptest::prop_assume!(!w.is_empty());
            let first = first.min(w.len() - 1);
            let last = (first + n).min(w.len() - 1);
            if hypothetical(&w, first, last) {
                proptest::prop_assert!(may_suppose(&w), "{}", s);
            }
        }
    }

    #[test]
    fn possibilities_are_hypothetical() {
        assert!(at(
            "A magnitude 6 quake can cause severe damage.",
            "6 quake"
        ));
        assert!(at(
            "A magnitude - 6. 0 quake can cause severe damage.",
            "6. 0 quake"
        ));
        assert!(at(
            "A 7.1-magnitude quake could kill thousands.",
            "thousands"
        ));
        assert!(at(
            "Up to 1,000 people could die, officials warned.",
            "Up to 1,000 people"
        ));
        assert!(at(
            "Officials warned the dam could displace 20,000 people.",
            "20,000 people"
        ));
        assert!(at(
            "If there was just one cable down we could have used the other two.",
            "one cable"
        ));
        assert!(at(
            "If it takes a $35,000 reward, it is money well spent.",
            "35,000 reward"
        ));
        assert!(at(
            "If aid does not arrive, hundreds more could die.",
            "hundreds"
        ));
        assert!(at(
            "Abdul-Rahman said the death toll could reach as many as 200.",
            "as many as 200"
        ));
    }

    #[test]
    fn facts_and_estimates_stay() {
        assert!(!at("A 6.1-magnitude quake struck Qeshm island.", "6.1"));
        assert!(!at(
            "The toll could be as high as 50, officials said.",
            "as high as 50"
        ));
        assert!(!at(
            "Officials said 12 people died and the toll may rise.",
            "12 people"
        ));
        assert!(!at(
            "The war has killed 300,000 people with some estimates suggesting 470000 may have died.",
            "470000"
        ));
        assert!(!at("An estimated 500 people may have died.", "500 people"));
        assert!(!at(
            "Eight air strikes could be heard throughout the day.",
            "Eight air strikes"
        ));
        assert!(!at("Four people could not be reached.", "Four people"));
        // An estimate of a state now, not a foretelling.
        assert!(!at(
            "As many as 40 people may still be trapped in the rubble.",
            "40 people"
        ));
        assert!(!at("Dozens could be buried under the rubble.", "Dozens"));
        assert!(at("Thousands may be displaced by the dam.", "Thousands"));
        assert!(!at(
            "Activists said the attack killed at least 213 people in what would if confirmed be the worst attack.",
            "213 people"
        ));
        assert!(!at(
            "It was unclear if the 12 dead were civilians.",
            "12 dead"
        ));
        assert!(!at("The stadium can hold 50,000 people.", "50,000 people"));
        assert!(!at(
            "Officials said the repairs could cost as much as £400 million.",
            "as much as £400 million"
        ));
        assert!(!at(
            "He said 3,000 troops would stay in Syria.",
            "3,000 troops"
        ));
        assert!(!at(
            "The march called for the 5th of May was attended by an approximate 200,000.",
            "an approximate 200,000"
        ));
    }
}
