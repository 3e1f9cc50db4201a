//! Figures: how many of what, and what happened to them ("about 300,000 people killed",
//! "60 percent of its population", "$3.5m", "dozens more wounded").

use crate::extract::amount;
use crate::extract::animals;
use crate::extract::basis_points;
use crate::extract::custody;
use crate::extract::date_words::{Tense, date_words};
use crate::extract::lexicon::{NumberWordKind, lexicon};
use crate::extract::measure;
use crate::extract::measured_thing;
use crate::extract::mood;
use crate::extract::phrase::{Phrase, Shape};
use crate::extract::phrase_words::{COUNT_TO_NOUN, joined_people_noun};
use crate::extract::role;
use crate::extract::seized_people;
use crate::extract::taken_to_hospital;
use crate::extract::tense;
use crate::extract::words::{Words, is_initialism, is_possessive, looks_plural};
use crate::model::{Interval, Qualifier, Quantity, Span, WEEKDAYS, is_currency};

/// A figure found in a sentence, before it becomes a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureDraft {
    pub span: Span,
    pub quantity: Quantity,
    pub topic: String,
    /// Token index the figure is anchored at (for context).
    pub anchor: usize,
    /// Last token of the figure (its counted noun included).
    pub last: usize,
}

/// A figure before another in its sentence: its value and its last token.
#[derive(Debug, Clone, Copy)]
pub struct Whole<'a> {
    pub quantity: &'a Quantity,
    pub last: usize,
}

/// Superlatives after "the" and a number that rank what they name, counting nothing: "one of
/// the ten largest in Russia", "the three deadliest attacks".
const RANKING: [&str; 13] = [
    "largest",
    "biggest",
    "deadliest",
    "worst",
    "best",
    "richest",
    "busiest",
    "highest",
    "lowest",
    "oldest",
    "poorest",
    "smallest",
    "strongest",
];

/// Whether phrase `p` names a moment ("At one point last year", "at one stage"), a rank
/// ("the ten largest", see [`RANKING`]; "its number one mission"), a manner ("two-way
/// trade", "a three-time champion", "a one-off payment"), a multiple ("three times the
/// count") or a name ("any Group of Seven economy") rather than a count.
fn a_moment_or_a_rank(w: &Words, p: &Phrase) -> bool {
    let before = p.first.checked_sub(1).map_or("", |k| w.low(k));
    let next = w.low(p.last + 1);
    let in_a_name = p.first >= 2
        && p.shape == Shape::Words
        && w.capitalized(p.first)
        && w.raw(p.first - 1) == "of"
        && w.capitalized(p.first - 2);
    (before == "at" && w.low(p.first) == "one" && matches!(next, "point" | "stage"))
        || (before == "the" && p.currency.is_none() && !p.percent && RANKING.contains(&next))
        || (before == "number" && p.value < 100.0 && p.currency.is_none())
        || p.hyphen_word
            .is_some_and(|h| matches!(w.low(h), "way" | "time" | "off" | "fold"))
        || (next == "times" && multiplies(w.low(p.last + 2)))
        || (before == "no" && p.value == 2.0 && next == "ways")
        || in_a_name
}

/// The token of "times" when phrase `p` tells how often, not how many people: "displaced
/// three or four times since 2011", "shot 11 times", "rolled over 38 times" count times,
/// never the displaced or the shot (a multiple, "three times the count", is no such phrase,
/// nor a rate, "four times per week", a figure of its own).
fn how_often(w: &Words, p: &Phrase) -> Option<usize> {
    let mut k = p.last + 1;
    // "three or four times": the first of two numbers joined by "or" or "to".
    if matches!(w.low(k), "or" | "to")
        && (w.is_number(k + 1) || lexicon().number_words.contains_key(w.low(k + 1)))
    {
        k += 2;
    }
    (w.low(k) == "times"
        && !multiplies(w.low(k + 1))
        && !matches!(w.low(k + 1), "per" | "a" | "an" | "each" | "every"))
    .then_some(k)
}

/// Particles that go with the verb before them ("rolled over 38 times").
const PARTICLES: [&str; 5] = ["over", "out", "up", "down", "off"];

/// What a count of times counts, named by the verb before its first token `first`: "times
/// shot" ("shot 11 times"), "times rolled over" ("rolled over 38 times"); "times" where no
/// verb stands there. Two counts of times of different doings never line up.
fn times_of(w: &Words, first: usize) -> String {
    let word = |k: usize| {
        w.is_word(k)
            && !w.capitalized(k)
            && w.low(k).len() >= 3
            && !lexicon().stopwords.contains(w.low(k))
    };
    let Some(v) = first.checked_sub(1) else {
        return "times".to_string();
    };
    if PARTICLES.contains(&w.low(v)) && v >= 1 && word(v - 1) {
        format!("times {} {}", w.low(v - 1), w.low(v))
    } else if word(v) {
        format!("times {}", w.low(v))
    } else {
        "times".to_string()
    }
}

/// Whether the word after "N times" makes it a multiple of something ("three to four times
/// the confirmed count", "twice as many", "five times higher"), not how often.
fn multiplies(after: &str) -> bool {
    matches!(
        after,
        "the"
            | "as"
            | "that"
            | "what"
            | "more"
            | "higher"
            | "larger"
            | "bigger"
            | "greater"
            | "faster"
            | "its"
            | "their"
            | "his"
            | "her"
    )
}

/// Builds the figure of phrase `p` (whose role is a figure); `before` is the sentence's
/// figure before it, if any. `None` when the sentence states the figure only as a possibility
/// ("A magnitude 6 quake can cause severe damage"); `may_suppose` tells whether it can
/// (`mood::may_suppose` of the sentence, asked once for all its figures).
pub fn figure(
    w: &Words,
    p: &Phrase,
    before: Option<Whole>,
    may_suppose: bool,
) -> Option<FigureDraft> {
    let lex = lexicon();
    let mut value = p.value;
    let mut low = p.low;
    let mut high = p.high;
    let mut percent = p.percent;
    let mut last = p.last;

    let mut resolution = p.resolution;
    if a_moment_or_a_rank(w, p) || a_parent_of(w, p) {
        return None;
    }
    // "a third suspect", "a third explosion": an ordinal before what it orders, no share.
    if p.shape == Shape::Fraction
        && !one_in(w, p)
        && (ordinal_before(w, p.last + 1) || orders_a_noun(w, p))
    {
        return None;
    }
    // "A third, a 34-year-old man, died": an ordinal that a description of a person follows
    // counts the third of a row of people, no share.
    if p.shape == Shape::Fraction
        && a_fraction_of_an_ordinal_word(w, p)
        && w.is_punct(p.last + 1, ",")
        && (matches!(w.low(p.last + 2), "a" | "an" | "the") || w.capitalized(p.last + 2))
    {
        return None;
    }
    // "a third-party supplier", "a fifth-largest bank": an ordinal joined to a word.
    if p.shape == Shape::Fraction
        && a_fraction_of_an_ordinal_word(w, p)
        && w.is_dash(p.last + 1)
        && w.glued(p.last + 1)
        && w.is_word(p.last + 2)
        && w.glued(p.last + 2)
    {
        return None;
    }
    // "a quarter of Syrian territory", "two thirds of voters": a share, in percent.
    // "rose by nearly a fifth": a change by a fraction is a share too.
    // "a third more cars than last year", "a quarter fewer": a fraction before a comparative
    // tells how much more, as "30 percent more" does; it counts no cars.
    let by_fraction = p.first >= 1 && w.low(p.first - 1) == "by"
        || matches!(
            w.low(p.last + 1),
            "more" | "fewer" | "less" | "higher" | "lower" | "larger" | "smaller" | "bigger"
        );
    // "25 basis points", "25 bps", "0.25 percentage points", "a quarter point": one unit,
    // percentage points.
    let basis_points = basis_points::basis_points(w, p);
    if let Some((factor, _)) = basis_points {
        value *= factor;
        low *= factor;
        high *= factor;
        resolution *= factor;
        percent = false;
    } else if p.shape == Shape::Fraction
        && fraction_of_one_unit(w, p).is_none()
        && (w.low(p.last + 1) == "of" || by_fraction || one_in(w, p))
    {
        value *= 100.0;
        low *= 100.0;
        high *= 100.0;
        resolution = (resolution * 100.0).max(0.1);
        percent = true;
    }
    // "3.4 billion euros this year, up from 3.1 billion in 2025", "rose to 5.1% from 4.2":
    // the earlier value a sum or a share is set against is in its unit, written once.
    let carried = before
        .filter(|_| {
            basis_points.is_none()
                && p.currency.is_none()
                && !percent
                && p.glued_unit.is_none()
                && p.hyphen_word.is_none()
        })
        .filter(|b| set_against(w, p, b.last))
        .and_then(|b| b.quantity.unit.as_deref())
        .filter(|u| *u == "percent" || crate::model::is_currency(u));
    if carried == Some("percent") {
        percent = true;
    }
    let (unit, unit_end) = if let Some((_, end)) = basis_points {
        (Some("percentage points".to_string()), end)
    } else if let Some(code) = p.currency {
        (Some(code.to_string()), p.last)
    } else if let Some(code) = carried.filter(|u| *u != "percent") {
        (Some(code.to_string()), p.last)
    } else if percent && w.low(p.last) == "points" {
        // "four percentage points": a difference of shares, not a share.
        (Some("percentage points".to_string()), p.last)
    } else if percent {
        (Some("percent".to_string()), p.last)
    } else if let Some(u) = &p.glued_unit {
        // "48.1C": degrees, as "48.1 degrees Celsius" reads; "118F" are other degrees.
        let unit = temperature_unit(u).map_or_else(|| u.to_lowercase(), str::to_string);
        (Some(unit), p.last)
    } else if let Some(h) = p.hyphen_word {
        (Some(w.low(h).to_string()), h)
    } else if let Some(u) = fraction_of_one_unit(w, p) {
        (Some(w.low(u).to_string()), u)
    } else if let Some(k) = how_often(w, p) {
        // "three or four times": the first number's words end with it.
        (
            Some(times_of(w, p.first)),
            if k == p.last + 1 { k } else { p.last },
        )
    } else {
        counted_noun(w, p)
    };
    // "70 miles per hour": a speed, in the short form of its unit ("mph").
    let unit = unit.map(|u| match amount::per_hour_unit(w, &u, unit_end) {
        Some(short) => short.to_string(),
        None => u,
    });
    // "The number of fishermen killed rose to seven": the count's noun is the number's.
    let unit = unit
        .or_else(|| measure::people_of_a_risen_number(w, p.first).map(|k| w.low(k).to_string()));
    last = last.max(unit_end);
    if may_suppose && mood::hypothetical(w, p.first, last) {
        return None;
    }
    // "Five soldiers were killed, four from friendly fire": a bare number after a figure is
    // a part of it, counting what it counts.
    let whole = before
        .filter(|b| unit.is_none() && p.currency.is_none() && !percent && elliptical_part(w, p, b));
    // "Police put the crowd at 10,000; organisers claimed 50,000": another source's figure
    // for the same count.
    let rival = before.filter(|b| {
        whole.is_none()
            && unit.is_none()
            && p.currency.is_none()
            && !percent
            && rival_estimate(w, p, b)
    });
    let (unit, unit_end) = match (whole, rival) {
        // "14 people, nine of them soldiers": the part names its own people.
        (Some(_), _) => match part_noun(w, p.last + 1) {
            Some(k) => (Some(w.low(k).to_string()), k),
            None => (whole.and_then(|b| b.quantity.unit.clone()), unit_end),
        },
        (None, Some(b)) => (b.quantity.unit.clone(), unit_end),
        (None, None) => (unit, unit_end),
    };
    last = last.max(unit_end);
    let of = if percent {
        // "one in three trains": a share of what follows it.
        of_noun(w, p.last + 1).or_else(|| one_in(w, p).then(|| noun_from(w, p.last + 1)).flatten())
    } else {
        None
    };
    // "2.4 tonnes of cocaine", "2,400kg of cocaine", "5,000 hectares of forest": so much of a
    // thing (kept below only for a figure with no measure: "180 millimetres of rain" is a
    // rainfall, however its noun is worded).
    let substance = (p.currency.is_none()
        && (unit_end > p.last || p.glued_unit.is_some())
        && unit.as_deref().is_some_and(role::is_unit_of_measure))
    .then(|| measured_thing::substance_after(w, unit_end + 1))
    .flatten();
    // Only people (or an unnamed count) are killed, injured or displaced: "7 villages
    // damaged" is no casualty figure.
    // A hyphenated or two-word noun counts people when its head does ("co-workers", "police
    // officers").
    let people_unit = unit.as_deref().is_some_and(|u| {
        lex.people.contains(u)
            || u.rsplit_once(['-', ' '])
                .is_some_and(|(_, head)| lex.people.contains(head))
    });
    // "Two riders were killed", "Three hikers went missing": a plural noun right before a verb
    // of what befalls people counts people, whether or not it is a listed noun of people.
    let people_unit = people_unit
        || unit.as_deref().is_some_and(|u| {
            u == w.low(unit_end)
                && p.currency.is_none()
                && !percent
                && looks_plural(u)
                && u.bytes().all(|b| b.is_ascii_lowercase())
                && !animals::is_animal(u)
                && !role::is_unit_of_measure(u)
                && measure::befalls_people_after(w, unit_end + 1).is_some()
        });
    // A group the figure is said to be part of after its noun ("of the wounded", "among the
    // dead"), read once for both its measure and whether it is a part.
    let group = measure::GroupAfter::at(w, unit_end + 1);
    // "a 12 - gauge shotgun": a number joined by a dash to a word is a modifier, no count.
    let modifier = unit.is_none() && w.is_dash(p.last + 1) && {
        let next = w.low(p.last + 2);
        w.is_word(p.last + 2)
            && !w.capitalized(p.last + 2)
            && !next.ends_with("ing")
            && !lex.stopwords.contains(next)
            && !lex.measures.contains_key(next)
            && !lex.number_words.contains_key(next)
    };
    // "cut 800 jobs", "800 layoffs": jobs are cut as people are killed. Nothing else is
    // ("cables were cut", "people cut off from water").
    let jobs = unit
        .as_deref()
        .is_some_and(|u| matches!(u, "jobs" | "job" | "positions" | "posts" | "roles"));
    // A count of things that are neither people, jobs nor animals ("$3.5m", "60 percent",
    // "17 countries") takes no measure from the words near it, so they are not scanned.
    let may_take_a_measure =
        unit.is_none() || people_unit || jobs || unit.as_deref().is_some_and(animals::is_animal);
    let own_measure = || {
        if !may_take_a_measure {
            return None;
        }
        measure::measure_of(w, p.first, unit_end, group).filter(|&m| {
            if m == "cut" {
                jobs || (unit.is_none() && (w.low(p.last + 1) == "layoffs"))
            } else {
                (unit.is_none() && !modifier)
                    || people_unit
                    || (animals::befalls_animals(m)
                        && unit.as_deref().is_some_and(animals::is_animal))
            }
        })
    };
    // What a sum, a share or a length measures ("revenue", "shares fall", "depth"): read only
    // for a figure with no measure of its own, the one case it is used.
    let amount: Option<String>;
    let measure: Option<&str> = match whole.or(rival) {
        Some(b) => b.quantity.measure.as_deref().or_else(own_measure),
        None => match own_measure() {
            Some(m) => Some(m),
            None => {
                amount = unit
                    .as_deref()
                    .and_then(|u| amount::amount_measure(w, p.first, unit_end, u));
                amount.as_deref()
            }
        },
    };
    // "50 people were treated for injuries", "230 persons got injuries": people with
    // injuries are people injured. "There were 68 injuries", "The blast caused 68 injuries": a count of injuries with no
    // noun of its own, in a story of what befell people, is of the people injured too. One
    // person's ("He suffered 12 injuries") is not.
    let measure = match measure {
        Some("injuries")
            if people_unit
                || (unit.is_none()
                    && w.low(p.last + 1) == "injuries"
                    && !injuries_of_one(w, p.first)) =>
        {
            Some("injured")
        }
        m => m,
    };
    // "All seven hostages walked out", "About a dozen gunmen ambushed the convoy": a noun of
    // people that says what befell them (or what they did) is the measure of a count that
    // has no measure word near it.
    // "freed four hostages" and "All four hostages are safe" count the same hostages: a count
    // of hostages rescued is of the hostages taken (one released while others are still held
    // is "released", a measure of its own).
    let role = unit
        .as_deref()
        .filter(|_| people_unit && whole.is_none())
        .and_then(|u| lex.role_measures.get(u).copied());
    // A gunman who "marched into" a party is no marcher: a crowd's verb does not make a
    // count of a noun of another role one of a crowd.
    let measure = match (measure, role) {
        (None, r) | (Some("rescued"), r @ Some("kidnapped")) | (Some("gathered"), r @ Some(_)) => r,
        (m, _) => m,
    };
    // "A gendarme and two civilians were killed": the first of two joined counts of people
    // takes the measure said after the second.
    let measure = measure.or_else(|| people_unit.then(|| joined_measure(w, unit_end)).flatten());
    // "Gunmen seized 287 students": people seized by force are kidnapped.
    let measure = measure.or_else(|| {
        (people_unit && seized_people::seized(w, p.first, unit_end)).then_some("kidnapped")
    });
    // "The ambulance service had taken 38 people to hospital": people carried to hospital are
    // hospitalised.
    let measure = measure.or_else(|| {
        ((people_unit || unit.is_none())
            && (taken_to_hospital::taken_to_hospital(w, p.first, unit_end)
                || taken_to_hospital::taken_to_a_named_hospital(w, unit_end)))
        .then_some("hospitalised")
    });
    // "Gunmen abducted 121 pupils and three teachers": the second of two joined counts of
    // people takes the measure the verb before the first gave it.
    let measure = measure.or_else(|| {
        before
            .filter(|b| {
                people_unit
                    && b.quantity.counts_people
                    && p.first >= 1
                    && w.low(p.first - 1) == "and"
                    && b.last + 2 == p.first
            })
            .and_then(|b| b.quantity.measure.as_deref())
    });
    // "a capacity of 150 passengers": what a vessel or hall can hold (a measure phrase may not
    // end with "of", which the measure scan would stop at).
    let measure = if p.first >= 2
        && w.low(p.first - 1) == "of"
        && w.low(p.first - 2) == "capacity"
        && measure.is_none_or(|m| m == "capacity" || role == Some(m))
    {
        Some("capacity")
    } else {
        measure
    };
    // "60000 people have died in government jails": deaths in custody, told beside a toll,
    // are a count of their own.
    let measure = match measure {
        Some("killed") if custody::died_in_custody(w, unit_end) => Some("killed in custody"),
        Some("hospitalised") if taken_to_hospital::still_in_hospital(w, unit_end) => {
            Some("still in hospital")
        }
        // "four people seriously hurt", "two in a critical condition": the badly hurt are
        // some of the injured, never a rival toll of them.
        Some("injured") if badly_hurt(w, p.first, unit_end) => Some("seriously injured"),
        // "The council will be split into two bodies": what a thing is split into.
        Some("killed")
            if w.low(p.last + 1) == "bodies"
                && p.first >= 1
                && matches!(w.low(p.first - 1), "into" | "or") =>
        {
            None
        }
        m => m,
    };
    // "61% of registered voters cast a ballot": a turnout is a share of the electorate however
    // it is named.
    let of = of
        .filter(|_| measure != Some("turnout"))
        .or(substance.filter(|_| measure.is_none()));
    // "the 120-tonne truss": a number joined to its unit gives the size of the noun after.
    let of = of.or_else(|| {
        unit.as_deref()
            .filter(|_| measure.is_none() && p.currency.is_none() && !percent)
            .and_then(|u| measured_thing::measured_thing(w, p, u, unit_end))
    });
    // "32 guns, including 11 automatic weapons, almost 400kg of cocaine": a sum or a
    // quantity in a unit of measure goes on a list of things seized, never a part of a count.
    let measured = p.currency.is_some() || p.glued_unit.is_some() || percent;
    // "1,750 of the plant's 2,100 workers", "seven of the nine counts": a part of the whole
    // counted after "of".
    let subset = whole.is_some()
        || of_a_counted_whole(w, p.last + 1).is_some()
        || subset(w, p.first, unit_end, group, measured)
        || increment(w, p)
        || one_days_count(w, p, last)
        || a_described_group(w, p, unit_end)
        || (unit.is_none() && a_group_told_before(w, p));
    let counts_people = whole.or(rival).is_some_and(|b| b.quantity.counts_people)
        || people_unit
        || (unit.is_none() && measure.is_some_and(is_human_measure));
    // "2 million euros ($2.6 million)": a sum converted into another currency is rounded at
    // a rate each outlet picks, so it is approximate.
    // "as much as £400 million ($510 million)": a conversion bounds the sum as the figure it
    // converts does.
    let qualifier = match before {
        Some(b) if p.qualifier == Qualifier::Exact && converted(w, p, unit.as_deref(), &b) => {
            match b.quantity.qualifier {
                q @ (Qualifier::AtMost | Qualifier::AtLeast | Qualifier::Nearly) => q,
                _ => Qualifier::About,
            }
        }
        // "An online fundraiser had passed $90,000": a sum or a share passed is a floor
        // ("topped", "exceeded" and "surpassed" are qualifiers of their own). "passed 12
        // bills" counts what passed.
        _ if p.qualifier == Qualifier::Exact
            && (p.currency.is_some() || percent)
            && p.first >= 1
            && matches!(w.low(p.first - 1), "passed" | "passing") =>
        {
            Qualifier::AtLeast
        }
        _ => p.qualifier,
    };
    let interval = interval(qualifier, value, low, high, resolution);
    let estimate = match qualifier {
        Qualifier::Plural => None,
        _ => Some(value).filter(|v| interval.contains(*v)),
    };
    let topic = topic(
        unit.as_deref(),
        measure,
        of.as_deref(),
        counts_people,
        subset,
    );
    Some(FigureDraft {
        span: w.span(p.first, last),
        quantity: Quantity {
            interval,
            estimate,
            qualifier,
            unit,
            measure: measure.map(str::to_string),
            subset,
            of,
            counts_people,
            resolution,
        },
        topic,
        anchor: p.num_first,
        last,
    })
}

/// Whether phrase `p`, a number with no noun of its own, is an elliptical part of the figure
/// `whole` before it: right after a comma or dash that follows the whole in the same clause
/// run, followed by what narrows it ("four from friendly fire", "two of them children",
/// "15 critically"), and no larger than the whole.
fn elliptical_part(w: &Words, p: &Phrase, whole: &Whole) -> bool {
    let q = whole.quantity;
    let counts_things = q.counts_people
        || q.unit.as_deref().is_some_and(|u| {
            !matches!(u, "percent" | "magnitude" | "category")
                && u.chars().all(|c| c.is_lowercase())
        });
    if !counts_things || p.first < 2 || whole.last >= p.first - 1 || p.first - whole.last > 14 {
        return false;
    }
    if !matches!(w.low(p.first - 1), "," | "—" | "–") {
        return false;
    }
    // The whole and the part share a sentence run: no stronger break between them.
    if (whole.last + 1..p.first - 1).any(|k| matches!(w.low(k), ";" | ":" | "." | "(" | ")")) {
        return false;
    }
    if q.interval.high().is_some_and(|h| p.value > h) || p.value < 1.0 {
        return false;
    }
    let next = w.low(p.last + 1);
    let preposition = matches!(
        next,
        "from" | "by" | "in" | "at" | "on" | "during" | "inside" | "near" | "under" | "of"
    );
    // "1,000 residents sheltered in a field, 500 in a navy field": the same preposition after
    // the whole makes a list of counts side by side, not a part.
    if preposition && next != "of" && (whole.last + 1..p.first - 1).any(|k| w.low(k) == next) {
        return false;
    }
    preposition || (next.len() > 4 && next.ends_with("ly") && w.is_word(p.last + 1))
}

/// Verbs after which a bare number is what someone says a count is.
const SAYING: [&str; 12] = [
    "said",
    "say",
    "says",
    "claimed",
    "claim",
    "claims",
    "reported",
    "reports",
    "estimated",
    "estimate",
    "counted",
    "count",
];

/// Most tokens between a count and another source's figure for it.
const RIVAL_REACH: usize = 24;

/// Whether phrase `p`, a number with no noun of its own, is another source's figure for the
/// count `whole` before it in the sentence: right after a verb of saying or "put it at", and
/// at the end of its clause ("Police put the crowd at 10,000, while organisers claimed
/// 50,000", "Officials said 12 people died; activists said 35.").
fn rival_estimate(w: &Words, p: &Phrase, whole: &Whole) -> bool {
    let q = whole.quantity;
    if !(q.counts_people || q.measure.is_some() && q.unit.is_some())
        || q.unit
            .as_deref()
            .is_some_and(|u| !u.chars().all(char::is_lowercase))
        || p.first < 2
        || whole.last >= p.first
        || p.first - whole.last > RIVAL_REACH
        || p.value < 1.0
        || w.is_word(p.last + 1)
    {
        return false;
    }
    let said = SAYING.contains(&w.low(p.first - 1))
        || w.low(p.first - 1) == "at"
            && matches!(
                w.low(p.first - 2),
                "it" | "figure" | "number" | "toll" | "count"
            )
            && p.first >= 3
            && matches!(w.low(p.first - 3), "put" | "puts" | "the" | "estimated");
    said && !(whole.last + 1..p.first).any(|k| w.low(k) == ".")
}

/// The token of the unit of measure a fraction takes one of: "half a mile", "a quarter of a
/// mile", "a third of a kilometre" are lengths in that unit, no shares.
fn fraction_of_one_unit(w: &Words, p: &Phrase) -> Option<usize> {
    if p.shape != Shape::Fraction {
        return None;
    }
    let k = p.last + 1 + usize::from(w.low(p.last + 1) == "of");
    (matches!(w.low(k), "a" | "an") && w.is_word(k + 1) && role::is_unit_of_measure(w.low(k + 1)))
        .then_some(k + 1)
}

/// Whether token `k` is a measure's participle ("affected", "damaged") before a word that is
/// neither a noun of people nor an animal.
fn measure_before_a_thing(w: &Words, k: usize) -> bool {
    let lex = lexicon();
    let low = w.low(k);
    w.is_word(k)
        && !w.capitalized(k)
        && low.ends_with("ed")
        && lex.measures.contains_key(low)
        && !lex.people.contains(w.low(k + 1))
        && !animals::is_animal(w.low(k + 1))
}

/// The token of the people a part is said to be after "of them" or "of whom" at `k`: "nine of
/// them soldiers", "eleven of them are servicemen", "two of whom were children".
fn part_noun(w: &Words, k: usize) -> Option<usize> {
    if w.low(k) != "of" || !matches!(w.low(k + 1), "them" | "whom") {
        return None;
    }
    let k = k + 2;
    let k = if matches!(w.low(k), "are" | "were" | "being") {
        k + 1
    } else {
        k
    };
    lexicon().people.contains(w.low(k)).then_some(k)
}

/// Whether the sum or length of phrase `p` (of `unit`) restates the one `b` before it in
/// another currency or unit, in brackets right after it: "2 million euros ($2.6 million)",
/// "2m euros (£1.7m; $2.6m)", "about 58km (36 miles)".
fn converted(w: &Words, p: &Phrase, unit: Option<&str>, b: &Whole) -> bool {
    let Some(unit) = unit.filter(|u| amount::measures_amounts(u) && !u.starts_with("percent"))
    else {
        return false;
    };
    b.quantity
        .unit
        .as_deref()
        .is_some_and(|u| u != unit && amount::measures_amounts(u) && !u.starts_with("percent"))
        && b.last + 2 == p.first
        && matches!(w.low(p.first - 1), "(" | ";")
}

/// The values a qualified number allows (DESIGN.md §4b).
pub fn interval(q: Qualifier, value: f64, low: f64, high: f64, resolution: f64) -> Interval {
    match q {
        Qualifier::Exact => Interval::point(value),
        Qualifier::About => {
            let tol = (value.abs() * 0.1).max(resolution.min(value.abs()));
            Interval::between(value - tol, value + tol)
        }
        Qualifier::Nearly => Interval::between(value - value.abs() * 0.1, value),
        Qualifier::AtLeast => Interval::at_least(value),
        Qualifier::AtMost => Interval::at_most(value),
        Qualifier::Range => Interval::between(low, high),
        Qualifier::Plural => Interval::at_least(low),
    }
}

/// Adverbs that tell the injured were badly hurt.
const SEVERELY: [&str; 5] = ["seriously", "critically", "badly", "severely", "gravely"];

/// Whether the count from token `first` to `end` is of people badly hurt: an adverb of
/// [`SEVERELY`] before the verb after it ("four people were seriously injured") or before
/// it ("critically wounding two"), or "in (a) critical/serious condition" after it.
fn badly_hurt(w: &Words, first: usize, end: usize) -> bool {
    let hurt = |k: usize| {
        matches!(
            w.low(k),
            "injured" | "hurt" | "wounded" | "injuring" | "wounding"
        )
    };
    let severe = |k: usize| SEVERELY.contains(&w.low(k)) && hurt(k + 1);
    let condition =
        |k: usize| matches!(w.low(k), "critical" | "serious") && w.low(k + 1) == "condition";
    // Up to the next number: "Among at least 25 injured eight were in critical condition".
    let after = (end + 1..end + 6)
        .take_while(|&k| {
            k < w.len() && w.is_word(k) && !lexicon().number_words.contains_key(w.low(k))
        })
        .any(|k| severe(k) || condition(k));
    let before = first >= 2 && severe(first - 2);
    after || before
}

fn is_human_measure(m: &str) -> bool {
    matches!(
        m,
        "killed"
            | "killed in custody"
            | "injured"
            | "seriously injured"
            | "hospitalised"
            | "still in hospital"
            | "injuries"
            | "casualties"
            | "missing"
            | "displaced"
            | "arrested"
            | "convicted"
            | "kidnapped"
            | "rescued"
            | "shot"
            | "infected"
            | "trapped"
            | "stranded"
            | "employed"
            | "gathered"
            | "blinded"
    )
}

/// The last token of a rate of oil output written from token `k`: "bpd", "b/d", "bbl/d",
/// "barrels per day", "barrels a day", "barrels of oil per day".
fn barrels_per_day(w: &Words, k: usize) -> Option<usize> {
    match w.low(k) {
        "bpd" | "bopd" => return Some(k),
        "b" | "bbl" if w.raw(k + 1) == "/" && w.low(k + 2) == "d" => return Some(k + 2),
        "barrels" | "barrel" => {}
        _ => return None,
    }
    let mut j = k + 1;
    if w.low(j) == "of" && w.low(j + 1) == "oil" {
        j += 2;
    }
    (matches!(w.low(j), "per" | "a") && w.low(j + 1) == "day").then_some(j + 1)
}

/// Most capitalized words of a brand or model named before a counted plural.
const MOST_NAME_WORDS: usize = 2;

/// The token of the plural noun after one or two capitalized words from token `k` (a brand
/// or model, maybe two joined by "and": "Kestrel and Brava models"), when the plural is a
/// plain word or an acronym's plural ("SUVs"). Weekdays, months and stopwords are no names.
fn named_before_a_plural(
    w: &Words,
    k: usize,
    plain: &impl Fn(usize) -> bool,
    plural: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let lex = lexicon();
    // "More than 2,300 US flights": an initialism in capitals is a name, though "us" is a
    // stopword.
    let name = |t: usize| {
        let low = w.low(t);
        w.is_word(t)
            && w.capitalized(t)
            && (!lex.stopwords.contains(low) || is_initialism(w.raw(t)))
            && !lex.months.contains_key(low)
            && !date_words().weekdays.contains_key(low)
            && !lex.measures.contains_key(low)
            && !lex.people.contains(low)
    };
    let acronym_plural = |t: usize| {
        let raw = w.raw(t);
        raw.len() >= 3
            && raw.ends_with('s')
            && raw[..raw.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
    };
    let (t, names) = w.past_names(k, MOST_NAME_WORDS, |t| name(t) && !acronym_plural(t));
    (names > 0 && ((plain(t) && plural(t)) || acronym_plural(t))).then_some(t)
}

/// The noun a figure counts: a people noun within three words ("seven young children"), the
/// noun after "of" for "dozens of people", else the next plain lowercase word ("17 countries").
/// Returns the unit and the last token index it reaches.
fn counted_noun(w: &Words, p: &Phrase) -> (Option<String>, usize) {
    let lex = lexicon();
    let mut k = p.last + 1;
    if w.low(k) == "of"
        && (p.shape == Shape::Vague || matches!(w.low(p.num_last), "dozen" | "pair"))
    {
        k += 1;
        if w.low(k) == "the" || w.low(k) == "them" {
            return (None, p.last);
        }
    }
    if let Some(noun) = of_a_counted_whole(w, k) {
        return (Some(w.low(noun).to_string()), p.last);
    }
    // "92 of the whales had died", "about 160 of the stranded animals": a part of animals
    // counts animals, never people.
    if w.low(k) == "of" {
        let mut j = k + 1;
        if matches!(w.low(j), "the" | "its" | "their" | "those" | "these") {
            j += 1;
        }
        let lowercase = |i: usize| w.is_word(i) && !w.capitalized(i);
        let animal = |i: usize| lowercase(i) && animals::is_animal(w.low(i));
        if animal(j) {
            return (Some(w.low(j).to_string()), j);
        }
        if lowercase(j) && animal(j + 1) {
            return (Some(w.low(j + 1).to_string()), j + 1);
        }
        // "grounded 23 of its aircraft", "32 of its Airbus A320neo-family jets": so many of
        // the owner's things are so many of them.
        if matches!(w.low(k + 1), "its" | "their")
            && let Some(noun) = owned_noun(w, k + 2)
        {
            return (Some(w.low(noun).to_string()), noun);
        }
    }
    // "300,000 bpd", "350,000 b/d", "2 million barrels per day", "500,000 barrels of oil a
    // day": one rate of oil output, however written.
    if let Some(end) = barrels_per_day(w, k) {
        return (Some("barrels per day".to_string()), end);
    }
    // "24 C", "88 F": a scale's letter alone after the number (not an initial: "C.").
    if matches!(w.raw(k), "C" | "F")
        && !w.glued(k)
        && !w.is_punct(k + 1, ".")
        && let Some(unit) = temperature_unit(w.raw(k))
    {
        return (Some(unit.to_string()), k);
    }
    // "46.2°C", "118 °F", "48.1 degrees Celsius": degrees, with the scale when one is named.
    let degree_sign = w.raw(k) == "°";
    if degree_sign || w.low(k) == "degrees" {
        let scale = if degree_sign {
            w.glued(k + 1).then(|| w.raw(k + 1))
        } else {
            Some(w.low(k + 1))
        };
        return match scale.and_then(temperature_unit) {
            Some(unit) => (Some(unit.to_string()), k + 1),
            None => (Some("degrees".to_string()), k),
        };
    }
    // "more than 11,000 flying hours": a pilot's experience, no count of anyone.
    if w.low(k).ends_with("ing") && matches!(w.low(k + 1), "hours" | "days" | "miles") {
        return (Some(format!("{} {}", w.low(k), w.low(k + 1))), k + 1);
    }
    // "300 dead seabirds", "thousands of dead fish": animals are no toll of people, whatever
    // befell them. A noun of people after the word is left to the people's rule below.
    if matches!(w.low(k), "dead" | "injured" | "wounded" | "stranded")
        && w.is_word(k + 1)
        && !w.capitalized(k + 1)
        && animals::is_animal(w.low(k + 1))
    {
        return (Some(w.low(k + 1).to_string()), k + 1);
    }
    // "200,000 sq ft", "18,600 sq. m", "3,000 square feet": an area in a unit of two words.
    if let Some((unit, end)) = area_unit(w, k) {
        return (Some(unit), end);
    }
    // "12,400 MW", "500 kV": a unit of measure written in capitals is no name. "a 90,000
    // barrel-a-day unit": a unit told as a rate is that unit.
    if w.is_word(k) && role::is_unit_of_measure(w.low(k)) {
        if w.capitalized(k) && (2..=3).contains(&w.raw(k).len()) {
            return (Some(w.low(k).to_string()), k);
        }
        if w.is_dash(k + 1)
            && matches!(w.low(k + 2), "a" | "per")
            && w.is_dash(k + 3)
            && matches!(w.low(k + 4), "day" | "year")
        {
            return (Some(w.low(k).to_string()), k + 4);
        }
    }
    if matches!(
        w.low(k),
        "more" | "other" | "further" | "additional" | "new"
    ) {
        k += 1;
    }
    // Up to three names before the noun do not count towards its distance: "120 IS group
    // fighters", "12 Free Syrian Army rebels" ("IS" is no stopword "is"). In a headline's
    // title case a capitalized stopword or number ends the search as a lowercase one does
    // ("Shot 11 Times By Police", "Evacuation of 4 Syrian Towns Resumes Six Killed").
    let mut t = k;
    let (mut plain_words, mut names) = (0, 0);
    while plain_words < 3 && names <= 3 && w.is_word(t) {
        let low = w.low(t);
        // "three helicopters winching survivors": a participle after a plural noun starts
        // what the counted things do; the people after it are not counted.
        if t > k && low.len() > 4 && low.ends_with("ing") && {
            let before = w.low(t - 1);
            before.ends_with('s') && !before.ends_with("ss") && !w.capitalized(t - 1)
        } {
            break;
        }
        // "120,000 National Grid customers", "200 National Guard members": a noun of people
        // in the singular within a name is the name's, not what is counted.
        // Not in a headline's title case, where the word after is what befell them ("Three
        // People Killed") or a small word.
        let name_goes_on = |n: usize| {
            w.capitalized(n)
                && !lex.measures.contains_key(w.low(n))
                && !lex.stopwords.contains(w.low(n))
        };
        let ends_a_name = || {
            t > k
                && w.capitalized(t - 1)
                && !w.capitalized(t + 1)
                && lex.people.contains(w.low(t + 1))
        };
        let starts_a_name = || {
            let singular =
                !low.ends_with('s') && !matches!(low, "people" | "men" | "women" | "children");
            w.capitalized(t) && singular && (name_goes_on(t + 1) || ends_a_name())
        };
        if lex.people.contains(low) && !starts_a_name() {
            // "11 staff and customers", "68 passengers and crew": one count of both groups,
            // people in general ("a woman and child" are two, each counted by its own word).
            if p.value >= 2.0
                && w.low(t + 1) == "and"
                && w.is_word(t + 2)
                && lex.people.contains(w.low(t + 2))
            {
                return (Some("people".to_string()), t + 2);
            }
            // "two police officers", "a police officer", "two fire fighters": one noun.
            if let Some(end) = compound_person(w, t) {
                let first = end - 1;
                return (Some(format!("{} {}", w.low(first), w.low(end))), end);
            }
            // "three pirate ships", "15 regime fighter jets": a thing, not people.
            if modifies_a_plural(w, t) {
                return (Some(format!("{low} {}", w.low(t + 1))), t + 1);
            }
            return (Some(low.to_string()), t);
        }
        let raw = w.raw(t);
        let acronym = raw.len() >= 2 && raw.bytes().all(|b| b.is_ascii_uppercase());
        // "10 IS militants": "IS" is no "is" (a first word of measures such as "is sought").
        if !acronym
            && (lex.measures.contains_key(low)
                || lex.stopwords.contains(low)
                || lex.number_words.contains_key(low))
        {
            break;
        }
        if w.capitalized(t) {
            names += 1;
        } else {
            plain_words += 1;
        }
        t += 1;
    }
    // "a magnitude 6 quake", "a 5.9 magnitude earthquake", "6. 1 - magnitude" (spaced), "put
    // the magnitude at 5.8", "a magnitude of 6.1".
    let magnitude_before = p.first >= 1
        && (w.low(p.first - 1) == "magnitude"
            || (p.first >= 2
                && matches!(w.low(p.first - 1), "at" | "of" | "was" | "is")
                && w.low(p.first - 2) == "magnitude"));
    if magnitude_before {
        return (Some("magnitude".to_string()), p.last);
    }
    // "a Category 4 storm", "a category four hurricane": a storm's rating, no count of storms.
    if p.first >= 1 && w.low(p.first - 1) == "category" {
        return (Some("category".to_string()), p.last);
    }
    if let Some(m) = (p.last + 1..=p.last + 2).find(|&k| w.low(k) == "magnitude") {
        return (Some("magnitude".to_string()), m);
    }
    // "measuring 6.1 on the Richter scale", "6.1 on Richter scale": the figure is the number.
    if (p.last + 1..=p.last + 3)
        .take_while(|&k| w.low(k) != "richter")
        .all(|k| matches!(w.low(k), "on" | "the"))
        && (p.last + 2..=p.last + 3).any(|k| w.low(k) == "richter")
    {
        return (Some("magnitude".to_string()), p.last);
    }
    let plain = |k: usize| {
        let low = w.low(k);
        w.is_word(k)
            && !w.capitalized(k)
            && !lex.stopwords.contains(low)
            && !lex.measures.contains_key(low)
            && !lex.number_words.contains_key(low)
            && !lex.months.contains_key(low)
            // "The toll rose to 15 yesterday": when, not what.
            && !date_words().days.contains_key(low)
            && !date_words().weekdays.contains_key(low)
            // "28 remain missing": a verb of being, not what is counted.
            && !matches!(low, "remain" | "remains" | "remained")
            // "310,000 nationwide", "11,000 across the country": where, not what.
            && !NOT_COUNTED.contains(&low)
            // Verbs and adverbs are not what is counted: "85 adding", "10 nearby".
            && !(low.len() > 4 && (low.ends_with("ing") || low.ends_with("ly") || low.ends_with("ed")))
            && low.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’')
    };
    let plural = |k: usize| {
        let low = w.low(k);
        low.ends_with('s') && !low.ends_with("ss")
    };
    // "four refrigerated containers": a participle before a plural describes what is counted.
    let participle = {
        let low = w.low(k);
        w.is_word(k)
            && !w.capitalized(k)
            && low.len() > 4
            && low.ends_with("ed")
            && !lex.measures.contains_key(low)
            && !lex.stopwords.contains(low)
    };
    if participle && plain(k + 1) && plural(k + 1) {
        return (Some(w.low(k + 1).to_string()), k + 1);
    }
    // "two neighbouring hamlets", "three nearby villages": a word of nearness before a plural
    // says where the counted places are; they are what is counted, not people.
    if matches!(
        w.low(k),
        "neighbouring" | "neighboring" | "nearby" | "surrounding" | "adjacent" | "outlying"
    ) && plain(k + 1)
        && plural(k + 1)
    {
        return (Some(w.low(k + 1).to_string()), k + 1);
    }
    // "the nine affected hospitals", "12 destroyed homes": a measure's participle before a
    // plural thing tells what befell it, and the thing is what is counted (people keep the
    // measure alone: "three injured workers" are people injured).
    if measure_before_a_thing(w, k) && plain(k + 1) && plural(k + 1) {
        return (Some(w.low(k + 1).to_string()), k + 1);
    }
    // "about 310,000 Brava pickups", "300 Ryanair flights", "1.46m Kestrel and Brava
    // models", "1,463,200 Kestrel SUVs": a brand or model named before a plural is what the
    // counted things are of; the plural is what is counted.
    // Not after a vague count ("thousands of Hassakeh locals" are the people counted, and
    // "killing hundreds. Security Council meets" runs into a headline).
    if let Some(noun) =
        named_before_a_plural(w, k, &plain, &plural).filter(|_| p.shape != Shape::Vague)
    {
        return (Some(w.low(noun).to_string()), noun);
    }
    // Whether the word at `k` is a plain word, asked by each rule below: read once.
    let plain_here = plain(k);
    // "38 domestic and international flights": two modifiers joined before their plural.
    let modifier = |k: usize| plain(k) && !plural(k);
    if w.low(k + 1) == "and"
        && plain_here
        && !plural(k)
        && modifier(k + 2)
        && plain(k + 3)
        && plural(k + 3)
    {
        return (Some(w.low(k + 3).to_string()), k + 3);
    }
    // "Seven rabies deaths", "1,146 bite cases": a word before the noun of a measure says
    // what of. Deaths and injuries count people, whatever killed or hurt them; other such
    // nouns are counted with their word.
    if plain_here && w.is_word(k + 1) && !w.capitalized(k + 1) && plural(k + 1) {
        let next = w.low(k + 1);
        if let Some(m) = lex.measure_of_word(next) {
            if matches!(m, "killed" | "injured" | "injuries" | "casualties") {
                return (None, p.last);
            }
            return (Some(format!("{} {next}", w.low(k))), k + 1);
        }
    }
    if plain_here {
        let low = w.low(k);
        if let Some(end) = hyphenated(w, k) {
            // "12 water-dropping aircraft", "40 anti-tank missiles": a compound before a
            // noun modifies it, and the noun is what is counted.
            if plain(end + 1) {
                return (Some(w.low(end + 1).to_string()), end + 1);
            }
            return (Some(format!("{low}-{}", w.low(end))), end);
        }
        // A plural after a singular modifier is the head: "45 air strikes", "3 mortar rounds".
        if plain(k + 1) && !low.ends_with('s') && w.low(k + 1).ends_with('s') {
            return (Some(format!("{low} {}", w.low(k + 1))), k + 1);
        }
        return (Some(low.to_string()), k);
    }
    (None, p.last)
}

/// The short name of a unit of length that "sq" or "square" before it makes a unit of area.
fn area_of_length(low: &str) -> Option<&'static str> {
    Some(match low {
        "ft" | "feet" | "foot" => "ft",
        "m" | "metres" | "meters" | "metre" | "meter" => "m",
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km",
        "mi" | "miles" | "mile" => "mile",
        _ => return None,
    })
}

/// A unit of area written as "sq" (perhaps with a full stop) or "square" and a unit of length,
/// starting at token `k`: "sq ft", "sq. m", "sq km", "square feet". Returns the unit as the
/// comparison converts it ("sq ft", "square feet") and its last token. "square kilometres"
/// and "square metres" read as a modifier and its plural already.
fn area_unit(w: &Words, k: usize) -> Option<(String, usize)> {
    let square = w.low(k);
    if !matches!(square, "sq" | "square") {
        return None;
    }
    let at = if square == "sq" && w.is_punct(k + 1, ".") && w.glued(k + 1) {
        k + 2
    } else {
        k + 1
    };
    if !w.is_word(at) {
        return None;
    }
    let short = area_of_length(w.low(at))?;
    match (square, short) {
        ("sq", _) => Some((format!("sq {short}"), at)),
        ("square", "ft") => Some((format!("square {}", w.low(at)), at)),
        _ => None,
    }
}

/// The unit of a temperature by its scale as written after the number ("C", "°F",
/// "celsius"): Celsius is "degrees", as news outside the United States means them, and
/// Fahrenheit "degrees fahrenheit", never compared with them; `None` for no scale.
fn temperature_unit(scale: &str) -> Option<&'static str> {
    match scale.trim_start_matches(['°', 'º']) {
        "C" | "celsius" | "centigrade" => Some("degrees"),
        "F" | "fahrenheit" => Some("degrees fahrenheit"),
        _ => None,
    }
}

/// Nouns of people written as two words, each a modifier and its head: "police officers" are
/// policemen (an "officer" alone may be an army's), "fire fighters" are firefighters (a
/// "fighter" alone is an armed one).
const COMPOUND_PEOPLE: [(&str, &str); 3] = [
    ("police", "officer"),
    ("fire", "fighter"),
    ("service", "member"),
];

/// Where a two-word noun of [`COMPOUND_PEOPLE`] that holds the noun of people at word `k`
/// ends: at `k` when the modifier is the word before it ("a police officer", whose phrase
/// holds "police"), at `k + 1` when `k` is the modifier ("two police officers").
fn compound_person(w: &Words, k: usize) -> Option<usize> {
    let compound = |m: usize, h: usize| {
        let head = w.low(h);
        w.is_word(m)
            && w.is_word(h)
            && COMPOUND_PEOPLE.iter().any(|&(modifier, noun)| {
                w.low(m) == modifier && head.strip_suffix('s').unwrap_or(head) == noun
            })
    };
    if k >= 1 && compound(k - 1, k) {
        Some(k)
    } else if compound(k, k + 1) {
        Some(k + 1)
    } else {
        None
    }
}

/// Whether the singular noun of people at word `k` modifies a plural noun of things after
/// it: "three pirate ships", "15 regime fighter jets" count ships and jets ("crew members"
/// and "police officers" are still people, named by the first word).
fn modifies_a_plural(w: &Words, k: usize) -> bool {
    let lex = lexicon();
    let (noun, next) = (w.low(k), w.low(k + 1));
    // "One passenger remains missing": a verb, not "passenger remains".
    !noun.ends_with('s')
        && next != "remains"
        && w.is_word(k + 1)
        && !w.capitalized(k + 1)
        && looks_plural(next)
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !lex.people.contains(next)
        && !lex.stopwords.contains(next)
        && !lex.measures.contains_key(next)
}

/// Where a hyphenated noun that starts at word `k` ends: "co-workers", "passers-by", and the
/// same written with spaces around the hyphen ("co - workers"), which some sources do
/// throughout. Spaced, a dash also sets off a clause ("10 km - officials said"), so only a
/// short first part or a final "by" joins across it.
fn hyphenated(w: &Words, k: usize) -> Option<usize> {
    let (dash, next) = (k + 1, k + 2);
    if w.raw(dash) != "-" || !w.is_word(next) || w.capitalized(next) {
        return None;
    }
    let glued = w.glued(dash) && w.glued(next);
    let spaced = !w.glued(dash) && !w.glued(next);
    let joins = glued || (spaced && (w.low(k).len() <= 3 || w.low(next) == "by"));
    joins.then_some(next)
}

/// The noun a share is of: "60 percent of its population" → "population".
fn of_noun(w: &Words, k: usize) -> Option<String> {
    // "half of them splintered off": a pronoun names no whole.
    if w.low(k) != "of"
        || matches!(
            w.low(k + 1),
            "them" | "those" | "these" | "it" | "us" | "you"
        )
    {
        return None;
    }
    noun_from(w, k + 1)
}

/// The noun of the words from token `k` ("its population", "high-speed TGV trains").
fn noun_from(w: &Words, k: usize) -> Option<String> {
    let lex = lexicon();
    let mut best: Option<String> = None;
    // Four tokens are read, not counting the hyphens that join words.
    let mut end = k + 4;
    let mut t = k;
    while t < end {
        // "high-speed trains": the hyphen joins two words of one modifier.
        if w.is_dash(t) && w.glued(t) && w.glued(t + 1) && w.is_word(t + 1) {
            end += 1;
            t += 1;
            continue;
        }
        // "15% of U.S. crude oil output": an initialism describes the noun after it, and
        // its letters and stops are not counted.
        let letters = initialism_len(w, t);
        if letters > 0 {
            end += letters;
            t += letters;
            continue;
        }
        if !w.is_word(t) {
            break;
        }
        let low = w.low(t);
        // "52.6% of valid votes against 47.4%": a preposition of comparison ends the noun.
        if best.is_some() && matches!(low, "against" | "versus" | "vs" | "compared" | "amid") {
            break;
        }
        if lex.stopwords.contains(low) {
            if best.is_some() {
                break;
            }
            t += 1;
            continue;
        }
        // "60 percent of voters backed the deal", "a third of the population fled": the noun
        // ends before the verb of the clause, a past form before no noun ("the world's traded
        // oil" goes on to its noun).
        let next = w.low(t + 1);
        if best.is_some()
            && tense::token_tense(w, t) == Some(Tense::Past)
            && (!w.is_word(t + 1) || lex.stopwords.contains(next))
        {
            break;
        }
        // "two-thirds of adults drink coffee every day": after a plural noun, a word with no
        // plural's "s" that another content word follows is its verb ("news outlets", "sports
        // fans", "the communications network in India" go on).
        if best.as_deref().is_some_and(is_plural)
            && !low.ends_with('s')
            && w.is_word(t + 1)
            && !lex.stopwords.contains(next)
        {
            break;
        }
        best = Some(low.to_string());
        t += 1;
    }
    best
}

/// Whether a lowercase noun is a plural ("adults", "people", "children"; not "glass", nor a
/// possessive, "the world's").
fn is_plural(noun: &str) -> bool {
    matches!(noun, "people" | "children" | "men" | "women")
        || (looks_plural(noun) && !is_possessive(noun))
}

/// How many tokens the initialism at token `t` takes ("U.S.", "U.K.": single capitals each
/// glued to a full stop), or 0.
fn initialism_len(w: &Words, t: usize) -> usize {
    let mut k = t;
    while w.is_word(k)
        && w.raw(k).len() == 1
        && w.raw(k).bytes().all(|b| b.is_ascii_uppercase())
        && w.is_punct(k + 1, ".")
        && w.glued(k + 1)
        && (k == t || w.glued(k))
    {
        k += 2;
    }
    if k - t >= 4 { k - t } else { 0 }
}

/// Whether `p` is a share told as "one in three" or "two out of five" (see
/// `phrase::share_of_every`): a share of what it is followed by.
fn one_in(w: &Words, p: &Phrase) -> bool {
    p.shape == Shape::Fraction && matches!(w.low(p.num_first + 1), "in" | "out")
}

/// Whether the word at `k` after a fraction is what an ordinal orders: a person or a
/// happening ("a third suspect", "a third blast").
fn ordinal_before(w: &Words, k: usize) -> bool {
    let lex = lexicon();
    let low = w.low(k);
    lex.people.contains(low) || lex.events.contains_key(low) || low == "time"
}

/// Fractions whose word is also an ordinal: "a third" may be a share or the third of a row.
const ORDINAL_FRACTIONS: [&str; 8] = [
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Whether `p` is "a" and a fraction that is also an ordinal word ("a third", "a fifth").
pub(super) fn a_fraction_of_an_ordinal_word(w: &Words, p: &Phrase) -> bool {
    w.low(p.first) == "a" && ORDINAL_FRACTIONS.contains(&w.low(p.last))
}

/// Whether "a third" (or another fraction that is an ordinal word) stands before a lowercase
/// word it orders: "A third defendant was acquitted", "for a third straight day". A share
/// goes on with "of", a comparison or nothing ("a third of voters", "cut by a third", "a
/// third more").
fn orders_a_noun(w: &Words, p: &Phrase) -> bool {
    let k = p.last + 1;
    let next = w.low(k);
    a_fraction_of_an_ordinal_word(w, p)
        && w.is_word(k)
        && !w.capitalized(k)
        && !matches!(next, "of" | "more" | "less" | "fewer" | "percent")
        && !lexicon().stopwords.contains(next)
}

/// "including 11 children", "among them 11 children", "11 children among the dead", "the four
/// soldiers killed by friendly fire".
fn subset(
    w: &Words,
    first: usize,
    unit_end: usize,
    group: measure::GroupAfter,
    measured: bool,
) -> bool {
    subset_at(w, first, group)
        || (!measured && later_in_a_list_of_parts(w, first))
        || by_friendly_fire(w, unit_end)
        || (!measured && leaves_out_a_group(w, unit_end))
        || joined_to_another_count(w, first, unit_end)
}

/// The noun of things a count is a share of, told right after it: "38 of the 90 seats",
/// "36 of parliament's 90 seats" count seats. `k` is the token after the count. Only a
/// lowercase plural that names no people: "three of the four soldiers" is a part of a count
/// of people, which the casualty rules read.
fn of_a_counted_whole(w: &Words, k: usize) -> Option<usize> {
    if w.low(k) != "of" {
        return None;
    }
    let mut j = k + 1;
    let owner = w.low(j);
    if matches!(owner, "the" | "its" | "their" | "his" | "her") || is_possessive(owner) {
        j += 1;
    }
    // "of the plant's 2,100 workers": the whole's owner in the possessive.
    if owner == "the" && is_possessive(w.low(j)) {
        j += 1;
    }
    let lex = lexicon();
    if !(w.is_number(j) || lex.number_words.contains_key(w.low(j))) {
        return None;
    }
    let plain = |k: usize| {
        let low = w.low(k);
        w.is_word(k)
            && !w.capitalized(k)
            && !lex.stopwords.contains(low)
            && !lex.measures.contains_key(low)
    };
    // A part of a count of people is left to the casualty rules ("Three of the four
    // soldiers died").
    let thing = |k: usize| plain(k) && looks_plural(w.low(k)) && !lex.people.contains(w.low(k));
    let noun = j + 1;
    if thing(noun) {
        return Some(noun);
    }
    // "seven of the court's nine remaining counts": past one word that says which.
    (plain(noun) && !lex.people.contains(w.low(noun)) && thing(noun + 1)).then_some(noun + 1)
}

/// Adverbs and prepositions of place that may follow a count and are never what it counts:
/// "310,000 nationwide", "11,000 across the country", "two apiece", "two more still
/// unaccounted for", "thousands without shelter".
const NOT_COUNTED: [&str; 17] = [
    "nationwide",
    "worldwide",
    "countrywide",
    "statewide",
    "citywide",
    "across",
    "overall",
    "apiece",
    "abroad",
    "overseas",
    "overnight",
    "aboard",
    "ashore",
    "nearby",
    "still",
    "again",
    "without",
];

/// How far back a risen toll is looked for before "after".
const RISE_REACH: usize = 12;

/// Whether the count `p`, with no noun, is "the" of a group the story told of before, the
/// subject of its verb: "The four had been trapped for five days" (four of the 22 trapped),
/// "The two were taken to hospital". It names those people again, and may be any part of a
/// count told elsewhere.
fn a_group_told_before(w: &Words, p: &Phrase) -> bool {
    p.first >= 1
        && p.first == p.num_first
        && p.qualifier == Qualifier::Exact
        && w.low(p.first - 1) == "the"
        && matches!(
            w.low(p.last + 1),
            "had" | "have" | "has" | "were" | "are" | "was" | "is" | "remain" | "remained"
        )
}

/// Verbs of a count that grows as later ones are added to it ("Four more miners were
/// rescued").
const ADDED_TO_A_COUNT: [&str; 14] = [
    "rescued",
    "saved",
    "freed",
    "released",
    "arrested",
    "detained",
    "evacuated",
    "found",
    "recovered",
    "infected",
    "hospitalised",
    "hospitalized",
    "charged",
    "confirmed",
];

/// Whether the count `p` is what a toll went up by, a part of the new toll, not a toll of its
/// own: "three more workers died", "rose to 15 after three injured workers died". "Killed
/// ten and wounded dozens more" counts others, not an increment: only later deaths are.
fn increment(w: &Words, p: &Phrase) -> bool {
    // "three new deaths", "61 new cases in the past 24 hours": a day's addition to a total.
    if w.low(p.num_last + 1) == "new"
        && matches!(
            w.low(p.num_last + 2),
            "deaths" | "cases" | "infections" | "fatalities" | "victims" | "arrests"
        )
    {
        return true;
    }
    if matches!(w.low(p.num_last + 1), "more" | "additional") {
        let mut k = p.num_last + 2;
        // "Divers recovered 13 more bodies": bodies found are added to a toll.
        if matches!(w.low(k), "bodies" | "body" | "corpses") {
            return true;
        }
        if lexicon().people.contains(w.low(k)) {
            k += 1;
        }
        if matches!(w.low(k), "have" | "had" | "later" | "were") {
            k += 1;
        }
        if w.low(k) == "been" {
            k += 1;
        }
        // "three more workers died", "five more people were killed".
        if matches!(w.low(k), "died" | "succumbed" | "killed") {
            return true;
        }
        // "Four more miners were rescued", "Two more suspects were arrested": later ones of a
        // count that grows. "six people died and four more were injured" and "left dozens
        // more wounded" count others, of another measure.
        if ADDED_TO_A_COUNT.contains(&w.low(k)) && !(p.first >= 1 && w.low(p.first - 1) == "and") {
            return true;
        }
    }
    p.first >= 1
        && w.low(p.first - 1) == "after"
        && (p.first.saturating_sub(RISE_REACH)..p.first - 1)
            .any(|k| measure::rises_to(w.low(k)) && w.low(k + 1) == "to")
}

/// The weekday of "on WEEKDAY" at token `k`, if it stands there.
fn on_weekday<'w>(w: &'w Words, k: usize) -> Option<&'w str> {
    if w.low(k) != "on" {
        return None;
    }
    let day = w.low(k + 1);
    WEEKDAYS.contains(&day).then_some(day)
}

/// The weekday of an "on WEEKDAY" in the few tokens from `from` (not past a clause's end).
fn day_told<'w>(w: &'w Words, from: usize) -> Option<&'w str> {
    for k in from..from + 6 {
        match w.low(k) {
            "" | "." | ";" | ":" | "," | "and" => return None,
            "on" => {
                if let Some(day) = on_weekday(w, k) {
                    return Some(day);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether phrase `p` (its noun ending at token `unit_end`) counts a group that "one of" picks
/// from and a clause after describes: "Ostmark was one of four regions to shrink", "one of
/// three hospitals that took patients". It counts the regions that shrank, a part of all the
/// regions, never a rival of "the 11 regions".
fn a_described_group(w: &Words, p: &Phrase, unit_end: usize) -> bool {
    p.first >= 2
        && unit_end > p.last
        && w.low(p.first - 1) == "of"
        && w.low(p.first - 2) == "one"
        && matches!(
            w.low(unit_end + 1),
            "to" | "that" | "which" | "who" | "where"
        )
}

/// Whether phrase `p` (its figure ending at token `last`) is one day's count beside another
/// day's in its sentence: "17 people were killed on Saturday and another 15 on Sunday". Each
/// is a part of the days' total, never a rival of it.
fn one_days_count(w: &Words, p: &Phrase, last: usize) -> bool {
    let Some(day) = day_told(w, last + 1) else {
        return false;
    };
    // "… and another 15 on Sunday": the second day's count.
    if p.first >= 1 && w.low(p.first - 1) == "another" {
        return (0..p.first.saturating_sub(1)).any(|k| on_weekday(w, k).is_some_and(|d| d != day));
    }
    // "17 people were killed on Saturday and another …": the first day's count.
    (last + 1..w.len().min(last + 10)).any(|k| {
        w.low(k) == "another"
            && (w.is_number(k + 1) || lexicon().number_words.contains_key(w.low(k + 1)))
            && (k + 2..k + 6).any(|d| on_weekday(w, d).is_some_and(|o| o != day))
    })
}

/// The measure of the count of people joined by "and" right after the noun at `unit_end`
/// ("a gendarme and two civilians were killed": killed), read after that count's noun.
fn joined_measure(w: &Words, unit_end: usize) -> Option<&'static str> {
    let noun = joined_people_noun(w, lexicon(), unit_end + 1)?;
    measure::measure_of(w, noun, noun, measure::GroupAfter::at(w, noun + 1))
}

/// Whether a count of people is joined by "and" to another count of people right before or
/// after it: "killing a gendarme and two civilians", "two men and a woman were shot". Each is
/// a part of their sum (three killed), which other outlets state as one count ("Three people
/// were killed") or as the same parts; a part never stands for the whole toll.
fn joined_to_another_count(w: &Words, first: usize, unit_end: usize) -> bool {
    let lex = lexicon();
    let people = |k: usize| w.is_word(k) && lex.people.contains(w.low(k));
    let starts_count = |k: usize| {
        let low = w.low(k);
        w.is_number(k)
            || matches!(low, "a" | "an")
            || lex
                .number_words
                .get(low)
                .is_some_and(|n| n.kind != NumberWordKind::Ordinal)
    };
    // A word of a count's noun phrase: its number, a modifier, its noun.
    let in_count = |k: usize| {
        let low = w.low(k);
        w.is_number(k)
            || w.is_dash(k)
            || (w.is_word(k)
                && (matches!(low, "a" | "an") || !lex.stopwords.contains(low))
                && !lex.measures.contains_key(low))
    };
    if !people(unit_end) {
        return false;
    }
    // "… and two civilians": the count after "and" names people within a few words.
    let after = w.low(unit_end + 1) == "and"
        && starts_count(unit_end + 2)
        && (unit_end + 3..=unit_end + 2 + COUNT_TO_NOUN)
            .take_while(|&k| in_count(k))
            .any(people);
    // "a gendarme and …": the words before "and" end a count of people.
    let before = first >= 2
        && w.low(first - 1) == "and"
        && people(first - 2)
        && (first.saturating_sub(2 + COUNT_TO_NOUN)..first - 2)
            .rev()
            .take_while(|&k| in_count(k))
            .any(starts_count);
    after || before
}

/// Tokens after a count's noun searched for words that leave a group out of it.
const LEAVES_OUT_REACH: usize = 8;

/// Whether the words after a count leave a group out of it ("Eleven persons lost their lives,
/// without counting the four assailants", "killing 20 people, not including the attackers"):
/// it is a part of the whole toll another outlet may give.
fn leaves_out_a_group(w: &Words, unit_end: usize) -> bool {
    for k in unit_end + 1..=unit_end + LEAVES_OUT_REACH {
        match w.low(k) {
            "" | "." | ";" | "?" | "!" => return false,
            "excluding" => return true,
            "including" | "counting" if matches!(w.low(k - 1), "not" | "without") => {
                return true;
            }
            _ => {}
        }
    }
    false
}

/// Words after a figure's noun that may come before "friendly fire" in the same clause
/// ("killed by", "who died in", "were lost to").
const BEFORE_FRIENDLY_FIRE: usize = 4;

/// Whether "friendly fire" follows the figure's noun in its clause ("four soldiers killed by
/// friendly fire"): deaths by one's own side's fire are reported as a part of a toll, so such
/// a count is a part, never the toll itself ("Five soldiers lost their lives, four from
/// friendly fire").
fn by_friendly_fire(w: &Words, unit_end: usize) -> bool {
    for k in unit_end + 1..=unit_end + BEFORE_FRIENDLY_FIRE + 1 {
        match w.low(k) {
            "" | "." | "," | ";" | ":" | "and" | "but" => return false,
            "friendly" => {
                let next = if w.is_dash(k + 1) { k + 2 } else { k + 1 };
                return w.low(next) == "fire";
            }
            _ => {}
        }
    }
    false
}

/// "including five children and two women": a figure after "and" or a comma, in a short list
/// whose first item is a part of a larger count, is a part too.
fn later_in_a_list_of_parts(w: &Words, first: usize) -> bool {
    // "… including 11 children, and dozens more wounded": "more" starts a count of its own.
    if matches!(w.low(first + 1), "more" | "others" | "other")
        || first == 0
        || !matches!(w.low(first - 1), "and" | ",")
    {
        return false;
    }
    // The item before is a number and a noun of at most two words: "five young children and".
    let mut k = first;
    for _ in 0..5 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let low = w.low(k);
        if matches!(low, "." | ";" | ":" | "(" | ")") {
            return false;
        }
        let numeric = w.is_number(k) || lexicon().number_words.contains_key(low);
        if numeric && k >= 1 && matches!(w.low(k - 1), "," | "and") {
            continue;
        }
        if numeric {
            return subset_at(w, k, measure::GroupAfter::at(w, k + 1));
        }
    }
    false
}

/// Whether the figure from token `first` to `last` (its noun) is said to be a part of a
/// larger count by the words around it ("including", "among them", "of whom").
pub(super) fn part_of_a_named_whole(w: &Words, first: usize, last: usize) -> bool {
    subset_at(w, first, measure::GroupAfter::at(w, last + 1))
}

/// Whether the figure starting at `first`, with `after` read right after its noun, is a part
/// of a larger count.
fn subset_at(w: &Words, first: usize, after: measure::GroupAfter) -> bool {
    // The three words before the figure, read once ("" before the sentence starts).
    let back = |k: usize| first.checked_sub(k).map_or("", |i| w.low(i));
    let (b3, b2, b1) = (back(3), back(2), back(1));
    // "The dead include nine civilians", "The victims included two police officers".
    if matches!(
        b1,
        "including" | "incl" | "include" | "includes" | "included"
    ) || matches!(
        (b2, b1),
        ("among", "them") | ("among", "whom") | ("of", "whom") | ("of", "them")
    ) || matches!(
        (b3, b2, b1),
        ("including", "at", "least") | ("among", "the", "dead")
    ) {
        return true;
    }
    // "The last two cavers were brought out", "the remaining four": the last batch of a
    // count told in stages. ("Ten were killed and another 17 injured", "a further 546 people
    // have been injured" give a count of their own.)
    if b2 == "the" && matches!(b1, "last" | "remaining" | "final") {
        return true;
    }
    // "The four hostages are two German nationals, one Italian and ...": what a count of
    // people is made of, said right after it.
    let lex = lexicon();
    if matches!(b1, "are" | "were")
        && lex.people.contains(b2)
        && (w.is_number(first.saturating_sub(3)) || lex.number_words.contains_key(b3))
        && first >= 3
    {
        return true;
    }
    // "Among the dead were five children", "among the injured are two officers".
    let (b4, group) = (
        back(4),
        matches!(b2, "dead" | "injured" | "wounded" | "victims"),
    );
    if b4 == "among" && b3 == "the" && group && matches!(b1, "were" | "are" | "was" | "is") {
        return true;
    }
    // "Of the dead, 92 were in Jajarkot", "Among the dead, 71 are children": a part of the
    // group named before the comma. "In Jajarkot alone, 92 persons lost their lives": one
    // place's share of a toll.
    if b1 == "," && ((matches!(b4, "among" | "of") && b3 == "the" && group) || b2 == "alone") {
        return true;
    }
    // "most of the victims - 14 - died": the part set off after the group it is of.
    if matches!(b1, "-" | "—" | "–" | ",")
        && matches!(b2, "victims" | "casualties" | "dead")
        && b3 == "the"
        && b4 == "of"
    {
        return true;
    }
    // "Of the 14 dead, nine were over 75": the group with its count.
    if b1 == ","
        && group
        && b4 == "the"
        && matches!(back(5), "among" | "of")
        && first >= 3
        && (w.is_number(first - 3) || lex.number_words.contains_key(b3))
    {
        return true;
    }
    let k = after.at;
    after.of_measured.is_some()
        || after.among.is_some()
        || (w.low(k) == "of" && matches!(w.low(k + 1), "them" | "whom"))
        // "Two of the victims died".
        || (w.low(k) == "of"
            && w.low(k + 1) == "the"
            && matches!(w.low(k + 2), "victims" | "casualties"))
}

/// The topic of a quantity as it stands (see [`topic`]).
pub(super) fn topic_of(q: &Quantity) -> String {
    topic(
        q.unit.as_deref(),
        q.measure.as_deref(),
        q.of.as_deref(),
        q.counts_people,
        q.subset,
    )
}

pub(super) fn topic(
    unit: Option<&str>,
    measure: Option<&str>,
    of: Option<&str>,
    people: bool,
    subset: bool,
) -> String {
    // The topic's pieces, joined with one allocation; the last is left for the subset's mark.
    let mut parts: [&str; 4] = match (unit, measure) {
        // "revenue in EUR", "turnout in percent", "depth in km".
        (Some(u), Some(m)) if amount::measures_amounts(u) || m == "capacity" => [m, " in ", u, ""],
        (Some(u), Some(m)) => [u, " ", m, ""],
        (None, Some(m)) if people => ["people ", m, "", ""],
        (None, Some(m)) => [m, "", "", ""],
        (Some("percent"), None) => match of {
            Some(o) => ["percent of ", o, "", ""],
            None => ["percent", "", "", ""],
        },
        (Some(u), None) if is_currency(u) => ["amount in ", u, "", ""],
        // "120-tonne truss": the size of a thing.
        (Some(u), None) => match of {
            Some(o) => [u, " ", o, ""],
            None => [u, "", "", ""],
        },
        (None, None) => return String::new(),
    };
    if subset && parts.iter().any(|p| !p.is_empty()) {
        parts[3] = " (part of a larger count)";
    }
    parts.concat()
}

/// Most tokens between a sum or share and the earlier value it is set against ("3.4 billion
/// euros this year, up from 3.1 billion").
const SET_AGAINST_REACH: usize = 8;

/// Whether the number `p` is the earlier value a figure ending at token `before` is set
/// against: "up from", "down from", "from", "compared with" or "against" right before it, a
/// few words after that figure in its clause, and no noun of its own after it ("up from 3.1
/// billion in 2025", not "from 4.2 million passengers").
fn set_against(w: &Words, p: &Phrase, before: usize) -> bool {
    let lex = lexicon();
    let Some(k) = p.first.checked_sub(1) else {
        return false;
    };
    let from = w.low(k) == "from"
        || (k >= 1 && matches!(w.low(k), "with" | "to") && w.low(k - 1) == "compared")
        || matches!(w.low(k), "against" | "versus" | "vs");
    let next = w.low(p.last + 1);
    let no_noun =
        !w.is_word(p.last + 1) || lex.stopwords.contains(next) || lex.months.contains_key(next);
    from && no_noun
        && before < k
        && k - before <= SET_AGAINST_REACH
        && (before + 1..k).all(|j| !matches!(w.raw(j), "." | ";" | ":" | "(" | ")"))
}

/// Most words read for the noun after "of its" ("of its Airbus A320neo-family jets").
const OWNED_NOUN_WORDS: usize = 4;

/// The noun that ends the words from token `from` after "of its" or "of their": the last
/// lowercase word before a function word, a verb or punctuation, past names and words joined
/// by dashes that describe it.
fn owned_noun(w: &Words, from: usize) -> Option<usize> {
    let lex = lexicon();
    let mut noun = None;
    let mut t = from;
    while t < from + OWNED_NOUN_WORDS + 2 {
        if w.is_dash(t) && w.glued(t) && w.glued(t + 1) {
            t += 2;
            continue;
        }
        let low = w.low(t);
        if !w.is_word(t) || lex.stopwords.contains(low) || tense::token_tense(w, t).is_some() {
            break;
        }
        if !w.capitalized(t) && low.bytes().all(|b| b.is_ascii_lowercase()) {
            noun = Some(t);
        }
        t += 1;
    }
    noun
}

/// Words of a parent that "of" and a number follow: "Okafor, a father of three, was shot"
/// tells of one man's children, no count of the shot.
const PARENTS: [&str; 9] = [
    "father",
    "mother",
    "parent",
    "dad",
    "mum",
    "mom",
    "grandfather",
    "grandmother",
    "grandparent",
];

/// Whether the number `p` follows "a father of", "a mother of" (the size of one family).
fn a_parent_of(w: &Words, p: &Phrase) -> bool {
    p.first >= 2 && w.low(p.first - 1) == "of" && PARENTS.contains(&w.low(p.first - 2))
}

/// Whether the injuries counted by a number at `first` are one person's: a verb of suffering
/// them ("suffered", "sustained") stands before it in its clause.
fn injuries_of_one(w: &Words, first: usize) -> bool {
    (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&k| w.is_word(k) || w.is_number(k))
        .any(|k| {
            matches!(
                w.low(k),
                "suffered"
                    | "suffers"
                    | "suffer"
                    | "sustained"
                    | "sustains"
                    | "sustain"
                    | "received"
                    | "receives"
            )
        })
}

#[cfg(test)]
mod tests {

    #[test]
    fn one_in_three_is_a_share_of_what_follows() {
        for (s, value, of) in [
            (
                "About one in three high-speed trains were canceled.",
                100.0 / 3.0,
                "trains",
            ),
            (
                "Two out of three voters backed the deal.",
                200.0 / 3.0,
                "voters",
            ),
            (
                "One in every four children is malnourished.",
                25.0,
                "children",
            ),
            (
                "Roughly a third of high-speed TGV trains were canceled.",
                100.0 / 3.0,
                "trains",
            ),
        ] {
            let f = one(s);
            assert_eq!(f.quantity.unit.as_deref(), Some("percent"), "{s}");
            assert!(
                (f.quantity.estimate.unwrap() - value).abs() < 1e-9,
                "{s}: {f:?}"
            );
            assert_eq!(f.quantity.of.as_deref(), Some(of), "{s}");
        }
        // A rating on a scale is no share.
        let s = "Forecasters put avalanche danger at level 3 out of 5.";
        assert!(
            figures(s)
                .iter()
                .all(|f| f.quantity.unit.as_deref() != Some("percent")),
            "{:?}",
            figures(s)
        );
        // No share: a count in a year, a count of another number.
        let all = figures("Five in 2015 died.");
        assert!(
            all.iter()
                .all(|f| f.quantity.unit.as_deref() != Some("percent"))
        );
    }

    #[test]
    fn people_taken_into_custody_are_arrested() {
        for s in [
            "Police took around 200 workers into custody on Tuesday.",
            "Around 200 workers were taken into custody.",
        ] {
            assert_eq!(one(s).topic, "workers arrested", "{s}");
        }
    }

    #[test]
    fn what_a_vessel_can_carry_is_its_capacity() {
        // Not the people aboard: "licensed to carry 150" and "carrying around 300" are both
        // true of an overloaded ferry.
        for s in [
            "The ferry was licensed to carry 150 passengers.",
            "The hall can hold 150 passengers.",
            "The ferry had a capacity of 150 passengers.",
        ] {
            assert_eq!(one(s).topic, "capacity in passengers", "{s}");
        }
        assert_eq!(
            one("The ferry was carrying around 300 passengers.").topic,
            "passengers"
        );
    }

    #[test]
    fn deaths_in_custody_are_a_count_of_their_own() {
        // Told in passing beside a strike's toll, never that toll.
        let all = figures(
            "The group said at least 60000 people have died in government jails since 2011.",
        );
        assert_eq!(all[0].topic, "people killed in custody", "{all:?}");
        assert!(all[0].quantity.counts_people);
        let all = figures("Air strikes killed 47 people in the town on Saturday.");
        assert_eq!(all[0].topic, "people killed", "{all:?}");
    }

    #[test]
    fn counts_of_people_joined_by_and_are_parts_of_their_sum() {
        // "a gendarme and two civilians": three killed, of which each count is a part.
        let all = figures("Gunmen ambushed the bus, killing a gendarme and two civilians.");
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all.iter().all(|f| f.quantity.subset), "{all:?}");
        assert!(
            all.iter()
                .all(|f| f.quantity.measure.as_deref() == Some("killed"))
        );
        // The first count takes the measure said after the second.
        let all = figures("A gendarme and two civilians were killed on Sunday.");
        assert_eq!(
            all[0].quantity.measure.as_deref(),
            Some("killed"),
            "{all:?}"
        );
        assert!(all[0].quantity.subset && all[1].quantity.subset);
        let all = figures("The attack killed 15 civilians and 27 fighters.");
        assert!(all[0].quantity.subset && all[1].quantity.subset, "{all:?}");
        // Counts of two measures joined by "and" are each whole.
        let all = figures("Five people were killed and 12 were injured.");
        assert!(all.iter().all(|f| !f.quantity.subset), "{all:?}");
        let all = figures("The blast killed two people and injured five others.");
        assert!(all.iter().all(|f| !f.quantity.subset), "{all:?}");
    }

    #[test]
    fn a_third_before_what_it_orders_is_no_share() {
        for s in [
            "A third defendant was acquitted.",
            "Protesters took to the streets for a third straight night.",
            "Another strike hit a checkpoint while a third destroyed a factory.",
        ] {
            assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
        }
        // Shares stay shares.
        for s in [
            "A third of voters stayed at home.",
            "Sales fell by a third.",
        ] {
            let all = figures(s);
            assert!(
                all.iter()
                    .any(|f| f.quantity.unit.as_deref() == Some("percent")),
                "{s}: {all:?}"
            );
        }
    }

    #[test]
    fn a_count_of_a_counted_whole_counts_its_things() {
        let unit = |s: &str| figures(s)[0].quantity.unit.clone();
        assert_eq!(
            unit("The party will hold 38 of the 90 seats in parliament."),
            Some("seats".to_string())
        );
        assert_eq!(
            unit("It won 36 of parliament's 90 seats."),
            Some("seats".to_string())
        );
        assert_eq!(
            unit("In the attack 18 of the 31 lorries were destroyed."),
            Some("lorries".to_string())
        );
        // The whole's owner in the possessive, a word that says which.
        assert_eq!(
            unit("He was convicted on seven of the court's nine remaining counts."),
            Some("counts".to_string())
        );
        let f = &figures("In the attack 18 of the 31 lorries were destroyed.")[0];
        assert!(f.quantity.subset, "{f:?}");
        // A part of a count of people is left to the casualty rules.
        assert_ne!(
            unit("Three of the four soldiers died."),
            Some("soldiers".to_string())
        );
    }

    #[test]
    fn what_a_toll_went_up_by_is_a_part_of_it() {
        let s = "The toll rose to 15 on Thursday after three injured workers died in hospital.";
        let all = figures(s);
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(!all[0].quantity.subset, "{all:?}");
        assert!(all[1].quantity.subset, "{all:?}");
        assert_eq!(all[1].quantity.measure.as_deref(), Some("killed"));
        let all = figures("Three more workers died in hospital on Thursday.");
        assert!(all[0].quantity.subset, "{all:?}");
        // Others, not an increment: "dozens more" wounded beside the dead.
        let all = figures("The blast killed ten people and wounded dozens more.");
        assert!(all.iter().all(|f| !f.quantity.subset), "{all:?}");
        let all = figures("Four more people were injured in the shelling.");
        assert!(!all[0].quantity.subset, "{all:?}");
        // A part of the group named before a comma, or of one place's share.
        for s in [
            "Of the dead, 92 were in Jajarkot and 65 in West Rukum.",
            "Among the dead, 71 are children.",
            "In Jajarkot alone, 92 persons lost their lives.",
        ] {
            let all = figures(s);
            assert!(all[0].quantity.subset, "{s}: {all:?}");
        }
        let all = figures("Of the 14 dead, nine were over 75.");
        assert!(!all[0].quantity.subset && all[1].quantity.subset, "{all:?}");
        assert_eq!(all[1].quantity.measure.as_deref(), Some("killed"));
        // Bodies recovered and later deaths add to a toll: "at least 21" killed is no rival.
        for s in [
            "Three new deaths were reported in the past 24 hours.",
            "Divers recovered 13 more bodies on Wednesday.",
            "Five more people were killed in the shelling on Friday.",
        ] {
            let all = figures(s);
            assert!(all[0].quantity.subset, "{s}: {all:?}");
        }
    }

    #[test]
    fn a_count_killed_by_friendly_fire_is_a_part() {
        // ECB+ 41: "Three of the four Israeli soldiers killed by friendly fire died when a tank
        // mistakenly fired on a building" against "Five Israeli soldiers lost their lives on
        // Wednesday, four from friendly fire" (the four are part of the five).
        let s =
            "Three of the four Israeli soldiers killed by friendly fire died when a tank fired.";
        let four = figures(s)
            .into_iter()
            .find(|f| f.quantity.estimate == Some(4.0))
            .expect("the four soldiers");
        assert!(four.quantity.subset, "{four:?}");
        let s = "Two soldiers were killed in friendly-fire incidents on Monday.";
        assert!(figures(s)[0].quantity.subset);
        // The clause ends before "friendly fire": the five are the whole toll.
        let s = "Five Israeli soldiers lost their lives on Wednesday, four from friendly fire.";
        assert!(!figures(s)[0].quantity.subset);
        let s = "Five soldiers were killed by rebel fire near the friendly village.";
        assert!(!figures(s)[0].quantity.subset);
    }
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::extract::role::{Role, role};

    #[test]
    fn people_seized_by_gunmen_are_kidnapped() {
        let measure = |s: &str| figures(s)[0].quantity.measure.clone();
        assert_eq!(
            measure("Gunmen seized 287 students from the school.").as_deref(),
            Some("kidnapped")
        );
        assert_eq!(measure("Police seized 12 suspects in the raid."), None);
        assert_eq!(measure("The navy seized seven AK-47 rifles."), None);
    }

    #[test]
    fn later_ones_and_a_group_told_before_are_parts() {
        let subset = |s: &str| figures(s)[0].quantity.subset;
        assert!(subset("Four more miners were rescued on Thursday."));
        assert!(subset("The four had been trapped for five days."));
        assert!(subset("He said the 21 were receiving treatment."));
        // Others of another measure, and counts with a noun of their own.
        let f = figures("Six people died and four more were injured.");
        assert!(!f[1].quantity.subset, "{f:?}");
        assert!(!subset("The blast left dozens more wounded."));
        assert!(!subset("The 33 miners were rescued on Thursday."));
    }

    fn figures(s: &str) -> Vec<FigureDraft> {
        let w = Words::new(s, Span::new(0, s.len()));
        let mut out: Vec<FigureDraft> = Vec::new();
        for p in find_phrases(&w)
            .iter()
            .filter(|p| role(&w, p) == Role::Figure)
        {
            let before = out.last().map(|f: &FigureDraft| Whole {
                quantity: &f.quantity,
                last: f.last,
            });
            if let Some(f) = figure(&w, p, before, mood::may_suppose(&w)) {
                out.push(f);
            }
        }
        out
    }

    fn one(s: &str) -> FigureDraft {
        let mut f = figures(s);
        assert_eq!(f.len(), 1, "{s}: {f:?}");
        f.remove(0)
    }

    #[test]
    fn a_group_one_of_picks_from_and_a_clause_describes_is_a_part() {
        let four = |s: &str| {
            figures(s)
                .into_iter()
                .find(|f| f.quantity.estimate == Some(4.0))
                .unwrap_or_else(|| panic!("no four in {s}"))
        };
        assert!(
            four("Ostmark was one of four regions to shrink.")
                .quantity
                .subset
        );
        assert!(!four("Ostmark is one of four regions.").quantity.subset);
    }

    #[test]
    fn seed_figures() {
        let f = one(
            "after almost five years of civil war that has killed about 300,000 people and displaced",
        );
        assert_eq!(f.topic, "people killed");
        assert_eq!(
            (f.quantity.interval.low(), f.quantity.interval.high()),
            (Some(270_000.0), Some(330_000.0))
        );
        let f = one(
            "The war has killed more than 250,000 people, according to United Nations estimates",
        );
        assert_eq!(f.topic, "people killed");
        assert_eq!(f.quantity.interval, Interval::at_least(250_000.0));
        let all =
            figures("who controls a quarter of Syrian territory and 60 percent of its population");
        assert_eq!(all.len(), 2);
        assert_eq!(
            (all[0].quantity.estimate, all[0].topic.as_str()),
            (Some(25.0), "percent of territory")
        );
        assert_eq!(
            (all[1].quantity.estimate, all[1].topic.as_str()),
            (Some(60.0), "percent of population")
        );
    }

    #[test]
    fn a_plural_noun_before_a_verb_that_befalls_people_counts_people() {
        // Nouns not on the list of people: the verb after them tells they are people.
        let f = one("Two paragliders were killed when the storm hit.");
        assert_eq!(
            (f.topic.as_str(), f.quantity.counts_people),
            ("paragliders killed", true)
        );
        assert_eq!(
            one("Three kayakers went missing.").topic,
            "kayakers missing"
        );
        assert_eq!(
            one("Two paragliders died on Sunday.").topic,
            "paragliders killed"
        );
        assert_eq!(one("Four stewards were hurt.").topic, "stewards injured");
        // Listed nouns of people who ride, climb or swim.
        assert_eq!(one("Two riders were killed.").topic, "riders killed");
        assert_eq!(
            one("Twelve cyclists were injured.").topic,
            "cyclists injured"
        );
        // A thing that acts, or a thing a verb befalls that does not befall people.
        assert_eq!(figures("Two bombs killed five people.")[0].topic, "bombs");
        assert_eq!(one("Two trucks were hit.").topic, "trucks");
        assert_eq!(one("Two stewards were not hurt.").topic, "stewards");
        assert_eq!(one("Three boats were captured.").topic, "boats");
        assert_eq!(
            one("Three stewards were detained.").topic,
            "stewards arrested"
        );
    }

    #[test]
    fn counts_misread_as_other_things() {
        // A pair is two.
        let f = one("The explosions killed a pair of security guards.");
        assert_eq!(
            (f.quantity.estimate, f.topic.as_str()),
            (Some(2.0), "guards killed")
        );
        // An ordinal before a description of a person counts no share.
        assert!(figures("A third, a 34-year-old man, died in hospital on Wednesday.").is_empty());
        // Deaths of a disease are deaths; other nouns keep the word that says of what.
        assert_eq!(
            one("Seven rabies deaths were recorded.").topic,
            "people killed"
        );
        assert_eq!(one("There were 1,146 bite cases.").topic, "bite cases");
        // What counted things do is not what they count.
        let f = one("Three helicopters were winching survivors to safety.");
        assert_eq!(f.topic, "helicopters");
        let all = figures(
            "Around 250 firefighters took part, with three helicopters winching survivors.",
        );
        assert_eq!(all[1].quantity.unit.as_deref(), Some("helicopters"));
        // Adverbs and prepositions are not what is counted.
        let all = figures("Six people have died, with two more still unaccounted for.");
        assert_eq!(all[1].topic, "people missing");
        let all = figures("A fire killed seven people and left thousands without shelter.");
        assert_eq!(all[1].topic, "people displaced");
        // How often counts times, never people; an idiom counts nothing.
        for s in [
            "Many have been displaced three or four times since 2011.",
            "He was shot 11 times.",
        ] {
            let all = figures(s);
            assert!(!all.is_empty(), "{s}");
            for f in all {
                assert!(
                    f.quantity
                        .unit
                        .as_deref()
                        .is_some_and(|u| u.starts_with("times")),
                    "{s}"
                );
                assert_eq!(f.quantity.measure, None, "{s}");
                assert!(!f.quantity.counts_people, "{s}");
            }
        }
        assert_eq!(
            one("It is used four times per week.").quantity.estimate,
            Some(4.0)
        );
        assert_eq!(one("He was shot 11 times.").topic, "times shot");
        assert_eq!(
            one("The jackpot had rolled over 38 times.").topic,
            "times rolled over"
        );
        assert!(figures("That was an ugly auction, no two ways about it.").is_empty());
        assert_eq!(figures("Deaths were three times the count.").len(), 0);
        // A sum passed is a floor.
        let f = one("An online fundraiser had passed $90,000 by Sunday.");
        assert_eq!(f.quantity.interval, Interval::at_least(90_000.0));
        assert_eq!(
            one("The Senate passed 12 bills.").quantity.interval,
            Interval::point(12.0)
        );
    }

    #[test]
    fn measures_and_nouns() {
        assert_eq!(
            one("At least 56 civilians were killed in strikes").topic,
            "civilians killed"
        );
        assert_eq!(one("There are at least 56 dead").topic, "people killed");
        // Rescue and search words: the trapped are a count of their own, not the missing.
        assert_eq!(
            one("At least 40 people remain trapped under collapsed buildings").topic,
            "people trapped"
        );
        assert_eq!(
            one("Nine people were pulled out alive on Monday").topic,
            "people rescued"
        );
        assert_eq!(one("the death toll rose to 40").topic, "people killed");
        // The number's own noun of people is what the figure counts.
        assert_eq!(
            one("The number of fishermen killed rose to seven.").topic,
            "fishermen killed"
        );
        // The sick are infected, beside the dead of the same clause.
        let all = figures("The outbreak has claimed 45 lives and sickened about 1,350 people.");
        assert_eq!(all[1].topic, "people infected");
        assert_eq!(
            one("the outbreak has infected more than 1,300").topic,
            "people infected"
        );
        // A crowd, however it is said, of a protest or a festival; a gunman who marched in is
        // no marcher.
        assert_eq!(
            one("Protests drew 368,000 people.").topic,
            "people gathered"
        );
        assert_eq!(
            one("About 200,000 devotees attended the festival.").topic,
            "devotees gathered"
        );
        assert_eq!(
            one("Some 87,000 marchers filled the avenue.").topic,
            "marchers gathered"
        );
        assert_eq!(
            one("A gunman marched into the party.").topic,
            "gunman attacking"
        );
        // A payroll, however it is said.
        assert_eq!(
            one("About 8,000 people work at the plant.").topic,
            "people employed"
        );
        assert_eq!(
            one("The firm employs 8,300 people.").topic,
            "people employed"
        );
        assert_eq!(one("It has a workforce of 8,300.").topic, "people employed");
        // The measure after a part told in passing ("one of its leaders") is the figure's.
        let all =
            figures("A blast left 25 militants of the Front including one of its leaders dead.");
        assert_eq!(all[0].topic, "militants killed");
        // A toll's subject far before the verb that moves it.
        let all = figures(
            "The death toll from Saturday's suicide bombing at a market in Konduga, northeastern Nigeria, has risen to 27 from 18, officials said.",
        );
        assert_eq!(all[0].topic, "people killed");
        // The toll it rose from is no measure of its own.
        assert_eq!(all[1].quantity.measure, None);
        let all = figures(
            "The death toll of the earthquake of 6.4 magnitude in Malatya province reached forty-one persons.",
        );
        assert_eq!(all[1].topic, "persons killed");
        assert_eq!(all[0].quantity.measure, None);
        assert_eq!(
            one("The number of those injured in the blast climbed to 230.").topic,
            "people injured"
        );
        assert_eq!(
            one("The number of civilians killed in the air strikes on the market has risen to 38.")
                .topic,
            "civilians killed"
        );
        // A number that rose without a toll counts nothing of one.
        assert_eq!(
            one("The price of bread in the market has risen to 40 pounds.")
                .quantity
                .measure,
            None
        );
        assert_eq!(one("At least 34 people drowned.").topic, "people killed");
        // People with injuries are people injured; a count of injuries is not.
        assert_eq!(
            one("Officials said 50 people were still being treated for injuries.").topic,
            "people injured"
        );
        assert_eq!(
            one("He suffered 12 injuries.").quantity.measure.as_deref(),
            Some("injuries")
        );
        // A part of a measured group: what befell it is said after the group.
        let f = one("Nine of the wounded died in hospital.");
        assert_eq!(f.topic, "people killed (part of a larger count)");
        let f = one("Two of the injured are in critical condition.");
        assert_eq!(f.quantity.measure.as_deref(), Some("injured"));
        assert!(f.quantity.subset);
        // A figure that starts its own clause after "and" keeps no measure from before it:
        // its own is its clause's.
        let all = figures("230 persons got injuries and five persons are still under the rubble.");
        assert_eq!(all[0].topic, "persons injured");
        assert_eq!(all[1].quantity.measure.as_deref(), Some("trapped"));
        // Two groups joined by "and" after one count are counted as people together.
        let f = one("The robbers held 11 staff and customers hostage for two hours.");
        assert_eq!(f.topic, "people kidnapped");
        let all = figures("Eleven people including a woman and child were killed.");
        assert!(
            all.iter()
                .all(|f| f.quantity.unit.as_deref() != Some("people")
                    || f.quantity.interval.low() == Some(11.0)),
            "{all:?}"
        );
        // Words that describe the noun may stand before its own verb.
        let all = figures(
            "Many cattle have died since October, and 970,000 children under five are acutely malnourished.",
        );
        let children = all
            .iter()
            .find(|f| f.quantity.unit.as_deref() == Some("children"));
        assert_eq!(
            children.and_then(|f| f.quantity.measure.as_deref()),
            None,
            "{all:?}"
        );
        let all = figures("Officials said 20 were killed and 45 were wounded.");
        assert_eq!(all[1].quantity.measure.as_deref(), Some("injured"));
        let f = one("Among the dead were five children, police said.");
        assert!(f.quantity.subset, "{f:?}");
        assert!(
            !one("Among those arrested were five suspects.")
                .quantity
                .subset
        );
        // An ordinal is no share.
        assert!(figures("Police said a third suspect had been arrested.").is_empty());
        assert!(figures("Hackers entered through a third-party supplier.").is_empty());
        // Modifiers before the plural that is counted.
        let unit = |s: &str| one(s).quantity.unit;
        assert_eq!(
            unit("The drugs were found in four refrigerated containers.").as_deref(),
            Some("containers")
        );
        assert_eq!(
            unit("Some 38 domestic and international flights were cancelled.").as_deref(),
            Some("flights")
        );
        // Places counted near others are no people displaced.
        let f = one("Residents of three nearby villages were evacuated.");
        assert_eq!(f.quantity.unit.as_deref(), Some("villages"));
        assert_ne!(f.quantity.measure.as_deref(), Some("displaced"));
        // A measure's participle before a thing: the thing is counted, as after the verb.
        assert_eq!(
            one("Staff at the nine affected hospitals used paper records.").topic,
            one("Nine hospitals were affected.").topic
        );
        assert_eq!(
            unit("The storm left 120 damaged homes.").as_deref(),
            Some("homes")
        );
        // People keep the measure ("three injured workers" are people injured).
        assert_eq!(
            one("Three injured workers were flown out.").topic,
            "people injured"
        );
        assert_eq!(one("a third of the houses").topic, "percent of houses");
        // The verb after a plural ends the noun; a compound's head does not.
        assert_eq!(
            one("About two-thirds of adults drink coffee every day.").topic,
            "percent of adults"
        );
        assert_eq!(
            one("It cut 70 percent of the communications network in India.").topic,
            "percent of network"
        );
        // A fraction of one unit of measure is so much of the unit, no share.
        let bridge = one("The bridge, a third of a kilometre long, was closed.").quantity;
        assert_eq!(bridge.unit.as_deref(), Some("kilometre"));
        assert!(
            bridge
                .estimate
                .is_some_and(|e| (e - 1.0 / 3.0).abs() < 1e-3)
        );
        let seized = one("Police seized half a tonne of cocaine.").quantity;
        assert_eq!(
            (seized.unit.as_deref(), seized.estimate),
            (Some("tonne"), Some(0.5))
        );
        assert_eq!(one("a quarter of a mile").quantity.estimate, Some(0.25));
        // An initialism describes the noun after it.
        assert_eq!(
            one("The region supplies roughly 15% of U.S. crude oil output.").topic,
            "percent of output"
        );
        // The noun ends before the clause's verb.
        assert_eq!(
            one("60 percent of voters backed the deal.").topic,
            "percent of voters"
        );
        assert_eq!(
            one("A third of the population fled.").topic,
            "percent of population"
        );
        assert_eq!(
            one("61 percent of registered voters came.").topic,
            "percent of voters"
        );
        assert_eq!(
            one("It cut about 70 percent of its communications network.").topic,
            "percent of network"
        );
        assert_eq!(
            one("It carries 40 percent of the world's traded oil.").topic,
            "percent of oil"
        );
        let all = figures("The attack killed 12 people and injured 30 others");
        assert_eq!(all[0].topic, "people killed");
        assert_eq!(all[1].topic, "others injured");
        assert!(all[1].quantity.counts_people);
        let all = figures("at least 56 dead including 11 children and dozens more wounded");
        assert_eq!(all[1].topic, "children killed (part of a larger count)");
        assert!(all[1].quantity.subset);
        assert_eq!(all[2].topic, "people injured");
        assert_eq!(all[2].quantity.interval, Interval::at_least(24.0));
        let all =
            figures("At least 18 civilians including five children and two women were killed");
        assert!(!all[0].quantity.subset);
        assert!(all[1].quantity.subset && all[2].quantity.subset, "{all:?}");
        // A list of parts between a figure and its verb, however the outlet punctuates it.
        for text in [
            "At least 51 civilians, including four children, were killed in air raids",
            "At least 51 civilians including four children were killed in air raids",
            "Thirteen civilians among them seven children were killed in aerial attacks",
            "17 people including two children and a woman were killed in air strikes",
            "Nine Israelis, including three civilians hit by rocket fire, have been killed",
        ] {
            let all = figures(text);
            assert_eq!(
                all[0].topic.split(' ').nth(1),
                Some("killed"),
                "{text}: {all:?}"
            );
            assert!(!all[0].quantity.subset, "{text}: {all:?}");
        }
        // A measure after "and" at the end of the list is of another conjunct.
        let all = figures("killing two people including a child and injuring 6 others");
        assert_eq!(all[0].topic, "people killed");
        let all = figures("have killed 38 civilians including 14 children and wounded another 250");
        assert_eq!(all[0].topic, "civilians killed");
        let all = figures(
            "SANA said that 6 civilians including a woman and two children were killed and 12 other civilians were injured",
        );
        assert_eq!(all[0].topic, "civilians killed", "{all:?}");
        let all = figures(
            "42 people were killed in the Jabaliya school, where more than 300 Palestinians had taken shelter",
        );
        assert_eq!(all[1].quantity.measure, None, "{all:?}");
        // A part takes the measure of the group it is among.
        let all = figures("The monitor said three children and two women were among the dead");
        assert_eq!(
            all[0].topic, "children killed (part of a larger count)",
            "{all:?}"
        );
        let all = figures("Three children were among at least 19 civilians killed in an air raid");
        assert_eq!(
            all[0].topic, "children killed (part of a larger count)",
            "{all:?}"
        );
        assert_eq!(all[1].topic, "civilians killed", "{all:?}");
        // FA-KES strips commas: the verb before the figure is its own.
        let all = figures("with 4 rocket shells killing 8 persons injuring more than 55 persons");
        assert_eq!(all[1].topic, "persons killed", "{all:?}");
        assert_eq!(all[2].topic, "persons injured", "{all:?}");
        let all = figures("One woman was killed and two men were wounded");
        assert!(!all[0].quantity.subset && !all[1].quantity.subset);
        let all = figures("including one that hit the town of Gadera, 17 miles from Tel Aviv");
        assert!(!all[1].quantity.subset, "{all:?}");
        assert_eq!(
            one("a group of 17 countries backing the plan").topic,
            "countries"
        );
        assert_eq!(
            one("three young men who were cousins died").topic,
            "men killed"
        );
        // ECB+ 18: a measure before "and" belongs to the conjunct before it.
        let all =
            figures("a shooting that left a receptionist dead and two managing partners wounded");
        // The receptionist is one killed (see `phrase_words::one_victim`).
        assert_eq!(
            all[0].quantity.measure.as_deref(),
            Some("killed"),
            "{all:?}"
        );
        assert_eq!(all[1].quantity.measure.as_deref(), Some("injured"));
        // Shot is not killed: "shooting three people, killing one".
        let all = figures("A man suspected of shooting three people, killing one, was arrested");
        assert_eq!(all[0].topic, "people shot");
        assert!(all[0].quantity.counts_people);
        assert_eq!(all[1].quantity.measure.as_deref(), Some("killed"));
        assert_eq!(one("two soldiers were shot dead").topic, "soldiers killed");
    }

    #[test]
    fn nouns_of_a_role_are_the_measure_of_a_count_with_none_near_it() {
        let f = one("All seven hostages walked out unharmed.");
        assert_eq!(f.topic, "hostages kidnapped");
        let f = one("About a dozen gunmen ambushed the convoy.");
        assert_eq!(f.topic, "gunmen attacking");
        // Hostages freed are the hostages taken; a measure word near them wins otherwise.
        assert_eq!(
            one("Police freed four hostages.").topic,
            "hostages kidnapped"
        );
        assert_eq!(
            one("The gunmen shot dead two hostages.").topic,
            "hostages killed"
        );
        assert_eq!(
            one("Three hostages were released at noon.").topic,
            "hostages released"
        );
        // Evacuees killed were killed.
        assert_eq!(
            one("A bombing killed more than 120 evacuees.").topic,
            "evacuees killed"
        );
    }

    #[test]
    fn an_attacker_named_with_a_is_a_count_of_one() {
        let f = one("A gunman opened fire at the party.");
        assert_eq!(
            (f.topic.as_str(), f.quantity.estimate),
            ("gunman attacking", Some(1.0))
        );
        let f = one("The bank was stormed by a lone attacker.");
        assert_eq!(
            (f.topic.as_str(), f.quantity.estimate),
            ("attacker attacking", Some(1.0))
        );
        // Other nouns after "a" are no counts, nor a second gunman.
        assert!(figures("A man was arrested near the scene.").is_empty());
        assert!(figures("Police are looking for a second gunman.").is_empty());
    }

    #[test]
    fn counts_of_foreigners_missing_and_things_of_people() {
        assert_eq!(
            one("Four foreigners have been taken hostage.").topic,
            "foreigners kidnapped"
        );
        // "remain" is a verb, not what is counted.
        let all = figures("Six people died and 28 remain missing.");
        assert_eq!(all[0].topic, "people killed");
        assert_eq!(all[1].topic, "people missing", "{all:?}");
        assert_eq!(all[1].quantity.unit, None);
        // A noun of people before a plural noun of things names the things.
        assert_eq!(
            one("It intercepted three pirate ships.").topic,
            "pirate ships"
        );
        // "IS" is a name, not "is".
        assert_eq!(
            one("Air strikes killed 10 IS militants.").topic,
            "militants killed"
        );
    }

    #[test]
    fn a_number_joined_by_a_dash_to_a_word_counts_no_one() {
        // ECB+ 18: "When LaCalamita was arrested, police said they found a 12 - gauge
        // pump - action shotgun".
        let all = figures("When he was arrested, police found a 12 - gauge shotgun.");
        assert!(all.iter().all(|f| f.quantity.measure.is_none()), "{all:?}");
        // A dash that sets off a clause leaves the count as it is.
        let all = figures("Police arrested 12 - all of them men.");
        assert_eq!(all[0].quantity.measure.as_deref(), Some("arrested"));
        let all = figures("The strike killed 12 - including three children.");
        assert_eq!(all[0].quantity.measure.as_deref(), Some("killed"));
    }

    #[test]
    fn what_a_count_of_people_is_made_of_is_a_part() {
        let all = figures(
            "Four foreigners were kidnapped. The four hostages are two German nationals, one Italian and one Turk.",
        );
        let two = all
            .iter()
            .find(|f| f.quantity.estimate == Some(2.0))
            .expect("two nationals");
        assert!(two.quantity.subset, "{all:?}");
        assert!(!all[0].quantity.subset);
    }

    #[test]
    fn elliptical_parts_count_what_their_whole_counts() {
        // ECB+ 41: "four" is four of the five soldiers, not four more people killed.
        let all = figures(
            "Five Israeli soldiers lost their lives on Wednesday, four from friendly fire, bringing to 10 the number of Israelis who have been killed.",
        );
        assert_eq!(all[0].topic, "soldiers killed");
        assert_eq!(all[1].topic, "soldiers killed (part of a larger count)");
        assert!(all[1].quantity.subset && !all[2].quantity.subset, "{all:?}");
        let all = figures("The UN confirmed 30 dead and 55 wounded, 15 critically.");
        assert_eq!(all[2].topic, "people injured (part of a larger count)");
        let all = figures("The four robbers, two of whom were disguised as women, fled.");
        assert_eq!(all[1].topic, "robbers (part of a larger count)");
        // One day's count beside another day's is a part of their total.
        let all = figures(
            "The two-day toll reached 32 dead: 17 people were killed on Saturday and another 15 on Sunday.",
        );
        assert!(!all[0].quantity.subset, "{all:?}");
        assert!(all[1].quantity.subset && all[2].quantity.subset, "{all:?}");
        let all = figures("Seventeen people were killed on Saturday.");
        assert!(!all[0].quantity.subset, "{all:?}");
        // A sum or a mass after a list's part is another thing on the list.
        let all = figures(
            "Officers seized 32 guns, including 11 automatic weapons, almost 400kg of cocaine.",
        );
        assert!(all[1].quantity.subset && !all[2].quantity.subset, "{all:?}");
        let all = figures("Twelve people died, two of them children.");
        assert!(all[1].quantity.subset, "{all:?}");
        // A part of other people than the whole's names them: soldiers and civilians among
        // the dead are two counts, never one.
        let all = figures("The bomb killed 14 people, nine of them soldiers.");
        assert_eq!(all[1].topic, "soldiers killed (part of a larger count)");
        let all = figures("The attack killed 14 persons, eleven of them are servicemen.");
        assert_eq!(all[1].topic, "servicemen killed (part of a larger count)");
        let all =
            figures("left more than 50 people with serious injuries, 10 of whom remain critical");
        assert!(all[1].quantity.subset, "{all:?}");
        // A number with a verb or a noun of its own is a count of its own.
        let all = figures("Five people were killed, 20 injured.");
        assert!(!all[1].quantity.subset, "{all:?}");
        let all = figures("The blast killed 12 people, 30 others were wounded.");
        assert!(!all[1].quantity.subset, "{all:?}");
        // Counts side by side are no parts.
        let all = figures(
            "About 1,000 residents had taken shelter in a military field, 500 in a navy field.",
        );
        assert!(!all[1].quantity.subset, "{all:?}");
        // A part is no larger than its whole.
        let all = figures("Five soldiers died on Wednesday, 12 in the past week.");
        assert!(!all[1].quantity.subset, "{all:?}");
    }

    #[test]
    fn names_before_the_counted_noun_are_stepped_over() {
        assert_eq!(
            one("Russia strikes kill 120 IS group fighters in Syria.").topic,
            "fighters killed"
        );
        assert_eq!(
            one("The strikes killed 12 Free Syrian Army rebels.").topic,
            "rebels killed"
        );
        // Title case: the words after the number are not all names (here, how often).
        assert!(
            figures("Riot During Vigil For Teen Shot 11 Times By Police")
                .iter()
                .all(|f| f.topic != "police shot")
        );
        let s =
            "Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes Six people died";
        let four = figures(s)
            .into_iter()
            .find(|f| f.span.slice(s).starts_with('4'))
            .expect("the 4 is a figure");
        assert_eq!(four.quantity.unit, None, "{four:?}");
    }

    #[test]
    fn two_word_nouns_of_people_are_one_noun() {
        assert_eq!(
            one("Gunmen shot two police officers on Monday.").topic,
            "police officers shot"
        );
        assert_eq!(
            one("A police officer was shot dead on Tuesday.").topic,
            "police officer killed"
        );
        assert_eq!(
            one("Two fire fighters were injured in the blaze.").topic,
            "fire fighters injured"
        );
        // A fighter alone is an armed one; an officer alone keeps its own noun.
        assert_eq!(
            one("Rebels said two fighters were killed.").topic,
            "fighters killed"
        );
        assert_eq!(
            one("Two army officers were killed.").topic,
            "officers killed"
        );
    }

    #[test]
    fn hyphenated_nouns_are_one_noun() {
        assert_eq!(
            one("The gunman shot three co-workers.").topic,
            "co-workers shot"
        );
        assert_eq!(
            one("The gunman shot three co - workers.").topic,
            "co-workers shot"
        );
        assert_eq!(
            one("A car hit two passers - by on the bridge.")
                .quantity
                .unit
                .as_deref(),
            Some("passers-by")
        );
        // A compound before a noun is its modifier: the noun is counted.
        let unit = |s: &str| one(s).quantity.unit;
        assert_eq!(
            unit("They sent 12 water-dropping aircraft.").as_deref(),
            Some("aircraft")
        );
        assert_eq!(
            unit("Rebels fired 40 anti-tank missiles.").as_deref(),
            Some("missiles")
        );
        // The verb before the number governs it, not one after a dash.
        assert_eq!(
            figures("The woman shot three co-workers — killing two — at the plant.")[0].topic,
            "co-workers shot"
        );
        // A dash that sets off a clause joins nothing.
        assert_eq!(
            one("The convoy was 10 miles - officials said - from the border.")
                .quantity
                .unit
                .as_deref(),
            Some("miles")
        );
    }

    #[test]
    fn possibilities_are_no_figures() {
        assert!(figures("A magnitude 6 quake can cause severe damage.").is_empty());
        assert!(figures("A 7.1-magnitude quake could kill thousands.").is_empty());
        assert_eq!(
            one("A 6.1-magnitude quake struck Qeshm island.").topic,
            "magnitude"
        );
        let f = one("The toll could be as high as 50, officials said.");
        assert_eq!(f.quantity.interval, Interval::at_most(50.0));
        assert_eq!(
            one("Officials said 12 people died and the toll may rise.").topic,
            "people killed"
        );
    }

    #[test]
    fn a_number_on_the_richter_scale_is_a_magnitude() {
        for s in [
            "An earthquake measuring 6.1 on the Richter scale has hit Adana province.",
            "Earthquake of 6.1 on Richter scale hits Adana province",
            "The U.S. Geological Survey put the magnitude at 6.1.",
            "The quake had a magnitude of 6.1.",
        ] {
            let f = one(s);
            assert_eq!(f.quantity.unit.as_deref(), Some("magnitude"), "{s}");
            assert_eq!(f.topic, "magnitude", "{s}");
        }
    }

    #[test]
    fn people_under_rubble_are_trapped_and_pulled_out_alive_rescued() {
        assert_eq!(
            one("The minister said about 20 people were still under rubble.").topic,
            "people trapped"
        );
        assert_eq!(
            one("The Civil Defence pulled 10 people alive from under the rubble.").topic,
            "people rescued"
        );
    }

    #[test]
    fn animals_take_the_measures_they_share_with_people() {
        assert_eq!(one("Staff said 97 whales had died.").topic, "whales killed");
        assert_eq!(
            one("About 230 pilot whales are stranded at Kelp Bay.").topic,
            "pilot whales stranded"
        );
        assert_eq!(
            one("Fifty-three whales had been refloated.").topic,
            "whales rescued"
        );
        assert_eq!(one("The drought killed 300 cattle.").topic, "cattle killed");
        // No measure of people alone: animals are not arrested.
        assert_eq!(one("Police arrested 40 goats.").topic, "goats");
    }

    #[test]
    fn a_measure_denied_befell_no_one() {
        assert_eq!(one("Its 21 crew members were not hurt.").topic, "crew");
        assert_eq!(
            one("The 12 passengers were not seriously injured.").topic,
            "passengers"
        );
        assert_eq!(
            one("The 12 passengers were injured.").topic,
            "passengers injured"
        );
    }

    #[test]
    fn the_injured_suffer_wounds() {
        assert_eq!(
            one("One crew member suffered a gunshot wound to the leg.").topic,
            "crew injured"
        );
        assert_eq!(
            one("Three passengers were taken to a hospital in San Juan.").topic,
            "passengers hospitalised"
        );
    }

    #[test]
    fn a_later_batch_is_a_part() {
        for s in [
            "The last two cavers were brought out on Friday.",
            "The remaining four miners were rescued.",
        ] {
            assert!(one(s).quantity.subset, "{s}");
        }
        // "another" and "a further" add a count of another measure.
        let all = figures("Ten civilians were killed and another 17 injured.");
        assert!(all.iter().all(|f| !f.quantity.subset), "{all:?}");
        assert!(
            !one("Two cavers were brought out on Friday.")
                .quantity
                .subset
        );
    }

    #[test]
    fn survivors_and_crewmen_are_counted() {
        let all = figures("Two crew members remain missing, while 18 survived.");
        let survived = all
            .iter()
            .find(|f| f.quantity.estimate == Some(18.0))
            .unwrap();
        assert_eq!(survived.quantity.measure.as_deref(), Some("rescued"));
        assert_eq!(
            one("Eighteen crewmen were rescued.").topic,
            "crewmen rescued"
        );
    }

    #[test]
    fn a_moment_or_a_rank_is_no_count() {
        assert!(figures("At one point last year the attacks stopped.").is_empty());
        assert!(figures("It was at one stage the busiest port.").is_empty());
        let ranked = figures("It is one of the ten largest in Russia.");
        assert!(ranked.iter().all(|f| f.quantity.estimate != Some(10.0)));
        assert!(figures("The three deadliest attacks came in May.").is_empty());
        assert_eq!(
            one("The ten largest firms lost $5m.")
                .quantity
                .unit
                .as_deref(),
            Some("USD")
        );
        // "one point" without "at" is still a count.
        assert_eq!(figures("One point was made by 40 protesters.").len(), 2);
        // A rank after "number", a manner, a name.
        assert!(figures("Growth is its number one mission.").is_empty());
        assert!(figures("Trade is a two-way street.").is_empty());
        assert!(figures("It had the deepest slump of any Group of Seven economy.").is_empty());
        // A capitalized count after "of" in a sentence is still one.
        assert_eq!(
            figures("The deaths of Seven Soldiers were reported.").len(),
            1
        );
    }

    #[test]
    fn jobs_are_cut_and_nothing_else_is() {
        for s in [
            "The company will cut 800 jobs.",
            "Nordwind confirmed plans to shed 800 jobs at its German plants.",
        ] {
            assert_eq!(one(s).topic, "jobs cut", "{s}");
        }
        assert_eq!(
            one("It announced 1,200 layoffs.")
                .quantity
                .measure
                .as_deref(),
            Some("cut")
        );
        // Cables and people are not cut so.
        assert_eq!(one("Divers cut 3 cables.").quantity.measure, None);
        let f = one("The siege cut off half a million people from water.");
        assert_ne!(f.quantity.measure.as_deref(), Some("cut"), "{f:?}");
    }

    #[test]
    fn a_storms_category_is_its_rating() {
        for s in [
            "It made landfall as a Category 4 storm.",
            "It came ashore as a category four hurricane.",
        ] {
            let f = one(s);
            assert_eq!(f.quantity.unit.as_deref(), Some("category"), "{s}");
            assert_eq!(f.quantity.estimate, Some(4.0), "{s}");
        }
    }

    #[test]
    fn magnitudes_are_not_tolls() {
        let all = figures("Dozens injured, child dead as 6.1 - magnitude earthquake hits Aceh");
        let f = &all[1];
        assert_eq!(f.quantity.unit.as_deref(), Some("magnitude"));
        assert_eq!(f.quantity.measure, None);
    }

    /// Asserts each sentence's one figure has the value and unit given.
    fn values_and_units(cases: &[(&str, f64, &str)]) {
        for &(s, value, unit) in cases {
            let f = one(s);
            assert_eq!(f.quantity.estimate, Some(value), "{s}");
            assert_eq!(f.quantity.unit.as_deref(), Some(unit), "{s}");
        }
    }

    #[test]
    fn a_rate_of_oil_output_is_one_unit_however_written() {
        for s in [
            "Russia will reduce production by 300,000 bpd.",
            "Russia pledged a cut of 300,000 b/d.",
            "Russia pledged a cut of 300,000 barrels per day.",
            "Russia pledged a cut of 300,000 barrels of oil a day.",
        ] {
            let f = one(s);
            assert_eq!(f.quantity.estimate, Some(300_000.0), "{s}");
            assert_eq!(f.quantity.unit.as_deref(), Some("barrels per day"), "{s}");
        }
        let f = one("The tanker carried 300,000 barrels.");
        assert_eq!(f.quantity.unit.as_deref(), Some("barrels"));
    }

    #[test]
    fn a_brand_or_model_before_a_plural_leaves_the_plural_counted() {
        values_and_units(&[
            (
                "The recall covers about 310,000 Brava pickups.",
                310_000.0,
                "pickups",
            ),
            ("Storms grounded 300 Ryanair flights.", 300.0, "flights"),
            ("It recalled 1,463,200 Kestrel SUVs.", 1_463_200.0, "suvs"),
            ("He won three Premier League titles.", 3.0, "titles"),
        ]);
    }

    #[test]
    fn a_glued_m_is_a_million_before_a_count_and_metres_elsewhere() {
        values_and_units(&[
            (
                "More than 1.5m people fled their homes.",
                1_500_000.0,
                "people",
            ),
            ("The service has 3m users.", 3_000_000.0, "users"),
            (
                "Some 2.3m households lost power.",
                2_300_000.0,
                "households",
            ),
            (
                "The recall covers 1.46m Kestrel and Brava models.",
                1_460_000.0,
                "models",
            ),
            ("It has 2m Ryanair passengers.", 2_000_000.0, "passengers"),
            ("The wave reached 6m Tuesday.", 6.0, "m"),
            ("The river rose to 6.52m on Tuesday.", 6.52, "m"),
            ("The boat drifted 6m towards the shore.", 6.0, "m"),
            (
                "Roughly 12m cubic metres of water escaped.",
                12_000_000.0,
                "cubic metres",
            ),
            // A currency word after the glued "m": Romanian lei, Polish zloty.
            ("The cabinet approved 50m lei in aid.", 50_000_000.0, "RON"),
            ("It was fined 2.5 mln zł in 2021.", 2_500_000.0, "PLN"),
        ]);
    }

    #[test]
    fn a_bare_number_someone_else_says_is_their_figure_for_the_count() {
        for s in [
            "Police put the crowd at 10,000, while organisers claimed 50,000.",
            "Police put the crowd at 10,000, while organisers put it at 50,000.",
            "Officials said 12 people died; activists said 35.",
        ] {
            let all = figures(s);
            assert_eq!(all.len(), 2, "{s}");
            assert_eq!(all[0].topic, all[1].topic, "{s}");
            assert!(all[1].quantity.measure.is_some(), "{s}");
            assert!(!all[1].quantity.subset, "{s}");
        }
        // A number with more after it says something else.
        let all = figures("Officials said 12 people died; activists said 35 were hurt.");
        assert_ne!(all[1].topic, all[0].topic);
    }

    #[test]
    fn units_told_in_short_forms() {
        values_and_units(&[
            ("The deficit is 4.8pc of GDP.", 4.8, "percent"),
            ("Growth slowed to 4.2 pc this year.", 4.2, "percent"),
            ("Temperatures reached 48.1C on Monday.", 48.1, "degrees"),
            ("It was 46.2°C in Seville.", 46.2, "degrees"),
            ("It reached 48.1 degrees Celsius.", 48.1, "degrees"),
            ("It was already 24 C when they set off.", 24.0, "degrees"),
            ("It was 88 F at noon.", 88.0, "degrees fahrenheit"),
            (
                "It reached 118.6 degrees Fahrenheit.",
                118.6,
                "degrees fahrenheit",
            ),
            ("Pakistan unveiled a budget of Rs8.2tr.", 8.2e12, "INR"),
            // A unit in capitals is no name; a unit told as a rate is that unit.
            ("Some 12,400 MW were disconnected.", 12_400.0, "mw"),
            ("It tripped a 500 kV line.", 500.0, "kv"),
            (
                "A strike shut a 90,000 barrel-a-day unit.",
                90_000.0,
                "barrel",
            ),
            ("The budget is PKR 18.9 trln.", 18.9e12, "PKR"),
            (
                "At least 300 dead seabirds washed ashore.",
                300.0,
                "seabirds",
            ),
            ("One passenger remains missing.", 1.0, "passenger"),
            // Areas in a unit of two words.
            ("The 200,000 sq ft warehouse opened.", 200_000.0, "sq ft"),
            ("The 18,600 sq m warehouse opened.", 18_600.0, "sq m"),
            ("It covers 40 sq. km of forest.", 40.0, "sq km"),
            ("It has 3,000 square feet of space.", 3_000.0, "square feet"),
        ]);
        // Scaled, a number keeps the digits written.
        assert_eq!(
            one("It cost $8.2bn.").quantity.estimate,
            Some(8_200_000_000.0)
        );
        // Dead animals are no toll; a pilot's flying hours are no count of the dead.
        assert_eq!(
            one("At least 300 dead seabirds washed ashore.")
                .quantity
                .measure,
            None
        );
        assert!(
            figures("The captain, a pilot with more than 11,000 flying hours, was among the dead.")
                .iter()
                .all(|f| f.quantity.measure.as_deref() != Some("killed"))
        );
        assert_eq!(
            one("One passenger remains missing.")
                .quantity
                .measure
                .as_deref(),
            Some("missing")
        );
    }

    #[test]
    fn counts_of_officials_in_custody_and_in_treatment() {
        for (s, topic) in [
            ("Police arrested 12 officials.", "officials arrested"),
            ("Four suspects were in custody.", "suspects arrested"),
            (
                "Thirty-nine people are receiving treatment at hospitals.",
                "people injured",
            ),
        ] {
            assert_eq!(one(s).topic, topic, "{s}");
        }
        // The second of two joined counts takes the verb's measure; both are parts.
        let all = figures("Gunmen abducted 121 pupils and three teachers.");
        assert_eq!(all[1].topic, "teachers kidnapped (part of a larger count)");
        // A lakh of crores is a trillion.
        assert_eq!(
            one("The Railways spent Rs 1.2 lakh crore.")
                .quantity
                .estimate,
            Some(1.2e12)
        );
    }

    #[test]
    fn the_blinded_and_those_who_succumbed() {
        let all = figures("Nine people were blinded and 12 lost their eyesight.");
        assert!(
            all.iter()
                .all(|f| f.quantity.measure.as_deref() == Some("blinded")),
            "{all:?}"
        );
        let f = one("Five more people succumbed to their injuries overnight.");
        assert_eq!(f.quantity.measure.as_deref(), Some("killed"));
    }

    #[test]
    fn money() {
        let f = one("damage of $3.5m was reported");
        assert_eq!(f.quantity.unit.as_deref(), Some("USD"));
        assert_eq!(f.quantity.estimate, Some(3_500_000.0));
        let all = figures("I want two meters of cotton for £2,000");
        assert_eq!(all[0].quantity.unit.as_deref(), Some("meters"));
        assert_eq!(all[1].quantity.unit.as_deref(), Some("GBP"));
        // A currency word after the sum.
        let f = one("a deal worth 2.5bn dollars");
        assert_eq!(f.quantity.unit.as_deref(), Some("USD"));
        assert_eq!(f.quantity.estimate, Some(2_500_000_000.0));
        assert_eq!(one("fined 500 euros").quantity.unit.as_deref(), Some("EUR"));
        // A glued "m" before a currency word is a million, as after a sign.
        let f = one("They made off with 2m euros in gems.");
        assert_eq!(f.quantity.unit.as_deref(), Some("EUR"));
        assert_eq!(f.quantity.estimate, Some(2_000_000.0));
        let f = one("They made off with 2m pounds in gems.");
        assert_eq!(f.quantity.unit.as_deref(), Some("GBP"));
        assert_eq!(f.quantity.estimate, Some(2_000_000.0));
        assert_eq!(
            one("a loss of two million dollars")
                .quantity
                .unit
                .as_deref(),
            Some("USD")
        );
        assert_eq!(
            one("a fee of 10 million pounds").quantity.unit.as_deref(),
            Some("GBP")
        );
        // Currencies of two words, and scales joined by a hyphen.
        let f = one("The purchase price is 3.5 billion US dollars.");
        assert_eq!(f.quantity.unit.as_deref(), Some("USD"));
        assert_eq!(f.quantity.estimate, Some(3_500_000_000.0));
        assert_eq!(
            one("They paid 2 million U.S. dollars.")
                .quantity
                .unit
                .as_deref(),
            Some("USD")
        );
        assert_eq!(
            one("a profit of 10 million Swiss francs")
                .quantity
                .unit
                .as_deref(),
            Some("CHF")
        );
        let f = one("Robbers made off with $137-million of diamonds.");
        assert_eq!(f.quantity.estimate, Some(137_000_000.0));
        let f = one("making off with a $2. 6 - million booty");
        assert_eq!(f.quantity.estimate, Some(2_600_000.0));
        assert_eq!(
            one("damages of 500 crore rupees").quantity.estimate,
            Some(5e9)
        );
        // Pounds of weight.
        assert_ne!(
            one("the bag weighed 300 pounds").quantity.unit.as_deref(),
            Some("GBP")
        );
    }

    #[test]
    fn currencies_named_by_country_or_abbreviation_keep_their_code() {
        let unit = |s: &str| one(s).quantity.unit;
        assert_eq!(
            unit("The fine was 500,000 Pakistani rupees.").as_deref(),
            Some("PKR")
        );
        assert_eq!(
            unit("It cost 2.5 billion Egyptian pounds.").as_deref(),
            Some("EGP")
        );
        assert_eq!(
            unit("They seized 40 million naira.").as_deref(),
            Some("NGN")
        );
        // Dollars of other countries, and the Brazilian real, by the letters before "$"; a
        // sum to the dollar is an exchange rate.
        let f = one("The real traded at R$5.42 to the dollar.");
        assert_eq!(
            (f.quantity.unit.as_deref(), f.topic.as_str()),
            (Some("BRL"), "exchange rate in BRL")
        );
        assert_eq!(unit("It cost S$5 million.").as_deref(), Some("SGD"));
        assert_eq!(unit("It cost NT$30 million.").as_deref(), Some("TWD"));
        assert_eq!(unit("It cost R3.2m.").as_deref(), Some("ZAR"));
        // The rupee's abbreviation, with or without its full stop (no sentence ends there).
        let f = one("He paid Rs. 5,000 in bribes.");
        assert_eq!(
            (f.quantity.unit.as_deref(), f.quantity.estimate),
            (Some("INR"), Some(5000.0))
        );
        assert_eq!(
            unit("Damage of Rs 20 crore was reported.").as_deref(),
            Some("INR")
        );
        // The taka's and the shilling's abbreviations, glued or not, and ISO codes before or
        // after the sum, with a scale abbreviated ("mln", "thous.").
        let f = one("The contract was worth Sh212 million.");
        assert_eq!(
            (f.quantity.unit.as_deref(), f.quantity.estimate),
            (Some("SHILLING"), Some(212e6))
        );
        assert_eq!(unit("It paid KSh 5 million.").as_deref(), Some("KES"));
        // The rand's "R" glued to a sum written as money; thousands set apart by a space
        // after a sign are one sum whatever follows.
        for (text, value) in [
            ("Damage was put at R3.2m.", 3.2e6),
            ("The insurer paid R250 000 to farmers.", 250e3),
            ("Eskom lost R1.5-billion last year.", 1.5e9),
        ] {
            let f = one(text);
            assert_eq!(
                (f.quantity.unit.as_deref(), f.quantity.estimate),
                (Some("ZAR"), Some(value)),
                "{text}"
            );
        }
        assert_eq!(
            one("It paid $250 000 to them.").quantity.estimate,
            Some(250e3)
        );
        let f = one("Each family gets Tk 25,000.");
        assert_eq!(
            (f.quantity.unit.as_deref(), f.quantity.estimate),
            (Some("BDT"), Some(25e3))
        );
        let f = one("Losses may exceed PLN 500 mln.");
        assert_eq!(
            (f.quantity.unit.as_deref(), f.quantity.estimate),
            (Some("PLN"), Some(500e6))
        );
        assert_eq!(f.quantity.interval.low(), Some(500e6));
        assert_eq!(
            unit("The WHO disbursed 1.2 mln USD.").as_deref(),
            Some("USD")
        );
        let f = one("It pays up to NPR 10 thous. to each family.");
        assert_eq!(
            (f.quantity.unit.as_deref(), f.quantity.interval.high()),
            (Some("NPR"), Some(10e3))
        );
        // A mile at sea is a length, which says what it measures as other lengths do.
        let f = one("The tanker sank 30 nautical miles off the coast.");
        assert_eq!(f.quantity.unit.as_deref(), Some("nautical miles"));
        assert!(f.quantity.measure.is_some(), "{f:?}");
    }

    #[test]
    fn sums_shares_and_lengths_say_what_they_measure() {
        let all = figures("Net profit rose to 512 million euros from 430 million euros.");
        assert_eq!(all[0].topic, "profit in EUR");
        assert_eq!(all[1].topic, "earlier profit in EUR");
        let f = one("Varga won by just over four percentage points.");
        assert_eq!(f.quantity.unit.as_deref(), Some("percentage points"));
        // A change by a fraction is a share.
        let f = one("Its profit rose by nearly a fifth in the quarter.");
        assert_eq!(f.quantity.unit.as_deref(), Some("percent"));
        assert_eq!(f.topic, "profit rise in percent");
        // So is a fraction before a comparative: it counts no cars.
        let f = one("Police counted a third more cars than last year.");
        assert_eq!(f.quantity.unit.as_deref(), Some("percent"));
        assert!(
            f.quantity
                .estimate
                .is_some_and(|e| (e - 100.0 / 3.0).abs() < 0.01)
        );
        // "of registered voters" is the base of any turnout.
        let f = one("Around 61% of registered voters cast a ballot.");
        assert_eq!(
            (f.topic.as_str(), f.quantity.of.as_deref()),
            ("turnout in percent", None)
        );
        // A count of people keeps its measure as a verb.
        assert_eq!(one("Four people were injured.").topic, "people injured");
    }

    #[test]
    fn a_length_an_hour_is_a_speed_in_its_short_form() {
        values_and_units(&[
            ("He was traveling at 70 miles per hour.", 70.0, "mph"),
            ("Winds reached 100 kilometres an hour.", 100.0, "km"),
        ]);
        assert_eq!(
            one("He was traveling at 70 miles per hour.").topic,
            "speed in mph"
        );
    }

    #[test]
    fn a_conversion_in_brackets_is_approximate() {
        let all = figures("They made off with 2 million euros ($2.6 million) in gems.");
        assert_eq!(all[0].quantity.qualifier, Qualifier::Exact);
        assert_eq!(all[1].quantity.qualifier, Qualifier::About);
        assert!(all[1].quantity.interval.contains(2_500_000.0));
        let all = figures("The quake struck about 58km (36 miles) south-west of Bandar Abbas.");
        assert_eq!(all[1].quantity.qualifier, Qualifier::About);
        // A conversion bounds the sum as the figure it converts does.
        let all = figures("The repairs could cost as much as £400 million ($510 million).");
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].quantity.qualifier, Qualifier::AtMost);
        assert_eq!(all[1].quantity.qualifier, Qualifier::AtMost);
        assert_eq!(all[1].quantity.interval, Interval::at_most(510_000_000.0));
        // Two sums side by side, or a share after a sum, are no conversions.
        let all = figures("Bids of $2 million and $3 million came in.");
        assert_eq!(all[1].quantity.qualifier, Qualifier::Exact);
        let all = figures("Sales were $5 million (12%) higher.");
        assert_eq!(all[1].quantity.qualifier, Qualifier::Exact);
    }

    #[test]
    fn precision_is_kept() {
        assert_eq!(one("1.5 million people").quantity.resolution, 100_000.0);
        assert_eq!(one("42 people").quantity.resolution, 1.0);
    }
}
