//! Number phrases: a number as written with what qualifies it ("about 300,000",
//! "more than 250,000", "between 5 and 6", "$3.5m", "60 percent", "a quarter", "dozens",
//! "two and a half", "8- to 16-"). Extractors decide what a phrase counts.
//!
//! Order of checks at a token: currency sign, sign, numeral or number words, then what
//! follows (scale word, fraction, exponent, range, percent), then the qualifier before it.

use crate::extract::lexicon::{Lexicon, QualifierWord, lexicon};
use crate::extract::phrase_digits::{
    currency_after, currency_at, digits_at, letters_before_a_sum, scale_before_currency,
};
use crate::extract::phrase_words::{may_begin_number_words, words_at};
use crate::extract::token::TokenKind;
use crate::extract::token_starts::can;
#[cfg(test)]
use crate::extract::token_starts::token_starts;
use crate::extract::words::{Words, looks_plural};
use crate::model::Qualifier;

/// What kind of number the phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Written in digits ("300,000", "1.5 million").
    Digits,
    /// Written in words ("five", "a hundred and two").
    Words,
    /// A word fraction ("a quarter", "two thirds").
    Fraction,
    /// A plural of a scale word ("dozens", "tens of thousands").
    Vague,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// First token (qualifier and currency included) and last token, inclusive.
    pub first: usize,
    pub last: usize,
    /// First and last token of the number itself.
    pub num_first: usize,
    pub num_last: usize,
    /// The named value: the number, the midpoint of a range, the low end of a vague plural.
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub qualifier: Qualifier,
    /// Size of the last written digit, scaled ("1.5 million" → 100,000).
    pub resolution: f64,
    pub shape: Shape,
    pub currency: Option<&'static str>,
    pub percent: bool,
    /// A unit glued to the digits ("kg" in "10kg").
    pub glued_unit: Option<String>,
    /// Token index of a word joined by a hyphen ("year" in "five-year").
    pub hyphen_word: Option<usize>,
    /// Four plain digits with no sign, currency or scale: a year if nothing says otherwise.
    pub year_like: bool,
    /// Whether the digits were preceded by a negative sign.
    pub negative: bool,
}

/// A bare number found at a token, before ranges and qualifiers.
pub(super) struct Core {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
    pub(super) resolution: f64,
    pub(super) shape: Shape,
    pub(super) currency: Option<&'static str>,
    pub(super) glued_unit: Option<String>,
    pub(super) year_like: bool,
    pub(super) negative: bool,
}

/// Finds every number phrase in the sentence, in order, never overlapping.
#[cfg(test)]
pub fn find_phrases(w: &Words) -> Vec<Phrase> {
    let mut out = Vec::new();
    find_phrases_in(w, &token_starts(w), &mut out);
    out
}

/// `find_phrases`, given what the tokens of `w` can start (`token_starts`): only the tokens
/// with a bit of `can::NUMBER_START` are read, and the scan jumps from one to the next.
/// Called once per sentence, and kept out of line so that profiles show its cost. The phrases
/// replace what `out` held: one list serves every sentence of an article.
#[inline(never)]
pub fn find_phrases_in(w: &Words, starts: &[u32], out: &mut Vec<Phrase>) {
    out.clear();
    if w.is_empty() {
        return;
    }
    let lex = lexicon();
    let mut i = 0;
    while let Some(next) = starts
        .get(i..)
        .and_then(|rest| rest.iter().position(|&s| s & can::NUMBER_START != 0))
    {
        i += next;
        if !may_start(w, lex, i) {
            i += 1;
            continue;
        }
        if let Some(skip) = skip_non_figure(w, i) {
            i = skip;
            continue;
        }
        match phrase_at(w, i) {
            Some(p) => {
                i = p.last + 1;
                out.push(p);
            }
            None => i += 1,
        }
    }
}

/// Whether a number phrase can start at token `i` (a cheap test that most tokens fail):
/// digits, a currency sign or code, a minus sign before digits, or a word that can begin a
/// number written in words.
fn may_start(w: &Words, lex: &Lexicon, i: usize) -> bool {
    let Some(t) = w.toks.get(i) else {
        return false;
    };
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => {
            (w.is_number(i + 1) && w.is_dash(i)) || lex.currencies.contains_key(w.raw(i))
        }
        // Most words start no number: the starters' tables tell so from the lowercase bytes,
        // and a currency code from the first byte, before a word is sliced and hashed.
        TokenKind::Word => {
            (lex.starters.may_hold_word(w.low_bytes(i)) && may_begin_number_words(w, lex, i))
                || (t.span.len() <= 3
                    && w.text
                        .as_bytes()
                        .get(t.span.start())
                        .is_some_and(u8::is_ascii_uppercase)
                    && {
                        let raw = w.raw(i);
                        lex.currencies.contains_key(raw) || letters_before_a_sum(raw)
                    })
        }
    }
}

/// Token sequences that look numeric but are no figures and must not be read piecewise:
/// clock times ("10:30"), slashed dates ("12/18/2015"), phone numbers ("555-0100-22"),
/// exponents ("m^2"). Returns the index after them.
fn skip_non_figure(w: &Words, i: usize) -> Option<usize> {
    if !w.is_number(i) {
        return None;
    }
    let glued_run = |sep: &str| {
        let mut j = i;
        let mut n = 0;
        while w.is_punct(j + 1, sep) && w.glued(j + 1) && w.is_number(j + 2) && w.glued(j + 2) {
            j += 2;
            n += 1;
        }
        (j, n)
    };
    let (j, n) = glued_run(":");
    if n >= 1 {
        return Some(j + 1);
    }
    let (j, n) = glued_run("/");
    if n >= 2 {
        return Some(j + 1);
    }
    let (j, n) = glued_run("-");
    if n >= 2 {
        return Some(j + 1);
    }
    // "555-0100", "(202) 555-0100": a telephone number.
    if w.raw(i).len() == 3
        && w.is_punct(i + 1, "-")
        && w.glued(i + 1)
        && w.glued(i + 2)
        && w.is_number(i + 2)
        && w.raw(i + 2).len() == 4
    {
        return Some(i + 3);
    }
    // "0427 942 537", "020 7946 0958": a telephone number in spaced groups after a leading
    // zero, which no count is written with.
    let plain_digits = |k: usize| w.is_number(k) && w.raw(k).bytes().all(|b| b.is_ascii_digit());
    if plain_digits(i) && w.raw(i).len() >= 2 && w.raw(i).starts_with('0') {
        let mut j = i;
        while plain_digits(j + 1) && !w.glued(j + 1) && (2..=4).contains(&w.raw(j + 1).len()) {
            j += 1;
        }
        if j >= i + 2 {
            return Some(j + 1);
        }
    }
    if i > 0 && w.glued(i) && (w.is_punct(i - 1, "^") || w.is_punct(i - 1, "#")) {
        return Some(i + 1);
    }
    // Glued through a mark to a word or number: a code, a version or a unit exponent
    // ("COVID-19", "F-16", "s-1", "J1149.5+6663", "1/0", "2013-14").
    if i >= 2
        && w.glued(i)
        && w.glued(i - 1)
        && matches!(w.raw(i - 1), "-" | "−" | "–" | "." | "/" | "+" | "_")
        && (w.is_word(i - 2) || w.is_number(i - 2))
    {
        return Some(i + 1);
    }
    // "5+6663": a number glued on both sides by "+" is part of a code.
    if w.is_punct(i + 1, "+") && w.glued(i + 1) && w.is_number(i + 2) && w.glued(i + 2) {
        return Some(i + 3);
    }
    None
}

fn phrase_at(w: &Words, i: usize) -> Option<Phrase> {
    let core = core_at(w, i)?;
    let mut p = Phrase {
        first: core.start,
        last: core.end,
        num_first: core.start,
        num_last: core.end,
        value: core.value,
        low: core.value,
        high: core.value,
        qualifier: if core.shape == Shape::Vague {
            Qualifier::Plural
        } else {
            Qualifier::Exact
        },
        resolution: core.resolution,
        shape: core.shape,
        currency: core.currency,
        percent: false,
        glued_unit: core.glued_unit,
        hyphen_word: None,
        year_like: core.year_like,
        negative: core.negative,
    };
    if p.shape == Shape::Vague {
        p.high = f64::INFINITY;
    }
    // "minus 15C", "minus five degrees": a negative number told in a word.
    if p.first >= 1
        && w.low(p.first - 1) == "minus"
        && p.shape != Shape::Vague
        && p.currency.is_none()
        && !p.negative
    {
        p.value = -p.value;
        (p.low, p.high) = (p.value, p.value);
        p.first -= 1;
        p.negative = true;
        p.year_like = false;
    }
    let qualifier = qualifier_before(w, p.first);
    match qualifier {
        Some((QualifierWord::Between, qstart)) => {
            if range_after(w, &mut p, true, false) {
                p.first = qstart;
                p.year_like = false;
            }
        }
        Some((q, qstart)) => {
            p.first = qstart;
            p.year_like = false;
            // "around 10-15 exabytes": the range says more than the qualifier.
            let range = q == QualifierWord::About && range_after(w, &mut p, false, false);
            if !range && p.shape != Shape::Vague {
                p.qualifier = match q {
                    QualifierWord::About => Qualifier::About,
                    QualifierWord::Nearly => Qualifier::Nearly,
                    QualifierWord::AtLeast => Qualifier::AtLeast,
                    _ => Qualifier::AtMost,
                };
            }
        }
        None => {
            let moved = moved_by(w, p.first);
            if !change_verb_before(w, p.first) && range_after(w, &mut p, false, moved) {
                p.year_like = false;
            }
        }
    }
    share_of_every(w, &mut p);
    trailing_qualifier(w, &mut p);
    percent_after(w, &mut p);
    let (dash, word) = (p.last + 1, p.last + 2);
    if w.is_dash(dash) && w.is_word(word) {
        let glued = w.glued(dash) && w.glued(word);
        // "five - year" written with spaces, as some sources do throughout; a spaced dash
        // also sets off a clause, so only a unit of time joins across it.
        let spaced_time =
            !w.glued(dash) && !w.glued(word) && lexicon().time_units.contains_key(w.low(word));
        if glued || spaced_time {
            p.hyphen_word = Some(word);
        }
    }
    Some(p)
}

/// A number at token `i`: digits (with currency, sign, scale, fraction and exponent) or words.
fn core_at(w: &Words, i: usize) -> Option<Core> {
    let lex = lexicon();
    let start = i;
    let mut j = i;
    let mut currency = None;
    // Currency before: "$", "US$", "€", "USD 5".
    if !w.is_number(j)
        && let Some((code, next)) = currency_at(w, j)
    {
        currency = Some(code);
        j = next;
    }
    let mut negative = false;
    if w.is_dash(j)
        && w.is_number(j + 1)
        && w.glued(j + 1)
        && (w.toks[j].space_before || currency.is_some())
    {
        negative = true;
        j += 1;
    }
    if w.is_number(j) {
        let mut c = digits_at(w, j, currency.is_some())?;
        if negative {
            c.value = -c.value;
            c.year_like = false;
        }
        c.negative = negative;
        if currency.is_some() {
            c.year_like = false;
        } else if let Some((code, end)) = currency_after(w, &c) {
            currency = Some(code);
            c.end = end;
            c.year_like = false;
            scale_before_currency(&mut c);
        }
        c.currency = currency;
        c.start = start.min(c.start);
        return Some(c);
    }
    if currency.is_some() || negative {
        return None;
    }
    let mut c = words_at(w, j)?;
    if let Some((code, end)) = currency_after(w, &c) {
        c.currency = Some(code);
        c.end = end;
    }
    let _ = lex;
    Some(c)
}

/// The bound a qualifier right before token `first` sets on a length written without a
/// number ("nearly a decade", "more than a week"), and the token it starts at; "between"
/// sets none.
pub fn bound_before(w: &Words, first: usize) -> Option<(Qualifier, usize)> {
    let (q, start) = qualifier_before(w, first)?;
    let q = match q {
        QualifierWord::About => Qualifier::About,
        QualifierWord::Nearly => Qualifier::Nearly,
        QualifierWord::AtLeast => Qualifier::AtLeast,
        QualifierWord::AtMost => Qualifier::AtMost,
        QualifierWord::Between => return None,
    };
    Some((q, start))
}

/// The qualifier phrase ending right before token `first`, and where it starts.
fn qualifier_before(w: &Words, first: usize) -> Option<(QualifierWord, usize)> {
    // "approx. 18,000 hectares", "ca. 300 people": an abbreviation with its full stop.
    if first >= 2
        && w.is_punct(first - 1, ".")
        && w.glued(first - 1)
        && matches!(w.low(first - 2), "approx" | "ca")
    {
        let candidates = lexicon().qualifiers_by_last.get("approx")?;
        return candidates
            .iter()
            .find(|(phrase, _)| phrase.len() == 1)
            .map(|(_, q)| (*q, first - 2));
    }
    if first == 0 || !w.is_word(first - 1) {
        return None;
    }
    let candidates = lexicon().qualifiers_by_last.get(w.low(first - 1))?;
    for (phrase, q) in candidates {
        if w.matches_before(first, phrase)
            && phrase
                .iter()
                .enumerate()
                .all(|(k, _)| w.is_word(first - phrase.len() + k))
        {
            let start = first - phrase.len();
            // "The jobless rate edged up to 4.3%": "up" goes with a verb of moving, and the
            // number is where the rate moved to, no bound.
            if phrase.len() == 2
                && w.low_bytes(first - 2) == b"up"
                && start >= 1
                && MOVED_UP.contains(&w.low(start - 1))
            {
                return None;
            }
            // "The jackpot had rolled over 38 times", "handed over 12 rifles": "over" of a
            // verb, no bound.
            if phrase.len() == 1
                && w.low_bytes(first - 1) == b"over"
                && start >= 1
                && OVER_PARTICLE_VERBS.contains(&w.low(start - 1))
            {
                return None;
            }
            // "buried Boston under 27.1 inches of snow": "under" of a place (the verb and its
            // object before it), no bound.
            if phrase.len() == 1
                && w.low_bytes(first - 1) == b"under"
                && (start.saturating_sub(3)..start).any(|k| UNDER_A_PLACE_VERBS.contains(&w.low(k)))
            {
                return None;
            }
            return Some((*q, start));
        }
    }
    None
}

/// Verbs and words of lying beneath something: a number after "buried under" is how deep
/// what covers it is, no bound.
const UNDER_A_PLACE_VERBS: [&str; 12] = [
    "buried",
    "burying",
    "buries",
    "bury",
    "submerged",
    "lay",
    "lies",
    "lying",
    "trapped",
    "sank",
    "sunk",
    "disappeared",
];

/// Verbs that take "over" as their particle: a number after "rolled over" is what rolled.
const OVER_PARTICLE_VERBS: [&str; 12] = [
    "rolled", "rolls", "roll", "rolling", "handed", "hands", "hand", "handing", "turned", "turns",
    "turning", "signed",
];

/// Verbs of moving that take "up" before where a level moved to: "edged up to 4.3%", "ticked
/// up to 3.1 percent", "went up to $1.2 billion".
const MOVED_UP: [&str; 21] = [
    "edged", "edges", "ticked", "ticks", "moved", "moves", "crept", "creeps", "went", "goes",
    "going", "gone", "go", "inched", "inches", "shot", "shoots", "bumped", "pushed", "ramped",
    "revised",
];

/// Verbs of change: a number after one is what a thing moved by, or from.
const CHANGE: [&str; 24] = [
    "rose",
    "risen",
    "rising",
    "increased",
    "increase",
    "grew",
    "grown",
    "jumped",
    "climbed",
    "fell",
    "fallen",
    "dropped",
    "declined",
    "decreased",
    "reduced",
    "cut",
    "raised",
    "up",
    "down",
    "soared",
    "surged",
    "plunged",
    "revised",
    "changed",
];

/// Whether a verb of change comes right before "from" at `first - 1` ("rose from 40 to 52"):
/// then "from X to Y" are two figures, not a range.
fn change_verb_before(w: &Words, first: usize) -> bool {
    if first < 2 || w.low_bytes(first - 1) != b"from" {
        return false;
    }
    let verb = w.low(first - 2);
    CHANGE.contains(&verb)
}

/// Whether the number at `first` may be what a thing moved by: right after "by" or a verb
/// of change ("raised its forecast by $4", "Shares rose 5 cents").
fn moved_by(w: &Words, first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|k| w.low(k) == "by" || CHANGE.contains(&w.low(k)))
}

/// Extends `p` by a second number: "5 to 6", "10-15", "8- to 16-", "between 44 mg and 50 mg".
/// With `between`, the joiner is "and" (or "to"/"-"). After a change (`moved`, see
/// [`moved_by`]), "by $4 to $76" and "rose 5 cents to $12.40" are how far a thing moved and
/// where it got to: a second number with a currency of its own, or more than twice the
/// first, is no end of a range ("fell by 10 to 15 percent" is one).
fn range_after(w: &Words, p: &mut Phrase, between: bool, moved: bool) -> bool {
    let mut j = p.num_last + 1;
    let first_raw_digits = p.shape == Shape::Digits;
    // A unit between the two numbers, repeated after the second: "44 mg to 50 mg".
    let mut unit_len = 0;
    for k in 1..=2 {
        let joiner = j + k;
        if is_range_joiner(w, joiner, between)
            && (j..j + k).all(|t| w.is_word(t) || w.is_punct(t, "°"))
        {
            unit_len = k;
            break;
        }
    }
    j += unit_len;
    // "8- to 16-": a dangling hyphen before "to".
    if w.is_dash(j) && w.glued(j) && w.low_bytes(j + 1) == b"to" {
        j += 1;
    }
    if !is_range_joiner(w, j, between) {
        return false;
    }
    let dash = w.is_dash(j);
    if dash && !(w.glued(j) && w.glued(j + 1)) {
        return false;
    }
    if dash && !first_raw_digits {
        return false;
    }
    let Some(second) = core_at(w, j + 1) else {
        return false;
    };
    if second.shape == Shape::Vague || p.shape == Shape::Vague {
        return false;
    }
    if moved && !dash && (second.currency.is_some() || second.value > 2.0 * p.value) {
        return false;
    }
    // "2013-14": a span of years, not a range of counts.
    if dash && p.year_like && w.raw(j + 1).len() <= 4 {
        return false;
    }
    // "from 2020 to 2023", "between 2014 and 2016, the outbreak …", "between 2014 and 2016
    // saw 14 strikes": two years, unless a noun they count follows ("between 1500 and 2000
    // protesters", "between 1500 and 2000 people").
    if p.year_like && second.year_like && unit_len == 0 && !counted_noun_at(w, second.end + 1) {
        return false;
    }
    if dash && w.is_dash(second.end + 1) && w.is_number(second.end + 2) {
        return false;
    }
    // "a 5-4 vote", "won 3-1", "its forecast for 2027 to 1.0%": a range runs up from its
    // first number; a larger number first is a tally, a score or two numbers side by side.
    // Below zero it runs out from zero ("from -18 °C to -34 °C").
    let below_zero = p.value < 0.0 && second.value < 0.0;
    if p.value > second.value && !below_zero {
        return false;
    }
    let mut end = second.end;
    if unit_len > 0 {
        let same = (0..unit_len)
            .all(|k| w.low_bytes(p.num_last + 1 + k) == w.low_bytes(second.end + 1 + k));
        if !same {
            return false;
        }
        end += unit_len;
    }
    if p.currency.is_none() {
        p.currency = second.currency;
    }
    let (lo, hi) = (p.value.min(second.value), p.value.max(second.value));
    // "between 5 and 6 million": the scale of the second applies to the first. The scale is
    // the largest power of a thousand that leaves the first no larger than the second:
    // "between 20,000 and 30,000 mln" is of millions, not of the billions 30,000 mln makes.
    let (lo, hi) = if lo < hi / 1000.0 && hi >= 1e6 && second.shape == Shape::Digits {
        let mut scale = 1000.0;
        while lo * scale * 1000.0 <= hi {
            scale *= 1000.0;
        }
        (lo * scale, hi)
    } else {
        (lo, hi)
    };
    p.low = lo;
    p.high = hi;
    p.value = (lo + hi) / 2.0;
    p.resolution = p.resolution.min(second.resolution);
    p.qualifier = Qualifier::Range;
    p.num_last = end.min(second.end);
    p.last = end;
    if unit_len == 0 {
        p.num_last = second.end;
    }
    true
}

/// Largest whole of a share told as "one in N".
const MAX_SHARE_WHOLE: f64 = 1000.0;

/// Makes `p` the share "one in three", "two out of five", "one in every four" (a fraction):
/// a small whole number, "in" or "out of", maybe "every", and a larger number.
fn share_of_every(w: &Words, p: &mut Phrase) {
    if p.shape == Shape::Vague
        || p.shape == Shape::Fraction
        || p.currency.is_some()
        || p.percent
        || p.num_last != p.last
        || !(1.0..=10.0).contains(&p.value)
        || p.value.fract() != 0.0
        // "avalanche danger at level 3 out of 5", "rated 4 out of 5": a rating on a scale,
        // no share of anything.
        || (p.first >= 1
            && matches!(
                w.low(p.first - 1),
                "level" | "grade" | "rated" | "scored" | "rating" | "score" | "category"
            ))
    {
        return;
    }
    let mut j = p.num_last + 1;
    match w.low(j) {
        "in" => j += 1,
        "out" if w.low(j + 1) == "of" => j += 2,
        _ => return,
    }
    if w.low(j) == "every" {
        j += 1;
    }
    let Some(whole) = core_at(w, j) else {
        return;
    };
    if whole.currency.is_some()
        || whole.shape == Shape::Vague
        || whole.year_like
        || whole.value <= p.value
        || whole.value > MAX_SHARE_WHOLE
        || whole.value.fract() != 0.0
    {
        return;
    }
    p.value /= whole.value;
    p.low = p.value;
    p.high = p.value;
    p.shape = Shape::Fraction;
    p.resolution = 0.001;
    p.num_last = whole.end;
    p.last = whole.end;
    p.year_like = false;
}

/// Whether token `k` may be a noun that a number before it counts: a word for people or a
/// plural ("protesters", "tonnes"), not a stopword or a verb ("saw", "was").
fn counted_noun_at(w: &Words, k: usize) -> bool {
    let lex = lexicon();
    let low = w.low(k);
    w.is_word(k)
        && !lex.stopwords.contains(low)
        && (lex.people.contains(low) || looks_plural(low) || lex.currencies.contains_key(low))
}

fn is_range_joiner(w: &Words, j: usize, between: bool) -> bool {
    // Compared as bytes: the hottest test of a phrase, made after most numbers.
    match w.low_bytes(j) {
        b"to" | b"-" => true,
        b"and" | b"&" => between,
        other => other == "–".as_bytes() || other == "—".as_bytes(),
    }
}

/// "50 or more", "50-plus", "50+", "50 or so", "50 or fewer".
fn trailing_qualifier(w: &Words, p: &mut Phrase) {
    if p.qualifier != Qualifier::Exact {
        return;
    }
    let j = p.last + 1;
    let q = match (w.low_bytes(j), w.low_bytes(j + 1)) {
        (b"or", b"more") | (b"and", b"more") | (b"or", b"above") => {
            Some((Qualifier::AtLeast, j + 1))
        }
        (b"or", b"so") => Some((Qualifier::About, j + 1)),
        (b"or", b"fewer") | (b"or", b"less") => Some((Qualifier::AtMost, j + 1)),
        (b"+", _) if w.glued(j) => Some((Qualifier::AtLeast, j)),
        (b"-", b"plus") if w.glued(j) => Some((Qualifier::AtLeast, j + 1)),
        _ => None,
    };
    if let Some((q, last)) = q {
        // "or more" must not swallow a following noun phrase like "or more people" — it ends at "more".
        p.qualifier = q;
        p.last = last;
        p.year_like = false;
    }
}

/// "60 percent", "60%", "60 per cent", "3 percentage points"; "4.8pc", as papers of
/// Pakistan, India and Britain write it.
fn percent_after(w: &Words, p: &mut Phrase) {
    if p.glued_unit.as_deref() == Some("pc") {
        p.glued_unit = None;
        p.percent = true;
        p.year_like = false;
        return;
    }
    let j = p.last + 1;
    let end = if w.is_punct(j, "%") {
        Some(j)
    } else {
        match (w.low_bytes(j), w.low_bytes(j + 1)) {
            (b"percent" | b"pct" | b"percentage", b"points" | b"point") => Some(j + 1),
            (b"percent" | b"pct" | b"pc", _) => Some(j),
            (b"per", b"cent") => Some(j + 1),
            _ => None,
        }
    };
    if let Some(e) = end {
        p.percent = true;
        p.last = e;
        p.year_like = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn phrases(s: &str) -> Vec<(String, f64, Qualifier)> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w)
            .into_iter()
            .map(|p| {
                (
                    w.span(p.first, p.last).slice(s).to_string(),
                    p.value,
                    p.qualifier,
                )
            })
            .collect()
    }

    fn one(s: &str) -> (String, f64, Qualifier) {
        let mut v = phrases(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.remove(0)
    }

    /// `may_start` before its table tests: what the fast test must answer for every token.
    fn may_start_slowly(w: &Words, lex: &Lexicon, i: usize) -> bool {
        match w.kind(i) {
            Some(TokenKind::Word) => {
                may_begin_number_words(w, lex, i)
                    || (w.raw(i).len() <= 3 && {
                        let raw = w.raw(i);
                        raw.starts_with(|c: char| c.is_ascii_uppercase())
                            && (lex.currencies.contains_key(raw)
                                || matches!(
                                    raw,
                                    "US" | "A" | "C" | "HK" | "NZ" | "AU" | "CA" | "Rs"
                                ))
                    })
            }
            _ => may_start(w, lex, i),
        }
    }

    proptest::proptest! {
        #[test]
        fn the_start_test_skips_no_token_that_may_start(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "A", "an", "AN", "few", "five", "Five", "FIVE", "several", "many",
                    "hundred", "dozens", "Dozens", "tens", "of", "thousands", "half", "US",
                    "USD", "EUR", "eur", "C", "HK", "NZ", "$", "€", "£", "-", "5", "people",
                    "İ", "Éight", "seven", "Twenty", "one", "É", "twenty-five", "and", "the",
                    "¥", "₹", "–", "—", "−", "‐", "’", "“", "GBP", "Eur", "Dozens", "tens", "Half",
                ]),
                0..10,
            ),
            glue in proptest::collection::vec(proptest::sample::select(vec![" ", "", "-"]), 10),
        ) {
            let s: String = words.iter().zip(&glue).flat_map(|(w, g)| [*w, *g]).collect();
            let w = Words::new(&s, Span::new(0, s.len()));
            let lex = lexicon();
            let starts = token_starts(&w);
            for i in 0..w.len() + 1 {
                proptest::prop_assert_eq!(may_start(&w, lex, i), may_start_slowly(&w, lex, i), "{} at {}", s, i);
                // `find_phrases_in` reads only the tokens `token_starts` marks.
                if may_start(&w, lex, i) {
                    let marked = starts.get(i).is_some_and(|b| b & can::NUMBER_START != 0);
                    proptest::prop_assert!(marked, "{} at {}", s, i);
                }
            }
        }
    }

    #[test]
    fn minus_makes_a_number_negative() {
        assert_eq!(
            one("dropped to minus 15C"),
            ("minus 15C".into(), -15.0, Qualifier::Exact)
        );
        assert_eq!(one("minus five degrees").1, -5.0);
        assert_eq!(one("dropped to -15C").1, -15.0);
    }

    #[test]
    fn qualifiers_make_intervals() {
        assert_eq!(
            one("has killed about 300,000 people"),
            ("about 300,000".into(), 300_000.0, Qualifier::About)
        );
        assert_eq!(one("killed more than 250,000 people").2, Qualifier::AtLeast);
        assert_eq!(one("nearly 40 died").2, Qualifier::Nearly);
        assert_eq!(one("a cost approaching $10m").2, Qualifier::Nearly);
        assert_eq!(
            one("burned approx. 18,000 hectares"),
            ("approx. 18,000".into(), 18_000.0, Qualifier::About)
        );
        assert_eq!(one("ca. 300 came").2, Qualifier::About);
        assert_eq!(one("up to 4,000 km").2, Qualifier::AtMost);
        // A level moved up to is no bound.
        assert_eq!(one("The rate edged up to 4.3%").2, Qualifier::Exact);
        assert_eq!(one("The wage is going up to $17.20").2, Qualifier::Exact);
        assert_eq!(one("The rate ticked up to 4.3%").0, "4.3%");
        // "under" of a place is no bound.
        assert_eq!(
            one("The storm buried Boston under 27.1 inches of snow").2,
            Qualifier::Exact
        );
        assert_eq!(one("Turnout was under 40 percent").2, Qualifier::AtMost);
        assert_eq!(
            one("between 5 and 6 were hurt"),
            ("between 5 and 6".into(), 5.5, Qualifier::Range)
        );
        assert_eq!(one("dozens were hurt").2, Qualifier::Plural);
        assert_eq!(one("50 or more people").2, Qualifier::AtLeast);
        // A verb of passing a mark makes it a lower bound: "losses have crossed Rs 1,000 crore"
        // and "losses stand at Rs 1,200 crore" can both be true.
        for s in [
            "The death toll exceeded 100",
            "The toll topped 100",
            "Deaths surpassed 100",
            "Losses have crossed 100",
            "Losses may exceed 100",
        ] {
            assert_eq!(one(s).2, Qualifier::AtLeast, "{s}");
        }
        assert_eq!(one("reach them within 36 hours").2, Qualifier::AtMost);
        assert_eq!(
            one("the cut lasted as long as nine hours").2,
            Qualifier::AtMost
        );
        assert_eq!(
            one("each gets a minimum of 14.15 euros").2,
            Qualifier::AtLeast
        );
        // "the minimum" is a noun: what follows "of" is the minimum itself.
        assert_eq!(
            one("she earns the current minimum of 14.15 euros").2,
            Qualifier::Exact
        );
    }

    /// The first number phrase of `s`.
    fn first(s: &str) -> Phrase {
        find_phrases(&Words::new(s, Span::new(0, s.len())))
            .into_iter()
            .next()
            .expect("a phrase")
    }

    #[test]
    fn a_scale_in_words_is_as_precise_as_in_digits() {
        let bounds = |s: &str| {
            let p = first(s);
            (p.value, p.resolution)
        };
        assert_eq!(
            bounds("some two million people"),
            bounds("some 2 million people")
        );
        assert_eq!(bounds("twenty million people"), bounds("20 million people"));
        assert_eq!(
            bounds("two and a half million people"),
            bounds("2.5 million people")
        );
        // No wider than half the number.
        assert_eq!(bounds("close to a million people").1, 500_000.0);
    }

    #[test]
    fn a_range_takes_the_scale_of_its_second_number() {
        let bounds = |s: &str| {
            let p = first(s);
            (p.low, p.high)
        };
        assert_eq!(bounds("between 5 and 6 million people"), (5e6, 6e6));
        assert_eq!(bounds("between 20 and 30 billion dollars"), (2e10, 3e10));
        // 30,000 mln is 30 billion: the first number is of millions too, not of billions.
        assert_eq!(
            bounds("between 20,000 and 30,000 mln dollars"),
            (2e10, 3e10)
        );
        assert_eq!(bounds("between 20,000 and 30,000 million"), (2e10, 3e10));
    }

    #[test]
    fn numerals_and_words() {
        assert_eq!(one("1.5 million people").1, 1_500_000.0);
        assert_eq!(one("cost $3.5m").1, 3_500_000.0);
        assert_eq!(one("a hundred and two of those").1, 102.0);
        assert_eq!(one("twenty-five people").1, 25.0);
        assert_eq!(one("two dozen eggs").1, 24.0);
        assert_eq!(one("2 1/2 in thick").1, 2.5);
        assert_eq!(one("a quarter of the land").1, 0.25);
        assert_eq!(one("two and a half miles").1, 2.5);
        assert_eq!(one("three halves").1, 1.5);
        assert_eq!(one("60 percent of them").1, 60.0);
        assert!(one("60% of them").0.ends_with('%'));
        assert_eq!(one("4e14 s-1").1, 4e14);
        assert!((one("a factor of 2.48×10−5,").1 - 2.48e-5).abs() < 1e-12);
        assert_eq!(one("hundreds of thousands fled").1, 200_000.0);
        assert_eq!(one("more than a quarter of a million people").1, 250_000.0);
        assert_eq!(one("half a million people").1, 500_000.0);
        assert_eq!(one("a dozen and a half people").1, 18.0);
        assert_eq!(one("a million and a half people").1, 1_500_000.0);
        assert_eq!(one("two and a half million people").1, 2_500_000.0);
        assert_eq!(one("three and a half thousand troops").1, 3_500.0);
        assert_eq!(one("one and a half dozen eggs").1, 18.0);
        assert_eq!(one("one-and-a-half million people").1, 1_500_000.0);
        assert_eq!(one("€10M in savings").1, 10_000_000.0);
    }

    /// Sentences of the kinds the corpus holds, with numbers in words after articles, scales,
    /// fractions, signs and currency codes.
    const STARTS: [&str; 20] = [
        // From the corpus clusters.
        "A Syrian defector known as Caesar in 2013 smuggled out tens of thousands of photos.",
        "An AFP photographer in Douma saw half a dozen wounded children sitting on the floor.",
        "As part of the deal several hundred people including armed rebels will be taken.",
        "More than a dozen airstrikes had been carried out overnight.",
        "One video showed the bodies of a dozen people lying on the floor of a clinic.",
        "Since then more than a quarter of a million people have been killed - and 4.8 million fled.",
        "A hundred people and a few dozen soldiers were hurt, a quarter of them badly.",
        "An estimated half a million fled; many thousands more and several hundred children stayed.",
        "A dozen were killed and a-half of the town burned, and hundreds of thousands left.",
        "Tens of thousands marched as a third of the city and one-third of the army watched.",
        "Many people said a million dollars, US$5 million and A$ 3 bn were paid.",
        "The temperature fell to -5 and then - 3, a drop of a couple of degrees.",
        "It cost USD 300 or £ 40, a and five, and a , six.",
        "An 8- to 16-meter telescope saw a hundred and two stars in a twenty-minute run.",
        "Several dozen were wounded, many more were killed, and a few were missing.",
        "Hundred of them, thousand more, dozen others: a baker's dozen is no count.",
        "The strike killed 56 civilians, including 11 children, and wounded dozens more.",
        "A 10-year-old and an 80 year old were among the two thirds who voted.",
        "They paid €10M, ¥ 5 and 15€, and - for a while - nothing.",
        "Half of them, halves of others, and half a dozen more came.",
    ];

    #[test]
    fn the_start_test_keeps_every_phrase_the_full_reading_finds() {
        for s in STARTS {
            let w = Words::new(s, Span::new(0, s.len()));
            for i in 0..w.len() {
                if !may_start(&w, lexicon(), i) {
                    assert!(
                        core_at(&w, i).is_none(),
                        "{s}: a number at token {i} ({:?}) was skipped",
                        w.raw(i)
                    );
                }
            }
        }
        // The phrases themselves, as read.
        let texts = |s: &str| -> Vec<String> { phrases(s).into_iter().map(|p| p.0).collect() };
        assert_eq!(texts(STARTS[0]), ["2013", "tens of thousands"]);
        assert_eq!(texts(STARTS[1]), ["half a dozen"]);
        assert_eq!(one("half a dozen wounded children").1, 6.0);
        assert_eq!(texts(STARTS[2]), ["several hundred"]);
        assert_eq!(texts(STARTS[3]), ["More than a dozen"]);
        assert_eq!(texts(STARTS[4]), ["One", "a dozen"]);
        assert_eq!(
            texts(STARTS[5]),
            ["more than a quarter of a million", "4.8 million"]
        );
        let found = phrases(STARTS[6]);
        let texts: Vec<&str> = found.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(texts, ["A hundred", "a few dozen", "a quarter"]);
        let found = phrases(STARTS[7]);
        assert_eq!(found[0].0, "An estimated half a million");
        assert_eq!(found[0].1, 500_000.0);
        assert!(found.iter().any(|p| p.0 == "several hundred"), "{found:?}");
        assert!(phrases(STARTS[15]).is_empty(), "{:?}", phrases(STARTS[15]));
    }

    #[test]
    fn ranges() {
        assert_eq!(one("an 8- to 16-meter telescope").1, 12.0);
        assert_eq!(one("10-15 exabytes").1, 12.5);
        assert_eq!(one("3 to 4 L of wine").1, 3.5);
        assert_eq!(one("given 44 mg to 50 mg ethanol").1, 47.0);
        assert_eq!(phrases("the toll rose from 40 to 52").len(), 2);
        // A larger number first is no range: a tally, a score, a year before a share.
        let tally = phrases("The committee backed the cut in a 5-4 vote.");
        assert!(tally.iter().all(|p| p.2 != Qualifier::Range), "{tally:?}");
        let forecast = phrases("It cut its growth forecast for 2027 to 1.0%.");
        assert!(forecast.iter().any(|p| p.1 == 1.0), "{forecast:?}");
        assert!(forecast.iter().all(|p| p.2 != Qualifier::Range));
        // Below zero a range runs out from zero.
        assert_eq!(one("temperatures ranged from -18 °C to -34 °C").1, -26.0);
        // Two years are no range of counts, unless a noun they count follows.
        for years in [
            "The drought lasted from 2020 to 2023.",
            "Between 2014 and 2016, the outbreak spread.",
            "It ran from 1998 to 2004 in the north.",
            "A conflict between 2014 and 2016 saw 14 rounds of strikes.",
        ] {
            let found = phrases(years);
            assert!(found.iter().all(|p| p.2 != Qualifier::Range), "{found:?}");
        }
        assert_eq!(one("Between 1500 and 2000 protesters marched.").1, 1750.0);
        assert_eq!(one("Between 1500 and 2000 people marched.").1, 1750.0);
    }

    #[test]
    fn not_figures() {
        assert!(phrases("at 10:30 on 12/18/2015").is_empty());
        assert!(phrases("the 21st century").is_empty());
        assert!(phrases("COVID-19 and F-16").is_empty());
        assert!(phrases("call 555-010-2231").is_empty());
        assert!(phrases("call the hotline on 0427 942 537").is_empty());
        assert!(phrases("call 020 7946 0958 now").is_empty());
        assert!(
            phrases("call (202) 555-0100").len() == 1,
            "the area code alone is left"
        );
        assert!(phrases("in the 1960s").is_empty());
    }
}
