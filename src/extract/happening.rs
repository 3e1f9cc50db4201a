//! What happens on a date: the happening a date claim belongs to ("the Dec. 18 New York
//! talks", "a meeting in New York on Friday", "the deadline") and the names around it
//! (places, people) that tell one meeting from another.

use crate::extract::words::Words;
use crate::model::Span;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// The happening a date belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Happening {
    /// The class of the happening (`meeting`, `visit`, `deadline`, …).
    pub class: &'static str,
    /// The word that named it, lowercase ("talks").
    pub word: String,
    /// Capitalized names in the same clause ("New York", "Putin"), in text order.
    pub names: Vec<String>,
}

static HAPPENINGS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("data/happenings.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| {
            let mut f = l.split_whitespace();
            let class = f.next().unwrap_or("");
            f.map(move |w| (w, class))
        })
        .collect()
});

/// Tokens that end a clause when looking for a date's happening.
fn clause_break(w: &Words, i: usize) -> bool {
    matches!(w.raw(i), ";" | ":" | "(" | ")" | "—" | "\"" | "“" | "”")
}

/// The happening nearest to the date at `span` within its clause, preferring nouns and verbs
/// before the date ("talks in New York on Friday") over those after it, and the names near it.
pub fn happening(w: &Words, span: Span) -> Option<Happening> {
    let first = w.toks.iter().position(|t| t.span.end() > span.start())?;
    let last = w
        .toks
        .iter()
        .rposition(|t| t.span.start() < span.end())
        .unwrap_or(first);
    let mut best: Option<(usize, usize, &'static str)> = None;
    let mut consider = |i: usize, dist: usize| {
        if !w.is_word(i) {
            return;
        }
        if let Some(&class) = HAPPENINGS.get(w.low(i))
            && best.is_none_or(|(d, _, _)| dist < d)
        {
            best = Some((dist, i, class));
        }
    };
    // Left of the date, then right of it, within the clause and twelve tokens.
    let mut i = first;
    let mut dist = 0;
    while i > 0 && dist < 12 {
        i -= 1;
        if clause_break(w, i) {
            break;
        }
        dist += 1;
        consider(i, dist);
    }
    let mut i = last + 1;
    let mut dist = 0;
    while i < w.len() && dist < 12 {
        if clause_break(w, i) {
            break;
        }
        dist += 1;
        // Words after the date count a little further away than words before it.
        consider(i, dist + 1);
        i += 1;
    }
    let (_, at, class) = best?;
    Some(Happening {
        class,
        word: w.low(at).to_string(),
        names: names_near(w, first.min(at), last.max(at)),
    })
}

/// Capitalized names (runs of capitalized words, not at the sentence start unless followed by
/// another capitalized word) within six tokens of the span `a..=b`.
fn names_near(w: &Words, a: usize, b: usize) -> Vec<String> {
    let lo = a.saturating_sub(6);
    let hi = (b + 6).min(w.len().saturating_sub(1));
    let mut out: Vec<String> = Vec::new();
    let mut i = lo;
    while i <= hi {
        let capital = |k: usize| w.is_word(k) && w.capitalized(k) && !is_calendar_word(w.low(k));
        // A capitalized first word of the sentence is a name only when another follows it.
        if capital(i) && (i != 0 || capital(i + 1)) {
            let start = i;
            while i < hi && capital(i + 1) {
                i += 1;
            }
            let name: Vec<&str> = (start..=i).map(|k| w.raw(k)).collect();
            out.push(name.join(" "));
        }
        i += 1;
    }
    out
}

fn is_calendar_word(low: &str) -> bool {
    matches!(
        low,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, date: &str) -> Option<Happening> {
        let w = Words::new(s, Span::new(0, s.len()));
        let start = s.find(date)?;
        happening(&w, Span::new(start, start + date.len()))
    }

    #[test]
    fn seed_happenings() {
        let h = at(
            "Visit aims to narrow divisions ahead of Dec. 18 New York talks",
            "Dec. 18",
        )
        .unwrap();
        assert_eq!((h.class, h.word.as_str()), ("meeting", "talks"));
        assert!(h.names.contains(&"New York".to_string()), "{h:?}");
        let h = at(
            "Kerry told reporters the group would meet in New York on Friday, Dec. 18, and would seek a resolution.",
            "Friday, Dec. 18",
        )
        .unwrap();
        assert_eq!(h.class, "meeting");
        assert!(h.names.contains(&"New York".to_string()), "{h:?}");
        let h = at("set a deadline of Jan. 1 for dialog to begin", "Jan. 1").unwrap();
        assert_eq!(h.class, "deadline");
        let h = at("Secretary of State John Kerry will travel to Moscow next Tuesday, Dec. 15, to meet President Vladimir Putin", "next Tuesday, Dec. 15").unwrap();
        assert_eq!(h.class, "visit");
        assert!(h.names.contains(&"Moscow".to_string()), "{h:?}");
    }

    #[test]
    fn nothing_to_attach() {
        assert_eq!(at("It was cold on Monday.", "Monday"), None);
    }
}
