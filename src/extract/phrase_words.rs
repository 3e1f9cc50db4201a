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
                || lex.number_words.contains_key(w.low(j + 1))
                || lex.number_words.contains_key(w.low(j + 2))
                || one_attacker(w, lex, j)
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
        if let Some(d) = frac_at(k) {
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
    let resolution = if (j..=end).any(|k| matches!(w.low(k), "million" | "billion" | "trillion")) {
        v / 10.0
    } else {
        1.0
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
