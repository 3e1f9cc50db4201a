//! Which claims talk about the same thing: similarity between each claim and the distinct
//! claims (representatives) of its block of claims of the same kind and measure, then greedy
//! grouping, strongest pairs first, that keeps one value per source.

use crate::compare::crowd_sides;
use crate::compare::officers::POLICE;
use crate::compare::profile::{
    Profile, TollDay, UNIT_SCALES, across_midnight, alignment_class, common_scale, hours_per,
    one_day, values_overlap,
};
use crate::model::{Claim, ClaimKind, Qualifier, Value, WEEKDAYS, is_currency};
use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeMap;
use strsim::jaro_winkler;

/// Nouns at least this similar (Jaro-Winkler) are the same noun ("kilometres"/"kilometers").
const SAME_NOUN: f64 = 0.93;
/// Context words at least this similar count as shared.
const SAME_WORD: f64 = 0.92;

/// Counted nouns that an unnamed count of people ("56 dead") may stand for.
const GENERIC_PEOPLE: [&str; 8] = [
    "person",
    "individual",
    "civilian",
    "victim",
    "other",
    "resident",
    "inhabitant",
    "suspect",
];

/// Nouns that name people only by what befell them, with that measure: "four hostages" are
/// four people kidnapped, "200 evacuees" 200 people displaced. Of another measure ("two
/// hostages killed") they name a particular group.
const ROLE_NOUNS: [(&str, &str); 15] = [
    ("gunman", "attacking"),
    ("attacker", "attacking"),
    ("assailant", "attacking"),
    ("shooter", "attacking"),
    ("hostage", "kidnapped"),
    ("survivor", "rescued"),
    ("captive", "kidnapped"),
    ("abductee", "kidnapped"),
    ("evacuee", "displaced"),
    ("detainee", "arrested"),
    ("protester", "gathered"),
    ("protestor", "gathered"),
    ("demonstrator", "gathered"),
    ("marcher", "gathered"),
    ("employee", "employed"),
];

/// Nouns that name the same people, each group in the singular `singular` gives: outlets
/// count one group with any of them ("a police officer", "a policeman", "one cop"; "four
/// soldiers", "four troops", "four servicemen"). A noun that may name another group too stays
/// out ("officer" may be an army's, "fighter" an armed one; see `officers` for when it is
/// police).
const SAME_PEOPLE: [&[&str]; 11] = [
    POLICE,
    &["soldier", "troop", "serviceman", "service member"],
    &["child", "kid", "minor"],
    &["firefighter", "fireman", "fire fighter"],
    // "Detainee" may name one held without a trial, apart from the prisoners of a story.
    &["prisoner", "inmate"],
    &["pupil", "student", "schoolchild"],
    &["rescuer", "rescue worker"],
    &["crew", "crew member", "seafarer"],
    // "120 families" and "120 households" forced from their homes.
    &["family", "household"],
    &["passenger", "traveller", "traveler"],
    // "11 hikers" and "eleven walkers" on a hill.
    &["hiker", "walker", "rambler", "trekker"],
];

/// Nouns that name the same things, each group in the singular `singular` gives: "some
/// 1,800 houses" and "around 2,000 homes" damaged, "seven coaches" and "eight carriages" of
/// one train. A noun that may name other things too stays out ("car" of a train or a road).
const SAME_THINGS: [&[&str]; 17] = [
    &["house", "home", "dwelling"],
    &["flat", "apartment"],
    &["customer", "client"],
    // A parliament's seats, as translating outlets write them ("176 mandates").
    &["seat", "mandate"],
    // Counts of an indictment ("seven counts", "seven charges").
    &["count", "charge"],
    &["gun", "firearm"],
    &["job", "position", "post"],
    &["employee", "worker", "staff", "staffer"],
    &["coach", "carriage", "wagon"],
    &[
        "plane",
        "aircraft",
        "airplane",
        "aeroplane",
        "jet",
        "airliner",
    ],
    &["truck", "lorry"],
    // Currencies that share a name: an outlet's "Rs" or "shillings" is its own country's,
    // which a sum in other words ("PKR", "Kenyan shillings") names.
    &["inr", "pkr", "npr", "lkr"],
    &["shilling", "kes", "ugx", "tzs", "sos"],
    &["peso", "mxn", "php", "ars", "cop", "clp"],
    &["rial", "irr", "omr", "yer"],
    &["dirham", "aed", "mad"],
    &["krone", "nok", "dkk"],
];

/// Whether two nouns are in one group of [`SAME_PEOPLE`] or [`SAME_THINGS`].
fn nouns_of_one_group(a: &str, b: &str) -> bool {
    SAME_PEOPLE
        .iter()
        .chain(&SAME_THINGS)
        .any(|group| group.contains(&a) && group.contains(&b))
}

/// Whether a count's noun names no one in particular for its measure: a noun of
/// [`GENERIC_PEOPLE`], or a [`ROLE_NOUNS`] noun of its own measure.
fn any_people(unit: &str, measure: Option<&str>) -> bool {
    GENERIC_PEOPLE.contains(&unit) || role_noun_of(unit, measure)
}

/// Whether a count's noun is a [`ROLE_NOUNS`] noun of its own measure ("demonstrators"
/// gathered, "hostages" kidnapped).
fn role_noun_of(unit: &str, measure: Option<&str>) -> bool {
    ROLE_NOUNS
        .iter()
        .any(|&(noun, m)| noun == unit && measure == Some(m))
}

/// Whether two profiles may describe the same thing at all: same kind and measure, matching
/// counted nouns and share bases, same part-or-whole and same happening.
pub fn may_match<'a>(a: &'a Profile, b: &'a Profile, nouns: &Nouns<'a>) -> bool {
    if a.kind != b.kind
        || a.measure != b.measure
        || (a.subset != b.subset && !same_particular_group(a, b, nouns))
        || (a.background != b.background && !same_calendar_day(a, b))
    {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.event_class, &b.event_class)
        && x != y
    {
        return false;
    }
    // Distances from two places are two facts; one that names no place may be either.
    if let (Some(x), Some(y)) = (&a.place, &b.place)
        && !x.eq_ignore_ascii_case(y)
    {
        return false;
    }
    let units = match (&a.unit, &b.unit) {
        // "368,000 demonstrators" and "368,000 people" gathered, "four hostages" and
        // "four people" kidnapped: nouns that name no one in particular for the measure.
        (Some(x), Some(y)) => {
            let m = a.measure.as_deref();
            nouns.same(x, y)
                || main_counts_of_people(a, b)
                || (a.counts_people
                    && b.counts_people
                    && (role_noun_of(x, m) || role_noun_of(y, m))
                    && any_people(x, m)
                    && any_people(y, m))
        }
        (None, None) => true,
        // "56 dead" counts people as "56 civilians killed" does, but not as "5 soldiers killed".
        (Some(u), None) | (None, Some(u)) => {
            a.counts_people && b.counts_people && any_people(u, a.measure.as_deref())
                || main_counts_of_people(a, b)
        }
    };
    let of = match (&a.of, &b.of) {
        (Some(x), Some(y)) if a.measure.as_deref() == Some("age") => same_person(x, y),
        // "a 10-metre dhow" and "a 10-metre craft" may be one boat: their nouns are weighed
        // by the pair's score (see [`sized_things_apart`]).
        _ if sizes_a_thing(a) || sizes_a_thing(b) => true,
        (Some(x), Some(y)) => nouns.same(x, y),
        (None, None) => true,
        _ => false,
    };
    units && of
}

/// Whether a figure gives the size of a thing ("the 120-tonne truss": a number joined to its
/// unit, with the noun it sizes as what it is of): no measure, and a thing that is no share's
/// whole.
fn sizes_a_thing(p: &Profile) -> bool {
    p.kind == ClaimKind::Figure
        && p.measure.is_none()
        && p.of.is_some()
        && p.unit.as_deref().is_some_and(|u| u != "percent")
}

/// Whether two figures of one unit, at least one the size of a thing, cannot be of one
/// thing at values that cannot both be true: "the 120-tonne truss" and "the 90-tonne steel
/// truss" are one truss weighed twice, "a 200-bed hospital" and "a 10-bed clinic" two
/// buildings, and a size that names no thing may be of any. Equal sizes line up by their
/// words ("a 10-metre dhow", "a 10-metre craft").
fn sized_things_apart<'a>(
    a: &'a Profile,
    b: &'a Profile,
    nouns: &Nouns<'a>,
    disjoint: bool,
) -> bool {
    let (x, y) = (sizes_a_thing(a), sizes_a_thing(b));
    if !(x || y) || !disjoint {
        return false;
    }
    // Both sizes name their thing (`of`), and it is one noun.
    !(x && y && matches!((&a.of, &b.of), (Some(p), Some(q)) if nouns.same(p, q)))
}

/// Whether two names (lowercase) may be of one person: the same last word, and the words of
/// one among the other's ("linda hughes", "hughes", "neighbour linda hughes"), so "tom hughes"
/// is not "linda hughes".
fn same_person(a: &str, b: &str) -> bool {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let within = |p: &[&str], q: &[&str]| p.iter().all(|w| q.contains(w));
    x.last() == y.last() && (within(&x, &y) || within(&y, &x))
}

/// Words of a place's name that tell no place apart ("Monroe County", "Lowndes County").
const KINDS_OF_PLACE: [&str; 9] = [
    "county",
    "province",
    "city",
    "district",
    "region",
    "state",
    "governorate",
    "town",
    "village",
];

/// Whether two counts are told of two places whose names share no word but a kind of place
/// ("monroe county", "lowndes county"); "aleppo" and "eastern aleppo city" are one.
fn places_apart<'a>(a: &'a Profile, b: &'a Profile) -> bool {
    let (Some(x), Some(y)) = (&a.count_place, &b.count_place) else {
        return false;
    };
    let words = |s: &'a str| s.split(' ').filter(|w| !KINDS_OF_PLACE.contains(w));
    // "Syrias Aleppo" (a possessive that lost its apostrophe) and "Syria" share a word.
    let share = |p: &str, q: &str| {
        p == q || (p.len().min(q.len()) >= 4 && (p.starts_with(q) || q.starts_with(p)))
    };
    !words(x).any(|p| words(y).any(|q| share(p, q)))
}

/// Whether two dates name the same day of the calendar ("February 24, 2027" in two outlets):
/// one is the same fact whether or not an outlet that wrote later counts it as an earlier
/// happening (two weeks before publication). Dates that differ stay apart across that line.
fn same_calendar_day(a: &Profile, b: &Profile) -> bool {
    a.kind == ClaimKind::Date
        && match (&a.timex, &b.timex) {
            (Some(x), Some(y)) => x == y && is_calendar_day(x),
            _ => false,
        }
}

/// Whether a TIMEX3 value is one day of the calendar, written in full ("2027-02-24").
fn is_calendar_day(timex: &str) -> bool {
    timex.len() == 10 && calendar_day(Some(timex)).is_some()
}

/// Whether a part of a larger count and a count of its own name one particular group by the
/// same noun: "68 passengers, including 15 foreigners" and "15 foreigners were on board",
/// "68 passengers and four crew" and "68 passengers": the group is the same whether or not an
/// outlet counts it within a total. A generic noun ("people", "civilians") or no noun may be
/// any part of the toll. Such a pair lines up only on the same value (see [`pair_score`]).
fn same_particular_group<'a>(a: &'a Profile, b: &'a Profile, nouns: &Nouns<'a>) -> bool {
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => {
            nouns.same(x, y)
                && !GENERIC_PEOPLE.contains(&x.as_str())
                && !GENERIC_PEOPLE.contains(&y.as_str())
        }
        _ => false,
    }
}

/// Two articles' main counts of people (see `main_count`), of which at least one names no
/// one in particular: "one person" killed and "one male employee" killed, "two others" hurt
/// and "two other people" hurt tell one toll. Two particular groups ("two soldiers", "two
/// civilians") are two groups.
fn main_counts_of_people(a: &Profile, b: &Profile) -> bool {
    a.main && b.main && a.counts_people && b.counts_people && (generic(a) || generic(b))
}

/// Whether one main count is its article's lone victim (see `main_count`) and the other a
/// toll that names no group and not that victim's noun around it: "a security guard was
/// wounded" against "wounding three others" are two outlets' tolls, while "Two people,
/// including a policeman, were killed" names the lone policeman as a part of its toll.
fn rival_tolls(a: Scored, b: Scored) -> bool {
    let rivals = |lone: Scored, toll: Scored| {
        lone.1.lone_victim
            && generic(toll.1)
            && !lone.1.unit.as_deref().is_some_and(|u| {
                let head = u.rsplit(' ').next().unwrap_or(u);
                toll.0.context.iter().any(|w| w.as_str() == head)
            })
    };
    rivals(a, b) || rivals(b, a)
}

/// Whether a lone victim and another article's toll that cannot both be true are two
/// tellings of one toll: the toll is stated in its article's opening, counts at most three
/// (one victim against "three wounded" is the same few people told apart; against dozens, most
/// often another happening's), and their sentences do not date them to different days.
fn rivals_of_one_happening(a: &Profile, b: &Profile) -> bool {
    let toll = if a.lone_victim { b } else { a };
    toll.main_in_opening
        && toll.values.low().is_some_and(|l| l <= 3.5)
        && !dated_to_other_days(a, b)
}

/// Whether two tolls' sentences date them to different days (unless the dates were counted
/// from different reporting days).
fn dated_to_other_days(a: &Profile, b: &Profile) -> bool {
    match (a.day, b.day) {
        (Some(d), Some(e)) => {
            // A night runs into the next day: "Thursday night" and "Friday" may be one
            // happening's.
            let apart =
                |n: TollDay, o: TollDay| o.day != n.day && !(n.night && o.day == n.day + 1.0);
            apart(d, e)
                && apart(e, d)
                && !matches!((d.reported, e.reported), (Some(x), Some(y)) if x != y)
        }
        _ => false,
    }
}

/// Whether two main counts that cannot both be true are two tellings of one toll, so that
/// they line up as a contradiction (or a toll revised between reports): both are stated in
/// their articles' openings, neither is more than twice the other (a toll told differently stays within that;
/// counts further apart are most often tolls of different happenings of one day and place),
/// and their sentences do not date them to different days (unless the dates were counted
/// from different reporting days).
fn tolls_of_one_happening(a: &Profile, b: &Profile) -> bool {
    let (x, y) = (a.values, b.values);
    let far = match (x.high(), y.high(), x.low(), y.low()) {
        (Some(h), _, _, Some(l)) if h < l => l > 2.0 * h,
        (_, Some(h), Some(l), _) if h < l => l > 2.0 * h,
        _ => false,
    };
    // Reports of different days may date one toll to the days it was announced.
    a.main_in_opening && b.main_in_opening && !far && !dated_to_other_days(a, b)
}

/// The number a count states: its estimate, else its lower bound ("at least 12"), if above
/// zero.
fn stated_point(p: &Profile) -> Option<f64> {
    p.point().filter(|&v| v > 0.0)
}

/// How far apart (larger over smaller) two articles' only counts of a measure may be to be
/// one toll told outside an opening (see [`only_tolls_of_one_happening`]).
const ONLY_TOLLS_RATIO: f64 = 1.25;

/// Whether two main counts that cannot both be true, each its article's only value of the
/// measure, are one toll though one of them is told past its article's opening ("21 people
/// were injured" in the wire's lead, "Officials said 23 people had been injured" at the end
/// of a later report): one of them is in its opening, they are close (within
/// [`ONLY_TOLLS_RATIO`]) and not dated to different days. Counts of other measures than the
/// killed ("Police have arrested 11 people", "The police detained 13 people") need no
/// opening where both state a value, not an open bound ("over 50 arrests" over four nights):
/// a story tells of one set of arrests, where a war report may give tolls of several
/// attacks.
fn only_tolls_of_one_happening(a: &Profile, b: &Profile) -> bool {
    let past_openings = a.measure.as_deref() != Some("killed") && bounded(a) && bounded(b);
    (a.main_in_opening || b.main_in_opening || past_openings)
        && stated_within(a, b, ONLY_TOLLS_RATIO)
        && !dated_to_other_days(a, b)
}

/// Whether two counts both state a number (see [`stated_point`]) and the larger is at most
/// `ratio` times the smaller.
fn stated_within(a: &Profile, b: &Profile, ratio: f64) -> bool {
    match (stated_point(a), stated_point(b)) {
        (Some(x), Some(y)) => x.max(y) <= ratio * x.min(y),
        _ => false,
    }
}

/// Whether the numbers two counts state are more than twice apart ("at least 60 civilians"
/// and "at least 29 people", "dozens" and "close to a million"): open bounds let them both be
/// true, but they are most often tolls of different happenings. A lower bound and a larger
/// count ("at least 12", "41") are a toll that rose.
fn stated_far_apart(a: &Profile, b: &Profile) -> bool {
    let (Some(x), Some(y)) = (stated_point(a), stated_point(b)) else {
        return false;
    };
    let (low, high) = if x <= y { (a, b) } else { (b, a) };
    // "at least 12" in the first report and "41" a day later: a toll that rose.
    let rose = low.qualifier == Qualifier::AtLeast && bounded(high);
    x.max(y) > 2.0 * x.min(y) && !rose
}

/// Whether two counts are [`stated_far_apart`], or either is below [`CLOSE_TOTALS_FROM`] or
/// more than [`ONLY_TOLLS_RATIO`] from the other: a running total and a single count are told
/// apart unless both are large and close.
fn stated_far_apart_or_small(a: &Profile, b: &Profile) -> bool {
    let (Some(x), Some(y)) = (stated_point(a), stated_point(b)) else {
        return true;
    };
    x.min(y) < CLOSE_TOTALS_FROM || x.max(y) > ONLY_TOLLS_RATIO * x.min(y)
}

/// Smallest count a running total and a single count may share as one toll (see
/// [`stated_far_apart_or_small`]).
const CLOSE_TOTALS_FROM: f64 = 20.0;

/// A count with both bounds: "one male employee", "about 50", not "at least two men" or
/// "dozens of children", which overlap most tolls.
fn bounded(p: &Profile) -> bool {
    p.values.low().is_some() && p.values.high().is_some()
}

/// A count of people that names no group: no noun, or a noun any count of people may use.
pub fn generic(p: &Profile) -> bool {
    p.unit
        .as_deref()
        .is_none_or(|u| any_people(u, p.measure.as_deref()))
}

/// Main counts lined up across nouns where one names a particular group ("two villagers" and
/// "five people" hurt): the group may be part of the other's toll, so they line up only on
/// values that can both be true and that are bounded (an open bound fits any larger toll).
fn names_a_group_the_other_may_include(a: &Profile, b: &Profile) -> bool {
    let same = match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => same_noun(x, y),
        (None, None) => true,
        _ => false,
    };
    !(same || generic(a) && generic(b))
}

fn same_noun(a: &str, b: &str) -> bool {
    a == b
        || nouns_of_one_group(a, b)
        || (a.len() >= 4
            && b.len() >= 4
            && jaro_winkler_bound(a, b) >= SAME_NOUN - ROUNDING
            && jaro_winkler(a, b) >= SAME_NOUN)
}

/// [`same_noun`], remembered: an event names few nouns, and pairs of claims ask about the same
/// two again and again.
#[derive(Default)]
pub struct Nouns<'a> {
    known: RefCell<HashMap<(&'a str, &'a str), bool>>,
}

impl<'a> Nouns<'a> {
    fn same(&self, a: &'a str, b: &'a str) -> bool {
        // "30 km" and "19 miles" are lengths on one scale, "120 km" (an hour) and "75 mph"
        // speeds (see `profile::metres_per_or_per_hour`); their measures tell which.
        // Areas likewise, in square metres ("5,000 hectares", "12,000 acres"), and masses in
        // kilograms ("400 kg", "400 kilos"), volumes in litres ("600 l", "600 litres").
        if a == b
            || UNIT_SCALES
                .iter()
                .any(|scale| scale(a).is_some() && scale(b).is_some())
        {
            return true;
        }
        let key = if a <= b { (a, b) } else { (b, a) };
        *self
            .known
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| same_noun(key.0, key.1))
    }
}

/// How much each context word tells: words that few of the event's articles use weigh more
/// (inverse document frequency over articles). Words are numbered in their sorted order, so
/// numbers compare as the words do.
pub struct WordWeights<'a> {
    /// The event's context words, sorted: a word's number is its place here.
    words: Vec<&'a str>,
    /// Each word's weight, by number.
    idf: Vec<f64>,
    /// For each word, the numbers of the other words it may be [`spelled_alike`] to (see
    /// [`may_be_alike`]), in increasing order, each with the answer once asked.
    alike: Vec<Vec<(u32, OnceCell<bool>)>>,
    nouns: Nouns<'a>,
}

/// A claim's context as [`WordWeights::similarity_of`] reads it: each word's number, in
/// increasing order (the context's own order), with its weight, and the weights' sum.
pub struct Context {
    ids: Vec<u32>,
    weights: Vec<f64>,
    total: f64,
}

impl<'a> WordWeights<'a> {
    /// The weights of the words of the claims' contexts, and each claim's context as pair
    /// scores read it: without calendar words for a date (see [`pair_score`]). `source_of`
    /// numbers each claim's source; a word's frequency is the share of sources using it.
    pub fn new(items: &'a Items<'a>, source_of: &[usize]) -> (WordWeights<'a>, Vec<Context>) {
        let sources = source_of.iter().max().map_or(0, |&s| s + 1);
        let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); sources];
        for (i, &s) in source_of.iter().enumerate() {
            by_source[s].push(i);
        }
        // Words numbered as first met; a source counts once for each word it uses.
        let mut number: HashMap<&str, u32> = HashMap::default();
        let mut met: Vec<&str> = Vec::new();
        let mut sources_using: Vec<usize> = Vec::new();
        let mut last_source: Vec<usize> = Vec::new();
        let mut first_numbers: Vec<Vec<u32>> = vec![Vec::new(); items.len()];
        for (s, own) in by_source.iter().enumerate() {
            for &i in own {
                first_numbers[i] = items[i]
                    .1
                    .context
                    .iter()
                    .map(|w| {
                        let next = met.len() as u32;
                        let n = *number.entry(w.as_str()).or_insert_with(|| {
                            met.push(w);
                            sources_using.push(0);
                            last_source.push(usize::MAX);
                            next
                        }) as usize;
                        if last_source[n] != s {
                            last_source[n] = s;
                            sources_using[n] += 1;
                        }
                        n as u32
                    })
                    .collect();
            }
        }
        let n = sources.max(1) as f64;
        let mut order: Vec<u32> = (0..met.len() as u32).collect();
        order.sort_unstable_by_key(|&k| met[k as usize]);
        let mut renumber = vec![0u32; met.len()];
        for (to, &from) in order.iter().enumerate() {
            renumber[from as usize] = to as u32;
        }
        let words: Vec<&str> = order.iter().map(|&k| met[k as usize]).collect();
        let idf = order
            .iter()
            .map(|&k| (1.0 + n / sources_using[k as usize] as f64).ln())
            .collect();
        let weights = WordWeights::of(words, idf);
        let calendar: Vec<bool> = weights.words.iter().map(|w| is_calendar_word(w)).collect();
        let contexts = items
            .iter()
            .zip(first_numbers)
            .map(|((_, _, p), numbers)| {
                let dates = p.kind == ClaimKind::Date;
                let ids = numbers
                    .into_iter()
                    .map(|k| renumber[k as usize])
                    .filter(|&k| !(dates && calendar[k as usize]))
                    .collect();
                weights.context(ids)
            })
            .collect();
        (weights, contexts)
    }

    /// Weights of sorted, distinct words.
    fn of(words: Vec<&'a str>, idf: Vec<f64>) -> WordWeights<'a> {
        // Words alike start with the same two bytes, so only words of one run of the sorted
        // words are compared, and most pairs fail the cheap checks of `may_be_alike`.
        let start = |w: &'a str| &w.as_bytes()[..w.len().min(2)];
        let mut alike = vec![Vec::new(); words.len()];
        let mut from = 0;
        for k in 1..=words.len() {
            if k < words.len() && start(words[k]) == start(words[from]) {
                continue;
            }
            for i in (from..k).filter(|&i| words[i].len() >= 5) {
                alike[i] = (from..k)
                    .filter(|&j| j != i && may_be_alike(words[i], words[j]))
                    .map(|j| (j as u32, OnceCell::new()))
                    .collect();
            }
            from = k;
        }
        WordWeights {
            words,
            idf,
            alike,
            nouns: Nouns::default(),
        }
    }

    /// The context of words numbered in increasing order.
    fn context(&self, ids: Vec<u32>) -> Context {
        let weights: Vec<f64> = ids.iter().map(|&k| self.idf[k as usize]).collect();
        let total = weights.iter().sum();
        Context {
            ids,
            weights,
            total,
        }
    }

    /// Weighted, fuzzy Jaccard similarity of two prepared contexts (see
    /// [`WordWeights::similarity`]): 0 to 1.
    fn similarity_of(&self, a: &Context, b: &Context) -> f64 {
        // Both are in increasing order: `at` walks `b` up to each word of `a`.
        let mut at = 0;
        let shared: f64 = (0..a.ids.len())
            .filter(|&k| {
                let id = a.ids[k];
                while b.ids.get(at).is_some_and(|&x| x < id) {
                    at += 1;
                }
                b.ids.get(at) == Some(&id)
                    || self.alike[id as usize].iter().any(|(x, known)| {
                        b.ids.binary_search(x).is_ok()
                            && *known.get_or_init(|| {
                                spelled_alike(self.words[id as usize], self.words[*x as usize])
                            })
                    })
            })
            .map(|k| a.weights[k])
            .sum();
        let total: f64 = b.weights.iter().fold(a.total, |sum, w| sum + w) - shared;
        if total <= 0.0 {
            0.0
        } else {
            (shared / total).clamp(0.0, 1.0)
        }
    }

    /// A weight by word (1 for a word the event does not use).
    #[cfg(test)]
    fn weight(&self, w: &str) -> f64 {
        self.words.binary_search(&w).map_or(1.0, |k| self.idf[k])
    }

    /// The prepared context of sorted words of the event.
    #[cfg(test)]
    fn numbered(&self, words: &[String]) -> Context {
        let ids = words
            .iter()
            .map(|w| {
                self.words
                    .binary_search(&w.as_str())
                    .expect("a word of the event") as u32
            })
            .collect();
        self.context(ids)
    }

    /// Weighted, fuzzy Jaccard similarity of two sorted contexts: 0 to 1.
    #[cfg(test)]
    pub fn similarity(&self, a: &[String], b: &[String]) -> f64 {
        let shared: f64 = a
            .iter()
            .filter(|w| {
                b.binary_search(w).is_ok()
                    || (w.len() >= 5 && b.iter().any(|x| spelled_alike(w, x)))
            })
            .map(|w| self.weight(w))
            .sum();
        let total: f64 = a.iter().chain(b).map(|w| self.weight(w)).sum::<f64>() - shared;
        if total <= 0.0 {
            0.0
        } else {
            (shared / total).clamp(0.0, 1.0)
        }
    }
}

/// Whether [`spelled_alike`] could find two words of the same first two bytes alike: the
/// cheap checks, then [`jaro_winkler_bound`].
fn may_be_alike(w: &str, x: &str) -> bool {
    x.len() >= 5
        && w.len().abs_diff(x.len()) <= 3
        && jaro_winkler_bound(w, x) >= SAME_WORD - ROUNDING
}

/// What a bound on Jaro-Winkler leaves for rounding.
const ROUNDING: f64 = 1e-9;

/// At least strsim's Jaro-Winkler similarity of two words, from the letters they share: Jaro
/// matches pairs of equal letters, so makes at most as many matches m as the words share
/// letters (counting repeats); Jaro is then at most (m/|a| + m/|b| + 1)/3, and Jaro-Winkler
/// adds 0.1 of what Jaro lacks for each letter of the common prefix (up to four). 1 for words
/// not all ASCII or empty.
fn jaro_winkler_bound(a: &str, b: &str) -> f64 {
    if !(a.is_ascii() && b.is_ascii()) || a.is_empty() || b.is_empty() {
        return 1.0;
    }
    let mut count = [0u32; 128];
    for c in a.bytes() {
        count[usize::from(c)] += 1;
    }
    let mut shared = 0usize;
    for c in b.bytes() {
        let n = &mut count[usize::from(c)];
        if *n > 0 {
            *n -= 1;
            shared += 1;
        }
    }
    let prefix = a
        .bytes()
        .zip(b.bytes())
        .take(4)
        .take_while(|(p, q)| p == q)
        .count();
    let m = shared as f64;
    let jaro = (m / a.len() as f64 + m / b.len() as f64 + 1.0) / 3.0;
    jaro + 0.1 * prefix as f64 * (1.0 - jaro)
}

/// Two context words that are spellings of one ("syrian", "syrians"). Words that start
/// differently or differ much in length are not: checked first, it spares most Jaro-Winkler
/// computations.
fn spelled_alike(w: &str, x: &str) -> bool {
    x.len() >= 5
        && w.len().abs_diff(x.len()) <= 3
        && w.as_bytes()[..2] == x.as_bytes()[..2]
        && jaro_winkler(w, x) >= SAME_WORD
}

/// A claim, its profile and its context (see [`WordWeights::context`]).
type Scored<'a, 'c> = (&'a Claim, &'a Profile, &'c Context);

/// How sure a pair of claims known to pass [`may_match`] (see [`Fits`]) is about the same
/// thing, or `None` below the bar. Both in the opening, the same happening and the same
/// counted noun add to what their contexts share. Values that cannot both be true need more
/// evidence than values that can: a false contradiction costs more than a missed agreement.
///
/// `sole`: both claims are the only value their articles give of what they count (see
/// [`sole_values`]), which adds to the evidence for values that can both be true.
fn pair_score<'a>(
    a: Scored<'a, '_>,
    b: Scored<'a, '_>,
    weights: &WordWeights<'a>,
    sole: bool,
    once: bool,
) -> Option<f64> {
    let dates = a.1.kind == ClaimKind::Date;
    let disjoint = !values_overlap(a.1, b.1);
    // A part of a larger count lines up with a count of its own (see
    // [`same_particular_group`]) only on the very same value: "three more workers died" is a
    // part of the toll, never a rival of "at least 12 workers" killed.
    if a.1.subset != b.1.subset && !(a.1.values == b.1.values && a.1.qualifier == b.1.qualifier) {
        return None;
    }
    // "Four people died in Monroe County" and "Six people died in Lowndes County": the tolls
    // of two places a storm struck, not one toll told two ways.
    if disjoint && places_apart(a.1, b.1) {
        return None;
    }
    // "The 120-tonne truss" and "a 90-tonne truss" weigh one truss; "a 200-bed hospital" and
    // "a 10-bed clinic" are two buildings.
    let sized = sizes_a_thing(a.1) && sizes_a_thing(b.1);
    if sized_things_apart(a.1, b.1, &weights.nouns, disjoint) {
        return None;
    }
    // "Police estimated that 45,000 people took part", "Organisers said 200,000": each side's
    // estimate, truly relayed.
    if disjoint
        && a.1.measure.as_deref() == Some("gathered")
        && crowd_sides::told_by_two_sides(a.0, b.0)
    {
        return None;
    }
    // "Police have now arrested 63 people": "now" tells how far a count has come, not the day
    // of what it counts; it is no rival of a day another outlet names.
    if dates && disjoint && (is_now(a.1) || is_now(b.1)) {
        return None;
    }
    // "Fighting in September 2022 killed about 100", "Clashes in April 2021 killed about 55":
    // a story recalls many earlier happenings of one kind, and two of their dates that
    // cannot both be true are two of them, not one told two ways.
    if dates && disjoint && a.1.background && b.1.background {
        return None;
    }
    // The words of the dates themselves ("Tuesday", "Dec.") tell nothing about which
    // happening two dates belong to: two different Tuesdays share them too, so a date's
    // context leaves them out.
    let similarity = weights.similarity_of(a.2, b.2);
    let mut score = similarity;
    // Two articles' main counts of a measure are each article's toll of the happening.
    if a.1.main && b.1.main {
        if names_a_group_the_other_may_include(a.1, b.1)
            && !rival_tolls(a, b)
            && (disjoint || !(bounded(a.1) && bounded(b.1)))
        {
            return None;
        }
        let rivals = rival_tolls(a, b);
        let opening_tolls = disjoint && !rivals && tolls_of_one_happening(a.1, b.1);
        // Each article's only count, one of them past its opening: what the openings' bonus
        // gives two tolls both told there, this pair earns by being the only ones.
        let only_tolls =
            disjoint && !rivals && sole && !opening_tolls && only_tolls_of_one_happening(a.1, b.1);
        if only_tolls {
            score += LEAD_BONUS;
        }
        let one_toll = if disjoint && rivals {
            rivals_of_one_happening(a.1, b.1)
        } else if disjoint {
            opening_tolls || only_tolls
        } else {
            a.1.unit.is_some() && a.1.unit == b.1.unit && !generic(a.1)
                || !stated_far_apart(a.1, b.1)
        };
        if one_toll {
            score += MAIN_BONUS;
            // A lone victim told beside its article's other toll ("Two persons died and a
            // security guard was wounded") states that article's toll, whatever the words
            // around it share with the other outlet's.
            if rivals {
                score += RIVAL_BONUS;
            }
        }
    }
    if a.0.lead && b.0.lead {
        score += LEAD_BONUS;
    }
    // "The 120-tonne truss" and "the 90-tonne steel truss": one thing has one size.
    if sized && disjoint {
        score += SIZE_OF_ONE_THING_BONUS;
    }
    // "Linda Hughes, 67" and "Hughes, 68": a person has one age, whatever words surround it.
    if a.1.measure.as_deref() == Some("age") {
        score += PERSON_AGE_BONUS;
    }
    // Dates of an attack and of the deaths it caused line up as one incident's (see
    // `profile::date_class`), but the same word class is the evidence: an airstrike's deaths
    // on Monday are not a car bomb on Thursday.
    if a.1.event_class.is_some() && a.1.event_class == b.1.event_class && same_own_class(a.0, b.0) {
        score += EVENT_BONUS;
    }
    if a.0.event.is_some() && a.0.event == b.0.event {
        score += EVENT_BONUS / 2.0;
    }
    if a.1.unit.is_some()
        && a.1.unit == b.1.unit
        && !GENERIC_PEOPLE.contains(&a.1.unit.as_deref().unwrap_or(""))
    {
        score += 0.1;
    }
    // A sum, share or length with a named measure ("revenue in EUR", "shares fall in
    // percent", "depth in km") says what it is: the same measure is evidence of the same fact,
    // though not enough for values that cannot both be true (a story may give two distances
    // from one city, of two quakes).
    if a.1.kind == ClaimKind::Figure
        && !disjoint
        && a.1.unit.is_some()
        && a.1.measure.is_some()
        && !a.1.counts_people
        && a.1.measure == b.1.measure
    {
        score += AMOUNT_BONUS;
    }
    // Lengths of different orders ("more than 25 years", "several hours") are different
    // spells even where an open bound lets their values overlap.
    let far_apart = a.1.kind == ClaimKind::Duration && orders_apart(a.1, b.1);
    // Lengths of very different orders ("in years", "about three hours") are lengths of
    // different things: they never line up as one length told two ways.
    if far_apart && disjoint {
        return None;
    }
    // The day a statement was made dates the saying, which each outlet may have heard on a
    // different day ("said on Saturday", "said on Sunday"): never a contradiction.
    if dates && disjoint && a.1.event_class.as_deref() == Some("announcement") {
        return None;
    }
    // "Police arrested two suspects" and "Two suspects have been detained", each article's
    // only count of suspects arrested: one fact, told in other words. An open bound ("at
    // least 9", "dozens") overlaps too much to tell so.
    let both_bounded = bounded(a.1) && bounded(b.1);
    // "freed four hostages" and "All four hostages are safe", "three shells landed" and
    // "Three shells hit the school", "more than 40 aftershocks" and "at least 40 aftershocks":
    // each article's only count of one particular thing, of one value and qualifier, is one
    // fact whatever words surround it, even as an open bound. Open bounds of different values
    // ("at least 9", "at least 12") are left to what bare counts need.
    let one_count = sole
        && !disjoint
        && a.1.kind == ClaimKind::Figure
        && same_figure(a.1, b.1)
        && names_one_particular_noun(a.1, b.1);
    // "368,000 people" in two outlets: a figure of three or more significant digits, stated
    // exactly by both, is one report's figure, told again.
    // "about 3.2 million rand" and "3.2 mln rand": the same distinctive value, once told as
    // an estimate, is that report's figure too.
    if a.1.kind == ClaimKind::Figure
        && (same_figure(a.1, b.1) || same_value_about(a.1, b.1))
        && distinctive(a.1)
    {
        score += DISTINCT_FIGURE_BONUS;
    }
    // "The African Development Bank is lending $300 million" and "… which has committed $300
    // million": a sum of money or a measured amount (megawatts, hectares, kilometres) that
    // each article states once, the same way, and in words the two share some of, is one
    // fact told again, wherever in the articles it comes and whatever other sums they give.
    // With no word shared it may be another sum of the same size ("Paris thieves nab $2.5
    // million worth of jewellery" and "Days later a $2.5 million necklace was lifted").
    if once && similarity > 0.0 && same_amount_told_again(a, b) {
        score += TOLD_AGAIN_BONUS;
    }
    // "will be sentenced on 18 June" and "Sentencing was set for June 18": one day of one
    // class of happening of the story's own, which each article names once, is one date told
    // again, whatever words surround it.
    if once && dates && !disjoint && same_day_told_again(a.1, b.1) {
        score += TOLD_AGAIN_BONUS;
    }
    if sole && (both_bounded || one_count) && !disjoint && a.1.kind == ClaimKind::Figure {
        score += SOLE_BONUS;
        if one_count {
            score += SOLE_NOUN_BONUS;
        }
    }
    // "at a depth of 10 km" and "at a depth of 25 kilometres", a buyback of "€1.2bn" and of
    // "EUR 1.5bn": each article's only figure of one measure that an event has once (see
    // [`one_fact_measure`]) is one fact, and two that cannot both be true are the
    // contradiction a fact-checker looks for.
    if sole && disjoint && one_fact_measure(a.1) && one_fact_measure(b.1) {
        score += SOLE_MEASURE_BONUS;
    } else if sole && disjoint && sole_counts_of_one_thing(a, b) {
        score += SOLE_COUNT_BONUS;
    }
    // "ending a nine-hour siege" and "The 12-hour standoff … ended": each article's only
    // length of one named thing, both in the openings, is one length told two ways, as two
    // openings' tolls are, unless one is more than twice the other.
    if sole && a.0.lead && b.0.lead && one_named_length(a.1, b.1) {
        score += MAIN_BONUS;
    }
    // Each article's only day of the story's own incident (an attack, the deaths it caused, a
    // quake), both in the openings, of articles whose main tolls agree: one incident that two
    // outlets date a day or two apart ("on Monday 13 May" against "on Tuesday", both of nine
    // soldiers killed). A day told from the publication date ("yesterday") is not enough.
    if dates
        && disjoint
        && sole
        && a.0.lead
        && b.0.lead
        && !a.1.background
        && !b.1.background
        && a.1.event_class.as_deref() == Some("incident")
        && !counted_from_anchor(a.0)
        && !counted_from_anchor(b.0)
        && days_apart(a.1, b.1).is_some_and(|gap| gap <= 2.0)
    {
        score += SOLE_DAY_BONUS;
    }
    // Two outlets each dating a happening to their own publication day, a day apart ("on
    // Friday" in New York, "early Saturday" in Manila): each tells of its own today, in its
    // own time zone, which is no evidence of a contradiction.
    if dates && disjoint && each_on_its_own_day(a.0, b.0) {
        return None;
    }
    // Relative dates ("yesterday", "on Wednesday") of articles published on different days
    // depend on publication dates that outlets and datasets often get a day or two wrong:
    // a day or two apart, they are no evidence of a contradiction.
    if dates && disjoint && relative_days_apart(a.0, b.0).is_some_and(|gap| gap <= 2.0) {
        return None;
    }
    // A running total ("so far", a war's toll) and a single count that it cannot equal are
    // counts of different things, unless they are close: an outbreak's toll "since it began
    // in March" is the story's own (45 against 48 a day later).
    if disjoint
        && is_running_total(a.1) != is_running_total(b.1)
        && stated_far_apart_or_small(a.1, b.1)
    {
        return None;
    }
    // Two running totals of very different orders ("more than 300,000" since 2011, "more
    // than 300" since a truce) count from different starts, whatever their open bounds share.
    if is_running_total(a.1) && is_running_total(b.1) && orders_apart(a.1, b.1) {
        return None;
    }
    // Two running totals of one order that can both be true ("more than 330,000 killed since
    // 2011", "a war that has claimed an estimated 400,000 lives"): a war's toll, which a story
    // gives once, as the background it is told in differs from outlet to outlet.
    if !disjoint && is_running_total(a.1) && is_running_total(b.1) {
        score += RUNNING_BONUS;
    }
    let mut bar = if !disjoint && !far_apart {
        BAR_OVERLAP
    } else {
        BAR_DISJOINT
    };
    // A distance is from a place, and a story may give several from one place (to two
    // quakes); a change or an earlier value that names no thing ("fell 3 percent") may be of
    // anything: such figures that cannot both be true need what bare counts need.
    if disjoint && weak_measure(a.1) {
        bar += BAR_NO_MEASURE_DISJOINT;
    }
    if a.1.measure.is_none() {
        bar += if disjoint {
            BAR_NO_MEASURE_DISJOINT
        } else {
            BAR_NO_MEASURE
        };
    }
    // A year or a month ("their 20th meeting this year") seldom dates the same happening as
    // a day does: it lines up with one only on clear evidence.
    if dates && coarse_and_fine(a.1, b.1) {
        bar += BAR_COARSE;
    }
    // Earlier happenings mentioned in passing line up only on clearly shared words; two
    // values that can both be true and are of one order ("at least seven", "at least six";
    // "612 people", "hundreds of people"; "in February" twice) need no more than the story's
    // own.
    if a.1.background && (disjoint || orders_apart(a.1, b.1)) {
        bar += BAR_BACKGROUND;
    }
    // Two sources stating the very same figure most likely relay the same report ("at least
    // 56 civilians", a monitor's count), while a source's other figure for that measure
    // comes from elsewhere ("85", activists): among pairs that clear the bar, the same
    // value pairs first. The bar itself does not move, so no pair matches on value alone.
    (score >= bar).then(|| {
        if a.1.kind == ClaimKind::Figure && same_figure(a.1, b.1) {
            score + SAME_FIGURE_BONUS
        } else {
            score
        }
    })
}

/// Whether two claims name the same class of happening in their own words (a visit is a
/// meeting's, see [`alignment_class`]), before dates of incidents are lined up as one.
fn same_own_class(a: &Claim, b: &Claim) -> bool {
    a.event_class.as_deref().map(alignment_class) == b.event_class.as_deref().map(alignment_class)
}

/// Whether two figures state the same value the same way (same bounds, estimate and
/// qualifier).
/// Nouns that any count of people may use: two articles' only counts of "two people" or "two
/// civilians" may be of different people. An event's victims or suspects are its own.
const ANY_PEOPLE: [&str; 5] = ["person", "individual", "other", "resident", "civilian"];

/// Whether two figures count several of one particular thing ("four hostages", "three
/// shells", "two hijack attempts", "65%", "three victims", "three kids" and "three
/// children": nouns of [`SAME_PEOPLE`]), not people by a noun of
/// [`ANY_PEOPLE`]. "one family" and "one man" are left out: "one" is as
/// often a word of a phrase ("of one family") as a count.
fn names_one_particular_noun(a: &Profile, b: &Profile) -> bool {
    a.unit.is_some()
        && (a.unit == b.unit
            || matches!((&a.unit, &b.unit), (Some(x), Some(y)) if nouns_of_one_group(x, y)))
        && !a.unit.as_deref().is_some_and(|u| ANY_PEOPLE.contains(&u))
        && a.estimate.is_some_and(|n| n >= 2.0)
}

fn same_figure(a: &Profile, b: &Profile) -> bool {
    a.values == b.values && a.estimate == b.estimate && a.qualifier == b.qualifier
}

/// Whether two figures of one unit state one value, exactly or as "about" it ("about 3.2
/// million rand", "3.2 mln rand").
fn same_value_about(a: &Profile, b: &Profile) -> bool {
    let exact_or_about = |p: &Profile| matches!(p.qualifier, Qualifier::Exact | Qualifier::About);
    a.unit.is_some()
        && a.unit == b.unit
        && a.estimate.is_some()
        && a.estimate == b.estimate
        && exact_or_about(a)
        && exact_or_about(b)
}

/// Whether a figure is stated exactly (or as "about" it) with three or more significant
/// digits ("368,000", "126", "1.28 million"), or with two and in the thousands ("750,000",
/// "£88m", "about 3.2 million"): a value two reports seldom share by chance, as they share
/// "12" or "300,000".
fn distinctive(p: &Profile) -> bool {
    let Some(v) = p
        .estimate
        .filter(|v| matches!(p.qualifier, Qualifier::Exact | Qualifier::About) && v.fract() == 0.0)
    else {
        return false;
    };
    let mut n = v.abs() as u64;
    while n >= 10 && n.is_multiple_of(10) {
        n /= 10;
    }
    n >= 100 || (n >= 11 && v.abs() >= 1000.0)
}

/// Whether two figures state one sum of money or one measured amount (a unit of
/// [`UNIT_SCALES`]: megawatts, hectares, kilometres) the same way: same unit, same values and
/// qualifier, of the story's own (no earlier happening, no part, no running total) and of a
/// thing (no change or earlier value, no distance: see [`weak_measure`]). Counts of people
/// and counted nouns ("400,000 homes") are left to their own rules.
fn same_amount_told_again(a: Scored, b: Scored) -> bool {
    let measured = |c: &Claim, p: &Profile| {
        let money = is_money(c);
        let scaled = p.unit.as_deref().and_then(common_scale).is_some();
        p.kind == ClaimKind::Figure
            && (money || scaled)
            && !p.counts_people
            && !p.background
            && !p.subset
            && !is_running_total(p)
            && !weak_measure(p)
    };
    measured(a.0, a.1) && measured(b.0, b.1) && a.1.unit == b.1.unit && same_figure(a.1, b.1)
}

/// Whether two dates name one day (see [`is_one_day`]) of one class of happening, both of
/// the story's own (no earlier happening) and neither "now". Incidents (attacks, deaths,
/// quakes) and announcements are left out: a story tells of several on one day ("an air
/// strike late on Wednesday", "reported on Wednesday that the terrorists were killed"),
/// while a trial, a vote or a meeting is seldom told of twice on one day.
fn same_day_told_again(a: &Profile, b: &Profile) -> bool {
    let own_day = |p: &Profile| {
        p.kind == ClaimKind::Date
            && p.event_class
                .as_deref()
                .is_some_and(|c| !matches!(c, "incident" | "announcement"))
            && is_one_day(p)
            && !p.background
            && !is_now(p)
    };
    own_day(a) && own_day(b) && a.event_class == b.event_class && a.values == b.values
}

/// Days between two dates when either was counted from its publication date ("yesterday",
/// "today") and the two articles were published on different days; `None` otherwise. A
/// weekday or a calendar date names the same day whatever day the article is dated, so two
/// of them a day apart are two different days.
fn relative_days_apart(a: &Claim, b: &Claim) -> Option<f64> {
    let (Value::Date(x), Value::Date(y)) = (&a.value, &b.value) else {
        return None;
    };
    if !(x.counted_from_anchor || y.counted_from_anchor) || x.anchor == y.anchor {
        return None;
    }
    days_between(
        calendar_day(x.start.as_deref())?,
        calendar_day(y.start.as_deref())?,
    )
}

/// The calendar day a date value starts with ("2015-12-15T10:00" is 2015-12-15).
fn calendar_day(value: Option<&str>) -> Option<jiff::civil::Date> {
    value?.get(..10)?.parse().ok()
}

/// Whole days between two calendar days, either way round.
fn days_between(x: jiff::civil::Date, y: jiff::civil::Date) -> Option<f64> {
    let span = x.since((jiff::Unit::Day, y)).ok()?;
    Some(f64::from(span.get_days().unsigned_abs()))
}

/// Whether a date was counted from its article's publication date ("yesterday", "this
/// morning"), which a date without a time or zone may put a day off.
fn counted_from_anchor(c: &Claim) -> bool {
    matches!(&c.value, Value::Date(d) if d.counted_from_anchor)
}

/// Days between two dates of one day each.
fn days_apart(a: &Profile, b: &Profile) -> Option<f64> {
    Some((one_day(a)? - one_day(b)?).abs())
}

/// Whether two dates are each their own article's publication day, told without a time or
/// a part of the day, and those days are one day apart. ("on Wednesday morning" against a
/// quake "at 2.15am" on Tuesday is no time zone's doing.)
fn each_on_its_own_day(a: &Claim, b: &Claim) -> bool {
    let (Value::Date(x), Value::Date(y)) = (&a.value, &b.value) else {
        return false;
    };
    let own_day = |d: &crate::model::DateValue| -> Option<jiff::civil::Date> {
        if d.timex.contains('T') {
            return None;
        }
        let day = calendar_day(d.start.as_deref())?;
        (calendar_day(d.end.as_deref())? == day && calendar_day(d.anchor.as_deref())? == day)
            .then_some(day)
    };
    let (Some(dx), Some(dy)) = (own_day(x), own_day(y)) else {
        return false;
    };
    days_between(dx, dy) == Some(1.0)
}

/// Words of a figure's measure that say how it changed or when, not what it is (see
/// `extract/amount.rs`).
fn names_no_thing(word: &str) -> bool {
    matches!(
        word,
        "rise" | "fall" | "at" | "close" | "earlier" | "level" | "forecast"
    )
}

/// Measures of which a news event has one value, told once in each story: a quake's depth,
/// a fine, a buyback, the jobs a company cuts (where a story gives one such figure), the
/// votes for and against and the abstentions of a vote (see `extract/tally.rs`).
/// Distances (from any place), heights, changes, prices, budgets, costs,
/// aid, deal values (with or without debt) and ransoms (asked or paid) may each be several of
/// one event, so they are left out; so are magnitudes, as a story of one quake often gives
/// only an aftershock's or another quake's, and speeds, as a chase or a storm has a top speed
/// and a usual one ("speeds reached 120 mph", "at speeds of 90 mph"). A sum promised to each
/// family of the dead (or to each injured person) is one promise; the total paid out, or a sum
/// per injured person beside it, is another measure (see `extract/payee.rs`).
const ONE_FACT_MEASURES: [&str; 12] = [
    "cut",
    // A share closes once a day: "The stock closed down 14 percent" and "Shares closed 17
    // per cent lower" are rival reports of one close.
    "shares fall at close",
    "shares rise at close",
    "depth",
    "fine",
    // An election's turnout. Not a ransom: one paid for an earlier hijacking is told beside
    // the one asked for this ship.
    "turnout",
    "buyback",
    "payout per family",
    "payout per injured person",
    // The sides of a vote's tally ("241 for, 198 against"): one vote, one tally.
    "for",
    "against",
    "abstained",
];

/// Units of which a story's one building or storm has one value: "the seven-storey building",
/// "the six-storey building"; "a Category 4 storm", "a Category 3 hurricane". A story of two
/// buildings or storms names two values in at least one article, and then neither is that
/// article's only one.
const ONE_FACT_UNITS: [&str; 3] = ["storey", "story", "category"];

/// Whether a date is the vague present ("now", "currently"), TIMEX3 `PRESENT_REF`.
fn is_now(p: &Profile) -> bool {
    p.timex.as_deref() == Some("PRESENT_REF")
}

/// Whether a figure measures what its event has once (see [`ONE_FACT_MEASURES`] and
/// [`ONE_FACT_UNITS`]), of the story itself (not an earlier event mentioned in passing).
fn one_fact_measure(p: &Profile) -> bool {
    p.kind == ClaimKind::Figure
        && !p.background
        && !p.counts_people
        && match p.measure.as_deref() {
            Some(m) => ONE_FACT_MEASURES.contains(&m),
            None => p
                .unit
                .as_deref()
                .is_some_and(|u| ONE_FACT_UNITS.contains(&u)),
        }
}

/// Whether two figures that cannot both be true are each their article's only count of one
/// measure of one named thing, of the story itself: "Police have arrested 11 people" and "The
/// police detained 13 people", "Nine coaches derailed" and "Eleven coaches left the rails",
/// however differently the sentences around them are worded. Tolls are left to
/// [`main_count`](crate::compare::main_count), running totals and parts to their own rules,
/// and changes, earlier values and forecasts ("shares rose 22 percent", "21% in early
/// trading") to the times they are told at. Values further apart than [`SOLE_COUNT_RATIO`]
/// are of different things ("its share of the bailout, $28 billion" and "a $144 billion
/// bailout") or a value raised since ("compensation of 500,000 rupees", "raised the ex gratia
/// to Rs 10 lakh").
fn sole_counts_of_one_thing((ca, a, _): Scored, (cb, b, _): Scored) -> bool {
    // A measure of a thing: no distance, and no word of a change, an earlier value or a
    // forecast (which also rules out what `weak_measure` calls weak).
    // A price is of one good at one time, and a story quotes several ("a floor under prices
    // around $70", "the price of Urals of 59 dollars"): it lines up by its words.
    let of_a_thing = |m: &str| {
        !m.starts_with("distance")
            && !m
                .split(' ')
                .any(|w| names_no_thing(w) || matches!(w, "price" | "prices" | "rate" | "yield"))
    };
    // "Varga scored 27 goals last season", "Varga, who scored 29 goals": a count of a named
    // thing with no measure word is a measure of that thing too.
    let own = |c: &Claim, p: &Profile| {
        p.kind == ClaimKind::Figure
            && !p.background
            && !p.subset
            && !p.counts_people
            && match p.measure.as_deref() {
                Some(m) => of_a_thing(m),
                None => !is_money(c) && p.unit.as_deref().is_some_and(names_a_thing),
            }
            && p.unit.is_some()
            && !is_running_total(p)
    };
    // "12 aircraft" on Wednesday and "15 aircraft were deployed overnight" a day later: a
    // count of things with no measure word may have grown between the reports.
    let grown = |x: &Profile, y: &Profile| {
        x.measure.is_none()
            && matches!((x.published, y.published), (Some(dx), Some(dy)) if dx > dy)
            && matches!((stated_point(x), stated_point(y)), (Some(vx), Some(vy)) if vx > vy)
    };
    own(ca, a)
        && own(cb, b)
        && a.unit == b.unit
        && stated_within(a, b, SOLE_COUNT_RATIO)
        && !grown(a, b)
        && !grown(b, a)
}

/// Whether a claim is a sum of money (its unit a currency code).
fn is_money(c: &Claim) -> bool {
    matches!(&c.value, Value::Quantity(q) if q.unit.as_deref().is_some_and(is_currency))
}

/// Whether a unit is a noun of things counted ("goals", "farm fires", "micrograms"), not a
/// share, a sum of money, a length or area (of which a story gives several), a unit of time
/// or a word that counts times or points.
fn names_a_thing(unit: &str) -> bool {
    unit.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
        && !unit.starts_with("percent")
        && common_scale(unit).is_none()
        && hours_per(unit).is_none()
        && !matches!(unit, "time" | "point" | "magnitude")
}

/// Whether a figure's measure is a distance or names no thing (a change or an earlier value:
/// "fell 3 percent"), which a story may give several of (see [`pair_score`]).
fn weak_measure(p: &Profile) -> bool {
    p.kind == ClaimKind::Figure
        && p.measure
            .as_deref()
            .is_some_and(|m| m.starts_with("distance") || m.split(' ').all(names_no_thing))
}

/// A count over a long stretch of time: a war's toll or a total "so far".
fn is_running_total(p: &Profile) -> bool {
    p.event_class.as_deref() == Some("conflict")
}

/// Whether two lengths of time measure one named thing ("length of siege") of the story's
/// own (no earlier one) and their stated values are at most twice apart.
fn one_named_length(a: &Profile, b: &Profile) -> bool {
    a.kind == ClaimKind::Duration
        && !a.background
        && !b.background
        && a.measure
            .as_deref()
            .is_some_and(|m| m.starts_with("length of "))
        && !stated_far_apart(a, b)
}

/// Whether the lower bounds of two figures are more than ten times apart.
fn orders_apart(a: &Profile, b: &Profile) -> bool {
    match (a.values.low(), b.values.low()) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x.max(y) / x.min(y) > 10.0,
        _ => false,
    }
}

/// Whether one date spans a month or more and the other a week or less.
fn coarse_and_fine(a: &Profile, b: &Profile) -> bool {
    let width = |p: &Profile| match (p.values.low(), p.values.high()) {
        (Some(l), Some(h)) => h - l + 1.0,
        _ => f64::INFINITY,
    };
    let (x, y) = (width(a), width(b));
    x.max(y) >= 28.0 && x.min(y) <= 7.0
}

/// Calendar words (weekdays, months and their abbreviations), which say when, not what.
fn is_calendar_word(w: &str) -> bool {
    const MONTHS: [&str; 24] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    WEEKDAYS.contains(&w) || MONTHS.contains(&w)
}

const LEAD_BONUS: f64 = 0.25;
/// What the ages of one named person earn (see `same_person`): enough for two ages that
/// differ to stand as the contradiction they are.
const PERSON_AGE_BONUS: f64 = 0.6;
/// What two sizes of one named thing earn ("the 120-tonne truss", "the 90-tonne truss"): with
/// a few words shared besides the noun, enough to stand as a contradiction.
const SIZE_OF_ONE_THING_BONUS: f64 = 0.35;
const SOLE_BONUS: f64 = 0.1;
/// Two articles' only counts of one particular thing ("hostages", "shells"; not "people"), of
/// one value.
const SOLE_NOUN_BONUS: f64 = 0.2;
/// Two articles' only figures of a measure of [`ONE_FACT_MEASURES`], which cannot both be
/// true: with what their contexts share, enough to line up as a contradiction.
const SOLE_MEASURE_BONUS: f64 = 0.35;
/// Two articles' only counts of one measure of one named thing (see
/// [`sole_counts_of_one_thing`]): with what their contexts share, enough to line up as a
/// contradiction.
const SOLE_COUNT_BONUS: f64 = 0.45;
/// How far apart (larger over smaller) two articles' only figures of one measure may be to
/// be rival reports of one fact (see [`sole_counts_of_one_thing`]).
const SOLE_COUNT_RATIO: f64 = 1.6;
/// Two articles' main counts, both in their openings, line up whatever their values.
const MAIN_BONUS: f64 = 0.3;
const EVENT_BONUS: f64 = 0.15;
/// A lone victim and another article's toll, stated as tolls (see [`rival_tolls`]).
const RIVAL_BONUS: f64 = 0.25;
/// Ranking bonus of a pair of figures of the same value (see [`pair_score`]).
const SAME_FIGURE_BONUS: f64 = 0.3;
/// Evidence that two exact figures of three or more significant digits are one (see
/// [`distinctive`]).
const DISTINCT_FIGURE_BONUS: f64 = 0.2;
const AMOUNT_BONUS: f64 = 0.15;
/// What one sum, measured amount or scheduled day stated once by each of two articles, the
/// same way, adds (see [`same_amount_told_again`], [`same_day_told_again`]): enough to clear
/// the bar of a claim with no measure on a few shared words, or on a shared class of
/// happening alone.
const TOLD_AGAIN_BONUS: f64 = 0.2;
const BAR_OVERLAP: f64 = 0.2;
const BAR_DISJOINT: f64 = 0.55;
const BAR_NO_MEASURE: f64 = 0.15;
/// Bare counts ("75 kilometres", "two cables") that cannot both be true need still more.
const BAR_NO_MEASURE_DISJOINT: f64 = 0.3;
const BAR_BACKGROUND: f64 = 0.2;
const RUNNING_BONUS: f64 = 0.1;
const BAR_COARSE: f64 = 0.25;
/// Two articles' only days of their story's incident, a day or two apart (see
/// [`pair_score`]).
const SOLE_DAY_BONUS: f64 = 0.15;

/// Most distinct claims one thing is scored by (see [`representatives`]): more than the
/// sources of any event of the corpus state of one thing, so only larger events are scored
/// by a sample.
const REPRESENTATIVES: usize = 32;

/// Blocks of at most this many claims score every pair: choosing representatives would cost
/// more than it saves.
const SMALL_BLOCK: usize = 4 * REPRESENTATIVES;

type Items<'a> = [(usize, &'a Claim, Profile)];

/// Groups claims (indices into `items`) so that each group talks about one thing and holds at
/// most one value per source. Across two sources a pair joins only when each is the other's
/// best match. The result lists groups in order of their first member.
///
/// Pairs are scored between a claim and the [`representatives`] of its block, not between all
/// claims of all sources: when many sources report the same things, the cost grows about
/// linearly with the number of sources. Where every claim is a representative (a block of up
/// to [`SMALL_BLOCK`] claims, and in practice any event of up to [`REPRESENTATIVES`]
/// sources), every pair is scored.
pub fn group<'a>(items: &'a Items<'a>) -> Vec<Vec<usize>> {
    // Sources by first appearance, as numbers.
    let mut source_of: Vec<usize> = Vec::with_capacity(items.len());
    let mut number: HashMap<&str, usize> = HashMap::default();
    for (_, c, _) in items {
        let next = number.len();
        source_of.push(*number.entry(c.source.as_str()).or_insert(next));
    }
    // Block by kind and measure: only claims in one block can match.
    let mut blocks: BTreeMap<(u8, Option<&str>), Vec<usize>> = BTreeMap::new();
    for (i, (_, _, p)) in items.iter().enumerate() {
        blocks
            .entry((p.kind as u8, p.measure.as_deref()))
            .or_default()
            .push(i);
    }
    let (weights, contexts) = WordWeights::new(items, &source_of);
    let class = indistinct_classes(items, &contexts);
    // The earlier claim first, as the score's fuzzy word matching reads from it.
    let scored_pair = |i: usize, j: usize| {
        let (x, y) = (i.min(j), i.max(j));
        let (a, b) = (&items[x], &items[y]);
        ((a.1, &a.2, &contexts[x]), (b.1, &b.2, &contexts[y]))
    };
    let fits = Fits::new(items, &weights.nouns);
    let sole = sole_values(items, &source_of, &fits);
    let once = told_once(items, &source_of);
    let tolls = main_tolls(items, &source_of);
    // Claims of one class state the same thing in the same words (see
    // `indistinct_classes`), so a pair's score depends only on the classes of its earlier and
    // later claim and on `sole`: each such triple is scored once. Outlets that relay one
    // report (wire copy) state many claims of one class, so an event of many sources scores
    // far fewer pairs than it compares.
    let scores: RefCell<Scores> = RefCell::default();
    let score_matching = |i: usize, j: usize| {
        // Two dates are their articles' only days of an incident only where the two articles
        // tell of one incident: their main tolls can both be true.
        let both_sole = sole[i]
            && sole[j]
            && (items[i].2.kind != ClaimKind::Date
                || tolls_agree(items, &tolls, source_of[i], source_of[j]));
        let both_once = once[i] && once[j];
        let key = (
            class[i.min(j)] as u32,
            class[i.max(j)] as u32,
            both_sole,
            both_once,
        );
        if let Some(&s) = scores.borrow().get(&key) {
            return s;
        }
        let (a, b) = scored_pair(i, j);
        let s = pair_score(a, b, &weights, both_sole, both_once);
        scores.borrow_mut().insert(key, s);
        s
    };
    let score = |i: usize, j: usize| {
        if fits.may_match(i, j) {
            score_matching(i, j)
        } else {
            None
        }
    };
    let mut edges: Vec<(f64, usize, usize)> = Vec::new();
    let mut is_rep = vec![false; items.len()];
    for members in blocks.values() {
        // Repeats within one article (headline and body) join when they say the same.
        let mut by_source: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in members {
            by_source.entry(source_of[i]).or_default().push(i);
        }
        for own in by_source.values() {
            // Only claims of equal values can say the same: runs of one value, compared
            // within.
            let mut by_value: Vec<(ValueKey, usize)> =
                own.iter().map(|&i| (value_key(&items[i].2), i)).collect();
            by_value.sort_unstable();
            for run in by_value.chunk_by(|x, y| x.0 == y.0) {
                for (x, &(_, i)) in run.iter().enumerate() {
                    for &(_, j) in &run[x + 1..] {
                        if same_statement(items, i, j, &fits) {
                            edges.push((3.0, i, j));
                        }
                    }
                }
            }
        }
        // Best partner of each claim in each other source, among representatives.
        let reps = if members.len() <= SMALL_BLOCK {
            members.clone()
        } else {
            representatives(&class, &by_source, &source_of, &fits, &score_matching)
        };
        for &j in &reps {
            is_rep[j] = true;
        }
        // Representatives by what decides whether two claims may match at all, so a claim
        // skips at once those of other counted nouns, happenings, parts or backgrounds.
        let mut kinds: BTreeMap<MatchKey, Vec<usize>> = BTreeMap::new();
        for &j in &reps {
            kinds.entry(match_key(&items[j].2)).or_default().push(j);
        }
        let kinds: Vec<Vec<usize>> = kinds.into_values().collect();
        // Which of those a claim may match depends only on its own key: asked once per key.
        let mut fitting: HashMap<u32, Vec<usize>> = HashMap::default();
        let mut scored: Vec<(f64, usize, usize)> = Vec::new();
        let mut best: HashMap<(usize, usize), f64> = HashMap::default();
        for &i in members {
            let fit = fitting.entry(fits.key[i]).or_insert_with(|| {
                (0..kinds.len())
                    .filter(|&k| fits.may_match(i, kinds[k][0]))
                    .collect()
            });
            for &j in fit.iter().flat_map(|&k| &kinds[k]) {
                // Pairs of two representatives are scored once.
                if source_of[i] == source_of[j] || (is_rep[i] && j <= i) {
                    continue;
                }
                if let Some(s) = score_matching(i, j) {
                    scored.push((s, i.min(j), i.max(j)));
                    for (k, other) in [(i, source_of[j]), (j, source_of[i])] {
                        let e = best.entry((k, other)).or_insert(f64::MIN);
                        *e = e.max(s);
                    }
                }
            }
        }
        for (s, i, j) in scored {
            if best[&(i, source_of[j])] <= s && best[&(j, source_of[i])] <= s {
                edges.push((s, i, j));
            }
        }
        for &j in &reps {
            is_rep[j] = false;
        }
    }
    // Strongest first, then text order.
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut parent: Vec<usize> = (0..items.len()).collect();
    let mut groups: Vec<Group> = (0..items.len())
        .map(|i| {
            let mut g = Group::default();
            g.add(items, &class, i, source_of[i]);
            g
        })
        .collect();
    for (_, i, j) in edges {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri == rj || clash(items, &groups[ri], &groups[rj], &source_of, &score) {
            continue;
        }
        // The smaller group moves into the larger.
        let (to, from) = if groups[ri].members.len() >= groups[rj].members.len() {
            (ri, rj)
        } else {
            (rj, ri)
        };
        parent[from] = to;
        let moved = std::mem::take(&mut groups[from].members);
        groups[to].members.reserve(moved.len());
        for m in moved {
            groups[to].add(items, &class, m, source_of[m]);
        }
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|g| g.members)
        .filter(|g| !g.is_empty())
        .collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort_by_key(|g| g[0]);
    out
}

/// The claims of one block that pairs are scored against: taking sources in turn, each claim
/// joins the provisional group of its best-scoring representative from another source (or
/// starts one), and a group keeps its first [`REPRESENTATIVES`] distinct claims as
/// representatives. Many sources repeating one report add members but no representatives.
/// `score` is [`pair_score`] of two claims that [`Fits::may_match`]; `class` names claims'
/// [`indistinct_classes`].
fn representatives(
    class: &[usize],
    by_source: &BTreeMap<usize, Vec<usize>>,
    source_of: &[usize],
    fits: &Fits,
    score: &impl Fn(usize, usize) -> Option<f64>,
) -> Vec<usize> {
    // Each provisional group's representatives.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // The representatives so far with their groups, by key (see [`Fits`]), so that a claim
    // looks only at those of keys that may match its own.
    let mut by_key: Vec<(u32, Vec<(usize, usize)>)> = Vec::new();
    let mut place_of_key: HashMap<u32, usize> = HashMap::default();
    // For each claim key, the places in `by_key` of the keys it may match, among the first
    // ones (as many as the number it holds).
    let mut fitting: HashMap<u32, (usize, Vec<usize>)> = HashMap::default();
    for own in by_source.values() {
        for &i in own {
            let (checked, fit) = fitting.entry(fits.key[i]).or_default();
            for (key, _) in &by_key[*checked..] {
                if fits.may_match(i, fits.example[*key as usize]) {
                    fit.push(*checked);
                }
                *checked += 1;
            }
            // Groups formed from this claim's own source hold only its representatives, so
            // all it can join are groups of sources before it.
            let best = fit
                .iter()
                .flat_map(|&k| &by_key[k].1)
                .filter(|&&(j, _)| source_of[j] != source_of[i])
                .filter_map(|&(j, g)| score(i, j).map(|s| (s, g)))
                .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)));
            let g = match best {
                Some((_, g)) => {
                    let reps = &mut groups[g];
                    if reps.len() >= REPRESENTATIVES || !reps.iter().all(|&j| class[j] != class[i])
                    {
                        continue;
                    }
                    reps.push(i);
                    g
                }
                None => {
                    groups.push(vec![i]);
                    groups.len() - 1
                }
            };
            let key = fits.key[i];
            let place = *place_of_key.entry(key).or_insert_with(|| {
                by_key.push((key, Vec::new()));
                by_key.len() - 1
            });
            by_key[place].1.push((i, g));
        }
    }
    let mut reps: Vec<usize> = groups.into_iter().flatten().collect();
    reps.sort_unstable();
    reps
}

/// Whether each claim is the only value its article states of what it counts (its kind,
/// measure and [`MatchKey`]; a headline repeating the body's value is the same value).
fn sole_values(items: &Items, source_of: &[usize], fits: &Fits) -> Vec<bool> {
    // Whether a count is its article's main count does not change what it counts.
    let what = |i: usize| {
        let p = &items[fits.example[fits.key[i] as usize]].2;
        let key = MatchKey {
            main: false,
            ..match_key(p)
        };
        (source_of[i], p.kind as u8, p.measure.as_deref(), key)
    };
    // A date is its article's only one of what it dates among the dates of one day: a year
    // or a month ("this year") is no other day.
    let counted = |p: &Profile| p.kind != ClaimKind::Date || is_one_day(p);
    let mut values: HashMap<_, (ValueKey, bool)> = HashMap::default();
    for (i, (_, _, p)) in items.iter().enumerate() {
        if !counted(p) {
            continue;
        }
        let v = value_key(p);
        values
            .entry(what(i))
            .and_modify(|(first, sole)| *sole &= *first == v)
            .or_insert((v, true));
    }
    (0..items.len())
        .map(|i| counted(&items[i].2) && values[&what(i)].1)
        .collect()
}

/// Whether each claim is a figure with a unit whose value its article states of that unit
/// only once ("$300 million" once among an article's "$1.2 billion" and "$300 million"), or
/// a day its article names only once.
fn told_once(items: &Items, source_of: &[usize]) -> Vec<bool> {
    let key = |i: usize| {
        let p = &items[i].2;
        let told = match p.kind {
            ClaimKind::Figure => p.unit.is_some(),
            ClaimKind::Date => is_one_day(p),
            _ => false,
        };
        told.then(|| (source_of[i], p.kind as u8, p.unit.as_deref(), value_key(p)))
    };
    let mut told: HashMap<_, usize> = HashMap::default();
    for i in 0..items.len() {
        if let Some(k) = key(i) {
            *told.entry(k).or_default() += 1;
        }
    }
    (0..items.len())
        .map(|i| key(i).is_some_and(|k| told[&k] == 1))
        .collect()
}

/// Each source's main counts of people (its toll of its story's happening), by source number.
fn main_tolls(items: &Items, source_of: &[usize]) -> Vec<Vec<usize>> {
    let mut tolls = vec![Vec::new(); source_of.iter().max().map_or(0, |&s| s + 1)];
    for (i, (_, _, p)) in items.iter().enumerate() {
        if p.kind == ClaimKind::Figure && p.main && p.counts_people {
            tolls[source_of[i]].push(i);
        }
    }
    tolls
}

/// Whether two sources give main tolls of one measure that can both be true ("nine soldiers
/// were killed", "killing nine soldiers"): evidence that they tell of one incident.
fn tolls_agree(items: &Items, tolls: &[Vec<usize>], s: usize, t: usize) -> bool {
    tolls[s].iter().any(|&i| {
        tolls[t].iter().any(|&j| {
            let (p, q) = (&items[i].2, &items[j].2);
            p.measure == q.measure && p.values.overlaps(q.values)
        })
    })
}

/// Pair scores by the classes (see [`indistinct_classes`]) of the earlier and the later claim
/// of a pair, and the `sole` and `once` it is scored with (see [`pair_score`]).
type Scores = HashMap<(u32, u32, bool, bool), Option<f64>>;

/// What [`may_match`] reads of a profile besides kind and measure (the block's key): profiles
/// with the same key may match the same claims. Fields in the order keys sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct MatchKey<'a> {
    subset: bool,
    background: bool,
    event_class: Option<&'a str>,
    unit: Option<&'a str>,
    of: Option<&'a str>,
    place: Option<&'a str>,
    counts_people: bool,
    /// Whether the count is its article's main count ([`sole_values`] clears it).
    main: bool,
}

/// [`may_match`] of claims (indices into the items), asked once per pair of distinct keys
/// (kind, measure and [`MatchKey`]), on which alone it depends.
struct Fits<'a, 'n> {
    /// Each claim's key, numbered by first appearance.
    key: Vec<u32>,
    /// A claim of each key.
    example: Vec<usize>,
    items: &'a Items<'a>,
    nouns: &'n Nouns<'a>,
    /// Answers so far by pair of keys (0 unknown, 1 no, 2 yes), where there are at most
    /// [`DENSE_KEYS`] keys; else in `known`.
    table: Vec<Cell<u8>>,
    known: RefCell<HashMap<(u32, u32), bool>>,
}

/// Most keys whose answers [`Fits`] keeps in a table.
const DENSE_KEYS: usize = 1024;

impl<'a, 'n> Fits<'a, 'n> {
    fn new(items: &'a Items<'a>, nouns: &'n Nouns<'a>) -> Self {
        let mut numbers: HashMap<(u8, Option<&str>, MatchKey), u32> = HashMap::default();
        let mut example = Vec::new();
        let key = items
            .iter()
            .enumerate()
            .map(|(i, (_, _, p))| {
                let next = numbers.len() as u32;
                *numbers
                    .entry((p.kind as u8, p.measure.as_deref(), match_key(p)))
                    .or_insert_with(|| {
                        example.push(i);
                        next
                    })
            })
            .collect();
        let keys = example.len();
        let table = if keys <= DENSE_KEYS {
            vec![Cell::new(0); keys * keys]
        } else {
            Vec::new()
        };
        Fits {
            key,
            example,
            items,
            nouns,
            table,
            known: RefCell::default(),
        }
    }

    fn may_match(&self, i: usize, j: usize) -> bool {
        let (x, y) = (self.key[i], self.key[j]);
        if x == y {
            return true;
        }
        let pair = (x.min(y), x.max(y));
        let ask = || {
            let (a, b) = (self.example[pair.0 as usize], self.example[pair.1 as usize]);
            may_match(&self.items[a].2, &self.items[b].2, self.nouns)
        };
        if self.table.is_empty() {
            return *self.known.borrow_mut().entry(pair).or_insert_with(ask);
        }
        let cell = &self.table[pair.0 as usize * self.example.len() + pair.1 as usize];
        match cell.get() {
            1 => false,
            2 => true,
            _ => {
                let answer = ask();
                cell.set(1 + u8::from(answer));
                answer
            }
        }
    }
}

fn match_key(p: &Profile) -> MatchKey<'_> {
    MatchKey {
        subset: p.subset,
        background: p.background,
        event_class: p.event_class.as_deref(),
        unit: p.unit.as_deref(),
        of: p.of.as_deref(),
        place: p.place.as_deref(),
        counts_people: p.counts_people,
        main: p.main,
    }
}

/// Claims of equal prepared contexts (see [`WordWeights::new`]) that a pair score could
/// still tell apart: they differ in context, opening, happening, value or profile. Prepared
/// contexts number every word of the context, except a date's calendar words, so only dates
/// of equal prepared contexts may differ in context.
fn distinct(items: &Items, i: usize, j: usize) -> bool {
    let ((_, c, p), (_, d, q)) = (&items[i], &items[j]);
    c.lead != d.lead
        || p != q
        || c.event != d.event
        || c.value != d.value
        || (p.kind == ClaimKind::Date && c.context != d.context)
}

/// Each claim's class of claims that are not [`distinct`], named by its first claim: two
/// claims are distinct exactly when their classes differ, as not being distinct is equality
/// of what the claims state. Claims are compared only with the first claims of classes of the
/// same prepared context (the same for the same context and kind) and opening.
fn indistinct_classes(items: &Items, contexts: &[Context]) -> Vec<usize> {
    // The latest first claim of a class of each key, and each first claim's predecessor.
    let mut latest: HashMap<(&[u32], bool), usize> = HashMap::default();
    let mut earlier = vec![usize::MAX; items.len()];
    (0..items.len())
        .map(|i| {
            let key = (contexts[i].ids.as_slice(), items[i].1.lead);
            let mut f = latest.get(&key).copied().unwrap_or(usize::MAX);
            while f != usize::MAX {
                if !distinct(items, i, f) {
                    return f;
                }
                f = earlier[f];
            }
            earlier[i] = latest.insert(key, i).unwrap_or(usize::MAX);
            i
        })
        .collect()
}

/// Claims joined so far, with what the joining rules check.
#[derive(Default)]
struct Group {
    members: Vec<usize>,
    /// The sources that state it, sorted.
    sources: Vec<usize>,
    /// The distinct values its members state, each with up to [`REPRESENTATIVES`] distinct
    /// members stating it.
    values: Vec<Vec<usize>>,
}

impl Group {
    fn add(&mut self, items: &Items, class: &[usize], i: usize, source: usize) {
        self.members.push(i);
        if let Err(at) = self.sources.binary_search(&source) {
            self.sources.insert(at, source);
        }
        let values = items[i].2.values;
        match self
            .values
            .iter_mut()
            .find(|stating| items[stating[0]].2.values == values)
        {
            Some(stating) => {
                if stating.len() < REPRESENTATIVES && stating.iter().all(|&j| class[j] != class[i])
                {
                    stating.push(i);
                }
            }
            None => self.values.push(vec![i]),
        }
    }
}

/// A profile's values and qualifier as bits: equal for equal values and qualifiers (zero
/// made positive, as -0 == 0).
type ValueKey = (Option<u64>, Option<u64>, Qualifier);

fn value_key(p: &Profile) -> ValueKey {
    let bits = |v: Option<f64>| v.map(|x| (x + 0.0).to_bits());
    (bits(p.values.low()), bits(p.values.high()), p.qualifier)
}

/// Two claims that may describe the same thing and state the same value the same way.
fn same_statement(items: &Items, i: usize, j: usize, fits: &Fits) -> bool {
    let (a, b) = (&items[i].2, &items[j].2);
    a.values == b.values && a.qualifier == b.qualifier && fits.may_match(i, j)
}

/// Whether joining two groups would break a rule: one value per source (a source already in
/// both must say the same in both), and values that cannot both be true join only on their
/// own evidence, never through a third claim that is compatible with each.
fn clash(
    items: &Items,
    a: &Group,
    b: &Group,
    source_of: &[usize],
    score: &impl Fn(usize, usize) -> Option<f64>,
) -> bool {
    let (small, large) = if a.sources.len() <= b.sources.len() {
        (a, b)
    } else {
        (b, a)
    };
    let shared: Vec<usize> = small
        .sources
        .iter()
        .copied()
        .filter(|s| large.sources.binary_search(s).is_ok())
        .collect();
    if !shared.is_empty() {
        let of_shared = |g: &Group| -> Vec<usize> {
            g.members
                .iter()
                .copied()
                .filter(|&m| shared.binary_search(&source_of[m]).is_ok())
                .collect()
        };
        let (xs, ys) = (of_shared(a), of_shared(b));
        let differs = xs.iter().any(|&x| {
            ys.iter().any(|&y| {
                let (p, q) = (&items[x].2, &items[y].2);
                source_of[x] == source_of[y]
                    && !(p.values == q.values && p.qualifier == q.qualifier)
            })
        });
        if differs {
            return true;
        }
    }
    // A day or a figure is one value in the group the two would make: its statements in both
    // groups are its evidence (the wire's "Tuesday" already against the foreign outlet's
    // "Monday" speaks for the newspaper's "yesterday"; the local paper's "41 homes" against
    // the broadcaster's "58 homes" for the broadsheet's "41 homes").
    let same_value = |g: &Group, of: usize| -> Vec<usize> {
        g.values
            .iter()
            .filter(|s| items[s[0]].2.values == items[of].2.values)
            .flatten()
            .copied()
            .collect()
    };
    a.values.iter().any(|xs| {
        b.values.iter().any(|ys| {
            let (x, y) = (&items[xs[0]].2, &items[ys[0]].2);
            if values_overlap(x, y) || across_midnight(x, y) {
                return false;
            }
            if (is_one_day(x) && is_one_day(y)) || one_value_evidence(x) {
                let xs = [xs.as_slice(), &same_value(b, xs[0])].concat();
                let ys = [ys.as_slice(), &same_value(a, ys[0])].concat();
                no_pair_lines_up(&xs, &ys, score)
            } else {
                xs.iter()
                    .any(|&x| ys.iter().any(|&y| score(x, y).is_none()))
            }
        })
    })
}

/// Whether a profile is a date of one day (a clock time is a time of that day).
fn is_one_day(p: &Profile) -> bool {
    one_day(p).is_some()
}

/// Whether no claim of `xs` lines up with one of `ys`: two values that cannot both be true
/// lack evidence of telling one thing. A day is one value however many sources state it, so
/// one pair that clears the bar is that day's own evidence ("Wednesday" against the wire's
/// "Sept 4", though not against the broadcaster's "Tuesday" in other words); so is a figure
/// (see [`one_value_evidence`]).
fn no_pair_lines_up(
    xs: &[usize],
    ys: &[usize],
    score: &impl Fn(usize, usize) -> Option<f64>,
) -> bool {
    xs.iter()
        .all(|&x| ys.iter().all(|&y| score(x, y).is_none()))
}

/// Whether a figure is one value however many sources state it the same way, so that one
/// source of each of two values that line up are those values' evidence ("58 passengers" in
/// the wire and the newspaper, "57 passengers" in the foreign outlet, whose words match the
/// wire's). Other claims (lengths, dates of more than a day, distances, which a story may
/// give of two quakes from one city) need every pair to line up, and so do tolls of the
/// killed, which a report of several strikes on one city gives one for each strike, and
/// magnitudes, which two agencies measure apart ("6.1", the USGS; "6.3", the country's
/// institute).
fn one_value_evidence(p: &Profile) -> bool {
    p.kind == ClaimKind::Figure
        && !weak_measure(p)
        && p.measure.as_deref() != Some("killed")
        && p.unit.as_deref() != Some("magnitude")
}

fn find(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    let mut y = x;
    while parent[y] != r {
        let next = parent[y];
        parent[y] = r;
        y = next;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_of_the_same_people_are_the_same_noun() {
        for (a, b) in [
            ("police officer", "policeman"),
            ("cop", "policeman"),
            ("police", "police officer"),
            ("troop", "soldier"),
            ("serviceman", "troop"),
            ("kid", "child"),
            ("minor", "child"),
            ("fire fighter", "fireman"),
            ("firefighter", "fireman"),
            ("inmate", "prisoner"),
            // Things too.
            ("house", "home"),
            ("coach", "carriage"),
            ("aircraft", "plane"),
            ("jet", "aircraft"),
            ("hiker", "walker"),
            ("job", "position"),
            ("worker", "employee"),
        ] {
            assert!(same_noun(a, b), "{a} {b}");
            assert!(same_noun(b, a), "{b} {a}");
        }
        // Different groups, and nouns that may name another group, stay apart.
        for (a, b) in [
            ("officer", "policeman"),
            ("fighter", "firefighter"),
            ("car", "coach"),
            ("house", "building"),
            ("civilian", "soldier"),
            ("child", "soldier"),
            ("cop", "soldier"),
            ("detainee", "prisoner"),
        ] {
            assert!(!same_noun(a, b), "{a} {b}");
        }
    }

    #[test]
    fn a_noun_of_a_role_names_no_one_in_particular_for_its_own_measure() {
        let count = |measure: &str, unit: &str| {
            let value = (crate::model::Interval::point(4.0), Qualifier::Exact, 4.0);
            let span = crate::model::Span::new(0, 1);
            let c = crate::compare::count_claim("a", span, measure, Some(unit), value, true);
            crate::compare::profile::profile(&c).expect("a profile")
        };
        // "four hostages" are four people kidnapped, "87 survivors" 87 people rescued.
        assert!(generic(&count("kidnapped", "hostages")));
        assert!(generic(&count("rescued", "survivors")));
        assert!(generic(&count("kidnapped", "persons")));
        // Hostages killed are a particular group of the dead.
        assert!(!generic(&count("killed", "hostages")));
        assert!(!generic(&count("kidnapped", "foreigners")));
    }

    /// A date claim of `source` on `day`, resolved against `anchor` (if relative).
    fn day_claim(source: &str, day: &str, anchor: Option<&str>, counted: bool) -> Claim {
        Claim {
            id: format!("{source}#1"),
            source: source.to_string(),
            span: crate::model::Span::new(0, 1),
            sentence: crate::model::Span::new(0, 1),
            topic: "date of the quake".to_string(),
            value: Value::Date(crate::model::DateValue {
                timex: day.to_string(),
                start: Some(day.to_string()),
                end: Some(day.to_string()),
                granularity: crate::model::Granularity::Day,
                relative: anchor.is_some(),
                anchor: anchor.map(str::to_string),
                counted_from_anchor: counted,
            }),
            context: Vec::new(),
            event: None,
            event_class: Some("quake".to_string()),
            background: false,
            lead: true,
            place: None,
        }
    }

    #[test]
    fn only_the_same_own_class_is_evidence_of_one_happening() {
        let of = |class: &str| {
            let mut c = day_claim("a", "2018-09-04", None, false);
            c.event_class = Some(class.to_string());
            c
        };
        assert!(same_own_class(&of("attack"), &of("attack")));
        assert!(same_own_class(&of("visit"), &of("meeting")));
        // Lined up as one incident, an attack and deaths earn no bonus for it.
        assert!(!same_own_class(&of("attack"), &of("death")));
    }

    #[test]
    fn only_days_counted_from_the_publication_date_are_forgiven_a_day() {
        // "yesterday" in a report of Wednesday against "Wednesday" in one of Tuesday: a
        // publication date a day off would explain it.
        let yesterday = day_claim("a", "2018-09-04", Some("2018-09-05"), true);
        let wednesday = day_claim("b", "2018-09-05", Some("2018-09-04"), false);
        assert_eq!(relative_days_apart(&yesterday, &wednesday), Some(1.0));
        // Two weekdays a day apart name two days whatever the publication dates.
        let tuesday = day_claim("a", "2018-09-04", Some("2018-09-04"), false);
        let wednesday = day_claim("b", "2018-09-05", Some("2018-09-05"), false);
        assert_eq!(relative_days_apart(&tuesday, &wednesday), None);
        // The same publication date: nothing to forgive.
        let today = day_claim("b", "2018-09-05", Some("2018-09-05"), true);
        let yesterday = day_claim("a", "2018-09-04", Some("2018-09-05"), true);
        assert_eq!(relative_days_apart(&yesterday, &today), None);
    }

    #[test]
    fn two_outlets_dating_a_happening_each_to_its_own_day_are_no_contradiction() {
        // "on Friday" in New York, "early Saturday" in Manila: each its own publication day.
        let friday = day_claim("us", "2025-02-07", Some("2025-02-07"), false);
        let saturday = day_claim("ph", "2025-02-08", Some("2025-02-08"), false);
        assert!(each_on_its_own_day(&friday, &saturday));
        // "Monday 13 May" in a report of 16 May is not that report's day.
        let monday = day_claim("a", "2024-05-13", Some("2024-05-16"), false);
        let tuesday = day_claim("b", "2024-05-14", Some("2024-05-14"), false);
        assert!(!each_on_its_own_day(&monday, &tuesday));
        // A part of the day tells the day more closely.
        let mut morning = day_claim("ph", "2025-02-08", Some("2025-02-08"), false);
        if let Value::Date(d) = &mut morning.value {
            d.timex = "2025-02-08TMO".into();
        }
        assert!(!each_on_its_own_day(&friday, &morning));
        // Two days apart are more than a time zone.
        let sunday = day_claim("c", "2025-02-09", Some("2025-02-09"), false);
        assert!(!each_on_its_own_day(&friday, &sunday));
    }

    #[test]
    fn only_one_day_dates_are_days_apart() {
        let day = |d: f64| Profile {
            kind: ClaimKind::Date,
            values: crate::model::Interval::between(d, d),
            ..toll(1.0, None)
        };
        assert_eq!(days_apart(&day(10.0), &day(12.0)), Some(2.0));
        let month = Profile {
            kind: ClaimKind::Date,
            values: crate::model::Interval::between(0.0, 30.0),
            ..toll(1.0, None)
        };
        assert_eq!(days_apart(&day(10.0), &month), None);
    }

    /// A main count of people killed: `n` of `unit` (none for a bare number), stated in its
    /// article's opening.
    fn toll(n: f64, unit: Option<&str>) -> Profile {
        Profile {
            kind: ClaimKind::Figure,
            measure: Some("killed".to_string()),
            place: None,
            count_place: None,
            unit: unit.map(str::to_string),
            counts_people: true,
            of: None,
            subset: false,
            background: false,
            event_class: Some("incident".to_string()),
            values: crate::model::Interval::between(n - 0.4995, n + 0.4995),
            estimate: Some(n),
            qualifier: Qualifier::Exact,
            timex: None,
            main: true,
            main_in_opening: true,
            lone_victim: false,
            day: None,
            published: None,
            clock: None,
        }
    }

    #[test]
    fn an_exact_figure_of_thousands_with_two_digits_of_its_own_is_distinctive() {
        // "750,000 people", "£88m": two outlets seldom share such a figure by chance.
        assert!(distinctive(&toll(750_000.0, Some("people"))));
        assert!(distinctive(&toll(88_000_000.0, None)));
        assert!(distinctive(&toll(368_000.0, None)));
        assert!(distinctive(&toll(126.0, None)));
        // Round figures and small counts are shared by chance.
        assert!(!distinctive(&toll(300_000.0, None)));
        assert!(!distinctive(&toll(10_000.0, None)));
        assert!(!distinctive(&toll(75.0, None)));
    }

    #[test]
    fn a_lone_victim_is_a_rival_of_a_toll_that_does_not_name_it() {
        let claim = |context: &[&str]| {
            let value = (crate::model::Interval::point(3.0), Qualifier::Exact, 3.0);
            let span = crate::model::Span::new(0, 1);
            let mut c = crate::compare::count_claim("a", span, "injured", None, value, true);
            c.context = context.iter().map(|w| (*w).into()).collect();
            c
        };
        let mut guard = toll(1.0, Some("security guard"));
        guard.lone_victim = true;
        let (three, others) = (toll(3.0, None), toll(3.0, Some("other")));
        let weights = WordWeights::of(Vec::new(), Vec::new());
        let none = weights.context(Vec::new());
        let (lone, wounding) = (claim(&["guard", "wounded"]), claim(&["others", "wounding"]));
        // "a security guard was wounded" against "wounding three others".
        assert!(rival_tolls(
            (&lone, &guard, &none),
            (&wounding, &others, &none)
        ));
        assert!(rivals_of_one_happening(&guard, &others));
        // "Three people, including a guard, were wounded" names the guard as its part.
        let including = claim(&["guard", "including", "people", "wounded"]);
        assert!(!rival_tolls(
            (&lone, &guard, &none),
            (&including, &three, &none)
        ));
        // Two particular groups ("a policeman", "two civilians") are never rivals.
        let civilians = toll(2.0, Some("soldier"));
        assert!(!rival_tolls(
            (&lone, &guard, &none),
            (&wounding, &civilians, &none)
        ));
        // A toll of dozens, or one stated only in the body, is most often another happening's.
        assert!(!rivals_of_one_happening(&guard, &toll(30.0, None)));
        let mut body = toll(3.0, None);
        body.main_in_opening = false;
        assert!(!rivals_of_one_happening(&guard, &body));
    }

    #[test]
    fn main_counts_line_up_across_nouns_unless_both_name_a_group() {
        let nouns = Nouns::default();
        let (person, employee) = (toll(1.0, Some("person")), toll(1.0, Some("employee")));
        assert!(may_match(&person, &employee, &nouns));
        let (soldiers, civilians) = (toll(2.0, Some("soldier")), toll(2.0, Some("civilian")));
        assert!(may_match(&soldiers, &civilians, &nouns));
        let medics = toll(2.0, Some("medic"));
        assert!(!may_match(&soldiers, &medics, &nouns));
        // Not main counts: the nouns must match as before.
        let (mut a, mut b) = (person.clone(), employee.clone());
        a.main = false;
        b.main = false;
        assert!(!may_match(&a, &b, &nouns));
    }

    #[test]
    fn a_group_lines_up_with_a_total_only_on_values_both_can_be() {
        let (villagers, people) = (toll(2.0, Some("villager")), toll(5.0, Some("person")));
        assert!(names_a_group_the_other_may_include(&villagers, &people));
        // Two counts that name no group, or one noun, are one toll told two ways.
        assert!(!names_a_group_the_other_may_include(
            &toll(2.0, Some("other")),
            &toll(3.0, None)
        ));
        assert!(!names_a_group_the_other_may_include(
            &toll(2.0, Some("crew")),
            &toll(3.0, Some("crew"))
        ));
    }

    #[test]
    fn tolls_far_apart_or_dated_to_other_days_are_of_other_happenings() {
        assert!(tolls_of_one_happening(&toll(5.0, None), &toll(3.0, None)));
        assert!(tolls_of_one_happening(&toll(31.0, None), &toll(30.0, None)));
        // 140 wounded in one strike, 30 in a rocket attack elsewhere that day.
        assert!(!tolls_of_one_happening(
            &toll(140.0, None),
            &toll(30.0, None)
        ));
        let on = |day: f64, reported: f64| TollDay {
            night: false,
            day,
            reported: Some(reported),
        };
        let (mut tuesday, mut wednesday) = (toll(10.0, None), toll(7.0, None));
        tuesday.day = Some(on(1.0, 2.0));
        wednesday.day = Some(on(2.0, 2.0));
        assert!(!tolls_of_one_happening(&tuesday, &wednesday));
        // A later report may date the toll to the day it was given.
        wednesday.day = Some(on(2.0, 3.0));
        assert!(tolls_of_one_happening(&tuesday, &wednesday));
        // A night runs into the next day, not into the day after that.
        let night = |day: f64| TollDay {
            night: true,
            day,
            reported: Some(3.0),
        };
        let (mut monday_night, mut tuesday_night) = (toll(10.0, None), toll(7.0, None));
        monday_night.day = Some(night(0.0));
        tuesday.day = Some(on(1.0, 3.0));
        assert!(tolls_of_one_happening(&monday_night, &tuesday));
        tuesday_night.day = Some(night(1.0));
        wednesday.day = Some(on(3.0, 3.0));
        assert!(!tolls_of_one_happening(&tuesday_night, &wednesday));
        // A count of the body only (an article whose opening states none) is no headline.
        let mut body = toll(7.0, None);
        body.main_in_opening = false;
        assert!(!tolls_of_one_happening(&toll(10.0, None), &body));
    }

    #[test]
    fn only_counts_close_together_are_one_toll_past_an_opening() {
        // "21 people were injured" in an opening, "23 people had been injured" in a body.
        let mut body = toll(23.0, None);
        body.main_in_opening = false;
        assert!(only_tolls_of_one_happening(&toll(21.0, None), &body));
        // 13 killed in air strikes, at least 17 in a car bomb: further apart than a toll
        // revised between reports.
        assert!(!only_tolls_of_one_happening(
            &toll(17.0, None),
            &toll_in_body(13.0)
        ));
        assert!(!only_tolls_of_one_happening(
            &toll(3.0, None),
            &toll_in_body(2.0)
        ));
        // Neither in an opening.
        assert!(!only_tolls_of_one_happening(&body, &toll_in_body(21.0)));
        // Neither in an opening, of another measure than the killed: arrests, stated values.
        let arrested = |n: f64| {
            let mut p = toll_in_body(n);
            p.measure = Some("arrested".into());
            p
        };
        assert!(only_tolls_of_one_happening(
            &arrested(11.0),
            &arrested(13.0)
        ));
        let mut over = arrested(50.0);
        over.values = crate::model::Interval::at_least(50.0);
        over.qualifier = Qualifier::AtLeast;
        assert!(!only_tolls_of_one_happening(&arrested(46.0), &over));
    }

    #[test]
    fn a_running_total_and_a_count_close_to_it_may_be_one_toll() {
        // An outbreak's 45 dead "since it began in March" and 48 a day later.
        assert!(!stated_far_apart_or_small(
            &toll(45.0, None),
            &toll(48.0, None)
        ));
        // A war's toll and one strike's, and small counts, stay apart.
        assert!(stated_far_apart_or_small(
            &toll(300_000.0, None),
            &toll(48.0, None)
        ));
        assert!(stated_far_apart_or_small(
            &toll(12.0, None),
            &toll(13.0, None)
        ));
    }

    fn toll_in_body(n: f64) -> Profile {
        let mut p = toll(n, None);
        p.main_in_opening = false;
        p
    }

    #[test]
    fn open_bounds_far_apart_are_no_evidence_of_one_toll() {
        let at_least = |n: f64, unit: Option<&str>| {
            let mut p = toll(n, unit);
            p.values = crate::model::Interval::at_least(n);
            p.qualifier = Qualifier::AtLeast;
            p
        };
        // "at least 60 civilians" and "At least 29 people": both can be true, but they are
        // more than twice apart.
        assert!(stated_far_apart(
            &at_least(60.0, Some("civilian")),
            &at_least(29.0, None)
        ));
        assert!(!stated_far_apart(&at_least(18.0, None), &toll(27.0, None)));
        assert!(!stated_far_apart(&at_least(12.0, None), &toll(41.0, None)));
        assert!(stated_far_apart(&toll(5.0, None), &at_least(100.0, None)));
        assert!(!stated_far_apart(&toll(1.0, None), &toll(2.0, None)));
    }

    #[test]
    fn only_lengths_of_one_named_thing_at_most_twice_apart_line_up_as_one() {
        let length = |measure: &str, hours: f64, background: bool| {
            let mut p = toll(hours, None);
            p.kind = ClaimKind::Duration;
            p.measure = Some(measure.to_string());
            p.counts_people = false;
            p.background = background;
            p
        };
        let nine = length("length of siege", 9.0, false);
        assert!(one_named_length(
            &nine,
            &length("length of siege", 12.0, false)
        ));
        assert!(!one_named_length(
            &nine,
            &length("length of siege", 72.0, false)
        ));
        assert!(!one_named_length(
            &nine,
            &length("length of siege", 12.0, true)
        ));
        let past = length("recent period of fighting", 9.0, false);
        assert!(!one_named_length(
            &past,
            &length("recent period of fighting", 12.0, false)
        ));
        assert!(!one_named_length(&toll(9.0, None), &toll(12.0, None)));
    }

    #[test]
    fn weighted_similarity_is_fuzzy_and_bounded() {
        let a: Vec<String> = ["killed", "syrian", "war"].map(String::from).to_vec();
        // Contexts are sorted, as extraction makes them.
        let b: Vec<String> = ["kill", "nations", "syrians", "united", "war"]
            .map(String::from)
            .to_vec();
        let w = WordWeights::of(Vec::new(), Vec::new());
        let s = w.similarity(&a, &b);
        assert!((s - 2.0 / 6.0).abs() < 1e-9, "{s}");
        assert_eq!(w.similarity(&[], &b), 0.0);
        assert_eq!(w.similarity(&a, &a), 1.0);
    }

    /// The bound never rules out a pair Jaro-Winkler would accept: checked on words and on
    /// their misspellings (a letter dropped, doubled, swapped or changed).
    #[test]
    fn jaro_winkler_bound_holds() {
        let words = [
            "syrian",
            "aleppo",
            "kilometres",
            "hasakeh",
            "neighbourhood",
            "civilians",
            "soldiers",
            "strikes",
            "ministry",
            "ukraine",
            "killed",
            "people",
            "abcdefgh",
        ];
        let mut pairs = 0;
        for w in words {
            let b = w.as_bytes();
            let mut variants: Vec<String> = Vec::new();
            for k in 0..b.len() {
                let mut dropped = b.to_vec();
                dropped.remove(k);
                let mut doubled = b.to_vec();
                doubled.insert(k, b[k]);
                let mut changed = b.to_vec();
                changed[k] = b'e';
                variants.extend([dropped, doubled, changed].map(|v| String::from_utf8(v).unwrap()));
                if k + 1 < b.len() {
                    let mut swapped = b.to_vec();
                    swapped.swap(k, k + 1);
                    variants.push(String::from_utf8(swapped).unwrap());
                }
            }
            for x in variants.iter().map(String::as_str).chain(words) {
                for (p, q) in [(w, x), (x, w)] {
                    let jw = jaro_winkler(p, q);
                    assert!(jaro_winkler_bound(p, q) >= jw - ROUNDING, "{p} {q}");
                    if jw >= SAME_WORD && spelled_alike(p, q) {
                        assert!(may_be_alike(p, q), "{p} {q}");
                        pairs += 1;
                    }
                }
            }
        }
        assert!(pairs > 100, "{pairs}");
        assert!(!may_be_alike("strike", "street"));
    }

    /// A figure claim of `source`: `low`..`high` of `unit` measuring `measure`, in a sentence
    /// of these context words (not in the opening).
    fn figure_claim(
        source: &str,
        (low, high): (f64, Option<f64>),
        unit: &str,
        measure: Option<&str>,
        context: &[&str],
    ) -> Claim {
        let qualifier = if high.is_some() {
            Qualifier::Exact
        } else {
            Qualifier::AtLeast
        };
        Claim {
            id: format!("{source}#1"),
            source: source.to_string(),
            span: crate::model::Span::new(0, 1),
            sentence: crate::model::Span::new(0, 1),
            topic: unit.to_string(),
            value: Value::Quantity(crate::model::Quantity {
                interval: crate::model::Interval::try_new(Some(low), high).expect("an interval"),
                estimate: Some(low),
                qualifier,
                unit: Some(unit.to_string()),
                measure: measure.map(str::to_string),
                subset: false,
                of: None,
                counts_people: false,
                resolution: 1.0,
            }),
            context: context.iter().map(|&w| w.into()).collect(),
            event: None,
            event_class: None,
            background: false,
            place: None,
            lead: false,
        }
    }

    /// Whether `group` lines up the first two claims (of two sources) as one thing.
    fn lined_up(claims: &[Claim]) -> bool {
        let items = profiled(claims);
        group(&items)
            .iter()
            .any(|g| g.contains(&0) && g.contains(&1))
    }

    #[test]
    fn each_articles_only_count_of_one_thing_of_one_open_bound_is_one_count() {
        let a = ["seismologists", "recorded", "main", "shock"];
        let b = ["followed", "largest", "measuring"];
        // "more than 40 aftershocks" and "At least 40 aftershocks", in other words.
        let forty = |source, words| figure_claim(source, (40.0, None), "aftershocks", None, words);
        assert!(lined_up(&[forty("a", &a), forty("b", &b)]));
        // "at least 9" and "at least 12" state different values: their words must say more.
        let twelve = figure_claim("b", (12.0, None), "aftershocks", None, &b);
        let nine = figure_claim("a", (9.0, None), "aftershocks", None, &a);
        assert!(!lined_up(&[nine.clone(), twelve]));
        // A source with two counts of aftershocks gives neither as its only one.
        let mut other = figure_claim("a", (5.0, Some(5.0)), "aftershocks", None, &["felt"]);
        other.id = "a#2".into();
        assert!(!lined_up(&[forty("a", &a), forty("b", &b), other]));
    }

    #[test]
    fn a_distance_that_names_no_place_lines_up_with_one_from_a_place() {
        let km = |source, n: f64, measure, words: &[&str]| {
            figure_claim(source, (n, Some(n)), "km", Some(measure), words)
        };
        let a = ["attack", "took", "place", "aden"];
        let b = ["pirates", "attacked", "ship", "west"];
        // "about 150 nautical miles off Aden" and "150 nautical miles west of Aden", or
        // "the ship was 150 km away": one distance.
        assert!(lined_up(&[
            km("a", 150.0, "distance from Aden", &a),
            km("b", 150.0, "distance", &b)
        ]));
        assert!(lined_up(&[
            km("a", 150.0, "distance from Aden", &a),
            km("b", 150.0, "distance from aden", &b)
        ]));
        // From two places, two distances, however close their values.
        assert!(!lined_up(&[
            km("a", 150.0, "distance from Aden", &a),
            km("b", 150.0, "distance from Mukalla", &b)
        ]));
    }

    #[test]
    fn each_articles_only_figure_of_a_one_fact_measure_lines_up_whatever_its_value() {
        let km = |source, n: f64, measure, words: &[&str]| {
            figure_claim(source, (n, Some(n)), "km", Some(measure), words)
        };
        let a = ["epicentre", "depth", "afad", "said"];
        let b = ["epicentre", "depth", "authority", "announced"];
        // "at a depth of 10 km" and "at a depth of 25 kilometres": one depth, told two ways
        // that cannot both be true.
        assert!(lined_up(&[
            km("a", 10.0, "depth", &a),
            km("b", 25.0, "depth", &b)
        ]));
        // Two distances from one town may be of two places.
        assert!(!lined_up(&[
            km("a", 10.0, "distance from Kozan", &a),
            km("b", 25.0, "distance from Kozan", &b)
        ]));
        // Nor is a depth of an article that gives two depths its only one.
        let mut second = km("a", 12.0, "depth", &["shaft"]);
        second.id = "a#2".into();
        assert!(!lined_up(&[
            km("a", 10.0, "depth", &a),
            km("b", 25.0, "depth", &b),
            second
        ]));
        // An earlier event's depth, mentioned in passing, is not the story's.
        let mut earlier = km("b", 25.0, "depth", &b);
        earlier.background = true;
        assert!(!lined_up(&[km("a", 10.0, "depth", &a), earlier]));
    }

    #[test]
    fn a_payout_per_family_is_one_promise_and_no_rival_of_one_per_injured_person() {
        let sum = |source, n: f64, measure, words: &[&str]| {
            figure_claim(source, (n, Some(n)), "BDT", Some(measure), words)
        };
        let a = ["minister", "pay", "victim", "family"];
        let b = ["minister", "compensation", "family", "announced"];
        let family = "payout per family";
        assert!(lined_up(&[
            sum("a", 100_000.0, family, &a),
            sum("b", 200_000.0, family, &b)
        ]));
        assert!(!lined_up(&[
            sum("a", 100_000.0, family, &a),
            sum("b", 50_000.0, "payout per injured person", &b)
        ]));
    }

    /// Claims with their profiles, as `group` reads them.
    fn profiled(claims: &[Claim]) -> Vec<(usize, &Claim, Profile)> {
        claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    i,
                    c,
                    crate::compare::profile::profile(c).expect("a profile"),
                )
            })
            .collect()
    }

    #[test]
    fn a_pair_score_depends_only_on_the_classes_of_its_claims() {
        // Outlets relaying one report, and others telling it in their own words: copies
        // across sources, other days, other contexts, openings and bodies.
        let claim = |source: &str, day: &str, words: &[&str], lead: bool| {
            let mut c = day_claim(source, day, None, false);
            c.context = words.iter().map(|&w| w.into()).collect();
            c.lead = lead;
            c
        };
        let report = ["quake", "struck", "coast", "tuesday"];
        let claims = [
            claim("a", "2015-12-08", &report, true),
            claim("b", "2015-12-08", &["tremor", "felt", "capital"], true),
            claim("c", "2015-12-08", &report, true),
            claim("d", "2015-12-09", &report, true),
            claim("e", "2015-12-08", &report, false),
            claim(
                "f",
                "2015-12-08",
                &["quake", "struck", "coast", "wednesday"],
                true,
            ),
            claim("g", "2015-12-08", &report, true),
        ];
        let items = profiled(&claims);
        let sources: Vec<usize> = (0..items.len()).collect();
        let (weights, contexts) = WordWeights::new(&items, &sources);
        let class = indistinct_classes(&items, &contexts);
        assert_eq!(class, vec![0, 1, 0, 3, 4, 5, 0]);
        let score = |x: usize, y: usize, sole: bool| {
            let (a, b) = (&items[x], &items[y]);
            pair_score(
                (a.1, &a.2, &contexts[x]),
                (b.1, &b.2, &contexts[y]),
                &weights,
                sole,
                sole,
            )
            .map(f64::to_bits)
        };
        let n = items.len();
        let mut scored = 0;
        for (x, y) in (0..n).flat_map(|x| (x + 1..n).map(move |y| (x, y))) {
            for (u, v) in (0..n).flat_map(|u| (u + 1..n).map(move |v| (u, v))) {
                if class[x] == class[u] && class[y] == class[v] {
                    for sole in [false, true] {
                        assert_eq!(score(x, y, sole), score(u, v, sole), "{x},{y} vs {u},{v}");
                        scored += 1;
                    }
                }
            }
        }
        assert!(score(0, 2, false).is_some() && score(0, 1, false) != score(0, 2, false));
        assert!(scored > 2 * 21);
    }

    #[test]
    fn claims_are_one_class_exactly_when_they_state_the_same_in_the_same_words() {
        let with_context = |source: &str, words: &[&str]| {
            let mut c = day_claim(source, "2015-12-11", None, false);
            c.context = words.iter().map(|&w| w.into()).collect();
            c
        };
        let claims = [
            with_context("a", &["quake", "struck", "friday"]),
            with_context("b", &["quake", "struck", "friday"]),
            // The same prepared context (calendar words left out), other words.
            with_context("c", &["quake", "struck", "thursday"]),
            with_context("d", &["quake", "hit"]),
        ];
        let items = profiled(&claims);
        let sources = [0, 1, 2, 3];
        let (_, contexts) = WordWeights::new(&items, &sources);
        assert_eq!(contexts[0].ids, contexts[2].ids);
        assert_eq!(indistinct_classes(&items, &contexts), vec![0, 0, 2, 3]);
    }

    #[test]
    fn prepared_contexts_score_exactly_as_words_do() {
        let a: Vec<String> = ["alepo", "aleppo", "killed", "syrian", "war"]
            .map(String::from)
            .to_vec();
        let b: Vec<String> = ["aleppo", "kill", "nations", "syrians", "united", "war"]
            .map(String::from)
            .to_vec();
        let all: Vec<&str> = a
            .iter()
            .chain(&b)
            .map(String::as_str)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let idf = all.iter().map(|w| 1.0 + w.len() as f64 / 7.0).collect();
        let w = WordWeights::of(all, idf);
        let (x, y) = (w.numbered(&a), w.numbered(&b));
        let s = w.similarity_of(&x, &y);
        assert!(s > 0.3 && s < 1.0, "{s}");
        assert_eq!(s.to_bits(), w.similarity(&a, &b).to_bits());
        assert_eq!(
            w.similarity_of(&y, &x).to_bits(),
            w.similarity(&b, &a).to_bits()
        );
        assert_eq!(w.similarity_of(&x, &x), 1.0);
    }
}
