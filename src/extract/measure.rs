//! What happened to what a figure counts (its measure: killed, injured, arrested, ...), read
//! from the measure words around the number: the nearest verb or noun before the number or
//! after its counted noun within the clause, stepping over lists of parts ("including four
//! children"), groups the figure is among ("among the dead") and tolls that rose to it.

use crate::extract::lexicon::lexicon;
use crate::extract::token::TokenKind;
use crate::extract::word_set::WordMap;
use crate::extract::words::Words;
use std::sync::LazyLock;

/// Auxiliaries and adverbs skipped when looking for the verb of a figure.
const SKIPPED: [&str; 16] = [
    "were",
    "was",
    "had",
    "have",
    "has",
    "been",
    "being",
    "are",
    "is",
    "be",
    "reportedly",
    "allegedly",
    "also",
    "all",
    "more",
    "others",
];

/// What a word that is no measure does to the scan for one ("five people were killed in
/// the attack, which ..."): most words are none of these and count one word of distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScanWord {
    /// "and", "but", "while", "whereas": the scan crosses into another conjunct.
    Conjunction,
    /// "where", "which", "who", "whom", "whose": a relative clause, which a leftward scan
    /// does not enter.
    Relative,
    /// "when": a clause of time, which a leftward scan does not enter either.
    When,
    /// An auxiliary or adverb of [`SKIPPED`], no distance from the verb ("were killed").
    Skipped,
}

/// The words of [`ScanWord`], one map, so a word is classed by one lookup (most words are
/// answered "none" by its tables without hashing).
fn scan_words() -> &'static WordMap<ScanWord> {
    static SCAN_WORDS: LazyLock<WordMap<ScanWord>> = LazyLock::new(|| {
        let conjunctions = ["and", "but", "while", "whereas"].map(|c| (c, ScanWord::Conjunction));
        let relatives = ["where", "which", "who", "whom", "whose"].map(|r| (r, ScanWord::Relative));
        let skipped = SKIPPED.map(|s| (s, ScanWord::Skipped));
        conjunctions
            .into_iter()
            .chain(relatives)
            .chain([("when", ScanWord::When)])
            .chain(skipped)
            .collect()
    });
    &SCAN_WORDS
}

/// A group a figure is said to be part of, read at token `at` right after its noun: "of the
/// wounded" (`of_a_measured_group`) or "among" a group (`among_a_group`). Both the figure's
/// measure and whether it is a part ask it, so it is read once.
#[derive(Debug, Clone, Copy)]
pub struct GroupAfter {
    pub at: usize,
    pub of_measured: Option<usize>,
    pub among: Option<usize>,
}

impl GroupAfter {
    pub fn at(w: &Words, at: usize) -> GroupAfter {
        GroupAfter {
            at,
            of_measured: of_a_measured_group(w, at),
            among: among_a_group(w, at),
        }
    }
}

/// Whether token `k` is a number in digits or words.
fn is_count(w: &Words, k: usize) -> bool {
    w.is_number(k) || lexicon().number_words.contains_key(w.low(k))
}

/// The last token of a counted group a part is said to be of, at token `k` right after the
/// part: "of the six", "of the six cavers", "of the 14 police officers".
fn of_a_counted_group(w: &Words, k: usize) -> Option<usize> {
    if w.low(k) != "of" || w.low(k + 1) != "the" || !is_count(w, k + 2) {
        return None;
    }
    let lex = lexicon();
    // The group's noun, perhaps after a word that describes it ("the four Israeli soldiers").
    let end = (k + 3..=k + 4)
        .take_while(|&n| w.is_word(n) && !lex.stopwords.contains(w.low(n)))
        .find(|&n| lex.people.contains(w.low(n)))
        .map_or(k + 2, |n| {
            n + usize::from(lex.people.contains(w.low(n + 1)))
        });
    // "Three of the four soldiers killed by friendly fire died": a group with a measure of
    // its own is one the figure is a part of, whatever befell the part.
    if own_measure(w, end + 1).is_some() {
        return None;
    }
    Some(end)
}

/// Tokens after "who" or "that" within which a group's own verb may stand ("who died", "who
/// were killed", "who had been wounded").
const RELATIVE_VERB_REACH: usize = 3;

/// What befell a counted group, told right after its count: a measure word ("the 80
/// wounded") or a relative clause ("the seven people who died").
fn own_measure(w: &Words, k: usize) -> Option<&'static str> {
    if OWN_MEASURES.contains(&w.low(k)) {
        return scan_measure(w, k, true).map(|(_, m, _)| m);
    }
    if matches!(w.low(k), "who" | "that") {
        return scan_measure(w, k + 1, true)
            .filter(|&(d, _, _)| d < RELATIVE_VERB_REACH)
            .map(|(_, m, _)| m);
    }
    None
}

/// Words that name a part of a counted group before "of the" ("which of the four", "none
/// of the six"; "all of the 12 miners were rescued" counts them all).
const PART_WORDS: [&str; 9] = [
    "which", "none", "some", "any", "most", "many", "either", "neither", "one",
];

/// Words right after a count that say what befell it ("the 80 wounded", "six dead").
const OWN_MEASURES: [&str; 7] = [
    "dead",
    "wounded",
    "injured",
    "killed",
    "missing",
    "hurt",
    "displaced",
];

/// How many words after a counted noun its own verb of being may stand ("970,000 children
/// under five are …").
const OWN_VERB_REACH: usize = 4;

/// What happened to what the figure counts, from the nearest measure word before the number
/// or after the counted noun, within the clause; `group` is read at `unit_end + 1`.
pub fn measure_of(
    w: &Words,
    first: usize,
    unit_end: usize,
    group: GroupAfter,
) -> Option<&'static str> {
    // "nine of the wounded died": what befell the part is said after its group.
    if let Some(g) = group.of_measured
        && let Some((_, m, _)) = scan_measure(w, g + 1, true)
    {
        return Some(m);
    }
    // "Three of the six were taken to hospital": what befell the part is said after the group
    // it is of, and the group's own count ("the six") takes only a measure right after it
    // ("30 of the 80 wounded").
    if let Some(g) = of_a_counted_group(w, unit_end + 1)
        && let Some((_, m, _)) = scan_measure(w, g + 1, true)
    {
        return Some(m);
    }
    // "which of the four have been identified among the dead": a part named by a word, too.
    if first >= 3
        && w.low(first - 1) == "the"
        && w.low(first - 2) == "of"
        && (is_count(w, first - 3) || PART_WORDS.contains(&w.low(first - 3)))
    {
        return own_measure(w, unit_end + 1);
    }
    // "three children were among the dead", "Three children were among at least 19 civilians
    // killed": a part takes the measure of the group it is among.
    if let Some(m) = group
        .among
        .and_then(|among| measure_of_group_among(w, among))
    {
        return Some(m);
    }
    // "The death toll from the shooting rose to seven", "The death toll from the bombing rose
    // to 34, as more of the critically wounded succumbed": the toll a figure rose to says
    // what it counts, whatever words stand nearer.
    if let Some(m) = toll_risen_to(w, first) {
        return Some(m);
    }
    // "41 people died in custody last year, up from 33 the year before": the value compared
    // with is the earlier level of the figure before it, and takes no measure of its own
    // from the words between the two ("custody" is no arrest of the 33).
    if first >= 2 && w.low(first - 1) == "from" && matches!(w.low(first - 2), "up" | "down") {
        return None;
    }
    // "More than 100 people were killed or went missing": either of two fates is a measure
    // of its own, never the first alone (which would set 100 against a toll of 95 killed).
    if let Some(m) = either_of_two(w, unit_end + 1) {
        return Some(m);
    }
    // "Two gunmen kidnapped four workers", "Two officers shot him": the verb right after a
    // count, taking an object, is what they did, not what befell them.
    let right = scan_measure(w, past_parts_aside(w, unit_end + 1), true).filter(|_| {
        let attackers = lexicon().role_measures.get(w.low(unit_end)) == Some(&"attacking");
        !acts_on_an_object(w, unit_end + 1, !attackers)
    });
    // "three injured workers died in hospital": a measure word standing before a noun of
    // people describes them; the verb after the noun tells what befell them now.
    let right = right.map(|r| described_then_befallen(w, unit_end, r).unwrap_or(r));
    // "A bus carrying 40 passengers plunged into a gorge, killing 12": the people a vehicle
    // carries are counted aboard; a verb further on befalls others. Only a measure right after
    // them is theirs ("an ambulance carrying five wounded").
    if carried_aboard(w, first) {
        return right.filter(|&(d, _, _)| d == 0).map(|(_, m, _)| m);
    }
    // "five people were killed": a measure right after the count (no word of distance) wins
    // over any before it, except a charge, so the words before are not scanned.
    if let Some((0, m, _)) = right
        && m != "charged"
    {
        return Some(m);
    }
    // "kidnapped by about a dozen gunmen": the agent of the verb before is not what it
    // measured.
    // "Since the escape, more than 300 officers have joined the search": a phrase opening the
    // sentence tells when, and its noun measures no count after it.
    let left = if first == 0 || w.low(first - 1) == "by" || after_an_opening_phrase(w, first) {
        None
    } else {
        scan_measure(w, first - 1, false)
    };
    // "230 persons got injuries and five persons are still under the rubble": a figure that
    // starts its own clause after "and" is not what the clause before measured.
    // "and 970,000 children under five are acutely malnourished": a few words may describe
    // the noun before its verb.
    let own_clause = (unit_end + 1..=unit_end + OWN_VERB_REACH)
        .take_while(|&k| w.is_word(k) || w.is_number(k))
        .any(|k| {
            matches!(
                w.low(k),
                "are" | "were" | "is" | "was" | "remain" | "remained" | "remains"
            )
        });
    let left = left.filter(|&(_, _, crossed)| !(crossed && own_clause && right.is_none()));
    // "A female receptionist died and two men, believed to be managers, underwent surgery": a
    // verb that takes no object ends its clause, and the count after "and" starts another.
    let left = left.filter(|&(_, _, crossed)| {
        !(crossed && right.is_none() && after_a_closed_clause(w, first))
    });
    match (left, right) {
        // "left a receptionist dead and two partners wounded": a measure before "and" belongs
        // to the conjunct before it when the figure's own conjunct has one.
        (Some((_, _, true)), Some((_, mr, _))) => Some(mr),
        // "A gunman who killed one man has been charged": a charge after a count that a
        // verb before already measures is the subject's, not the count's.
        (Some((_, ml, _)), Some((_, "charged", _))) => Some(ml),
        (Some((dl, ml, _)), Some((dr, mr, _))) => Some(if dl < dr { ml } else { mr }),
        (Some((_, m, _)), None) | (None, Some((_, m, _))) => Some(m),
        (None, None) => None,
    }
}

/// Whether token `first` follows a phrase of time that opens the sentence and is closed by a
/// comma ("Since the escape,", "After the collapse,"), with no measure word between that
/// comma and `first`.
fn after_an_opening_phrase(w: &Words, first: usize) -> bool {
    let lex = lexicon();
    matches!(
        w.low(0),
        "since" | "after" | "following" | "before" | "during" | "amid" | "despite"
    ) && (1..first)
        .find(|&k| w.is_punct(k, ","))
        .is_some_and(|c| !(c + 1..first).any(|k| lex.measures.contains_key(w.low(k))))
}

/// Words between "or" and the second of two fates ("killed or went missing", "dead or are
/// still missing").
const OR_FILLERS: [&str; 9] = [
    "went", "are", "were", "is", "was", "remain", "remained", "still", "reported",
];

/// The measure of a count told "killed or missing", "dead or injured" within a few words
/// from token `from`: a fate of either kind.
fn either_of_two(w: &Words, from: usize) -> Option<&'static str> {
    let lex = lexicon();
    let or = (from..from + 5)
        .take_while(|&k| w.is_word(k))
        .find(|&k| w.low(k) == "or" && k > from)?;
    let before = lex.measure_of_word(w.low(or - 1))?;
    let mut k = or + 1;
    while OR_FILLERS.contains(&w.low(k)) && k < or + 3 {
        k += 1;
    }
    let after = lex.measure_of_word(w.low(k))?;
    match (before, after) {
        ("killed", "missing") | ("missing", "killed") => Some("killed or missing"),
        ("killed", "injured") | ("injured", "killed") => Some("killed or injured"),
        _ => None,
    }
}

/// Most tokens between the two dashes of an aside (`closing_dash`).
const DASH_ASIDE: usize = 12;

/// The dash that closes an aside opened by the dash at token `k` ("— 212 passengers and 41
/// crew —"), within `DASH_ASIDE` tokens and before any mark that ends a clause.
fn closing_dash(w: &Words, k: usize) -> Option<usize> {
    let dash = w.low(k);
    if !matches!(dash, "—" | "–") {
        return None;
    }
    (k + 1..=k + DASH_ASIDE)
        .take_while(|&j| j < w.len() && !matches!(w.low(j), "." | ";" | ":" | "?" | "!"))
        .find(|&j| w.low(j) == dash)
}

/// Whether the figure starting at token `first` (its qualifier included) is what a vehicle
/// carries: "carrying 253 people", "which carried about 40 passengers".
fn carried_aboard(w: &Words, first: usize) -> bool {
    first >= 1
        && matches!(
            w.low(first - 1),
            "carrying" | "carried" | "transporting" | "ferrying"
        )
}

/// Most tokens of an aside naming the parts of a count ("three of them children").
const PARTS_ASIDE: usize = 6;

/// The token after an aside between commas that names parts of the count before it, when one
/// starts at token `k`: "Nine people, three of them children, have died" (the verb after the
/// aside is the count's); else `k`.
fn past_parts_aside(w: &Words, k: usize) -> usize {
    if !w.is_punct(k, ",") || !is_count(w, k + 1) || w.low(k + 2) != "of" {
        return k;
    }
    if !matches!(w.low(k + 3), "them" | "whom") {
        return k;
    }
    (k + 4..=k + PARTS_ASIDE)
        .take_while(|&j| w.is_word(j) || w.is_punct(j, ","))
        .find(|&j| w.is_punct(j, ","))
        .map_or(k, |j| j + 1)
}

/// Words that may stand between a noun of people and the verb of what befell them ("three
/// injured workers later died", "two wounded soldiers have since died").
const BEFORE_BEFALLEN: [&str; 9] = [
    "were",
    "was",
    "have",
    "had",
    "later",
    "also",
    "then",
    "subsequently",
    "since",
];

/// The measure of the verb after "injured workers" in "three injured workers died", when
/// `right`, the measure found right of a bare count ending at `unit_end`, is the word right
/// after it, describing the noun of people that follows. Only a verb right after the noun
/// (perhaps after an auxiliary or "later") counts: "140 injured people, some of whom
/// sustained severe injuries" keeps its measure.
fn described_then_befallen(
    w: &Words,
    unit_end: usize,
    right: (usize, &'static str, bool),
) -> Option<(usize, &'static str, bool)> {
    let lex = lexicon();
    let described = unit_end + 1;
    let bare_count = is_count(w, unit_end);
    if right.0 != 0 || !bare_count || !w.is_word(described) {
        return None;
    }
    // The noun of people, perhaps after a word or two that describe it ("two wounded police
    // officers", "two wounded Malian police officers").
    let noun = (described + 1..=described + 3)
        .take_while(|&k| w.is_word(k) && !lex.stopwords.contains(w.low(k)))
        .find(|&k| lex.people.contains(w.low(k)))?;
    // "police officers": a noun of people before another is one noun with it.
    let noun = noun + usize::from(lex.people.contains(w.low(noun + 1)));
    let mut k = noun + 1;
    while k < described + 4 && BEFORE_BEFALLEN.contains(&w.low(k)) {
        k += 1;
    }
    let phrases = lex.measures.get(w.low(k))?;
    let m = phrases
        .iter()
        .find(|(phrase, _)| w.matches_at(k, phrase))
        .map(|(_, m)| *m)?;
    (m != right.1).then_some((1, m, right.2))
}

/// Words that may stand between a plural noun and the verb of what befell it ("were killed",
/// "have died", "later died", "went missing"); all but the adverbs and "went" make a passive.
const BEFORE_A_PEOPLE_VERB: [&str; 12] = [
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "later",
    "reportedly",
    "all",
    "went",
];

/// Verbs of what befalls people that take no object, so need no auxiliary before them to
/// tell what befell their subject ("Two hikers died", "two swimmers drowned").
const INTRANSITIVE_BEFALLING: [&str; 7] = [
    "died",
    "perished",
    "drowned",
    "succumbed",
    "dead",
    "missing",
    "unaccounted",
];

/// The measure of a verb that befalls only people told right after a plural noun, from token
/// `k` on: "Two riders were killed", "Twelve cyclists were injured", "Three hikers went
/// missing", "Two climbers died". A noun of which this is said counts people whether or not
/// it is a listed noun of people. A verb that may take an object counts only as a passive
/// ("were killed", not "Two bombs killed five people"); "were not hurt" befell no one.
pub fn befalls_people_after(w: &Words, k: usize) -> Option<&'static str> {
    let mut j = k;
    let mut passive = false;
    while j < k + 3 && BEFORE_A_PEOPLE_VERB.contains(&w.low(j)) {
        passive |= !matches!(w.low(j), "later" | "reportedly" | "all" | "went");
        j += 1;
    }
    let low = w.low(j);
    let (phrase, m) = lexicon()
        .measures
        .get(low)?
        .iter()
        .find(|(p, _)| w.matches_at(j, p))?;
    // Boats and towns are captured too: only an arrest or a detention befalls people alone.
    let befalls = matches!(*m, "killed" | "injured" | "missing")
        || (*m == "arrested" && matches!(low, "arrested" | "detained"));
    let intransitive = phrase.len() > 1 || INTRANSITIVE_BEFALLING.contains(&low);
    (befalls && (passive || intransitive)).then_some(*m)
}

/// Whether the figure at `first` follows "and" right after a verb that takes no object: an
/// intransitive one ("died and two men") or a passive ("was killed and two men").
fn after_a_closed_clause(w: &Words, first: usize) -> bool {
    if first < 3 || w.low(first - 1) != "and" {
        return false;
    }
    let verb = w.low(first - 2);
    matches!(verb, "died" | "dies" | "dead" | "perished")
        || (verb.ends_with("ed") && matches!(w.low(first - 3), "was" | "were" | "been"))
}

/// Whether a measure verb stands at token `k`, right after a count of attackers, with an
/// object after it ("Two gunmen kidnapped four workers"): the count is its subject. "Two
/// gunmen were killed" has an auxiliary at `k`; "12 dead" is no verb. With `pronoun_only`
/// (after other counts of people) only a pronoun is an object ("Two officers shot him"):
/// headlines list tolls without commas ("Three people killed five injured"), and "killed
/// the" may start a reduced relative clause ("12 people killed the day before").
fn acts_on_an_object(w: &Words, k: usize, pronoun_only: bool) -> bool {
    let verb = w.low(k);
    // "160 whales beached themselves": what they did befell them.
    if !(verb.ends_with("ed") || matches!(verb, "shot" | "kill" | "kills" | "hurt" | "frees"))
        || verb == "beached"
    {
        return false;
    }
    let lex = lexicon();
    let Some((phrase, _)) = lex
        .measures
        .get(verb)
        .and_then(|phrases| phrases.iter().find(|(p, _)| w.matches_at(k, p)))
    else {
        return false;
    };
    let next = k + phrase.len();
    let low = w.low(next);
    // "a gunman shot and wounded three people": the object comes after the second verb.
    if low == "and" && w.low(next + 1).ends_with("ed") {
        return acts_on_an_object(w, next + 1, pronoun_only);
    }
    let pronoun = matches!(
        low,
        "him" | "her" | "them" | "himself" | "herself" | "themselves"
    );
    if pronoun_only {
        return pronoun;
    }
    pronoun
        || matches!(low, "a" | "an" | "the" | "his" | "her" | "their" | "its")
        || w.is_number(next)
        || lex.number_words.contains_key(low)
        || lex.people.contains(low)
}

/// Where the measure word of "of the wounded", "of those killed" after a figure stands: the
/// figure is a part of that group ("nine of the wounded died", "two of the dead", "30 of the
/// 80 wounded").
pub fn of_a_measured_group(w: &Words, k: usize) -> Option<usize> {
    if w.low(k) != "of" || !matches!(w.low(k + 1), "the" | "those") {
        return None;
    }
    let g = k + 2 + usize::from(is_count(w, k + 2));
    lexicon()
        .measures
        .get(w.low(g))
        .is_some_and(|phrases| phrases.iter().any(|(p, _)| p.len() == 1))
        .then_some(g)
}

/// Most tokens between "among" and the measure of its group ("among at least 19 civilians
/// killed").
const AMONG_REACH: usize = 6;

/// Where "among" stands when a figure's noun, ending before `k`, is said to be among a group:
/// "… among the dead", "… were among the dead", "… and two women were among the dead" (a
/// further part of a list may come before the verb); not "among them", which lists parts.
pub fn among_a_group(w: &Words, mut k: usize) -> Option<usize> {
    if w.low(k) == "and" && is_count(w, k + 1) {
        k += 2;
        // The further part's noun, of at most two words.
        let mut nouns = 0;
        while nouns < 2 && !matches!(w.low(k), "were" | "are" | "among" | "") {
            k += 1;
            nouns += 1;
        }
    }
    if matches!(w.low(k), "were" | "are" | "was" | "is") {
        k += 1;
    }
    (w.low(k) == "among" && !matches!(w.low(k + 1), "them" | "whom")).then_some(k)
}

/// The measure of the group a figure is among ("were among at least 19 civilians killed"),
/// "among" standing at `among`.
fn measure_of_group_among(w: &Words, among: usize) -> Option<&'static str> {
    let lex = lexicon();
    (among + 1..=among + AMONG_REACH)
        .take_while(|&i| !matches!(w.low(i), "" | "." | "," | ";" | ":" | "and"))
        .find_map(|i| {
            let phrases = lex.measures.get(w.low(i))?;
            phrases
                .iter()
                .find(|(p, _)| w.matches_at(i, p))
                .map(|(_, m)| *m)
        })
}

/// Tokens before a rise verb searched for the toll it moves: a toll's subject may be long
/// ("the death toll from Saturday's suicide bombing at a market in Konduga has risen to 27").
const TOLL_SUBJECT_REACH: usize = 24;

/// Whether `verb` tells a count went up to or stood at a value when "to" or "at" follows it
/// ("rose to 15", "stands at 40").
pub fn rises_to(verb: &str) -> bool {
    matches!(
        verb,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "climbed"
            | "climbs"
            | "increased"
            | "increases"
            | "jumped"
            | "jumps"
            | "soared"
            | "grew"
            | "grown"
            | "mounted"
            | "stands"
            | "stood"
            | "stand"
            | "revised"
    )
}

/// The measure of a figure that a toll rose to, when no measure word is near it: "the death
/// toll from Saturday's bombing in Konduga, northeastern Nigeria, has risen to 27", "the death
/// toll of the earthquake of 6.4 magnitude reached forty-one persons", "the number of those
/// injured climbed to 230". The verb stands right before the figure (through "to" or "at");
/// the toll is its subject, earlier in the sentence.
fn toll_risen_to(w: &Words, first: usize) -> Option<&'static str> {
    let k = rising_verb_before(w, first)?;
    let lex = lexicon();
    for j in (k.saturating_sub(TOLL_SUBJECT_REACH)..k).rev() {
        match w.low(j) {
            "." | ";" | ":" | "?" | "!" => return None,
            "toll" => {
                return Some(if j > 0 && w.low(j - 1) == "casualty" {
                    "casualties"
                } else {
                    "killed"
                });
            }
            "number" if w.low(j + 1) == "of" => {
                // "the number of dead", "the number of people injured", "of those killed".
                // "the number of civilians killed": past a noun of people too.
                return (j + 2..j + 5)
                    .map(|t| w.low(t))
                    .find(|l| {
                        !matches!(*l, "the" | "people" | "persons" | "those")
                            && !lex.people.contains(l)
                    })
                    .and_then(|l| lex.measure_of_word(l));
            }
            _ => {}
        }
    }
    None
}

/// The token of the noun of people in "the number of fishermen killed rose to seven", the
/// subject of a verb that moved a count to the figure starting at `first`: what it counts.
pub fn people_of_a_risen_number(w: &Words, first: usize) -> Option<usize> {
    let k = rising_verb_before(w, first)?;
    let lex = lexicon();
    let j = (k.saturating_sub(TOLL_SUBJECT_REACH)..k)
        .rev()
        .take_while(|&j| !matches!(w.low(j), "." | ";" | ":" | "?" | "!"))
        .find(|&j| w.low(j) == "number" && w.low(j + 1) == "of")?;
    let t = j + 2 + usize::from(w.low(j + 2) == "the");
    (lex.people.contains(w.low(t)) && !matches!(w.low(t), "people" | "persons")).then_some(t)
}

/// The verb right before the figure starting at `first` (through "to" or "at") that moves a
/// count to it: "rose to", "climbed to", "reached", "stood at".
fn rising_verb_before(w: &Words, first: usize) -> Option<usize> {
    let mut k = first.checked_sub(1)?;
    let through = matches!(w.low(k), "to" | "at");
    if through {
        k = k.checked_sub(1)?;
    }
    let verb = w.low(k);
    let rises = if through {
        rises_to(verb)
    } else {
        matches!(
            verb,
            "reached" | "reaches" | "hit" | "hits" | "topped" | "tops" | "surpassed" | "exceeded"
        )
    };
    rises.then_some(k)
}

/// Whether a figure starts at token `k`, after at most two qualifier words ("more than 55",
/// "at least 12", "another 250").
fn figure_follows(w: &Words, k: usize) -> bool {
    (k..k + 3)
        .find(|&i| {
            !matches!(
                w.low(i),
                "more"
                    | "than"
                    | "over"
                    | "at"
                    | "least"
                    | "another"
                    | "nearly"
                    | "about"
                    | "around"
                    | "some"
                    | "almost"
            )
        })
        .is_some_and(|i| is_count(w, i))
}

/// Most tokens of a list of parts stepped over when scanning for a measure ("including five
/// children, two women and an elderly man").
const MAX_PARTS_LIST: usize = 12;

/// Whether the token at `k` opens a list of parts of a figure before it: "including",
/// "among them", "among whom".
fn opens_parts(w: &Words, k: usize) -> bool {
    match w.low(k) {
        "including" | "incl" => true,
        "among" => matches!(w.low(k + 1), "them" | "whom"),
        _ => false,
    }
}

/// Whom one flees from police, not from home: "two teenagers fleeing police", "fled the
/// officers", "fled arrest" tell of a chase, and count no one displaced.
fn flees_a_pursuer(w: &Words, k: usize) -> bool {
    if !matches!(w.low(k), "fled" | "fleeing" | "flee" | "flees") {
        return false;
    }
    let next = if w.low(k + 1) == "the" { k + 2 } else { k + 1 };
    matches!(
        w.low(next),
        "police" | "officers" | "policemen" | "authorities" | "arrest" | "capture" | "scene"
    )
}

/// Scans from token `start` rightward (or leftward) for a measure phrase; returns the distance
/// in content words, the measure, and whether the scan crossed "and", "but" or "while" on its
/// way. Stops at clause ends and at other numbers.
/// Whether the word at `k` is denied: "not" or "never" right before it, or before an adverb
/// before it ("were not seriously hurt").
fn denied(w: &Words, k: usize) -> bool {
    let negation = |j: usize| matches!(w.low(j), "not" | "never" | "n't");
    (k >= 1 && negation(k - 1)) || (k >= 2 && w.low(k - 1).ends_with("ly") && negation(k - 2))
}

fn scan_measure(w: &Words, start: usize, rightward: bool) -> Option<(usize, &'static str, bool)> {
    let lex = lexicon();
    let mut dist = 0;
    let mut crossed = false;
    let mut k = start;
    let limit = 6;
    // Tokens left of a list of parts being stepped over ("56 civilians including four
    // children and a woman were killed"): its numbers are parts of the figure, not counts of
    // their own, and its words are no distance from the measure.
    let mut part = 0;
    loop {
        if k >= w.len() {
            return None;
        }
        let low = w.low(k);
        if rightward {
            if part == 0 && opens_parts(w, k) {
                part = MAX_PARTS_LIST;
                k += if low == "among" { 2 } else { 1 };
                continue;
            }
            if part > 0 {
                part -= 1;
                let numeric =
                    w.kind(k) == Some(TokenKind::Number) || lex.number_words.contains_key(low);
                // A comma or dash ends the list unless another part follows ("including five
                // children, two women and a man").
                let closes = matches!(low, "," | "—" | "–" | "-") && !is_count(w, k + 1);
                if part == 0 && !closes {
                    return None;
                }
                // "killing two people including a child and injuring six others": a measure
                // after "and" starts a conjunct of its own.
                if matches!(low, "and" | "while" | "but") && lex.measures.contains_key(w.low(k + 1))
                {
                    return None;
                }
                if !closes && (numeric || !lex.measure_scan_words.contains(low)) {
                    if matches!(low, "." | ";" | ":" | "?" | "!" | "(" | ")") {
                        return None;
                    }
                    k += 1;
                    continue;
                }
                part = 0;
                if closes {
                    k += 1;
                    continue;
                }
            }
        }
        // Marks, numbers and words each have their own tests: a token is only asked those of
        // its kind.
        match w.kind(k) {
            Some(TokenKind::Punct) => {
                if matches!(
                    low,
                    "." | ";" | ":" | "?" | "!" | "(" | ")" | "\"" | "“" | "”"
                ) {
                    return None;
                }
                if rightward
                    && low == ","
                    && matches!(w.low(k + 1), "according" | "said" | "says" | "officials")
                {
                    return None;
                }
                // "Five people — three children and two adults — were killed": an aside set
                // off by two dashes is stepped over, its numbers with it.
                if rightward && let Some(close) = closing_dash(w, k) {
                    dist += 1;
                    k = close + 1;
                    continue;
                }
                // A comma or a dash between the figure and a measure word weakens the link:
                // "killing 10 people, injuring dozens more" and "shot three co-workers —
                // killing two": the verb before governs the number.
                if matches!(low, "," | "—" | "–" | "-") {
                    dist += 1;
                }
            }
            Some(TokenKind::Number) => return None,
            Some(TokenKind::Word) => {
                // Most words are neither numbers nor part of a measure: one set tells so.
                if lex.measure_scan_words.contains(low) {
                    if lex.number_words.contains_key(low) || lex.vague_plurals.contains_key(low) {
                        return None;
                    }
                    // "200 rescuers searched for the missing skier", "treated the injured":
                    // a measure named as a group after "the" is the object of another verb,
                    // not what befell the count.
                    // "of the dead", "among the wounded" name the group the count is of.
                    if rightward
                        && k > start + 1
                        && w.low(k - 1) == "the"
                        && !matches!(w.low(k - 2), "of" | "among")
                        && matches!(
                            low,
                            "missing" | "injured" | "wounded" | "dead" | "displaced"
                        )
                    {
                        return None;
                    }
                    // "Its 21 crew members were not hurt": a measure denied befell no one.
                    if rightward && denied(w, k) {
                        return None;
                    }
                    if let Some(phrases) = lex.measures.get(low)
                        && !flees_a_pursuer(w, k)
                    {
                        for (phrase, m) in phrases {
                            if w.matches_at(k, phrase) {
                                // "killing 8 persons injuring more than 55": a verb after the
                                // figure that goes on to a number of its own is further from
                                // this figure than one right before it.
                                let own = rightward && figure_follows(w, k + phrase.len());
                                return Some((dist + usize::from(own), m, crossed));
                            }
                        }
                    }
                    // A multiword phrase ending here when scanning left: "death toll", "lost
                    // their lives".
                    if !rightward && let Some(phrases) = lex.measures_by_last.get(low) {
                        for (phrase, m) in phrases {
                            if w.matches_before(k + 1, phrase) {
                                return Some((dist, m, crossed));
                            }
                        }
                    }
                }
                // One match on the word for what the rest of the scan asks of it: the words
                // that cross a conjunct, relative pronouns and skipped words are three
                // separate lists.
                match scan_words().get(low) {
                    Some(ScanWord::Conjunction) => {
                        crossed = true;
                        dist += 1;
                    }
                    // "42 people were killed in the school, where more than 300 Palestinians
                    // had taken shelter": a relative clause's figure is not what the clause
                    // before it measured (its own verb, after the pronoun, is found first).
                    Some(ScanWord::Relative) if !rightward => return None,
                    // "Four persons were kidnapped when at least a dozen gunmen opened
                    // fire": a clause of time has its own subject.
                    Some(ScanWord::When) if !rightward => return None,
                    Some(ScanWord::Skipped) => {}
                    _ => dist += 1,
                }
            }
            None => return None,
        }
        if dist > limit {
            return None;
        }
        if rightward {
            k += 1;
        } else if k == 0 {
            return None;
        } else {
            k -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// The measure of the count whose number is the word `number` and whose noun is `noun`.
    fn measure_in(s: &str, number: &str, noun: &str) -> Option<&'static str> {
        let w = Words::new(s, Span::new(0, s.len()));
        let first = (0..w.len()).find(|&i| w.low(i) == number).expect(number);
        let end = (first..w.len()).find(|&i| w.low(i) == noun).expect(noun);
        measure_of(&w, first, end, GroupAfter::at(&w, end + 1))
    }

    #[test]
    fn a_count_of_either_of_two_fates_is_neither_alone() {
        for (s, m) in [
            (
                "More than 100 people were killed or went missing.",
                "killed or missing",
            ),
            (
                "At least 40 people are dead or missing.",
                "killed or missing",
            ),
            (
                "At least 40 people were killed or injured.",
                "killed or injured",
            ),
            ("Forty people were wounded or killed.", "killed or injured"),
        ] {
            let number = s.split(' ').nth(if s.starts_with("Forty") { 0 } else { 2 });
            let number = number.map(str::to_lowercase).unwrap_or_default();
            assert_eq!(measure_in(s, &number, "people"), Some(m), "{s}");
        }
        let s = "Across the state, 41 people died in custody last year, up from 33 people the \
                 year before.";
        assert_eq!(measure_in(s, "33", "people"), None);
        // People in captivity are kidnapped.
        let s = "Two hostages remain in captivity.";
        assert_eq!(measure_in(s, "two", "hostages"), Some("kidnapped"));
        let s = "Three workers are still held captive.";
        assert_eq!(measure_in(s, "three", "workers"), Some("kidnapped"));
        // One fate, then a clause of another: the first alone.
        let s = "Five people were killed, or so police said.";
        assert_eq!(measure_in(s, "five", "people"), Some("killed"));
    }

    #[test]
    fn a_count_after_a_closed_clause_is_not_its_object() {
        // ECB+ 18: the two men were wounded, not killed.
        let s =
            "A female receptionist died and two men, believed to be managers, underwent surgery.";
        assert_eq!(measure_in(s, "two", "men"), None);
        let s = "A guard was killed and two men, both managers, underwent surgery.";
        assert_eq!(measure_in(s, "two", "men"), None);
        // An active verb's objects go on after "and"; a measure of their own still counts.
        let s = "The gunman killed a guard and two men in the office.";
        assert_eq!(measure_in(s, "two", "men"), Some("killed"));
        let s = "A woman died and two men were wounded.";
        assert_eq!(measure_in(s, "two", "men"), Some("injured"));
    }

    #[test]
    fn a_word_describing_the_people_counted_gives_way_to_the_verb_after_them() {
        // The count ends at its number: "injured" describes the workers, who died.
        let s = "The toll rose to 15 after three injured workers died in hospital.";
        assert_eq!(measure_in(s, "three", "three"), Some("killed"));
        let s = "Two wounded soldiers later died.";
        assert_eq!(measure_in(s, "two", "two"), Some("killed"));
        // A part of a counted group takes the verb after the group; the group has none.
        let s = "Three of the six were taken to hospital.";
        assert_eq!(measure_in(s, "three", "three"), Some("hospitalised"));
        assert_eq!(measure_in(s, "six", "six"), None);
        let s = "Police have not said which of the four have been identified among the dead.";
        assert_eq!(measure_in(s, "four", "four"), None);
        // A group with a measure of its own keeps it; its part takes none from it.
        let s = "He said 30 of the 80 wounded remained in hospital.";
        assert_eq!(measure_in(s, "80", "80"), Some("injured"));
        let s = "Three of the four soldiers killed by friendly fire died in a blast.";
        assert_eq!(measure_in(s, "three", "three"), None);
        // A noun of two words, or one with a word describing it.
        let s = "Two wounded police officers died in hospital overnight.";
        assert_eq!(measure_in(s, "two", "two"), Some("killed"));
        let s = "Two wounded Malian soldiers died overnight.";
        assert_eq!(measure_in(s, "two", "two"), Some("killed"));
        // Injured workers taken to hospital are counted by the hospital; with no verb of
        // their own right after them, they are the injured.
        let s = "Three injured workers were taken to hospital.";
        assert_eq!(measure_in(s, "three", "three"), Some("hospitalised"));
        let s = "The hospital received 140 injured people some of whom sustained severe injuries.";
        assert_eq!(measure_in(s, "140", "140"), Some("injured"));
        // A count with its noun keeps the verb right after it.
        let s = "Eight civilians killed others injured in rocket attacks.";
        assert_eq!(measure_in(s, "eight", "civilians"), Some("killed"));
    }

    #[test]
    fn an_aside_naming_parts_is_stepped_over() {
        let s = "Nine people, three of them children, have died after a fire swept the camp.";
        assert_eq!(measure_in(s, "nine", "people"), Some("killed"));
        // A comma before another clause still ends the scan.
        let s = "Nine people, police said, were seen.";
        assert_eq!(measure_in(s, "nine", "people"), None);
    }

    #[test]
    fn a_clause_of_time_has_its_own_subject() {
        let s = "Four persons were kidnapped on Tuesday when 12 gunmen opened fire on the convoy.";
        assert_eq!(measure_in(s, "four", "persons"), Some("kidnapped"));
        assert_eq!(measure_in(s, "12", "gunmen"), None);
    }

    #[test]
    fn the_agent_of_a_verb_is_not_what_it_measured() {
        let s = "Kimani Gray was shot dead by two plainclothes officers on Saturday.";
        assert_eq!(measure_in(s, "two", "officers"), None);
        assert_eq!(
            measure_in("Police shot dead two gunmen on Saturday.", "two", "gunmen"),
            Some("killed")
        );
    }

    #[test]
    fn attackers_who_act_on_others_are_not_what_their_verb_measures() {
        let s = "Two gunmen kidnapped four workers on the highway.";
        assert_eq!(measure_in(s, "two", "gunmen"), None);
        assert_eq!(measure_in(s, "four", "workers"), Some("kidnapped"));
        let s = "In March, a gunman shot and wounded three people at a printing plant.";
        assert_eq!(measure_in(s, "a", "gunman"), None);
        let s = "Two gunmen were killed in the shootout.";
        assert_eq!(measure_in(s, "two", "gunmen"), Some("killed"));
        // Other counts of people keep a verb right after them: headlines list tolls without
        // commas.
        let s = "Three people killed five injured in rocket attack";
        assert_eq!(measure_in(s, "three", "people"), Some("killed"));
    }

    #[test]
    fn people_sought_released_and_escaped_are_measures_of_their_own() {
        let s = "Two suspects were arrested and police are searching for three others.";
        assert_eq!(measure_in(s, "two", "suspects"), Some("arrested"));
        assert_eq!(measure_in(s, "three", "others"), Some("sought"));
        let s = "Arrest warrants were issued for five suspects, who remain at large.";
        assert_eq!(measure_in(s, "five", "suspects"), Some("sought"));
        let s = "Three hostages were released shortly after noon.";
        assert_eq!(measure_in(s, "three", "hostages"), Some("released"));
        // Who sought refuge was not sought.
        let s = "Three Palestinians, who had sought refuge in a school, died.";
        assert_ne!(measure_in(s, "three", "palestinians"), Some("sought"));
        let s = "Two employees escaped through a back door.";
        assert_eq!(measure_in(s, "two", "employees"), Some("escaped"));
    }

    #[test]
    fn people_a_vehicle_carries_are_not_what_befell_others() {
        let s = "A bus carrying 40 passengers plunged into a gorge, killing 12.";
        assert_eq!(measure_in(s, "40", "passengers"), None);
        assert_eq!(measure_in(s, "12", "12"), Some("killed"));
        let s = "A fire swept through a ferry carrying 253 people, killing nine people.";
        assert_eq!(measure_in(s, "253", "people"), None);
        // What befell the carried, told right after them, is theirs.
        let s = "An ambulance carrying five wounded was hit.";
        assert_eq!(measure_in(s, "five", "five"), Some("injured"));
    }

    #[test]
    fn an_aside_between_dashes_is_stepped_over() {
        let s = "Five people — three children and two adults — were killed in the blast.";
        assert_eq!(measure_in(s, "five", "people"), Some("killed"));
        // One dash opens no aside: the number after it stops the scan.
        let s = "Five people arrived — three more were killed later.";
        assert_eq!(measure_in(s, "five", "people"), None);
    }

    #[test]
    fn bodies_handed_over_to_families_are_no_toll() {
        let s = "Bodies of 22 victims had been handed over to their families by Friday evening.";
        assert_eq!(measure_in(s, "22", "victims"), Some("returned"));
        let s = "Bodies of 22 victims were pulled from the gorge.";
        assert_eq!(measure_in(s, "22", "victims"), Some("killed"));
    }

    #[test]
    fn people_out_alive_are_rescued_and_under_the_debris_trapped() {
        let s = "Rescue workers had pulled 37 people out alive by late afternoon.";
        assert_eq!(measure_in(s, "37", "people"), Some("rescued"));
        let s = "About 30 people are still believed to be under the debris, officials said.";
        assert_eq!(measure_in(s, "30", "people"), Some("trapped"));
        let s = "As many as 40 others may still be buried in the rubble.";
        assert_eq!(measure_in(s, "40", "others"), Some("trapped"));
    }

    #[test]
    fn people_forced_to_leave_are_displaced() {
        let s = "Wildfires that followed forced around 20,000 people to leave Rhodes.";
        assert_eq!(measure_in(s, "20,000", "people"), Some("displaced"));
    }
}
