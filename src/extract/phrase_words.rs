//! Numbers written in words: "five", "a hundred and two", "two and a half", "a quarter",
//! "dozens", "tens of thousands", "half a million".

use crate::extract::lexicon::{Lexicon, NumberWordKind, lexicon};
use crate::extract::number::words_value;
use crate::extract::phrase::{Core, Shape};
use crate::extract::words::Words;

/// The most words (joiners included) one number written in words is read from: "nine hundred
/// and ninety-nine thousand, nine hundred and ninety-nine" is 13. Longer runs ("one hundred
/// and one hundred and …") are cut, so reading them stays linear, not cubic.
const MAX_NUMBER_WORDS: usize = 24;

/// Whether `words_at` may find a number at token `j`, told without reading one: the word
/// must be a starter (a number word of units or tens, a vague plural, "a", "an", "several",
/// "many", "tens", "half"), and the commonest starters need a number word after them.
/// "a" and "an" need "few" or a number word right after them or after one joiner ("a
/// hundred", "a few dozen", "a quarter", "a-half", "a and five"); "several" and "many" need a
/// scale or "dozen" ("several hundred", "many thousands" is a vague plural of its own).
#[inline]
pub(super) fn may_begin_number_words(w: &Words, lex: &Lexicon, j: usize) -> bool {
    let low = w.low(j);
    if !lex.starters.contains(low) {
        return false;
    }
    match low {
        "a" | "an" => {
            w.low(j + 1) == "few"
                || (w.low(j + 1) == "pair" && w.low(j + 2) == "of")
                || lex.number_words.contains_key(w.low(j + 1))
                || lex.number_words.contains_key(w.low(j + 2))
                || one_attacker(w, lex, j)
                || one_victim(w, lex, j).is_some()
        }
        "several" | "many" => lex
            .number_words
            .get(w.low(j + 1))
            .is_some_and(|n| matches!(n.kind, NumberWordKind::Scale | NumberWordKind::Dozen)),
        _ => true,
    }
}

/// Whether "a" or "an" at `j` counts one attacker: "a gunman", "a lone attacker", "an armed
/// assailant" (a noun of `data/role_nouns.txt` whose measure is "attacking"). Outlets count
/// attackers so ("a gunman" against "two gunmen"); other nouns after "a" are left alone.
pub(super) fn one_attacker(w: &Words, lex: &Lexicon, j: usize) -> bool {
    let k = match w.low(j + 1) {
        "lone" | "single" | "masked" | "armed" | "suspected" => j + 2,
        _ => j + 1,
    };
    matches!(w.low(j), "a" | "an") && lex.role_measures.get(w.low(k)) == Some(&"attacking")
}

/// Words of what befell one person named with "a" ("A guard died", "killing a policeman",
/// "a woman was stabbed to death"). `prefilter` does not let a sentence through for them: a
/// victim is read only in a sentence that holds a number, a date or another listed word
/// ("killing a receptionist on Monday"), since lexing more sentences moved a WikiWars date
/// (a gap of the date resolver's, measured on `eval_timex`).
const ONE_VICTIM_WORDS: [&str; 14] = [
    "killed", "killing", "died", "dies", "dead", "wounded", "wounding", "injured", "injuring",
    "shot", "hurt", "slain", "stabbed", "gunned",
];

/// What a count of one victim may measure: a death, a wound, a shooting (not an arrest or a
/// rescue, whose "a man" is as often one of many).
const ONE_VICTIM_MEASURES: [&str; 3] = ["killed", "injured", "shot"];

/// Where the noun ends when "a" or "an" at `j` counts one victim of the story's happening:
/// a singular noun of people after at most five modifier tokens ("a security guard", "a
/// 61-year-old woman", "a police officer"), the subject of a casualty verb with its auxiliary
/// or of "died" ("A police officer was shot dead", "A female receptionist died") or the object
/// of one ("killing a receptionist", "shot and killed a man", "left a receptionist dead").
/// "a man who was killed in 2009", "a man armed with a knife", "not a single person" and the
/// subject of an active verb ("a man killed his wife": the killer) count nothing.
pub(super) fn one_victim(w: &Words, lex: &Lexicon, j: usize) -> Option<usize> {
    if !matches!(w.low(j), "a" | "an") {
        return None;
    }
    let noun = singular_person_after(w, lex, j)?;
    if j >= 1 && matches!(w.low(j - 1), "not" | "without" | "nor" | "than") {
        return None;
    }
    let before = j >= 1 && victim_measure_at(w, lex, j - 1, true).is_some();
    let left_dead = j >= 1
        && matches!(w.low(j - 1), "left" | "leaving" | "leaves")
        && victim_measure_at(w, lex, noun + 1, false).is_some();
    (before
        || left_dead
        || named_after_the_toll(w, j)
        || victim_verb_after(w, lex, after_joined_count(w, lex, noun + 1)))
    .then_some(noun)
}

/// Whether "a" at `j` names the one person a toll's noun was: "the only fatality was a
/// 60-year-old man", "the sole victim is a woman", "the only casualty was a soldier" (words
/// between the noun and "was" are allowed: "the only fatality among the villagers was").
fn named_after_the_toll(w: &Words, j: usize) -> bool {
    if j < 2 || !matches!(w.low(j - 1), "was" | "is") {
        return false;
    }
    let start = j.saturating_sub(8);
    (start..j - 1).rev().any(|k| {
        matches!(w.low(k), "fatality" | "victim" | "casualty")
            && k >= 1
            && matches!(w.low(k - 1), "only" | "sole" | "lone" | "single")
    })
}

/// Where the words after a victim's noun go on at `k`, past a count of people joined to it
/// ("A gendarme and two civilians were killed": the verb after "civilians").
fn after_joined_count(w: &Words, lex: &Lexicon, k: usize) -> usize {
    joined_people_noun(w, lex, k).map_or(k, |noun| noun + 1)
}

/// Most tokens from the start of a count of people to its noun ("a 61 - year - old man").
pub(crate) const COUNT_TO_NOUN: usize = 7;

/// The noun of the count of people that "and" at `and` joins on ("a gendarme and two
/// civilians": "civilians"), within [`COUNT_TO_NOUN`] words, numbers and dashes of it.
pub(crate) fn joined_people_noun(w: &Words, lex: &Lexicon, and: usize) -> Option<usize> {
    if w.low(and) != "and" {
        return None;
    }
    (and + 1..=and + COUNT_TO_NOUN)
        .take_while(|&t| w.is_word(t) || w.is_number(t) || w.is_dash(t))
        .find(|&t| lex.people.contains(w.low(t)))
}

/// The singular noun of people among the six tokens after the article at `j`, the last of
/// a run of them ("a police officer": "officer"), with only modifiers before it: lowercase
/// words that are no stopwords, measures or number words, and the parts of an age ("a
/// 61-year-old", "a 61 - year - old").
pub(super) fn singular_person_after(w: &Words, lex: &Lexicon, j: usize) -> Option<usize> {
    let singular = |k: usize| {
        let low = w.low(k);
        w.is_word(k)
            && lex.people.contains(low)
            && !low.ends_with('s')
            && !low.ends_with("men")
            && !matches!(
                low,
                "people"
                    | "children"
                    | "police"
                    | "staff"
                    | "crew"
                    | "personnel"
                    | "family"
                    | "others"
                    | "member"
            )
    };
    for k in j + 1..=j + 6 {
        if singular(k) {
            return Some(k);
        }
        let low = w.low(k);
        let modifier = if w.is_word(k) {
            !w.capitalized(k)
                && !lex.stopwords.contains(low)
                && !lex.measures.contains_key(low)
                && !lex.number_words.contains_key(low)
                || matches!(low, "year" | "old")
        } else {
            (w.is_number(k) && w.is_dash(k + 1)) || (w.is_dash(k) && w.is_word(k + 1))
        };
        if !modifier {
            return None;
        }
    }
    None
}

/// The measure of the casualty word at `k` when it is one a count of one victim may have;
/// `before` asks for a verb that takes its victim as object ("killing", "killed", "shot").
fn victim_measure_at(w: &Words, lex: &Lexicon, k: usize, before: bool) -> Option<&'static str> {
    let low = w.low(k);
    if !ONE_VICTIM_WORDS.contains(&low) || (before && matches!(low, "dead" | "died" | "dies")) {
        return None;
    }
    let phrases = lex.measures.get(low)?;
    phrases
        .iter()
        .find(|(p, m)| ONE_VICTIM_MEASURES.contains(m) && (before || w.matches_at(k, p)))
        .map(|(_, m)| *m)
}

/// Whether the words from `k` on, right after a victim's noun, are its casualty verb: "was
/// killed", "has been shot dead", "is dead", "was fatally stabbed", or "died" without an
/// auxiliary (a bare participle after the noun is an active verb: "a man killed his wife").
fn victim_verb_after(w: &Words, lex: &Lexicon, mut k: usize) -> bool {
    let mut auxiliary = false;
    for _ in 0..4 {
        match w.low(k) {
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "later"
            | "reportedly" => {
                auxiliary |= !matches!(w.low(k), "later" | "reportedly");
            }
            "fatally" | "critically" | "seriously" | "badly" | "slightly" | "also" => {}
            _ => break,
        }
        k += 1;
    }
    let low = w.low(k);
    (auxiliary || matches!(low, "died" | "dies"))
        && !low.ends_with("ing")
        && victim_measure_at(w, lex, k, false).is_some()
}

/// Words before "half of" that make it a part of a time, a match or a place ("the second
/// half of the year", "in the first half of 2026", "the eastern half of the city"), no share.
const HALF_OF_A_TIME: [&str; 18] = [
    "the", "a", "first", "second", "latter", "former", "other", "final", "opening", "last",
    "eastern", "western", "northern", "southern", "upper", "lower", "top", "bottom",
];

/// Number words at `j`: "five", "twenty-five", "a hundred and two", "two and a half",
/// "a quarter", "two thirds", "dozens", "tens of thousands".
pub(super) fn words_at(w: &Words, j: usize) -> Option<Core> {
    let lex = lexicon();
    if !w.is_word(j) {
        return None;
    }
    let first = w.low(j);
    // "a gunman", "a lone attacker": one.
    if one_attacker(w, lex, j) {
        return Some(number(j, j, 1.0, 1.0, Shape::Words));
    }
    // "A police officer was shot dead", "killing a receptionist": one victim, its noun read
    // right after the phrase (which holds the noun's modifiers).
    if let Some(noun) = one_victim(w, lex, j) {
        return Some(number(j, noun - 1, 1.0, 1.0, Shape::Words));
    }
    // "killed a pair of security guards": two.
    if first == "a" && w.low(j + 1) == "pair" && w.low(j + 2) == "of" {
        return Some(number(j, j + 1, 2.0, 1.0, Shape::Words));
    }
    // Vague plurals: "dozens", "hundreds", "tens of thousands", "several hundred".
    if let Some(&low) = lex.vague_plurals.get(first) {
        let mut end = j;
        let mut low = low;
        if w.low(j + 1) == "of"
            && let Some(&next) = lex.vague_plurals.get(w.low(j + 2))
        {
            // "hundreds of thousands": two hundred thousand and up.
            low = low / 2.0 * next;
            end = j + 2;
        }
        return Some(vague(j, end, low));
    }
    if first == "tens" && w.low(j + 1) == "of" {
        let &next = lex.vague_plurals.get(w.low(j + 2))?;
        return Some(vague(j, j + 2, 10.0 * next));
    }
    if matches!(first, "several" | "many") || (first == "a" && w.low(j + 1) == "few") {
        let k = if first == "a" { j + 2 } else { j + 1 };
        let nw = lex.number_words.get(w.low(k))?;
        if nw.kind == NumberWordKind::Scale || nw.kind == NumberWordKind::Dozen {
            return Some(vague(j, k, 2.0 * nw.value));
        }
        return None;
    }
    let big_scale = |k: usize| -> Option<f64> {
        let nw = lex.number_words.get(w.low(k))?;
        (nw.kind == NumberWordKind::Scale && nw.value >= 1000.0).then_some(nw.value)
    };
    // "half a million", "half a dozen": half of the scale word.
    if first == "half"
        && matches!(w.low(j + 1), "a" | "an")
        && let Some(nw) = lex.number_words.get(w.low(j + 2))
        && matches!(nw.kind, NumberWordKind::Scale | NumberWordKind::Dozen)
    {
        let scale = nw.value;
        return Some(number(
            j,
            j + 2,
            scale / 2.0,
            (scale / 100.0).max(1.0),
            Shape::Words,
        ));
    }
    // "Nearly half of the residents", "half of them": a share of what follows "of" (not
    // "half of the match", which is no count: the figure reads what it is a share of).
    if first == "half"
        && w.low(j + 1) == "of"
        && !w.hyphened_to_next(j)
        && !(j >= 1 && HALF_OF_A_TIME.contains(&w.low(j - 1)))
    {
        return Some(number(j, j, 0.5, 0.001, Shape::Fraction));
    }
    // "half a mile", "half a tonne": half of one unit of measure (the unit is the figure's).
    if first == "half"
        && matches!(w.low(j + 1), "a" | "an")
        && crate::extract::role::is_unit_of_measure(w.low(j + 2))
    {
        return Some(number(j, j, 0.5, 0.01, Shape::Fraction));
    }
    // Collect a run of number words joined by spaces, hyphens, "and", "&" and commas, into
    // buffers of the most words a run is read from (no allocation at each try).
    let mut words: [&str; MAX_NUMBER_WORDS] = [""; MAX_NUMBER_WORDS];
    let mut idx = [0usize; MAX_NUMBER_WORDS];
    let mut count = 0;
    let mut k = j;
    while count < MAX_NUMBER_WORDS {
        let low = w.low(k);
        let is_num = w.is_word(k)
            && lex.number_words.get(low).is_some_and(|n| {
                !matches!(n.kind, NumberWordKind::Fraction | NumberWordKind::Ordinal)
            });
        let is_article = (low == "a" || low == "an") && count == 0;
        if is_num || is_article {
            words[count] = low;
            idx[count] = k;
            count += 1;
            k += 1;
            continue;
        }
        if count == 0 {
            return None;
        }
        // Joiners continue the run only when a number word follows.
        let joiner = w.is_dash(k) && w.glued(k) && w.glued(k + 1)
            || low == "and"
            || low == "&"
            || (low == ","
                && lex
                    .number_words
                    .get(w.low(idx[count - 1]))
                    .is_some_and(|n| n.kind == NumberWordKind::Scale && n.value >= 1000.0));
        let next_is_num = lex
            .number_words
            .get(w.low(k + 1))
            .is_some_and(|n| !matches!(n.kind, NumberWordKind::Fraction | NumberWordKind::Ordinal));
        if joiner && next_is_num {
            if low != "-" && !w.is_dash(k) {
                words[count] = if low == "," { "," } else { "and" };
                idx[count] = k;
                count += 1;
            }
            k += 1;
            continue;
        }
        break;
    }
    let (words, idx) = (&words[..count], &idx[..count]);
    // "dozen" or "hundred" with nothing before it ("a baker's dozen") counts nothing.
    if lex
        .number_words
        .get(words[0])
        .is_some_and(|n| matches!(n.kind, NumberWordKind::Dozen | NumberWordKind::Scale))
    {
        return None;
    }
    // A lone "a"/"an" is no number unless a fraction or "dozen" follows it.
    let mut end = *idx.last()?;
    let base = if words == ["a"] || words == ["an"] {
        None
    } else {
        // Shrink from the right until the words make one number.
        let mut n = words.len();
        loop {
            if n == 0 {
                break None;
            }
            if let Some(v) = words_value(&words[..n]) {
                end = idx[n - 1];
                break Some(v);
            }
            n -= 1;
        }
    };
    // Fractions: "a quarter", "two thirds", "one-half", "two and a half".
    let frac_at = |k: usize| -> Option<f64> {
        let nw = lex.number_words.get(w.low(k))?;
        (nw.kind == NumberWordKind::Fraction).then_some(nw.value)
    };
    let after = end + 1;
    // "two and a half", "one-and-a-half": the words after the base, glued dashes skipped.
    let past_dash = |k: usize| {
        if w.is_dash(k) && w.glued(k) && w.glued(k + 1) {
            k + 1
        } else {
            k
        }
    };
    let and_at = past_dash(after);
    let a_at = past_dash(and_at + 1);
    let half_at = past_dash(a_at + 1);
    if let Some(b) = base
        && w.low(and_at) == "and"
        && matches!(w.low(a_at), "a" | "an")
        && let Some(d) = frac_at(half_at)
    {
        let scale_of = |k: usize| {
            lex.number_words
                .get(w.low(k))
                .filter(|n| matches!(n.kind, NumberWordKind::Scale | NumberWordKind::Dozen))
                .map(|n| n.value)
        };
        // "a dozen and a half", "a million and a half": half of the base's last scale.
        if let Some(unit) = scale_of(end) {
            return Some(number(j, half_at, b + unit / d, unit / d, Shape::Words));
        }
        // "two and a half million", "one and a half dozen": the scale after applies to all.
        if let Some(scale) = scale_of(half_at + 1) {
            let v = (b + 1.0 / d) * scale;
            return Some(number(
                j,
                half_at + 1,
                v,
                (scale / 10.0).max(1.0),
                Shape::Words,
            ));
        }
        return Some(number(j, half_at, b + 1.0 / d, 0.01, Shape::Words));
    }
    let numerator =
        base.or_else(|| (words.first().is_some_and(|f| *f == "a" || *f == "an")).then_some(1.0));
    if let Some(num) = numerator {
        let k = if w.is_dash(after) && w.glued(after) {
            after + 1
        } else {
            after
        };
        // "two third-stage failures", "two quarter-final losses": an ordinal that makes a
        // compound with a hyphen is no fraction's denominator.
        if let Some(d) = frac_at(k).filter(|_| !w.hyphened_to_next(k)) {
            let plural_ok = num > 1.0 || !w.low(k).ends_with('s') || w.low(k) == "halves";
            if plural_ok && (num < d || w.low(k) == "halves") {
                // "a quarter of a million": a fraction of a scale is a number.
                if w.low(k + 1) == "of"
                    && matches!(w.low(k + 2), "a" | "an")
                    && let Some(scale) = big_scale(k + 3)
                {
                    return Some(number(
                        j,
                        k + 3,
                        num / d * scale,
                        scale / 100.0,
                        Shape::Words,
                    ));
                }
                return Some(number(j, k, num / d, 0.001, Shape::Fraction));
            }
        }
    }
    let v = base?;
    // Written as digits would be: "two million" as "2 million" (to the million), "two and a
    // half million" as "2.5 million" (to the hundred thousand).
    let scale = (j..=end)
        .filter_map(|k| match w.low(k) {
            "million" | "mln" => Some(1e6),
            "billion" | "bln" => Some(1e9),
            "trillion" => Some(1e12),
            _ => None,
        })
        .reduce(f64::max);
    // Never more than half the number: "close to a million" is no more than a million and
    // no fewer than half of one.
    let resolution = match scale {
        Some(s) if (v / s).fract() == 0.0 => s.min(v / 2.0),
        Some(s) => s / 10.0,
        None => 1.0,
    };
    Some(number(j, end, v, resolution.max(1.0), Shape::Words))
}

fn number(start: usize, end: usize, value: f64, resolution: f64, shape: Shape) -> Core {
    Core {
        start,
        end,
        value,
        resolution,
        shape,
        currency: None,
        glued_unit: None,
        year_like: false,
        negative: false,
    }
}

fn vague(start: usize, end: usize, low: f64) -> Core {
    Core {
        start,
        end,
        value: low,
        resolution: low / 2.0,
        shape: Shape::Vague,
        currency: None,
        glued_unit: None,
        year_like: false,
        negative: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// The words a count of one victim covers in `s` (its "a" to its noun), if any.
    fn victim(s: &str) -> Option<String> {
        let w = Words::new(s, Span::new(0, s.len()));
        let lex = lexicon();
        (0..w.len()).find_map(|j| {
            one_victim(&w, lex, j)
                .map(|noun| s[w.span(j, noun).start()..w.span(j, noun).end()].to_string())
        })
    }

    #[test]
    fn a_victim_of_a_casualty_verb_is_a_count_of_one() {
        for (s, words) in [
            (
                "A police officer was shot dead on Tuesday.",
                "A police officer",
            ),
            (
                "A female receptionist died and two men were hurt.",
                "A female receptionist",
            ),
            ("He opened fire, killing a receptionist.", "a receptionist"),
            ("The attack left a receptionist dead.", "a receptionist"),
            (
                "A 61-year-old woman was stabbed to death.",
                "A 61-year-old woman",
            ),
            (
                "A 61 - year - old woman was stabbed to death.",
                "A 61 - year - old woman",
            ),
            ("The gunman shot and killed a man at the party.", "a man"),
            ("A soldier has been seriously wounded.", "A soldier"),
            ("A gendarme and two civilians were killed.", "A gendarme"),
            (
                "The only fatality among the villagers was a 60-year-old man.",
                "a 60-year-old man",
            ),
            ("The sole victim was a soldier, the army said.", "a soldier"),
        ] {
            assert_eq!(victim(s).as_deref(), Some(words), "{s}");
        }
    }

    #[test]
    fn a_person_who_befell_nothing_here_is_no_count() {
        for s in [
            // The killer, an earlier victim in a relative clause, a negation, no casualty.
            "A man killed his wife on Sunday.",
            "A man who was killed in 2009 was my neighbour.",
            "Not a single person was killed.",
            "A man armed with a knife attacked passengers.",
            "A policeman was arrested on Monday.",
            "Two soldiers and a family were killed.",
            "A man is dying to see the show.",
            "A man and two women were arrested.",
            // A victim named by what he was, not by the toll.
            "The victim was a man from Lyon.",
            "His only wish was a man to talk to.",
        ] {
            assert_eq!(victim(s), None, "{s}");
        }
    }
}
