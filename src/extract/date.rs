//! Dates. So far: years ("in 2011", "March 2011") as TIMEX3 year values.

use crate::extract::phrase::Phrase;
use crate::extract::words::Words;
use crate::model::{DateValue, Granularity, Span};

/// A date found in a sentence, before it becomes a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct DateDraft {
    pub span: Span,
    pub date: DateValue,
    pub anchor: usize,
}

/// The year of phrase `p` (whose role is a year).
pub fn year(w: &Words, p: &Phrase) -> Option<DateDraft> {
    let y = p.value as i32;
    if p.value.fract() != 0.0 || !(1000..=2100).contains(&y) {
        return None;
    }
    Some(DateDraft {
        span: w.span(p.num_first, p.num_last),
        date: DateValue {
            timex: format!("{y:04}"),
            start: Some(format!("{y:04}-01-01")),
            end: Some(format!("{y:04}-12-31")),
            granularity: Granularity::Year,
            relative: false,
            anchor: None,
        },
        anchor: p.num_first,
    })
}

/// Decades written as "1960s" (or "1960's"): TIMEX3 value `196`.
pub fn decades(w: &Words) -> Vec<DateDraft> {
    (0..w.len())
        .filter(|&i| w.is_number(i))
        .filter_map(|i| {
            let raw = w.raw(i);
            let digits = raw.strip_suffix('s')?;
            let y: i32 = digits.parse().ok()?;
            if digits.len() != 4 || y % 10 != 0 || !(1000..=2090).contains(&y) {
                return None;
            }
            Some(DateDraft {
                span: w.span(i, i),
                date: DateValue {
                    timex: format!("{:03}", y / 10),
                    start: Some(format!("{y:04}-01-01")),
                    end: Some(format!("{:04}-12-31", y + 9)),
                    granularity: Granularity::Decade,
                    relative: false,
                    anchor: None,
                },
                anchor: i,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;

    #[test]
    fn years_are_year_values() {
        let s = "The civil war, which began in March 2011, has killed";
        let w = Words::new(s, Span::new(0, s.len()));
        let p = &find_phrases(&w)[0];
        let d = year(&w, p).unwrap();
        assert_eq!(d.span.slice(s), "2011");
        assert_eq!(d.date.timex, "2011");
        assert_eq!(d.date.granularity, Granularity::Year);
    }

    #[test]
    fn decades_are_decade_values() {
        let s = "by the end of the 1960s";
        let w = Words::new(s, Span::new(0, s.len()));
        let d = &decades(&w)[0];
        assert_eq!((d.span.slice(s), d.date.timex.as_str()), ("1960s", "196"));
        assert_eq!(d.date.end.as_deref(), Some("1969-12-31"));
    }
}
