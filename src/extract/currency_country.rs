//! Currencies that several countries name alike are the currency of the country the story is
//! told from. Bare rupees ("Rs1 million", "10 lakh rupees") are Pakistan's, Nepal's or Sri
//! Lanka's as well as India's: the lexicon reads them as Indian rupees, and a story that names
//! one of the other countries (or its main cities) more often than India gets that country's
//! code; "₹", "INR" and "Indian rupees" stay INR. Bare shillings ("588 million shillings",
//! "Sh210 million") are Kenya's, Uganda's, Tanzania's or Somalia's: a story that names one of
//! them most gets its code, else they stay SHILLING.

/// Words that place a story in a country whose currency is the rupee, with its code.
const PLACES: [(&str, &str); 23] = [
    ("pakistan", "PKR"),
    ("pakistani", "PKR"),
    ("pakistan's", "PKR"),
    ("lahore", "PKR"),
    ("karachi", "PKR"),
    ("islamabad", "PKR"),
    ("peshawar", "PKR"),
    ("quetta", "PKR"),
    ("rawalpindi", "PKR"),
    ("nepal", "NPR"),
    ("nepali", "NPR"),
    ("nepalese", "NPR"),
    ("kathmandu", "NPR"),
    ("lanka", "LKR"),
    ("lankan", "LKR"),
    ("colombo", "LKR"),
    ("india", "INR"),
    ("indian", "INR"),
    ("india's", "INR"),
    ("delhi", "INR"),
    ("mumbai", "INR"),
    ("kolkata", "INR"),
    ("chennai", "INR"),
];

/// Words that place a story in a country whose currency is the shilling, with its code.
const SHILLING_PLACES: [(&str, &str); 14] = [
    ("kenya", "KES"),
    ("kenyan", "KES"),
    ("kenya's", "KES"),
    ("nairobi", "KES"),
    ("mombasa", "KES"),
    ("uganda", "UGX"),
    ("ugandan", "UGX"),
    ("kampala", "UGX"),
    ("tanzania", "TZS"),
    ("tanzanian", "TZS"),
    ("dodoma", "TZS"),
    ("somalia", "SOS"),
    ("somali", "SOS"),
    ("mogadishu", "SOS"),
];

/// How often the text names each code's country: capitalized words of at least five letters
/// looked up in `places`.
fn named<const N: usize>(
    text: &str,
    places: &[(&str, &'static str)],
    codes: [&'static str; N],
) -> [(&'static str, usize); N] {
    let mut counts = codes.map(|c| (c, 0));
    for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'')) {
        if word.len() < 5 || !word.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let low = word.to_lowercase();
        if let Some((_, code)) = places.iter().find(|(w, _)| *w == low)
            && let Some(c) = counts.iter_mut().find(|(k, _)| k == code)
        {
            c.1 += 1;
        }
    }
    counts
}

/// The one code of `counts` named more often than any other and more than `floor` times.
fn most_named(counts: &[(&'static str, usize)], floor: usize) -> Option<&'static str> {
    let &(code, n) = counts.iter().max_by_key(|&&(_, n)| n)?;
    (n > floor && counts.iter().filter(|&&(_, m)| m == n).count() == 1).then_some(code)
}

/// The code of the rupee of the country the text names most (ties and no country: none,
/// which leaves INR).
pub(super) fn rupee_code(text: &str) -> Option<&'static str> {
    let counts = named(text, &PLACES, ["PKR", "NPR", "LKR", "INR"]);
    most_named(&counts[..3], counts[3].1)
}

/// The code of the shilling of the country the text names most (ties and no country: none,
/// which leaves SHILLING).
pub(super) fn shilling_code(text: &str) -> Option<&'static str> {
    most_named(
        &named(text, &SHILLING_PLACES, ["KES", "UGX", "TZS", "SOS"]),
        0,
    )
}

/// Whether the words of a sum in Indian rupees write the currency bare ("Rs", "rupees"),
/// not "₹", "INR" or "Indian rupees".
pub(super) fn bare_rupees(words: &str) -> bool {
    !(words.contains('₹') || words.contains("INR") || words.contains("Indian"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_named_most_gives_the_rupees_code() {
        assert_eq!(
            rupee_code("A gas blast in Lahore killed 12. Pakistan's government paid."),
            Some("PKR")
        );
        assert_eq!(rupee_code("Floods hit Kathmandu, Nepal."), Some("NPR"));
        assert_eq!(rupee_code("India and Pakistan met in Delhi."), None);
        assert_eq!(rupee_code("The budget was passed."), None);
    }

    #[test]
    fn the_country_named_most_gives_the_shillings_code() {
        assert_eq!(
            shilling_code(
                "A Nairobi court fined him 588 million shillings. Kenya's anti-graft body"
            ),
            Some("KES")
        );
        assert_eq!(shilling_code("Floods hit Kampala, Uganda."), Some("UGX"));
        assert_eq!(shilling_code("Kenya and Uganda met."), None);
        assert_eq!(shilling_code("The budget was passed."), None);
    }

    #[test]
    fn written_codes_are_not_bare() {
        assert!(bare_rupees("Rs 1 million"));
        assert!(bare_rupees("10 lakh rupees"));
        assert!(!bare_rupees("₹500"));
        assert!(!bare_rupees("500 Indian rupees"));
    }
}
