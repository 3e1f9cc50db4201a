//! What happens on a date: the happening a date claim belongs to ("the Dec. 18 New York
//! talks", "a meeting in New York on Friday", "the deadline") and the names around it
//! (places, people) that tell one meeting from another.

use crate::extract::date_words::date_words;
use crate::extract::entity;
use crate::extract::happening_other_use;
use crate::extract::happening_subject;
use crate::extract::happening_word;
use crate::extract::happening_word::{class_at, happening_class};
use crate::extract::lexicon::lexicon;
use crate::extract::token::TokenKind;
use crate::extract::words::{Words, is_possessive};
use crate::model::Span;

/// The happening a date belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Happening {
    /// The class of the happening (`meeting`, `visit`, `deadline`, …).
    pub class: &'static str,
    /// The word that named it, lowercase ("talks").
    pub word: String,
    /// Capitalized names in the same clause ("New York", "Putin"), in text order.
    pub names: Vec<String>,
    /// Whether "also" tells it apart from the story's own ("26 civilians were also killed
    /// yesterday", "a bus was also hit on Wednesday"): incident reports add other incidents so.
    pub also: bool,
}

/// Tokens that end a clause when looking for a date's happening.
fn clause_break(w: &Words, i: usize) -> bool {
    // Each is one mark: words and numbers are passed over without reading their text.
    w.kind(i) == Some(TokenKind::Punct)
        && matches!(w.raw(i), ";" | ":" | "(" | ")" | "—" | "\"" | "“" | "”")
}

/// Most tokens of an aside between two dashes that a scan for a date's happening steps over.
const MOST_ASIDE_TOKENS: usize = 10;

/// When token `close` is a dash that closes an aside ("— more than 33 square miles —"), the
/// token of the dash that opens it: a few tokens before, with no other break between.
fn aside_opened_before(w: &Words, close: usize) -> Option<usize> {
    if !(clause_break(w, close) && w.raw(close) == "—") {
        return None;
    }
    (close.saturating_sub(MOST_ASIDE_TOKENS + 1)..close)
        .rev()
        .find(|&k| clause_break(w, k))
        .filter(|&k| w.raw(k) == "—" && k + 1 < close)
}

/// The happening nearest to the date at `span` within its clause, preferring nouns and verbs
/// before the date ("talks in New York on Friday") over those after it, and the names near it.
pub fn happening(w: &Words, span: Span) -> Option<Happening> {
    let (first, last) = w.tokens_of(span);
    if first == w.toks.len() {
        return None;
    }
    // "warned of more landslides until Jan. 20", "a ban until Friday": the date ends a
    // stretch of time, and dates no happening of its clause.
    if ends_a_stretch(w, first) || in_opening_count(w, first) {
        return None;
    }
    // "Officials said the report was expected by Friday": a day something is expected by
    // is a deadline, not the day of the saying around it.
    if let Some(k) = expected_by(w, first) {
        return Some(Happening {
            class: "deadline",
            word: w.low(k).to_string(),
            names: names_near(w, k, last),
            also: false,
        });
    }
    // "The death toll from Thursday's explosion rose to four": a day in the possessive dates
    // the happening it owns, whatever the sentence goes on to tell.
    if is_possessive(w.raw(last))
        && let Some(class) = happening_class(w.low(last + 1))
    {
        return Some(Happening {
            class,
            word: w.low(last + 1).to_string(),
            names: names_near(w, first, last + 1),
            also: false,
        });
    }
    // "The toll … rose to 19 on Tuesday": the day a count was revised is the day of a report,
    // not of what was counted (the sinking a day before).
    if let Some(verb) = revised_count_before(w, first) {
        return Some(Happening {
            class: "announcement",
            word: w.low(verb).to_string(),
            names: names_near(w, verb, last),
            also: false,
        });
    }
    let (at, class) = nearest(w, first, last, true)?;
    // "No one had been arrested by Saturday morning": a denied happening has no date.
    if denied(w, at) || starts_what_an_infinitive_tells(w, at, first) {
        return None;
    }
    // "The fire started late on Wednesday": the fire, not a start.
    let (at, class) = happening_subject::subject_of_phase(
        w,
        at,
        class,
        (first, last),
        is_determined(w, at),
        happening_class,
    )
    .unwrap_or((at, class));
    Some(Happening {
        class,
        word: happening_word::word_of(w, at).to_string(),
        names: names_near(w, first.min(at), last.max(at)),
        also: also_before(w, at),
    })
}

/// Whether the verb at `at` tells a happening denied to all ("No one had been arrested",
/// "nobody was killed", "none were injured"): its subject, past the auxiliaries, is "no
/// one", "nobody" or "none".
fn denied(w: &Words, at: usize) -> bool {
    let mut k = at;
    while k >= 1
        && matches!(
            w.low(k - 1),
            "had" | "has" | "have" | "been" | "was" | "were" | "is" | "are" | "be" | "yet" | "ever"
        )
    {
        k -= 1;
    }
    k < at
        && k >= 1
        && (matches!(w.low(k - 1), "nobody" | "none")
            || (k >= 2 && w.low(k - 1) == "one" && w.low(k - 2) == "no"))
}

/// Words right before a date that make it the start of a period ("from July 1", "starting
/// Monday", "effective March 3").
const PERIOD_OPENERS: [&str; 4] = ["from", "starting", "beginning", "effective"];

/// Whether the date at `first` follows "by" in a clause that looks ahead with "will", "must"
/// or "should" ("must be published by Wednesday").
fn a_deadline_ahead(w: &Words, first: usize) -> bool {
    first >= 2
        && w.low(first - 1) == "by"
        && (first.saturating_sub(8)..first - 1)
            .rev()
            .take_while(|&k| !clause_break(w, k) && !w.is_punct(k, ","))
            .any(|k| matches!(w.low(k), "will" | "must" | "should" | "'ll" | "’ll"))
}

/// Whether the date at `first` opens a period: a word of [`PERIOD_OPENERS`] before it, maybe
/// past "on" ("starting on 1 June"). ("The plan is final as of Sunday, officials said": a
/// state as of a day is no period that starts.)
fn opens_a_period(w: &Words, first: usize) -> bool {
    let k = if first >= 1 && w.low(first - 1) == "on" {
        first - 1
    } else {
        first
    };
    k.checked_sub(1)
        .is_some_and(|j| PERIOD_OPENERS.contains(&w.low(j)))
}

/// Whether the date at `first`, after the happening word at `at`, opens a period that an
/// infinitive between them tells of: "voted on Monday to order the scooters off the streets
/// from July 1" dates the order, not the vote. The infinitive is a verb that looks ahead after
/// "to" (`date_words`' list), in the date's clause.
fn starts_what_an_infinitive_tells(w: &Words, at: usize, first: usize) -> bool {
    opens_a_period(w, first)
        && at < first
        && (at + 1..first).all(|k| !clause_break(w, k))
        && (at + 1..first.saturating_sub(1)).any(|k| {
            w.low(k) == "to"
                && date_words().infinitives.contains(w.low(k + 1))
                && !w.capitalized(k + 1)
        })
}

/// Words of an expectation that make the day after "by" a deadline ("was expected by
/// Friday", "is required by March 1").
const EXPECTING: [&str; 6] = [
    "expected",
    "promised",
    "required",
    "ordered",
    "needed",
    "scheduled",
];

/// The word of [`EXPECTING`] right before the "by" before the date at `first`, maybe past
/// an adverb ("expected sometime by Friday" is left out; "expected only by Friday" not).
fn expected_by(w: &Words, first: usize) -> Option<usize> {
    let by = first.checked_sub(1).filter(|&k| w.low(k) == "by")?;
    let mut k = by.checked_sub(1)?;
    if w.low(k).len() > 3 && w.low(k).ends_with("ly") {
        k = k.checked_sub(1)?;
    }
    (w.is_word(k) && EXPECTING.contains(&w.low(k))).then_some(k)
}

/// Words of a tally in progress in an opening "with" phrase ("with 98 percent of precincts
/// reporting", "with 96% of ballots counted", "with most votes in").
const TALLY_WORDS: [&str; 6] = [
    "reporting",
    "counted",
    "tallied",
    "in",
    "processed",
    "declared",
];

/// Whether the date starting at token `first` stands in an opening "with" phrase of a tally
/// ("With 98 percent of precincts reporting early Wednesday, Smith had 47.6 percent"): it
/// dates how far the count had come, not the election or any happening of the sentence.
fn in_opening_count(w: &Words, first: usize) -> bool {
    first >= 3
        && w.low(0) == "with"
        && (1..first).all(|k| w.raw(k) != ",")
        && (1..first).any(|k| {
            // "With elections in March": the date's own "in" is no tally.
            TALLY_WORDS.contains(&w.low(k)) && !(k + 1 == first && w.low(k) == "in")
        })
}

/// Whether the date starting at token `first` follows "until" or "till" (past "at least",
/// "late", "early"). Not after a negation: a ship that "would not arrive until Monday"
/// arrives on Monday.
fn ends_a_stretch(w: &Words, first: usize) -> bool {
    let mut k = first;
    while k >= 1 && matches!(w.low(k - 1), "at" | "least" | "late" | "early" | "mid") {
        k -= 1;
    }
    k >= 1
        && matches!(w.low(k - 1), "until" | "till" | "untill")
        && !(k.saturating_sub(5)..k - 1).any(|i| matches!(w.low(i), "not" | "n't" | "never"))
}

/// Verbs that move a count to a new value ("rose to 19", "climbed to 48", "reached 41").
const REVISING_VERBS: [&str; 7] = [
    "rose",
    "risen",
    "climbed",
    "jumped",
    "increased",
    "reached",
    "hit",
];

/// The verb that revises a count right before the date at `first`: "rose to 19 on Tuesday",
/// "had climbed to 48 by Wednesday", "reached 41 on Monday" (the words of time between the
/// number and the date passed over).
fn revised_count_before(w: &Words, first: usize) -> Option<usize> {
    let mut k = first.checked_sub(1)?;
    while matches!(w.low(k), "on" | "by" | "late" | "early" | "as" | "of") {
        k = k.checked_sub(1)?;
    }
    // "rose to 19", "rose to three".
    if !w.is_number(k) && !lexicon().number_words.contains_key(w.low(k)) {
        return None;
    }
    let mut verb = k.checked_sub(1)?;
    if w.low(verb) == "to" {
        verb = verb.checked_sub(1)?;
    } else if w.low(verb) != "reached" {
        return None;
    }
    REVISING_VERBS.contains(&w.low(verb)).then_some(verb)
}

/// Prepositions that open a phrase set before the main clause ("After the robbery on
/// Monday, police arrested four suspects").
const FRONTING: [&str; 5] = ["after", "following", "before", "during", "since"];

/// Whether token `first` is in a phrase that opens its sentence with one of [`FRONTING`],
/// with no comma between.
fn in_fronted_phrase(w: &Words, first: usize) -> bool {
    let mut k = first;
    while k > 0 {
        k -= 1;
        if w.is_punct(k, ",") || clause_break(w, k) {
            return false;
        }
    }
    FRONTING.contains(&w.low(0))
}

/// Whether token `first` is in a relative clause opened by a comma and "who", "which" or
/// "whose" before it, with no comma between them: ", who won his first Oscar in 1975,".
fn in_relative_clause(w: &Words, first: usize) -> bool {
    let mut k = first;
    while k > 1 {
        k -= 1;
        if w.is_punct(k, ",") || clause_break(w, k) {
            return false;
        }
        if matches!(w.low(k), "who" | "which" | "whose") {
            return w.is_punct(k - 1, ",");
        }
    }
    false
}

/// Auxiliaries that may stand between "also" and the happening word ("also were killed").
const AUXILIARIES: [&str; 9] = [
    "were", "was", "been", "be", "have", "has", "had", "are", "is",
];

/// Whether "also" stands right before the happening word at `at`, or before an auxiliary
/// right before it ("were also killed", "also were killed", "also hit").
fn also_before(w: &Words, at: usize) -> bool {
    let low = |k: usize| at.checked_sub(k).map_or("", |i| w.low(i));
    low(1) == "also"
        || (low(2) == "also" && AUXILIARIES.contains(&low(1)))
        || one_more_before(w, at)
}

/// Words that make a subject one more of its kind: "a third worker died", "another person
/// has died", "a second blast hit".
const ONE_MORE: [&str; 7] = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "another",
];

/// Whether the subject right before the happening word at `at` (past auxiliaries) is one more
/// of its kind: "A third worker died in hospital on Wednesday" is a later death than the two
/// of Tuesday, not the day of theirs told another way.
fn one_more_before(w: &Words, at: usize) -> bool {
    let mut k = at;
    while k > 0 && AUXILIARIES.contains(&w.low(k - 1)) {
        k -= 1;
    }
    // The subject's noun and at most one word before it; "fears of another tsunami" names
    // an earlier one by its own word.
    (k.saturating_sub(3)..k.saturating_sub(1)).any(|i| {
        let word = w.low(i);
        word == "another"
            || (ONE_MORE.contains(&word) && i >= 1 && matches!(w.low(i - 1), "a" | "the"))
    })
}

/// The happening word nearest to the date on tokens `first..=last` and its class (see
/// `happening`). With `stop_early`, the scan ends where no further word can win; without,
/// it reads the whole reach (what the tests compare it with).
/// Most tokens between a ceremony's word and the date it is dated by ("the wedding dinner,
/// on Saturday night", "the funeral on Tuesday").
const CEREMONY_REACH: usize = 5;

fn nearest(
    w: &Words,
    first: usize,
    last: usize,
    stop_early: bool,
) -> Option<(usize, &'static str)> {
    let mut best: Option<(usize, usize, &'static str)> = None;
    // Whether the clause names a meeting anywhere: a visit "to meet Putin" or "for talks" is
    // the meeting it is made for.
    let mut meets = false;
    let consider = |best: &mut Option<(usize, usize, &'static str)>,
                    meets: &mut bool,
                    i: usize,
                    dist: usize| {
        if !w.is_word(i) {
            return;
        }
        let Some(class) = class_at(w, i) else {
            return;
        };
        if happening_other_use::used_otherwise(w, i) || what_began_with(w, i) {
            return;
        }
        *meets |= class == "meeting";
        // A noun with its determiner ("the attack on the market on Monday") heads the phrase
        // the date belongs to and wins over a verb nearby ("… killed 12").
        // A delivery's noun does not pull: "for the delivery of aid … was scheduled to start
        // on Thursday" dates the start, "A shipment of vaccine is expected on Friday" the
        // delivery only where nothing nearer names a happening.
        let dist = if is_determined(w, i) && !dated_by_its_own(w, i) && class != "delivery" {
            dist.saturating_sub(NOUN_PULL)
        } else {
            dist
        };
        if best.is_none_or(|(d, _, _)| dist < d) {
            *best = Some((dist, i, class));
        }
    };
    // Left of the date, then right of it, within the clause and twelve tokens. A word at
    // `dist` counts at least `dist - NOUN_PULL` away: once that is no nearer than the best
    // found, no word further on can win, and the scan stops unless the best is a visit,
    // which a meeting anywhere in the clause would make a meeting.
    let settled = |best: Option<(usize, usize, &str)>, dist: usize| {
        best.is_some_and(|(d, _, class)| class != "visit" && dist.saturating_sub(NOUN_PULL) >= d)
    };
    let mut i = first;
    let mut dist = 0;
    // Where the left scan stopped early (a word not read yet): a visit found right of the
    // date may still win, and then the rest of the left side is read for a meeting.
    let mut left_rest = None;
    while i > 0 && dist < 12 {
        i -= 1;
        // "The fire has burned 21,300 acres — more than 33 square miles — since it ignited
        // Saturday": an aside between dashes is stepped over as one word.
        if let Some(open) = aside_opened_before(w, i) {
            i = open;
            dist += 1;
            continue;
        }
        if clause_break(w, i) {
            break;
        }
        // "Police arrested caterer Ramesh Ghuge of Deulgaon Raja … on Tuesday": a name of
        // several words counts as one.
        let name_goes_on = i + 1 < first && w.capitalized(i) && w.capitalized(i + 1) && i > 0;
        if !name_goes_on {
            dist += 1;
        }
        if stop_early && settled(best, dist) {
            left_rest = Some((i, dist));
            break;
        }
        consider(&mut best, &mut meets, i, dist);
    }
    // "A shopkeeper who was shot … on Monday evening died on Wednesday": a date in a relative
    // clause after its verb is that verb's; a verb after the date is the main clause's.
    // Not past an "and" ("which began Saturday and continued Sunday killed 45"): the date
    // is another verb's, which may name no happening.
    let relative = best.is_some_and(|(_, at, _)| {
        at < first && opens_relative(w, at) && !(at + 1..first).any(|k| w.low(k) == "and")
    });
    // "Hale, who won his first Oscar in 1975, died on Sunday": a date in a relative clause
    // set off by commas is of that clause; the main clause's verb after it is not its own.
    let set_off = in_relative_clause(w, first);
    let mut i = last + 1;
    let mut dist = 0;
    while i < w.len() && dist < 12 {
        if relative && w.is_word(i) && class_at(w, i).is_some() && !is_determined(w, i) {
            break;
        }
        if set_off && w.is_punct(i, ",") {
            break;
        }
        // A word that ties what follows to another happening ("arrested on Saturday in
        // connection with a shooting", "over the attack", "after the blast"): what follows is
        // what the dated happening was about, not what the date dates.
        // "a gas attack on the suburbs on Wednesday that activists say killed 130": a clause
        // that "that" or "which" opens after the date tells of the happening before it.
        // "was shot … on Monday evening and died in hospital on Wednesday": a verb joined on
        // by "and" or "but" after the date heads a clause of its own, with its own date.
        // "After the robbery of a bank in the city on Monday, the police arrested four
        // suspects": a comma right after the date closes the fronted phrase a happening
        // before it heads; the main clause after the comma has its own time.
        if clause_break(w, i)
            || links_another(w, i)
            || (best.is_some() && matches!(w.low(i), "that" | "which" | "and" | "but"))
            || (best.is_some()
                && i == last + 1
                && w.is_punct(i, ",")
                && in_fronted_phrase(w, first))
        {
            break;
        }
        dist += 1;
        // Words after the date count a little further away than words before it.
        if stop_early && settled(best, dist + 1) {
            break;
        }
        consider(&mut best, &mut meets, i, dist + 1);
        i += 1;
    }
    let (_, mut at, mut class) = best?;
    // "Hanseong, founded in 1998, employs 14,000 people and reported revenue": results
    // reported past a comma after the date are another clause's.
    if class == "results" && at > last && (last + 1..at).any(|k| w.is_punct(k, ",")) {
        return None;
    }
    // "A storm killed six people … across the Carolinas on Sunday, officials said": the
    // saying after a comma reports the clause the date is in; a happening further back in
    // that clause is what the date dates, the incident ("a storm killed …") rather than the
    // deaths it caused, as a report that says "when a storm swept through … on Sunday" has it.
    // Outlets that drop commas write the same saying right after the date ("Air strikes
    // killed 12 civilians in Aleppo on Monday a monitor said"): a saying a few words on.
    if class == "announcement"
        && at > last
        && ((last + 1..at).any(|k| w.is_punct(k, ",")) || (2..=SAYER_WORDS).contains(&(at - last)))
    {
        let in_clause: Vec<(usize, &'static str)> = happenings_before(w, first, MAIN_CLAUSE, true)
            .filter(|&(_, c)| c != "announcement")
            .collect();
        // "An earthquake struck …": the quake, not a strike.
        let incident = INCIDENTS
            .iter()
            .find_map(|&class| in_clause.iter().find(|(_, c)| *c == class));
        if let Some(&(k, c)) = incident.or(in_clause.first()) {
            at = k;
            class = c;
        } else if at > last + 1 && w.is_punct(last + 1, ",") && dated_on_its_own(w, at) {
            // "The wage will rise to $17.20 on Oct. 1, Labor Minister Anita Sohal said on
            // Tuesday": the saying has a day of its own; the date before the comma is of
            // what is said, which names no happening.
            return None;
        } else if at > last + 1
            && w.is_punct(last + 1, ",")
            && (opens_a_period(w, first) || a_deadline_ahead(w, first))
        {
            // "The ban will apply to all rental scooters starting on 1 June, the council
            // said", "The report must be published by Wednesday, the minister said": the
            // start or the deadline of what is said, no day of the saying.
            return None;
        }
    }
    // "An earthquake struck the province on Tuesday": the verb of striking says what a quake,
    // a storm or a crash did; the incident named before it in the clause is the happening.
    if class == "attack" && matches!(w.low(at), "struck" | "strike" | "strikes") {
        // "the flooding, which struck the mine": what "which" or "that" stands for, the
        // noun before it, is what struck.
        let from =
            if at >= 2 && matches!(w.low(at - 1), "which" | "that") && w.is_punct(at - 2, ",") {
                at - 2
            } else {
                at
            };
        let before = happenings_before(w, from, 12, false)
            .find(|&(_, c)| c != "attack" && INCIDENTS.contains(&c));
        if let Some((k, c)) = before {
            at = k;
            class = c;
        }
    }
    // "a suicide bombing that struck a wedding on Monday": the incident at a ceremony is
    // what the date dates.
    // "killed 16 civilians outside a bakery … Tuesday on the eve of the feast": a ceremony
    // named far from the date only sets the scene; so does one in a clause before it ("who
    // had eaten at the feast, were still being treated on Tuesday").
    if class == "ceremony" {
        let incident = happenings_before(w, at, 24, false)
            .find(|&(_, c)| INCIDENTS.contains(&c) || c == "death");
        if let Some((k, c)) = incident {
            at = k;
            class = c;
        } else if (at < first && first - at > CEREMONY_REACH)
            || (at > last && at - last > CEREMONY_REACH)
        {
            return None;
        }
    }
    if let Some((mut i, mut dist)) = left_rest
        && class == "visit"
        && !meets
    {
        loop {
            meets |= w.is_word(i) && happening_class(w.low(i)) == Some("meeting");
            if meets || i == 0 || dist >= 12 {
                break;
            }
            i -= 1;
            if clause_break(w, i) {
                break;
            }
            dist += 1;
        }
    }
    if class == "visit" && meets {
        class = "meeting";
    }
    Some((at, class))
}

/// Whether the saying at `at` has a day of its own right after it ("said on Tuesday", "said
/// Wednesday", "said yesterday").
fn dated_on_its_own(w: &Words, at: usize) -> bool {
    let mut k = at + 1;
    if matches!(w.low(k), "on" | "late" | "early") {
        k += 1;
    }
    k < w.len()
        && (is_calendar_word(w.low(k))
            || matches!(
                w.low(k),
                "yesterday" | "today" | "tonight" | "last" | "this"
            ))
}

/// Whether the happening word at `i` tells what a start was made with ("the conflict that
/// began with anti-government protests in March 2011"): the date is the start's.
fn what_began_with(w: &Words, i: usize) -> bool {
    (i.saturating_sub(5)..i).any(|k| {
        w.low(k) == "with"
            && k.checked_sub(1)
                .is_some_and(|v| matches!(happening_class(w.low(v)), Some("start" | "end")))
    })
}

/// Whether the happening word at `at` is the verb of a relative clause ("who was shot", "that
/// had been attacked"): "who", "which" or "that" before it, maybe with auxiliaries between.
fn opens_relative(w: &Words, at: usize) -> bool {
    let mut k = at;
    for _ in 0..3 {
        let Some(i) = k.checked_sub(1) else {
            return false;
        };
        match w.low(i) {
            "who" | "which" | "that" => return true,
            aux if AUXILIARIES.contains(&aux) => k = i,
            _ => return false,
        }
    }
    false
}

/// Whether the word at `i` ties a happening named after it to the one before it ("over the
/// attack", "after the blast", "following the raid", "in connection with the shooting"). A
/// bare "for" or "with" does not: "the Observatory for Human Rights said", "clashed with".
fn links_another(w: &Words, i: usize) -> bool {
    w.is_word(i)
        && match w.low(i) {
            "over" | "after" | "following" => true,
            "with" => i > 0 && w.low(i - 1) == "connection",
            _ => false,
        }
}

/// Happenings that cause deaths and injuries, the likelier first (the attacks last): a date
/// of the deaths they caused is theirs.
const INCIDENTS: [&str; 6] = [
    "quake",
    "disaster",
    "accident",
    "fire",
    "attack",
    "kidnapping",
];

/// The happening words among the `reach` tokens before `at`, nearest first, within its clause:
/// not across a comma nor, with `own_clause`, out of a clause that a word such as "which"
/// opens.
fn happenings_before<'w>(
    w: &'w Words<'_>,
    at: usize,
    reach: usize,
    own_clause: bool,
) -> impl Iterator<Item = (usize, &'static str)> + 'w {
    let from = at.saturating_sub(reach);
    // Token indices back from `at`, stepping over asides between commas ("killed 43 people,
    // among them women and children, in a market"), which the clause goes on past.
    let mut k = at;
    std::iter::from_fn(move || {
        k = k.checked_sub(1).filter(|&k| k >= from)?;
        if w.is_punct(k, ",") {
            k = aside_opening(w, k).filter(|&open| open >= from)?;
        }
        Some(k)
    })
    .take_while(move |&k| {
        // "shortly after 11 p.m. Thursday": a word right before the date is its preposition,
        // opening no clause.
        let opens = own_clause && opens_clause(w, k) && k + 1 != at;
        !(clause_break(w, k) || w.is_punct(k, ",") || opens)
    })
    .filter(|&k| w.is_word(k) && !happening_other_use::used_otherwise(w, k))
    .filter_map(|k| class_at(w, k).map(|c| (k, c)))
}

/// Words that open an aside between commas that names a part of what the clause counts
/// ("43 people, among them women and children, in a market").
const ASIDE_OPENERS: [&str; 7] = [
    "among",
    "including",
    "most",
    "mostly",
    "many",
    "mainly",
    "some",
];

/// Longest aside between commas stepped over, in tokens.
const MAX_ASIDE: usize = 8;

/// Where the scan back from the comma at `close` goes on: before the comma that opens the
/// aside `close` ends (a comma at most [`MAX_ASIDE`] tokens back, followed by a word of
/// [`ASIDE_OPENERS`], with no happening word between); without such an aside, `close`
/// itself, which ends the clause for the scan.
fn aside_opening(w: &Words, close: usize) -> Option<usize> {
    let open = (close.saturating_sub(MAX_ASIDE + 1)..close)
        .rev()
        .find(|&j| w.is_punct(j, ",") || clause_break(w, j));
    match open {
        Some(j)
            if w.is_punct(j, ",")
                && ASIDE_OPENERS.contains(&w.low(j + 1))
                && !(j + 1..close).any(|t| w.is_word(t) && class_at(w, t).is_some()) =>
        {
            j.checked_sub(1)
        }
        _ => Some(close),
    }
}

/// Whether the word at `k` opens a clause of its own ("from which he was fired last week",
/// "since troops invaded on Saturday"): the date in it is not the main clause's.
fn opens_clause(w: &Words, k: usize) -> bool {
    w.is_word(k)
        && matches!(
            w.low(k),
            "which"
                | "who"
                | "whom"
                | "whose"
                | "that"
                | "when"
                | "where"
                | "since"
                | "after"
                | "before"
                | "while"
                | "because"
                | "until"
        )
}

/// Most tokens between a date and a saying with no comma before it that still report the
/// clause the date is in ("on Monday a monitor said", "on Tuesday the Observatory said",
/// "SOHR head Rami Abdel Rahman said"); a saying right after the date is dated by it ("US
/// officials on Wednesday said").
const SAYER_WORDS: usize = 6;

/// How far back (in tokens) a happening is looked for in the clause that a trailing "…,
/// officials said" reports.
const MAIN_CLAUSE: usize = 30;

/// How much closer a happening noun with its determiner counts than a bare word.
const NOUN_PULL: usize = 3;

/// Whether the word at `i` is a noun introduced by a determiner or possessive ("the attack",
/// "a meeting", "their talks", "Kerry's visit").
fn is_determined(w: &Words, i: usize) -> bool {
    i > 0
        && w.is_word(i - 1)
        && (matches!(
            w.low(i - 1),
            "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "our"
        ) || is_possessive(w.low(i - 1)))
}

/// Whether the noun at `i` is dated by a day of its own in the possessive ("Monday's
/// shooting", "Tuesday’s attack"): it is that day's happening, so another date in the sentence
/// ("The victim of Monday's shooting died on Wednesday") takes the happening nearest it
/// without the pull of a noun with its determiner.
fn dated_by_its_own(w: &Words, i: usize) -> bool {
    i > 0 && {
        let low = w.low(i - 1);
        low.strip_suffix("'s")
            .or_else(|| low.strip_suffix("’s"))
            .is_some_and(is_calendar_word)
    }
}

/// Capitalized names (runs of capitalized words, not at the sentence start unless followed by
/// another capitalized word) within six tokens of the span `a..=b`. Words that name nothing
/// (sentence openers, titles, weekdays, happening words of a title-case headline, single
/// letters of abbreviations such as the "U" of "U.S.") are left out. Names after "in", "to",
/// "at" or "from" (places: "in New York", "to Moscow") come first.
fn names_near(w: &Words, a: usize, b: usize) -> Vec<String> {
    let lo = a.saturating_sub(6);
    let hi = (b + 6).min(w.len().saturating_sub(1));
    let mut places: Vec<String> = Vec::new();
    let mut others: Vec<String> = Vec::new();
    let capital = |k: usize| w.is_word(k) && capitalized(w, k) && !is_calendar_word(w.low(k));
    let named = |k: usize| {
        let raw = w.raw(k);
        let base = raw
            .strip_suffix("'s")
            .or_else(|| raw.strip_suffix("’s"))
            .unwrap_or(raw);
        base.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !entity::lexicon_not_name(base)
            && !entity::is_title(base)
            && happening_class(w.low(k)).is_none()
            && !demonym(w, k)
    };
    let possessive = |k: usize| is_possessive(w.raw(k));
    let mut i = lo;
    while i <= hi {
        // A capitalized first word of the sentence is a name only when another follows it.
        if capital(i) && (i != 0 || capital(i + 1)) {
            let start = i;
            while i < hi && capital(i + 1) && !possessive(i) {
                i += 1;
            }
            // Keep the longest stretch of words that name something (the first of equals),
            // read in one pass.
            let mut best: Option<(usize, usize)> = None;
            let (mut run_start, mut run_len) = (start, 0);
            for k in start..=i {
                if !named(k) {
                    run_len = 0;
                    continue;
                }
                if run_len == 0 {
                    run_start = k;
                }
                run_len += 1;
                if best.is_none_or(|(_, len)| run_len > len) {
                    best = Some((run_start, run_len));
                }
            }
            if let Some((first, len)) = best {
                let mut name = String::new();
                for k in first..first + len {
                    if k > first {
                        name.push(' ');
                    }
                    let raw = w.raw(k);
                    name.push_str(
                        raw.strip_suffix("'s")
                            .or_else(|| raw.strip_suffix("’s"))
                            .unwrap_or(raw),
                    );
                }
                let place = first > 0 && matches!(w.low(first - 1), "in" | "to" | "at" | "from");
                let list = if place { &mut places } else { &mut others };
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
        i += 1;
    }
    others.retain(|n| !places.contains(n));
    places.extend(others);
    places
}

/// [`Words::capitalized`], told from the token's first byte when it is ASCII (most are): the
/// first character is decoded only when it is not.
fn capitalized(w: &Words, k: usize) -> bool {
    let first = w
        .toks
        .get(k)
        .and_then(|t| w.text.as_bytes().get(t.span.start()..t.span.end()))
        .and_then(|raw| raw.first());
    match first {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.capitalized(k),
        None => false,
    }
}

/// A capitalized adjective of nationality before a lowercase noun ("Russian state news",
/// "Syrian territory"): it describes, it names no place or person.
fn demonym(w: &Words, k: usize) -> bool {
    let low = w.low(k);
    ["ian", "ican", "ese", "ish"]
        .iter()
        .any(|s| low.len() > s.len() + 2 && low.ends_with(s))
        && w.is_word(k + 1)
        && !w.capitalized(k + 1)
}

/// A weekday or month name (or abbreviation): it says when, not who or where. Read from the
/// word lists the date and figure extractors use.
fn is_calendar_word(low: &str) -> bool {
    let low = low.trim_end_matches('.');
    date_words().weekdays.contains_key(low) || lexicon().months.contains_key(low)
}

#[cfg(test)]
mod tests {

    #[test]
    fn also_before_the_happening_word_marks_another_incident() {
        let at = |s: &str, word: &str| {
            let w = Words::new(s, Span::new(0, s.len()));
            let i = (0..w.len()).find(|&i| w.low(i) == word).unwrap();
            also_before(&w, i)
        };
        assert!(at(
            "Twenty-six civilians were also killed yesterday.",
            "killed"
        ));
        assert!(at("Five people also were killed on Monday.", "killed"));
        assert!(at("A bus was also hit on Wednesday.", "hit"));
        assert!(at("A third worker died in hospital on Wednesday.", "died"));
        assert!(at(
            "Another person has died, police said on Monday.",
            "died"
        ));
        assert!(!at("Two workers were killed on Tuesday.", "killed"));
        assert!(!at("They feared another tsunami in 2004.", "tsunami"));
        assert!(!at("Twenty-six civilians were killed yesterday.", "killed"));
        assert!(!at("Also, five people were killed on Monday.", "killed"));
    }
    use super::*;

    fn at(s: &str, date: &str) -> Option<Happening> {
        let w = Words::new(s, Span::new(0, s.len()));
        let start = s.find(date)?;
        happening(&w, Span::new(start, start + date.len()))
    }

    fn class(s: &str, date: &str) -> Option<&'static str> {
        at(s, date).map(|h| h.class)
    }

    #[test]
    fn an_aside_between_dashes_does_not_cut_a_date_from_its_happening() {
        let s = "The fire has burned 21,300 acres — more than 33 square miles — since it broke \
                 out Saturday afternoon off State Route 33.";
        assert_eq!(class(s, "Saturday"), Some("fire"));
        // One dash is a break: what follows it is another clause.
        assert_eq!(
            class("Rebels shelled the town on Saturday.", "Saturday"),
            Some("attack")
        );
        let s = "Rebels shelled the town — a market was busy on Saturday.";
        assert_eq!(class(s, "Saturday"), None);
    }

    #[test]
    fn a_participle_describing_a_noun_is_no_happening() {
        // "the flooded mine" describes the mine; the rescue is what the date dates.
        let h = at(
            "Rescuers pulled 14 miners alive from the flooded Serapo mine on Wednesday.",
            "Wednesday",
        )
        .unwrap();
        assert_eq!(h.class, "rescue");
        assert_eq!(
            class("Water flooded the Serapo mine on Saturday.", "Saturday"),
            Some("disaster")
        );
        assert_eq!(
            class("Divers searched the collapsed bridge on Monday.", "Monday"),
            None
        );
    }

    #[test]
    fn a_burial_is_a_funeral_and_a_reunion_a_release() {
        assert_eq!(
            class(
                "Musa Ibrahim, who was killed during the attack, was buried on Thursday.",
                "Thursday"
            ),
            Some("ceremony")
        );
        assert_eq!(
            class("He was laid to rest on Friday.", "Friday"),
            Some("ceremony")
        );
        // Buried by a disaster is no funeral.
        assert_ne!(
            class("Homes were buried under rubble on Monday.", "Monday"),
            Some("ceremony")
        );
        assert_eq!(
            class(
                "The 265 pupils abducted from the school were reunited with their families last night.",
                "last night"
            ),
            Some("release")
        );
    }

    #[test]
    fn people_seized_by_force_were_kidnapped() {
        assert_eq!(
            class(
                "Gunmen seized 287 students from the school on March 5.",
                "March 5"
            ),
            Some("kidnapping")
        );
        assert_eq!(
            class(
                "The 278 pupils were seized from their dormitories on 5 March.",
                "5 March"
            ),
            Some("kidnapping")
        );
        assert_eq!(
            class("Police seized 12 suspects on Tuesday.", "Tuesday"),
            Some("seizure")
        );
        // Rebels who seized a place seized no people.
        assert_eq!(
            class("Rebels seized the east of the city in 2012.", "2012"),
            Some("seizure")
        );
        assert_eq!(
            class("Ramussa was seized by rebels this month.", "this month"),
            Some("seizure")
        );
        assert_eq!(
            class(
                "Customs officers seized 300kg of cocaine on Tuesday.",
                "Tuesday"
            ),
            Some("seizure")
        );
    }

    #[test]
    fn a_disaster_that_struck_is_no_attack() {
        let h = at(
            "Three men have now died in the flooding, which struck the mine before dawn on Sunday.",
            "Sunday",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("disaster", "flooding"));
    }

    #[test]
    fn a_date_before_a_saying_dated_on_its_own_is_not_the_sayings() {
        assert_eq!(
            class(
                "The minimum wage will rise to $17.20 an hour on Oct. 1, Labor Minister Anita Sohal said on Tuesday.",
                "Oct. 1"
            ),
            None
        );
        assert_eq!(
            class(
                "Diggers could be on the site as early as September, city officials said on Wednesday.",
                "September"
            ),
            None
        );
        assert_eq!(
            class(
                "One body was recovered on Tuesday, Serapo Gold Ltd said.",
                "Tuesday"
            ),
            Some("recovery")
        );
    }

    #[test]
    fn the_met_is_no_meeting() {
        assert_ne!(
            class(
                "At 5.30pm on Saturday the Met imposed conditions on the protest.",
                "Saturday"
            ),
            Some("meeting")
        );
        assert_eq!(
            class(
                "The Met said on Sunday that 41 people had been arrested.",
                "Sunday"
            ),
            Some("announcement")
        );
        assert_eq!(
            class("The two leaders met on Sunday.", "Sunday"),
            Some("meeting")
        );
    }

    #[test]
    fn derailments_results_deliveries_votes_and_fires_are_happenings() {
        let h = at(
            "The train came off the line shortly before 8am on Tuesday.",
            "Tuesday",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("accident", "derailed"));
        assert_eq!(
            class("A freight train jumped the tracks on Monday.", "Monday"),
            Some("accident")
        );
        assert_eq!(
            class("Corvane reported results on Wednesday.", "Wednesday"),
            Some("results")
        );
        assert_eq!(
            class("Corvane posted record sales on Wednesday.", "Wednesday"),
            Some("results")
        );
        assert_eq!(
            class(
                "A shipment of vaccine is expected on Friday, and vaccination will start on Monday.",
                "Friday"
            ),
            Some("delivery")
        );
        assert_eq!(
            class("The council will vote on the plan on 3 July.", "3 July"),
            Some("vote")
        );
        assert_eq!(
            class("Voters went to the polls on Friday.", "Friday"),
            Some("election")
        );
        assert_eq!(
            class(
                "Voters rejected the amendments in March 2024, and in 2013 narrowly voted to keep the Senate.",
                "2013"
            ),
            Some("election")
        );
        assert_eq!(
            class(
                "Hanseong, founded in 1998, employs about 14,000 people and reported revenue of 11.3 trillion won.",
                "1998"
            ),
            None
        );
        assert_eq!(
            class(
                "The fire has burned 21,300 acres — more than 33 square miles — since it ignited Saturday afternoon off State Route 33.",
                "Saturday afternoon"
            ),
            Some("fire")
        );
    }

    #[test]
    fn counting_votes_is_no_election() {
        assert_eq!(
            class("Voters went to the polls on Friday.", "Friday"),
            Some("election")
        );
        assert_eq!(
            class("Votes were counted on Saturday.", "Saturday"),
            Some("count")
        );
        assert_eq!(
            class("The vote count ended on Saturday.", "Saturday"),
            Some("count")
        );
    }

    #[test]
    fn a_day_something_is_expected_by_is_a_deadline() {
        assert_eq!(
            class(
                "Officials said the report was expected by Friday.",
                "Friday"
            ),
            Some("deadline")
        );
    }

    #[test]
    fn a_collapsed_roof_a_completion_and_a_dinner_are_happenings() {
        assert_eq!(
            class("The roof collapsed on Tuesday.", "Tuesday"),
            Some("accident")
        );
        assert_ne!(
            class("The ceasefire collapsed on September 19.", "September 19"),
            Some("accident")
        );
        assert_eq!(
            class(
                "A suicide bombing struck a wedding in Hasakah on Monday.",
                "Monday"
            ),
            Some("attack")
        );
        assert_eq!(
            class(
                "Columbus, Ohio-based Meridian said it expects to complete the acquisition on Oct. 1.",
                "Oct. 1"
            ),
            Some("completion")
        );
        assert_eq!(
            class(
                "The company expects to close the acquisition on Oct. 1.",
                "Oct. 1"
            ),
            Some("completion")
        );
        assert_eq!(
            class(
                "The wedding dinner, on Saturday night in Savargaon village, was attended by around 1,500 people.",
                "Saturday"
            ),
            Some("ceremony")
        );
        // A ceremony far from the date, or an incident before it, sets the scene only.
        assert_eq!(
            class(
                "Anvi's parents, who had also eaten at the feast, were still being treated on Tuesday.",
                "Tuesday"
            ),
            None
        );
        assert_eq!(
            class(
                "A bomber killed at least 16 civilians outside a bakery in the city of Hasakeh on Tuesday on the eve of the feast marking the end of Ramadan.",
                "Tuesday"
            ),
            Some("death")
        );
    }

    #[test]
    fn a_news_conference_told_is_no_meeting() {
        assert_eq!(
            class(
                "Storage could fall to 10% by June 9, Chief Executive Priya Natarajan told a news conference.",
                "June 9"
            ),
            None
        );
    }

    #[test]
    fn a_name_of_several_words_counts_as_one_between_verb_and_date() {
        assert_eq!(
            class(
                "Police arrested caterer Ramesh Ghuge of Deulgaon Raja and his cook Santosh Wagh on Tuesday morning.",
                "Tuesday"
            ),
            Some("arrest")
        );
    }

    #[test]
    fn a_day_in_an_opening_tally_dates_no_happening() {
        let s = "With 98 percent of precincts reporting early Wednesday, Smith had 47.6 percent of the vote in the election.";
        assert!(at(s, "Wednesday").is_none());
        let s = "With 96% of ballots counted on Wednesday, the election was too close to call.";
        assert!(at(s, "Wednesday").is_none());
        // An election in the month named is one.
        let s = "With the election in March, the parties began campaigning.";
        assert!(at(s, "March").is_some());
    }

    #[test]
    fn riots_escapes_coups_and_heatwaves_are_happenings() {
        let class = |s: &str, date: &str| at(s, date).map(|h| h.class);
        assert_eq!(
            class("The riot broke out on Saturday evening.", "Saturday"),
            Some("riot")
        );
        assert_eq!(
            class("Forty prisoners escaped on Sunday.", "Sunday"),
            Some("escape")
        );
        assert_eq!(
            class("The coup took place on Wednesday.", "Wednesday"),
            Some("coup")
        );
        assert_eq!(
            class("A heatwave hit Spain on Monday.", "Monday"),
            Some("disaster")
        );
        // A ship seized is no ship released: "seized in November 2024 and released in
        // December 2024" dates two happenings.
        assert_eq!(
            class(
                "The ship was seized in November 2024 and released in December 2024.",
                "November 2024"
            ),
            Some("seizure")
        );
        assert_eq!(
            class("Pirates hijacked a bulk carrier on Monday.", "Monday"),
            Some("seizure")
        );
    }

    #[test]
    fn a_day_a_stretch_lasts_until_dates_no_happening() {
        assert_eq!(
            at(
                "Officials warned of more landslides until Jan. 20.",
                "Jan. 20"
            ),
            None
        );
        assert_eq!(
            at("The shops were closed until late Tuesday.", "late Tuesday"),
            None
        );
        // "would not arrive until Monday": it arrives on Monday.
        let h = at(
            "The ship would not arrive until Monday, the company said.",
            "Monday",
        );
        assert_eq!(h.map(|h| h.class), Some("visit"));
    }

    #[test]
    fn a_workers_strike_is_a_walkout_and_a_protest_its_own() {
        let class = |s: &str, date: &str| at(s, date).map(|h| h.class);
        for (s, date) in [
            ("The workers went on strike on October 5.", "October 5"),
            ("Teachers began a nationwide strike on Monday.", "Monday"),
            (
                "The strike at the plant entered its 12th day on Friday.",
                "Friday",
            ),
            (
                "Unite has called a further 48-hour strike from 12 March.",
                "12 March",
            ),
        ] {
            assert_eq!(class(s, date), Some("walkout"), "{s}");
        }
        assert_eq!(
            class("An air strike hit the market on Friday.", "Friday"),
            Some("attack")
        );
        assert_eq!(
            class(
                "Israeli forces carried out a further strike on Gaza on Tuesday.",
                "Tuesday"
            ),
            Some("attack")
        );
        assert_eq!(
            class("Thousands marched in Paris on Thursday.", "Thursday"),
            Some("protest")
        );
        // What a conflict began with is no date of its own.
        let s = "Aleppo has been ravaged by the conflict that began with anti-government \
                 protests in March 2011.";
        assert_eq!(class(s, "March 2011"), Some("start"));
        assert_eq!(
            class(
                "The unions called a new protest for 19 November.",
                "19 November"
            ),
            Some("protest")
        );
    }

    #[test]
    fn a_discovery_and_a_departure_are_happenings() {
        let class = |s: &str, date: &str| at(s, date).map(|h| h.class);
        assert_eq!(
            class("The intrusion was discovered on Feb. 24.", "Feb. 24"),
            Some("discovery")
        );
        assert_eq!(
            class("The intrusion was detected on 24 February.", "24 February"),
            Some("discovery")
        );
        assert_eq!(
            class("The boat had departed on Friday evening.", "Friday evening"),
            Some("departure")
        );
    }

    #[test]
    fn a_body_named_after_a_happening_is_none() {
        let class = |s: &str, date: &str| at(s, date).map(|h| h.class);
        let s = "The Election Authority published the results on Monday.";
        assert_ne!(class(s, "Monday"), Some("election"));
        let s = "The election commission announced the results on Monday.";
        assert_eq!(class(s, "Monday"), Some("announcement"));
        assert_eq!(
            class("Sweden held a general election on Sunday.", "Sunday"),
            Some("election")
        );
    }

    #[test]
    fn a_bomb_that_went_off_is_an_attack() {
        let class = |s: &str, date: &str| at(s, date).map(|h| h.class);
        // "died" is too far back; the explosion dates the day, not the monitor's saying.
        let s = "At least 19 civilians died when a car bomb went off at a market in the town \
                 of Azaz on Tuesday, a monitor said.";
        assert_eq!(class(s, "Tuesday"), Some("attack"));
        let s = "An explosive device planted under a truck blew up on Friday.";
        assert_eq!(class(s, "Friday"), Some("attack"));
        // An alarm going off is no attack.
        assert_eq!(
            class("The fire alarm went off on Tuesday.", "Tuesday"),
            None
        );
    }

    #[test]
    fn each_date_takes_the_verb_of_its_own_clause() {
        let class = |s: &str, date: &str| at(s, date).map(|h| h.class);
        // A comma right after the date closes the phrase of the happening before it.
        let s = "After the spectacular robbery of a bank in the South African city Rustenburg \
                 on Monday, the police arrested four suspects.";
        assert_eq!(class(s, "Monday"), Some("attack"));
        assert_eq!(
            class("On Monday, the police arrested four suspects.", "Monday"),
            Some("arrest")
        );
        let s =
            "Reyes was shot during a robbery on Monday evening and died in hospital on Wednesday.";
        assert_eq!(class(s, "Monday evening"), Some("attack"));
        assert_eq!(class(s, "Wednesday"), Some("death"));
        let s = "Jones was stabbed on Saturday and succumbed to his injuries on Monday.";
        assert_eq!(class(s, "Saturday"), Some("attack"));
        assert_eq!(class(s, "Monday"), Some("death"));
        // In a relative clause, the date is its verb's, not the main clause's after it.
        let s = "A shopkeeper who was shot during a robbery at his store on Monday evening died in hospital on Wednesday.";
        assert_eq!(class(s, "Monday evening"), Some("attack"));
        assert_eq!(class(s, "Wednesday"), Some("death"));
        // Past an "and", the relative clause's verb is another one, not a happening's.
        let s = "The air strikes which began Saturday and continued Sunday killed 45 civilians.";
        assert_eq!(class(s, "Sunday"), Some("death"));
        // "Monday's shooting" is dated by its own Monday; Wednesday dates the death.
        let s = "The officer who was wounded in Monday's shooting died on Wednesday.";
        assert_eq!(class(s, "Wednesday"), Some("death"));
        assert_eq!(class(s, "Monday's"), Some("attack"));
        // With no happening before the date, one after "and" is still the date's.
        assert_eq!(
            class("On Monday and Tuesday the talks went on.", "Monday"),
            Some("meeting")
        );
        // A noun with its determiner still wins over a verb nearby.
        assert_eq!(
            class("The bombing killed 12 people on Monday.", "Monday"),
            Some("attack")
        );
    }

    #[test]
    fn a_happening_tied_on_after_the_date_is_not_what_it_dates() {
        let class = |s: &str, date: &str| at(s, date).map(|h| h.class);
        // The arrest is dated, not the shooting it was made over.
        assert_eq!(
            class(
                "Dutch police arrested a 24-year-old man on Saturday in connection with a shooting outside a nightclub late on Friday, prosecutors said.",
                "Saturday"
            ),
            Some("arrest")
        );
        assert_eq!(
            class(
                "Police detained two men on Wednesday over the bombing of the bus station.",
                "Wednesday"
            ),
            Some("arrest")
        );
        // The march is dated, not the shooting it followed.
        assert_eq!(
            class("Protesters marched on Sunday after the shooting.", "Sunday"),
            Some("protest")
        );
        // "for" and "with" alone tie nothing: the Observatory's saying is still found.
        assert_eq!(
            class(
                "Barrel bombs fell on Saraqeb on Monday the Syrian Observatory for Human Rights said.",
                "Monday"
            ),
            Some("announcement")
        );
        // An abduction police reported is a kidnapping.
        assert_eq!(
            class(
                "Gunmen abducted 47 students from a school early on Monday, police said.",
                "Monday"
            ),
            Some("kidnapping")
        );
        // The day a count rose dates a report, not what was counted.
        assert_eq!(
            class(
                "The number of people killed in the sinking of the ferry rose to 19 on Tuesday.",
                "Tuesday"
            ),
            Some("announcement")
        );
        assert_eq!(
            class(
                "The death toll from the quake reached 41 on Monday.",
                "Monday"
            ),
            Some("announcement")
        );
        assert_eq!(
            class("The ferry sank with 19 on board on Tuesday.", "Tuesday"),
            Some("accident")
        );
        // An aside between commas ("among them women and children") does not end the
        // clause a trailing saying reports; a clause of its own does.
        assert_eq!(
            class(
                "Air strikes killed 43 people, among them women and children, in a market in Saraqeb on Tuesday, the civil defence said.",
                "Tuesday"
            ),
            Some("attack")
        );
        assert_eq!(
            class(
                "Air strikes killed 43 people, the monitor said on Tuesday, the agency reported.",
                "Tuesday"
            ),
            Some("announcement")
        );
        // A second language's verbs of saying date a saying too.
        assert_eq!(
            class(
                "Eleven persons have found the death in the collapse, indicated the rescue \
                 services this Thursday.",
                "this Thursday"
            ),
            Some("announcement")
        );
        // A saying a few words after the date, with no comma, reports the clause before it.
        assert_eq!(
            class(
                "Air strikes killed at least 12 civilians in Aleppo on Monday a monitor said.",
                "Monday"
            ),
            Some("attack")
        );
        assert_eq!(
            class(
                "Kerry and Lavrov to meet in Geneva US officials on Wednesday said.",
                "Wednesday"
            ),
            Some("announcement")
        );
        assert_eq!(
            class(
                "On Monday the Observatory said 21 civilians had been killed.",
                "Monday"
            ),
            Some("announcement")
        );
        // A clause opened after the date tells of the happening before it.
        assert_eq!(
            class(
                "an alleged gas attack on rebel-held suburbs of the capital on Wednesday that activists say killed more than 130 people",
                "Wednesday"
            ),
            Some("attack")
        );
        // "A bomb exploded": the explosion is an attack.
        assert_eq!(
            class(
                "A bomb exploded at a crowded bus station in Quetta on Tuesday.",
                "Tuesday"
            ),
            Some("attack")
        );
    }

    #[test]
    fn seed_happenings() {
        let h = at(
            "Visit aims to narrow divisions ahead of Dec. 18 New York talks",
            "Dec. 18",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("meeting", "talks"));
        assert!(h.names.contains(&"New York".to_string()), "{h:?}");
        let h = at(
            "Kerry told reporters the group would meet in New York on Friday, Dec. 18, and would seek a resolution.",
            "Friday, Dec. 18",
        )
        .unwrap();
        assert_eq!(h.class, "meeting");
        assert!(h.names.contains(&"New York".to_string()), "{h:?}");
        let h = at("set a deadline of Jan. 1 for dialog to begin", "Jan. 1").unwrap();
        assert_eq!(h.class, "deadline");
        let h = at("Secretary of State John Kerry will travel to Moscow next Tuesday, Dec. 15, to meet President Vladimir Putin", "next Tuesday, Dec. 15").unwrap();
        // A visit made to meet someone is the meeting.
        assert_eq!(h.class, "meeting");
        assert_eq!(h.names.first().map(String::as_str), Some("Moscow"), "{h:?}");
    }

    #[test]
    fn accidents_and_disasters_are_happenings() {
        let h = at(
            "At least 12 people were killed when a bus crashed near Lyon on Saturday, police said.",
            "Saturday",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("accident", "crashed"));
        let h = at("The flood swept through the valley on Tuesday.", "Tuesday").unwrap();
        assert_eq!(h.class, "disaster");
        // "fire service" names no fire.
        let h = at(
            "Twelve people were killed when a bus crashed near Lyon on Friday, the fire service said.",
            "Friday",
        )
        .unwrap();
        assert_eq!(h.class, "accident");
    }

    #[test]
    fn a_trailing_saying_reports_the_clause_the_date_is_in() {
        let h = at(
            "A winter storm killed at least six people and left more than 200,000 homes without power across the Carolinas on Sunday, officials said.",
            "Sunday",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("disaster", "storm"));
        // Not across a comma or into a clause of its own.
        let h = at(
            "A man shot one person at the firm from which he was fired last week, police said.",
            "last week",
        )
        .unwrap();
        assert_eq!(h.class, "announcement");
        let h = at(
            "Dalton, shot in the neck, remained in intensive care Friday, police said.",
            "Friday",
        )
        .unwrap();
        assert_eq!(h.class, "announcement");
        let h = at(
            "A strong 6.1-magnitude earthquake struck the northwestern Indonesian province of Aceh on Tuesday, the US Geological Survey said.",
            "Tuesday",
        )
        .unwrap();
        assert_eq!(h.class, "quake");
        let h = at(
            "A strong earthquake struck the province of Aceh on Tuesday.",
            "Tuesday",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("quake", "earthquake"));
        // A strike is an attack where nothing else struck.
        let h = at("A drone strike hit the convoy on Tuesday.", "Tuesday").unwrap();
        assert_eq!(h.class, "attack");
        // With nothing else in the clause, the saying is what the date dates.
        let h = at("The plan is final as of Sunday, officials said.", "Sunday").unwrap();
        assert_eq!(h.class, "announcement");
    }

    #[test]
    fn nouns_with_determiners_head_the_phrase() {
        let h = at(
            "The attack on the market on Monday killed 12 people.",
            "Monday",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("attack", "attack"));
        // A visit made for talks is the meeting.
        let h = at(
            "Kerry heads to Moscow on Tuesday for Syria talks with Putin and Lavrov",
            "Tuesday",
        )
        .unwrap();
        assert_eq!(h.class, "meeting");
        assert_eq!(h.names.first().map(String::as_str), Some("Moscow"), "{h:?}");
        let h = at(
            "Kerry will travel to Moscow next Tuesday, Dec. 15, to meet President Vladimir Putin",
            "next Tuesday",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("meeting", "travel"));
        let h = at("The plane arrived in Paris on Monday.", "Monday").unwrap();
        assert_eq!(h.class, "visit");
    }

    #[test]
    fn names_that_name_nothing_are_left_out() {
        let h = at(
            "The visit on Tuesday comes as the U.S. seeks agreement among Russia and other major powers",
            "Tuesday",
        )
        .unwrap();
        assert!(h.names.iter().all(|n| n.len() > 1 && n != "The"), "{h:?}");
        let h = at(
            "WASHINGTON, Dec. 11 - Secretary of State John Kerry will travel to Moscow",
            "Dec. 11",
        );
        assert!(h.is_none_or(|h| h.names.first().map(String::as_str) == Some("Moscow")));
        let h = at(
            "The trip will be Kerry's second to Russia this year, after he met Putin",
            "this year",
        )
        .unwrap();
        assert!(!h.names.iter().any(|n| n.contains("'s")), "{h:?}");
    }

    proptest::proptest! {
        #[test]
        fn stopping_early_finds_what_the_whole_reach_finds(
            picks in proptest::collection::vec(0usize..22, 1..40),
            first in 0usize..40,
            n in 0usize..3,
        ) {
            const VOCABULARY: [&str; 22] = [
                "the", "talks", "visit", "meeting", "attack", "killed", "a", "on", "Monday",
                "in", "Paris", ",", ";", "trip", "their", "strike", "Kerry's", "travel", "to",
                "meet", "deadline", "of",
            ];
            let s: Vec<&str> = picks.iter().map(|&k| VOCABULARY[k]).collect();
            let s = s.join(" ");
            let w = Words::new(&s, Span::new(0, s.len()));
            let first = first.min(w.len() - 1);
            let last = (first + n).min(w.len() - 1);
            proptest::prop_assert_eq!(
                nearest(&w, first, last, true),
                nearest(&w, first, last, false),
                "{}", s
            );
        }
    }

    #[test]
    fn nothing_to_attach() {
        assert_eq!(at("It was cold on Monday.", "Monday"), None);
    }
}

#[cfg(test)]
mod subject_and_other_use_tests {
    use super::*;

    fn class(s: &str, date: &str) -> Option<&'static str> {
        let w = Words::new(s, Span::new(0, s.len()));
        let start = s.find(date)?;
        happening(&w, Span::new(start, start + date.len())).map(|h| h.class)
    }

    #[test]
    fn a_verb_of_starting_or_ending_dates_its_subject() {
        assert_eq!(
            class("The fire started late on Wednesday.", "Wednesday"),
            Some("fire")
        );
        assert_eq!(
            class("Coalition talks are due to begin on April 21.", "April 21"),
            Some("meeting")
        );
        assert_eq!(
            class(
                "The summit between the two unions is due to begin on 11 June.",
                "11 June"
            ),
            Some("meeting")
        );
        // "Voting began": the vote's date.
        assert_eq!(
            class("Voting began on Sunday morning.", "Sunday"),
            Some("election")
        );
        // A start of nothing named stays a start; a verb far from the date, past "and",
        // dates nothing of its subject.
        assert_eq!(
            class("Fighting began on Sunday morning.", "Sunday"),
            Some("start")
        );
        assert_ne!(
            class(
                "A peace deal ended the war and South Sudan became a country in July.",
                "July"
            ),
            Some("agreement")
        );
    }

    #[test]
    fn a_court_of_a_mall_holds_no_trial() {
        assert_eq!(
            class("The court sentenced him on Thursday.", "Thursday"),
            Some("court")
        );
        assert_ne!(
            class(
                "A gunman opened fire in the food court on Saturday.",
                "Saturday"
            ),
            Some("court")
        );
    }

    #[test]
    fn after_right_before_a_time_opens_no_clause() {
        assert_eq!(
            class(
                "Fire gutted a passenger ferry shortly after 11 p.m. Thursday, authorities said.",
                "11 p.m. Thursday"
            ),
            Some("fire")
        );
    }

    #[test]
    fn a_mountain_top_is_no_summit_meeting() {
        assert_ne!(
            class(
                "Mount Rinaga erupted on Friday, hurling ash 6,000 metres above its summit, killing two people.",
                "Friday"
            ),
            Some("meeting")
        );
        assert_eq!(
            class("Leaders met at the summit in Geneva on Friday.", "Friday"),
            Some("meeting")
        );
        assert_ne!(
            class(
                "Temperatures on the summit fell to minus 4C on Sunday afternoon.",
                "Sunday afternoon"
            ),
            Some("meeting")
        );
        // A blast furnace is no explosion.
        assert_ne!(
            class(
                "The last blast furnace will be switched off on September 30.",
                "September 30"
            ),
            Some("attack")
        );
        assert_eq!(
            class("The volcano erupted on Friday.", "Friday"),
            Some("eruption")
        );
        // A war breaks out; no volcano erupts.
        assert_ne!(
            class("The conflict erupted in March 2011.", "March 2011"),
            Some("eruption")
        );
    }

    #[test]
    fn a_pitcher_who_struck_out_batters_attacked_no_one() {
        assert_eq!(
            class("He struck out 231 hitters last year.", "last year"),
            None
        );
        assert_eq!(
            class("Gunmen struck the village last year.", "last year"),
            Some("attack")
        );
        // A tone or a deal struck, a deficit or a ruling overturned: no attack, no accident.
        assert_eq!(
            class(
                "On Friday night, Oyelaran struck a conciliatory tone.",
                "Friday night"
            ),
            None
        );
        assert_eq!(
            class("The two sides struck a deal on Monday.", "Monday"),
            Some("agreement")
        );
        assert_ne!(
            class(
                "In 2008, Franken overturned a 215-vote deficit to win.",
                "2008"
            ),
            Some("accident")
        );
        assert_eq!(
            class("A bus overturned on Monday.", "Monday"),
            Some("accident")
        );
    }

    #[test]
    fn fire_names_a_fire_only_when_it_is_one() {
        assert_eq!(
            class(
                "A fire tore through a garment factory on Wednesday night.",
                "Wednesday"
            ),
            Some("fire")
        );
        assert_ne!(
            class("Troops opened fire on protesters on Friday.", "Friday"),
            Some("fire")
        );
        assert_ne!(
            class(
                "The fire service said on Thursday that 15 had died.",
                "Thursday"
            ),
            Some("fire")
        );
        assert_ne!(
            class(
                "The death toll from a fire at the factory rose to 15 on Thursday.",
                "Thursday"
            ),
            Some("fire")
        );
        // A confirmation is a saying: its day is not the death's.
        assert_eq!(
            class(
                "Desmond Hale has died, his agency confirmed on Monday.",
                "Monday"
            ),
            Some("announcement")
        );
        // A year in a relative clause is not the main clause's.
        assert_eq!(
            class(
                "Desmond Hale, who won his first Oscar in 1975, died on Sunday.",
                "1975"
            ),
            None
        );
        assert_eq!(
            class(
                "Desmond Hale, who won his first Oscar in 1975, died on Sunday.",
                "Sunday"
            ),
            Some("death")
        );
        // A count in words is revised on its day as one in digits is.
        assert_eq!(
            class(
                "The death toll from the Cedar Ridge Fire rose to three on Wednesday.",
                "Wednesday"
            ),
            Some("announcement")
        );
        assert_ne!(
            class("The cease-fire collapsed on Monday evening.", "Monday"),
            Some("fire")
        );
    }
}
