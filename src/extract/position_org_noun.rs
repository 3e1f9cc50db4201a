//! Nouns that say what kind of body a name is, written beside it in lowercase: "the Aslef
//! union backs …", "the militant group Hamas rejected …". A name the article says nothing
//! more about is no holder on its own (it may be a surname, a place or a word opening a
//! sentence); beside one of these nouns it is an organization's.

/// Lowercase nouns of organizations that stand right before or after their name.
const ORG_NOUNS: [&str; 22] = [
    "union",
    "party",
    "group",
    "movement",
    "militia",
    "alliance",
    "coalition",
    "bloc",
    "company",
    "firm",
    "organisation",
    "organization",
    "network",
    "faction",
    "federation",
    "association",
    "agency",
    "league",
    "front",
    "council",
    "committee",
    "charity",
];

/// Whether `low` (a lowercase word) is a noun of organizations that may stand beside a name.
pub fn is_org_noun(low: &str) -> bool {
    ORG_NOUNS.contains(&low)
}
