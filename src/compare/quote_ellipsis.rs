//! A quotation shortened with an ellipsis: "The money went from the contractor ... into an
//! account" leaves out words of "The money went from the contractor, through two companies,
//! into an account". The ellipsis says words were left out there, so the shorter one is an
//! excerpt of the longer one, not a misquote, unless what was left out is a negation ("We
//! will ... fire first" for "We will not fire first" says the opposite).

use crate::compare::quote::{Word, spelled_alike};
use similar::{Algorithm, DiffTag, capture_diff_slices};

/// Words whose loss turns what was said into its opposite.
const NEGATIONS: [&str; 4] = ["not", "no", "never", "nothing"];

fn negates(w: &Word) -> bool {
    NEGATIONS.contains(&w.norm.as_str()) || w.norm.ends_with("n't")
}

/// Whether one of two quotations leaves out words of the other only where it has an
/// ellipsis (or at its start or end), and otherwise differs in spelling at most; at least
/// one stretch must be left out at an ellipsis, and no stretch left out holds a negation.
pub fn shortened_with_ellipsis(a: &[Word], b: &[Word]) -> bool {
    let x: Vec<&str> = a.iter().map(|w| w.norm.as_str()).collect();
    let y: Vec<&str> = b.iter().map(|w| w.norm.as_str()).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &x, &y);
    let last = ops.len().saturating_sub(1);
    let mut at_ellipsis = false;
    for (k, op) in ops.into_iter().enumerate() {
        let (tag, old, new) = op.as_tag_tuple();
        // Where the words left out would stand in the quotation that lacks them.
        let (left_out, marked) = match tag {
            DiffTag::Equal => continue,
            DiffTag::Delete => (&a[old.clone()], b.get(new.start)),
            DiffTag::Insert => (&b[new.clone()], a.get(old.start)),
            DiffTag::Replace => {
                if spelled_alike(tag, &a[old.clone()], &b[new.clone()], &x[old], &y[new]) {
                    continue;
                }
                return false;
            }
        };
        if left_out.iter().any(negates) {
            return false;
        }
        if marked.is_some_and(|w| w.after_ellipsis) {
            at_ellipsis = true;
        } else if k != 0 && k != last {
            return false;
        }
    }
    at_ellipsis
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::quote::words;

    fn shortened(a: &str, b: &str) -> bool {
        shortened_with_ellipsis(&words(a), &words(b))
            && shortened_with_ellipsis(&words(b), &words(a))
    }

    #[test]
    fn words_left_out_at_an_ellipsis_are_an_excerpt() {
        let full = "The money went from the contractor, through two companies registered in Malta, into an account controlled by the mayor";
        assert!(shortened(
            full,
            "The money went from the contractor ... into an account controlled by the mayor"
        ));
        assert!(shortened(
            full,
            "The money went from the contractor… into an account controlled by the mayor"
        ));
        assert!(shortened(
            full,
            "The money went from the contractor [...] into an account controlled"
        ));
        assert!(shortened(
            full,
            "The money went from the contractor, …into an account controlled by the mayor"
        ));
    }

    #[test]
    fn words_left_out_without_an_ellipsis_or_a_negation_are_not() {
        let full = "The money went from the contractor, through two companies registered in Malta, into an account controlled by the mayor";
        // No ellipsis where the words are missing.
        assert!(!shortened(
            full,
            "The money went from the contractor into an account controlled by the mayor"
        ));
        // An ellipsis elsewhere than where the words are missing.
        assert!(!shortened(
            full,
            "The money went ... from the contractor into an account controlled by the mayor"
        ));
        // Other words besides the ones left out.
        assert!(!shortened(
            full,
            "The money went from the contractor ... into an account owned by the mayor"
        ));
        // A negation left out turns the words around.
        assert!(!shortened(
            "We will not fire first, but we will defend our positions",
            "We will ... fire first, but we will defend our positions"
        ));
        assert!(!shortened(
            "We won't fire first, but we will defend our positions",
            "We ... fire first, but we will defend our positions"
        ));
    }
}
