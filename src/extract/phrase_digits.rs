//! Numbers written in digits: currency signs, signs, separators, scale suffixes and words,
//! fractions ("2 1/2", "½"), exponents and uncertainties ("9.83e-3 +/- 1e-5").

use crate::extract::digit_groups;
use crate::extract::lexicon::{NumberWordKind, lexicon};
use crate::extract::number::{parse_numeral, suffix_scale};
use crate::extract::phrase::{Core, Shape};
use crate::extract::token::TokenKind;
use crate::extract::words::Words;

/// The country letters written before a "$" ("US$", "HK$", "S$"; "R$" is the Brazilian real).
const DOLLAR_COUNTRIES: [&str; 11] = ["US", "A", "C", "HK", "NZ", "AU", "CA", "S", "SG", "NT", "R"];

/// "Rs 5,000", "Rs. 20 crore", "Rp 1 billion", "Tk 25,000", "Sh212 million": abbreviations of
/// the rupee, the rupiah, the taka and the (Kenyan) shilling, as South Asian, Indonesian and
/// East African papers write them, with the currency word each stands for.
pub(super) const SUM_ABBREVIATIONS: [(&str, &str); 6] = [
    ("Rs", "rupees"),
    ("Rp", "rupiah"),
    ("Tk", "taka"),
    ("KSh", "kenyan_shillings"),
    ("Ksh", "kenyan_shillings"),
    ("Sh", "shillings"),
];

/// The rand's letter, which the lexer parts from a number only when the number is written as
/// money ("R3.2m", "R250 000"; see `token::rand_sum`): "R21" is a road.
const RAND: &str = "R";

/// The letters [`letters_before_a_sum`] reads: the country letters before a "$", the
/// abbreviations of [`SUM_ABBREVIATIONS`] and the rand's "R".
pub(super) fn sum_letters() -> impl Iterator<Item = &'static str> {
    DOLLAR_COUNTRIES
        .into_iter()
        .chain(SUM_ABBREVIATIONS.iter().map(|&(a, _)| a))
        .chain([RAND])
}

/// Whether the word `raw` opens a sum as letters that are no currency code of the lexicon:
/// country letters before a "$", an abbreviation of [`SUM_ABBREVIATIONS`] or the rand's "R".
pub(super) fn letters_before_a_sum(raw: &str) -> bool {
    DOLLAR_COUNTRIES.contains(&raw)
        || SUM_ABBREVIATIONS.iter().any(|&(a, _)| a == raw)
        || raw == RAND
}

/// A currency sign or code at `j` directly before a number: returns its code and the index of
/// the number.
pub(super) fn currency_at(w: &Words, j: usize) -> Option<(&'static str, usize)> {
    let lex = lexicon();
    let raw = w.raw(j);
    if DOLLAR_COUNTRIES.contains(&raw) {
        if w.is_punct(j + 1, "$") && w.glued(j + 1) {
            let key = format!("{raw}$");
            let code = lex.currencies.get(key.as_str())?;
            return w.is_number(j + 2).then_some((code, j + 2));
        }
        // "R" before no "$" may still be the rand's ("R3.2m").
        if raw != RAND {
            return None;
        }
    }
    if let Some(&(_, word)) = SUM_ABBREVIATIONS.iter().find(|&&(a, _)| a == raw) {
        let next = if w.is_punct(j + 1, ".") && w.glued(j + 1) {
            j + 2
        } else {
            j + 1
        };
        let code = lex.currencies.get(word)?;
        return w.is_number(next).then_some((code, next));
    }
    if raw == RAND {
        let code = lex.currencies.get("rand")?;
        return (w.is_number(j + 1) && w.glued(j + 1)).then_some((code, j + 1));
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

/// The currency right after the sum `c`: a sign glued to it ("15€") or a word ("2.5bn
/// dollars", "500 euros", "two million yen"), and the token it ends at.
pub(super) fn currency_after(w: &Words, c: &Core) -> Option<(&'static str, usize)> {
    let j = c.end + 1;
    match w.kind(j) {
        Some(TokenKind::Punct) if w.glued(j) => {
            let code = lexicon().currencies.get(w.raw(j))?;
            Some((code, j))
        }
        Some(TokenKind::Word) => {
            let low = w.low(j);
            // "pounds" is money only after a sum of a million or more ("10 million pounds",
            // "2m pounds"); "weighed 300 pounds" is a weight.
            let value = c.value * glued_scale(c).unwrap_or(1.0);
            if matches!(low, "pound" | "pounds") && value.abs() < 1e6 && !paid_in(w, c.start) {
                return None;
            }
            // "1.2 mln USD": an ISO code after the sum, written in capitals.
            let raw = w.raw(j);
            let code = if raw.len() == 3 && raw.bytes().all(|b| b.is_ascii_uppercase()) {
                lexicon().currencies.get(raw)
            } else {
                lexicon().currencies.get(low)
            };
            match code {
                Some(code) => Some((code, j)),
                None => named_currency(w, j),
            }
        }
        _ => None,
    }
}

/// Words right before a sum that make it money: "fined 45,000 pounds", "costs of 480,000
/// pounds", "a reward of 20,000 pounds".
const MONEY_BEFORE: [&str; 24] = [
    "fined",
    "fine",
    "fines",
    "cost",
    "costs",
    "paid",
    "pay",
    "pays",
    "paying",
    "compensation",
    "damages",
    "worth",
    "salary",
    "prize",
    "reward",
    "bill",
    "debt",
    "debts",
    "raised",
    "donated",
    "earned",
    "charged",
    "bail",
    "awarded",
];

/// Whether the sum whose first token is `start` is what was paid, fined or owed: a word of
/// [`MONEY_BEFORE`] right before it, or up to two small words before it ("costs of", "a
/// fine of about": an article, "of" or a word of nearness).
fn paid_in(w: &Words, start: usize) -> bool {
    let mut k = start;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let low = w.low(p);
        if MONEY_BEFORE.contains(&low) {
            return true;
        }
        if !matches!(
            low,
            "of" | "a" | "an" | "about" | "nearly" | "almost" | "around"
        ) {
            return false;
        }
        k = p;
    }
    false
}

/// A currency named by two words from token `j`: "US dollars", "Swiss francs" (listed as
/// "us_dollars" in `data/currencies.txt`), and the token it ends at. The key is built only
/// when the second word is a currency word.
fn named_currency(w: &Words, j: usize) -> Option<(&'static str, usize)> {
    let lex = lexicon();
    // "U.S." is read as letters and full stops.
    let mut end = j;
    while w.glued(end + 1) && (w.is_punct(end + 1, ".") || w.low_bytes(end + 1).len() == 1) {
        end += 1;
    }
    let second = end + 1;
    if !w.is_word(second) || !lex.currencies.contains_key(w.low(second)) {
        return None;
    }
    let name = w.span(j, end).slice(w.text).to_lowercase();
    let key = format!("{}_{}", name.trim_end_matches('.'), w.low(second));
    lex.currencies.get(key.as_str()).map(|code| (*code, second))
}

/// The scale a glued "m" or "bn" of `c` stands for once a currency makes the sum money.
fn glued_scale(c: &Core) -> Option<f64> {
    c.glued_unit.as_deref().and_then(|u| suffix_scale(u, true))
}

/// "2m euros": a currency named after a sum makes its glued "m" or "bn" a scale, as a sign
/// before it does ("$2m"); without one, "2m" may be two metres.
pub(super) fn scale_before_currency(c: &mut Core) {
    if let Some(m) = glued_scale(c) {
        scale_by(&mut c.value, &mut c.resolution, m);
        c.glued_unit = None;
    }
}

/// A numeral at `j` with what may follow it: scale words, "½", "1/2", exponents, "±".
pub(super) fn digits_at(w: &Words, j: usize, after_currency: bool) -> Option<Core> {
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
    // "1.240 prisoners", "300 000 pilgrims": thousands set apart the continental way.
    if let Some((mut value, mut end)) = digit_groups::grouped_thousands(w, j, after_currency) {
        // "2 950 bn yen": a scale after the groups.
        let mut resolution = 1.0;
        if let Some(scale) = scale_word(w, end + 1, after_currency) {
            scale_by(&mut value, &mut resolution, scale);
            end += 1;
        }
        return Some(Core {
            start: j,
            end,
            value,
            resolution,
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
        let is = |s: &str| suffix.eq_ignore_ascii_case(s);
        if is("st") || is("nd") || is("rd") || is("th") {
            return None;
        }
        if is("am") || is("pm") {
            return None;
        }
        if is("s") {
            // "1960s", "20s": decades and ages, not counts.
            return None;
        }
        if let Some(m) = suffix_scale(suffix, after_currency || million_before_count(w, j, suffix))
        {
            scale_by(&mut value, &mut resolution, m);
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
        && !years_of_a_season(w.raw(end), w.raw(end + 2))
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
        scale_by(&mut value, &mut resolution, scale);
        end += 1;
        // "60 thous. hectares": the abbreviation's period is part of it.
        if w.low(end) == "thous" && w.is_punct(end + 1, ".") && w.glued(end + 1) {
            end += 1;
        }
        // "₹1 lakh crore", "2,000 thousand crore": a larger scale after the first multiplies
        // it (a lakh of crores is a trillion).
        if let Some(larger) = scale_word(w, end + 1, after_currency).filter(|&s| s > scale) {
            scale_by(&mut value, &mut resolution, larger);
            end += 1;
        }
        plain = false;
    } else if w.is_dash(end + 1)
        && (w.glued(end + 1) && w.glued(end + 2)
            || after_currency && !w.glued(end + 1) && !w.glued(end + 2))
        && let Some(scale) = scale_word(w, end + 2, after_currency)
    {
        // "$137-million", "a $2.6-million booty": a scale joined by a hyphen, also spaced
        // after a currency sign as ECB+ writes it ("$2. 6 - million").
        scale_by(&mut value, &mut resolution, scale);
        end += 2;
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

/// Whether a glued lowercase "m" of the numeral at `j` is a million because a count of
/// people or things follows it ("1.5m people", "3m users", "2.3m households"), as British
/// papers write it; before anything else ("6m high", "rose to 6.52m") it is metres.
fn million_before_count(w: &Words, j: usize, suffix: &str) -> bool {
    if suffix != "m" || !w.is_word(j + 1) || w.glued(j + 1) {
        return false;
    }
    let lex = lexicon();
    // "1.46m Kestrel and Brava models": a brand or model named before the count's noun.
    let name = |k: usize| {
        w.is_word(k) && w.capitalized(k) && !w.glued(k) && !lex.stopwords.contains(w.low(k))
    };
    let (k, _) = w.past_names(j + 1, 2, name);
    let next = w.low_bytes(k);
    lex.people.contains(w.low(k))
        // "12m cubic metres of water": a unit of volume after it.
        || (k == j + 1 && next == b"cubic")
        || next.len() > 3
            && next.ends_with(b"s")
            && !next.ends_with(b"ss")
            && !next.ends_with(b"us")
            && !next.ends_with(b"is")
            && !next.ends_with(b"wards")
            && w.raw(k).starts_with(|c: char| c.is_ascii_lowercase())
            && !lex.stopwords.contains(w.low(k))
}

/// Multiplies a number and its resolution by a scale ("8.2bn", "1.5 million"), keeping the
/// digits written: 8.2 billion is 8,200,000,000, not the 8,199,999,999.999999 that the
/// product of two floats gives. A resolution of a power of ten scaled to a whole number is
/// that power exactly, and the value a whole number of steps of it.
fn scale_by(value: &mut f64, resolution: &mut f64, m: f64) {
    let r = *resolution * m;
    if r >= 1.0 && r.is_finite() {
        let exact = 10f64.powi(r.log10().round() as i32);
        if (exact - r).abs() <= r * 1e-9 {
            let steps = (*value * m / exact).round();
            if steps.abs() < 9e15 {
                *value = steps * exact;
                *resolution = exact;
                return;
            }
        }
    }
    *value *= m;
    *resolution = r;
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

/// Whether `first` and `second`, written "2023/24" or "2023/2024", are a season or a
/// financial year of two years in a row: a span of years, no fraction.
pub fn years_of_a_season(first: &str, second: &str) -> bool {
    let (Ok(y), Ok(next)) = (first.parse::<u32>(), second.parse::<u32>()) else {
        return false;
    };
    first.len() == 4
        && (1800..=2200).contains(&y)
        && match second.len() {
            2 => next == (y + 1) % 100,
            4 => next == y + 1,
            _ => false,
        }
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
        "bn" | "bln" | "mn" | "mln" | "trn" | "trln" => suffix_scale(low, true),
        "thous" => Some(1e3),
        "m" | "b" if after_currency => suffix_scale(low, true),
        _ => None,
    }
}
