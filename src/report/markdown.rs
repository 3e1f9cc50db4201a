//! The discrepancy report as GitHub-flavoured Markdown, for a newsroom document or an issue.
//!
//! Sources, summary, then one section per verdict (contradictions first). Each finding shows
//! its explanation and, per source, the value and the sentence with the claim's words in bold.
//! Article text is escaped so that nothing in it can break the layout (tables, emphasis,
//! links, HTML) and kept on one line.

use crate::model::Verdict;
use crate::report::timeline;
use crate::report::view::{ClaimView, FindingView, ReportView};
use std::io::{self, Write};

/// The sections of the report, in order.
const SECTIONS: [(Verdict, &str); 4] = [
    (Verdict::Contradict, "Contradictions"),
    (Verdict::Compatible, "Compatible"),
    (Verdict::Agree, "Agreements"),
    (Verdict::Unique, "Stated by one source only"),
];

pub(crate) fn write(view: &ReportView<'_>, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "# claimdiff report: {}", escape(&view.event))?;
    writeln!(w)?;
    writeln!(w, "## Sources")?;
    writeln!(w)?;
    if view.sources.is_empty() {
        writeln!(w, "None.")?;
    } else {
        writeln!(w, "| id | outlet | published | title | claims |")?;
        writeln!(w, "| --- | --- | --- | --- | ---: |")?;
        for s in &view.sources {
            writeln!(
                w,
                "| {} | {} | {} | {} | {} |",
                escape(s.id),
                s.outlet.map_or_else(|| "—".to_owned(), escape),
                s.published.as_deref().unwrap_or("unknown"),
                s.title.map_or_else(|| "—".to_owned(), escape),
                s.claims
            )?;
        }
    }
    writeln!(w)?;
    let s = view.summary;
    writeln!(w, "## Summary")?;
    writeln!(w)?;
    writeln!(w, "| findings | contradict | compatible | agree | unique |")?;
    writeln!(w, "| ---: | ---: | ---: | ---: | ---: |")?;
    writeln!(
        w,
        "| {} | {} | {} | {} | {} |",
        s.findings, s.contradict, s.compatible, s.agree, s.unique
    )?;
    crate::report::standing::write(view, w)?;
    for (verdict, heading) in SECTIONS {
        writeln!(w)?;
        writeln!(w, "## {heading}")?;
        writeln!(w)?;
        let findings: Vec<&FindingView<'_>> = view.with_verdict(verdict).collect();
        if findings.is_empty() {
            writeln!(w, "None.")?;
        } else if verdict == Verdict::Unique {
            write_unique_table(&findings, w)?;
        } else {
            for (i, f) in findings.iter().enumerate() {
                if i > 0 {
                    writeln!(w)?;
                }
                write_finding(f, w)?;
            }
        }
    }
    timeline::write(view, w)?;
    crate::report::quotes::write(view, w)?;
    Ok(())
}

fn write_finding(f: &FindingView<'_>, w: &mut dyn Write) -> io::Result<()> {
    writeln!(
        w,
        "### {} · {} — {}",
        escape(f.id),
        escape(f.topic),
        f.verdict
    )?;
    writeln!(w)?;
    if !f.explanation.trim().is_empty() {
        writeln!(w, "{}", escape_block(&escape(f.explanation)))?;
        writeln!(w)?;
    }
    for c in &f.claims {
        writeln!(w, "- {}: {}", source_name(c), escape(&c.value))?;
        let sentence = marked_sentence(c);
        if !sentence.is_empty() {
            writeln!(w, "  > {}", escape_block(&sentence))?;
        }
    }
    Ok(())
}

/// Findings only one source states: one compact row per claim.
fn write_unique_table(findings: &[&FindingView<'_>], w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "| finding | source | topic | value | sentence |")?;
    writeln!(w, "| --- | --- | --- | --- | --- |")?;
    for f in findings {
        for c in &f.claims {
            writeln!(
                w,
                "| {} | {} | {} | {} | {} |",
                escape(f.id),
                source_name(c),
                escape(f.topic),
                escape(&c.value),
                marked_sentence(c)
            )?;
        }
    }
    Ok(())
}

/// "**Bloomberg** (bloomberg)", or "**wire**" when the outlet is the id.
pub(crate) fn source_name(c: &ClaimView<'_>) -> String {
    if c.outlet == c.source() {
        format!("**{}**", escape(c.outlet))
    } else {
        format!("**{}** ({})", escape(c.outlet), escape(c.source()))
    }
}

/// The claim's sentence on one line, escaped, with the claim's words in bold.
pub(crate) fn marked_sentence(c: &ClaimView<'_>) -> String {
    let (before, claim, after) = c.sentence_parts();
    let inner = claim.trim();
    if inner.is_empty() {
        return collapse(&escape(&format!("{before}{claim}{after}")));
    }
    let lead = claim.len() - claim.trim_start().len();
    let trail = claim.trim_end().len();
    let before = escape(&format!("{before}{}", &claim[..lead]));
    let after = escape(&format!("{}{after}", &claim[trail..]));
    let inner = escape(inner);
    // `**` only opens after a space or punctuation when the claim starts with punctuation, and
    // only closes before one when it ends with punctuation; otherwise fall back to HTML.
    let (open, close) = if can_open(before.chars().next_back(), &inner)
        && can_close(&inner, after.chars().next())
    {
        ("**", "**")
    } else {
        ("<strong>", "</strong>")
    };
    collapse(&format!("{before}{open}{inner}{close}{after}"))
}

fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

fn can_open(prev: Option<char>, inner: &str) -> bool {
    let next = inner.chars().next();
    !next.is_some_and(is_punct) || prev.is_none_or(|p| p.is_whitespace() || is_punct(p))
}

fn can_close(inner: &str, next: Option<char>) -> bool {
    let prev = inner.chars().next_back();
    !prev.is_some_and(is_punct) || next.is_none_or(|n| n.is_whitespace() || is_punct(n))
}

/// Escapes text for Markdown inline content (paragraphs, headings, table cells): characters
/// that could start emphasis, code, links, HTML, math or a table cell are backslash-escaped,
/// and line breaks and other control characters become spaces.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_whitespace() || c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Spaces collapsed and trimmed.
fn collapse(text: &str) -> String {
    text.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Escaped inline text made safe to start a line: a leading `#`, `-`, `+`, `=` or an ordered
/// list marker (`1.`) would otherwise make it a heading or a list.
fn escape_block(escaped: &str) -> String {
    let text = collapse(escaped);
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match text.chars().next() {
        Some('#' | '-' | '+' | '=') => format!("\\{text}"),
        Some(_) if digits > 0 && text[digits..].starts_with(['.', ')']) => {
            format!("{}\\{}", &text[..digits], &text[digits..])
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Format, RenderOptions, fixture, write_comparison};

    fn render() -> String {
        let cmp = fixture::comparison();
        let mut out = Vec::new();
        write_comparison(&cmp, Format::Markdown, RenderOptions::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn sections_come_in_verdict_order() {
        let out = render();
        let at = |s: &str| {
            out.find(s)
                .unwrap_or_else(|| panic!("{s:?} missing:\n{out}"))
        };
        assert!(at("## Sources") < at("## Summary"));
        assert!(at("## Summary") < at("## Contradictions"));
        assert!(at("## Contradictions") < at("## Compatible"));
        assert!(at("## Compatible") < at("## Agreements"));
        assert!(at("## Agreements") < at("## Stated by one source only"));
        assert!(at("### F1 · Kerry's arrival in Moscow — contradict") < at("## Compatible"));
        assert!(out.contains("## Agreements\n\nNone.\n"));
        assert!(out.starts_with("# claimdiff report: syria-talks\n"));
        assert!(out.ends_with('\n') && !out.ends_with("\n\n"));
    }

    #[test]
    fn sources_are_named_with_outlet_and_date() {
        let out = render();
        assert!(out.contains(
            "| bloomberg | Bloomberg | 2015-12-11 | Kerry to Meet Putin in Moscow Next Week on Syrian Transition | 3 |"
        ));
        assert!(out.contains("| wire | — | unknown | — | 3 |"));
        assert!(out.contains("- **Bloomberg** (bloomberg): about 300,000 people killed"));
    }

    #[test]
    fn the_claim_is_bold_inside_its_sentence() {
        let out = render();
        assert!(out.contains(
            "  > The talks come after almost five years of civil war that has killed **about 300,000 people** in Syria."
        ));
        assert!(out.contains("on **Dec. 16, 2015**, officials said."));
    }

    #[test]
    fn article_text_is_escaped() {
        let out = render();
        assert!(out.contains("artificial \\| and against"), "{out}");
        assert!(out.contains("the U.N. \\*estimate\\*."));
        assert!(!out.contains("artificial | and"));
        // Every row of the unique table still has exactly its six cell borders.
        for line in out.lines().filter(|l| l.starts_with("| F")) {
            let borders = line.replace("\\|", "").matches('|').count();
            assert_eq!(borders, 6, "{line}");
        }
    }

    #[test]
    fn escaping_covers_markup_and_line_starts() {
        assert_eq!(
            escape("a|b*c_d`e[f](g)<h>\\ $5 & ~x\nnext"),
            "a\\|b\\*c\\_d\\`e\\[f\\](g)\\<h\\>\\\\ \\$5 \\& \\~x next"
        );
        assert_eq!(escape_block("# not a heading"), "\\# not a heading");
        assert_eq!(escape_block("1990. A year"), "1990\\. A year");
        assert_eq!(escape_block("- not a list"), "\\- not a list");
        assert_eq!(escape_block("2015 was"), "2015 was");
    }

    #[test]
    fn bold_falls_back_to_html_where_asterisks_would_not_close() {
        use crate::model::{Article, Span};
        let cmp = fixture::comparison();
        let mut claim = cmp.claims[0].clone();
        // Inside words, `**` opens and closes between letters: "o**n Dec. 15 t**o".
        claim.span = Span::new(claim.span.start() - 2, claim.span.end() + 2);
        let c = ClaimView::new(&claim, cmp.articles.first());
        assert!(marked_sentence(&c).contains("o**n Dec. 15 t**o meet"));
        // A claim starting with punctuation right after a letter cannot open `**`.
        let text = "said\"Yes\"now";
        let article = Article::from_text("x", text);
        claim.source = "x".into();
        claim.sentence = Span::new(0, text.len());
        claim.span = Span::new(4, 9);
        let c = ClaimView::new(&claim, Some(&article));
        assert_eq!(marked_sentence(&c), "said<strong>\"Yes\"</strong>now");
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(), @r##"
            # claimdiff report: syria-talks

            ## Sources

            | id | outlet | published | title | claims |
            | --- | --- | --- | --- | ---: |
            | bloomberg | Bloomberg | 2015-12-11 | Kerry to Meet Putin in Moscow Next Week on Syrian Transition | 3 |
            | wire | — | unknown | — | 3 |

            ## Summary

            | findings | contradict | compatible | agree | unique |
            | ---: | ---: | ---: | ---: | ---: |
            | 4 | 1 | 1 | 0 | 2 |

            ## Contradictions

            ### F1 · Kerry's arrival in Moscow — contradict

            2015-12-15 (bloomberg) and 2015-12-16 (wire) are different days.

            - **Bloomberg** (bloomberg): 2015-12-15
              > Secretary of State John Kerry will travel to Moscow on **Dec. 15** to meet Vladimir Putin.
            - **wire**: 2015-12-16
              > MOSCOW - U.S. Secretary of State John Kerry will arrive in Moscow on **Dec. 16, 2015**, officials said.

            ## Compatible

            ### F2 · people killed — compatible

            about 300,000 (bloomberg) and more than 250,000 (wire) overlap between 270,000 and 330,000.

            - **Bloomberg** (bloomberg): about 300,000 people killed (270,000–330,000)
              > The talks come after almost five years of civil war that has killed **about 300,000 people** in Syria.
            - **wire**: at least 250,000 people killed (≥ 250,000)
              > The war has killed **more than 250,000 people**, according to the U.N. \*estimate\*.

            ## Agreements

            None.

            ## Stated by one source only

            | finding | source | topic | value | sentence |
            | --- | --- | --- | --- | --- |
            | F3 | **wire** | Sergei Lavrov on the approach | “We consider such an approach artificial \| and against international law.” — Sergei Lavrov | **"We consider such an approach artificial \| and against international law,"** Foreign Minister Sergei Lavrov said. |
            | F4 | **Bloomberg** (bloomberg) | length of the civil war | nearly 5 years (4.5–5) | The talks come after **almost five years** of civil war that has killed about 300,000 people in Syria. |

            ## Timeline

            | date | happening | source | as written | finding |
            | --- | --- | --- | --- | --- |
            | 2015-12-15 | Kerry's arrival in Moscow | **Bloomberg** (bloomberg) | Dec. 15 | F1 (contradict) |
            | 2015-12-16 | Kerry's arrival in Moscow | **wire** | Dec. 16, 2015 | F1 (contradict) |

            ## Quotes

            | finding | verdict | source | speaker | words |
            | --- | --- | --- | --- | --- |
            | F3 | unique | **wire** | Sergei Lavrov | “We consider such an approach artificial \| and against international law.” |
            "##);
    }
}
