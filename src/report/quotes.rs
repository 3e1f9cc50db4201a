//! The markdown report's quotes and positions: who said what in each source, the word diff of
//! each misquote (`~~removed~~ **added**`), and a table of positions.
//!
//! Laid out from the same view as the rest of the report, in the findings' order.

use crate::model::{ClaimKind, Value, Verdict};
use crate::report::markdown::{escape, source_name};
use crate::report::view::{FindingView, ReportView};
use similar::{Algorithm, DiffTag, capture_diff_slices};
use std::io::{self, Write};

/// Writes the "Quotes" and "Positions" sections (nothing when the report has neither).
pub(crate) fn write(view: &ReportView<'_>, w: &mut dyn Write) -> io::Result<()> {
    let quotes: Vec<&FindingView<'_>> = view
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Quote)
        .collect();
    if !quotes.is_empty() {
        writeln!(w)?;
        writeln!(w, "## Quotes")?;
        writeln!(w)?;
        writeln!(w, "| finding | verdict | source | speaker | words |")?;
        writeln!(w, "| --- | --- | --- | --- | --- |")?;
        for f in &quotes {
            for c in &f.claims {
                let Value::Quote(q) = &c.claim.value else {
                    continue;
                };
                let speaker = match (&q.speaker, &q.speaker_role) {
                    (Some(s), Some(r)) => format!("{} ({})", escape(s), escape(r)),
                    (Some(s), None) => escape(s),
                    _ => "—".to_owned(),
                };
                writeln!(
                    w,
                    "| {} | {} | {} | {} | “{}” |",
                    escape(f.id),
                    f.verdict,
                    source_name(c),
                    speaker,
                    escape(&q.text)
                )?;
            }
        }
        for m in misquotes(view) {
            writeln!(w)?;
            writeln!(
                w,
                "Misquote in {} ({} → {}): {}",
                escape(m.finding),
                escape(m.from),
                escape(m.to),
                word_diff(&m.changes)
            )?;
        }
    }
    let positions: Vec<&FindingView<'_>> = view
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Position)
        .collect();
    if !positions.is_empty() {
        writeln!(w)?;
        writeln!(w, "## Positions")?;
        writeln!(w)?;
        writeln!(
            w,
            "| finding | verdict | source | holder | stance | target |"
        )?;
        writeln!(w, "| --- | --- | --- | --- | --- | --- |")?;
        for f in &positions {
            for c in &f.claims {
                let Value::Position(p) = &c.claim.value else {
                    continue;
                };
                writeln!(
                    w,
                    "| {} | {} | {} | {} | {} | {} |",
                    escape(f.id),
                    f.verdict,
                    source_name(c),
                    escape(&p.holder),
                    escape(&p.stance),
                    escape(&p.target)
                )?;
            }
        }
    }
    Ok(())
}

/// A word's comparable form: lowercase, straight apostrophes, no surrounding punctuation.
fn norm(word: &str) -> String {
    let w: String = word
        .chars()
        .map(|c| if matches!(c, '’' | '‘') { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
}

fn norm_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(norm)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The words of a misquoted finding's other quotes against its first quote, where they
/// differ by more than spelling and punctuation.
pub(crate) struct Misquote<'a> {
    pub finding: &'a str,
    /// The source of the first quote.
    pub from: &'a str,
    /// The source whose quote differs.
    pub to: &'a str,
    pub changes: Vec<WordChange<'a>>,
}

/// A run of words in a word diff.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum WordChange<'a> {
    Same(Vec<&'a str>),
    Removed(Vec<&'a str>),
    Added(Vec<&'a str>),
}

/// The misquotes of the report: each contradicting quote finding's quotes against its first,
/// in findings order.
pub(crate) fn misquotes<'a>(view: &ReportView<'a>) -> Vec<Misquote<'a>> {
    let mut out = Vec::new();
    for f in view
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Quote && f.verdict == Verdict::Contradict)
    {
        let texts: Vec<(&'a str, &'a str)> = f
            .claims
            .iter()
            .filter_map(|c| match &c.claim.value {
                Value::Quote(q) => Some((c.source(), q.text.as_str())),
                _ => None,
            })
            .collect();
        let Some(&(first_source, first)) = texts.first() else {
            continue;
        };
        for &(source, text) in &texts[1..] {
            if norm_words(first) != norm_words(text) {
                out.push(Misquote {
                    finding: f.id,
                    from: first_source,
                    to: source,
                    changes: word_changes(first, text),
                });
            }
        }
    }
    out
}

/// The word diff from `a` to `b`, comparing words by their normalized form; runs keep the
/// words as written (removed ones as `a` has them, the others as `b` has them).
pub(crate) fn word_changes<'a>(a: &'a str, b: &'a str) -> Vec<WordChange<'a>> {
    let wa: Vec<&str> = a
        .split_whitespace()
        .filter(|w| !norm(w).is_empty())
        .collect();
    let wb: Vec<&str> = b
        .split_whitespace()
        .filter(|w| !norm(w).is_empty())
        .collect();
    let na: Vec<String> = wa.iter().map(|w| norm(w)).collect();
    let nb: Vec<String> = wb.iter().map(|w| norm(w)).collect();
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &na, &nb) {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => out.push(WordChange::Same(wb[new].to_vec())),
            DiffTag::Delete => out.push(WordChange::Removed(wa[old].to_vec())),
            DiffTag::Insert => out.push(WordChange::Added(wb[new].to_vec())),
            DiffTag::Replace => {
                out.push(WordChange::Removed(wa[old].to_vec()));
                out.push(WordChange::Added(wb[new].to_vec()));
            }
        }
    }
    out
}

/// A word diff in markdown: removed words struck through, added ones bold, everything escaped.
fn word_diff(changes: &[WordChange<'_>]) -> String {
    let esc = |ws: &[&str]| escape(&ws.join(" "));
    changes
        .iter()
        .map(|c| match c {
            WordChange::Same(ws) => esc(ws),
            WordChange::Removed(ws) => format!("~~{}~~", esc(ws)),
            WordChange::Added(ws) => format!("**{}**", esc(ws)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misquote_diff_strikes_and_bolds_escaped_words() {
        assert_eq!(
            word_diff(&word_changes(
                "We consider such an approach artificial.",
                "We consider such an *approach* unlawful."
            )),
            "We consider such an \\*approach\\* ~~artificial.~~ **unlawful.**"
        );
        assert_eq!(norm_words("“Real,” work"), ["real", "work"]);
    }
}
