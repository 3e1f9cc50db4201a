//! What surrounds a claim: the content words of its sentence, the happening it belongs to,
//! and whether that happening is an earlier one mentioned in passing.

use crate::extract::words::Words;
use crate::model::Span;
use compact_str::CompactString;

/// Words on each side of a claim that make its context.
const CONTEXT_RADIUS: usize = 10;

/// Content words around the claim at `span` (up to ten tokens on each side, the claim's own
/// words included): lowercase, no stopwords, numbers or one- and two-letter words; sorted
/// and without repeats.
pub fn context_words(w: &Words, span: Span) -> Vec<CompactString> {
    let first = w.toks.partition_point(|t| t.span.end() <= span.start());
    let last = w
        .toks
        .partition_point(|t| t.span.start() < span.end())
        .saturating_sub(1)
        .max(first);
    let lo = first.saturating_sub(CONTEXT_RADIUS);
    let hi = last + CONTEXT_RADIUS;
    // Each word with its first eight bytes as a number, so that sorting compares numbers and
    // leaves the whole strings (a call to memcmp) to the few words sharing those bytes.
    let window = lo..=hi.min(w.len().saturating_sub(1));
    let mut words: Vec<(u64, &str)> = Vec::with_capacity(window.clone().count());
    for i in window {
        // Content words are words: punctuation and numbers are passed over before the lookup.
        if !(w.is_word(i) && w.is_content(i)) {
            continue;
        }
        let l = w.low(i);
        // A possessive ("syria’s") counts as its word; only words ending in "s" can be one.
        let l = if l.ends_with('s') {
            l.strip_suffix("’s")
                .or_else(|| l.strip_suffix("'s"))
                .unwrap_or(l)
        } else {
            l
        };
        words.push((prefix(l), l));
    }
    words.sort_unstable();
    words.dedup();
    words
        .into_iter()
        .map(|(_, l)| CompactString::from(l))
        .collect()
}

/// The first eight bytes of a word as a big-endian number, zero-padded: these numbers are in
/// the byte order of the words, and words with equal numbers are compared whole.
fn prefix(w: &str) -> u64 {
    let b = w.as_bytes();
    (0..8).fold(0, |k, n| {
        (k << 8) | u64::from(b.get(n).copied().unwrap_or(0))
    })
}

/// The happening nearest to token `anchor`: its noun (with a modifier for "civil war") and class.
pub fn event_near(w: &Words, anchor: usize) -> Option<(String, &'static str)> {
    let best = w
        .events()
        .iter()
        .min_by_key(|(i, _)| (i.abs_diff(anchor), *i))
        .map(|&(i, class)| (0usize, i, class));
    let (_, i, class) = best?;
    let noun = if i >= 1
        && matches!(
            w.low(i - 1),
            "civil"
                | "air"
                | "suicide"
                | "car"
                | "peace"
                | "bomb"
                | "chemical"
                | "gas"
                | "rocket"
                | "mortar"
                | "drone"
        ) {
        format!("{} {}", w.low(i - 1), w.low(i))
    } else {
        w.low(i).to_string()
    };
    Some((noun, class))
}

/// What a sentence says about when its happenings took place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimeCues {
    /// Years the sentence names.
    pub years: Vec<i32>,
    /// "last year", "years ago", "similar", "previous", "prior".
    pub cue: bool,
    /// A present perfect ("has killed"): a running total, not a past happening.
    pub perfect: bool,
    /// "since": a running total from a year on.
    pub since: bool,
    /// "so far", "to date", "in total", "altogether": the sentence counts a running total.
    pub running: bool,
}

pub fn time_cues(w: &Words, years: Vec<i32>) -> TimeCues {
    let mut cues = TimeCues {
        years,
        ..TimeCues::default()
    };
    // One pass; each word is looked at once, and the two-word cues only after their first word.
    for i in 0..w.len() {
        // The cues are words: marks and numbers are passed over unread.
        if !w.is_word(i) {
            continue;
        }
        match w.low(i) {
            "has" | "have" => cues.perfect = true,
            "since" => {
                cues.since = true;
                cues.running = true;
            }
            "so" => cues.running |= w.low(i + 1) == "far",
            "to" => cues.running |= w.low(i + 1) == "date",
            "in" => cues.running |= w.low(i + 1) == "total",
            "altogether" | "cumulative" => cues.running = true,
            "similar" | "previous" | "prior" => cues.cue = true,
            "last" => cues.cue |= w.low(i + 1) == "year",
            "years" => cues.cue |= matches!(w.low(i + 1), "ago" | "after" | "earlier"),
            "year" | "months" => cues.cue |= w.low(i + 1) == "ago",
            _ => {}
        }
    }
    cues
}

impl TimeCues {
    /// Whether the sentence reports an earlier happening in passing: a year before `ref_year`
    /// with a simple past ("a similar fire in 2019 killed 30"), or a cue such as "last year".
    /// A present perfect ("has killed since 2011") is a running total, not background.
    pub fn background(&self, ref_year: Option<i32>) -> bool {
        let old_year = ref_year.is_some_and(|r| !self.since && self.years.iter().any(|&y| y < r));
        !self.perfect && (self.cue || old_year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Words<'_> {
        Words::new(s, Span::new(0, s.len()))
    }

    #[test]
    fn events_and_background() {
        let w = words("after almost five years of civil war that has killed about 300,000 people");
        assert_eq!(
            event_near(&w, 12),
            Some(("civil war".to_string(), "conflict"))
        );
        let w = words(
            "A monitoring group said suspected Russian strikes killed 34 civilians on Tuesday alone.",
        );
        assert_eq!(event_near(&w, 8).map(|e| e.1), Some("incident"));
        // Of two happenings as near, the one before the figure; a farther one never.
        let w = words("the war killed 30 and the strike near the border 40");
        assert_eq!(event_near(&w, 3), Some(("war".to_string(), "conflict")));
        assert_eq!(event_near(&w, 9), Some(("strike".to_string(), "incident")));
        let w = words("war 5 strike");
        assert_eq!(event_near(&w, 1), Some(("war".to_string(), "conflict")));
        assert_eq!(event_near(&words("they said 5"), 2), None);
        let bg = |s: &str, years: Vec<i32>| time_cues(&words(s), years).background(Some(2015));
        assert!(bg("A fire in 2009 killed 30 people.", vec![2009]));
        assert!(bg("A similar fire last year killed 30 people.", vec![]));
        assert!(!bg(
            "The civil war, which began in March 2011, has killed more than 250,000 people.",
            vec![2011]
        ));
        assert!(!bg("The strike killed 30 people.", vec![]));
    }

    #[test]
    fn context_has_content_words_near_the_claim_only() {
        let s = "The war has killed 300,000 people in Syria’s north.";
        let w = words(s);
        assert_eq!(
            context_words(&w, Span::new(0, s.len())),
            ["killed", "north", "people", "syria", "war"]
        );
        let far = "Kerry said on Friday in Washington that the group of world powers would meet \
                   soon, and the talks that began long ago in Vienna have killed nobody yet.";
        let w = words(far);
        let at = far.find("Friday").unwrap_or(0);
        let ctx = context_words(&w, Span::new(at, at + 6));
        assert!(ctx.contains(&CompactString::from("kerry")), "{ctx:?}");
        assert!(!ctx.contains(&CompactString::from("vienna")), "{ctx:?}");
    }
}
