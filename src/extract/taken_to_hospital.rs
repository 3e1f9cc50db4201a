//! People taken to hospital are hospitalised, also when the verb's object stands between its
//! words: "the ambulance service had taken 38 people to hospital", "medics rushed 12 to
//! nearby hospitals", and in the passive to a named hospital ("Twenty-three were taken to
//! Stepping Hill Hospital"). The bare passive ("38 were taken to hospital") is a measure phrase
//! of its own (data/measures.txt). Those a hospital still holds ("Four people are still being treated in
//! hospital", "Eight remain in hospital") are some of those it took in: a count of their own.

use crate::extract::words::Words;

/// Verbs that carry people somewhere, right before the count they carry.
const CARRYING: [&str; 20] = [
    "taken",
    "took",
    "take",
    "takes",
    "taking",
    "rushed",
    "rushing",
    "sent",
    "airlifted",
    "flown",
    "flew",
    "ferried",
    "carried",
    "brought",
    "transported",
    "evacuated",
    "admitted",
    "moved",
    "transferred",
    "conveyed",
];

/// Words that may stand between "to" and "hospital": "to a hospital", "to the city's two
/// hospitals", "to nearby hospitals".
const BETWEEN: usize = 3;

/// Whether the count whose words run from token `first` to `unit_end` is the object of a
/// verb of [`CARRYING`] that takes it "to hospital".
pub fn taken_to_hospital(w: &Words, first: usize, unit_end: usize) -> bool {
    let Some(verb) = first.checked_sub(1) else {
        return false;
    };
    if !CARRYING.contains(&w.low(verb)) || w.low(unit_end + 1) != "to" {
        return false;
    }
    (unit_end + 2..=unit_end + 2 + BETWEEN)
        .take_while(|&k| w.is_word(k) || w.is_number(k))
        .any(|k| matches!(w.low(k), "hospital" | "hospitals"))
}

/// Whether the count whose noun ends at token `unit_end` was carried to a hospital named
/// after "to" ("Twenty-three were taken to Stepping Hill Hospital", "were rushed to the
/// Royal London Hospital"): the passive of a verb of [`CARRYING`] after it, then a name
/// ending in "Hospital" or "Infirmary" (the bare "taken to hospital" is a measure phrase).
pub fn taken_to_a_named_hospital(w: &Words, unit_end: usize) -> bool {
    let mut k = unit_end + 1;
    while matches!(
        w.low(k),
        "were" | "was" | "had" | "have" | "has" | "been" | "being" | "are"
    ) {
        k += 1;
    }
    if k == unit_end + 1 || !CARRYING.contains(&w.low(k)) || w.low(k + 1) != "to" {
        return false;
    }
    let from = if w.low(k + 2) == "the" { k + 3 } else { k + 2 };
    (from..from + NAME_WORDS)
        .take_while(|&n| w.is_word(n) && w.capitalized(n))
        .any(|n| matches!(w.low(n), "hospital" | "hospitals" | "infirmary"))
}

/// Most words of a hospital's name ("Queen Elizabeth University Hospital").
const NAME_WORDS: usize = 6;

/// Words that tell a hospital count is of those still there.
const STILL: [&str; 5] = ["still", "remain", "remains", "remained", "remaining"];

/// Whether the hospital count whose noun ends at token `unit_end` is of those still in
/// hospital: a word of [`STILL`] within the few words after it ("Four people are still being
/// treated in hospital", "Eight remain in hospital"), before any mark or other number.
pub fn still_in_hospital(w: &Words, unit_end: usize) -> bool {
    (unit_end + 1..(unit_end + 5).min(w.len()))
        .take_while(|&k| w.is_word(k))
        .any(|k| STILL.contains(&w.low(k)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// Whether the count at tokens `first..=unit_end` of `s` was taken to hospital.
    fn of(s: &str, first: usize, unit_end: usize) -> bool {
        taken_to_hospital(&Words::new(s, Span::new(0, s.len())), first, unit_end)
    }

    #[test]
    fn people_carried_to_a_named_hospital_are_hospitalised() {
        let named = |s: &str, unit_end: usize| {
            taken_to_a_named_hospital(&Words::new(s, Span::new(0, s.len())), unit_end)
        };
        assert!(named("Six were taken to Stepping Hill Hospital.", 0));
        assert!(named("Two were rushed to the Royal London Hospital.", 0));
        assert!(!named("Two were taken to Stepping Hill station.", 0));
        assert!(!named("Two taken to Stepping Hill Hospital.", 0));
    }

    #[test]
    fn people_carried_to_hospital_are_hospitalised() {
        assert!(of("It had taken 38 people to hospital.", 3, 4));
        assert!(of("Medics rushed 12 to nearby hospitals.", 2, 2));
        assert!(of(
            "Crews took 40 passengers to the city's two hospitals.",
            2,
            3
        ));
    }

    #[test]
    fn other_places_and_verbs_are_not_hospital() {
        assert!(!of("Buses took 40 passengers to the station.", 2, 3));
        assert!(!of("Police arrested 12 people near the hospital.", 2, 3));
        assert!(!of("The hospital took 38 people.", 3, 4));
    }
}
