//! The class of happening a word names (`data/happenings.txt`), read with its neighbours
//! where a word alone says too little: "strike" is a walkout of workers ("went on strike", a
//! strike at a plant or over pay) or an attack, and "off" of "a car bomb went off" dates the
//! attack.

use crate::extract::lexicon::lexicon;
use crate::extract::seized_people::lawful_seizer_in;
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
/// "a hunger strike", "a 48-hour strike", "a three-day strike"), not an attack ("a further
/// strike on Gaza" may be either, and is left to the words near it).
const LABOUR_STRIKE_BEFORE: [&str; 17] = [
    "hour",
    "day",
    "week",
    "threatened",
    "unofficial",
    "wildcat",
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

/// What a thing is buried under or in when it is no funeral ("buried under rubble", "buried
/// alive", "buried by a landslide").
const BURIED_UNDER: [&str; 5] = ["under", "beneath", "underneath", "by", "alive"];

/// What buries people or homes: "buried in rubble", "homes buried in mud".
const BURYING: [&str; 8] = [
    "rubble",
    "debris",
    "mud",
    "snow",
    "sand",
    "landslide",
    "avalanche",
    "earth",
];

/// Bodies that vote on a motion, a bill or a plan: their vote is no election ("The council
/// will vote on the plan on 3 July", "shareholders voted on Tuesday").
const VOTING_BODIES: [&str; 22] = [
    "council",
    "councillors",
    "councilors",
    "parliament",
    "lawmakers",
    "legislators",
    "legislature",
    "senate",
    "senators",
    "congress",
    "assembly",
    "board",
    "committee",
    "shareholders",
    "members",
    "mps",
    "cabinet",
    "commons",
    "lords",
    "delegates",
    "jury",
    "commission",
];

/// What a body votes on: "the measures to be voted on Thursday", "a vote on the bill".
const MOTIONS: [&str; 12] = [
    "bill",
    "bills",
    "measures",
    "motion",
    "plan",
    "budget",
    "amendment",
    "proposal",
    "resolution",
    "legislation",
    "merger",
    "takeover",
];

/// How far from a vote's word the body that votes, or what it votes on, is looked for.
const VOTING_BODY_REACH: usize = 6;

/// Words of a company's figures reported or posted ("reported results", "posted record sales",
/// "posted a loss").
const RESULTS: [&str; 12] = [
    "results", "earnings", "sales", "profit", "profits", "loss", "losses", "revenue", "revenues",
    "turnover", "income", "figures",
];

/// Verbs that report a company's figures when one of [`RESULTS`] follows them.
const REPORTING_RESULTS: [&str; 8] = [
    "reported",
    "reports",
    "report",
    "reporting",
    "posted",
    "posts",
    "post",
    "posting",
];

/// What is recovered when a recovery is a happening of a disaster ("One body was recovered").
const BODIES: [&str; 4] = ["body", "bodies", "remains", "corpses"];

/// What a train leaves when it derails: "came off the rails", "left the tracks", "jumped the
/// line".
const TRACKS: [&str; 5] = ["line", "rails", "tracks", "track", "rail"];

/// Verbs that, with "the" and a word of [`TRACKS`], tell of a derailment ("left the tracks",
/// "jumped the rails"); "came off" and "went off" are read with their particle.
const LEAVING_TRACKS: [&str; 6] = ["left", "leaves", "jumped", "jumps", "leave", "jump"];

/// Words that name a fire, which "ignited" then tells the start of.
const FIRES: [&str; 7] = [
    "fire",
    "fires",
    "blaze",
    "blazes",
    "wildfire",
    "wildfires",
    "flames",
];

/// Whether the word at `i` ("line", "tracks") ends a phrase of derailing: "came off the line",
/// "went off the rails", "left the tracks", "jumped the tracks".
fn derails(w: &Words, i: usize) -> bool {
    let back = |k: usize| i.checked_sub(k).map_or("", |j| w.low(j));
    TRACKS.contains(&w.low(i))
        && back(1) == "the"
        && (LEAVING_TRACKS.contains(&back(2))
            || (back(2) == "off" && matches!(back(3), "came" | "come" | "comes" | "went" | "goes")))
}

/// The word a happening at `i` is told by: "derailed" for a phrase of derailing ("came off
/// the line"), so that outlets wording one derailment either way name it alike; the word
/// itself otherwise.
pub(super) fn word_of<'w>(w: &'w Words, i: usize) -> &'w str {
    if derails(w, i) { "derailed" } else { w.low(i) }
}

/// Whether "buried" at `i` tells of something buried by a disaster, not a funeral.
fn buried_by_disaster(w: &Words, i: usize) -> bool {
    (i + 1 < w.len() && BURIED_UNDER.contains(&w.low(i + 1)))
        || (i + 1..(i + 4).min(w.len())).any(|k| BURYING.contains(&w.low(k)))
}

/// The class of the happening the word at `i` names: a word of `data/happenings.txt`, a
/// workers' strike (see [`labour_strike`]), the particle of a verb of [`EXPLODING`] after
/// one of [`EXPLOSIVES`], or an accident for a blast of one of [`ACCIDENTAL_BLASTS`].
/// Tokens around a verb of seizing searched for the people it seized.
const SEIZED_REACH: usize = 3;

/// Whether the people seized at the verb at token `i` are named right after it ("seized 287
/// students") or as the subject of its passive ("The 278 pupils were seized"), and no police
/// or troops seized them. "rebels seized the east of the city" and "Ramussa seized by
/// rebels" seized places.
fn seizes_people(w: &Words, i: usize) -> bool {
    let people = &lexicon().people;
    // The object after the verb ("seized 287 students"), up to an agent's "by" ("seized by
    // rebels"), or the subject of a passive ("The 278 pupils were seized").
    let object = (i + 1..(i + 1 + SEIZED_REACH).min(w.len()))
        .take_while(|&k| w.low(k) != "by")
        .any(|k| people.contains(w.low(k)));
    let passive = i >= 1
        && matches!(w.low(i - 1), "were" | "was" | "been")
        && (i.saturating_sub(SEIZED_REACH + 1)..i - 1).any(|k| people.contains(w.low(k)));
    let near = object || passive;
    near && !lawful_seizer_in(w, i.saturating_sub(2 * SEIZED_REACH), i + 2 * SEIZED_REACH)
}

/// Verbs before "into force" or "into effect" that start a rule ("came into force").
const COMING_INTO: [&str; 12] = [
    "come", "comes", "came", "coming", "go", "goes", "went", "going", "enter", "enters", "entered",
    "entering",
];

/// Verbs of "kick in" ("the tariffs kick in on 1 April").
const KICKING: [&str; 4] = ["kick", "kicks", "kicked", "kicking"];

/// Words after "in" that make "kicked in" a door's breaking, not a start ("kicked in the door").
const KICKED_IN_WHAT: [&str; 8] = ["the", "a", "an", "his", "her", "their", "its", "doors"];

/// Forms of "open" that start what they open.
const OPENING: [&str; 5] = ["open", "opens", "opened", "opening", "reopens"];

/// What opens on the day it starts: an event or a place ("The Games will open on Oct. 3",
/// "The bridge opened on Monday").
const OPENED_THINGS: [&str; 30] = [
    "games",
    "olympics",
    "paralympics",
    "festival",
    "exhibition",
    "exhibit",
    "fair",
    "expo",
    "show",
    "inquiry",
    "investigation",
    "trial",
    "bridge",
    "tunnel",
    "school",
    "schools",
    "university",
    "museum",
    "station",
    "airport",
    "stadium",
    "hospital",
    "store",
    "mall",
    "tournament",
    "championship",
    "championships",
    "cup",
    "season",
    "line",
];

/// Tokens before or after an opening verb searched for what it opens.
const OPENED_REACH: usize = 5;

/// Whether "open" at `i` starts an event or a place named before it ("The Games will open",
/// "the new bridge is due to open") or right after it ("officially opened the museum"), in
/// its clause; not "opened fire".
fn opens_a_thing(w: &Words, i: usize) -> bool {
    if matches!(w.low(i + 1), "fire" | "up" | "talks") {
        return false;
    }
    let clause = |k: &usize| w.is_word(*k) || w.is_number(*k);
    (i.saturating_sub(OPENED_REACH)..i)
        .rev()
        .take_while(clause)
        .any(|k| OPENED_THINGS.contains(&w.low(k)))
        || (i + 1..(i + 1 + OPENED_REACH).min(w.len()))
            .take_while(clause)
            .take_while(|&k| !matches!(w.low(k), "on" | "in" | "at" | "for" | "to"))
            .any(|k| OPENED_THINGS.contains(&w.low(k)))
}

pub(super) fn class_at(w: &Words, i: usize) -> Option<&'static str> {
    let low = w.low(i);
    // "The increase will come into force on 3 March", "went into effect": a rule starts.
    if matches!(low, "force" | "effect" | "operation")
        && i >= 2
        && w.low(i - 1) == "into"
        && COMING_INTO.contains(&w.low(i - 2))
    {
        return Some("start");
    }
    // "The tariffs kick in on 1 April": a start, not "kicked in the door".
    if low == "in"
        && i >= 1
        && KICKING.contains(&w.low(i - 1))
        && !KICKED_IN_WHAT.contains(&w.low(i + 1))
    {
        return Some("start");
    }
    // "The Games will open on Oct. 3, 2036": the start of the Games.
    if OPENING.contains(&low) && opens_a_thing(w, i) {
        return Some("start");
    }
    if matches!(low, "strike" | "strikes") && labour_strike(w, i) {
        return Some("walkout");
    }
    let class = happening_class(low);
    // "Votes were counted on Saturday", "the vote count": counting the votes is a
    // happening of its own, after the election.
    if class == Some("election") && counted(w, i) {
        return Some("count");
    }
    // "Gunmen seized 287 students", "pupils were seized from their dormitories": people
    // seized by force were kidnapped (goods seized stay a seizure).
    if class == Some("seizure") && matches!(low, "seized" | "snatched") && seizes_people(w, i) {
        return Some("kidnapping");
    }
    // "the poll tax": a tax, no election.
    if matches!(low, "poll" | "polls") && matches!(w.low(i + 1), "tax" | "taxes") {
        return None;
    }
    // "The council will vote on the plan": a body's vote on a motion, no election.
    if matches!(low, "vote" | "votes" | "voted" | "voting")
        && (i.saturating_sub(VOTING_BODY_REACH)..(i + VOTING_BODY_REACH).min(w.len()))
            .any(|k| VOTING_BODIES.contains(&w.low(k)) || MOTIONS.contains(&w.low(k)))
        && !(0..(i + VOTING_BODY_REACH).min(w.len())).any(|k| {
            matches!(
                w.low(k),
                "voters" | "electorate" | "referendum" | "citizens"
            )
        })
    {
        return Some("vote");
    }
    // "At 5.30pm on Saturday the Met imposed conditions": "the Met", or a capitalized "Met"
    // inside a sentence with a lowercase word after it, is the Metropolitan Police (or
    // Office, or Opera), not the verb.
    if low == "met"
        && i > 0
        && w.capitalized(i)
        && (w.low(i - 1) == "the" || (w.is_word(i + 1) && !w.capitalized(i + 1)))
    {
        return None;
    }
    // "Musa Ibrahim … was buried on Thursday" is a funeral; "buried under rubble" is not.
    if low == "buried" && buried_by_disaster(w, i) {
        return None;
    }
    // "Corvane reported results on Wednesday", "posted record sales": the company's results.
    if REPORTING_RESULTS.contains(&low)
        && (i + 1..(i + 4).min(w.len()))
            .take_while(|&k| w.is_word(k) || w.is_number(k))
            .any(|k| RESULTS.contains(&w.low(k)))
    {
        return Some("results");
    }
    // "The train came off the line on Tuesday", "left the tracks": a derailment.
    if derails(w, i) {
        return Some("accident");
    }
    // "since it ignited Saturday afternoon": the start of a fire named before it.
    if matches!(low, "ignited" | "ignites") && (0..i).any(|k| FIRES.contains(&w.low(k))) {
        return Some("fire");
    }
    // "was laid to rest on Thursday": a funeral.
    if low == "rest" && i >= 2 && w.low(i - 1) == "to" && w.low(i - 2) == "laid" {
        return Some("ceremony");
    }
    // "One body was recovered on Tuesday": the recovery of a body, not a saying around it.
    if matches!(low, "recovered" | "retrieved")
        && (i.saturating_sub(4)..i).any(|k| BODIES.contains(&w.low(k)))
    {
        return Some("recovery");
    }
    // "pulled 14 miners alive from the mine": a rescue.
    if matches!(low, "pulled" | "pulls" | "dragged")
        && (i + 1..(i + 5).min(w.len())).any(|k| w.low(k) == "alive")
    {
        return Some("rescue");
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
