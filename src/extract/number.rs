//! Pure number normalizers: numerals as written ("300,000", "1.5", "3.5m") and number words
//! ("twenty-five", "a hundred and two", "three million, two hundred & forty").

use crate::extract::lexicon::{NumberWordKind, lexicon};

/// A numeral as written, split into its value and what is glued after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral<'a> {
    pub value: f64,
    /// The size of the last written digit: 1 for "42", 0.1 for "1.5".
    pub resolution: f64,
    /// Letters and digits glued after the number ("m" in "3.5m", "st" in "21st").
    pub suffix: &'a str,
    /// Digits before the decimal point, separators excluded.
    pub int_digits: usize,
    /// Whether it had thousands separators.
    pub grouped: bool,
}

/// Parses a numeral token. `None` for malformed groupings ("1,50", "1.2.3") and codes with
/// leading zeros ("06").
pub fn parse_numeral(raw: &str) -> Option<Numeral<'_>> {
    // Tokenized corpora space their separators ("1, 400"); read them as written together.
    if raw.contains(' ') {
        let joined = raw.replace(", ", ",").replace(". ", ".");
        let n = parse_numeral(&joined)?;
        let suffix_start = raw.len() - n.suffix.len();
        return Some(Numeral {
            suffix: &raw[suffix_start..],
            ..n
        });
    }
    let end = raw
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(raw.len());
    let (num, suffix) = raw.split_at(end);
    if num.is_empty() || !num.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let (int, frac) = match num.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (num, None),
    };
    if frac.is_some_and(|f| f.is_empty() || f.contains(['.', ','])) {
        return None;
    }
    let separators = int.bytes().filter(|&b| b == b',').count();
    let grouped = separators > 0;
    if grouped {
        let mut groups = int.split(',');
        let head = groups.next().unwrap_or("");
        if head.is_empty() || head.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    // `int` starts with a digit here: a leading zero is its first byte.
    let int_digits = int.len() - separators;
    if int_digits > 1 && int.starts_with('0') {
        return None;
    }
    let decimals = frac.map_or(0, str::len);
    // Without separators the numeral is read as written; only grouped ones are copied. A
    // whole number of up to 15 digits is below 2^53: read as an integer it is the very value
    // the decimal parser rounds to.
    let value: f64 = if frac.is_none() && int_digits <= 15 {
        // The separators of a grouped one ("300,000") are passed over, not copied out.
        num.bytes()
            .filter(|&b| b != b',')
            .fold(0u64, |v, d| v * 10 + u64::from(d - b'0')) as f64
    } else if grouped {
        num.replace(',', "").parse().ok()?
    } else {
        num.parse().ok()?
    };
    value.is_finite().then_some(Numeral {
        value,
        resolution: 10f64.powi(-(decimals.min(300) as i32)),
        suffix,
        int_digits,
        grouped,
    })
}

/// The multiplier of a scale suffix glued to a numeral ("10M", "3.5bn", "0.5k"). A lowercase
/// `m` or `b` means million or billion only after a currency sign ("$3.5m"); elsewhere it is a
/// unit ("3.5m" is metres).
pub fn suffix_scale(suffix: &str, after_currency: bool) -> Option<f64> {
    match suffix {
        "k" | "K" => Some(1e3),
        "M" | "mn" | "mln" | "Mln" | "MLN" | "MM" => Some(1e6),
        "B" | "bn" | "bln" | "Bln" | "BLN" | "Bn" | "BN" => Some(1e9),
        "T" | "tn" | "trn" | "trln" | "Tn" => Some(1e12),
        "m" if after_currency => Some(1e6),
        "b" if after_currency => Some(1e9),
        "t" | "tr" if after_currency => Some(1e12),
        // "£73.5million", "10billion": a scale word written without its space.
        _ if suffix.eq_ignore_ascii_case("million") => Some(1e6),
        _ if suffix.eq_ignore_ascii_case("billion") => Some(1e9),
        _ if suffix.eq_ignore_ascii_case("trillion") => Some(1e12),
        _ => None,
    }
}

/// The value of a run of lowercase number words, e.g. `["a", "hundred", "and", "two"]` → 102,
/// `["twenty", "five"]` → 25, `["two", "dozen"]` → 24. `None` when the words do not make one
/// number ("five six", "and", an ordinal).
pub fn words_value(words: &[&str]) -> Option<f64> {
    let lex = lexicon();
    let mut total = 0.0;
    let mut current: Option<f64> = None;
    let mut last: Option<NumberWordKind> = None;
    let mut any = false;
    for (i, &w) in words.iter().enumerate() {
        if w == "and" || w == "&" || w == "," {
            if i == 0 || i + 1 == words.len() {
                return None;
            }
            continue;
        }
        if w == "a" || w == "an" {
            if i != 0 {
                return None;
            }
            current = Some(1.0);
            last = Some(NumberWordKind::Unit);
            continue;
        }
        let nw = lex.number_words.get(w)?;
        any = true;
        match nw.kind {
            NumberWordKind::Unit => {
                if matches!(last, Some(NumberWordKind::Unit)) {
                    return None;
                }
                if matches!(last, Some(NumberWordKind::Ten)) && nw.value >= 10.0 {
                    return None;
                }
                current = Some(current.unwrap_or(0.0) + nw.value);
            }
            NumberWordKind::Ten => {
                if matches!(last, Some(NumberWordKind::Unit | NumberWordKind::Ten))
                    && current.is_some_and(|c| c % 100.0 != 0.0)
                {
                    return None;
                }
                current = Some(current.unwrap_or(0.0) + nw.value);
            }
            NumberWordKind::Scale if nw.value == 100.0 => {
                current = Some(current.unwrap_or(1.0) * 100.0);
            }
            NumberWordKind::Scale => {
                total += current.unwrap_or(1.0) * nw.value;
                current = None;
            }
            NumberWordKind::Dozen => {
                current = Some(current.unwrap_or(1.0) * 12.0);
            }
            NumberWordKind::Fraction | NumberWordKind::Ordinal => return None,
        }
        last = Some(nw.kind);
    }
    let v = total + current.unwrap_or(0.0);
    (any && v.is_finite()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numerals_with_separators_and_decimals() {
        let n = parse_numeral("300,000").unwrap();
        assert_eq!((n.value, n.resolution, n.suffix), (300_000.0, 1.0, ""));
        let n = parse_numeral("1.5").unwrap();
        assert_eq!((n.value, n.resolution), (1.5, 0.1));
        let n = parse_numeral("3.5m").unwrap();
        assert_eq!((n.value, n.suffix), (3.5, "m"));
        assert_eq!(parse_numeral("1,50"), None);
        assert_eq!(parse_numeral("1.2.3"), None);
        assert_eq!(parse_numeral("06"), None);
        assert_eq!(parse_numeral("0.5").unwrap().value, 0.5);
    }

    #[test]
    fn scale_suffixes() {
        assert_eq!(suffix_scale("m", true), Some(1e6));
        assert_eq!(suffix_scale("m", false), None);
        assert_eq!(suffix_scale("M", false), Some(1e6));
        assert_eq!(suffix_scale("bn", false), Some(1e9));
        // Capitalized as some agencies write them ("$5Bln", "$7Mln").
        assert_eq!(suffix_scale("Bln", false), Some(1e9));
        assert_eq!(suffix_scale("Mln", false), Some(1e6));
        assert_eq!(suffix_scale("million", false), Some(1e6));
        assert_eq!(suffix_scale("Billion", false), Some(1e9));
        assert_eq!(suffix_scale("km", false), None);
    }

    #[test]
    fn number_words() {
        let v = |s: &str| words_value(&s.split(' ').collect::<Vec<_>>());
        assert_eq!(v("five"), Some(5.0));
        assert_eq!(v("twenty five"), Some(25.0));
        assert_eq!(v("a hundred and two"), Some(102.0));
        assert_eq!(v("two dozen"), Some(24.0));
        assert_eq!(v("three million , two hundred & forty"), Some(3_000_240.0));
        assert_eq!(v("one thousand"), Some(1000.0));
        assert_eq!(v("five six"), None);
        assert_eq!(v("twenty twelve"), None);
        assert_eq!(v("and"), None);
        assert_eq!(v("fifth"), None);
    }

    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];

    /// Spells 0..1_000_000 the way newspapers do.
    fn spell(n: u64) -> Vec<String> {
        let mut out = Vec::new();
        let below_thousand = |n: u64, out: &mut Vec<String>| {
            let (h, r) = (n / 100, n % 100);
            if h > 0 {
                out.push(UNITS[h as usize].to_string());
                out.push("hundred".into());
                if r > 0 {
                    out.push("and".into());
                }
            }
            if r >= 20 {
                out.push(TENS[(r / 10) as usize].to_string());
                if r % 10 > 0 {
                    out.push(UNITS[(r % 10) as usize].to_string());
                }
            } else if r > 0 || h == 0 {
                out.push(UNITS[r as usize].to_string());
            }
        };
        let (th, rest) = (n / 1000, n % 1000);
        if th > 0 {
            below_thousand(th, &mut out);
            out.push("thousand".into());
            if rest > 0 {
                below_thousand(rest, &mut out);
            }
        } else {
            below_thousand(rest, &mut out);
        }
        out
    }

    proptest! {
        #[test]
        fn spelled_numbers_round_trip(n in 0u64..1_000_000) {
            let words = spell(n);
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            prop_assert_eq!(words_value(&refs), Some(n as f64));
        }

        #[test]
        fn grouped_numerals_round_trip(n in 0u64..1_000_000_000_000_000_000) {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 { grouped.push(','); }
                grouped.push(c);
            }
            // As the decimal parser reads the digits without their separators.
            let value = plain.parse::<f64>().ok();
            prop_assert_eq!(parse_numeral(&grouped).map(|x| x.value), value);
            prop_assert_eq!(parse_numeral(&plain).map(|x| x.value), value);
        }

        #[test]
        fn any_numeral_text_never_panics(s in "[0-9.,a-zA-Z]{0,12}") {
            if let Some(n) = parse_numeral(&s) {
                prop_assert!(n.value.is_finite() && n.value >= 0.0);
                prop_assert!(n.resolution > 0.0);
            }
        }
    }
}
