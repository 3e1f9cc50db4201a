//! Thousands written the continental way in a foreign outlet's English: groups of three
//! digits set apart by dots ("1.240 prisoners", "80.000 persons", "11.000 Euro",
//! "1.240.000") or by spaces ("300 000 pilgrims", "3 000 euros", "781 000 vehicles", "2 950
//! bn yen"). A count of people is never a fraction, and a sum is never written to three
//! decimals: before such a noun, "1.240" is 1,240.

use crate::extract::lexicon::{NumberWordKind, lexicon};
use crate::extract::role;
use crate::extract::words::{Words, looks_plural};

/// The value of the number at token `j` written in groups of three digits set apart by dots
/// or spaces, and the last token it covers. Two dots or more ("1.240.000") tell thousands
/// whatever follows; one dot or spaces only before a noun of people or a currency. Spaced
/// groups follow no number, month or capitalized word ("on May 5 300 people", "Flight 370
/// 239 passengers" are two numbers), but after a currency sign (`after_currency`: "$250
/// 000", "R250 000") they are a sum whatever follows.
pub fn grouped_thousands(w: &Words, j: usize, after_currency: bool) -> Option<(f64, usize)> {
    let raw = w.raw(j);
    // Most numbers are neither: a run of digits with no number of three digits after it.
    let spaced_group = |k: usize| w.is_number(k) && !w.glued(k) && w.raw(k).len() == 3;
    if raw.len() <= 3 && !spaced_group(j + 1) && !raw.contains('.') {
        return None;
    }
    if raw.contains('.') {
        let mut groups = raw.split('.');
        let head = groups.next()?;
        let mut value = digits(head).filter(|_| (1..=3).contains(&head.len()))?;
        let mut dots = 0;
        for g in groups {
            value = value * 1000.0 + digits(g).filter(|_| g.len() == 3)?;
            dots += 1;
        }
        return (dots >= 2 || counted_after(w, j + 1)).then_some((value, j));
    }
    if !(1..=3).contains(&raw.len()) {
        return None;
    }
    let mut value = digits(raw)?;
    let mut k = j + 1;
    while spaced_group(k) {
        value = value * 1000.0 + digits(w.raw(k))?;
        k += 1;
    }
    let lex = lexicon();
    let free_before = j == 0 || {
        let before = w.low(j - 1);
        // A capitalized word may name a thing the number belongs to ("Flight 370"); "About"
        // and "Some" opening a sentence qualify the count.
        let name = w.is_word(j - 1)
            && w.capitalized(j - 1)
            && !lex.stopwords.contains(before)
            && !lex.qualifiers_by_last.contains_key(before);
        !(w.is_number(j - 1) || lex.months.contains_key(before) || name)
    };
    let named_after =
        counted_after(w, k) || measured_after(w, k) || scaled_after(w, k) || things_after(w, k);
    (k > j + 1 && (after_currency || (free_before && named_after))).then_some((value, k - 1))
}

/// Whether token `k` is a scale word ("2 950 bn yen", "1 200 million").
fn scaled_after(w: &Words, k: usize) -> bool {
    let low = w.low(k);
    matches!(low, "bn" | "bln" | "mln" | "mn" | "trn" | "trln")
        || lexicon()
            .number_words
            .get(low)
            .is_some_and(|n| n.kind == NumberWordKind::Scale)
}

/// Whether token `k` is a lowercase plural noun a count counts ("781 000 vehicles", "20 000
/// jobs"): a word of letters ending in "s" that is no stopword.
fn things_after(w: &Words, k: usize) -> bool {
    let low = w.low(k);
    w.is_word(k)
        && !w.capitalized(k)
        && looks_plural(low)
        && low.bytes().all(|b| b.is_ascii_lowercase())
        && !lexicon().stopwords.contains(low)
}

/// Whether token `k` is a unit of measure a spaced number is counted in ("18 000 hectares",
/// "1 500 kilos", "18 000 square kilometres"; `role`'s units of measure), or homes: a dot
/// before them may be a decimal point ("1.240 km"), a space is not.
fn measured_after(w: &Words, k: usize) -> bool {
    let low = w.low(k);
    role::is_unit_of_measure(low) || matches!(low, "square" | "homes")
}

/// The value of a run of ASCII digits.
pub(super) fn digits(s: &str) -> Option<f64> {
    s.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| s.parse::<f64>().ok())
        .flatten()
}

/// Whether token `k` is a noun of people or a currency word.
fn counted_after(w: &Words, k: usize) -> bool {
    let lex = lexicon();
    let low = w.low(k);
    lex.people.contains(low) || lex.currencies.contains_key(low)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// The grouped value of the first number of `s` and the text it covers.
    fn grouped(s: &str) -> Option<(f64, String)> {
        let w = Words::new(s, Span::new(0, s.len()));
        let j = (0..w.len()).find(|&k| w.is_number(k))?;
        grouped_thousands(&w, j, false).map(|(v, last)| (v, w.span(j, last).slice(s).to_string()))
    }

    #[test]
    fn groups_set_apart_by_dots_or_spaces_before_people_or_money_are_thousands() {
        assert_eq!(
            grouped("It was holding 1.240 prisoners."),
            Some((1240.0, "1.240".into()))
        );
        assert_eq!(
            grouped("The damage is about 11.000 Euro."),
            Some((11000.0, "11.000".into()))
        );
        assert_eq!(
            grouped("About 300 000 pilgrims were there."),
            Some((300_000.0, "300 000".into()))
        );
        assert_eq!(
            grouped("It costs 1 500 000 euros."),
            Some((1_500_000.0, "1 500 000".into()))
        );
        // Spaced, before a unit of measure too; a dot there may be a decimal point.
        assert_eq!(
            grouped("The fire burned approx. 18 000 hectares."),
            Some((18_000.0, "18 000".into()))
        );
        assert_eq!(
            grouped("Police seized 1 500 kilos."),
            Some((1500.0, "1 500".into()))
        );
        // Spaced, before a plural noun of things or a scale.
        assert_eq!(
            grouped("Deliveries fell to 781 000 vehicles."),
            Some((781_000.0, "781 000".into()))
        );
        assert_eq!(
            grouped("Revenue was 2 950 bn yen."),
            Some((2950.0, "2 950".into()))
        );
        assert_eq!(grouped("The road is 1.240 km long."), None);
        assert_eq!(
            grouped("The budget is 1.240.000 this year."),
            Some((1_240_000.0, "1.240.000".into()))
        );
    }

    #[test]
    fn decimals_and_numbers_side_by_side_stay_apart() {
        // A decimal of things that may be fractions, or before no noun of people or money.
        assert_eq!(grouped("The quake measured 6.125 on the scale."), None);
        assert_eq!(grouped("Prices rose 1.250 percent."), None);
        assert_eq!(grouped("He ran 1.5 km."), None);
        // A day of a date, a flight's number, a year before a count.
        assert_eq!(grouped("On May 5 300 people marched."), None);
        assert_eq!(grouped("Flight 370 239 passengers vanished."), None);
        assert_eq!(grouped("In 2015 300 people died."), None);
        assert_eq!(grouped("Some 300 people died."), None);
    }
}
