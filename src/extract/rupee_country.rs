//! Bare rupees ("Rs1 million", "10 lakh rupees") are the currency of the country the story
//! is told from: Pakistan's, Nepal's or Sri Lanka's as well as India's. The lexicon reads
//! them as Indian rupees; a story that names one of the other countries (or its main cities)
//! more often than India gets that country's code. "₹", "INR" and "Indian rupees" stay INR.

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

/// The code of the rupee of the country the text names most (ties and no country: none,
/// which leaves INR).
pub(super) fn rupee_code(text: &str) -> Option<&'static str> {
    let mut counts: [(&str, usize); 4] = [("PKR", 0), ("NPR", 0), ("LKR", 0), ("INR", 0)];
    for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'')) {
        if word.len() < 5 || !word.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let low = word.to_lowercase();
        if let Some((_, code)) = PLACES.iter().find(|(w, _)| *w == low)
            && let Some(c) = counts.iter_mut().find(|(k, _)| k == code)
        {
            c.1 += 1;
        }
    }
    let india = counts[3].1;
    let (code, n) = counts[..3].iter().copied().max_by_key(|&(_, n)| n)?;
    (n > india && counts[..3].iter().filter(|&&(_, m)| m == n).count() == 1).then_some(code)
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
    fn the_country_named_most_gives_the_code() {
        assert_eq!(
            rupee_code("A gas blast in Lahore killed 12. Pakistan's government paid."),
            Some("PKR")
        );
        assert_eq!(rupee_code("Floods hit Kathmandu, Nepal."), Some("NPR"));
        assert_eq!(rupee_code("India and Pakistan met in Delhi."), None);
        assert_eq!(rupee_code("The budget was passed."), None);
    }

    #[test]
    fn written_codes_are_not_bare() {
        assert!(bare_rupees("Rs 1 million"));
        assert!(bare_rupees("10 lakh rupees"));
        assert!(!bare_rupees("₹500"));
        assert!(!bare_rupees("500 Indian rupees"));
    }
}
