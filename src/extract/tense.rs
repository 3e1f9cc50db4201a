//! Tense around a date expression: whether "Tuesday", "in November" or "Jan. 1" lies before
//! or after the publication date. The nearest tense word in the sentence decides (a modal
//! or future word such as "will", "to be", "deadline"; a past form such as "said", "met" or
//! any "-ed" word), the left side winning ties; a sentence with none takes the tense of the
//! sentence before it.

use crate::extract::date_words::{Tense, date_words};
use crate::extract::lexicon::lexicon;
use crate::extract::token::TokenKind;
use crate::extract::word_set::WordSet;
use crate::extract::words::{Words, is_possessive};
use crate::model::WEEKDAYS;
use std::sync::LazyLock;

/// How far (in tokens) a tense word may stand from the expression.
const REACH: usize = 10;

/// The words with a tense of their own or looking ahead only ("will", "said", "deadline"):
/// most words are none, and this tells so before two lookups.
static TENSE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let d = date_words();
    d.near_future
        .iter()
        .chain(d.tense.keys())
        .copied()
        .collect()
});

/// The words that place only the date right after them ("until", "since").
static NEAR_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let d = date_words();
    d.near_future.iter().chain(&d.near_past).copied().collect()
});

/// The tense a single token signals, if any.
pub fn token_tense(w: &Words, i: usize) -> Option<Tense> {
    if !w.is_word(i) {
        return None;
    }
    let d = date_words();
    let low = w.low(i);
    // "rose more than expected", "higher than forecast", "as predicted": an expectation
    // before the fact looks ahead of nothing, nor tells a past.
    if d.expectations.contains(low) && i >= 1 && matches!(w.low(i - 1), "than" | "as") {
        return None;
    }
    // "The Bank, which cut rates in August", "the storm that hit the coast in May": a verb
    // whose past is its base form, right after "which", "who" or "that", is past in news.
    if d.bare_pasts.contains(low) && i >= 1 && matches!(w.low(i - 1), "which" | "who" | "that") {
        return Some(Tense::Past);
    }
    // "agreed to cut output from January": a verb after "to" looks ahead. The verb tells
    // it, not the "to" ("agreed at the weekend to slash spending": the nearer "agreed" on
    // the left dates the weekend).
    if d.infinitives.contains(low) && i >= 1 && w.low(i - 1) == "to" && !w.capitalized(i) {
        return Some(Tense::Future);
    }
    // "Schools reopen on Monday", "Voters go to the polls on Sunday": a plural present of a
    // schedule looks ahead, unless an auxiliary stands before it ("did not reopen").
    if d.schedule.contains(low) && !(i >= 1 && w.capitalized(i)) && !after_auxiliary(w, i) {
        return Some(Tense::Future);
    }
    if TENSE_WORDS.contains(low) {
        if d.near_future.contains(low) {
            return None;
        }
        // "The Fed meets": a capitalized word inside a sentence is a name ("Fed", "Rose",
        // "Will"), no verb.
        if i >= 1 && w.capitalized(i) && w.is_word(i - 1) {
            return None;
        }
        // "heads of state, meeting on Wednesday": a noun, not "heads to".
        if low == "heads" && w.low(i + 1) == "of" {
            return None;
        }
        // "filed their tax returns on Monday": a noun, no schedule.
        if low == "returns"
            && i >= 1
            && matches!(
                w.low(i - 1),
                "tax" | "the" | "their" | "its" | "his" | "her" | "annual" | "investment"
            )
        {
            return None;
        }
        // "had canceled 40 percent of its schedule on Monday", "unveiled its plans on
        // Monday": a noun after a determiner or a possessive, no schedule ahead.
        if d.nouns.contains(low) && i >= 1 && determines(w, i - 1) {
            return None;
        }
        // "derailed next to the river on Wednesday": "next to" is a preposition, no time
        // ahead.
        if low == "next" && w.low(i + 1) == "to" {
            return None;
        }
        // "will take effect on January 1 and last for six months": the verb "last", not
        // "last week".
        if low == "last" && matches!(w.low(i + 1), "for" | "until" | "through" | "till") {
            return None;
        }
        if let Some(t) = d.tense.get(low) {
            // "will set out its budget in February": a past form after a modal is the base
            // form, whose tense the modal tells.
            let prev = if i >= 1 { w.low(i - 1) } else { "" };
            if *t == Tense::Past
                && matches!(
                    prev,
                    "will" | "would" | "shall" | "can" | "could" | "may" | "might" | "must"
                )
            {
                return None;
            }
            // "The regulator forecast in May that …": "forecast" after its subject is the
            // past of the verb; only "is forecast", "was forecast" look ahead.
            if low == "forecast"
                && !matches!(
                    prev,
                    "is" | "are" | "was" | "were" | "be" | "been" | "being"
                )
            {
                return Some(Tense::Past);
            }
            // "had passed a scheduled maintenance check in April": a participle between a
            // determiner and a noun describes the noun and tells no time.
            if *t == Tense::Future
                && low.ends_with("ed")
                && describes_a_noun(w, i)
                && !matches!(w.low(i + 1), "to" | "in" | "on" | "for" | "by" | "at")
            {
                return None;
            }
            // "is set for July 12", "are held on Fridays": an irregular participle after a
            // present "be" is no past.
            let present_passive =
                *t == Tense::Past && i >= 1 && matches!(w.low(i - 1), "is" | "are" | "am" | "be");
            if present_passive {
                return None;
            }
            // "had been postponed as of Thursday evening", "had been due to end on Sunday
            // night": a past perfect before a word that looks ahead tells of what stood by
            // then.
            let past_perfect = *t == Tense::Future
                && i >= 1
                && ((w.low(i - 1) == "had" && low.ends_with("ed"))
                    || (i >= 2 && w.low(i - 1) == "been" && w.low(i - 2) == "had"));
            if past_perfect {
                return Some(Tense::Past);
            }
            return Some(*t);
        }
    }
    // "The new rules take effect on Monday", "comes into force", "goes on sale": a schedule
    // told in the present looks ahead.
    if matches!(
        (low, w.low(i + 1)),
        ("takes", "effect") | ("comes", "into") | ("goes", "on")
    ) {
        return Some(Tense::Future);
    }
    if low.ends_with("'ll") || low.ends_with("’ll") {
        return Some(Tense::Future);
    }
    // "could follow in July", "might be held in May": a possibility ahead, not a past ability
    // ("could not walk", "could reach the city").
    if matches!(low, "could" | "might")
        && matches!(
            w.low(i + 1),
            "follow"
                | "be"
                | "come"
                | "begin"
                | "start"
                | "resume"
                | "happen"
                | "take"
                | "cut"
                | "raise"
                | "rise"
                | "fall"
        )
    {
        return Some(Tense::Future);
    }
    // "was prepared to nominate directors at the annual meeting in May", "ready to strike":
    // a readiness to act looks ahead.
    if matches!(low, "prepared" | "ready" | "willing" | "poised") && w.low(i + 1) == "to" {
        return Some(Tense::Future);
    }
    // "said power should be back by Friday", "must be published by Wednesday": what should
    // or must be is ahead, even after a verb of saying; "should have" looks back.
    if matches!(low, "should" | "must") && w.low(i + 1) != "have" {
        return Some(Tense::Future);
    }
    // "to be held", "to meet": an infinitive after "to" looks ahead.
    if low == "to"
        && w.is_word(i + 1)
        && !w.capitalized(i + 1)
        && matches!(
            w.low(i + 1),
            "be" | "hold" | "meet" | "begin" | "start" | "take" | "visit"
        )
    {
        return Some(Tense::Future);
    }
    // A participle after "be" or "is" ("to be published", "is expected") takes its tense
    // from the auxiliary, not from its "-ed"; the word before is read only for an "-ed" word.
    // "to be fully restored": an adverb may stand between.
    let auxiliary = |k: usize| {
        matches!(
            w.low(k),
            "be" | "been"
                | "being"
                | "is"
                | "are"
                | "am"
                | "get"
                | "gets"
                | "remain"
                | "remains"
                | "stay"
                | "stays"
        )
    };
    let passive = || {
        i >= 1
            && (auxiliary(i - 1)
                || i >= 2
                    && w.low(i - 1).len() > 3
                    && w.low(i - 1).ends_with("ly")
                    && auxiliary(i - 2))
    };
    // "will expire on April 7 unless extended", "once approved": a participle right after
    // a conjunction is a condition, no past.
    let condition = || i >= 1 && matches!(w.low(i - 1), "unless" | "if" | "once" | "until");
    if low.len() >= 5
        && low.ends_with("ed")
        && !d.neutral.contains(low)
        && !condition()
        && !w.capitalized(i)
        && !passive()
        && !describes_a_noun(w, i)
    {
        return Some(Tense::Past);
    }
    None
}

/// Whether a word or an auxiliary stands right before the plural present at `i` that makes
/// it no schedule: "did not reopen", "could resume", "let go", "a go" (a noun).
fn after_auxiliary(w: &Words, i: usize) -> bool {
    i >= 1
        && matches!(
            w.low(i - 1),
            "did"
                | "didn't"
                | "didn’t"
                | "n't"
                | "not"
                | "never"
                | "could"
                | "would"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "let"
                | "lets"
                | "do"
                | "does"
                | "to"
                | "a"
                | "an"
                | "the"
        )
}

/// Determiners a noun follows, which both a noun of planning ("its schedule") and a
/// participle describing a noun ("the damaged units") stand after.
const DETERMINERS: [&str; 10] = [
    "a", "an", "the", "its", "their", "his", "her", "our", "these", "those",
];

/// Whether the word at `k` is a determiner or a possessive that a noun follows ("its",
/// "the", "JetBlue's").
fn determines(w: &Words, k: usize) -> bool {
    let low = w.low(k);
    DETERMINERS.contains(&low)
        || matches!(low, "my" | "your" | "this" | "that" | "new")
        || is_possessive(w.raw(k))
}

/// Whether the participle at `i` describes a noun: "a revised budget", "the damaged units"
/// (between a determiner and a word), "more detailed results" (after a comparison). It
/// tells no time.
fn describes_a_noun(w: &Words, i: usize) -> bool {
    i >= 1
        && w.is_word(i + 1)
        && (DETERMINERS.contains(&w.low(i - 1))
            || matches!(w.low(i - 1), "more" | "most" | "less" | "least"))
}

/// Past verbs of intending, after which a verb after "to" is still ahead ("hoped to publish
/// its findings in July", "planned to reopen in May").
const INTENDING: [&str; 9] = [
    "hoped", "planned", "aimed", "intended", "wanted", "promised", "pledged", "vowed", "expected",
];

/// Verbs in the past of a stretch that lasted: before "until", the date lies before too.
const LASTED_PAST: [&str; 9] = [
    "lasted",
    "stayed",
    "remained",
    "continued",
    "waited",
    "persisted",
    "lingered",
    "ran",
    "went",
];

/// The tense that places an expression spanning tokens `first..=last`.
pub fn tense_at(w: &Words, first: usize, last: usize) -> Option<Tense> {
    // "a deadline of Jan. 1", "until March", "by Friday": words that look ahead only for the
    // date right after them.
    let d = date_words();
    // "since Sept. 30": a date right after "since" lies before.
    for k in 1..=3 {
        if let Some(i) = first.checked_sub(k)
            && NEAR_WORDS.contains(w.low(i))
        {
            if d.near_future.contains(w.low(i)) {
                // "They stayed until Monday", "remained closed until Friday": a stretch that
                // lasted up to the date lies before.
                if (1..=2).any(|j| i >= j && LASTED_PAST.contains(&w.low(i - j))) {
                    return Some(Tense::Past);
                }
                // "The ship was not released until late September": what did not happen in
                // the past until the date lies before too.
                let word = |j: usize| i.checked_sub(j).map_or("", |k| w.low(k));
                let negated = (1..=3).any(|j| matches!(word(j), "not" | "never" | "n't"));
                let past = (1..=4).any(|j| {
                    matches!(
                        word(j),
                        "was" | "were" | "did" | "had" | "wasn't" | "weren't" | "didn't" | "hadn't"
                    )
                });
                if negated && past {
                    return Some(Tense::Past);
                }
                return Some(Tense::Future);
            }
            if d.near_past.contains(w.low(i)) {
                return Some(Tense::Past);
            }
        }
    }
    // "canceled summer school through Friday": like "until", a weekday right after
    // "through" ends a stretch that runs ahead to the coming one, unless the stretch lasted
    // ("remained closed through Friday").
    if first >= 1
        && w.low(first - 1) == "through"
        && WEEKDAYS.contains(&w.low(first))
        && !(2..=3).any(|j| first >= j && LASTED_PAST.contains(&w.low(first - j)))
    {
        return Some(Tense::Future);
    }
    // "The match is on Saturday", "The vote is Thursday": a present "is" right before a
    // weekday tells a schedule ahead ("The toll is 12 after the attack on Saturday" is not).
    if WEEKDAYS.contains(&w.low(first)) {
        let mut k = first;
        if k >= 1 && w.low(k - 1) == "on" {
            k -= 1;
        }
        if k >= 1 && matches!(w.low(k - 1), "is" | "are") {
            return Some(Tense::Future);
        }
    }
    // "postponed to no earlier than June 11", "not before March": the earliest a thing still
    // to come may happen.
    if first >= 3
        && matches!(
            (w.low(first - 3), w.low(first - 2), w.low(first - 1)),
            ("no", "earlier" | "sooner", "than")
        )
        || (first >= 2 && w.low(first - 2) == "not" && w.low(first - 1) == "before")
    {
        return Some(Tense::Future);
    }
    // "The launch was postponed on June 9": the day it was put off, which "on" tells from
    // the day it was put off to ("postponed to June 19", "postponed until June").
    if first >= 2 && w.low(first - 1) == "on" && w.low(first - 2) == "postponed" {
        return Some(Tense::Past);
    }
    // "called a general strike for Monday": a weekday right after "for" is one set ahead.
    // Not a day's happening in the possessive ("jailed for Monday's attack"), nor a day of
    // the calendar, which may be set in the past ("They set the talks for July 12").
    // Nor a day a past perfect set ("had been planned for Thursday"), which has come.
    let past_perfect = |k: usize| {
        k >= 2 && (w.low(k - 1) == "had" || (w.low(k - 1) == "been" && w.low(k - 2) == "had"))
    };
    if first >= 1
        && w.low(first - 1) == "for"
        && WEEKDAYS.contains(&w.low(first))
        && !is_possessive(w.raw(last))
        && !(first >= 2 && past_perfect(first - 2))
    {
        return Some(Tense::Future);
    }
    // "Sources said May 17 is the most likely date": a date right after a verb of saying
    // that a verb follows is the subject of what is said, not the day of the saying; what
    // it is, is told by that verb ("is" of a day to come, "was" of one gone).
    if first >= 1 && d.reporting.contains(w.low(first - 1)) {
        match w.low(last + 1) {
            "is" | "remains" | "looks" | "seems" | "will" | "would" => {
                return Some(Tense::Future);
            }
            "was" => return Some(Tense::Past),
            _ => {}
        }
    }
    // "Lawmakers voted to raise the debt ceiling in July": after a past verb, a verb after
    // "to" tells what was decided, and "in July" dates the decision; only a date it runs
    // from or by ("agreed to cut output from January") is its own, ahead.
    let starts_a_term = first >= 1
        && matches!(
            w.low(first - 1),
            "from" | "by" | "starting" | "beginning" | "effective" | "until"
        );
    // "The HSE said it hoped to publish its findings in July": a hope or a plan is of what
    // is still to come, whenever it was had.
    let decided_in_the_past = |i: usize| {
        !starts_a_term
            && d.infinitives.contains(w.low(i))
            && i >= 2
            && w.low(i - 1) == "to"
            && token_tense(w, i - 2) == Some(Tense::Past)
            && !INTENDING.contains(&w.low(i - 2))
    };
    // Reporting verbs ("said", "told") date the saying, not what is said, unless they stand
    // right beside the expression ("the State Department said Friday").
    let usable = |i: usize, k: usize| {
        token_tense(w, i)
            .filter(|_| k <= 2 || !d.reporting.contains(w.low(i)))
            .filter(|_| !decided_in_the_past(i))
    };
    // "The emergency declared on Thursday will remain in force": the verb the date's "on"
    // or "in" hangs from places it before any word on the other side.
    if first >= 2
        && matches!(w.low(first - 1), "on" | "in")
        && let Some(t) = usable(first - 2, 2)
    {
        return Some(t);
    }
    // Within the clause first: commas, quotes, dashes and brackets end it.
    let (mut left_open, mut right_open) = (true, true);
    // A tense word on the right that belongs to another verb than the date's: kept only
    // if nothing nearer the date's own verb tells a tense.
    let mut weak_right = false;
    let mut fallback = None;
    for k in 1..=REACH {
        if left_open && let Some(i) = first.checked_sub(k) {
            if boundary(w, i) {
                left_open = false;
            } else if warns_of(w, i) {
                // "warned of another round of severe weather on Thursday": the date is the
                // weather's, which lies ahead.
                return Some(Tense::Future);
            } else if let Some(t) = usable(i, k) {
                if t == Tense::Past && after_a_future_main_clause(w, i) {
                    return Some(Tense::Future);
                }
                return Some(t);
            }
        }
        if right_open && last + k < w.len() {
            let j = last + k;
            // "said during a debate on March 3 that the plan would bankrupt the country":
            // "that" opens what is said, whose tense is not the date's; "whether" what is
            // asked ("had asked on Sunday afternoon whether people should leave").
            if boundary(w, j) || matches!(w.low(j), "that" | "whether") {
                right_open = false;
            } else {
                // "would reach 10 per cent on July 9 if it received no rain": a condition
                // has a past of its own; "would fly passengers on Tuesday and offered hotel
                // rooms": a second verb; "from March 15 under rules the city has faced": a
                // present perfect, which takes no day, is another clause's.
                if matches!(w.low(j), "if" | "unless" | "and" | "but" | "or") {
                    weak_right = true;
                }
                let perfect = j >= 1 && matches!(w.low(j - 1), "has" | "have");
                // "voted on Tuesday night to scrap the scheme": a verb after "to" on the right
                // tells what was decided; the date is the deciding verb's, on the left.
                let infinitive = j >= 1 && w.low(j - 1) == "to" && d.infinitives.contains(w.low(j));
                if let Some(t) = usable(j, k) {
                    if !(weak_right || perfect || infinitive) {
                        return Some(t);
                    }
                    fallback = fallback.or(Some(t));
                }
            }
        }
    }
    fallback
        .or_else(|| continued_clause_tense(w, first))
        .or_else(|| deadline_month(w, first))
}

/// Words that open a phrase continuing the clause before a comma ("said it would slash
/// output, beginning in January").
const CONTINUING: [&str; 6] = [
    "beginning",
    "starting",
    "from",
    "effective",
    "commencing",
    "running",
];

/// The tense of the clause before a comma that a phrase holding the date at `first`
/// continues ("would slash output, beginning in January"): the nearer clause's, not the
/// sentence's first tense word ("said").
fn continued_clause_tense(w: &Words, first: usize) -> Option<Tense> {
    let comma = (1..=4)
        .filter_map(|k| first.checked_sub(k))
        .find(|&j| boundary(w, j))?;
    if w.raw(comma) != "," || !CONTINUING.contains(&w.low(comma + 1)) {
        return None;
    }
    (1..=REACH)
        .filter_map(|k| comma.checked_sub(k))
        .take_while(|&j| !boundary(w, j))
        .find_map(|j| token_tense(w, j).filter(|_| !date_words().reporting.contains(w.low(j))))
}

/// "a 60 per cent chance on a cut by December": a month right after "by", in a clause with
/// no tense of its own, is a deadline ahead. Not a "By June," that opens a sentence or
/// clause ("By June, the Japanese had conquered Henan"): a narrative's time so far.
fn deadline_month(w: &Words, first: usize) -> Option<Tense> {
    let by = first.checked_sub(1).filter(|&b| w.low(b) == "by")?;
    let opens = by == 0 || boundary(w, by - 1);
    // "By June 10, Polish armies were in retreat": the day's number, then the comma.
    let after = first + 1 + usize::from(w.is_number(first + 1));
    let set_off = after < w.len() && boundary(w, after);
    (!opens && !set_off && lexicon().months.contains_key(w.low(first))).then_some(Tense::Future)
}

/// Whether token `i` is the "of" or "about" of a warning ("warned of", "warnings about"):
/// what is warned of lies ahead.
fn warns_of(w: &Words, i: usize) -> bool {
    i >= 1 && matches!(w.low(i), "of" | "about") && date_words().warnings.contains(w.low(i - 1))
}

/// Whether a past form at `i` is in a clause after "once", "after" or "when" that follows a
/// main clause looking ahead ("will confirm the rating once they finished their work on
/// Monday"): the clause happens after the main one, no past.
fn after_a_future_main_clause(w: &Words, i: usize) -> bool {
    let Some(conj) = (1..=4)
        .filter_map(|k| i.checked_sub(k))
        .take_while(|&j| !boundary(w, j))
        .find(|&j| matches!(w.low(j), "once" | "after" | "when" | "before" | "until"))
    else {
        return false;
    };
    (1..=REACH)
        .filter_map(|k| conj.checked_sub(k))
        .take_while(|&j| !boundary(w, j))
        .any(|j| token_tense(w, j) == Some(Tense::Future))
}

/// Punctuation that ends a clause.
fn boundary(w: &Words, i: usize) -> bool {
    w.kind(i) == Some(TokenKind::Punct)
        && matches!(
            w.raw(i),
            "," | ";" | ":" | "\"" | "“" | "”" | "(" | ")" | "—" | "–"
        )
}

/// The first tense word of the sentence: what a following sentence with none inherits.
/// Words of date expressions ("a week ago", "last month", "next year") are left out: they
/// tell of their own date, not of the sentence's others. So are words quoted: in '"We will
/// help," she said during a visit on Sunday' the speaker's "will" is no tense of the visit.
pub fn sentence_tense(w: &Words) -> Option<Tense> {
    let mut quoted = starts_quoted(w);
    (0..w.len()).find_map(|i| {
        if w.kind(i) == Some(TokenKind::Punct) {
            match w.raw(i) {
                "“" => quoted = true,
                "”" => quoted = false,
                "\"" => quoted = !quoted,
                _ => {}
            }
            return None;
        }
        if quoted {
            return None;
        }
        token_tense(w, i).filter(|_| !DATE_TENSE_WORDS.contains(&w.low(i)))
    })
}

/// Whether a sentence starts inside a quotation the sentence before opened ('We will not
/// pay," she told reporters on Wednesday.' after '"The plan remains.'): its first curly
/// quotation mark closes one, or it holds an odd number of straight ones.
fn starts_quoted(w: &Words) -> bool {
    let mut straight = 0;
    for i in 0..w.len() {
        if w.kind(i) != Some(TokenKind::Punct) {
            continue;
        }
        match w.raw(i) {
            "“" => return false,
            "”" => return true,
            "\"" => straight += 1,
            _ => {}
        }
    }
    straight % 2 == 1
}

/// Words with a tense that belong to a date expression of their own.
const DATE_TENSE_WORDS: [&str; 9] = [
    "ago",
    "yesterday",
    "last",
    "earlier",
    "previously",
    "next",
    "tomorrow",
    "upcoming",
    "coming",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn at(s: &str, word: &str) -> Option<Tense> {
        let w = Words::new(s, Span::new(0, s.len()));
        let i = (0..w.len()).find(|&i| w.raw(i) == word).unwrap();
        tense_at(&w, i, i)
    }

    #[test]
    fn the_word_tests_keep_every_word_with_a_tense() {
        let d = date_words();
        for word in d.tense.keys().chain(&d.near_future) {
            assert!(TENSE_WORDS.contains(word), "{word}");
        }
        for word in d.near_future.iter().chain(&d.near_past) {
            assert!(NEAR_WORDS.contains(word), "{word}");
        }
        assert!(!TENSE_WORDS.contains("village"));
    }

    #[test]
    fn until_a_day_lies_ahead_unless_a_stretch_lasted_up_to_it() {
        assert_eq!(
            at("The ban stays in force until Friday.", "Friday"),
            Some(Tense::Future)
        );
        for s in [
            "They stayed until Monday.",
            "The road remained closed until Monday.",
        ] {
            assert_eq!(at(s, "Monday"), Some(Tense::Past), "{s}");
        }
    }

    #[test]
    fn a_passive_participle_and_heads_of_state_have_no_past() {
        assert_eq!(
            at(
                "Service is expected to be fully restored by Thursday.",
                "Thursday"
            ),
            Some(Tense::Future)
        );
        assert_ne!(
            at(
                "The heads of state, meeting on Wednesday, condemned the coup.",
                "Wednesday"
            ),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_participle_describing_a_noun_or_after_remain_has_no_past() {
        assert_eq!(
            at(
                "Engineers were due to inspect the damaged units on Thursday.",
                "Thursday"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at(
                "He is due to present a revised budget on March 12.",
                "March"
            ),
            Some(Tense::Future)
        );
        // "set" after "to" is its base form, not its past.
        assert_eq!(
            at("The ECB is due to set interest rates on June 4.", "June"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("Schools will remain closed through Friday.", "Friday"),
            Some(Tense::Future)
        );
        // A participle that is a verb keeps its past.
        assert_eq!(
            at("Rebels damaged the units on Thursday.", "Thursday"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_schedule_in_the_present_and_through_a_weekday_look_ahead() {
        assert_eq!(
            at(
                "The bill returns to the Commons for its second reading on Wednesday.",
                "Wednesday"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The new law takes effect on Monday.", "Monday"),
            Some(Tense::Future)
        );
        assert_eq!(
            at(
                "Piñon Valley Unified canceled summer school through Friday.",
                "Friday"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at("Schools remained closed through Friday.", "Friday"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("They filed their tax returns on Monday.", "Monday"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_day_after_for_is_set_ahead() {
        assert_eq!(
            at("The union called a general strike for Monday", "Monday"),
            Some(Tense::Future)
        );
        assert_ne!(
            at("He was jailed for Monday's attack", "Monday's"),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_quoted_word_gives_the_sentence_no_tense() {
        let tense = |s: &str| sentence_tense(&Words::new(s, Span::new(0, s.len())));
        let s = "\"We will help,\" she said during a visit to Nysa on Sunday.";
        assert_eq!(tense(s), Some(Tense::Past));
        let s = "“We will help,” she said during a visit to Nysa on Sunday.";
        assert_eq!(tense(s), Some(Tense::Past));
        assert_eq!(
            tense("The ministers will meet on Sunday."),
            Some(Tense::Future)
        );
        assert_eq!(
            at(
                "Procedures had been postponed as of Thursday evening.",
                "Thursday"
            ),
            Some(Tense::Past)
        );
        assert_eq!(
            at("The vote was postponed to Thursday.", "Thursday"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("Sources said Friday is the most likely day.", "Friday"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The ministry said Friday the road was closed.", "Friday"),
            Some(Tense::Past)
        );
        // The rest of a quotation the sentence before opened.
        let s = "We will not pay,\" she told reporters on Wednesday.";
        assert_eq!(tense(s), Some(Tense::Past));
        let s = "We will not pay,” she told reporters on Wednesday.";
        assert_eq!(tense(s), Some(Tense::Past));
    }

    #[test]
    fn the_verb_a_date_hangs_from_places_it() {
        let s = "The emergency declared on Thursday will remain in force for three months";
        assert_eq!(at(s, "Thursday"), Some(Tense::Past));
        let s = "The talks will be held on Thursday after a year of feuding";
        assert_eq!(at(s, "Thursday"), Some(Tense::Future));
    }

    #[test]
    fn what_is_said_after_that_does_not_place_the_day_of_the_saying() {
        let s =
            "Brannigan said during a debate on March 3 that the plan would bankrupt the country";
        assert_ne!(at(s, "March"), Some(Tense::Future));
        assert_eq!(
            at(
                "The talks will open on March 3 so that both sides can meet",
                "March"
            ),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_possibility_ahead_is_future_and_a_past_ability_is_not() {
        assert_eq!(
            at(
                "A further strike could follow in July if no agreement is reached",
                "July"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The vote might be held in May", "May"),
            Some(Tense::Future)
        );
        assert_ne!(at("He could not walk in July", "July"), Some(Tense::Future));
    }

    #[test]
    fn the_day_a_plan_was_put_off_is_past_and_the_day_it_was_put_off_to_ahead() {
        assert_eq!(
            at("The launch was postponed on June 9.", "June"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("The launch was postponed to June 19.", "June"),
            Some(Tense::Future)
        );
        // The earliest day of what is still to come.
        assert_eq!(
            at(
                "The launch was postponed to no earlier than June 11, the agency said.",
                "June"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The agency said it would not fly before March.", "March"),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_schedule_told_in_the_present_looks_ahead() {
        assert_eq!(
            at("The trial begins on Monday.", "Monday"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The summit opens Thursday.", "Thursday"),
            Some(Tense::Future)
        );
        // The past of the same verbs is past.
        assert_eq!(
            at("The trial began on Monday.", "Monday"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn what_had_been_due_is_past() {
        assert_eq!(
            at(
                "The festival, which began on Friday, had been due to end on Sunday night.",
                "Sunday"
            ),
            Some(Tense::Past)
        );
        assert_eq!(
            at("The festival is due to end on Sunday night.", "Sunday"),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_day_a_past_perfect_set_has_come() {
        assert_eq!(
            at(
                "Fraport said about 1,300 take-offs and landings had been planned for Thursday overall.",
                "Thursday"
            ),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_readiness_to_act_looks_ahead() {
        let s = "Meridian said it was prepared to nominate directors at the annual meeting in May if necessary.";
        assert_eq!(at(s, "May"), Some(Tense::Future));
        assert_eq!(
            at("The food was prepared in May.", "May"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn what_should_be_lies_ahead_even_after_a_saying() {
        assert_eq!(
            at(
                "The operator said power should be back by Friday.",
                "Friday"
            ),
            Some(Tense::Future)
        );
        assert_ne!(
            at("He said power should have been back by Friday.", "Friday"),
            Some(Tense::Future)
        );
        // What is asked after "whether" is not the time of the asking.
        assert_eq!(
            at(
                "He said he had asked the authority on Sunday afternoon whether people should leave.",
                "Sunday"
            ),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_term_that_expires_runs_out_ahead() {
        assert_eq!(
            at("The offer expires on April 7, Meridian said.", "April"),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The offer expired on April 7, Meridian said.", "April"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_participle_of_a_condition_is_no_past() {
        assert_eq!(
            at(
                "The offer will lapse soon after midnight unless extended.",
                "midnight"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The offer expired on April 7 and was extended.", "April"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn next_to_is_a_place_not_a_time_ahead() {
        assert_eq!(
            at(
                "A train derailed next to the river on Wednesday.",
                "Wednesday"
            ),
            Some(Tense::Past)
        );
        assert_eq!(
            at(
                "The plant next to the river will close on Wednesday.",
                "Wednesday"
            ),
            Some(Tense::Future)
        );
    }

    #[test]
    fn another_clause_on_the_right_does_not_outweigh_the_dates_verb() {
        for (s, day) in [
            (
                "Households will be limited to 90 litres a day from March 15 under rules the city has faced.",
                "15",
            ),
            (
                "Storage would reach 10 per cent on July 9 if it received no rain.",
                "9",
            ),
            (
                "The airline said it would fly passengers to Boston on Tuesday and offered hotel rooms.",
                "Tuesday",
            ),
        ] {
            assert_eq!(at(s, day), Some(Tense::Future), "{s}");
        }
        // With nothing on the left, the second verb still tells.
        assert_eq!(
            at("Crews on Tuesday and rescued two people.", "Tuesday"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_participle_describing_a_noun_is_no_schedule() {
        assert_eq!(
            at(
                "The airline said the jet had passed a scheduled maintenance check in April.",
                "April"
            ),
            Some(Tense::Past)
        );
        assert_eq!(
            at(
                "The office will publish more detailed results in September.",
                "September"
            ),
            Some(Tense::Future)
        );
    }

    #[test]
    fn a_clause_after_a_main_clause_ahead_and_a_warning_of_look_ahead() {
        assert_eq!(
            at(
                "Survey teams will confirm the rating once they finished their work on Monday.",
                "Monday"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at(
                "Forecasters warned of another round of severe weather on Thursday.",
                "Thursday"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at("The team finished its work on Monday.", "Monday"),
            Some(Tense::Past)
        );
    }

    #[test]
    fn nearest_tense_word_decides() {
        assert_eq!(
            at("the State Department said Friday", "Friday"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("Kerry said the group would meet on Friday", "Friday"),
            Some(Tense::Future)
        );
        assert_eq!(
            at(
                "talks in November set a deadline of Jan. 1 for dialog",
                "Jan"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            at("bombing targets in Syria since Sept. 30", "Sept"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("Putin agreed on Tuesday to press ahead", "Tuesday"),
            Some(Tense::Past)
        );
        assert_eq!(at("The visit on Tuesday comes as", "Tuesday"), None);
        // "last" as a verb says nothing of the past.
        assert_eq!(
            at(
                "The cut will take effect on January 1 and last for six months",
                "January"
            ),
            Some(Tense::Future)
        );
    }
}
