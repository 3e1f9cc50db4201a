//! A small lexer for claim extraction: words, numbers and single punctuation marks.
//!
//! It runs once over a sentence. Numbers are lexed before words so that "3.5m" stays one
//! token (digits with a suffix) and "MH17" stays one word (letters first).

use crate::extract::phrase_digits::SUM_ABBREVIATIONS;
use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter; letters, digits and inner apostrophes ("Russia’s", "L2").
    Word,
    /// Starts with a digit: digits with inner `,` `.` groups and an attached suffix
    /// ("300,000", "1.5", "3.5m", "21st", "10kg"), or a vulgar fraction ("½").
    Number,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Absolute span in the article text.
    pub span: Span,
    /// Whitespace (or the start of the sentence) comes right before it.
    pub space_before: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

pub fn is_vulgar_fraction(c: char) -> bool {
    matches!(c, '½' | '⅓' | '⅔' | '¼' | '¾' | '⅕' | '⅛')
}

/// Whether `s` holds a vulgar fraction: they all start with byte C2 (`½`) or E2 (`⅓`), so
/// only the bytes after those are read, as UTF-8 writes the fractions (news text is full of
/// E2 quotes and dashes, and decoding each cost more).
pub fn has_vulgar_fraction(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| {
        matches!(
            b.get(i..),
            // ¼ ½ ¾
            Some([0xC2, 0xBC..=0xBE, ..])
            // ⅓ ⅔ ⅕ ⅛
            | Some([0xE2, 0x85, 0x93 | 0x94 | 0x95 | 0x9B, ..])
        )
    })
}

/// How the lexer reads a byte: ASCII is most of news text, so it is classified by one table
/// load, without decoding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Digit,
    Letter,
    /// A letter that starts an abbreviation of a sum (`SUM_ABBREVIATIONS`, the rand's "R"):
    /// the word may be letters glued to digits ("Rs1", "Tk500"). Most words start with
    /// another letter and are never asked.
    SumLetter,
    /// Any other ASCII byte: one punctuation mark.
    Mark,
    /// A byte of a multi-byte character: decoded.
    Wide,
}

static CLASS: [Class; 256] = {
    let mut t = [Class::Wide; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            Class::Space
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_alphabetic() {
            Class::Letter
        } else {
            Class::Mark
        };
        b += 1;
    }
    let mut k = 0;
    while k < SUM_ABBREVIATIONS.len() {
        t[SUM_ABBREVIATIONS[k].0.as_bytes()[0] as usize] = Class::SumLetter;
        k += 1;
    }
    t
};

/// Lexes `span` of `text` into tokens with absolute spans. Never panics; a span that does
/// not index the text yields no tokens.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let Some(s) = span.get(text) else {
        return Vec::new();
    };
    let bytes = s.as_bytes();
    // About one token per four bytes of news text: few sentences make the vector grow again,
    // and none is given much more than it needs.
    let mut out = Vec::with_capacity(bytes.len() / 4 + 4);
    let base = span.start();
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        let start = i;
        let kind = match CLASS[usize::from(bytes[i])] {
            Class::Space => {
                space_before = true;
                i += 1;
                continue;
            }
            Class::Letter => {
                i = word_end(s, i + 1);
                TokenKind::Word
            }
            Class::SumLetter => {
                i = match glued_sum_letters(bytes, i) {
                    Some(letters) => i + letters,
                    None => word_end(s, i + 1),
                };
                TokenKind::Word
            }
            Class::Mark => {
                i += 1;
                TokenKind::Punct
            }
            Class::Digit => {
                i = number_end(s, i);
                TokenKind::Number
            }
            Class::Wide => {
                let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                    break;
                };
                i += c.len_utf8();
                if is_general_punctuation(c) {
                    TokenKind::Punct
                } else if c.is_whitespace() {
                    space_before = true;
                    continue;
                } else if is_vulgar_fraction(c) {
                    TokenKind::Number
                } else if c.is_alphabetic() {
                    i = word_end(s, i);
                    TokenKind::Word
                } else {
                    TokenKind::Punct
                }
            }
        };
        out.push(Token {
            kind,
            span: Span::new(base + start, base + i),
            space_before,
        });
        // Most tokens are followed by one space: skipped here rather than by another turn.
        space_before = bytes.get(i) == Some(&b' ');
        i += usize::from(space_before);
    }
    out
}

/// How many letters the word at `i` has when it is an abbreviation of a sum glued to its
/// digits ("Rs1 million", "Rp500bn"; see `phrase_digits::SUM_ABBREVIATIONS`): the letters are
/// a token of their own, as in "Rs 1 million", and the digits a number. Asked only of words
/// whose first letter is a `Class::SumLetter`.
fn glued_sum_letters(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = bytes.get(i..)?;
    SUM_ABBREVIATIONS
        .iter()
        .map(|(a, _)| a.as_bytes())
        .find(|a| rest.starts_with(a) && rest.get(a.len()).is_some_and(u8::is_ascii_digit))
        .map(<[u8]>::len)
        .or_else(|| rand_sum(rest).then_some(1))
}

/// Whether `rest` is a sum in rand, "R" glued to a number that only money is written as: one
/// with a scale ("R3.2m", "R1.5bn", "R1.5-billion", "R40 million"), a decimal ("R3.50") or
/// groups of thousands ("R250 000", "R1,500"). "R" glued to a bare number is a road ("the
/// R21", "the R511"), and stays one word.
fn rand_sum(rest: &[u8]) -> bool {
    let Some(digits) = rest.strip_prefix(b"R") else {
        return false;
    };
    let n = digits.iter().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 {
        return false;
    }
    let after = &digits[n..];
    let word_ends = |k: usize| !after.get(k).is_some_and(u8::is_ascii_alphanumeric);
    match after {
        [b'.' | b',', d, ..] if d.is_ascii_digit() => true,
        [b' ', a, b, c, ..] if [a, b, c].iter().all(|d| d.is_ascii_digit()) => word_ends(4),
        [b'm', ..] => word_ends(1),
        [b'b', b'n', ..] => word_ends(2),
        _ => [
            &b" million"[..],
            b" billion",
            b"-million",
            b"-billion",
            b" bn",
            b" m",
        ]
        .iter()
        .any(|scale| after.starts_with(scale) && word_ends(scale.len())),
    }
}

/// Dashes, quotes, bullets and the ellipsis (U+2010 to U+2027): the non-ASCII marks news text
/// is full of, none a letter, digit, fraction or space, told without the Unicode tables.
fn is_general_punctuation(c: char) -> bool {
    ('\u{2010}'..='\u{2027}').contains(&c)
}

/// ASCII letters and digits, by byte: one load per byte of a word instead of range tests.
pub(super) static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// End of a word whose first character ends before `i`: letters, digits and apostrophes
/// between letters ("Russia’s", "MH17").
fn word_end(s: &str, mut i: usize) -> usize {
    let bytes = s.as_bytes();
    loop {
        // The ASCII run of the word, byte by byte.
        while i < bytes.len() && ALNUM[usize::from(bytes[i])] {
            i += 1;
        }
        // Most words end at a space or an ASCII mark: nothing to decode.
        match bytes.get(i) {
            None => return i,
            Some(&b) if b.is_ascii() && b != b'\'' => return i,
            _ => {}
        }
        let Some(n) = s.get(i..).and_then(|r| r.chars().next()) else {
            return i;
        };
        let inner_apostrophe = is_apostrophe(n)
            && s.get(i + n.len_utf8()..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphabetic);
        let letter = !is_general_punctuation(n) && n.is_alphanumeric() && !is_vulgar_fraction(n);
        if inner_apostrophe || letter {
            i += n.len_utf8();
        } else {
            return i;
        }
    }
}

/// End of a number starting at `i`: digit groups joined by `,` or `.` followed by a digit,
/// then any letters and digits glued on ("3.5m", "km2", "21st").
fn number_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    let start = i;
    while i < b.len() {
        let separator =
            (b[i] == b',' || b[i] == b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if b[i].is_ascii_digit() || separator {
            i += 1;
        } else if let Some(n) = spaced_group(b, start, i) {
            i += n;
        } else {
            break;
        }
    }
    while let Some(&c) = b.get(i) {
        if ALNUM[usize::from(c)] {
            i += 1;
            continue;
        }
        match s.get(i..).and_then(|r| r.chars().next()) {
            Some(c) if !c.is_ascii() && c.is_alphanumeric() => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// Text rebuilt from tokens (ECB+) spaces its separators: "1, 400" and "5. 9". A comma and
/// one space before exactly three digits continue a number of at most three digits so far; a
/// period and one space before one or two digits continue a number of one or two digits.
/// Returns how many bytes the separator and space take.
fn spaced_group(b: &[u8], start: usize, i: usize) -> Option<usize> {
    let sep = *b.get(i)?;
    if !(sep == b',' || sep == b'.') || b.get(i + 1) != Some(&b' ') {
        return None;
    }
    let so_far = &b[start..i];
    let digits_after = b[i + 2..].iter().take_while(|c| c.is_ascii_digit()).count();
    let next = b.get(i + 2 + digits_after);
    let ends_cleanly = next.is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b',' && *c != b'.')
        || next.is_some_and(|c| *c == b',' || *c == b'.')
            && b.get(i + 3 + digits_after)
                .is_none_or(|c| !c.is_ascii_digit());
    let ok = match sep {
        b',' => {
            digits_after == 3
                && ends_cleanly
                && (so_far.contains(&b',') || (1..=3).contains(&so_far.len()))
                && so_far.iter().all(|c| c.is_ascii_digit() || *c == b',')
        }
        _ => {
            (1..=2).contains(&digits_after)
                && (ends_cleanly || money_scale_after(b, start, i + 2 + digits_after))
                && (1..=2).contains(&so_far.len())
                && so_far.iter().all(u8::is_ascii_digit)
        }
    };
    ok.then_some(2)
}

/// Whether the number starting at `start` follows a currency sign and the letters from `at`
/// are a glued scale ending the word: "£1. 7m", "$2. 6bn" (ECB+ spacing of "£1.7m").
fn money_scale_after(b: &[u8], start: usize, at: usize) -> bool {
    let before = &b[..start];
    let sign = before.ends_with(b"$")
        || before.ends_with("£".as_bytes())
        || before.ends_with("€".as_bytes());
    let letters = b[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let scale = &b[at..at + letters];
    let ends = b
        .get(at + letters)
        .is_none_or(|c| !c.is_ascii_alphanumeric());
    sign && ends && matches!(scale, b"m" | b"bn" | b"b" | b"mn")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| t.span.slice(s))
            .collect()
    }

    #[test]
    fn keeps_numbers_with_separators_and_suffixes_whole() {
        assert_eq!(
            texts("about 300,000 people, $3.5m and 1.5 million."),
            [
                "about", "300,000", "people", ",", "$", "3.5m", "and", "1.5", "million", "."
            ]
        );
        assert_eq!(texts("five-year war"), ["five", "-", "year", "war"]);
        assert_eq!(texts("Russia’s MH17 ½"), ["Russia’s", "MH17", "½"]);
        assert_eq!(texts("Dec. 18,"), ["Dec", ".", "18", ","]);
        // Spacing left by tokenized corpora.
        assert_eq!(
            texts("injured more than 1, 400, leveling"),
            ["injured", "more", "than", "1, 400", ",", "leveling"]
        );
        assert_eq!(texts("a 5. 9 magnitude"), ["a", "5. 9", "magnitude"]);
        // A glued scale after a currency sign: "£1. 7m" is "£1.7m"; "1. 7m" alone is not.
        assert_eq!(
            texts("worth £1. 7m stolen"),
            ["worth", "£", "1. 7m", "stolen"]
        );
        assert_eq!(texts("$2. 6bn;"), ["$", "2. 6bn", ";"]);
        assert_eq!(texts("route 1. 7m long"), ["route", "1", ".", "7m", "long"]);
        assert_eq!(
            texts("In 2014, 300 died"),
            ["In", "2014", ",", "300", "died"]
        );
        assert_eq!(texts("on Dec. 5. The"), ["on", "Dec", ".", "5", ".", "The"]);
    }

    #[test]
    fn splits_rupees_glued_to_their_sum() {
        let text = "paid Rs1 million and Rp500bn, not Rs. Rsx1";
        let toks: Vec<(&str, TokenKind)> = tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| (&text[t.span.start()..t.span.end()], t.kind))
            .collect();
        let at = |w: &str| toks.iter().position(|(t, _)| *t == w);
        assert_eq!(toks[at("Rs").unwrap() + 1], ("1", TokenKind::Number));
        assert_eq!(toks[at("Rp").unwrap() + 1], ("500bn", TokenKind::Number));
        assert!(at("Rsx1").is_some());
    }

    #[test]
    fn splits_rand_from_a_sum_but_not_from_a_road() {
        let words = |text: &str| -> Vec<String> {
            tokenize(text, Span::new(0, text.len()))
                .iter()
                .map(|t| text[t.span.start()..t.span.end()].to_string())
                .collect()
        };
        for sum in [
            "R3.2m",
            "R1.5bn",
            "R250 000",
            "R1,500",
            "R40 million",
            "R1.5-billion",
        ] {
            assert_eq!(words(sum)[0], "R", "{sum}");
        }
        for road in ["the R21 highway", "R500 road", "R2D2", "R5 000x"] {
            assert!(!words(road).contains(&"R".to_string()), "{road}");
        }
    }

    #[test]
    fn records_spacing() {
        let s = "8- to 16-meter";
        let toks = tokenize(s, Span::new(0, s.len()));
        let spaced: Vec<bool> = toks.iter().map(|t| t.space_before).collect();
        assert_eq!(spaced, [true, false, true, true, false, false]);
    }

    #[test]
    fn the_fraction_bytes_are_the_fractions() {
        for c in ['½', '⅓', '⅔', '¼', '¾', '⅕', '⅛'] {
            assert!(has_vulgar_fraction(&format!("a {c} b")), "{c}");
        }
        for s in [
            "",
            "’ “ ” – — …",
            "\u{a0}»«",
            "⅐ ⅑ ⅒ ⅖ ⅗ ⅘ ⅙ ⅚ ⅜ ⅝ ⅞ ↉",
            "2 1/2",
        ] {
            assert!(!has_vulgar_fraction(s), "{s}");
        }
    }

    proptest! {
        #[test]
        fn fractions_are_found_as_the_characters_say(s in "[a ½⅓⅔¼¾⅕⅛⅐⅖»«’“–…\u{a0}\u{2150}-\u{215f}\u{bb}-\u{bf}]{0,12}") {
            prop_assert_eq!(has_vulgar_fraction(&s), s.chars().any(is_vulgar_fraction), "{:?}", s);
        }

        #[test]
        fn tokens_index_the_text_in_order(s in "\\PC{0,80}") {
            let toks = tokenize(&s, Span::new(0, s.len()));
            let mut last = 0;
            for t in toks {
                prop_assert!(t.span.indexes(&s));
                prop_assert!(t.span.start() >= last);
                prop_assert!(!t.span.is_empty());
                last = t.span.end();
            }
        }
    }
}
