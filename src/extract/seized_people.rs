//! People seized are people kidnapped: "Gunmen seized 287 students from the school", "The
//! 278 pupils were seized from their dormitories". Goods and places are seized too ("seized
//! seven AK-47 rifles", "seized 60 villages"), so only a count of people is read so; and
//! people the police or troops seize are arrested, not kidnapped.

use crate::extract::words::Words;

/// Verbs of taking people by force.
const SEIZING: [&str; 3] = ["seized", "snatched", "grabbed"];

/// Words of those who seize people lawfully: what they seize is an arrest.
const LAWFUL: [&str; 12] = [
    "police",
    "policemen",
    "officers",
    "troops",
    "soldiers",
    "army",
    "authorities",
    "customs",
    "forces",
    "agents",
    "gendarmes",
    "coastguard",
];

/// Whether tokens `from..to` of `w` name police, troops or another lawful seizer
/// ([`LAWFUL`]): people they seize are arrested, not kidnapped.
pub fn lawful_seizer_in(w: &Words, from: usize, to: usize) -> bool {
    (from..to.min(w.len())).any(|k| LAWFUL.contains(&w.low(k)))
}

/// Tokens searched for who seized, before the verb or after "by".
const REACH: usize = 6;

/// Whether the count of people whose words run from token `first` to `unit_end` was seized
/// by force: the object of a verb of [`SEIZING`] right before it, or its subject in the
/// passive ("were seized"), with no lawful seizer named near.
pub fn seized(w: &Words, first: usize, unit_end: usize) -> bool {
    let lawful_in = |from: usize, to: usize| lawful_seizer_in(w, from, to);
    if let Some(verb) = first.checked_sub(1)
        && SEIZING.contains(&w.low(verb))
    {
        return !lawful_in(verb.saturating_sub(REACH), verb);
    }
    let mut k = unit_end + 1;
    if matches!(w.low(k), "had" | "have" | "has") && w.low(k + 1) == "been" {
        k += 2;
    } else if matches!(w.low(k), "were" | "was") {
        k += 1;
    } else {
        return false;
    }
    SEIZING.contains(&w.low(k)) && !lawful_in(k + 1, k + 1 + REACH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// Whether the count at tokens `first..=unit_end` of `s` was seized by force.
    fn of(s: &str, first: usize, unit_end: usize) -> bool {
        seized(&Words::new(s, Span::new(0, s.len())), first, unit_end)
    }

    #[test]
    fn people_seized_by_force_are_kidnapped() {
        assert!(of("Gunmen seized 287 students from the school.", 2, 3));
        assert!(of(
            "The 278 pupils were seized from their dormitories by gunmen.",
            1,
            2
        ));
        assert!(of("Ten hostages had been snatched from the road.", 0, 1));
    }

    #[test]
    fn people_the_police_seize_are_arrested_and_other_verbs_are_not_seizing() {
        assert!(!of("Police seized 12 suspects in the raid.", 2, 3));
        assert!(!of("Twelve men were seized by police officers.", 0, 1));
        assert!(!of("Gunmen attacked 287 students.", 2, 3));
    }
}
