//! Deaths in custody: "at least 60,000 people have died in Syrian government jails", "more
//! than 12,000 people have been tortured to death", "300 prisoners died in police custody". A
//! count of its own, told in passing beside a happening's toll and never that toll: "killed
//! in custody" is its measure.

use crate::extract::lexicon::lexicon;
use crate::extract::words::Words;

/// Tokens read after a count's noun for where its dead died.
const REACH: usize = 12;

/// Words between "in" and the place of custody ("in Syrian government jails", "in police
/// custody", "in the regime's prisons") at most.
const BETWEEN: usize = 3;

/// Places where people are held.
const HELD_IN: [&str; 9] = [
    "custody",
    "detention",
    "captivity",
    "jail",
    "jails",
    "prison",
    "prisons",
    "dungeons",
    "cells",
];

/// Whether the dead counted by the figure whose noun ends at token `last` died in custody:
/// a place of [`HELD_IN`] after "in", "inside" or "at" ("died in custody", "died at Sednaya
/// prison"), or torture ("tortured to death", "died under torture"), in the figure's clause.
/// A place named as where a happening struck ("killed in a prison riot", "in an attack on a
/// prison") is no custody: an article or a happening's noun tells it.
pub fn died_in_custody(w: &Words, last: usize) -> bool {
    for k in last + 1..(last + 1 + REACH).min(w.len()) {
        let low = w.low(k);
        if w.is_number(k)
            || matches!(
                low,
                "," | ";" | ":" | "." | "(" | "and" | "but" | "while" | "including" | "as"
            )
        {
            return false;
        }
        if matches!(low, "torture" | "tortured") {
            return true;
        }
        if HELD_IN.contains(&low) && held_there(w, k) {
            return true;
        }
    }
    false
}

/// Whether the place of custody at token `k` is where people are held, not a noun's modifier
/// ("prison riot", "jail guards") nor a place a happening struck ("in a prison fire").
fn held_there(w: &Words, k: usize) -> bool {
    let lex = lexicon();
    let next = w.low(k + 1);
    if w.is_word(k + 1) && !lex.stopwords.contains(next) {
        return false;
    }
    (k.saturating_sub(BETWEEN + 1)..k)
        .rev()
        .take_while(|&i| w.is_word(i) && !matches!(w.low(i), "a" | "an"))
        .any(|i| matches!(w.low(i), "in" | "inside" | "at"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// Whether the count whose noun is `noun` in `s` is of deaths in custody.
    fn custody(s: &str, noun: &str) -> bool {
        let w = Words::new(s, Span::new(0, s.len()));
        let last = (0..w.len()).find(|&k| w.low(k) == noun).expect("the noun");
        died_in_custody(&w, last)
    }

    #[test]
    fn the_dead_of_jails_and_torture_died_in_custody() {
        let s = "The group said at least 60000 people have died in Syrian government jails \
                 during the five-year conflict.";
        assert!(custody(s, "people"));
        let s = "More than 12,000 people have been tortured to death by the regime since 2011.";
        assert!(custody(s, "people"));
        let s = "Some 300 prisoners died in police custody last year.";
        assert!(custody(s, "prisoners"));
        let s = "He said more than 20,000 detainees had died at Sednaya prison.";
        assert!(custody(s, "detainees"));
        let s = "12,679 people died under torture.";
        assert!(custody(s, "people"));
    }

    #[test]
    fn a_happening_at_a_prison_or_another_clause_is_no_custody() {
        let s = "Five inmates were killed in a prison riot on Sunday.";
        assert!(!custody(s, "inmates"));
        let s = "Air strikes killed 12 people in an attack on the central prison.";
        assert!(!custody(s, "people"));
        let s = "The blast killed 40 people, and two guards were later jailed in prison.";
        assert!(!custody(s, "people"));
        let s = "At least 30 people were killed near the prison gates.";
        assert!(!custody(s, "people"));
        let s = "Shelling killed 47 people in the town on Saturday.";
        assert!(!custody(s, "people"));
    }
}
