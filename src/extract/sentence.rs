//! Sentence splitting for news text.
//!
//! One forward pass over the bytes of the body (plus one cheap pass over its lines to see how
//! the text is laid out). Three things end a sentence:
//!
//! 1. **A terminator** — `.` `!` `?` `…` or a run of them (`?!`, `...`) — with the closing
//!    quotes and brackets right after it (`"no." Then`, `“no.” Then`, `(sic.) Then`), when
//!    whitespace follows and the next character can open a sentence: an uppercase letter, a
//!    digit, an opening quote or bracket. After a single period the word before it is looked
//!    up (`data/abbreviations.txt`): titles (`Mr.`, `Gen.`) never end a sentence; other
//!    abbreviations (`U.S.`, `Inc.`, `Dec.`, `etc.`), initials (`John F. Kennedy`) and dotted
//!    acronyms end one only before a common sentence starter (`the U.S. The talks` splits,
//!    `the U.S. State Department` and `Dec. 18` do not). A number before the period does not
//!    end a sentence before another number (`5. 9` in tokenized text), nor a list number at
//!    the start of a line (`1. The first point`).
//! 2. **A line break**, when it is a paragraph break (blank line); when the body is laid out
//!    one sentence per line (most inner lines end with a terminator, as in ECB+); when the next
//!    line is a bullet item; or when the line is a bullet item or a headline (short, or in
//!    title case) and the next line does not go on in lowercase. A line break inside
//!    hard-wrapped prose is not a boundary.
//! 3. **A bullet `•` inside a line** (`Updated on • Visit aims … • Russia says …`).
//!
//! Each sentence is the text between two boundaries, trimmed of whitespace, so the output
//! keeps the [`Sentence`] invariant: in order, no overlaps, only whitespace between them.
//! Bullet markers stay inside their sentence (`• Visit aims …`) for that reason.
//!
//! Every look-around is bounded (a token before a period, a word after it, one headline
//! line), so the pass is linear in the length of the body.

use std::sync::LazyLock;

use crate::extract::word_set::{WordMap, WordSet};
use crate::model::{Sentence, Span};

/// Splits the `body` span of `text` into sentences.
///
/// Spans are absolute byte offsets into `text`, inside `body`, trimmed of whitespace. A body
/// span that does not index `text` yields no sentences.
pub fn split_sentences(text: &str, body: Span) -> Vec<Sentence> {
    let Some(b) = body.get(text) else {
        return Vec::new();
    };
    let mut splitter = Splitter::new(b, body.start());
    splitter.run();
    splitter.out
}

/// How a period after a word is read, from `data/abbreviations.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// Never ends a sentence: `Mr.`, `Gen.`.
    Title,
    /// Ends a sentence only before a common sentence starter: `U.S.`, `Inc.`, `Dec.`.
    Ambiguous,
}

/// The word maps' tables turn most words away before they are hashed: most words before a
/// period are no abbreviation, and most after one no starter.
struct Lexicon {
    abbrevs: WordMap<Abbrev>,
    starters: WordSet,
}

static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| parse_lexicon(include_str!("data/abbreviations.txt")));

fn parse_lexicon(src: &'static str) -> Lexicon {
    let mut lexicon = Lexicon {
        abbrevs: WordMap::default(),
        starters: WordSet::default(),
    };
    let mut section = "";
    for line in src.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        for word in line.split_whitespace() {
            let entry = word.trim_end_matches('.');
            match section {
                "title" => {
                    lexicon.abbrevs.insert(entry, Abbrev::Title);
                }
                "abbrev" => {
                    lexicon.abbrevs.insert(entry, Abbrev::Ambiguous);
                }
                "starter" => {
                    lexicon.starters.insert(entry);
                }
                _ => {}
            }
        }
    }
    lexicon
}

/// What precedes a single period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    /// An ordinary word, or nothing to look up: the period ends the sentence.
    Word,
    Title,
    Ambiguous,
    /// One letter: an initial (`F.` in `John F. Kennedy`, `S.` in `U. S.`, `m.` in `a. m.`).
    Initial,
    /// Digits (`2015.`, `5.` in tokenized `5. 9`).
    Number,
    /// One or two digits opening their line: a numbered list item (`1. The first`).
    ListNumber,
}

/// Longest token looked up before a period; longer ones are ordinary words.
const MAX_TOKEN: usize = 24;
/// Longest word after a period compared with the sentence starters.
const MAX_STARTER: usize = 16;
/// A line without a terminator this short (in bytes) is a headline (`Updated on`).
const SHORT_LINE: usize = 32;
/// A title-case line without a terminator up to this long (in bytes) is a headline.
const HEADLINE_LINE: usize = 150;

struct Splitter<'a> {
    /// The body.
    b: &'a str,
    bytes: &'a [u8],
    /// Offset of the body in the article text.
    base: usize,
    /// The body is laid out one sentence per line.
    line_mode: bool,
    /// Where the current sentence starts (before trimming).
    seg_start: usize,
    /// First non-whitespace byte of the current line.
    line_start: usize,
    out: Vec<Sentence>,
}

impl<'a> Splitter<'a> {
    fn new(b: &'a str, base: usize) -> Self {
        let first = skip_ws(b, 0).0;
        Splitter {
            b,
            bytes: b.as_bytes(),
            base,
            line_mode: one_sentence_per_line(b),
            seg_start: first,
            line_start: first,
            // News sentences run to a hundred bytes and more: the list rarely grows again.
            out: Vec::with_capacity(b.len() / 128 + 1),
        }
    }

    fn run(&mut self) {
        let bytes = self.bytes;
        let len = bytes.len();
        let mut i = self.line_start;
        // The next terminator byte, and the next line-break or `0xE2` byte (the first byte of
        // `…`, `•` and the Unicode separators), at or after `i`: found with memchr and kept
        // until scanning passes them, so the bytes between are never looked at one by one.
        let mut next_stop: Option<usize> = None;
        let mut next_line: Option<usize> = None;
        loop {
            let rest = |i: usize| bytes.get(i..).unwrap_or_default();
            if next_stop.is_none_or(|n| n < i) {
                next_stop = Some(memchr::memchr3(b'.', b'!', b'?', rest(i)).map_or(len, |k| i + k));
            }
            if next_line.is_none_or(|n| n < i) {
                next_line =
                    Some(memchr::memchr3(b'\n', b'\r', 0xE2, rest(i)).map_or(len, |k| i + k));
            }
            i = next_stop.unwrap_or(len).min(next_line.unwrap_or(len));
            if i >= len {
                break;
            }
            i = match bytes[i] {
                b'.' | b'!' | b'?' => self.on_terminator(i),
                b'\n' | b'\r' => self.on_line_break(i),
                0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                    // … HORIZONTAL ELLIPSIS
                    (Some(0x80), Some(0xA6)) => self.on_terminator(i),
                    // • BULLET
                    (Some(0x80), Some(0xA2)) => self.on_inline_bullet(i),
                    // LINE SEPARATOR, PARAGRAPH SEPARATOR
                    (Some(0x80), Some(0xA8 | 0xA9)) => self.on_line_break(i),
                    _ => i + 1,
                },
                _ => i + 1,
            };
        }
        self.boundary(bytes.len());
    }

    /// Ends the current sentence at `at` (exclusive) and starts the next one there.
    fn boundary(&mut self, at: usize) {
        debug_assert!(at >= self.seg_start);
        if let Some(seg) = self.b.get(self.seg_start..at) {
            let (from, to) = trimmed(seg);
            if from < to {
                let start = self.base + self.seg_start + from;
                self.out.push(Sentence {
                    span: Span::new(start, start + (to - from)),
                });
            }
        }
        self.seg_start = at;
    }

    /// A terminator starts at `i`. Returns where scanning goes on.
    fn on_terminator(&mut self, i: usize) -> usize {
        let (b, bytes) = (self.b, self.bytes);
        let len = bytes.len();

        // The run of terminators: `.`, `?!`, `...`, `…`.
        let mut j = i;
        let mut single_period = bytes[i] == b'.';
        loop {
            match bytes.get(j) {
                Some(b'.' | b'!' | b'?') => j += 1,
                Some(0xE2)
                    if bytes.get(j + 1) == Some(&0x80) && bytes.get(j + 2) == Some(&0xA6) =>
                {
                    j += 3;
                }
                _ => break,
            }
        }
        if j > i + 1 {
            single_period = false;
        }
        let mut end = skip_closers(bytes, j);
        let mut closed = end > j;
        if end >= len {
            return end;
        }
        let (mut next, mut newlines) = skip_ws(b, end);
        if next == end {
            // No whitespace after it: `1.5`, `U.S.A`, `example.com`, `"no."he`.
            return end;
        }
        // Tokenized text (ECB+) detaches closing quotes: `It was insane. "` and `stop. '"` at a
        // line end, `a good shooting. ” He` anywhere (`”` never opens a quote).
        if newlines == 0
            && let Some(q) = char_at(b, next).filter(|c| matches!(c, '"' | '\'' | '”' | '’'))
        {
            let after = skip_closers(bytes, next);
            let (n2, nl2) = skip_ws(b, after);
            if n2 >= len || nl2 > 0 || (q == '”' && n2 > after) {
                end = after;
                closed = true;
                next = n2;
                newlines = nl2;
            }
        }
        if next >= len {
            return next;
        }

        let Some(rest) = b.get(next..) else {
            return len;
        };
        let first = rest.chars().next().unwrap_or(' ');
        let line_start = self.line_start;
        let before = || {
            if single_period && !closed {
                before_period(b, i, line_start)
            } else {
                Before::Word
            }
        };
        let ends_here = || opens_sentence(first) && period_ends_sentence(before(), rest);
        let split = match newlines {
            0 => ends_here(),
            1 => {
                if is_bullet_start(rest) {
                    true
                } else if self.line_mode {
                    before() != Before::Title
                } else {
                    ends_here()
                        || (is_bullet_start(self.b.get(self.line_start..).unwrap_or(""))
                            && !starts_lowercase(rest))
                }
            }
            _ => true,
        };
        if split {
            self.boundary(end);
        }
        if newlines > 0 {
            self.line_start = next;
        }
        next
    }

    /// A line break starts at `p` and the line before it does not end with a terminator.
    fn on_line_break(&mut self, p: usize) -> usize {
        let b = self.b;
        let (next, newlines) = skip_ws(b, p);
        if next >= b.len() {
            return next;
        }
        let Some(rest) = b.get(next..) else {
            return b.len();
        };
        let split = newlines >= 2 || is_bullet_start(rest) || self.line_mode || {
            let line = b.get(self.line_start..p).unwrap_or("").trim();
            !starts_lowercase(rest) && (is_bullet_start(line) || is_headline(line))
        };
        if split {
            self.boundary(p);
        }
        self.line_start = next;
        next
    }

    /// A `•` at `q`: a bullet item starts here when whitespace precedes it.
    fn on_inline_bullet(&mut self, q: usize) -> usize {
        let after_space = self
            .b
            .get(..q)
            .is_some_and(|before| before.chars().next_back().is_none_or(char::is_whitespace));
        if after_space {
            self.boundary(q);
        }
        q + '•'.len_utf8()
    }
}

/// Where `seg` starts and ends once trimmed of whitespace (as `str::trim` does). Its ends are
/// most often ASCII, read a byte at a time; a non-ASCII byte at either end is left to the
/// Unicode-aware trims.
fn trimmed(seg: &str) -> (usize, usize) {
    let b = seg.as_bytes();
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut from = 0;
    while from < b.len() && space(b[from]) {
        from += 1;
    }
    if b.get(from).is_some_and(|&c| c >= 0x80) {
        let rest = seg.get(from..).unwrap_or_default();
        from += rest.len() - rest.trim_start().len();
    }
    let mut to = b.len();
    while to > from && space(b[to - 1]) {
        to -= 1;
    }
    if to > from && b[to - 1] >= 0x80 {
        to = from + seg.get(from..to).unwrap_or_default().trim_end().len();
    }
    (from, to)
}

/// Skips whitespace from `from` (a character boundary). Returns the first non-whitespace
/// position and how many line breaks were crossed (a paragraph separator counts two).
fn skip_ws(b: &str, from: usize) -> (usize, usize) {
    let bytes = b.as_bytes();
    let mut i = from;
    let mut newlines = 0usize;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'\n' => {
                newlines = newlines.saturating_add(1);
                i += 1;
            }
            b'\r' => {
                if bytes.get(i + 1) != Some(&b'\n') {
                    newlines = newlines.saturating_add(1);
                }
                i += 1;
            }
            b' ' | b'\t' | 0x0B | 0x0C => i += 1,
            0x80.. => {
                let Some(ch) = char_at(b, i).filter(|ch| ch.is_whitespace()) else {
                    break;
                };
                match ch {
                    '\u{2028}' => newlines = newlines.saturating_add(1),
                    '\u{2029}' => newlines = newlines.saturating_add(2),
                    _ => {}
                }
                i += ch.len_utf8();
            }
            _ => break,
        }
    }
    (i, newlines)
}

/// Skips closing quotes and brackets from `from`.
fn skip_closers(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    loop {
        match bytes.get(i..).unwrap_or(&[]) {
            [b'"' | b'\'' | b')' | b']' | b'}', ..] => i += 1,
            // ” ’ (right double / single quotation marks)
            [0xE2, 0x80, 0x9D | 0x99, ..] => i += 3,
            // »
            [0xC2, 0xBB, ..] => i += 2,
            _ => return i,
        }
    }
}

fn char_at(b: &str, i: usize) -> Option<char> {
    b.get(i..).and_then(|s| s.chars().next())
}

/// Whether `c` can be the first character of a sentence.
fn opens_sentence(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '(' | '[' | '$')
    } else {
        matches!(c, '“' | '‘' | '„' | '«' | '•' | '£' | '€' | '¿' | '¡')
            || (c.is_alphabetic() && !c.is_lowercase())
    }
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// The bytes of a token read before a period: ASCII letters, digits and dots, told by one
/// table load each.
static TOKEN_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric() || c as u8 == b'.';
        c += 1;
    }
    t
};

/// Reads the token before the single period at `dot`. `line_start` is the first
/// non-whitespace byte of the line.
fn before_period(b: &str, dot: usize, line_start: usize) -> Before {
    let before = b.as_bytes().get(..dot).unwrap_or_default();
    let token_len = before
        .iter()
        .rev()
        .take(MAX_TOKEN)
        .take_while(|&&c| TOKEN_BYTE[usize::from(c)])
        .count();
    let s = dot - token_len;
    if s == dot {
        return Before::Word;
    }
    // A longer token, or the tail of a word with non-ASCII letters (`Müller`), is a word.
    if let Some(prev) = b.get(..s).and_then(|p| p.chars().next_back())
        && (prev.is_alphanumeric() || prev == '.')
    {
        return Before::Word;
    }
    let Some(token) = b.get(s..dot) else {
        return Before::Word;
    };
    if token.bytes().all(|c| c.is_ascii_digit()) {
        return if s == line_start && token.len() <= 2 {
            Before::ListNumber
        } else {
            Before::Number
        };
    }
    if let Some(abbrev) = lookup(token) {
        return abbrev;
    }
    // One letter: an initial (`F.`), or a letter of a tokenized acronym (`U. S.`, `a. m.`).
    if token.len() == 1 && token.as_bytes()[0].is_ascii_alphabetic() {
        return Before::Initial;
    }
    if token.as_bytes().contains(&b'.') {
        let acronym = token.split('.').all(|part| {
            (1..=2).contains(&part.len()) && part.bytes().all(|c| c.is_ascii_alphabetic())
        });
        if acronym {
            return Before::Ambiguous;
        }
        return lookup(token.rsplit('.').next().unwrap_or("")).unwrap_or(Before::Word);
    }
    Before::Word
}

/// Looks `token` up in the abbreviation list; a word in capitals (`DEC`, `MR`) is looked up
/// capitalized.
fn lookup(token: &str) -> Option<Before> {
    let abbrevs = &LEXICON.abbrevs;
    let found = abbrevs.get(token).copied().or_else(|| {
        let bytes = token.as_bytes();
        if bytes.len() < 2 || bytes.len() > MAX_TOKEN || !bytes.iter().all(u8::is_ascii_uppercase) {
            return None;
        }
        let mut buf = [0u8; MAX_TOKEN];
        let word = &mut buf[..bytes.len()];
        word.copy_from_slice(bytes);
        word[1..].make_ascii_lowercase();
        abbrevs.get(std::str::from_utf8(word).ok()?).copied()
    })?;
    Some(match found {
        Abbrev::Title => Before::Title,
        Abbrev::Ambiguous => Before::Ambiguous,
    })
}

/// Whether a single period after `before` ends the sentence, given the text after the
/// whitespace (which starts with a character that can open a sentence).
fn period_ends_sentence(before: Before, rest: &str) -> bool {
    match before {
        Before::Word => true,
        Before::Title | Before::ListNumber => false,
        Before::Number => !rest.starts_with(|c: char| c.is_ascii_digit()),
        // "…, an analyst at Halden & Co. “Investors will …": a quotation opening with a
        // capital after an abbreviation opens a sentence.
        Before::Ambiguous => starter(rest).is_some() || opens_a_quotation(rest),
        // An initial ends a sentence before a starter that is no initial itself
        // (`Plan B. The` splits, `F. A. Hayek` and `J. R. R. Tolkien` do not).
        Before::Initial => starter(rest)
            .is_some_and(|w| w.len() >= 2 && rest.as_bytes().get(w.len()) != Some(&b'.')),
    }
}

/// Whether `rest` opens a quotation with a capital letter (`“Investors`, `"We`).
fn opens_a_quotation(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(['"', '“']) else {
        return false;
    };
    after.starts_with(|c: char| c.is_uppercase())
}

/// The word `rest` starts with, when it is a common sentence starter.
fn starter(rest: &str) -> Option<&str> {
    let len = rest
        .bytes()
        .take(MAX_STARTER + 1)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if len == 0 || len > MAX_STARTER {
        return None;
    }
    let word = &rest[..len];
    LEXICON.starters.contains(word).then_some(word)
}

/// Whether `s` starts with a bullet marker: `•` and friends, or `-`, `*`, `–` or a list
/// number (`1.`, `2)`) followed by whitespace.
fn is_bullet_start(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('•' | '◦' | '▪' | '●' | '■' | '‣' | '·') => true,
        Some('-' | '*' | '–') => chars.next().is_some_and(char::is_whitespace),
        Some(c) if c.is_ascii_digit() => {
            let digits = s.bytes().take(3).take_while(u8::is_ascii_digit).count();
            let bytes = s.as_bytes();
            digits <= 2
                && matches!(bytes.get(digits), Some(b'.' | b')'))
                && matches!(bytes.get(digits + 1), Some(b' ' | b'\t'))
        }
        _ => false,
    }
}

/// Whether a (trimmed) line that does not end with a terminator reads as a headline:
/// short (`Updated on`, `Ukraine Differences`), or in title case
/// (`Kerry to Meet Putin in Moscow Next Week on Syrian Transition`).
fn is_headline(line: &str) -> bool {
    if line.is_empty() {
        return false;
    }
    if line.len() <= SHORT_LINE {
        return true;
    }
    if line.len() > HEADLINE_LINE {
        return false;
    }
    let mut capitalized = 0;
    for word in line.split_whitespace() {
        let Some(c) = word.chars().next() else {
            continue;
        };
        if c.is_uppercase() {
            capitalized += 1;
        } else if c.is_lowercase() && word.len() >= 4 {
            return false;
        }
    }
    capitalized >= 2
}

/// Whether a trimmed line ends with a terminator, possibly followed by closing quotes or
/// brackets (also detached ones, as tokenized text writes them: `insane. "`).
fn ends_with_terminator(line: &str) -> bool {
    line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»')
    })
    .ends_with(['.', '!', '?', '…'])
}

/// Whether the body is laid out one sentence per line (ECB+): most lines that another line
/// follows directly end with a terminator. Bullets and short lines do not count; in
/// hard-wrapped prose few such lines end a sentence.
fn one_sentence_per_line(b: &str) -> bool {
    let mut inner = 0usize;
    let mut ended = 0usize;
    // Whether the previous line ended with a terminator, when it counts.
    let mut previous: Option<bool> = None;
    // The lines, found with memchr (faster than `str::split` on a long body).
    let mut from = 0;
    let ends = memchr::memchr_iter(b'\n', b.as_bytes()).chain(std::iter::once(b.len()));
    for end in ends {
        let line = b.get(from..end).unwrap_or("").trim();
        from = end + 1;
        if line.is_empty() {
            previous = None;
            continue;
        }
        if let Some(was_ended) = previous {
            inner += 1;
            ended += usize::from(was_ended);
        }
        previous =
            (line.len() > SHORT_LINE && !is_bullet_start(line)).then(|| ends_with_terminator(line));
    }
    inner > 0 && ended * 10 >= inner * 6
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    /// The invariants of a splitter's output for `body` of `text`.
    fn check_invariants(text: &str, body: Span, sentences: &[Sentence]) -> Result<(), String> {
        let mut previous_end = body.start();
        for sentence in sentences {
            let span = sentence.span;
            let Some(s) = span.get(text) else {
                return Err(format!("{span} does not index the text"));
            };
            if !body.contains(span) {
                return Err(format!("{span} lies outside the body {body}"));
            }
            if s.is_empty() || s.trim() != s {
                return Err(format!("{span} is empty or untrimmed: {s:?}"));
            }
            if span.start() < previous_end {
                return Err(format!("{span} overlaps or precedes the sentence before"));
            }
            let gap = &text[previous_end..span.start()];
            if !gap.chars().all(char::is_whitespace) {
                return Err(format!("non-whitespace gap {gap:?} before {span}"));
            }
            previous_end = span.end();
        }
        if body.indexes(text) {
            let tail = &text[previous_end..body.end()];
            if !tail.chars().all(char::is_whitespace) {
                return Err(format!(
                    "non-whitespace text {tail:?} after the last sentence"
                ));
            }
        }
        Ok(())
    }

    // ---- terminators ----

    #[test]
    fn splits_at_terminators_before_capitals() {
        assert_eq!(
            split("The cat sat. The dog ran! Did it? Yes. 42 people came."),
            [
                "The cat sat.",
                "The dog ran!",
                "Did it?",
                "Yes.",
                "42 people came."
            ]
        );
    }

    #[test]
    fn keeps_going_before_lowercase_or_without_space() {
        assert_eq!(
            split("It rose 1.5 percent. see example.com/a?b=c for more!and so on"),
            ["It rose 1.5 percent. see example.com/a?b=c for more!and so on"]
        );
    }

    #[test]
    fn ellipses_and_runs_of_terminators() {
        assert_eq!(
            split("He paused… Then he left. Wait... What?! Really?? yes... no"),
            [
                "He paused…",
                "Then he left.",
                "Wait...",
                "What?!",
                "Really?? yes... no"
            ]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_the_sentence() {
        assert_eq!(
            split(
                "He said \"no.\" Then he left. She said “yes.” Then ‘quiet.’ It ended. (He left.) Done."
            ),
            [
                "He said \"no.\"",
                "Then he left.",
                "She said “yes.”",
                "Then ‘quiet.’",
                "It ended.",
                "(He left.)",
                "Done."
            ]
        );
    }

    #[test]
    fn quote_followed_by_lowercase_attribution_does_not_split() {
        assert_eq!(
            split("\"It is over,\" he said. \"It is over.\" he said. “We lost.” she added."),
            [
                "\"It is over,\" he said.",
                "\"It is over.\" he said.",
                "“We lost.” she added."
            ]
        );
        assert_eq!(
            split("He left. \"It is over,\" he said. “Go!” they shouted."),
            [
                "He left.",
                "\"It is over,\" he said.",
                "“Go!” they shouted."
            ]
        );
    }

    #[test]
    fn seed_article_quotes() {
        let text = "Kerry will also meet his Russian counterpart Sergei Lavrov, according to the Foreign Ministry in Moscow. The top U.S. diplomat “will discuss ongoing efforts to achieve a political transition in Syria and related efforts to degrade and destroy ISIL,” the State Department said Friday, referring to Islamic State by one of its acronyms.";
        assert_eq!(
            split(text),
            [
                "Kerry will also meet his Russian counterpart Sergei Lavrov, according to the Foreign Ministry in Moscow.",
                "The top U.S. diplomat “will discuss ongoing efforts to achieve a political transition in Syria and related efforts to degrade and destroy ISIL,” the State Department said Friday, referring to Islamic State by one of its acronyms."
            ]
        );
    }

    // ---- abbreviations ----

    #[test]
    fn titles_never_end_a_sentence() {
        assert_eq!(
            split(
                "Mr. Smith met Dr. Jones, Gen. Lee and Lt. Col. Brown. Sen. Kerry and Rev. King came. Maj. Gen. Ali spoke."
            ),
            [
                "Mr. Smith met Dr. Jones, Gen. Lee and Lt. Col. Brown.",
                "Sen. Kerry and Rev. King came.",
                "Maj. Gen. Ali spoke."
            ]
        );
    }

    #[test]
    fn months_before_a_day_do_not_split() {
        assert_eq!(
            split(
                "The talks are on Dec. 18 in New York. They began Sept. 30 and Oct. 2. Kerry will attend."
            ),
            [
                "The talks are on Dec. 18 in New York.",
                "They began Sept. 30 and Oct. 2.",
                "Kerry will attend."
            ]
        );
    }

    #[test]
    fn number_abbreviation() {
        assert_eq!(
            split(
                "He is ranked No. 1 in the world. No. 10 Downing Street agreed. He said no. Then left."
            ),
            [
                "He is ranked No. 1 in the world.",
                "No. 10 Downing Street agreed.",
                "He said no.",
                "Then left."
            ]
        );
    }

    #[test]
    fn circa_and_approx_before_a_number_end_no_sentence() {
        assert_eq!(
            split(
                "He diverted 588 mln shillings (ca. 3.8 mln euro). Approx. 40 staff left. Then police came."
            ),
            [
                "He diverted 588 mln shillings (ca. 3.8 mln euro).",
                "Approx. 40 staff left.",
                "Then police came."
            ]
        );
    }

    #[test]
    fn dotted_country_names_split_only_before_sentence_starters() {
        assert_eq!(
            split(
                "The U.S. State Department agreed. He lives in the U.S. The rest stayed in the U.K. But the U.N. Security Council and the E.U. Commission met in the U.S. In May they left."
            ),
            [
                "The U.S. State Department agreed.",
                "He lives in the U.S.",
                "The rest stayed in the U.K.",
                "But the U.N. Security Council and the E.U. Commission met in the U.S.",
                "In May they left."
            ]
        );
    }

    #[test]
    fn seed_article_us_sentences() {
        let text = "The visit on Tuesday comes as the U.S. seeks agreement among Russia and other major powers for a meeting that Kerry wants to hold on Dec. 18 in New York to pursue a cease-fire and an interim power-sharing government in Syria. Demands by the U.S. and its allies for the ouster of Syrian President Bashar al-Assad, a Russian and Iranian ally, remain at the center of the deadlock.";
        assert_eq!(
            split(text),
            [
                "The visit on Tuesday comes as the U.S. seeks agreement among Russia and other major powers for a meeting that Kerry wants to hold on Dec. 18 in New York to pursue a cease-fire and an interim power-sharing government in Syria.",
                "Demands by the U.S. and its allies for the ouster of Syrian President Bashar al-Assad, a Russian and Iranian ally, remain at the center of the deadlock."
            ]
        );
    }

    #[test]
    fn times_of_day() {
        assert_eq!(
            split("It began at 10 a.m. Friday and ended at 5 p.m. The next day was calm."),
            [
                "It began at 10 a.m. Friday and ended at 5 p.m.",
                "The next day was calm."
            ]
        );
    }

    #[test]
    fn company_suffixes() {
        assert_eq!(
            split(
                "Apple Inc. said profit rose. Acme Corp. and Foo Co. Ltd. agreed with Bar Inc. The deal closed. Smith vs. Jones ended."
            ),
            [
                "Apple Inc. said profit rose.",
                "Acme Corp. and Foo Co. Ltd. agreed with Bar Inc.",
                "The deal closed.",
                "Smith vs. Jones ended."
            ]
        );
        // A quotation that opens with a capital after the suffix opens a sentence.
        assert_eq!(
            split("said Priya Raman, an analyst at Halden & Co. “Investors will wait.”"),
            [
                "said Priya Raman, an analyst at Halden & Co.",
                "“Investors will wait.”"
            ]
        );
    }

    #[test]
    fn etc_splits_before_a_sentence_starter_only() {
        assert_eq!(
            split(
                "They brought food, water, etc. The trip was long. Guns, tanks, etc. and more came. Tents, beds, etc. Kerry said."
            ),
            [
                "They brought food, water, etc.",
                "The trip was long.",
                "Guns, tanks, etc. and more came.",
                "Tents, beds, etc. Kerry said."
            ]
        );
    }

    #[test]
    fn initials() {
        assert_eq!(
            split(
                "John F. Kennedy was president. J. R. R. Tolkien wrote books. F. A. Hayek wrote too. He chose Plan B. The plan failed."
            ),
            [
                "John F. Kennedy was president.",
                "J. R. R. Tolkien wrote books.",
                "F. A. Hayek wrote too.",
                "He chose Plan B.",
                "The plan failed."
            ]
        );
    }

    #[test]
    fn decimals_and_acronyms() {
        assert_eq!(
            split(
                "The quake measured 5.9 on Tuesday. It was made in the U.S.A. The Ph.D. Student union and N.Y.C. Mayor met."
            ),
            [
                "The quake measured 5.9 on Tuesday.",
                "It was made in the U.S.A.",
                "The Ph.D. Student union and N.Y.C. Mayor met."
            ]
        );
    }

    #[test]
    fn tokenized_spacing_from_ecb() {
        // ECB+ rebuilds text from tokens: "U. S.", "6. 1", detached closing quotes.
        assert_eq!(
            split(
                "The U. S. Geological Survey said the magnitude 6. 1 quake struck. An attack provoked condemnation from the U. S. State Department. The U. S. military left."
            ),
            [
                "The U. S. Geological Survey said the magnitude 6. 1 quake struck.",
                "An attack provoked condemnation from the U. S. State Department.",
                "The U. S. military left."
            ]
        );
    }

    #[test]
    fn tokenized_times_and_calibers_from_ecb() {
        assert_eq!(
            split(
                "He came around 10 a. m. Monday with a. 38 caliber revolver. Const. Tim Fanning said so at 4 p. m. The building was closed."
            ),
            [
                "He came around 10 a. m. Monday with a. 38 caliber revolver.",
                "Const. Tim Fanning said so at 4 p. m.",
                "The building was closed."
            ]
        );
    }

    #[test]
    fn abbreviations_in_capitals() {
        assert_eq!(
            split("MAR. 14, 2013, 8: 12 PM. The talks on DEC. 18 with MR. Smith ended."),
            [
                "MAR. 14, 2013, 8: 12 PM.",
                "The talks on DEC. 18 with MR. Smith ended."
            ]
        );
    }

    #[test]
    fn numbers_and_list_numbers() {
        assert_eq!(
            split("It happened in 2015. The toll was 40. 12 more died later."),
            [
                "It happened in 2015.",
                "The toll was 40. 12 more died later."
            ]
        );
        assert_eq!(
            split("1. The first point\n2. The second point"),
            ["1. The first point", "2. The second point"]
        );
    }

    #[test]
    fn lowercase_words_and_non_ascii_tails_are_not_abbreviations() {
        assert_eq!(
            split("He met Müller. Then he went to Sant’Co. The end."),
            ["He met Müller.", "Then he went to Sant’Co.", "The end."]
        );
        // A title after an opening quote is still a title.
        assert_eq!(
            split("He said “Mr. Smith left.”"),
            ["He said “Mr. Smith left.”"]
        );
    }

    // ---- line breaks ----

    #[test]
    fn blank_lines_always_end_a_sentence() {
        assert_eq!(
            split(
                "Ukraine Differences\n\nUnderscoring that the U.S. isn’t putting aside its differences, he met Mr.\n\n  Then the talks\r\n\r\nresumed"
            ),
            [
                "Ukraine Differences",
                "Underscoring that the U.S. isn’t putting aside its differences, he met Mr.",
                "Then the talks",
                "resumed"
            ]
        );
    }

    #[test]
    fn seed_article_headline_and_bullets() {
        let text = "Kerry to Meet Putin in Moscow Next Week on Syrian Transition\n\nUpdated on\n  • Visit aims to narrow divisions ahead of Dec. 18 New York talks\n  • Russia says no agreement on Syrian opposition, terror groups\n\nU.S. Secretary of State John Kerry will meet Russian President Vladimir Putin in Moscow next week to discuss moving toward a political transition in Syria as the two countries remain at odds over how to end the five-year civil war.\n\n‘Real Work’\n\nWhile Russia wouldn’t rule out the meeting of world and regional powers in New York, it needs to be “real work,” and not just talk, RIA Novosti cited Churkin as saying on Friday.";
        assert_eq!(
            split(text),
            [
                "Kerry to Meet Putin in Moscow Next Week on Syrian Transition",
                "Updated on",
                "• Visit aims to narrow divisions ahead of Dec. 18 New York talks",
                "• Russia says no agreement on Syrian opposition, terror groups",
                "U.S. Secretary of State John Kerry will meet Russian President Vladimir Putin in Moscow next week to discuss moving toward a political transition in Syria as the two countries remain at odds over how to end the five-year civil war.",
                "‘Real Work’",
                "While Russia wouldn’t rule out the meeting of world and regional powers in New York, it needs to be “real work,” and not just talk, RIA Novosti cited Churkin as saying on Friday."
            ]
        );
    }

    #[test]
    fn headlines_without_blank_lines() {
        assert_eq!(
            split(
                "Ukraine Differences\nUnderscoring that the U.S. isn’t putting aside its other differences, he spoke.\nKerry to Meet Putin in Moscow Next Week on Syrian Transition\nThe visit is on Tuesday."
            ),
            [
                "Ukraine Differences",
                "Underscoring that the U.S. isn’t putting aside its other differences, he spoke.",
                "Kerry to Meet Putin in Moscow Next Week on Syrian Transition",
                "The visit is on Tuesday."
            ]
        );
    }

    #[test]
    fn one_sentence_per_line_text() {
        // ECB+ 41_1ecb: one sentence a line, some without a terminator of their own.
        let text = "They were screaming, 'stop, stop. '\"\nAbed Sultan's father, Samir, said the bodies were so mangled that he could not tell his son from the cousins.\n\"We came to the school when the Israelis warned us to leave,\" he said.\n\"We hoped it would be safe.\nWe were 20 in one room.\nWe had no electricity, no blankets, no food.\n\"Suddenly we heard a bomb that shook the school.\nIt was insane. \"\nThe UN's Mr Gunness disagreed with the minister:\nthe school was not used by militants, he said, speaking to the U.S.\nIsraeli officials declined to comment on the report on Tuesday.";
        assert_eq!(
            split(text),
            [
                "They were screaming, 'stop, stop. '\"",
                "Abed Sultan's father, Samir, said the bodies were so mangled that he could not tell his son from the cousins.",
                "\"We came to the school when the Israelis warned us to leave,\" he said.",
                "\"We hoped it would be safe.",
                "We were 20 in one room.",
                "We had no electricity, no blankets, no food.",
                "\"Suddenly we heard a bomb that shook the school.",
                "It was insane. \"",
                "The UN's Mr Gunness disagreed with the minister:",
                "the school was not used by militants, he said, speaking to the U.S.",
                "Israeli officials declined to comment on the report on Tuesday."
            ]
        );
    }

    #[test]
    fn hard_wrapped_prose_joins_lines() {
        let text = "The visit on Tuesday comes as the U.S. seeks agreement among\nRussia and other major powers for a meeting that Kerry wants to\nhold on Dec. 18 in New York. Demands by the U.S. and its allies\nfor the ouster of Syrian President Bashar al-Assad remain at the\ncenter of the deadlock, said Mr.\nEarnest of the U.S.\nState Department.\nKerry left.";
        assert_eq!(
            split(text),
            [
                "The visit on Tuesday comes as the U.S. seeks agreement among\nRussia and other major powers for a meeting that Kerry wants to\nhold on Dec. 18 in New York.",
                "Demands by the U.S. and its allies\nfor the ouster of Syrian President Bashar al-Assad remain at the\ncenter of the deadlock, said Mr.\nEarnest of the U.S.\nState Department.",
                "Kerry left."
            ]
        );
    }

    #[test]
    fn bullets_are_items() {
        assert_eq!(
            split(
                "Key points of the plan are these\n- a cease-fire in Syria\n- talks in New York, with the U.S.\n* an interim government\n– elections within 18 months\nThe plan was agreed."
            ),
            [
                "Key points of the plan are these",
                "- a cease-fire in Syria",
                "- talks in New York, with the U.S.",
                "* an interim government",
                "– elections within 18 months",
                "The plan was agreed."
            ]
        );
        assert_eq!(
            split("Updated on • Visit aims to narrow divisions • Russia says no agreement"),
            [
                "Updated on",
                "• Visit aims to narrow divisions",
                "• Russia says no agreement"
            ]
        );
        // A wrapped bullet item goes on in lowercase.
        assert_eq!(
            split(
                "• Visit aims to narrow divisions ahead of the\n  talks in New York\n• Russia says no"
            ),
            [
                "• Visit aims to narrow divisions ahead of the\n  talks in New York",
                "• Russia says no"
            ]
        );
    }

    #[test]
    fn crlf_and_unicode_line_separators() {
        assert_eq!(
            split("First line ends here.\r\nSecond line.\u{2029}third para\u{a0}starts. Fourth."),
            [
                "First line ends here.",
                "Second line.",
                "third para\u{a0}starts.",
                "Fourth."
            ]
        );
    }

    #[test]
    fn fakes_paragraph() {
        let text = "IS attack on Syria oil field kills 30 Monitor AFP Wednesday 29 Oct 2014 Islamic State group jihadists have attacked an oil and gas field in Syria killing at least 30 pro-regime gunmen and security guards a monitoring group said Wednesday. \"IS managed to control parts of the field\" the Syrian Observatory for Human Rights said after Tuesdays assault at Shaer in Homs province. An unknown number of jihadists were also killed Observatory director Rami Abdel Rahman told AFP. IS has targeted oil and gas facilities in Iraq and Syria as it seeks funds for its fight to seize territory for a self-proclaimed Islamic \"caliphate\".";
        assert_eq!(
            split(text),
            [
                "IS attack on Syria oil field kills 30 Monitor AFP Wednesday 29 Oct 2014 Islamic State group jihadists have attacked an oil and gas field in Syria killing at least 30 pro-regime gunmen and security guards a monitoring group said Wednesday.",
                "\"IS managed to control parts of the field\" the Syrian Observatory for Human Rights said after Tuesdays assault at Shaer in Homs province.",
                "An unknown number of jihadists were also killed Observatory director Rami Abdel Rahman told AFP.",
                "IS has targeted oil and gas facilities in Iraq and Syria as it seeks funds for its fight to seize territory for a self-proclaimed Islamic \"caliphate\"."
            ]
        );
    }

    // ---- spans ----

    #[test]
    fn spans_are_absolute_offsets_into_the_text() {
        let text = "---\noutlet: X\n---\n  Hello there. General Kenobi!  \nTRAILER";
        let body = Span::new(18, text.len() - "\nTRAILER".len());
        let sentences = split_sentences(text, body);
        let got: Vec<_> = sentences.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(got, ["Hello there.", "General Kenobi!"]);
        assert_eq!(sentences[0].span, Span::new(20, 32));
        check_invariants(text, body, &sentences).unwrap();
    }

    #[test]
    fn bodies_that_do_not_index_the_text_yield_nothing() {
        let text = "a–b. Cd.";
        assert!(split_sentences(text, Span::new(2, 5)).is_empty()); // inside '–'
        assert!(split_sentences(text, Span::new(3, 100)).is_empty());
        assert!(split_sentences(text, Span::new(100, 200)).is_empty());
        assert!(split_sentences("", Span::new(0, 0)).is_empty());
        assert!(split(" \n\t\u{a0}\n ").is_empty());
    }

    #[test]
    fn huge_and_degenerate_inputs() {
        let cases: Vec<(String, Option<usize>)> = vec![
            ("a. ".repeat(1_000_000), Some(1)),
            ("U.S. ".repeat(600_000), Some(1)),
            ("Hi. ".repeat(500_000), Some(500_000)),
            ("Dec. ".repeat(500_000), Some(1)),
            ("A. ".repeat(500_000), Some(1)),
            (".".repeat(1_000_000), Some(1)),
            ("\"".repeat(1_000_000), Some(1)),
            ("1".repeat(1_000_000), Some(1)),
            ("1.".repeat(500_000), Some(1)),
            ("a.".repeat(500_000), Some(1)),
            (". ".repeat(500_000), None),
            ("?\" ".repeat(300_000), None),
            ("\n".repeat(1_000_000), Some(0)),
            ("A\n".repeat(500_000), Some(500_000)),
            ("a\n".repeat(500_000), Some(1)),
            ("• ".repeat(300_000), None),
            ("…”’ ".repeat(200_000), None),
            (format!("{}\nB", "x".repeat(2_000_000)), Some(1)),
        ];
        for (text, expected) in cases {
            let body = Span::new(0, text.len());
            let sentences = split_sentences(&text, body);
            check_invariants(&text, body, &sentences).unwrap();
            if let Some(n) = expected {
                assert_eq!(sentences.len(), n, "{:?}…", &text[..12.min(text.len())]);
            }
        }
    }

    #[test]
    fn lexicon_loads() {
        let lexicon = &*LEXICON;
        assert_eq!(lexicon.abbrevs.get("Mr"), Some(&Abbrev::Title));
        assert_eq!(lexicon.abbrevs.get("U.S"), Some(&Abbrev::Ambiguous));
        assert_eq!(lexicon.abbrevs.get("Dec"), Some(&Abbrev::Ambiguous));
        assert!(lexicon.starters.contains("The"));
        assert!(!lexicon.starters.contains("State"));
    }

    // ---- properties ----

    const FRAGMENTS: &[&str] = &[
        "Dec. ",
        "U.S. ",
        "U. S. ",
        "\"",
        "”",
        "“",
        "’",
        ". ",
        "! ",
        "? ",
        "…",
        "...",
        "\n",
        "\n\n",
        "\r\n",
        "1.5",
        "•",
        "- ",
        "* ",
        "The ",
        "he said",
        "Mr. ",
        "etc. ",
        "a.m. ",
        "Kennedy",
        "J. ",
        " ",
        "\t",
        "\u{a0}",
        "\u{2029}",
        "1. ",
        "(",
        ")",
        "é",
        "Müller. ",
        "Ukraine Differences",
        "word ",
        "x",
    ];

    fn news_like() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof!["(?s).{0,200}", news_like()]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn output_keeps_the_sentence_invariants(text in any_text()) {
            let body = Span::new(0, text.len());
            let sentences = split_sentences(&text, body);
            if let Err(e) = check_invariants(&text, body, &sentences) {
                prop_assert!(false, "{}: {:?}", e, text);
            }
        }

        #[test]
        fn shifting_the_text_shifts_every_span(
            prefix in any_text(),
            body_text in any_text(),
            suffix in any_text(),
        ) {
            let alone = split_sentences(&body_text, Span::new(0, body_text.len()));
            let text = format!("{prefix}{body_text}{suffix}");
            let body = Span::new(prefix.len(), prefix.len() + body_text.len());
            let shifted = split_sentences(&text, body);
            if let Err(e) = check_invariants(&text, body, &shifted) {
                prop_assert!(false, "{}: {:?}", e, text);
            }
            let expected: Vec<Span> = alone.iter().map(|s| s.span.shift(prefix.len())).collect();
            let got: Vec<Span> = shifted.iter().map(|s| s.span).collect();
            prop_assert_eq!(got, expected);
        }

        /// The byte-wise trim finds the ends `str::trim` does.
        #[test]
        fn trimmed_is_str_trim(text in prop_oneof!["(?s).{0,40}", "[ \t\n\r\u{b}\u{c}\u{a0}\u{2029}\u{3000}xé]{0,12}"]) {
            let from = text.len() - text.trim_start().len();
            let to = from + text.trim().len();
            let (a, b) = trimmed(&text);
            if from == to {
                prop_assert!(a >= b, "{:?}", text);
            } else {
                prop_assert_eq!((a, b), (from, to), "{:?}", text);
            }
        }

        #[test]
        fn arbitrary_body_spans_never_panic(text in any_text(), a in 0usize..260, b in 0usize..260) {
            let body = Span::new(a.min(b), a.max(b));
            let sentences = split_sentences(&text, body);
            if body.indexes(&text) {
                if let Err(e) = check_invariants(&text, body, &sentences) {
                    prop_assert!(false, "{}: {:?}", e, text);
                }
            } else {
                prop_assert!(sentences.is_empty());
            }
        }
    }
}
