//! The timeline section of the markdown report: each dated happening, the date each source
//! gives it and the words it used, earliest first.

use crate::model::{ClaimKind, Value, Verdict};
use crate::report::markdown::{escape, source_name};
use crate::report::view::{FindingView, ReportView};
use std::io::{self, Write};

/// The first day a finding's dates cover (ISO, so it sorts as text), for ordering.
fn earliest(f: &FindingView<'_>) -> String {
    f.claims
        .iter()
        .filter_map(|c| match &c.claim.value {
            Value::Date(d) => d.start.clone(),
            _ => None,
        })
        .min()
        .unwrap_or_default()
}

/// The date findings in timeline order: earliest first, findings of several sources before
/// those of one at the same date.
pub(crate) fn dated<'v, 'a>(view: &'v ReportView<'a>) -> Vec<&'v FindingView<'a>> {
    let mut dated: Vec<&FindingView<'_>> = view
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Date)
        .collect();
    dated.sort_by_cached_key(|f| (earliest(f), f.verdict == Verdict::Unique));
    dated
}

/// Writes `## Timeline` with one table row per source and dated happening; nothing when the
/// comparison has no dated happenings.
pub(crate) fn write(view: &ReportView<'_>, w: &mut dyn Write) -> io::Result<()> {
    let dated = dated(view);
    if dated.is_empty() {
        return Ok(());
    }
    writeln!(w)?;
    writeln!(w, "## Timeline")?;
    writeln!(w)?;
    writeln!(w, "| date | happening | source | as written | finding |")?;
    writeln!(w, "| --- | --- | --- | --- | --- |")?;
    for f in dated {
        for c in &f.claims {
            let Value::Date(d) = &c.claim.value else {
                continue;
            };
            writeln!(
                w,
                "| {} | {} | {} | {} | {} ({}) |",
                escape(&d.timex),
                escape(f.topic),
                source_name(c),
                escape(c.text),
                f.id,
                f.verdict
            )?;
        }
    }
    Ok(())
}
