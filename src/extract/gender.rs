//! A person's sex as the article's words tell it, for pronouns ("she said" after a man is
//! named points back past him): a title or role word given with the name ("Ms", "spokeswoman")
//! or a common first name. The words are data (`data/genders.txt`); a name not listed tells
//! nothing.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Whether a person is a woman or a man.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    /// The other sex.
    pub fn other(self) -> Sex {
        match self {
            Sex::Female => Sex::Male,
            Sex::Male => Sex::Female,
        }
    }
}

static WORDS: LazyLock<HashMap<&'static str, Sex>> = LazyLock::new(|| {
    let mut out = HashMap::default();
    for l in include_str!("data/genders.txt").lines() {
        let l = l.trim();
        let mut w = l.split_whitespace();
        let sex = match w.next() {
            Some("f") => Sex::Female,
            Some("m") => Sex::Male,
            _ => continue,
        };
        for word in w {
            out.insert(word, sex);
        }
    }
    out
});

/// The sex a word tells (any case, a trailing period dropped: "Mr.", "Anna").
fn of_word(w: &str) -> Option<Sex> {
    let w = w.trim_end_matches('.');
    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return WORDS.get(w).copied();
    }
    WORDS.get(w.to_lowercase().as_str()).copied()
}

/// Whether `w` is a common first name the data lists ("Paul", "Helen"), not a title or a
/// role word ("Mr", "spokeswoman").
pub fn is_first_name(w: &str) -> bool {
    of_word(w).is_some() && !crate::extract::entity::is_title(w)
}

/// The sex told by a person's role words ("Ms", "government spokeswoman"), else by the first
/// word of their name ("Anna Kowalski").
pub fn sex_of(role: Option<&str>, name: &str) -> Option<Sex> {
    let from_role = role
        .into_iter()
        .flat_map(str::split_whitespace)
        .find_map(of_word);
    from_role.or_else(|| {
        let mut words = name.split_whitespace();
        let first = words.next()?;
        // A lone surname tells nothing ("Kowalski"), whatever it spells.
        words.next().and_then(|_| of_word(first))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_then_first_names_tell_the_sex() {
        assert_eq!(sex_of(Some("Ms"), "Kowalski"), Some(Sex::Female));
        assert_eq!(sex_of(Some("Mr."), "Arvid"), Some(Sex::Male));
        assert_eq!(
            sex_of(Some("government spokeswoman"), "Ines Varga"),
            Some(Sex::Female)
        );
        assert_eq!(sex_of(None, "Anna Kowalski"), Some(Sex::Female));
        assert_eq!(
            sex_of(Some("Police Chief"), "Tomasz Kowalski"),
            Some(Sex::Male)
        );
        assert_eq!(
            sex_of(Some("Defence lawyer"), "Paul Okafor"),
            Some(Sex::Male)
        );
        assert_eq!(sex_of(None, "Kowalski"), None);
        assert_eq!(sex_of(None, "Xiu Okonjo"), None);
        // A listed word that is a surname alone names nobody's sex.
        assert_eq!(sex_of(None, "Grace"), None);
    }

    #[test]
    fn the_list_is_lowercase_and_each_word_has_one_sex() {
        let mut seen: HashMap<&str, char> = HashMap::default();
        for l in include_str!("data/genders.txt").lines() {
            let mut w = l.split_whitespace();
            let Some(tag @ ("f" | "m")) = w.next() else {
                continue;
            };
            for word in w {
                assert!(!word.chars().any(char::is_uppercase), "{word}");
                let c = tag.chars().next().unwrap_or(' ');
                assert_eq!(*seen.entry(word).or_insert(c), c, "{word} has two sexes");
            }
        }
    }
}
