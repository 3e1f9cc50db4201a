//! Who each share of a sum is paid to: "100,000 taka to each victim's family", "compensation
//! of 200,000 taka for each family", "50,000 taka to each of the injured". A sum per family
//! is one promise a story tells once, and is never the sum per injured person beside it nor
//! the total paid out.

use crate::extract::words::Words;

/// Tokens read after a sum for its payee ("a reward of up to $10,000 for information leading
/// to the capture of each man").
const REACH: usize = 10;

/// Words that share a sum out ("to each family", "per family", "for every family").
const EACH: [&str; 3] = ["each", "every", "per"];

/// Nouns naming who gets a share, and the payee they make: the families of the dead, the
/// injured themselves, or one person of several (a reward for the capture of each man, a
/// bonus for each worker).
const PAYEES: [(&str, &str); 12] = [
    ("family", "family"),
    ("families", "family"),
    ("injured", "injured person"),
    ("wounded", "injured person"),
    ("man", "person"),
    ("woman", "person"),
    ("person", "person"),
    ("suspect", "person"),
    ("fugitive", "person"),
    ("inmate", "person"),
    ("prisoner", "person"),
    ("worker", "person"),
];

/// The payee of the sum ending at token `last`: a word of [`PAYEES`] within a few words
/// after a word of [`EACH`], in the sum's clause and before another figure. "100,000 taka to
/// each victim's family" gives "family", "to each of the injured" "injured person".
pub fn payee_after(w: &Words, last: usize) -> Option<&'static str> {
    let mut each = false;
    for k in last + 1..(last + 1 + REACH).min(w.len()) {
        let low = w.low(k);
        if w.is_number(k) || matches!(low, "," | ";" | ":" | "." | "and" | "while") {
            return None;
        }
        each |= EACH.contains(&low);
        if each && let Some(&(_, payee)) = PAYEES.iter().find(|(noun, _)| *noun == low) {
            return Some(payee);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// The payee of the sum whose last token is `unit` in `s`.
    fn payee(s: &str, unit: &str) -> Option<&'static str> {
        let w = Words::new(s, Span::new(0, s.len()));
        let last = (0..w.len()).find(|&k| w.low(k) == unit).expect("the unit");
        payee_after(&w, last)
    }

    #[test]
    fn a_sum_to_each_family_or_each_injured_person_has_that_payee() {
        let s = "He promised 100,000 taka to each family of the victims.";
        assert_eq!(payee(s, "taka"), Some("family"));
        let s = "They will receive 500 dollars per family.";
        assert_eq!(payee(s, "dollars"), Some("family"));
        let s = "It pays 50,000 rupees to each of the wounded.";
        assert_eq!(payee(s, "rupees"), Some("injured person"));
        let s = "A reward of up to $10,000 for information leading to the capture of each man.";
        assert_eq!(payee(s, "10,000"), Some("person"));
    }

    #[test]
    fn a_sum_for_the_families_or_past_its_clause_has_no_payee() {
        // A total shared by all the families is no sum per family.
        let s = "It set aside 5 million taka for the families of the victims.";
        assert_eq!(payee(s, "taka"), None);
        // "each" of another clause or figure is not this sum's.
        let s = "It gave 9 million taka, and each family got a house.";
        assert_eq!(payee(s, "taka"), None);
        let s = "It gave 900 dollars";
        assert_eq!(payee(s, "dollars"), None);
    }
}
