//! Nouns of animals whose deaths, rescues and strandings news counts beside its toll of
//! people ("97 whales had died", "300 dead seabirds", "35 dolphins were rescued"): a count of
//! them takes the measure of what befell them, as a count of people does, but only the
//! measures animals share with people (never "arrested" or "displaced").

/// Plural nouns of animals (and those whose plural is the singular: "sheep", "cattle"),
/// lowercase, in byte order (a test checks it) for a binary search.
const ANIMALS: &[&str] = &[
    "animals",
    "birds",
    "buffalo",
    "buffaloes",
    "camels",
    "cats",
    "cattle",
    "chickens",
    "cows",
    "deer",
    "dogs",
    "dolphins",
    "donkeys",
    "elephants",
    "fish",
    "goats",
    "horses",
    "livestock",
    "pelicans",
    "penguins",
    "pigs",
    "porpoises",
    "poultry",
    "seabirds",
    "seals",
    "sheep",
    "turtles",
    "whales",
];

/// What may befall a counted animal: the measures of people that animals share.
const ANIMAL_MEASURES: [&str; 6] = [
    "killed", "rescued", "stranded", "infected", "missing", "trapped",
];

/// Whether the counted noun `unit` (lowercase; two words or hyphenated read by their head:
/// "pilot whales", "sea-turtles") names animals.
pub fn is_animal(unit: &str) -> bool {
    let head = unit.rsplit_once([' ', '-']).map_or(unit, |(_, head)| head);
    ANIMALS.binary_search(&head).is_ok()
}

/// Whether the measure `m` may be of a count of animals.
pub fn befalls_animals(m: &str) -> bool {
    ANIMAL_MEASURES.contains(&m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_in_byte_order_for_its_search() {
        assert!(ANIMALS.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn animals_are_told_by_their_head_noun() {
        assert!(is_animal("whales"));
        assert!(is_animal("pilot whales"));
        assert!(is_animal("sea-turtles"));
        assert!(!is_animal("people"));
        assert!(!is_animal("whale watchers"));
        assert!(befalls_animals("killed"));
        assert!(!befalls_animals("arrested"));
    }
}
