//! The class of happening a word names (`data/happenings.txt`), read with its neighbours
//! where a word alone says too little: "strike" is a walkout of workers ("went on strike", a
//! strike at a plant or over pay) or an attack, and "off" of "a car bomb went off" dates the
//! attack.

use crate::extract::word_set::WordMap;
use crate::extract::words::Words;
use std::sync::LazyLock;

static HAPPENINGS: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    include_str!("data/happenings.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| {
            let mut f = l.split_whitespace();
            let class = f.next().unwrap_or("");
            f.map(move |w| (w, class))
        })
        .collect()
});

/// The class of the happening a lowercase word names, if it names one.
pub(super) fn happening_class(low: &str) -> Option<&'static str> {
    HAPPENINGS.get(low).copied()
}

/// Verbs of two words that tell of an explosion: "a car bomb went off", "the device blew
/// up". The particle is the word a date's scan meets nearest, and names the attack.
const EXPLODING: [(&[&str], &str); 2] = [
    (&["went", "goes", "go", "gone", "going"], "off"),
    (&["blew", "blows", "blow", "blown", "blowing"], "up"),
];

/// What explodes: an alarm or the lights also go off, a bomb is an attack.
const EXPLOSIVES: [&str; 14] = [
    "bomb",
    "bombs",
    "device",
    "devices",
    "explosive",
    "explosives",
    "grenade",
    "mine",
    "landmine",
    "shell",
    "rocket",
    "charge",
    "charges",
    "ied",
];

/// Words before the verb of [`EXPLODING`] its subject is looked for in ("a bomb planted in a
/// car went off").
const EXPLOSIVE_BEFORE: usize = 6;

/// Words right before "strike" that make it workers' ("went on strike", "a general strike",
/// "a hunger strike"), not an attack.
const LABOUR_STRIKE_BEFORE: [&str; 11] = [
    "on",
    "general",
    "hunger",
    "labour",
    "labor",
    "national",
    "nationwide",
    "rail",
    "workers'",
    "one-day",
    "indefinite",
];

/// Words right after "strike" that make it workers' ("strike action", "a strike ballot").
const LABOUR_STRIKE_AFTER: [&str; 5] = ["action", "ballot", "notice", "committee", "vote"];

/// Words near "strike" that make it workers': who strikes, where, and over what ("workers
/// strike", "strike pay" are read here, within reach).
const LABOUR_WORDS: [&str; 21] = [
    "workers",
    "union",
    "unions",
    "employees",
    "staff",
    "plant",
    "factory",
    "drivers",
    "conductors",
    "teachers",
    "nurses",
    "doctors",
    "pilots",
    "miners",
    "dockers",
    "pay",
    "wages",
    "wage",
    "salaries",
    "pensions",
    "walkout",
];

/// How far from "strike" the words of [`LABOUR_WORDS`] are looked for, in tokens.
const LABOUR_REACH: usize = 12;

/// Whether "strike" at `i` is a walkout: a word of [`LABOUR_STRIKE_BEFORE`] before it or of
/// [`LABOUR_STRIKE_AFTER`] after it, or one of [`LABOUR_WORDS`] near it.
fn labour_strike(w: &Words, i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |k| w.low(k));
    LABOUR_STRIKE_BEFORE.contains(&before)
        || LABOUR_STRIKE_AFTER.contains(&w.low(i + 1))
        || (i.saturating_sub(LABOUR_REACH)..(i + LABOUR_REACH).min(w.len()))
            .any(|k| LABOUR_WORDS.contains(&w.low(k)))
}

/// What blows up by accident before "explosion" or "blast" ("a gas explosion").
const ACCIDENTAL_BLASTS: [&str; 9] = [
    "gas", "cylinder", "boiler", "pipeline", "methane", "firedamp", "chemical", "dust", "reactor",
];

/// Words of counting votes ("Votes were counted", "the vote count", "counting of ballots").
const COUNTING: [&str; 8] = [
    "count", "counts", "counted", "counting", "recount", "tally", "tallied", "tallying",
];

/// Whether the election word at `i` names votes being counted: a word of counting right
/// before it or among the three after it ("were counted").
fn counted(w: &Words, i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|k| COUNTING.contains(&w.low(k)))
        || (i + 1..(i + 4).min(w.len()))
            .take_while(|&k| w.is_word(k))
            .any(|k| COUNTING.contains(&w.low(k)))
}

/// What falls in when it collapses ("the roof collapsed", "a building under construction
/// collapses").
const STRUCTURES: [&str; 24] = [
    "roof",
    "roofs",
    "building",
    "buildings",
    "bridge",
    "bridges",
    "house",
    "houses",
    "wall",
    "walls",
    "ceiling",
    "tunnel",
    "mine",
    "dam",
    "stage",
    "structure",
    "tower",
    "floor",
    "balcony",
    "scaffolding",
    "crane",
    "stand",
    "block",
    "hall",
];

/// How many words before "collapsed" a structure may be named.
const STRUCTURE_REACH: usize = 5;

/// Deals that are closed when they are completed.
const DEALS: [&str; 7] = [
    "deal",
    "acquisition",
    "merger",
    "transaction",
    "purchase",
    "sale",
    "takeover",
];

/// How many words after "close" a deal may be named ("close its $2 billion acquisition").
const DEAL_REACH: usize = 4;

/// The class of the happening the word at `i` names: a word of `data/happenings.txt`, a
/// workers' strike (see [`labour_strike`]), the particle of a verb of [`EXPLODING`] after
/// one of [`EXPLOSIVES`], or an accident for a blast of one of [`ACCIDENTAL_BLASTS`].
pub(super) fn class_at(w: &Words, i: usize) -> Option<&'static str> {
    let low = w.low(i);
    if matches!(low, "strike" | "strikes") && labour_strike(w, i) {
        return Some("walkout");
    }
    let class = happening_class(low);
    // "Votes were counted on Saturday", "the vote count": counting the votes is a
    // happening of its own, after the election.
    if class == Some("election") && counted(w, i) {
        return Some("count");
    }
    // "expects to close the acquisition on Oct. 1": closing a deal completes it.
    if matches!(low, "close" | "closes" | "closed" | "closing")
        && (i + 1..(i + 1 + DEAL_REACH).min(w.len()))
            .take_while(|&k| w.is_word(k))
            .any(|k| DEALS.contains(&w.low(k)))
    {
        return Some("completion");
    }
    // "The roof collapsed": a structure falling in; not "the ceasefire collapsed".
    if matches!(low, "collapsed" | "collapses")
        && !(i.saturating_sub(STRUCTURE_REACH)..i).any(|k| STRUCTURES.contains(&w.low(k)))
    {
        return None;
    }
    // "a gas explosion", "a cylinder blast": an accident, not an attack.
    if class == Some("attack")
        && matches!(low, "explosion" | "explosions" | "blast" | "blasts")
        && i.checked_sub(1)
            .is_some_and(|k| ACCIDENTAL_BLASTS.contains(&w.low(k)))
    {
        return Some("accident");
    }
    class.or_else(|| {
        // Most words are no particle: told by their length before any list is read.
        if low.len() > 3 {
            return None;
        }
        let verb = i.checked_sub(1)?;
        let exploding = EXPLODING
            .iter()
            .any(|(verbs, particle)| *particle == low && verbs.contains(&w.low(verb)));
        let explosive = || {
            (verb.saturating_sub(EXPLOSIVE_BEFORE)..verb).any(|k| EXPLOSIVES.contains(&w.low(k)))
        };
        (exploding && explosive()).then_some("attack")
    })
}
