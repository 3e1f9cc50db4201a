//! Happening words in another use: "fire" names a blaze in "a fire tore through a factory",
//! but gunfire in "troops opened fire" and no happening at all in "the fire service said".
//! Such a word must not date a fire, or a shooting's date would be lined up with a blaze's.
//! So "court" is a trial's, but not in "the food court" or "a tennis court", and a pitcher who
//! "struck out" 231 batters attacked no one.

use crate::extract::words::Words;

/// What "erupted" follows when a war or a fight broke out, not a volcano.
const BROKE_OUT: &[&str] = &[
    "war",
    "conflict",
    "violence",
    "fighting",
    "clashes",
    "protests",
    "riots",
    "unrest",
    "uprising",
    "crisis",
    "revolution",
    "battle",
    "tensions",
    "dispute",
    "row",
    "scandal",
    "which",
    "that",
    "since",
];

/// A happening word, the words right before it (or before its article) that make it something else, and the words
/// right after it that make it a modifier of another noun.
struct OtherUse {
    word: &'static str,
    before: &'static [&'static str],
    after: &'static [&'static str],
}

const OTHER_USES: [OtherUse; 11] = [
    OtherUse {
        word: "fire",
        before: &[
            "opened",
            "open",
            "opening",
            "opens",
            "returned",
            "return",
            "under",
            "cross",
            "heavy",
            "sniper",
            "artillery",
            "gun",
            "machine-gun",
            "live",
            "friendly",
            "exchanged",
            "ceasefire",
            // Gunfire by whom: "rebel fire", "regime fire" (a blaze is not said to be anyone's).
            "rebel",
            "rebels",
            "regime",
            "army",
            "government",
            "mortar",
            "rocket",
            "tank",
            "enemy",
            "militant",
            "insurgent",
            "police",
            "small-arms",
            // "The death toll from a fire … rose to 15 on Thursday": the date is the toll's.
            "from",
        ],
        after: &[
            "service",
            "services",
            "brigade",
            "brigades",
            "department",
            "departments",
            "fighters",
            "fighter",
            "officials",
            "official",
            "chief",
            "station",
            "crews",
            "crew",
            "engine",
            "engines",
            "truck",
            "trucks",
            "alarm",
            "alarms",
            "exit",
            "exits",
            "safety",
            "escape",
            "spokesman",
            "spokeswoman",
            "authorities",
            "marshal",
        ],
    },
    // "the food court of the mall", "a tennis court": a place, not a trial.
    OtherUse {
        word: "court",
        before: &[
            "food",
            "tennis",
            "basketball",
            "squash",
            "volleyball",
            "badminton",
            "netball",
            "center",
            "centre",
        ],
        after: &[],
    },
    // "hurled ash 6,000 metres above its summit", "climbers near the summit": a mountain's
    // top, no meeting.
    OtherUse {
        word: "summit",
        before: &[
            "its",
            "their",
            "above",
            "below",
            "near",
            "reached",
            "reach",
            "reaching",
            "climbed",
            "climbing",
            // "temperatures on the summit fell", "descending from the summit".
            "on",
            "toward",
            "towards",
            "descended",
            "descending",
            "mountain's",
            "volcano's",
            "peak's",
        ],
        after: &["crater", "ridge", "area"],
    },
    // "since the conflict erupted in March 2011", "clashes erupted on Thursday": a war or a
    // fight that broke out, no volcano's eruption.
    OtherUse {
        word: "erupted",
        before: BROKE_OUT,
        after: &[],
    },
    // "Syria's war has left 320,000 dead since erupting in 2011".
    OtherUse {
        word: "erupting",
        before: BROKE_OUT,
        after: &[],
    },
    // "struck out 231 batters", "strikes out the side": a pitcher's, no attack.
    OtherUse {
        word: "struck",
        before: &[],
        after: &["out"],
    },
    // "the wedding hall", "her wedding dress": a place or a thing, no wedding.
    OtherUse {
        word: "wedding",
        before: &[],
        after: &[
            "hall", "halls", "dress", "dresses", "ring", "rings", "venue", "planner",
        ],
    },
    // "Chief Executive Priya Natarajan told a news conference": where a saying was made,
    // not a meeting the date dates.
    OtherUse {
        word: "conference",
        before: &["news", "press"],
        after: &[],
    },
    OtherUse {
        word: "conferences",
        before: &["news", "press"],
        after: &[],
    },
    OtherUse {
        word: "strikes",
        before: &[],
        after: &["out"],
    },
    // "The last blast furnace will be switched off on September 30": a furnace, no explosion.
    OtherUse {
        word: "blast",
        before: &[],
        after: &["furnace", "furnaces"],
    },
];

/// Verbs of happenings that take objects naming no happening, with those objects, read up to
/// [`OBJECT_REACH`] words on: "struck a conciliatory tone" or "struck a deal" is no attack,
/// and "overturned a 215-vote deficit" or "overturned the ruling" no accident.
const OTHER_OBJECTS: [(&[&str], &[&str]); 2] = [
    (
        &["struck", "strike", "strikes", "striking"],
        &[
            "tone",
            "deal",
            "deals",
            "chord",
            "balance",
            "note",
            "agreement",
            "bargain",
            "pose",
            "compromise",
        ],
    ),
    (
        &["overturned", "overturn", "overturns", "overturning"],
        &[
            "ruling",
            "verdict",
            "decision",
            "conviction",
            "convictions",
            "ban",
            "deficit",
            "result",
            "law",
            "sentence",
            "lead",
            "order",
            "election",
        ],
    ),
];

/// How many words after a verb of [`OTHER_OBJECTS`] its object is looked for.
const OBJECT_REACH: usize = 5;

/// Whether the verb at `i` takes an object of [`OTHER_OBJECTS`].
fn takes_other_object(w: &Words, i: usize, low: &str) -> bool {
    let Some((_, objects)) = OTHER_OBJECTS.iter().find(|(verbs, _)| verbs.contains(&low)) else {
        return false;
    };
    (i + 1..=i + OBJECT_REACH)
        .take_while(|&k| w.is_word(k) || w.is_dash(k) || w.is_number(k))
        .any(|k| objects.contains(&w.low(k)))
}

/// Determiners before a participle that describes the noun after it.
/// Not "that", which as often opens a clause ("rockets that released deadly fumes").
const DETERMINERS: [&str; 8] = ["the", "a", "an", "its", "their", "his", "her", "this"];

/// Words after a participle that show it is a verb, not a word describing a noun ("the
/// attacked on Monday" is no phrase; "an accused in the case").
const AFTER_A_VERB: [&str; 14] = [
    "on",
    "in",
    "at",
    "by",
    "for",
    "to",
    "from",
    "with",
    "and",
    "or",
    "of",
    "during",
    "last",
    "yesterday",
];

/// Whether the happening word at `i` is a past participle between a determiner and the noun
/// it describes ("the flooded Serapo mine", "the collapsed bridge", "a burned-out bus"): it
/// tells what the thing is like, not a happening the clause dates.
fn describes_a_noun(w: &Words, i: usize) -> bool {
    let low = w.low(i);
    low.len() > 4
        && low.ends_with("ed")
        && i >= 1
        && DETERMINERS.contains(&w.low(i - 1))
        && i + 1 < w.len()
        && (w.is_word(i + 1) || (w.is_punct(i + 1, "-") && w.glued(i + 1)))
        && !AFTER_A_VERB.contains(&w.low(i + 1))
}

/// Whether the happening word at `i` is used otherwise than for its happening.
pub fn used_otherwise(w: &Words, i: usize) -> bool {
    if names_a_body(w, i) || takes_other_object(w, i, w.low(i)) || describes_a_noun(w, i) {
        return true;
    }
    let low = w.low(i);
    let Some(other) = OTHER_USES.iter().find(|o| o.word == low) else {
        return false;
    };
    // Past one article: "the toll from a fire" as "the toll from fire".
    let mut k = i.checked_sub(1);
    if let Some(d) = k.filter(|&d| w.is_word(d) && matches!(w.low(d), "a" | "an" | "the")) {
        k = d.checked_sub(1);
    }
    // "cease-fire" and "gun-fire" are one word cut in two by the hyphen.
    if k.is_some_and(|k| w.is_punct(k, "-")) {
        return true;
    }
    let before = k.filter(|&k| w.is_word(k)).map(|k| w.low(k));
    let after = (i + 1 < w.len() && w.is_word(i + 1)).then(|| w.low(i + 1));
    before.is_some_and(|b| other.before.contains(&b))
        || after.is_some_and(|a| other.after.contains(&a))
}

/// Words after a happening's word that make the two the name of a body that deals with such
/// happenings: "Election Commission", "Election Authority", "Disaster Management Agency",
/// "Flood Control Board".
const BODIES: [&str; 21] = [
    "authority",
    "authorities",
    "commission",
    "commissioner",
    "committee",
    "council",
    "board",
    "office",
    "center",
    "centre",
    "agency",
    "service",
    "services",
    "department",
    "ministry",
    "institute",
    "bureau",
    "unit",
    "observers",
    "monitors",
    "management",
];

/// Whether the happening word at `i` is the first word of a body's name ("The Election
/// Authority published the results on Monday"): it names who acts, not what happened.
fn names_a_body(w: &Words, i: usize) -> bool {
    let next = i + 1;
    next < w.len() && w.is_word(next) && !w.glued(next) && BODIES.contains(&w.low(next))
}
