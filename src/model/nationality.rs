//! Nouns of nationality that count people ("Three Britons and two Germans were killed", "two
//! Chinese were among the dead"): extraction reads them as nouns of people, and comparison as
//! people in general, since in most stories a count of Syrians in Syria or of Palestinians in
//! Gaza is the story's toll in other words.

/// Plural nouns of nationality, lowercase, and those whose plural is the adjective itself
/// ("Chinese"; "three Chinese companies" stays a count of companies). "Poles" is left out:
/// "300 poles were downed by the storm".
pub const NATIONALITIES: &[&str] = &[
    "americans",
    "russians",
    "syrians",
    "iranians",
    "israelis",
    "palestinians",
    "saudis",
    "ukrainians",
    "egyptians",
    "iraqis",
    "jordanians",
    "qataris",
    "italians",
    "indians",
    "pakistanis",
    "afghans",
    "yemenis",
    "libyans",
    "europeans",
    "arabs",
    "kurds",
    "kenyans",
    "ethiopians",
    "somalis",
    "nigerians",
    "ghanaians",
    "ugandans",
    "tanzanians",
    "rwandans",
    "algerians",
    "moroccans",
    "tunisians",
    "greeks",
    "spaniards",
    "belgians",
    "austrians",
    "czechs",
    "hungarians",
    "romanians",
    "bulgarians",
    "serbs",
    "croats",
    "swedes",
    "norwegians",
    "danes",
    "finns",
    "canadians",
    "mexicans",
    "brazilians",
    "argentines",
    "argentinians",
    "chileans",
    "colombians",
    "venezuelans",
    "cubans",
    "australians",
    "koreans",
    "thais",
    "indonesians",
    "malaysians",
    "filipinos",
    "bangladeshis",
    "nepalis",
    "emiratis",
    "kuwaitis",
    "omanis",
    "armenians",
    "azerbaijanis",
    "belarusians",
    "kazakhs",
    "britons",
    "briton",
    "germans",
    "turks",
    "frenchmen",
    "englishmen",
    "scots",
    "irishmen",
    "lebanese",
    "chinese",
    "japanese",
    "vietnamese",
    "sudanese",
    "congolese",
    "senegalese",
    "portuguese",
    "nepalese",
];

/// Whether `noun` (lowercase) is one of [`NATIONALITIES`].
pub fn is_nationality(noun: &str) -> bool {
    NATIONALITIES.contains(&noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nationalities_are_lowercase_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for n in NATIONALITIES {
            assert_eq!(*n, n.to_lowercase());
            assert!(seen.insert(n), "{n} listed twice");
        }
        assert!(is_nationality("britons") && is_nationality("chinese"));
        assert!(!is_nationality("poles") && !is_nationality("people"));
    }
}
