//! Durations: "five-year", "72 hours", "more than two months", "three and a half hours".

use crate::extract::figure::interval;
use crate::extract::lexicon::lexicon;
use crate::extract::phrase::Phrase;
use crate::extract::words::Words;
use crate::model::{Duration, Span};

/// A duration found in a sentence, before it becomes a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct DurationDraft {
    pub span: Span,
    pub duration: Duration,
    /// What lasted: the noun after a hyphenated duration ("civil war" in "five-year civil
    /// war"), or after "of" ("five years of civil war").
    pub what: Option<String>,
    pub anchor: usize,
}

/// Builds the duration of phrase `p` whose unit word is token `unit_tok`.
pub fn duration(w: &Words, p: &Phrase, unit_tok: usize) -> Option<DurationDraft> {
    let &(unit, designator) = lexicon().time_units.get(w.low(unit_tok))?;
    let (unit, designator, factor) = match unit {
        "fortnight" => ("week", "W", 2.0),
        _ => (unit, designator, 1.0),
    };
    let value = p.value * factor;
    let iv = interval(
        p.qualifier,
        value,
        p.low * factor,
        p.high * factor,
        p.resolution * factor,
    );
    let time_part = matches!(unit, "hour" | "minute" | "second");
    let amount = if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        format!("{}", (value * 1000.0).round() / 1000.0)
    };
    let timex = format!("P{}{amount}{designator}", if time_part { "T" } else { "" });
    let mut last = unit_tok.max(p.last);
    // "six weeks'": a possessive apostrophe belongs to the unit.
    if w.is_punct(last + 1, "'") || w.is_punct(last + 1, "’") {
        last += 1;
    }
    Some(DurationDraft {
        span: w.span(p.first, last),
        duration: Duration {
            timex,
            interval: iv,
            qualifier: p.qualifier,
            unit: unit.to_string(),
        },
        what: what_lasted(w, unit_tok),
        anchor: p.num_first,
    })
}

/// "five-year civil war" → "civil war"; "five years of civil war" → "civil war".
pub fn what_lasted(w: &Words, unit_tok: usize) -> Option<String> {
    let lex = lexicon();
    let mut k = unit_tok + 1;
    if w.low(k) == "of" {
        k += 1;
    } else if !w.glued(unit_tok) {
        // Not hyphenated: "lasted 72 hours" names no noun after it.
        return None;
    }
    let mut words = Vec::new();
    while words.len() < 3 && w.is_word(k) && !lex.stopwords.contains(w.low(k)) {
        words.push(w.low(k).to_string());
        k += 1;
    }
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::extract::role::{Role, role};
    use crate::model::Interval;

    fn durations(s: &str) -> Vec<DurationDraft> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w)
            .iter()
            .filter_map(|p| match role(&w, p) {
                Role::Duration(u) => duration(&w, p, u),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn seed_durations() {
        let d = &durations("how to end the five-year civil war.")[0];
        assert_eq!(d.duration.timex, "P5Y");
        assert_eq!(d.duration.interval, Interval::point(5.0));
        assert_eq!(d.what.as_deref(), Some("civil war"));
        let d = &durations("Russia’s more than two-month bombing campaign")[0];
        assert_eq!(
            (d.duration.timex.as_str(), d.duration.interval),
            ("P2M", Interval::at_least(2.0))
        );
        assert_eq!(d.what.as_deref(), Some("bombing campaign"));
        let d = &durations("after almost five years of civil war")[0];
        assert_eq!(d.duration.interval, Interval::between(4.5, 5.0));
        assert_eq!(d.what.as_deref(), Some("civil war"));
        assert_eq!(
            durations("a meeting that lasted three and a half hours")[0]
                .duration
                .timex,
            "PT3.5H"
        );
        assert_eq!(durations("the 72-hour search")[0].duration.timex, "PT72H");
    }
}
