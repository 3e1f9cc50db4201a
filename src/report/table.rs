//! The terminal report: sources, one row per finding, and a summary line.

use crate::model::Verdict;
use crate::report::RenderOptions;
use crate::report::view::{ReportView, SourceView};
use comfy_table::{
    Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use std::io::{self, Write};

/// A table with the report's style, fitted to `opts.width` when one is given.
///
/// Without a width the table is not wrapped, even on a terminal: the caller decides the width,
/// so writing to a file gives the same bytes wherever it runs.
pub(crate) fn new_table(opts: RenderOptions) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL)
        .set_content_arrangement(ContentArrangement::Dynamic);
    match opts.width {
        Some(width) => table.set_width(width),
        None => table.force_no_tty(),
    };
    if opts.color {
        table.enforce_styling();
    }
    table
}

/// A verdict's cell, coloured when `color`: contradict red, compatible yellow, agree green,
/// unique dim.
fn verdict_cell(verdict: Verdict, color: bool) -> Cell {
    let cell = Cell::new(verdict);
    if !color {
        return cell;
    }
    match verdict {
        Verdict::Contradict => cell
            .fg(Color::Red)
            .add_attribute(comfy_table::Attribute::Bold),
        Verdict::Compatible => cell.fg(Color::Yellow),
        Verdict::Agree => cell.fg(Color::Green),
        Verdict::Unique => cell.fg(Color::DarkGrey),
    }
}

/// Text for a terminal cell: whitespace runs and control characters (escape sequences
/// included) become one space.
pub(crate) fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

pub(crate) fn write(
    view: &ReportView<'_>,
    opts: RenderOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    if !view.sources.is_empty() {
        writeln!(w, "{}", sources_table(&view.sources, opts))?;
        writeln!(w)?;
    }
    if view.findings.is_empty() {
        writeln!(w, "No findings.")?;
    } else {
        let mut table = new_table(opts);
        table.set_header(["id", "verdict", "kind", "topic", "values", "explanation"]);
        for f in &view.findings {
            let values: Vec<String> = f
                .claims
                .iter()
                .map(|c| format!("{}: {}", plain(c.source()), plain(&c.value)))
                .collect();
            table.add_row([
                Cell::new(plain(f.id)),
                verdict_cell(f.verdict, opts.color),
                Cell::new(f.kind.as_str()),
                Cell::new(plain(f.topic)),
                Cell::new(values.join("\n")),
                Cell::new(plain(f.explanation)),
            ]);
        }
        // The values are what a reader compares: give them room before the prose columns.
        for (col, percent) in [(4, 30), (5, 20)] {
            if let Some(col) = table.column_mut(col) {
                col.set_constraint(ColumnConstraint::LowerBoundary(Width::Percentage(percent)));
            }
        }
        writeln!(w, "{table}")?;
    }
    let s = view.summary;
    writeln!(
        w,
        "{} {}: {} contradict, {} compatible, {} agree, {} unique",
        s.findings,
        if s.findings == 1 {
            "finding"
        } else {
            "findings"
        },
        s.contradict,
        s.compatible,
        s.agree,
        s.unique
    )?;
    if !view.standing.is_empty() {
        writeln!(w)?;
        writeln!(w, "{}", standing_table(view, opts))?;
    }
    Ok(())
}

/// With three or more sources: each source's findings by verdict and its departures from the
/// consensus of the others.
fn standing_table(view: &ReportView<'_>, opts: RenderOptions) -> Table {
    let mut table = new_table(opts);
    table.set_header([
        "source",
        "agree",
        "compatible",
        "contradict",
        "unique",
        "departs from the others",
    ]);
    for s in &view.standing {
        let c = &s.counts;
        table.add_row([
            plain(s.outlet),
            c.agree.to_string(),
            c.compatible.to_string(),
            c.contradict.to_string(),
            c.unique.to_string(),
            c.departs.to_string(),
        ]);
    }
    for col in 1..6 {
        if let Some(col) = table.column_mut(col) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// id, outlet, published date, title and claim count of each source.
pub(crate) fn sources_table(sources: &[SourceView<'_>], opts: RenderOptions) -> Table {
    let mut table = new_table(opts);
    table.set_header(["source", "outlet", "published", "title", "claims"]);
    for s in sources {
        table.add_row([
            plain(s.id),
            s.outlet.map_or_else(|| "—".to_owned(), plain),
            s.published.clone().unwrap_or_else(|| "unknown".to_owned()),
            s.title.map_or_else(|| "—".to_owned(), plain),
            s.claims.to_string(),
        ]);
    }
    if let Some(col) = table.column_mut(4) {
        col.set_cell_alignment(CellAlignment::Right);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Format, fixture, write_comparison};

    fn render(width: Option<u16>) -> String {
        let cmp = fixture::comparison();
        let mut out = Vec::new();
        write_comparison(
            &cmp,
            Format::Table,
            RenderOptions {
                width,
                ..RenderOptions::default()
            },
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn tables_fit_the_width_given() {
        let out = render(Some(80));
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{line}");
        }
        let wide = render(None);
        assert!(wide.lines().any(|l| l.chars().count() > 80));
    }

    #[test]
    fn rows_follow_the_findings_and_name_values_by_source() {
        let out = render(None);
        let at = |s: &str| {
            out.find(s)
                .unwrap_or_else(|| panic!("{s:?} missing:\n{out}"))
        };
        assert!(at("F1") < at("F2") && at("F2") < at("F3") && at("F3") < at("F4"));
        assert!(out.contains("bloomberg: about 300,000 people killed (270,000–330,000)"));
        assert!(out.contains("wire: at least 250,000 people killed (≥ 250,000)"));
        assert!(
            out.ends_with("4 findings: 1 contradict, 1 compatible, 0 agree, 2 unique\n"),
            "{out}"
        );
    }

    #[test]
    fn control_characters_do_not_reach_the_terminal() {
        assert_eq!(plain("a\x1b[31mred\n\tb  c"), "a [31mred b c");
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(Some(120)), @r##"
            ┌───────────┬───────────┬────────────┬──────────────────────────────────────────────────────────────┬────────┐
            │ source    ┆ outlet    ┆ published  ┆ title                                                        ┆ claims │
            ╞═══════════╪═══════════╪════════════╪══════════════════════════════════════════════════════════════╪════════╡
            │ bloomberg ┆ Bloomberg ┆ 2015-12-11 ┆ Kerry to Meet Putin in Moscow Next Week on Syrian Transition ┆      3 │
            ├╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌┤
            │ wire      ┆ —         ┆ unknown    ┆ —                                                            ┆      3 │
            └───────────┴───────────┴────────────┴──────────────────────────────────────────────────────────────┴────────┘

            ┌────┬────────────┬──────────┬───────────────────────────────┬─────────────────────────────────┬──────────────────────┐
            │ id ┆ verdict    ┆ kind     ┆ topic                         ┆ values                          ┆ explanation          │
            ╞════╪════════════╪══════════╪═══════════════════════════════╪═════════════════════════════════╪══════════════════════╡
            │ F1 ┆ contradict ┆ date     ┆ Kerry's arrival in Moscow     ┆ bloomberg: 2015-12-15           ┆ 2015-12-15           │
            │    ┆            ┆          ┆                               ┆ wire: 2015-12-16                ┆ (bloomberg) and      │
            │    ┆            ┆          ┆                               ┆                                 ┆ 2015-12-16 (wire)    │
            │    ┆            ┆          ┆                               ┆                                 ┆ are different days.  │
            ├╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ F2 ┆ compatible ┆ figure   ┆ people killed                 ┆ bloomberg: about 300,000 people ┆ about 300,000        │
            │    ┆            ┆          ┆                               ┆ killed (270,000–330,000)        ┆ (bloomberg) and more │
            │    ┆            ┆          ┆                               ┆ wire: at least 250,000 people   ┆ than 250,000 (wire)  │
            │    ┆            ┆          ┆                               ┆ killed (≥ 250,000)              ┆ overlap between      │
            │    ┆            ┆          ┆                               ┆                                 ┆ 270,000 and 330,000. │
            ├╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ F3 ┆ unique     ┆ quote    ┆ Sergei Lavrov on the approach ┆ wire: “We consider such an      ┆ Only wire states     │
            │    ┆            ┆          ┆                               ┆ approach artificial | and       ┆ this.                │
            │    ┆            ┆          ┆                               ┆ against international law.” —   ┆                      │
            │    ┆            ┆          ┆                               ┆ Sergei Lavrov                   ┆                      │
            ├╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ F4 ┆ unique     ┆ duration ┆ length of the civil war       ┆ bloomberg: nearly 5 years       ┆ Only Bloomberg       │
            │    ┆            ┆          ┆                               ┆ (4.5–5)                         ┆ states this.         │
            └────┴────────────┴──────────┴───────────────────────────────┴─────────────────────────────────┴──────────────────────┘
            4 findings: 1 contradict, 1 compatible, 0 agree, 2 unique
            "##);
    }
}
