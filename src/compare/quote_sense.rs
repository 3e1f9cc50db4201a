//! Whether two renderings of one quotation differ in what they say, or only in how they say
//! it. DESIGN.md §4b calls different wording of what can both be true `compatible`: "whose
//! plans have been ruined" and "whose plans were ruined", "not giving up on anyone" and "on
//! anybody", a dropped sentence, a synonym. What cannot both be true is a misquote: another
//! number, a "not" added or dropped, another name, or a word turned into its opposite ("we
//! will win", "we will lose").

use crate::compare::quote::Word;
use similar::{Algorithm, DiffTag, capture_diff_slices};

/// Words that deny what they stand in.
const NEGATIONS: [&str; 13] = [
    "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "without",
    "nowhere", "hardly", "barely",
];

/// Number words, read as numbers (a figure written in words is still that figure).
const NUMBER_WORDS: [(&str, u32); 32] = [
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
];

/// Words of opposite sense, either way round.
const OPPOSITES: [(&str, &str); 28] = [
    ("win", "lose"),
    ("won", "lost"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("increase", "decrease"),
    ("more", "less"),
    ("more", "fewer"),
    ("up", "down"),
    ("higher", "lower"),
    ("guilty", "innocent"),
    ("support", "oppose"),
    ("accept", "reject"),
    ("accepted", "rejected"),
    ("yes", "no"),
    ("true", "false"),
    ("safe", "unsafe"),
    ("safe", "dangerous"),
    ("always", "never"),
    ("all", "none"),
    ("everyone", "no one"),
    ("open", "closed"),
    ("start", "end"),
    ("before", "after"),
    ("best", "worst"),
    ("good", "bad"),
    ("right", "wrong"),
    ("legal", "illegal"),
    ("possible", "impossible"),
];

/// What a word says a number is: its digits (commas left out), or a number word's value.
fn number_of(norm: &str) -> Option<String> {
    if norm.bytes().any(|b| b.is_ascii_digit()) {
        return Some(norm.replace(',', ""));
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == norm)
        .map(|(_, n)| n.to_string())
}

/// Whether a word denies: one of [`NEGATIONS`] or a contraction with "n't".
fn negates(norm: &str) -> bool {
    NEGATIONS.contains(&norm) || norm.ends_with("n't")
}

/// Whether the word at `i` of `ws` is capitalized where no sentence starts: a name.
fn is_name(ws: &[Word], i: usize) -> bool {
    let starts_sentence = i == 0
        || ws[i - 1]
            .written
            .ends_with(['.', '!', '?', ':', '"', '“', '”']);
    let first = ws[i]
        .written
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    !starts_sentence && ws[i].norm != "i" && first.starts_with(|c: char| c.is_uppercase())
}

/// The words one side of a diff has that the other lacks, as indices into its words.
struct Changed {
    removed: Vec<usize>,
    added: Vec<usize>,
}

fn changed(a: &[Word], b: &[Word]) -> Changed {
    let x: Vec<&str> = a.iter().map(|w| w.norm.as_str()).collect();
    let y: Vec<&str> = b.iter().map(|w| w.norm.as_str()).collect();
    let mut out = Changed {
        removed: Vec::new(),
        added: Vec::new(),
    };
    for op in capture_diff_slices(Algorithm::Myers, &x, &y) {
        let (tag, old, new) = op.as_tag_tuple();
        if tag != DiffTag::Equal {
            out.removed.extend(old);
            out.added.extend(new);
        }
    }
    out
}

/// Whether quotation `b` says something `a` does not: a number, a denial or a name of one
/// side that the other lacks, or a word the other turned into its opposite.
pub fn sense_changed(a: &[Word], b: &[Word]) -> bool {
    let c = changed(a, b);
    let sorted = |mut v: Vec<String>| {
        v.sort_unstable();
        v
    };
    let numbers = |ws: &[Word], at: &[usize]| {
        sorted(at.iter().filter_map(|&i| number_of(&ws[i].norm)).collect())
    };
    if numbers(a, &c.removed) != numbers(b, &c.added) {
        return true;
    }
    let denials = |ws: &[Word], at: &[usize]| at.iter().filter(|&&i| negates(&ws[i].norm)).count();
    if denials(a, &c.removed) != denials(b, &c.added) {
        return true;
    }
    let names = |ws: &[Word], at: &[usize]| {
        sorted(
            at.iter()
                .filter(|&&i| is_name(ws, i))
                .map(|&i| ws[i].norm.clone())
                .collect(),
        )
    };
    if names(a, &c.removed) != names(b, &c.added) {
        return true;
    }
    c.removed.iter().any(|&i| {
        c.added.iter().any(|&j| {
            let (x, y) = (a[i].norm.as_str(), b[j].norm.as_str());
            OPPOSITES
                .iter()
                .any(|&(p, q)| (x == p && y == q) || (x == q && y == p))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::quote::words;

    fn changes(a: &str, b: &str) -> bool {
        sense_changed(&words(a), &words(b))
    }

    #[test]
    fn other_words_for_the_same_thing_keep_the_sense() {
        assert!(!changes(
            "We are not giving up on anyone.",
            "We are not giving up on anybody."
        ));
        assert!(!changes(
            "travellers whose plans have been ruined",
            "travellers whose plans were ruined"
        ));
        assert!(!changes(
            "We are devastated. Our thoughts are with his family, and we will be reviewing \
             every aspect of the event.",
            "We are devastated. We will review every aspect of the event."
        ));
        assert!(!changes(
            "We lost 15 good people.",
            "We lost fifteen good people."
        ));
        assert!(!changes("We can't rule it out.", "We cannot rule it out."));
    }

    #[test]
    fn another_number_name_denial_or_opposite_changes_the_sense() {
        assert!(changes("We lost 15 people.", "We lost 50 people."));
        assert!(changes(
            "We will pay the ransom.",
            "We will not pay the ransom."
        ));
        assert!(changes(
            "We spoke to Moscow about this.",
            "We spoke to Kyiv about this."
        ));
        assert!(changes(
            "We expect prices to rise.",
            "We expect prices to fall."
        ));
        assert!(changes("We lost 15 people.", "We lost many people."));
    }

    #[test]
    fn a_capital_opening_a_sentence_is_no_name() {
        assert!(!changes(
            "It was awful. Everyone ran.",
            "It was terrible. Everyone ran."
        ));
    }
}
