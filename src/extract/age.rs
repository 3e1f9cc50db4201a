//! The age of a person: "Linda Hughes, 67,", "Hughes (67)", "Hughes, aged 67,", "the
//! 67-year-old Linda Hughes was". A person has one age, which outlets do get wrong, so an age
//! told of a name is a figure to compare ("age of Linda Hughes"). An age told of no name ("a
//! 47-year-old man was arrested", "The woman, 74, was taken to hospital") is told of what
//! befell the person ("age of the man suspect"), and only where the article tells of one
//! such person (see [`drop_ages_of_two`]); with no fate it may be anyone's and is left out.

use crate::extract::entity::{is_title, lexicon_not_name};
use crate::extract::lexicon::lexicon;
use crate::extract::measure::{GroupAfter, measure_of};
use crate::extract::phrase::{Phrase, Shape};
use crate::extract::role::PERSON_ENDINGS;
use crate::extract::taken_to_hospital::taken_to_a_named_hospital;
use crate::extract::words::Words;
use crate::model::{Claim, Qualifier, Span, Value};

/// Most words a name of a person holds, titles left out ("Maria de la Cruz Ortega").
const MAX_NAME_WORDS: usize = 4;

/// Words that may follow a name an age stands before ("the 67-year-old Linda Hughes was
/// found", "… Hughes, who", "… Hughes and her son"): a lowercase word other than these
/// (and than a verb of the past in "-ed") makes the capitalized words a modifier ("a
/// 34-year-old Brooklyn resident").
const AFTER_A_NAME: [&str; 20] = [
    "was", "is", "has", "had", "who", "and", "said", "says", "told", "died", "will", "would", "of",
    "from", "in", "on", "at", "remains", "faces", "could",
];

/// The age a phrase tells and the person it tells it of.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedAge {
    /// The person's name as written, titles left out ("Linda Hughes").
    pub name: String,
    /// The age in years.
    pub years: f64,
    /// The words of the age ("67", "67-year-old").
    pub span: Span,
}

/// The age `p` tells of a named person, if a name stands beside it; `p` is a phrase whose role
/// is an age.
pub fn named_age(w: &Words, p: &Phrase) -> Option<NamedAge> {
    let years = whole_years(p)?;
    if let Some(old) = year_old_end(w, p) {
        // "Shankarrao Patil, a 71-year-old retired teacher,": the name the description is
        // set beside.
        let described = p.first >= 3
            && matches!(w.low(p.first - 1), "a" | "an")
            && w.is_punct(p.first - 2, ",");
        let name = name_after(w, old + 1)
            .or_else(|| described.then(|| name_ending_at(w, p.first - 3)).flatten())?;
        return Some(NamedAge {
            name,
            years,
            span: w.span(p.first, old),
        });
    }
    let name = name_before(w, p)?;
    Some(NamedAge {
        name,
        years,
        span: w.span(p.first, p.last),
    })
}

/// The age phrase `p` tells as a whole number of years a person may be ("67", "six"), with
/// nothing before the number and no qualifier.
fn whole_years(p: &Phrase) -> Option<f64> {
    let years = p.value;
    (p.qualifier == Qualifier::Exact
        && p.first == p.num_first
        && matches!(p.shape, Shape::Digits | Shape::Words)
        && years.fract() == 0.0
        && (1.0..=120.0).contains(&years))
    .then_some(years)
}

/// Nouns of one person whose name a report need not give ("a 47-year-old man", "The driver,
/// 41,"). A role ("driver") lines up only with the same role, never with "man": an outlet that
/// tells the driver's age and another that tells a passenger's tell of two people.
const ONE_PERSON: [&str; 19] = [
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "teen",
    "youth",
    "child",
    "baby",
    "toddler",
    "driver",
    "pedestrian",
    "cyclist",
    "motorist",
    "passenger",
    "pilot",
    "suspect",
    "victim",
    "gunman",
];

/// The noun of one person of [`ONE_PERSON`] at token `k`, if it is one.
fn one_person_at(w: &Words, k: usize) -> Option<&'static str> {
    ONE_PERSON.iter().copied().find(|n| *n == w.low(k))
}

/// The age of a person told by a noun alone: "a 47-year-old man", "the 10-year-old girl".
#[derive(Debug, Clone, PartialEq)]
pub struct UnnamedAge {
    /// The noun the person is told by ("man").
    pub noun: &'static str,
    /// The last token before the words that tell what befell the person: the noun ("a
    /// 47-year-old man was arrested"), or the comma closing the age ("The woman, 74, was
    /// taken to hospital").
    pub told_to: usize,
    /// The age in years.
    pub years: f64,
    /// The words of the age ("47-year-old").
    pub span: Span,
}

/// The age `p` tells of a person told by a noun alone ("a 47-year-old man", "the woman, 74,");
/// `p` is a phrase whose role is an age and that tells no named person's.
pub fn unnamed_age(w: &Words, p: &Phrase) -> Option<UnnamedAge> {
    let years = whole_years(p)?;
    if let Some(a) = set_beside_a_noun(w, p, years) {
        return Some(a);
    }
    if p.first == 0 || !matches!(w.low(p.first - 1), "a" | "an" | "the") {
        return None;
    }
    let old = year_old_end(w, p)?;
    let noun_at = old + 1;
    let noun = one_person_at(w, noun_at)?;
    // "a 19-year-old man and a 22-year-old man were arrested": one of two.
    if w.low(noun_at + 1) == "and" || (p.first >= 2 && w.low(p.first - 2) == "and") {
        return None;
    }
    Some(UnnamedAge {
        noun,
        told_to: noun_at,
        years,
        span: w.span(p.first, old),
    })
}

/// The age set between commas after "the" or "a" and a noun of one person: "The woman, 74,
/// was taken to hospital", "a man, 34, was arrested".
fn set_beside_a_noun(w: &Words, p: &Phrase, years: f64) -> Option<UnnamedAge> {
    let noun_at = p.first.checked_sub(2)?;
    let closes = p.last + 1;
    if noun_at == 0
        || !w.is_punct(p.first - 1, ",")
        || !w.is_punct(closes, ",")
        || !matches!(w.low(noun_at - 1), "a" | "an" | "the")
    {
        return None;
    }
    let noun = one_person_at(w, noun_at)?;
    Some(UnnamedAge {
        noun,
        told_to: closes,
        years,
        span: w.span(p.first, p.last),
    })
}

/// What the topic of an age told of a person with no name opens with ("age of the man
/// suspect").
pub const UNNAMED: &str = "age of the ";

/// The person an unnamed age of the story is told of ("man suspect"), if `c` is one.
fn unnamed_of(c: &Claim) -> Option<(&str, f64)> {
    match &c.value {
        Value::Quantity(q) if !c.background && c.topic.starts_with(UNNAMED) => {
            Some((q.of.as_deref()?, q.interval.low()?))
        }
        _ => None,
    }
}

/// Drops the unnamed ages of the story that an article tells of two people of one kind:
/// "a 19-year-old man and a 22-year-old man were arrested" tells of two suspects, and
/// neither age is the one suspect another outlet names.
pub fn drop_ages_of_two(text: &str, claims: &mut Vec<Claim>) {
    let ages: Vec<(&str, f64)> = claims.iter().filter_map(unnamed_of).collect();
    if ages.is_empty() {
        return;
    }
    let low = text.to_lowercase();
    let two: Vec<String> = ages
        .iter()
        .filter(|(of, y)| {
            let noun = of.split(' ').next().unwrap_or(of);
            ages.iter().any(|(o, z)| o == of && z != y) || more_than_one(&low, noun)
        })
        .map(|(of, _)| of.to_string())
        .collect();
    if !two.is_empty() {
        claims.retain(|c| unnamed_of(c).is_none_or(|(of, _)| !two.iter().any(|t| t == of)));
    }
}

/// Whether the lowercased text `low` tells of more than one person the singular `noun`
/// names: "a second man", "another man", "two men", "both women".
fn more_than_one(low: &str, noun: &str) -> bool {
    let plural = match noun {
        "man" => "men".to_string(),
        "woman" => "women".to_string(),
        "child" => "children".to_string(),
        n => [n, "s"].concat(),
    };
    let before = |words: &[&str], noun: &str| {
        words.iter().any(|w| {
            low.match_indices(noun).any(|(k, _)| {
                let head = low[..k].trim_end();
                let bounded = !low[k + noun.len()..].starts_with(char::is_alphabetic);
                bounded
                    && head.ends_with(w)
                    && !head[..head.len() - w.len()].ends_with(char::is_alphabetic)
            })
        })
    };
    before(&["second", "another", "third", "other", "fellow"], noun)
        || before(
            &["two", "three", "four", "both", "several", "2", "3", "4"],
            &plural,
        )
}

/// The age inside a count of one victim ("A 61-year-old woman was stabbed": the phrase from
/// "A" to "woman" counts one, and its digits tell her age), from token `first` to `last`.
pub fn within_one_counted(w: &Words, first: usize, last: usize) -> Option<UnnamedAge> {
    let k = (first..last).find(|&k| w.is_number(k))?;
    let years: u8 = w.raw(k).parse().ok()?;
    let old = old_after_number(w, k)?;
    let noun = one_person_at(w, old + 1)?;
    ((1..=120).contains(&years) && old < last).then(|| UnnamedAge {
        noun,
        told_to: old + 1,
        years: f64::from(years),
        span: w.span(k, old),
    })
}

/// What befell the person of the unnamed age `a` whose phrase starts at token `first`, as
/// one of the fates of [`one_fate`]: the measure after the noun ("a 47-year-old man was
/// arrested"), the role the age is set beside ("The suspect, a 61-year-old man,"), a
/// named hospital ("The woman, 74, was taken to Bradford Royal Infirmary") or the measure
/// past a relative clause ("A 71-year-old woman, whose garden collapsed, was treated in
/// hospital"); none for a person who did it ("a 30-year-old man killed his wife").
pub fn fate(w: &Words, first: usize, a: &UnnamedAge) -> Option<&'static str> {
    let group = GroupAfter::at(w, a.told_to + 1);
    let fate = measure_of(w, first, a.told_to, group)
        .or_else(|| role_set_beside(w, first))
        .or_else(|| taken_to_a_named_hospital(w, a.told_to).then_some("hospitalised"))
        .or_else(|| {
            let k = past_a_relative_clause(w, a.told_to)?;
            measure_of(w, k, k, GroupAfter::at(w, k + 1))
        });
    fate.and_then(one_fate).filter(|_| !acts(w, a.told_to))
}

/// Where the words that tell what befell a person go on past a relative clause after the
/// words ending at token `end`: the token before its verb ("A 71-year-old woman who lived
/// beside the hole was taken to hospital", "A 71-year-old woman, whose garden collapsed
/// into the hole, was treated in hospital").
fn past_a_relative_clause(w: &Words, end: usize) -> Option<usize> {
    let comma = w.is_punct(end + 1, ",");
    let who = if comma { end + 2 } else { end + 1 };
    if !matches!(w.low(who), "who" | "whose") {
        return None;
    }
    (who + 2..(who + 20).min(w.len()))
        .take_while(|&k| !matches!(w.raw(k), "." | ";" | ":"))
        .find(|&k| matches!(w.low(k), "was" | "were") && (!comma || w.is_punct(k - 1, ",")))
        .map(|k| k - 1)
}

/// Whether the person told by the words ending at token `end` does what the verb after them
/// says ("a 30-year-old man killed his wife", "a 15-year-old boy shot two classmates", "a
/// 34-year-old man lives next door", "The man, 34, killed his wife"): the doer, not the one
/// it befell.
fn acts(w: &Words, end: usize) -> bool {
    let verb = w.low(end + 1);
    if verb == "lives" {
        return true;
    }
    let object = end + 2;
    (verb.ends_with("ed") || matches!(verb, "shot" | "hit" | "struck" | "stabbed"))
        && (matches!(
            w.low(object),
            "his" | "her" | "their" | "a" | "an" | "the" | "two" | "three" | "him" | "them"
        ) || w.is_number(object)
            || (w.is_word(object) && w.capitalized(object)))
}

/// What befell a person or what they did, as one of the fates news tells a person's age
/// with: an arrest, a charge, a search and a sentence are all of a suspect, who is the one
/// person outlets give either of.
/// Other measures ("gathered": "a 61-year-old man had confronted the crowd") tell nothing
/// of the person.
pub fn one_fate(measure: &str) -> Option<&'static str> {
    Some(match measure {
        "arrested" | "charged" | "sought" | "sentenced" | "convicted" | "attacking" => "suspect",
        "killed" | "shot" => "killed",
        "injured" | "seriously injured" | "injuries" | "hospitalised" | "still in hospital" => {
            "injured"
        }
        "missing" => "missing",
        "kidnapped" => "kidnapped",
        "rescued" => "rescued",
        "trapped" => "trapped",
        "escaped" => "escaped",
        _ => return None,
    })
}

/// The measure of the role a person is set beside: "The suspect, a 61-year-old man,", "the
/// gunman, a 24-year-old man,"; `first` is the first token of the age.
fn role_set_beside(w: &Words, first: usize) -> Option<&'static str> {
    // "The suspect, a 61-year-old man,"; "identified the suspect as a 22-year-old man".
    if first < 3 || !(w.is_punct(first - 2, ",") || w.low(first - 2) == "as") {
        return None;
    }
    let role = w.low(first - 3);
    if role == "suspect" {
        return Some("sought");
    }
    lexicon().role_measures.get(role).copied()
}

/// The token of "old" in "67-year-old" or "67 - year - old" after `p`.
fn year_old_end(w: &Words, p: &Phrase) -> Option<usize> {
    if let Some(h) = p.hyphen_word
        && matches!(w.low(h), "year" | "years")
        && w.is_dash(h + 1)
        && w.low(h + 2) == "old"
    {
        return Some(h + 2);
    }
    old_after_number(w, p.last)
}

/// The token of "old" in "67 - year - old" after the number at token `k`.
fn old_after_number(w: &Words, k: usize) -> Option<usize> {
    (w.is_dash(k + 1)
        && matches!(w.low(k + 2), "year" | "years")
        && w.is_dash(k + 3)
        && w.low(k + 4) == "old")
        .then_some(k + 4)
}

/// Whether token `k` may be a word of a person's name: a capitalized word that is no
/// weekday, month or other word that names nothing.
fn name_word(w: &Words, k: usize) -> bool {
    k < w.len()
        && w.is_word(k)
        && w.capitalized(k)
        && !lexicon_not_name(w.raw(k))
        && w.raw(k).chars().any(char::is_lowercase)
}

/// The name told before an age between commas or in brackets: "Linda Hughes, 67,", "Hughes
/// (67)", "Linda Hughes, aged 67,".
fn name_before(w: &Words, p: &Phrase) -> Option<String> {
    let mut k = p.first;
    if k >= 1 && w.low(k - 1) == "aged" {
        k -= 1;
    }
    let bracket = k >= 1 && w.is_punct(k - 1, "(");
    if k < 2 || !(bracket || w.is_punct(k - 1, ",")) {
        return None;
    }
    let next = p.last + 1;
    let closes = if bracket {
        w.is_punct(next, ")")
    } else {
        next >= w.len() || matches!(w.raw(next), "," | "." | ";" | ")") || w.low(next) == "and"
    };
    if !closes {
        return None;
    }
    // "Tom Reid, of Leeds, aged 64", "a couple from Harrogate, North Yorkshire, aged 64":
    // a place after "of" or "from" set between commas is where the person is from; the
    // person is named before it, or nowhere.
    // "of" only after a comma: "the murder of Rajesh Patel, 52," names the person.
    let from_a_place = |start: usize| {
        start >= 1
            && (matches!(w.low(start - 1), "from" | "in" | "at" | "near")
                || (w.low(start - 1) == "of" && start >= 2 && w.is_punct(start - 2, ",")))
    };
    let mut end = k - 2;
    for _ in 0..3 {
        let start = name_start(w, end)?;
        // "from Harrogate, North Yorkshire": a town and its county ("A few streets away in
        // Gulshan Colony, Rukhsana Bibi, 34," names a place, then the person).
        let place_start = if from_a_place(start) {
            Some(start)
        } else if start >= 2 && w.is_punct(start - 1, ",") {
            name_start(w, start - 2).filter(|&s| s >= 1 && w.low(s - 1) == "from")
        } else {
            None
        };
        let Some(place_start) = place_start else {
            return name_ending_at(w, end);
        };
        let comma = place_start.checked_sub(2)?;
        if !w.is_punct(comma, ",") {
            return None;
        }
        end = comma.checked_sub(1)?;
    }
    None
}

/// The first token of the run of name words whose last is token `end`, if `end` is one.
fn name_start(w: &Words, end: usize) -> Option<usize> {
    let mut start = end;
    while start > 0 && end - start + 1 < MAX_NAME_WORDS + 2 && name_word(w, start - 1) {
        start -= 1;
    }
    name_word(w, end).then_some(start)
}

/// The name whose last word is token `end`: capitalized words back from it, titles left out.
fn name_ending_at(w: &Words, end: usize) -> Option<String> {
    let mut start = name_start(w, end)?;
    // "Caterer Ramesh Ghuge, 48,": a noun of what someone does opens a sentence before a
    // name of two words or more.
    if start == 0 && end >= 2 && does_something(w.low(0)) {
        start = 1;
    }
    // "Rep. John Smith", "Mrs Hughes": titles before the name are its bearer's role.
    let words: Vec<&str> = (start..=end)
        .map(|i| w.raw(i))
        .skip_while(|word| not_of_the_name(word))
        .collect();
    joined(&words)
}

/// The name told after "67-year-old": capitalized words from token `k` that end the noun
/// phrase ("the 67-year-old Linda Hughes was found", not "a 34-year-old Brooklyn resident").
fn name_after(w: &Words, k: usize) -> Option<String> {
    let mut end = k;
    while end < w.len() && end - k < MAX_NAME_WORDS + 2 && name_word(w, end) {
        end += 1;
    }
    if end == k {
        return None;
    }
    let after = w.low(end);
    // "a 19-year-old Boeing 757": a model's name and number.
    let ends_phrase = end >= w.len()
        || (!w.is_word(end) && !w.is_number(end))
        || AFTER_A_NAME.contains(&after)
        || (after.ends_with("ed") && !w.capitalized(end));
    if !ends_phrase {
        return None;
    }
    let words: Vec<&str> = (k..end)
        .map(|i| w.raw(i))
        .skip_while(|word| not_of_the_name(word))
        .collect();
    joined(&words)
}

/// Whether a capitalized word before a name is its bearer's title or role ("Mrs", "Rep.",
/// "Neighbour" opening a sentence), not a word of the name.
fn not_of_the_name(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let low = word.to_lowercase();
    is_title(word) || lexicon().people.contains(&low) || RELATIONS.contains(&low.as_str())
}

/// Nouns of how a person stands to others, which open a sentence before the name they
/// describe ("Neighbour Linda Hughes, 67, said").
const RELATIONS: [&str; 22] = [
    "neighbour",
    "neighbor",
    "friend",
    "relative",
    "owner",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "cousin",
    "colleague",
    "coach",
    "teacher",
    "driver",
];

/// Whether a lowercase word is a noun of a person by what they do ("caterer", "pilot",
/// "cyclist", "pedestrian"), by its ending.
fn does_something(low: &str) -> bool {
    low.len() > 4 && PERSON_ENDINGS.iter().any(|e| low.ends_with(e))
}

/// The words of a name joined by spaces, if they are one to [`MAX_NAME_WORDS`] words.
fn joined(words: &[&str]) -> Option<String> {
    (1..=MAX_NAME_WORDS)
        .contains(&words.len())
        .then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;

    fn ages(s: &str) -> Vec<(String, f64)> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w)
            .iter()
            .filter_map(|p| named_age(&w, p))
            .map(|a| (a.name, a.years))
            .collect()
    }

    #[test]
    fn an_age_beside_a_name_is_that_persons_age() {
        let one = |name: &str, years: f64| vec![(name.to_string(), years)];
        assert_eq!(
            ages("said one neighbour, Linda Hughes, 67."),
            one("Linda Hughes", 67.0)
        );
        assert_eq!(
            ages("Mrs Hughes, 67, lives next door."),
            one("Hughes", 67.0)
        );
        assert_eq!(
            ages("Neighbour Linda Hughes, 68, said so."),
            one("Linda Hughes", 68.0)
        );
        assert_eq!(
            ages("Caterer Ramesh Ghuge, 48, was held."),
            one("Ramesh Ghuge", 48.0)
        );
        assert_eq!(
            ages("The driver, Ramesh Thapa (42), fled."),
            one("Ramesh Thapa", 42.0)
        );
        assert_eq!(
            ages("Tom Hughes, aged 70, and his wife"),
            one("Tom Hughes", 70.0)
        );
        assert_eq!(
            ages("Shankarrao Patil, a 71-year-old retired teacher, died."),
            one("Shankarrao Patil", 71.0)
        );
        assert_eq!(
            ages("The 67-year-old Linda Hughes was found."),
            one("Linda Hughes", 67.0)
        );
    }

    #[test]
    fn an_age_of_no_name_is_no_ones_in_particular() {
        assert!(ages("a 34-year-old Brooklyn resident").is_empty());
        assert!(ages("a man, 34, was arrested").is_empty());
        assert!(ages("a 34-year-old man").is_empty());
        assert!(ages("the 19-year-old Boeing 757 landed").is_empty());
        // A count after a place between commas is no age.
        assert!(ages("In Aleppo, 20 people died.").is_empty());
    }
}
