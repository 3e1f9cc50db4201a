//! The "which source stands apart" section of the markdown report: with three or more sources,
//! each source's findings by verdict and how often it departs from what most sources say, then
//! each contradicted finding that has a consensus, with the consensus value and who departs.

use crate::report::markdown::escape;
use crate::report::view::ReportView;
use std::io::{self, Write};

/// Writes `## Which source stands apart`; nothing with fewer than three sources.
pub(crate) fn write(view: &ReportView<'_>, w: &mut dyn Write) -> io::Result<()> {
    if view.standing.is_empty() {
        return Ok(());
    }
    writeln!(w)?;
    writeln!(w, "## Which source stands apart")?;
    writeln!(w)?;
    writeln!(
        w,
        "| source | outlet | agree | compatible | contradict | unique | departs from the others |"
    )?;
    writeln!(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: |")?;
    for s in &view.standing {
        let c = &s.counts;
        writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} | {} |",
            escape(s.id),
            escape(s.outlet),
            c.agree,
            c.compatible,
            c.contradict,
            c.unique,
            c.departs
        )?;
    }
    let with_consensus: Vec<_> = view
        .findings
        .iter()
        .filter_map(|f| f.consensus.as_ref().map(|c| (f, c)))
        .collect();
    writeln!(w)?;
    if with_consensus.is_empty() {
        writeln!(
            w,
            "No contradiction has a majority of sources on one side: no source departs from a consensus."
        )?;
        return Ok(());
    }
    for (f, c) in with_consensus {
        let names = |ids: &[&str]| -> String {
            ids.iter()
                .map(|id| format!("**{}**", escape(view.outlet_of(id))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let departing: Vec<String> = f
            .claims
            .iter()
            .filter(|cl| c.departing.contains(&cl.source()))
            .map(|cl| {
                format!(
                    "{} ({})",
                    escape(&cl.value),
                    escape(view.outlet_of(cl.source()))
                )
            })
            .collect();
        writeln!(
            w,
            "- {} · {}: {} of {} sources ({}) say {}; {} {}: {}.",
            escape(f.id),
            escape(f.topic),
            c.sources.len(),
            c.sources.len() + c.departing.len(),
            names(&c.sources),
            escape(&c.value),
            names(&c.departing),
            if c.departing.len() == 1 {
                "departs"
            } else {
                "depart"
            },
            departing.join("; ")
        )?;
    }
    Ok(())
}
