//! A quotation in which a desk put the name of what a pronoun stands for in place of the
//! pronoun: "Two of them are in critical condition" and "Two of the survivors are in critical
//! condition", "It was a massacre" and "The shelling was a massacre". Editors write such
//! clarifications in brackets ("Two of [the survivors] …") and the brackets are often lost;
//! the words are the speaker's otherwise, so this is no misquote. A pronoun swapped for
//! another pronoun ("them" for "us") or a name for another name still is.

use crate::compare::quote::{Word, spelled_alike};
use similar::{Algorithm, DiffTag, capture_diff_slices};

/// Pronouns a desk may replace with what they stand for.
const PRONOUNS: [&str; 11] = [
    "it", "they", "them", "he", "him", "she", "her", "this", "that", "these", "those",
];

/// Words that open a noun phrase naming what a pronoun stood for ("the survivors", "his
/// brother", "our troops").
const OPENERS: [&str; 12] = [
    "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
];

/// Most words of the noun phrase put in place of a pronoun.
const MAX_NAME_WORDS: usize = 4;

/// Whether `name` names what a pronoun may stand for: a short noun phrase opened by an
/// article or a possessive, or a capitalized name, with no number and no negation in it.
fn names_a_referent(name: &[Word]) -> bool {
    if name.is_empty() || name.len() > MAX_NAME_WORDS {
        return false;
    }
    let opened = OPENERS.contains(&name[0].norm.as_str()) && name.len() >= 2;
    let capitalized = name
        .iter()
        .all(|w| w.written.starts_with(|c: char| c.is_uppercase()));
    let plain = name.iter().all(|w| {
        w.norm.chars().all(char::is_alphabetic)
            && !matches!(w.norm.as_str(), "not" | "no" | "never")
            && !PRONOUNS.contains(&w.norm.as_str())
    });
    (opened || capitalized) && plain
}

/// Whether two quotations differ only where one has a pronoun and the other names what it
/// stands for (at most two such places), and otherwise in spelling at most.
pub fn pronoun_named(a: &[Word], b: &[Word]) -> bool {
    let x: Vec<&str> = a.iter().map(|w| w.norm.as_str()).collect();
    let y: Vec<&str> = b.iter().map(|w| w.norm.as_str()).collect();
    let mut named = 0;
    for op in capture_diff_slices(Algorithm::Myers, &x, &y) {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == DiffTag::Equal
            || spelled_alike(
                tag,
                &a[old.clone()],
                &b[new.clone()],
                &x[old.clone()],
                &y[new.clone()],
            )
        {
            continue;
        }
        let (o, n) = (&a[old], &b[new]);
        let pronoun = |ws: &[Word]| ws.len() == 1 && PRONOUNS.contains(&ws[0].norm.as_str());
        let clarified = tag == DiffTag::Replace
            && ((pronoun(o) && names_a_referent(n)) || (pronoun(n) && names_a_referent(o)));
        if !clarified {
            return false;
        }
        named += 1;
    }
    (1..=2).contains(&named)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::quote::words;

    fn named(a: &str, b: &str) -> bool {
        pronoun_named(&words(a), &words(b)) && pronoun_named(&words(b), &words(a))
    }

    #[test]
    fn a_pronoun_replaced_by_what_it_stands_for_is_the_same_quote() {
        assert!(named(
            "Two of them are in critical condition",
            "Two of the survivors are in critical condition"
        ));
        assert!(named(
            "It was a massacre of innocent people",
            "The shelling was a massacre of innocent people"
        ));
        assert!(named(
            "We told him to leave the country",
            "We told Mr Haddad to leave the country"
        ));
    }

    #[test]
    fn other_changes_stay_misquotes() {
        // Another pronoun, another name, another number, a negation.
        assert!(!named(
            "Two of them are in critical condition",
            "Two of us are in critical condition"
        ));
        assert!(!named(
            "We told Mr Haddad to leave the country",
            "We told Mr Khalil to leave the country"
        ));
        assert!(!named(
            "Two of them are in critical condition",
            "Three of the survivors are in critical condition"
        ));
        assert!(!named(
            "They will attend the talks",
            "Not the rebels will attend the talks"
        ));
        // Identical words are no clarification.
        assert!(!named("They will attend", "They will attend"));
        // A clause, not a name, in place of the pronoun.
        assert!(!named(
            "It was a massacre",
            "the army shelled the town and it was a massacre"
        ));
    }
}
