//! The words the attribution rules look for: attribution and naming verbs, prepositions,
//! participles, nouns of bodies, relations and outlets, and the words that open an aside.

use crate::extract::word_set::WordSet;
use std::sync::LazyLock;

/// Attribution verbs, lowercase ASCII words (see the test).
pub(super) static VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("../data/attribution_verbs.txt")
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Whether `w` (lowercase) is a verb that attributes a quotation ("said", "added").
pub(crate) fn is_attribution_verb(w: &str) -> bool {
    VERBS.contains(w)
}

/// Words after which a name is an object, not who speaks.
pub(super) const PREPOSITIONS: [&str; 22] = [
    "of",
    "for",
    "from",
    "to",
    "with",
    "by",
    "at",
    "in",
    "on",
    "near",
    "throughout",
    "across",
    "against",
    "about",
    "under",
    "over",
    "after",
    "before",
    "behind",
    "between",
    "among",
    "into",
];

/// Participles that attribute a quotation to the subject of the clause before them ("…,
/// saying “…”").
pub(super) const PARTICIPLES: [&str; 10] = [
    "saying",
    "adding",
    "warning",
    "noting",
    "insisting",
    "explaining",
    "stressing",
    "declaring",
    "calling",
    "describing",
];

/// Nouns of bodies, not people: "the company said" after a quotation is not its speaker's
/// "the spokesman said".
pub(super) const BODY_NOUNS: [&str; 18] = [
    "company",
    "group",
    "ministry",
    "department",
    "army",
    "military",
    "government",
    "agency",
    "office",
    "organization",
    "organisation",
    "council",
    "committee",
    "embassy",
    "monitor",
    "observatory",
    "coalition",
    "police",
];

/// Nouns of the people someone has, who speak for themselves: "Mr Holt's sister said" is not
/// Mr Holt speaking (roles such as "spokesman" or "lawyer" are titles, `data/titles.txt`).
pub(super) const RELATIONS: [&str; 32] = [
    "mother",
    "father",
    "sister",
    "brother",
    "wife",
    "husband",
    "son",
    "daughter",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "cousin",
    "partner",
    "fiancee",
    "fiance",
    "girlfriend",
    "boyfriend",
    "friend",
    "neighbour",
    "neighbor",
    "family",
    "parents",
    "relatives",
    "colleague",
    "boss",
    "manager",
    "owner",
];

/// Nouns of news outlets and agencies, which a name before them names ("the Tasnim news
/// agency", "the Kommersant daily").
pub(super) const OUTLET_NOUNS: [&str; 10] = [
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "tabloid",
    "broadcaster",
    "television",
    "radio",
    "channel",
    "website",
];

/// Nouns of official bodies whose lowercase name tells which body speaks ("the transport
/// ministry", "the interior ministry"); "the terrorist group" tells no name.
pub(super) const OFFICIAL_BODIES: [&str; 8] = [
    "ministry",
    "department",
    "agency",
    "army",
    "military",
    "government",
    "embassy",
    "police",
];

/// Words that open an aside between a subject and its verb ("Lavrov, speaking separately,
/// said"), besides prepositions ("Kerry, for his part, said").
pub(super) const ASIDES: [&str; 10] = [
    "speaking",
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "separately",
    "later",
    // "President Daniel Mwangi, who visited Garissa, said": a relative clause.
    "who",
    "whose",
];

/// Most words between two quotations of one sentence that go on the first's clause ("…”
/// that were “…”; see `Around::goes_on_previous`).
pub(super) const MAX_JOINING: usize = 4;

/// Most words of a second clause of one speaker between two quotations ("…” and that the
/// company's offer was “…”; see `Around::goes_on_previous`).
pub(super) const MAX_SECOND_CLAUSE: usize = 10;

/// Words that join a quotation to the previous one in its sentence, in the same clause ("…”
/// and “…”", "…” that were “…”", "…” was only “…”"; see `Around::goes_on_previous`).
pub(super) const JOINING_WORDS: [&str; 21] = [
    "and", "or", "nor", "that", "which", "is", "are", "was", "were", "be", "been", "as", "also",
    "even", "not", "just", "only", "still", "then", "after", "before",
];

/// Words after which an article opens what something is, not who ("…” was just a “…”").
pub(super) const PREDICATE_OPENERS: [&str; 12] = [
    "is", "are", "was", "were", "be", "been", "as", "even", "not", "just", "only", "still",
];

/// Longest subject between a quotation and its verb, in units.
pub(super) const MAX_SUBJECT: usize = 14;

/// Verbs that name what something is in someone's words ("called it “…”", "described the
/// strike as “…”", "condemned the boarding as “…”"), how many words before the quotation each
/// may stand, and whether "as" must stand right before it (a verb of judging with no "as",
/// "condemned the “barbaric” attack", may quote others' words).
pub(super) const NAMING_VERBS: [(&str, usize, bool); 19] = [
    ("called", 6, false),
    ("calls", 6, false),
    ("branded", 6, false),
    ("brands", 6, false),
    ("dubbed", 6, false),
    ("described", 10, true),
    ("describes", 10, true),
    ("condemned", 10, true),
    ("condemns", 10, true),
    ("denounced", 10, true),
    ("denounces", 10, true),
    ("dismissed", 10, true),
    ("dismisses", 10, true),
    ("hailed", 10, true),
    ("hails", 10, true),
    ("praised", 10, true),
    ("praises", 10, true),
    ("criticised", 10, true),
    ("criticized", 10, true),
];
