//! Durations: "five-year", "72 hours", "more than two months", "three and a half hours".

use crate::extract::date_parse::ORDINAL_DAYS;
use crate::extract::figure::interval;
use crate::extract::lexicon::lexicon;
use crate::extract::phrase::Phrase;
use crate::extract::word_set::WordMap;
use crate::extract::words::{Words, looks_plural};
use crate::model::{Duration, Qualifier, Span};
use std::sync::LazyLock;

/// A duration found in a sentence, before it becomes a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct DurationDraft {
    pub span: Span,
    pub duration: Duration,
    /// What lasted: the noun after a hyphenated duration ("civil war" in "five-year civil
    /// war"), or after "of" ("five years of civil war").
    pub what: Option<String>,
    pub anchor: usize,
}

/// Builds the duration of phrase `p` whose unit word is token `unit_tok`.
/// Whether the length of `p` is written "over" right after a number or a plural noun, what
/// is spread across it ("48 billion zlotys over six years", "hostages over four days"); "for
/// over six years" and "lasted over a decade" are lower bounds.
fn spread_over(w: &Words, p: &Phrase) -> bool {
    if p.qualifier != Qualifier::AtLeast || p.first == 0 || w.low(p.first) != "over" {
        return false;
    }
    let k = p.first - 1;
    let before = w.low(k);
    w.is_number(k)
        || (w.is_word(k)
            && !w.capitalized(k)
            && looks_plural(before)
            && !matches!(before, "lasts" | "takes" | "spans" | "runs" | "remains")
            && !lexicon().stopwords.contains(before))
}

/// Things that go on while they are reported, whose length told as "N days of …" is the
/// length so far (see [`elapsed_so_far`]).
const GOING_ON: [&str; 11] = [
    "riot",
    "fighting",
    "siege",
    "strike",
    "outage",
    "search",
    "rescue",
    "investigation",
    "trial",
    "dispute",
    "heatwave",
];

/// Whether the length whose unit is token `unit_tok` is told as "N units of" a thing of
/// [`GOING_ON`] ("five days of rioting", "8 days of riots"): a report written while it goes
/// on tells how long it has lasted so far, a lower bound that a later report's longer length
/// does not contradict.
fn elapsed_so_far(w: &Words, unit_tok: usize) -> bool {
    w.low(unit_tok + 1) == "of"
        && SPELLS
            .get(w.low(unit_tok + 2))
            .is_some_and(|s| GOING_ON.contains(s))
}

pub fn duration(w: &Words, p: &Phrase, unit_tok: usize) -> Option<DurationDraft> {
    // "its steepest one-day drop since 2020": a superlative over a stretch of time is a
    // window the record is counted in, no length of anything.
    if p.hyphen_word.is_some() && p.first >= 1 && superlative(w.low(p.first - 1)) {
        return None;
    }
    let units = &lexicon().time_units;
    // "14hrs", "90mins": the unit glued to the digits is the number's own token.
    let glued = p.glued_unit.as_deref().filter(|_| unit_tok == p.num_last);
    let &(unit, designator) = match glued {
        Some(u) => units.get(u.to_ascii_lowercase().as_str())?,
        None => units.get(w.low(unit_tok))?,
    };
    let (unit, designator, factor) = match unit {
        "fortnight" => ("week", "W", 2.0),
        _ => (unit, designator, 1.0),
    };
    let value = p.value * factor;
    // "will cost 48 billion zlotys over six years", "50 hostages over four days": "over"
    // after a sum or a count spreads it across the length, which is no lower bound.
    let qualifier = if spread_over(w, p) {
        Qualifier::Exact
    } else if p.qualifier == Qualifier::Exact && elapsed_so_far(w, unit_tok) {
        Qualifier::AtLeast
    } else {
        p.qualifier
    };
    let iv = interval(
        qualifier,
        value,
        p.low * factor,
        p.high * factor,
        p.resolution * factor,
    );
    let time_part = matches!(unit, "hour" | "minute" | "second");
    let amount = if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        format!("{}", (value * 1000.0).round() / 1000.0)
    };
    let timex = format!("P{}{amount}{designator}", if time_part { "T" } else { "" });
    let mut last = unit_tok.max(p.last);
    // "six weeks'": a possessive apostrophe belongs to the unit.
    if w.is_punct(last + 1, "'") || w.is_punct(last + 1, "’") {
        last += 1;
    }
    Some(DurationDraft {
        span: w.span(p.first, last),
        duration: Duration {
            timex,
            interval: iv,
            qualifier,
            unit: unit.to_string(),
        },
        what: what_lasted(w, unit_tok),
        anchor: p.num_first,
    })
}

/// Whether `low` is a superlative ("steepest", "biggest", "worst").
fn superlative(low: &str) -> bool {
    matches!(low, "worst" | "best" | "most" | "least")
        || (low.len() >= 6
            && low.ends_with("est")
            // "northwest", "Midwest": a direction.
            && !low.ends_with("west")
            && !matches!(
                low,
                "interest"
                    | "protest"
                    | "harvest"
                    | "request"
                    | "contest"
                    | "honest"
                    | "modest"
                    | "arrest"
                    | "forest"
                    | "suggest"
                    | "digest"
                    | "invest"
                    | "manifest"
                    | "unrest"
                    | "inquest"
                    | "conquest"
            ))
}

/// Words before a length of years and months that make it a term served.
const TERM_WORDS: [&str; 9] = [
    "sentenced",
    "jailed",
    "jail",
    "prison",
    "sentence",
    "term",
    "imprisonment",
    "serve",
    "serving",
];

/// Tokens before a length searched for a word of [`TERM_WORDS`].
const TERM_REACH: usize = 4;

/// One length written in two units of a clock ("1hr 4 mins", "2 hours and 30 minutes", "six
/// minutes, 41 seconds", a term of "four years and six months"): `a`, then `b` of the next smaller
/// unit, as one length in `b`'s unit spanning both. `None` when the units do not follow one
/// another or either is not exact.
pub fn joined(w: &Words, a: &DurationDraft, b: &DurationDraft) -> Option<DurationDraft> {
    let per = match (a.duration.unit.as_str(), b.duration.unit.as_str()) {
        ("hour", "minute") | ("minute", "second") => 60.0,
        ("day", "hour") => 24.0,
        // "four years and six months": a prison term, a contract's length.
        ("year", "month") => 12.0,
        _ => return None,
    };
    let exact = |d: &DurationDraft| {
        (d.duration.qualifier == crate::model::Qualifier::Exact)
            .then(|| d.duration.interval.low())
            .flatten()
    };
    let total = exact(a)? * per + exact(b)?;
    let (a_first, a_last) = w.tokens_of(a.span);
    let (b_first, _) = w.tokens_of(b.span);
    // Years and months are one length as a term: "sentenced to four years and six months"
    // (elsewhere, "twenty-one years and six months in the future", two lengths are told).
    let term =
        (a_first.saturating_sub(TERM_REACH)..a_first).any(|k| TERM_WORDS.contains(&w.low(k)));
    if per == 12.0 && !term {
        return None;
    }
    // Nothing or "and" between the parts; a comma or ", and" only within an hour ("six
    // minutes, 41 seconds"): "14 days, and 16 hours" is a list of lengths.
    let clock = per == 60.0;
    let joins = match b_first.checked_sub(a_last + 1)? {
        0 => true,
        1 => w.low(a_last + 1) == "and" || (clock && w.low(a_last + 1) == ","),
        2 => clock && w.low(a_last + 1) == "," && w.low(a_last + 2) == "and",
        _ => false,
    };
    if !joins {
        return None;
    }
    let designator = b.duration.timex.chars().last()?;
    let time_part = if b.duration.timex.starts_with("PT") {
        "T"
    } else {
        ""
    };
    Some(DurationDraft {
        span: Span::new(a.span.start(), b.span.end()),
        duration: Duration {
            timex: format!("P{time_part}{total}{designator}"),
            interval: crate::model::Interval::point(total),
            qualifier: crate::model::Qualifier::Exact,
            unit: b.duration.unit.clone(),
        },
        what: b.what.clone(),
        anchor: a.anchor,
    })
}

/// "five-year civil war" → "civil war"; "five years of civil war" → "civil war".
pub fn what_lasted(w: &Words, unit_tok: usize) -> Option<String> {
    let lex = lexicon();
    let mut k = unit_tok + 1;
    if w.low(k) == "of" {
        k += 1;
    } else if w.is_punct(k, "-") && w.low(k + 1) == "long" && w.glued(k + 1) {
        // "a day-long blackout", "weeks-long siege".
        k += 2;
    } else if !w.glued(unit_tok) {
        // Not hyphenated: "lasted 72 hours" names no noun after it.
        return None;
    }
    let mut words = Vec::new();
    while words.len() < 3 && w.is_word(k) && !lex.stopwords.contains(w.low(k)) {
        words.push(w.low(k).to_string());
        k += 1;
    }
    (!words.is_empty()).then(|| words.join(" "))
}

static SPELLS: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    include_str!("data/spells.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| {
            let mut f = l.split_whitespace();
            let canonical = f.next().unwrap_or("");
            f.map(move |w| (w, canonical))
        })
        .collect()
});

/// What lasted, with its last word in the one name outlets' words for it share ("bank
/// standoff" → "bank siege") and without a last word that names only a stretch of time
/// ("mourning period" → "mourning"); else as it is.
pub fn one_name(mut what: String) -> String {
    if let Some(k) = what.strip_suffix(" period").map(str::len) {
        what.truncate(k);
    }
    // "rail walkout begins": what lasted ends at the last word naming such a thing.
    if let Some(end) = what
        .match_indices(' ')
        .map(|(k, _)| k)
        .chain([what.len()])
        .rfind(|&k| {
            let word = what[..k].rsplit(' ').next().unwrap_or("");
            SPELLS.get(word).is_some()
        })
    {
        what.truncate(end);
    }
    let (head_at, head) = match what.rfind(' ') {
        Some(k) => (k + 1, &what[k + 1..]),
        None => (0, what.as_str()),
    };
    match SPELLS.get(head) {
        Some(&canonical) if canonical != head => [&what[..head_at], canonical].concat(),
        _ => what,
    }
}

/// Words that tie a length with no noun of its own to what lasted ("lasted about 12 hours",
/// "hostages for nine hours", "during nine hours", "ended … after more than 11 hours",
/// "downtime was 1hr 4 mins", "the inquiry took nearly four years").
const LASTED: [&str; 12] = [
    "was",
    "lasted",
    "lasting",
    "lasts",
    "last",
    "took",
    "takes",
    "take",
    "for",
    "during",
    "after",
    "throughout",
];

/// Words of a length's qualifier that may stand between it and [`LASTED`] ("for more than",
/// "lasted about").
const QUALIFYING: [&str; 9] = [
    "about", "around", "some", "nearly", "almost", "more", "than", "over", "roughly",
];

/// The thing of [`SPELLS`] whose length the duration starting at token `first` tells when no
/// noun follows it: a word of [`LASTED`] right before it (past qualifier words), then the
/// nearest such thing before that word in its clause ("The standoff at the bank lasted about
/// 12 hours", "held four persons as hostages … during nine hours").
pub fn spell_before(w: &Words, first: usize) -> Option<String> {
    let tie = tie_before(w, first)?;
    // "Sunday's blackout, which lasted": a relative clause belongs to the noun before it.
    let relative = |i: usize| w.is_punct(i, ",") && matches!(w.low(i + 1), "which" | "that");
    (tie.saturating_sub(12)..tie)
        .rev()
        .take_while(|&i| w.is_word(i) || w.is_punct(i, "-") || relative(i))
        .filter(|&i| w.is_word(i) && !a_prison_as_a_place(w, i))
        .find_map(|i| SPELLS.get(w.low(i)).map(|c| c.to_string()))
}

/// Whether token `i` is a prison or jail as a place ("a riot at a state prison that lasted
/// 14 hours"), not time in it ("years in prison", "sent to jail").
fn a_prison_as_a_place(w: &Words, i: usize) -> bool {
    matches!(w.low(i), "prison" | "jail" | "jails")
        && !(i > 0 && matches!(w.low(i - 1), "in" | "to"))
}

/// The thing of [`SPELLS`] named right after the duration ending at token `last`, after "in"
/// ("five years in prison").
pub fn spell_after(w: &Words, last: usize) -> Option<String> {
    if w.low(last + 1) != "in" {
        return None;
    }
    SPELLS.get(w.low(last + 2)).map(|c| c.to_string())
}

/// Verbs of time spent, before a length in prison: "spent almost four years in prison" is
/// time served, which may be short of the sentence ("was sentenced to 17 years").
const SPENT: [&str; 5] = ["spent", "spend", "spends", "spending", "served"];

/// What a length of a sentence (`what`) starting at token `first` is when a verb of
/// [`SPENT`] stands right before it: time in prison, no sentence handed down.
pub fn time_served(w: &Words, first: usize, what: Option<&str>) -> Option<String> {
    (what == Some("sentence") && first > 0 && SPENT.contains(&w.low(first - 1)))
        .then(|| "time in prison".to_string())
}

/// Verbs of asking for a sentence: "Prosecutors had sought a 15-year term", "had demanded 15
/// years", "asked for a 15-year sentence".
const SOUGHT: [&str; 10] = [
    "sought",
    "seek",
    "seeking",
    "demanded",
    "demanding",
    "asked",
    "requested",
    "recommended",
    "urged",
    "wanted",
];

/// Words that tell a length asked for is a prison term, where the length names nothing itself
/// ("Prosecutors had demanded 15 years").
const COURT_WORDS: [&str; 5] = [
    "prosecutors",
    "prosecutor",
    "prosecution",
    "prosecuting",
    "court",
];

/// The sentence a prosecutor asked for, which is no sentence handed down: a length of a
/// sentence or a term (`what`), or of nothing named in a sentence that speaks of prosecutors,
/// after a verb of [`SOUGHT`] before it in its clause. Returns the name it is known by.
pub fn sought_sentence(w: &Words, first: usize, what: Option<&str>) -> Option<String> {
    let named = matches!(
        what,
        Some("sentence" | "term" | "prison term" | "jail term")
    );
    if !named && what.is_some() {
        return None;
    }
    let sought = (first.saturating_sub(6)..first)
        .rev()
        .take_while(|&k| !w.is_punct(k, ",") && !w.is_punct(k, ";"))
        .any(|k| SOUGHT.contains(&w.low(k)));
    // The sentence is read for prosecutors only once a verb of asking is found.
    let court = || named || (0..w.len()).any(|k| COURT_WORDS.contains(&w.low(k)));
    (sought && court()).then(|| "sentence sought".to_string())
}

/// Whether the duration starting at token `first` is a stretch looked back over from now
/// ("over the past 24 hours", "in the last three days", "the past few days"): "past", or
/// "last" after "the" ("the talks will last 12 hours" is a length), right before its number
/// or opening it.
pub fn looks_back(w: &Words, first: usize) -> bool {
    let back = |k: usize| match w.low(k) {
        "past" => true,
        "last" => k > 0 && w.low(k - 1) == "the",
        _ => false,
    };
    (first > 0 && back(first - 1)) || back(first) || (w.low(first) == "the" && back(first + 1))
}

/// The word of [`LASTED`] right before the duration starting at token `first`, past
/// qualifier words ("lasted about", "for more than").
fn tie_before(w: &Words, first: usize) -> Option<usize> {
    let mut k = first;
    while k > 0 && QUALIFYING.contains(&w.low(k - 1)) {
        k -= 1;
    }
    let tie = k.checked_sub(1)?;
    // "sentenced him to five years", "condemned to 5 years": "to" within a few words after a
    // word of [`SPELLS`].
    let to = w.low(tie) == "to"
        && (tie.saturating_sub(4)..tie)
            .rev()
            .take_while(|&i| w.is_word(i))
            .any(|i| SPELLS.get(w.low(i)).is_some());
    (to || LASTED.contains(&w.low(tie))).then_some(tie)
}

/// Words that may stand between "in" or "within" and the length it opens ("in more than a
/// decade", "in under two years", "in recent years", "in the past five years").
const BEFORE_A_WINDOW: [&str; 16] = [
    "about", "around", "some", "nearly", "almost", "more", "than", "over", "roughly", "under",
    "less", "just", "only", "the", "past", "recent",
];

/// Ordinal words that count a happening within a stretch of time ("the second attack on the
/// line in five years", "the first time in a decade"): "first" to "tenth".
const ORDINALS: &[&str] = ORDINAL_DAYS.split_at(10).0;

/// Tokens before "in" searched for an ordinal or a superlative that counts within the length.
const WINDOW_REACH: usize = 12;

/// Whether the duration starting at token `first` is a window something is counted or ranked
/// in, or happened within, and no length of anything: "within six hours of the attack", "The
/// fire spread within minutes", and "in" after an ordinal or a superlative of its clause ("It
/// was the second attack on the line in five years", "the deadliest fire in more than a
/// decade", "The worst in recent years"); and a deadline given ("given 72 hours to leave").
pub fn window(w: &Words, first: usize, last: usize) -> bool {
    // "The five were given 72 hours to leave": a deadline, no length of anything.
    if first >= 1
        && matches!(w.low(first - 1), "given" | "gave" | "give" | "giving")
        && w.low(last + 1) == "to"
    {
        return true;
    }
    let mut k = first;
    while k > 0 && BEFORE_A_WINDOW.contains(&w.low(k - 1)) {
        k -= 1;
    }
    let Some(at) = k.checked_sub(1) else {
        return false;
    };
    match w.low(at) {
        "within" => true,
        "in" => (at.saturating_sub(WINDOW_REACH)..at)
            .rev()
            .take_while(|&j| !matches!(w.low(j), "." | "," | ";" | ":" | "?" | "!"))
            .any(|j| {
                // "Most people recover in a week": "most" ranks only after "the" ("the most
                // powerful quake in 50 years").
                let low = w.low(j);
                ORDINALS.contains(&low)
                    || (superlative(low)
                        && (!matches!(low, "most" | "least") || j > 0 && w.low(j - 1) == "the"))
            }),
        _ => false,
    }
}

/// Whether the duration from token `first` to `last` is how long before or after something
/// another thing happened ("one day after the shooting", "hours earlier", "two years ago"),
/// no length of anything: "after" or "before" it, as the word after it says. A length that
/// something lasted stays one ("lasted about 12 hours before officers broke in").
pub fn offset_side(w: &Words, first: usize, last: usize) -> Option<&'static str> {
    if !w.is_word(last + 1) || tie_before(w, first).is_some_and(|t| w.low(t) != "after") {
        return None;
    }
    match w.low(last + 1) {
        "after" | "later" => Some("after"),
        "before" | "earlier" | "ago" => Some("before"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::extract::role::{Role, role};
    use crate::model::Interval;

    fn durations(s: &str) -> Vec<DurationDraft> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w)
            .iter()
            .filter_map(|p| match role(&w, p) {
                Role::Duration(u) => duration(&w, p, u),
                _ => None,
            })
            .collect()
    }

    fn words(s: &str) -> Words<'_> {
        Words::new(s, Span::new(0, s.len()))
    }

    /// The first token of the duration reading `text` in `s`, and its last.
    fn tokens(w: &Words, s: &str, text: &str) -> (usize, usize) {
        let start = s.find(text).unwrap();
        w.tokens_of(Span::new(start, start + text.len()))
    }

    /// What lasted, by `spell_before`, for the duration reading `text` in `s`.
    fn spell(s: &str, text: &str) -> Option<String> {
        let w = words(s);
        spell_before(&w, tokens(&w, s, text).0)
    }

    #[test]
    fn days_in_captivity_and_of_captivity_are_one_length() {
        let w = words("Fourteen were freed after 47 days in captivity.");
        let (_, last) = tokens(
            &w,
            "Fourteen were freed after 47 days in captivity.",
            "47 days",
        );
        assert_eq!(spell_after(&w, last).as_deref(), Some("captivity"));
        assert_eq!(one_name("captivity".to_string()), "captivity");
    }

    #[test]
    fn a_prison_as_a_place_is_no_sentence() {
        let s =
            "Seven inmates were killed during a riot at a state prison that lasted about 14 hours.";
        assert_eq!(spell(s, "about 14 hours").as_deref(), Some("riot"));
        let s = "Her time in prison, which lasted 14 years, ended on Monday.";
        assert_eq!(spell(s, "14 years").as_deref(), Some("sentence"));
    }

    #[test]
    fn a_sentence_asked_for_is_no_sentence_handed_down() {
        let sought = |s: &str, text: &str, what: Option<&str>| {
            let w = words(s);
            sought_sentence(&w, tokens(&w, s, text).0, what)
        };
        let s = "Prosecutors had sought a 15-year term.";
        assert_eq!(
            sought(s, "15-year", Some("term")).as_deref(),
            Some("sentence sought")
        );
        let s = "Prosecutors had demanded 15 years.";
        assert_eq!(
            sought(s, "15 years", None).as_deref(),
            Some("sentence sought")
        );
        // Handed down, or asked for outside a court.
        let s = "The court sentenced him to 12 years in prison.";
        assert_eq!(sought(s, "12 years", Some("sentence")), None);
        let s = "The union demanded 15 days of paid leave.";
        assert_eq!(sought(s, "15 days", None), None);
        // Another verb's length in a later clause keeps its name.
        let s = "Prosecutors sought life, but he got 12 years in prison.";
        assert_eq!(sought(s, "12 years", Some("sentence")), None);
    }

    #[test]
    fn a_window_counted_in_or_happened_within_is_no_length() {
        let is_window = |s: &str, text: &str| {
            let w = words(s);
            let (first, last) = tokens(&w, s, text);
            window(&w, first, last)
        };
        let s = "It was the second attack on the line in five years.";
        assert!(is_window(s, "five years"));
        let s = "It was the second attack on the line in under two years.";
        assert!(is_window(s, "two years"));
        let s = "It was one of the country's deadliest industrial fires in more than a decade.";
        assert!(is_window(s, "more than a decade"));
        let s = "The worst in recent years occurred in Italy.";
        assert!(is_window(s, "recent years"));
        let s = "Three people were detained within six hours of the attack.";
        assert!(is_window(s, "six hours"));
        assert!(is_window(
            "The fire spread tent to tent within minutes.",
            "minutes"
        ));
        let s = "The five were given 72 hours to leave the country.";
        assert!(is_window(s, "72 hours"));
        // A length, however it is told; a direction is no superlative.
        let s = "Heavy bombardment has battered the northwest province in recent days.";
        assert!(!is_window(s, "recent days"));
        assert!(!is_window("The siege lasted five years.", "five years"));
        assert!(!is_window("Most people recover in a week.", "a week"));
        let s = "The first crews arrived, and the fire burned for three hours.";
        assert!(!is_window(s, "three hours"));
    }

    #[test]
    fn one_thing_told_in_other_words_has_one_name() {
        assert_eq!(one_name("standoff".into()), "siege");
        assert_eq!(one_name("bank standoff".into()), "bank siege");
        assert_eq!(one_name("siege".into()), "siege");
        assert_eq!(one_name("manhunt".into()), "search");
        assert_eq!(one_name("civil war".into()), "civil war");
        assert_eq!(one_name("mourning period".into()), "mourning");
        assert_eq!(one_name("period".into()), "period");
    }

    #[test]
    fn a_length_with_no_noun_takes_the_thing_that_lasted() {
        assert_eq!(
            spell(
                "The standoff at the bank on Obernstrasse lasted about 12 hours.",
                "about 12 hours"
            )
            .as_deref(),
            Some("siege")
        );
        assert_eq!(
            spell(
                "A man held four persons as hostages in a bank during nine hours.",
                "nine hours"
            )
            .as_deref(),
            Some("siege")
        );
        // No word tying the length to the thing, or no such thing: no name.
        assert_eq!(
            spell("The standoff ended and two hours passed.", "two hours"),
            None
        );
        assert_eq!(spell("He was questioned for 12 hours.", "12 hours"), None);
        // Riots, rescues, closures, states of emergency and gunfire last too.
        for (s, length, what) in [
            ("The riot lasted 14 hours.", "14 hours", "riot"),
            (
                "The rescue operation lasted 20 hours.",
                "20 hours",
                "rescue",
            ),
            (
                "Schools will stay closed for two weeks.",
                "two weeks",
                "closure",
            ),
            (
                "A state of emergency was declared for two months.",
                "two months",
                "emergency",
            ),
            (
                "Gunfire around State House lasted for about four hours.",
                "about four hours",
                "fighting",
            ),
        ] {
            assert_eq!(spell(s, length).as_deref(), Some(what), "{s}");
        }
    }

    #[test]
    fn a_stretch_looked_back_over_is_no_length() {
        let back = |s: &str, text: &str| {
            let w = words(s);
            looks_back(&w, tokens(&w, s, text).0)
        };
        assert!(back(
            "Russian jets struck 182 targets over the past 24 hours.",
            "24 hours"
        ));
        assert!(back(
            "41 women were killed in clashes over the last 15 days.",
            "15 days"
        ));
        assert!(back(
            "the past few days of fighting were the bloodiest",
            "the past few days"
        ));
        assert!(!back("The talks will last 12 hours.", "12 hours"));
        assert!(!back("The siege lasted 12 hours.", "12 hours"));
    }

    #[test]
    fn a_time_before_or_after_something_is_no_length() {
        let side = |s: &str, text: &str| {
            let w = words(s);
            let (first, last) = tokens(&w, s, text);
            offset_side(&w, first, last)
        };
        assert_eq!(
            side("The arrest came one day after the shooting.", "one day"),
            Some("after")
        );
        assert_eq!(
            side("A second quake hit several hours later.", "several hours"),
            Some("after")
        );
        assert_eq!(
            side("It was hijacked hours earlier.", "hours"),
            Some("before")
        );
        assert_eq!(side("The siege lasted 12 hours.", "12 hours"), None);
        // What lasted until something else happened is still a length.
        assert_eq!(
            side(
                "The standoff lasted about 12 hours before officers broke in.",
                "about 12 hours"
            ),
            None
        );
    }

    #[test]
    fn a_superlative_over_a_stretch_is_no_length() {
        assert!(
            durations("The index fell 6.2 percent, its steepest one-day drop since 2020.")
                .is_empty()
        );
        assert!(durations("It was the worst three-day rout in a decade.").len() <= 1);
        assert_eq!(durations("The firm called a one-day strike.").len(), 1);
    }

    #[test]
    fn units_glued_to_digits_and_lengths_in_two_units() {
        let d = &durations("The outage lasted 14hrs in total.")[0];
        assert_eq!((d.duration.timex.as_str(), d.span.len()), ("PT14H", 5));
        assert_eq!(
            durations("Engineers needed 90mins.")[0].duration.timex,
            "PT90M"
        );
        let w = words("Total downtime was 1hr 4 mins.");
        let found = durations("Total downtime was 1hr 4 mins.");
        let both = joined(&w, &found[0], &found[1]).unwrap();
        assert_eq!(both.duration.timex, "PT64M");
        assert_eq!(both.duration.unit, "minute");
        // Units that do not follow one another are two lengths.
        let s = "It took 2 hours, not 5 years.";
        let (w, found) = (words(s), durations(s));
        assert_eq!(joined(&w, &found[0], &found[1]), None);
    }

    #[test]
    fn a_fraction_of_one_unit_of_time_is_a_length() {
        let d = &durations("A warning went out roughly a quarter of an hour before the strike.")[0];
        assert_eq!(d.duration.timex, "PT0.25H");
        assert_eq!(
            durations("It took three quarters of an hour.")[0]
                .duration
                .timex,
            "PT0.75H"
        );
    }

    #[test]
    fn a_sum_or_count_over_a_length_spreads_across_it() {
        let qualifier = |s: &str| durations(s)[0].duration.qualifier;
        // A length of a thing going on, told as "N days of", is the length so far.
        assert_eq!(
            qualifier("Police fought youths after five days of rioting."),
            Qualifier::AtLeast
        );
        assert_eq!(
            qualifier("He faces five years of imprisonment."),
            Qualifier::Exact
        );
        assert_eq!(qualifier("The riot lasted five days."), Qualifier::Exact);
        assert_eq!(
            qualifier("The programme will cost 48 billion zlotys over six years."),
            Qualifier::Exact
        );
        assert_eq!(
            qualifier("The deal frees 50 hostages over four days."),
            Qualifier::Exact
        );
        assert_eq!(
            qualifier("He was jailed for over six years."),
            Qualifier::AtLeast
        );
        assert_eq!(
            qualifier("The war lasted over six years."),
            Qualifier::AtLeast
        );
    }

    #[test]
    fn a_length_joined_to_long_names_what_lasted() {
        let w = words("a day-long blackout in Porto");
        assert_eq!(what_lasted(&w, 1).as_deref(), Some("blackout"));
        let w = words("a months-long siege of Aleppo");
        assert_eq!(what_lasted(&w, 1).as_deref(), Some("siege"));
    }

    #[test]
    fn tie_words_name_sentences_and_things_before_a_relative_clause() {
        assert_eq!(
            spell(
                "Sunday's blackout, which lasted nearly 15 hours, ended.",
                "nearly 15 hours"
            )
            .as_deref(),
            Some("outage")
        );
        assert_eq!(
            spell("The court sentenced him to five years.", "five years").as_deref(),
            Some("sentence")
        );
        assert_eq!(
            spell("He was jailed for a dozen years.", "a dozen years").as_deref(),
            Some("sentence")
        );
        // "to" ties only after such a word: "rose to 12 hours" names nothing.
        assert_eq!(spell("The wait rose to 12 hours.", "12 hours"), None);
        let w = words("Roux got five years in prison.");
        assert_eq!(
            spell_after(
                &w,
                tokens(&w, "Roux got five years in prison.", "five years").1
            )
            .as_deref(),
            Some("sentence")
        );
        // Time spent in prison is no sentence.
        let s = "Ms Morel spent almost four years in prison.";
        let w = words(s);
        let (first, last) = tokens(&w, s, "almost four years");
        assert_eq!(spell_after(&w, last).as_deref(), Some("sentence"));
        assert_eq!(
            time_served(&w, first, Some("sentence")).as_deref(),
            Some("time in prison")
        );
        let s = "He was jailed for four years.";
        let w = words(s);
        let (first, _) = tokens(&w, s, "four years");
        assert_eq!(time_served(&w, first, Some("sentence")), None);
        assert_eq!(one_name("rail walkout begins".into()), "rail strike");
        assert_eq!(one_name("prison sentence".into()), "prison sentence");
    }

    #[test]
    fn seed_durations() {
        let d = &durations("how to end the five-year civil war.")[0];
        assert_eq!(d.duration.timex, "P5Y");
        assert_eq!(d.duration.interval, Interval::point(5.0));
        assert_eq!(d.what.as_deref(), Some("civil war"));
        let d = &durations("Russia’s more than two-month bombing campaign")[0];
        assert_eq!(
            (d.duration.timex.as_str(), d.duration.interval),
            ("P2M", Interval::at_least(2.0))
        );
        assert_eq!(d.what.as_deref(), Some("bombing campaign"));
        let d = &durations("after almost five years of civil war")[0];
        assert_eq!(d.duration.interval, Interval::between(4.5, 5.0));
        assert_eq!(d.what.as_deref(), Some("civil war"));
        assert_eq!(
            durations("a meeting that lasted three and a half hours")[0]
                .duration
                .timex,
            "PT3.5H"
        );
        assert_eq!(durations("the 72-hour search")[0].duration.timex, "PT72H");
    }
}
