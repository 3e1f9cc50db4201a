//! Number phrases: a number as written with what qualifies it ("about 300,000",
//! "more than 250,000", "between 5 and 6", "$3.5m", "60 percent", "a quarter", "dozens",
//! "two and a half", "8- to 16-"). Extractors decide what a phrase counts.
//!
//! Order of checks at a token: currency sign, sign, numeral or number words, then what
//! follows (scale word, fraction, exponent, range, percent), then the qualifier before it.

use crate::extract::lexicon::{NumberWordKind, QualifierWord, lexicon};
use crate::extract::number::{parse_numeral, suffix_scale, words_value};
use crate::extract::token::TokenKind;
use crate::extract::words::Words;
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
struct Core {
    start: usize,
    end: usize,
    value: f64,
    resolution: f64,
    shape: Shape,
    currency: Option<&'static str>,
    glued_unit: Option<String>,
    year_like: bool,
    negative: bool,
}

/// Finds every number phrase in the sentence, in order, never overlapping.
pub fn find_phrases(w: &Words) -> Vec<Phrase> {
    let mut out = Vec::new();
    if w.is_empty() {
        return out;
    }
    let mut i = 0;
    while i < w.len() {
        if !may_start(w, i) {
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
    out
}

/// Whether a number phrase can start at token `i` (a cheap test that most tokens fail):
/// digits, a currency sign or code, a sign, or a number word.
fn may_start(w: &Words, i: usize) -> bool {
    match w.kind(i) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Punct) => w.is_dash(i) || lexicon().currencies.contains_key(w.raw(i)),
        Some(TokenKind::Word) => {
            let lex = lexicon();
            let raw = w.raw(i);
            lex.starters.contains(w.low(i))
                || (raw.len() <= 3
                    && raw.starts_with(|c: char| c.is_ascii_uppercase())
                    && (lex.currencies.contains_key(raw)
                        || matches!(raw, "US" | "A" | "C" | "HK" | "NZ" | "AU" | "CA")))
        }
        None => false,
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
    let qualifier = qualifier_before(w, p.first);
    match qualifier {
        Some((QualifierWord::Between, qstart)) => {
            if range_after(w, &mut p, true) {
                p.first = qstart;
                p.year_like = false;
            }
        }
        Some((q, qstart)) => {
            p.first = qstart;
            p.year_like = false;
            // "around 10-15 exabytes": the range says more than the qualifier.
            let range = q == QualifierWord::About && range_after(w, &mut p, false);
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
            if !change_verb_before(w, p.first) && range_after(w, &mut p, false) {
                p.year_like = false;
            }
        }
    }
    trailing_qualifier(w, &mut p);
    percent_after(w, &mut p);
    if w.is_dash(p.last + 1) && w.glued(p.last + 1) && w.is_word(p.last + 2) && w.glued(p.last + 2)
    {
        p.hyphen_word = Some(p.last + 2);
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
        } else if let Some((code, end)) = currency_after(w, c.end) {
            currency = Some(code);
            c.end = end;
            c.year_like = false;
        }
        c.currency = currency;
        c.start = start.min(c.start);
        return Some(c);
    }
    if currency.is_some() || negative {
        return None;
    }
    let mut c = words_at(w, j)?;
    if let Some((code, end)) = currency_after(w, c.end) {
        c.currency = Some(code);
        c.end = end;
    }
    let _ = lex;
    Some(c)
}

/// A currency sign or code at `j` directly before a number: returns its code and the index of
/// the number.
fn currency_at(w: &Words, j: usize) -> Option<(&'static str, usize)> {
    let lex = lexicon();
    let raw = w.raw(j);
    if raw == "US"
        || raw == "A"
        || raw == "C"
        || raw == "HK"
        || raw == "NZ"
        || raw == "AU"
        || raw == "CA"
    {
        if w.is_punct(j + 1, "$") && w.glued(j + 1) {
            let key = format!("{raw}$");
            let code = lex.currencies.get(key.as_str())?;
            return w.is_number(j + 2).then_some((code, j + 2));
        }
        return None;
    }
    let code = lex.currencies.get(raw)?;
    if raw.len() == 3 && raw.chars().all(|c| c.is_ascii_uppercase()) {
        return (w.is_number(j + 1) && !w.glued(j + 1)).then_some((code, j + 1));
    }
    if w.kind(j) != Some(TokenKind::Punct) {
        return None;
    }
    if w.is_number(j + 1) {
        return Some((code, j + 1));
    }
    if w.is_dash(j + 1) && w.is_number(j + 2) {
        return Some((code, j + 1));
    }
    None
}

/// A currency sign right after a number ("15€").
fn currency_after(w: &Words, end: usize) -> Option<(&'static str, usize)> {
    let j = end + 1;
    if w.kind(j) == Some(TokenKind::Punct) && w.glued(j) {
        let code = lexicon().currencies.get(w.raw(j))?;
        return Some((code, j));
    }
    None
}

/// A numeral at `j` with what may follow it: scale words, "½", "1/2", exponents, "±".
fn digits_at(w: &Words, j: usize, after_currency: bool) -> Option<Core> {
    let lex = lexicon();
    let raw = w.raw(j);
    if let Some(c) = raw
        .chars()
        .next()
        .filter(|c| crate::extract::token::is_vulgar_fraction(*c))
    {
        let v = vulgar_value(c)?;
        return Some(Core {
            start: j,
            end: j,
            value: v,
            resolution: 0.01,
            shape: Shape::Digits,
            currency: None,
            glued_unit: None,
            year_like: false,
            negative: false,
        });
    }
    let n = parse_numeral(raw)?;
    let mut value = n.value;
    let mut resolution = n.resolution;
    let mut end = j;
    let mut glued_unit = None;
    let suffix = n.suffix;
    let mut plain = !n.grouped && n.resolution == 1.0 && suffix.is_empty();
    if !suffix.is_empty() {
        let lower = suffix.to_ascii_lowercase();
        if matches!(lower.as_str(), "st" | "nd" | "rd" | "th") {
            return None;
        }
        if matches!(lower.as_str(), "am" | "pm") {
            return None;
        }
        if lower == "s" {
            // "1960s", "20s": decades and ages, not counts.
            return None;
        }
        if let Some(m) = suffix_scale(suffix, after_currency) {
            value *= m;
            resolution *= m;
        } else if let Some(exp) = exponent(suffix, w, j) {
            let (e, last) = exp;
            value *= 10f64.powi(e);
            resolution *= 10f64.powi(e);
            end = last;
        } else if let Some(v) = suffix.chars().next().and_then(vulgar_value) {
            value += v;
        } else {
            glued_unit = Some(suffix.to_string());
        }
        plain = false;
    }
    // "2 1/2", "1/4"
    if w.is_number(end + 1)
        && !w.glued(end + 1)
        && w.is_punct(end + 2, "/")
        && w.glued(end + 2)
        && w.is_number(end + 3)
        && w.glued(end + 3)
    {
        if let Some(f) = slash_fraction(w, end + 1) {
            value += f;
            end += 3;
            resolution = resolution.min(0.01);
            plain = false;
        }
    } else if w.is_punct(end + 1, "/")
        && w.glued(end + 1)
        && w.is_number(end + 2)
        && w.glued(end + 2)
        && glued_unit.is_none()
    {
        let f = slash_fraction(w, j)?;
        value = f;
        end += 2;
        resolution = 0.001;
        plain = false;
    }
    // "2.48×10−5", "8x10^6"
    if matches!(w.raw(end + 1), "×" | "x" | "*")
        && w.glued(end + 1)
        && w.raw(end + 2) == "10"
        && w.glued(end + 2)
    {
        let mut k = end + 3;
        if w.is_punct(k, "^") {
            k += 1;
        }
        let neg = w.is_dash(k) || w.is_punct(k, "-");
        if neg {
            k += 1;
        }
        if w.is_number(k)
            && w.glued(k)
            && let Ok(e) = w.raw(k).parse::<i32>()
        {
            let e = if neg { -e } else { e };
            value *= 10f64.powi(e);
            resolution *= 10f64.powi(e);
            end = k;
            plain = false;
        }
    }
    // "9.83e-3 +/- 1e-5": the uncertainty belongs to the number.
    if let Some(k) = plus_minus(w, end + 1) {
        end = k;
    }
    // Scale words: "1.5 million", "300 thousand", "$3.5 bn".
    if let Some(scale) = scale_word(w, end + 1, after_currency) {
        value *= scale;
        resolution *= scale;
        end += 1;
        plain = false;
    }
    if !value.is_finite() {
        return None;
    }
    let year_like = plain && n.int_digits == 4 && (1000.0..=2100.0).contains(&value);
    let _ = lex;
    Some(Core {
        start: j,
        end,
        value,
        resolution,
        shape: Shape::Digits,
        currency: None,
        glued_unit,
        year_like,
        negative: false,
    })
}

fn vulgar_value(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅛' => 0.125,
        _ => return None,
    })
}

/// "1/4" at `j` (numerator, slash, denominator).
fn slash_fraction(w: &Words, j: usize) -> Option<f64> {
    let a: f64 = w.raw(j).parse().ok()?;
    let b: f64 = w.raw(j + 2).parse().ok()?;
    (b != 0.0 && a < 1000.0 && b <= 1000.0).then(|| a / b)
}

/// An exponent glued as a suffix: "4e14" (suffix "e14") or "1e-3" (suffix "e", then "-3").
fn exponent(suffix: &str, w: &Words, j: usize) -> Option<(i32, usize)> {
    let rest = suffix.strip_prefix(['e', 'E'])?;
    if rest.is_empty() {
        let neg = w.is_dash(j + 1) || w.is_punct(j + 1, "-");
        let plus = w.is_punct(j + 1, "+");
        if (neg || plus) && w.glued(j + 1) && w.is_number(j + 2) && w.glued(j + 2) {
            let e: i32 = w.raw(j + 2).parse().ok()?;
            return Some((if neg { -e } else { e }, j + 2));
        }
        return None;
    }
    let e: i32 = rest.parse().ok()?;
    (e.abs() <= 300).then_some((e, j))
}

/// "±" or "+/-" followed by a number, from token `k`: returns the last token of it.
fn plus_minus(w: &Words, k: usize) -> Option<usize> {
    let after = if w.is_punct(k, "±") {
        k + 1
    } else if w.is_punct(k, "+")
        && w.is_punct(k + 1, "/")
        && (w.is_punct(k + 2, "-") || w.is_dash(k + 2))
    {
        k + 3
    } else {
        return None;
    };
    if !w.is_number(after) {
        return None;
    }
    let mut end = after;
    if let Some(s) = parse_numeral(w.raw(after)).map(|n| n.suffix)
        && s.eq_ignore_ascii_case("e")
        && (w.is_dash(after + 1) || w.is_punct(after + 1, "-"))
        && w.is_number(after + 2)
    {
        end = after + 2;
    }
    Some(end)
}

/// A scale word after a number: "million", "bn", "thousand".
fn scale_word(w: &Words, k: usize, after_currency: bool) -> Option<f64> {
    if !w.is_word(k) {
        return None;
    }
    let low = w.low(k);
    if let Some(nw) = lexicon().number_words.get(low)
        && nw.kind == NumberWordKind::Scale
    {
        return Some(nw.value);
    }
    match low {
        "bn" | "bln" | "mn" | "mln" | "trn" => suffix_scale(low, true),
        "m" | "b" if after_currency => suffix_scale(low, true),
        _ => None,
    }
}

/// Number words at `j`: "five", "twenty-five", "a hundred and two", "two and a half",
/// "a quarter", "two thirds", "dozens", "tens of thousands".
fn words_at(w: &Words, j: usize) -> Option<Core> {
    let lex = lexicon();
    if !w.is_word(j) {
        return None;
    }
    let first = w.low(j);
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
    // "half a million"
    if first == "half"
        && matches!(w.low(j + 1), "a" | "an")
        && let Some(scale) = big_scale(j + 2)
    {
        return Some(number(j, j + 2, scale / 2.0, scale / 100.0, Shape::Words));
    }
    // Collect a run of number words joined by spaces, hyphens, "and", "&" and commas.
    let mut words: Vec<&str> = Vec::new();
    let mut idx: Vec<usize> = Vec::new();
    let mut k = j;
    loop {
        let low = w.low(k);
        let is_num = w.is_word(k)
            && lex.number_words.get(low).is_some_and(|n| {
                !matches!(n.kind, NumberWordKind::Fraction | NumberWordKind::Ordinal)
            });
        let is_article = (low == "a" || low == "an") && words.is_empty();
        if is_num || is_article {
            words.push(low);
            idx.push(k);
            k += 1;
            continue;
        }
        if words.is_empty() {
            return None;
        }
        // Joiners continue the run only when a number word follows.
        let joiner = w.is_dash(k) && w.glued(k) && w.glued(k + 1)
            || low == "and"
            || low == "&"
            || (low == ","
                && lex
                    .number_words
                    .get(w.low(idx[idx.len() - 1]))
                    .is_some_and(|n| n.kind == NumberWordKind::Scale && n.value >= 1000.0));
        let next_is_num = lex
            .number_words
            .get(w.low(k + 1))
            .is_some_and(|n| !matches!(n.kind, NumberWordKind::Fraction | NumberWordKind::Ordinal));
        if joiner && next_is_num {
            if low != "-" && !w.is_dash(k) {
                words.push(if low == "," { "," } else { "and" });
                idx.push(k);
            }
            k += 1;
            continue;
        }
        break;
    }
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
    if let Some(b) = base
        && w.low(after) == "and"
        && matches!(w.low(after + 1), "a" | "an")
        && let Some(d) = frac_at(after + 2)
    {
        return Some(number(j, after + 2, b + 1.0 / d, 0.01, Shape::Words));
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

/// The qualifier phrase ending right before token `first`, and where it starts.
fn qualifier_before(w: &Words, first: usize) -> Option<(QualifierWord, usize)> {
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
            return Some((*q, first - phrase.len()));
        }
    }
    None
}

/// Whether a verb of change comes right before "from" at `first - 1` ("rose from 40 to 52"):
/// then "from X to Y" are two figures, not a range.
fn change_verb_before(w: &Words, first: usize) -> bool {
    if first < 2 || w.low(first - 1) != "from" {
        return false;
    }
    let verb = w.low(first - 2);
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
    CHANGE.contains(&verb)
}

/// Extends `p` by a second number: "5 to 6", "10-15", "8- to 16-", "between 44 mg and 50 mg".
/// With `between`, the joiner is "and" (or "to"/"-").
fn range_after(w: &Words, p: &mut Phrase, between: bool) -> bool {
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
    if w.is_dash(j) && w.glued(j) && w.low(j + 1) == "to" {
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
    // "2013-14": a span of years, not a range of counts.
    if dash && p.year_like && w.raw(j + 1).len() <= 4 {
        return false;
    }
    if dash && w.is_dash(second.end + 1) && w.is_number(second.end + 2) {
        return false;
    }
    let mut end = second.end;
    if unit_len > 0 {
        let same = (0..unit_len).all(|k| w.low(p.num_last + 1 + k) == w.low(second.end + 1 + k));
        if !same {
            return false;
        }
        end += unit_len;
    }
    if p.currency.is_none() {
        p.currency = second.currency;
    }
    let (lo, hi) = if p.value <= second.value {
        (p.value, second.value)
    } else {
        (second.value, p.value)
    };
    // "between 5 and 6 million": the scale of the second applies to the first.
    let (lo, hi) = if lo < hi / 1000.0 && hi >= 1e6 && second.shape == Shape::Digits {
        let scale = 10f64.powi((hi.log10().floor() as i32 / 3) * 3);
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

fn is_range_joiner(w: &Words, j: usize, between: bool) -> bool {
    match w.low(j) {
        "to" | "-" | "–" | "—" => true,
        "and" | "&" => between,
        _ => false,
    }
}

/// "50 or more", "50-plus", "50+", "50 or so", "50 or fewer".
fn trailing_qualifier(w: &Words, p: &mut Phrase) {
    if p.qualifier != Qualifier::Exact {
        return;
    }
    let j = p.last + 1;
    let q = match (w.low(j), w.low(j + 1)) {
        ("or", "more") | ("and", "more") | ("or", "above") => Some((Qualifier::AtLeast, j + 1)),
        ("or", "so") => Some((Qualifier::About, j + 1)),
        ("or", "fewer") | ("or", "less") => Some((Qualifier::AtMost, j + 1)),
        ("+", _) if w.glued(j) => Some((Qualifier::AtLeast, j)),
        ("-", "plus") if w.glued(j) => Some((Qualifier::AtLeast, j + 1)),
        _ => None,
    };
    if let Some((q, last)) = q {
        // "or more" must not swallow a following noun phrase like "or more people" — it ends at "more".
        p.qualifier = q;
        p.last = last;
        p.year_like = false;
    }
}

/// "60 percent", "60%", "60 per cent", "3 percentage points".
fn percent_after(w: &Words, p: &mut Phrase) {
    let j = p.last + 1;
    let end = if w.is_punct(j, "%") {
        Some(j)
    } else {
        match (w.low(j), w.low(j + 1)) {
            ("percent" | "pct" | "percentage", _) if w.low(j + 1) == "points" => Some(j + 1),
            ("percent" | "pct", _) => Some(j),
            ("per", "cent") => Some(j + 1),
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

    #[test]
    fn qualifiers_make_intervals() {
        assert_eq!(
            one("has killed about 300,000 people"),
            ("about 300,000".into(), 300_000.0, Qualifier::About)
        );
        assert_eq!(one("killed more than 250,000 people").2, Qualifier::AtLeast);
        assert_eq!(one("nearly 40 died").2, Qualifier::Nearly);
        assert_eq!(one("up to 4,000 km").2, Qualifier::AtMost);
        assert_eq!(
            one("between 5 and 6 were hurt"),
            ("between 5 and 6".into(), 5.5, Qualifier::Range)
        );
        assert_eq!(one("dozens were hurt").2, Qualifier::Plural);
        assert_eq!(one("50 or more people").2, Qualifier::AtLeast);
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
        assert_eq!(one("€10M in savings").1, 10_000_000.0);
    }

    #[test]
    fn ranges() {
        assert_eq!(one("an 8- to 16-meter telescope").1, 12.0);
        assert_eq!(one("10-15 exabytes").1, 12.5);
        assert_eq!(one("3 to 4 L of wine").1, 3.5);
        assert_eq!(one("given 44 mg to 50 mg ethanol").1, 47.0);
        assert_eq!(phrases("the toll rose from 40 to 52").len(), 2);
    }

    #[test]
    fn not_figures() {
        assert!(phrases("at 10:30 on 12/18/2015").is_empty());
        assert!(phrases("the 21st century").is_empty());
        assert!(phrases("COVID-19 and F-16").is_empty());
        assert!(phrases("call 555-010-2231").is_empty());
        assert!(
            phrases("call (202) 555-0100").len() == 1,
            "the area code alone is left"
        );
        assert!(phrases("in the 1960s").is_empty());
    }
}
