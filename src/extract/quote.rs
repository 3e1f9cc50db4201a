//! Direct quotations: where they are in the body, whatever sentences they span.
//!
//! One pass over the body's characters pairs quotation marks:
//!
//! - `“ ”` and straight `"` open and close a quotation (a straight mark toggles, which also
//!   reads tokenized text such as `" he said` and `shell. "`).
//! - `‘ ’` open and close one only outside a double quotation (`‘Real Work’`); inside one they
//!   are a nested quotation and stay part of its words. An apostrophe (`Russia’s`) closes
//!   nothing.
//! - A quotation still open at the end of a line goes on when the next line starts with a
//!   quotation mark (the newspaper convention for quotes that run over several paragraphs):
//!   that mark is a continuation, not a close. Open at a blank line with no such mark, it was
//!   never closed and is dropped; so is one longer than [`MAX_QUOTE`] bytes.
//!
//! The claim's words are the text inside the marks, trimmed; the quotation's text is that with
//! continuation marks removed and spaces collapsed.

use crate::extract::quote_lost_close::opens_after_a_lost_close;
use crate::model::Span;

/// Longest quotation kept, in bytes: a longer one is an unclosed mark.
const MAX_QUOTE: usize = 4000;

/// One quotation in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark.
    pub close: Span,
    /// The quoted words: between the marks, trimmed of whitespace (never empty).
    pub inner: Span,
    /// Continuation marks inside `inner` (one opening each continued paragraph).
    pub continuations: Vec<Span>,
}

impl RawQuote {
    /// The quoted words as one line: continuation marks dropped, whitespace collapsed, and a
    /// trailing comma (the one before "he said") removed.
    pub fn words(&self, text: &str) -> String {
        let mut out = String::with_capacity(self.inner.len());
        let mut at = self.inner.start();
        for c in self
            .continuations
            .iter()
            .chain([&Span::new(self.inner.end(), self.inner.end())])
        {
            let part = Span::new(at, c.start()).slice(text);
            if single_spaced(part) {
                // Its words are already joined by single spaces: copied at once.
                if !out.is_empty() && !part.is_empty() {
                    out.push(' ');
                }
                out.push_str(part);
            } else {
                for w in part.split_whitespace() {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
            }
            at = c.end();
        }
        if out.ends_with(',') {
            out.pop();
            out.truncate(out.trim_end().len());
        }
        out
    }
}

/// Whether `s` is words joined by single spaces, with no other whitespace and none at its
/// ends: what splitting it on whitespace and joining the words with spaces gives back. Only
/// the bytes that may start a whitespace character other than the space are decoded (in
/// UTF-8 they all start with one of C2, E1, E2, E3).
fn single_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    // One table lookup a byte: most bytes are none of the others.
    for (i, &c) in b.iter().enumerate() {
        match SPACING[usize::from(c)] {
            Spacing::Space if after_space => return false,
            Spacing::Space => after_space = true,
            Spacing::Whitespace => return false,
            Spacing::Lead
                if s.get(i..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_whitespace) =>
            {
                return false;
            }
            Spacing::Lead | Spacing::Plain => after_space = false,
        }
    }
    true
}

/// What a byte is to [`single_spaced`].
#[derive(Clone, Copy)]
enum Spacing {
    Plain,
    Space,
    /// ASCII whitespace other than the space.
    Whitespace,
    /// The first byte of some UTF-8 whitespace characters (and of other characters).
    Lead,
}

static SPACING: [Spacing; 256] = {
    let mut t = [Spacing::Plain; 256];
    t[b' ' as usize] = Spacing::Space;
    t[b'\t' as usize] = Spacing::Whitespace;
    t[b'\n' as usize] = Spacing::Whitespace;
    t[0x0B] = Spacing::Whitespace;
    t[0x0C] = Spacing::Whitespace;
    t[b'\r' as usize] = Spacing::Whitespace;
    t[0xC2] = Spacing::Lead;
    t[0xE1] = Spacing::Lead;
    t[0xE2] = Spacing::Lead;
    t[0xE3] = Spacing::Lead;
    t
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Double,
    Single,
}

/// Whether `text` may hold a quotation at all (a fast test before the scan): a straight mark,
/// or “ ” ‘, which UTF-8 writes E2 80 9C, E2 80 9D and E2 80 98. Only the bytes after an E2
/// are read (news text is full of ’ and dashes, which start with it too, but most bytes are
/// skipped by memchr), where decoding every character cost several instructions a byte.
fn has_quote_mark(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, b)
        .any(|i| b[i] == b'"' || matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D | 0x98])))
}

/// The quotations of `body` in `text`, in order. Never panics; a body that does not index the
/// text has none.
pub fn find_quotes(text: &str, body: Span) -> Vec<RawQuote> {
    let mut out = Vec::new();
    let Some(b) = body.get(text) else {
        return out;
    };
    if !has_quote_mark(b) {
        return out;
    }
    let base = body.start();
    let mut open: Option<(Open, Span)> = None;
    let mut conts: Vec<Span> = Vec::new();
    // Set at a line break while a quotation is open: the next mark at a line start continues it.
    let mut line_start = false;
    let mut blank_line = false;
    let mut prev: Option<char> = None;
    let bytes = b.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Between marks and line breaks nothing changes but the character before the next
        // one: jump to the next byte that can be a mark ('"', the lead byte of “ ” ‘ ’ and of
        // the paragraph separator) or a line break. Right after a line break every character
        // counts (a continued quotation reopens at a line start), so no jump there.
        if !line_start && !matches!(bytes[i], b'\n' | b'"' | 0xE2) {
            let j = memchr::memchr3(b'\n', b'"', 0xE2, &bytes[i..]).map_or(b.len(), |k| i + k);
            prev = b[..j].chars().next_back().or(prev);
            i = j;
            continue;
        }
        let Some(c) = b[i..].chars().next() else {
            break;
        };
        let next = b[i + c.len_utf8()..].chars().next();
        let mark = Span::new(base + i, base + i + c.len_utf8());
        i += c.len_utf8();
        if c == '\n' || c == '\u{2029}' {
            if line_start && open.is_some() {
                blank_line = true;
            }
            line_start = true;
            prev = Some(c);
            continue;
        }
        if c.is_whitespace() {
            prev = Some(c);
            continue;
        }
        let at_line_start = line_start;
        line_start = false;
        let was_blank = blank_line;
        blank_line = false;
        if let Some((kind, o)) = open {
            if mark.start() - o.end() > MAX_QUOTE {
                open = None;
                conts.clear();
            } else if at_line_start {
                let opener = match kind {
                    Open::Double => matches!(c, '“' | '"'),
                    Open::Single => c == '‘',
                };
                if opener {
                    conts.push(mark);
                    prev = Some(c);
                    continue;
                }
                if was_blank {
                    // A new paragraph without a mark: the quotation was never closed.
                    open = None;
                    conts.clear();
                }
            }
        }
        match (open, c) {
            (None, '“' | '"') => open = Some((Open::Double, mark)),
            (None, '‘') if prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p)) => {
                open = Some((Open::Single, mark))
            }
            (Some((Open::Double, o)), '"')
                if opens_after_a_lost_close(
                    &b[..mark.start() - base],
                    &b[i..],
                    crate::extract::speaker::is_attribution_verb,
                ) =>
            {
                push(text, o, mark, std::mem::take(&mut conts), &mut out);
                open = Some((Open::Double, mark));
            }
            (Some((Open::Double, o)), '”' | '"') => {
                push(text, o, mark, std::mem::take(&mut conts), &mut out);
                open = None;
            }
            (Some((Open::Double, _)), '“') => {
                // A second opening mark with no close: start again from here.
                conts.clear();
                open = Some((Open::Double, mark));
            }
            (Some((Open::Single, o)), '’') if next.is_none_or(|n| !n.is_alphanumeric()) => {
                push(text, o, mark, std::mem::take(&mut conts), &mut out);
                open = None;
            }
            _ => {}
        }
        prev = Some(c);
    }
    out
}

fn push(text: &str, open: Span, close: Span, continuations: Vec<Span>, out: &mut Vec<RawQuote>) {
    let Some(inside) = text.get(open.end()..close.start()) else {
        return;
    };
    let lead = inside.len() - inside.trim_start().len();
    let trimmed = inside.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let inner = Span::new(open.end() + lead, open.end() + lead + trimmed.len());
    out.push(RawQuote {
        open,
        close,
        inner,
        continuations: continuations
            .into_iter()
            .filter(|c| inner.contains(*c))
            .collect(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn quotes(text: &str) -> Vec<String> {
        find_quotes(text, Span::new(0, text.len()))
            .iter()
            .map(|q| q.words(text))
            .collect()
    }

    #[test]
    fn straight_and_curly_marks() {
        assert_eq!(
            quotes("He said \"no deal,\" and left. “Yes,” she said."),
            ["no deal", "Yes"]
        );
        assert_eq!(
            quotes(
                "Earnest said that “the first item on Secretary Kerry’s agenda” will be Ukraine."
            ),
            ["the first item on Secretary Kerry’s agenda"]
        );
    }

    #[test]
    fn tokenized_spacing() {
        assert_eq!(
            quotes("\"It's the rule of the gun now, and it has to stop, \"he said."),
            ["It's the rule of the gun now, and it has to stop"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quotes("“They call it ‘real work,’ not talk,” he said."),
            ["They call it ‘real work,’ not talk"]
        );
        assert_eq!(
            quotes("He said \"they called it 'real work' today\" then."),
            ["they called it 'real work' today"]
        );
    }

    #[test]
    fn single_quotes_outside_and_apostrophes() {
        assert_eq!(
            quotes("‘Real Work’\n\nRussia’s envoy’s view."),
            ["Real Work"]
        );
        assert!(quotes("Russia’s allies’ plans.").is_empty());
    }

    #[test]
    fn multi_paragraph_quotes() {
        let t = "“We came to the school,” he said. “We hoped it would be safe.\n\n\
                 “Suddenly we heard a bomb.”\n\nNext paragraph.";
        assert_eq!(
            quotes(t),
            [
                "We came to the school",
                "We hoped it would be safe. Suddenly we heard a bomb."
            ]
        );
        // One sentence per line, straight marks.
        let t =
            "\"We hoped it would be safe.\n\"Suddenly we heard a bomb.\nThey were cut. \"\nAfter.";
        assert_eq!(
            quotes(t),
            ["We hoped it would be safe. Suddenly we heard a bomb. They were cut."]
        );
    }

    #[test]
    fn unclosed_quotes_are_dropped() {
        assert!(quotes("“We never closed this.\n\nA new paragraph.").is_empty());
        assert_eq!(quotes("“Open.\n\nNew “closed” one."), ["closed"]);
    }

    proptest! {
        #[test]
        fn single_spaced_text_is_what_split_whitespace_joins(s in "[a-z’é \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{1680}\u{2000}-\u{200b}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}]{0,16}|\\PC{0,30}") {
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(single_spaced(&s), joined == s, "{:?}", s);
        }

        #[test]
        fn quote_marks_are_found_as_the_characters_say(s in "[a \"“”‘’–—…é\u{2018}-\u{201f}\u{2000}-\u{2030}]{0,12}|\\PC{0,40}") {
            prop_assert_eq!(
                has_quote_mark(&s),
                s.bytes().any(|b| b == b'"') || s.contains(['“', '”', '‘']),
                "{:?}", s
            );
        }

        #[test]
        fn spans_index_the_text(s in "[a-z “”‘’\"'\n.,]{0,120}|\\PC{0,80}") {
            for q in find_quotes(&s, Span::new(0, s.len())) {
                prop_assert!(q.inner.indexes(&s));
                prop_assert!(q.open.indexes(&s) && q.close.indexes(&s));
                prop_assert!(q.open.end() <= q.inner.start() && q.inner.end() <= q.close.start());
                let _ = q.words(&s);
            }
        }
    }
}
