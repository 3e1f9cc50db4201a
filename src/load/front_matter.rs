//! The optional front-matter block at the top of a text article:
//!
//! ```text
//! ---
//! outlet: Bloomberg
//! title: "Kerry to Meet Putin"
//! ---
//! ```
//!
//! Parsing never fails: a line that is not `key: value` is skipped, and a block without its
//! closing `---` is read as body; each time a warning says what was wrong. Lines may end in
//! `\r\n`; the body span still indexes the text as given.

use crate::model::Span;

const DELIMITER: &str = "---";
/// How much of a bad line a warning quotes.
const QUOTED_CHARS: usize = 40;

/// One `key: value` line (with any indented or `- item` lines that continue it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Field {
    /// As written.
    pub key: String,
    /// Without surrounding quotes.
    pub value: String,
}

/// A text split into its front matter and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FrontMatter {
    /// The fields of the block, in order; `None` when the text has no (closed) block.
    pub fields: Option<Vec<Field>>,
    /// The body: everything after the block, or the whole text.
    pub body: Span,
    pub warnings: Vec<String>,
}

/// Splits `text` into front matter and body.
pub(super) fn parse(text: &str) -> FrontMatter {
    let whole = FrontMatter {
        fields: None,
        body: Span::new(0, text.len()),
        warnings: Vec::new(),
    };
    let mut lines = lines_with_ends(text);
    match lines.next() {
        Some((line, _)) if is_delimiter(line) => {}
        _ => return whole,
    }
    let mut fields: Vec<Field> = Vec::new();
    let mut warnings = Vec::new();
    for (number, (line, end)) in (2..).zip(lines) {
        if is_delimiter(line) {
            return FrontMatter {
                fields: Some(fields),
                body: Span::new(end, text.len()),
                warnings,
            };
        }
        read_line(line, number, &mut fields, &mut warnings);
    }
    FrontMatter {
        warnings: vec![format!(
            "front matter: no closing \"{DELIMITER}\" line; the whole file is read as the body"
        )],
        ..whole
    }
}

/// Each line without its line ending, and the byte offset just past its line ending.
fn lines_with_ends(text: &str) -> impl Iterator<Item = (&str, usize)> {
    text.split_inclusive('\n').scan(0, |end, line| {
        *end += line.len();
        Some((line.trim_end_matches(['\n', '\r']), *end))
    })
}

fn is_delimiter(line: &str) -> bool {
    line.trim_end() == DELIMITER
}

/// Adds one line of the block to `fields`.
fn read_line(line: &str, number: usize, fields: &mut Vec<Field>, warnings: &mut Vec<String>) {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return;
    }
    let continues = line.starts_with([' ', '\t']) || trimmed.starts_with("- ");
    if continues && let Some(last) = fields.last_mut() {
        append_continuation(&mut last.value, trimmed);
        return;
    }
    let Some((key, value)) = split_key_value(trimmed) else {
        warnings.push(format!(
            "front matter: line {number} \"{}\" is not \"key: value\"; it was skipped",
            quote_start(trimmed)
        ));
        return;
    };
    if let Some(i) = fields.iter().position(|f| f.key.eq_ignore_ascii_case(key)) {
        warnings.push(format!(
            "front matter: \"{key}\" is given twice; the last value is used"
        ));
        fields.remove(i);
    }
    fields.push(Field {
        key: key.to_owned(),
        value: unquote(value),
    });
}

/// `key: value` → (key, value) when the key is a plain name.
fn split_key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim_end();
    let mut chars = key.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
    let plain = chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    (starts_well && plain).then_some((key, value.trim()))
}

/// Appends an indented line or a `- item` line to the value it continues.
fn append_continuation(value: &mut String, line: &str) {
    let (item, separator) = match line.strip_prefix("- ") {
        Some(item) => (item.trim(), ", "),
        None => (line, " "),
    };
    if !value.is_empty() {
        value.push_str(separator);
    }
    value.push_str(&unquote(item));
}

/// A value without the quotes around it: `"a \"b\""` → `a "b"`, `'it''s'` → `it's`.
fn unquote(value: &str) -> String {
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        inner.replace("\\\"", "\"").replace("\\\\", "\\")
    } else if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        value.to_owned()
    }
}

fn quote_start(line: &str) -> String {
    match line.char_indices().nth(QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn field(key: &str, value: &str) -> Field {
        Field {
            key: key.to_owned(),
            value: value.to_owned(),
        }
    }

    #[test]
    fn block_fields_and_body() {
        let text = "---\noutlet: Bloomberg\ntitle: \"Kerry: to Moscow\"\nurl: 'https://x.test/a?b=c'\n---\nBody.\n";
        let fm = parse(text);
        assert_eq!(
            fm.fields,
            Some(vec![
                field("outlet", "Bloomberg"),
                field("title", "Kerry: to Moscow"),
                field("url", "https://x.test/a?b=c"),
            ])
        );
        assert_eq!(fm.body.slice(text), "Body.\n");
        assert!(fm.warnings.is_empty());
    }

    #[test]
    fn windows_line_endings() {
        let text = "---\r\noutlet: AP\r\npublished: 2015-12-11\r\n---\r\nBody\r\n";
        let fm = parse(text);
        assert_eq!(
            fm.fields,
            Some(vec![
                field("outlet", "AP"),
                field("published", "2015-12-11")
            ])
        );
        assert_eq!(fm.body.slice(text), "Body\r\n");
    }

    #[test]
    fn no_block_means_the_whole_text_is_body() {
        for text in ["Title\n\nBody", "", " ---\nx: y\n---\n", "----\n"] {
            let fm = parse(text);
            assert_eq!(fm.fields, None);
            assert_eq!(fm.body, Span::new(0, text.len()));
            assert!(fm.warnings.is_empty());
        }
    }

    #[test]
    fn unclosed_block_is_body_with_a_warning() {
        let text = "---\ntitle: x\nBody without an end\n";
        let fm = parse(text);
        assert_eq!(fm.fields, None);
        assert_eq!(fm.body, Span::new(0, text.len()));
        assert_eq!(fm.warnings.len(), 1);
        assert!(fm.warnings[0].contains("no closing \"---\""));
    }

    #[test]
    fn bad_lines_are_skipped_with_a_warning() {
        let text = "---\ntitle: T\njust some words\n: no key\n# a comment\n\n---\nB";
        let fm = parse(text);
        assert_eq!(fm.fields, Some(vec![field("title", "T")]));
        assert_eq!(fm.warnings.len(), 2);
        assert!(fm.warnings[0].contains("line 3 \"just some words\" is not \"key: value\""));
        assert_eq!(fm.body.slice(text), "B");
    }

    #[test]
    fn lists_and_folded_lines_continue_a_value() {
        let text = "---\ntags:\n  - syria\n  - 'russia'\nsummary: talks\n  in Moscow\n---\n";
        let fm = parse(text);
        assert_eq!(
            fm.fields,
            Some(vec![
                field("tags", "syria, russia"),
                field("summary", "talks in Moscow")
            ])
        );
        assert_eq!(fm.body, Span::new(text.len(), text.len()));
    }

    #[test]
    fn a_repeated_key_keeps_the_last_value() {
        let fm = parse("---\ntitle: a\nTitle: b\n---\n");
        assert_eq!(fm.fields, Some(vec![field("Title", "b")]));
        assert!(fm.warnings[0].contains("given twice"));
    }

    #[test]
    fn quotes_are_stripped_and_unescaped() {
        assert_eq!(unquote(r#""say \"hi\"""#), r#"say "hi""#);
        assert_eq!(unquote("'it''s'"), "it's");
        assert_eq!(unquote("\""), "\"");
        assert_eq!(unquote("plain 'x'"), "plain 'x'");
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics_and_body_indexes_it(text in "(---\r?\n)?(.{0,30}\r?\n){0,6}(---\r?\n)?.{0,30}") {
            let fm = parse(&text);
            prop_assert!(fm.body.indexes(&text));
            prop_assert_eq!(fm.body.end(), text.len());
        }

        #[test]
        fn any_string_never_panics(text in any::<String>()) {
            prop_assert!(parse(&text).body.indexes(&text));
        }
    }
}
