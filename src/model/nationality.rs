//! Nouns of nationality that count people ("Three Britons and two Germans were killed", "two
//! Chinese were among the dead"): extraction reads them as nouns of people, and comparison as
//! people in general, since in most stories a count of Syrians in Syria or of Palestinians in
//! Gaza is the story's toll in other words.

/// Plural nouns of nationality, lowercase, and those whose plural is the adjective itself
/// ("Chinese"; "three Chinese companies" stays a count of companies), in byte order (a test
/// checks it) for a binary search. "Poles" is left out: "300 poles were downed by the storm".
pub const NATIONALITIES: &[&str] = &[
    "afghans",
    "algerians",
    "americans",
    "arabs",
    "argentines",
    "argentinians",
    "armenians",
    "australians",
    "austrians",
    "azerbaijanis",
    "bangladeshis",
    "belarusians",
    "belgians",
    "brazilians",
    "briton",
    "britons",
    "bulgarians",
    "canadians",
    "chileans",
    "chinese",
    "colombians",
    "congolese",
    "croats",
    "cubans",
    "czechs",
    "danes",
    "egyptians",
    "emiratis",
    "englishmen",
    "ethiopians",
    "europeans",
    "filipinos",
    "finns",
    "frenchmen",
    "germans",
    "ghanaians",
    "greeks",
    "hungarians",
    "indians",
    "indonesians",
    "iranians",
    "iraqis",
    "irishmen",
    "israelis",
    "italians",
    "japanese",
    "jordanians",
    "kazakhs",
    "kenyans",
    "koreans",
    "kurds",
    "kuwaitis",
    "lebanese",
    "libyans",
    "malaysians",
    "mexicans",
    "moroccans",
    "nepalese",
    "nepalis",
    "nigerians",
    "norwegians",
    "omanis",
    "pakistanis",
    "palestinians",
    "portuguese",
    "qataris",
    "romanians",
    "russians",
    "rwandans",
    "saudis",
    "scots",
    "senegalese",
    "serbs",
    "somalis",
    "spaniards",
    "sudanese",
    "swedes",
    "syrians",
    "tanzanians",
    "thais",
    "tunisians",
    "turks",
    "ugandans",
    "ukrainians",
    "venezuelans",
    "vietnamese",
    "yemenis",
];

/// Whether `noun` (lowercase) is one of [`NATIONALITIES`].
pub fn is_nationality(noun: &str) -> bool {
    NATIONALITIES.binary_search(&noun).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nationalities_are_lowercase_sorted_and_listed_once() {
        for n in NATIONALITIES {
            assert_eq!(*n, n.to_lowercase());
        }
        assert!(
            NATIONALITIES.windows(2).all(|p| p[0] < p[1]),
            "out of order or twice"
        );
        assert!(is_nationality("britons") && is_nationality("chinese"));
        assert!(!is_nationality("poles") && !is_nationality("people"));
    }
}
