//! Dates, times and lengths of time written without a number phrase, as TIMEX3 values
//! resolved against the article's publication date: "Dec. 18", "next week", "Tuesday",
//! "in November", "two days ago", "early December", "4 p.m.", "now", "a decade", "the past
//! several months". `date_parse` reads the words, `tense` places what has no year,
//! `date_resolve` does the calendar (with jiff).

use crate::extract::context::possession_or_must;
use crate::extract::date_parse::{Base, Clock, Expr, Item, Parser, Shift, Unit};
use crate::extract::date_resolve::{days_to_next, needs_tense, resolve_with_start};
use crate::extract::date_words::Tense;
use crate::extract::date_words::date_words;
use crate::extract::duration::{DurationDraft, what_lasted};
use crate::extract::happening_word::happening_class;
use crate::extract::phrase::{Phrase, Shape};
use crate::extract::role::Role;
use crate::extract::tense::{sentence_tense, tense_at, token_tense};
use crate::extract::token::TokenKind;
#[cfg(test)]
use crate::extract::token_starts::token_starts;
use crate::extract::words::{Words, is_possessive};
use crate::model::{DateValue, Duration, Granularity, Interval, Qualifier, Span};
use jiff::civil::Date;

/// A date found in a sentence, before it becomes a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct DateDraft {
    pub span: Span,
    pub date: DateValue,
    pub anchor: usize,
    /// The year, when the expression is a bare year ("in 2011").
    pub year: Option<i32>,
    /// Whether the words name a calendar date outright ("Dec. 18", "2011", "12/18/2015"):
    /// such a date wins over a figure read from the same digits.
    pub explicit: bool,
}

/// What the date reader finds in one sentence. One is kept for all the sentences of an
/// article: each reading empties it first, and its lists keep their room.
#[derive(Debug, Default)]
pub struct SentenceDates {
    pub dates: Vec<DateDraft>,
    pub durations: Vec<DurationDraft>,
    /// The tokens each expression read covers (first, last): scratch of `dates_in`.
    covered: Vec<(usize, usize)>,
}

/// What dating carries from sentence to sentence of one article.
#[derive(Debug, Clone, Default)]
pub struct DateContext {
    /// The publication date every relative expression is resolved against.
    pub anchor: Option<Date>,
    /// The tense of the last sentence that showed one, as far as `untensed` goes.
    pub tense: Option<Tense>,
    /// The text of the sentences with dates read since, whose tense is not read yet (latest
    /// last): few dates need the tense carried from before, so it is read only when one does.
    untensed: Vec<String>,
    /// The date a story about another time has reached (see `follow`).
    pub narrative: Option<Date>,
    /// Sentences with dates read since that date was written.
    story_age: usize,
    /// How many sentences with dates the story lasts.
    story_limit: usize,
    /// The last day a date named, whether it was counted from the publication date and
    /// whether it named the day's night: a clock time alone soon after it ("… in the early
    /// hours of yesterday. The tremor struck at 2.15am") is a time of that day.
    day: Option<(Date, bool, bool)>,
    /// Sentences read since that day was named.
    day_age: usize,
    /// The last year written out ("In July 2024"), for "of the same year" after a month.
    year_told: Option<i32>,
    /// Clock times told with their day ("at 3:16 p.m. on Tuesday"), latest last, with the
    /// day and whether it was counted from the publication date.
    times: Vec<((i8, i8), Date, bool)>,
}

/// How many clock times told with their day an article keeps.
const TIMES_KEPT: usize = 8;

/// The month (or day of a month) at `e` set in `year`, and the last token of the words that
/// say so, when "of the same year", "of that year" or "that same year" follows it ("In
/// August of the same year").
fn of_that_year(w: &Words, e: &Expr, year: i32) -> Option<(Base, usize)> {
    let (m, d) = match e.base {
        Base::Month {
            m,
            shift: Shift::Tense,
        } => (m, None),
        // "On January 24 of the same year".
        Base::Cal {
            y: None,
            m: Some(m),
            d,
        } => (m, d),
        _ => return None,
    };
    let k = e.last + 1;
    let last = match (w.low(k), w.low(k + 1), w.low(k + 2), w.low(k + 3)) {
        ("of", "the", "same", "year") | ("of", "that", "same", "year") => k + 3,
        ("of", "that", "year", _) | ("that", "same", "year", _) => k + 2,
        _ => return None,
    };
    let base = Base::Cal {
        y: Some(year),
        m: Some(m),
        d,
    };
    Some((base, last))
}

/// Whether a TIMEX3 value names a night or an evening's clock time ("2026-03-14TNI",
/// "2026-03-14T18:40"): a clock time alone in the small hours after it is of the next day.
fn of_the_night(timex: &str) -> bool {
    timex.ends_with("TNI")
        || timex
            .split_once('T')
            .and_then(|(_, time)| time.get(..2)?.parse::<u8>().ok())
            .is_some_and(|hour| hour >= EVENING_FROM)
}

/// The hour from which a clock time is of the evening ("6:40 p.m. Saturday").
const EVENING_FROM: u8 = 18;

/// The hour the small hours after a night end at: a clock time before it, told after "Friday
/// night", is of Saturday.
const SMALL_HOURS_END: i8 = 6;

/// How many sentences after the one that names a day a clock time alone still takes it (a
/// follow-up published days later tells the shooting's time two sentences after its day).
const DAY_SENTENCES: usize = 2;

/// How many years from the publication date a written year must lie to start a story.
const STORY_DISTANCE: i32 = 3;

/// How many years before the publication date a year (with no day) named in passing may lie
/// and still be an aside: the story it starts ends with its sentence.
const ASIDE_YEARS: i32 = 20;

/// How many sentences with dates a story's year lasts without being written again.
const STORY_SENTENCES: usize = 10;

impl DateContext {
    pub fn new(anchor: Option<Date>) -> DateContext {
        DateContext {
            anchor,
            tense: None,
            untensed: Vec::new(),
            narrative: None,
            story_age: 0,
            story_limit: STORY_SENTENCES,
            day: None,
            day_age: 0,
            year_told: None,
            times: Vec::new(),
        }
    }

    /// The tense of the last sentence that showed one: the sentences of `untensed` are read
    /// from the latest back until one shows a tense.
    fn carried_tense(&mut self) -> Option<Tense> {
        while let Some(sentence) = self.untensed.pop() {
            let whole = Span::new(0, sentence.len());
            if let Some(t) = sentence_tense(&Words::new(&sentence, whole)) {
                self.tense = Some(t);
                self.untensed.clear();
            }
        }
        self.tense
    }

    /// Keeps the time the text is telling of: the last date written with its year, while
    /// it lies `STORY_DISTANCE` years or more before the publication date (a year ahead, "to
    /// build 120,000 homes by 2032", is a target, no story); a date told from the publication
    /// date ("last week", "on Tuesday") ends the story.
    fn follow(&mut self, e: &Expr) {
        // "By the spring of 1794 …. When Robespierre went to the guillotine in July of that
        // year": any year written out is the one "that year" means.
        if let Base::Cal { y: Some(y), .. }
        | Base::Range { y: Some(y), .. }
        | Base::Season { y: Some(y), .. }
        | Base::Quarter { y: Some(y), .. } = e.base
        {
            self.year_told = Some(y);
        }
        let Some(anchor) = self.anchor else { return };
        match e.base {
            Base::Cal { y: Some(y), m, d } => {
                // A full date of another year ("killed on Aug. 3, 2020" in a report of 2022)
                // starts one too: the month and day after it ("arrested on August 5") are
                // told of that year.
                let apart = (y - i32::from(anchor.year())).abs();
                // A month of another year ("In November 2024, … freed in late December")
                // starts one that ends with its sentence (see `story_limit` below).
                let far = apart >= STORY_DISTANCE || (apart >= 1 && (d.is_some() || m.is_some()));
                self.story_age = 0;
                self.narrative = i16::try_from(y)
                    .ok()
                    .and_then(|y| Date::new(y, m.unwrap_or(1), d.unwrap_or(1)).ok())
                    .filter(|_| far && y < i32::from(anchor.year()));
                // "The record was set in 2018 … The investigation, which began in March":
                // news names a recent year in passing and goes back to its own time at the
                // next sentence; a story of another time is told of a year long before, or
                // with its days.
                self.story_limit = if d.is_none() && apart <= ASIDE_YEARS {
                    0
                } else {
                    STORY_SENTENCES
                };
            }
            Base::Offset { .. } | Base::Weekday { .. } => self.narrative = None,
            _ => {}
        }
    }
}

/// Whether a day of the calendar names the happening after it ("the June 7 election", "the
/// Federal Reserve's March 17-18 policy meeting"): the nearest such day, whatever the tense of
/// the clause ("Candidates campaigned for the June 7 election", "The auction came a week
/// before the March 17-18 meeting").
fn names_a_happening(w: &Words, e: &Expr) -> bool {
    let day = matches!(
        e.base,
        Base::Cal {
            y: None,
            d: Some(_),
            ..
        } | Base::Range { y: None, .. }
    );
    let event = |k: usize| w.is_word(k) && !w.capitalized(k) && happening_class(w.low(k)).is_some();
    let determiner = |k: usize| matches!(w.low(k), "the" | "a" | "an") || is_possessive(w.raw(k));
    day && (determiner(e.first) || (e.first >= 1 && determiner(e.first - 1)))
        && (event(e.last + 1)
            || (w.is_word(e.last + 1) && !w.capitalized(e.last + 1) && event(e.last + 2)))
}

/// Whether a sentence whose dates show no tense (`tense`, read beside the date) tells of
/// now: a present "is" or "are" and no tense word ("It opened in 1887. The museum is open on
/// Fridays from April": this April, the nearest, not 1887's nor the last one).
fn tells_of_now(w: &Words, tense: Option<Tense>) -> bool {
    tense.is_none()
        && (0..w.len()).any(|k| matches!(w.low(k), "is" | "are"))
        && sentence_tense(w).is_none()
}

/// Whether an expression without a year takes it from the story being told.
fn follows_story(b: &Base) -> bool {
    matches!(
        b,
        Base::Cal { y: None, .. }
            | Base::Range { y: None, .. }
            | Base::Month {
                shift: Shift::Tense,
                ..
            }
            | Base::Season {
                y: None,
                shift: Shift::Tense,
                ..
            }
            | Base::Quarter {
                y: None,
                shift: Shift::Tense,
                ..
            }
            | Base::The(Unit::Month | Unit::Week)
    )
}

/// Reads the dates and number-less durations of one sentence. `phrases` and `roles` are the
/// sentence's number phrases: figures and durations keep their tokens, years are read here.
#[cfg(test)]
pub fn dates(
    w: &Words,
    phrases: &[Phrase],
    roles: &[Role],
    ctx: &mut DateContext,
) -> SentenceDates {
    let mut out = SentenceDates::default();
    dates_in(w, token_starts(w), phrases, roles, ctx, &mut out);
    out
}

/// Verbs that announce a period to come ("declared national mourning from 14 to 16 October").
const ANNOUNCING: [&str; 9] = [
    "declared",
    "announced",
    "ordered",
    "decreed",
    "decided",
    "agreed",
    "approved",
    "imposed",
    "proclaimed",
];

/// Tokens before a period's start searched for a verb that announced it.
const ANNOUNCED_REACH: usize = 8;

/// How many days ahead of the publication date the weekday an announced period starts on
/// may fall and still be read as ahead ("mourning starting on Sunday", told on a Saturday).
const ANNOUNCED_DAYS_AHEAD: i64 = 3;

/// Whether the date at token `first` starts a period a verb before it announced: after
/// "from", "beginning" or "starting" (maybe with "on" between), or the end of such a period
/// after the day that starts it ("from 14 to 16 October"), with "declared", "announced" or
/// the like shortly before.
fn starts_an_announced_period(w: &Words, first: usize) -> bool {
    let k = match first.checked_sub(1) {
        Some(k) if w.low(k) == "on" => k.checked_sub(1),
        // "to 16 October" after "from 14": the period's end, told with its start.
        Some(k) if matches!(w.low(k), "to" | "through" | "and") && k >= 2 && w.is_number(k - 1) => {
            Some(k - 2)
        }
        k => k,
    };
    let Some(k) = k.filter(|&k| matches!(w.low(k), "from" | "beginning" | "starting")) else {
        return false;
    };
    (k.saturating_sub(ANNOUNCED_REACH)..k).any(|t| ANNOUNCING.contains(&w.low(t)))
}

/// Tokens before a day of the month searched for a verb that announced what falls on it.
const ANNOUNCED_DAY_REACH: usize = 12;

/// Whether the day of the month `e` (with no year) is the day of something a verb before it
/// announced, with its object between ("The union announced two further days of strikes, on
/// 19 and 20 March"): such a day is the nearest one, which may be still to come. The day
/// right after the verb ("announced on 3 March") is the announcement's.
fn announced_day(w: &Words, e: &Expr) -> bool {
    let day = matches!(
        e.base,
        Base::Cal {
            y: None,
            m: Some(_),
            d: Some(_),
        } | Base::Range { y: None, .. }
    );
    day && (e.first.saturating_sub(ANNOUNCED_DAY_REACH)..e.first.saturating_sub(2))
        .any(|t| ANNOUNCING.contains(&w.low(t)))
}

/// Whether the weekday `e` is the object of a verb that declared it something ("He declared
/// Wednesday a day of national mourning", "proclaimed Friday a public holiday"): the day
/// declared is one to come, not the day of the declaring ("declared Wednesday that …").
fn declared_a_day(w: &Words, e: &Expr) -> bool {
    matches!(e.base, Base::Weekday { .. })
        && e.first >= 1
        && matches!(w.low(e.first - 1), "declared" | "proclaimed" | "designated")
        && matches!(w.low(e.last + 1), "a" | "an" | "as")
}

/// How many days after the publication date a day and month with no year may fall and
/// still be read as ahead after a perfect or a planned happening ("has called a further
/// strike from 12 March", told on 5 March).
const PERFECT_DAYS_AHEAD: i64 = 42;

/// Whether `e` is a day and month with no year whose next coming on or after `anchor` is at
/// most [`PERFECT_DAYS_AHEAD`] days ahead.
fn days_ahead(e: &Expr, anchor: Date) -> bool {
    let Base::Cal {
        y: None,
        m: Some(m),
        d: Some(d),
    } = e.base
    else {
        return false;
    };
    [anchor.year(), anchor.year().saturating_add(1)]
        .into_iter()
        .filter_map(|y| Date::new(y, m, d).ok())
        .find(|&day| day >= anchor)
        .is_some_and(|day| i64::from((day - anchor).get_days()) <= PERFECT_DAYS_AHEAD)
}

/// Whether the date at `first` comes right after "from", "starting" or "beginning" (maybe
/// with "on") after a noun of a happening planned ahead ("a further strike from 12 March",
/// "a ban starting on 1 May").
fn planned_from(w: &Words, first: usize) -> bool {
    let mut k = first;
    if k >= 1 && w.low(k - 1) == "on" {
        k -= 1;
    }
    k >= 2
        && matches!(w.low(k - 1), "from" | "starting" | "beginning")
        && date_words().planned.contains(w.low(k - 2))
}

/// Tokens before a date searched for the perfect that tells its tense.
const PRESENT_PERFECT_REACH: usize = 10;

/// Whether the nearest past form before the date at `first` in its clause is a present
/// perfect ("has called", "have announced", "has now set"): a perfect takes no day of its
/// own, so a day and month near it is of what it points to.
fn perfect_before(w: &Words, first: usize) -> bool {
    let Some(i) = (1..=PRESENT_PERFECT_REACH)
        .filter_map(|k| first.checked_sub(k))
        .take_while(|&i| !(w.kind(i) == Some(TokenKind::Punct) && w.raw(i) != "."))
        .find(|&i| token_tense(w, i).is_some())
    else {
        return false;
    };
    let have = |k: usize| matches!(w.low(k), "has" | "have" | "'ve" | "’ve");
    token_tense(w, i) == Some(Tense::Past)
        && !date_words().reporting.contains(w.low(i))
        && ((i >= 1 && have(i - 1))
            || (i >= 2 && w.low(i - 1).ends_with("ly") && have(i - 2))
            || (i >= 2
                && matches!(w.low(i - 1), "now" | "also" | "already" | "since")
                && have(i - 2)))
}

/// Tokens after a day and month with no year searched for a later date of the same
/// sentence that writes the year.
const YEAR_AFTER_REACH: usize = 12;

/// The year of a day and month (`m`, `d`) with none of its own, written once with a later
/// day and month of the same sentence ("on 3 October and end on 19 October 2036", "from 3
/// October to 19 October 2036"); the year before when the later day falls earlier in the
/// calendar ("from 20 December to 5 January 2037"). Nothing in between may name another year.
fn year_written_after(w: &Words, parser: &Parser, last: usize, (m, d): (i8, i8)) -> Option<i32> {
    let end = (last + 1 + YEAR_AFTER_REACH).min(w.len());
    let mut k = last + 1;
    while k < end {
        if w.is_punct(k, ".") || w.is_punct(k, ";") {
            return None;
        }
        if parser.may_start(k)
            && let Some(Item::Date(later)) = parser.item_at(k)
        {
            match later.base {
                Base::Cal {
                    y: Some(y),
                    m: Some(m2),
                    d: Some(d2),
                } => return Some(if (m2, d2) < (m, d) { y - 1 } else { y }),
                Base::Cal { y: None, .. } | Base::Weekday { .. } => {}
                _ => return None,
            }
            k = later.last.max(k) + 1;
            continue;
        }
        if w.is_number(k) && w.raw(k).len() == 4 {
            return None;
        }
        k += 1;
    }
    None
}

/// Verbs that set a day for something to come: "set sentencing for June 18".
const SCHEDULING: [&str; 9] = [
    "set",
    "scheduled",
    "rescheduled",
    "slated",
    "fixed",
    "pencilled",
    "penciled",
    "booked",
    "called",
];

/// Tokens before "for" searched for a verb that set the day.
const SCHEDULED_REACH: usize = 7;

/// Tokens an aside set off by commas may take before "for".
const ASIDE_REACH: usize = 8;

/// Whether the date at token `first` is the day a past verb set something for ("The judge
/// set sentencing for June 18", "called elections for 3 May", "has called two more strike
/// days for March 19 and 20"): a day set is usually still to come when told, but may have
/// passed ("They set the talks for July 12" in August). An aside between commas before
/// "for" is passed over ("had scheduled the next launch, carrying an ESA mission, for June
/// 18").
fn set_for_a_day(w: &Words, first: usize) -> bool {
    let Some(mut k) = first.checked_sub(1).filter(|&k| w.low(k) == "for") else {
        return false;
    };
    if k >= 1
        && w.is_punct(k - 1, ",")
        && let Some(open) = (k.saturating_sub(ASIDE_REACH)..k - 1)
            .rev()
            .find(|&t| w.is_punct(t, ","))
    {
        k = open;
    }
    (k.saturating_sub(SCHEDULED_REACH)..k).any(|t| SCHEDULING.contains(&w.low(t)))
}

/// `dates`, given what the tokens of `w` can start (`token_starts`, as `find_phrases_in`
/// read it), written to `out` in place of what it held.
pub fn dates_in(
    w: &Words,
    starts: Vec<u32>,
    phrases: &[Phrase],
    roles: &[Role],
    ctx: &mut DateContext,
    out: &mut SentenceDates,
) {
    out.dates.clear();
    out.durations.clear();
    out.covered.clear();
    let mut own_tense = None;
    let mut own = || *own_tense.get_or_insert_with(|| sentence_tense(w));
    ctx.story_age += 1;
    if ctx.story_age > ctx.story_limit {
        ctx.narrative = None;
    }
    ctx.day_age += 1;
    if ctx.day_age > DAY_SENTENCES {
        ctx.day = None;
    }
    // Tokens that number phrases claim as figures, lengths of time or ages.
    let taken = |k: usize| {
        phrases.iter().zip(roles).any(|(p, r)| {
            let claims = matches!(
                r,
                Role::Figure
                    | Role::Duration(_)
                    | Role::Age
                    | Role::Address
                    | Role::Name
                    | Role::Ordinal
            );
            // The unit word of a length of time ("five years'") is the phrase's too.
            (claims && p.first <= k && k <= p.last) || *r == Role::Duration(k)
        })
    };
    let fraction = |k: usize| {
        phrases.iter().zip(roles).any(|(p, r)| {
            *r == Role::Figure && p.shape == Shape::Fraction && p.first <= k && k <= p.last
        })
    };
    let parser = Parser::with_starts(w, starts, phrases, roles);
    let mut i = 0;
    let mut before: Option<DayBefore> = None;
    // Clock times alone read before any day of this sentence (their expression and where
    // their draft is): a day named later in their clause is theirs.
    let mut undated_clocks: Vec<(Expr, usize)> = Vec::new();
    // "The curfew, from 7 p.m. to 6 a.m., remains in effect": hours that come round every
    // day take no day from a sentence before.
    let recurring = (0..w.len()).any(|k| RECURRING.contains(&w.low(k)));
    // Tokens that can start nothing are passed over in one scan of the start table.
    while let Some(next) = parser.next_candidate(i) {
        i = next;
        if !parser.may_start(i) {
            i += 1;
            continue;
        }
        let Some(item) = parser.item_at(i) else {
            i += 1;
            continue;
        };
        let last = item.last().min(w.len().saturating_sub(1));
        let overlaps_figure = (i..=last).any(taken);
        match item {
            Item::Date(mut e) => {
                // "In August of the same year": the month of the year last written.
                if let Some((y, last)) = ctx.year_told.and_then(|y| of_that_year(w, &e, y)) {
                    e.base = y;
                    e.last = last;
                }
                // "will begin on 3 October and end on 19 October 2036": the year written once
                // at the end is the earlier day's too.
                if let Base::Cal {
                    y: None,
                    m: Some(m),
                    d: Some(d),
                } = e.base
                    && let Some(y) = year_written_after(w, &parser, e.last, (m, d))
                {
                    e.base = Base::Cal {
                        y: Some(y),
                        m: Some(m),
                        d: Some(d),
                    };
                }
                // "for March 19 and 20, a Thursday and a Friday", "It happened on a Sunday": a
                // weekday after "a" tells what day of the week a date is, and names none; not
                // one that describes a noun ("in a Sunday statement", "a Wednesday airstrike").
                if matches!(
                    e.base,
                    Base::Weekday {
                        shift: Shift::Tense,
                        ..
                    }
                ) && e.first >= 1
                    && w.low(e.first - 1) == "a"
                    && (!w.is_word(e.last + 1) || matches!(w.low(e.last + 1), "and" | "or"))
                {
                    i = last + 1;
                    continue;
                }
                let explicit = matches!(
                    e.base,
                    Base::Cal { .. } | Base::Range { .. } | Base::Decade(_) | Base::Century(_)
                );
                if overlaps_figure && !explicit {
                    i += 1;
                    continue;
                }
                // The tense is only read where it can change the date.
                let in_story = ctx.narrative.is_some() && follows_story(&e.base);
                let tense_read = in_story || needs_tense(&e.base);
                let tense = if tense_read && !names_a_happening(w, &e) {
                    tense_at(w, e.first, e.last)
                        .or_else(&mut own)
                        // A day of the calendar in a sentence with no tense of its own ("the
                        // Dec. 16 meeting") is the nearest such day, whatever the sentence
                        // before told of.
                        .or_else(|| {
                            (!matches!(e.base, Base::Cal { d: Some(_), .. })
                                && !tells_of_now(w, None))
                            .then(|| ctx.carried_tense())
                            .flatten()
                        })
                } else {
                    None
                };
                // "declared national mourning from 14 to 16 October", "three days of mourning
                // beginning on Wednesday": the start of a period the past verb announced is
                // the nearest such day, which may be still to come.
                let tense = match tense {
                    // "had declared three days of mourning starting on Sunday", told on a
                    // Saturday: a period announced to start on a weekday just ahead starts then.
                    Some(Tense::Past)
                        if starts_an_announced_period(w, e.first) || declared_a_day(w, &e) =>
                    {
                        match (&e.base, ctx.anchor) {
                            (
                                &Base::Weekday {
                                    wd,
                                    shift: Shift::Tense,
                                },
                                Some(a),
                            ) if days_to_next(a, wd).is_some_and(|d| d <= ANNOUNCED_DAYS_AHEAD) => {
                                Some(Tense::Future)
                            }
                            _ => None,
                        }
                    }
                    Some(Tense::Past) if set_for_a_day(w, e.first) || announced_day(w, &e) => None,
                    // "Unite has called a further strike from 12 March", told on 5 March: a
                    // day a perfect or a planned happening points to, within weeks ahead.
                    Some(Tense::Past)
                        if ctx.anchor.is_some_and(|a| days_ahead(&e, a))
                            && (planned_from(w, e.first) || perfect_before(w, e.first)) =>
                    {
                        Some(Tense::Future)
                    }
                    t => t,
                };
                let story = ctx.narrative.filter(|_| {
                    in_story && tense != Some(Tense::Future) && !tells_of_now(w, tense)
                });
                let clock_day =
                    ctx.day
                        .filter(|_| is_clock_alone(w, &e))
                        .map(|(day, counted, night)| {
                            // "late on Friday night … The fire started shortly after 1 a.m.": the
                            // small hours after a night are of the next day.
                            let small_hours =
                                matches!(e.clock, Some(Clock::At(h, _)) if h < SMALL_HOURS_END);
                            let day = if night && small_hours {
                                day.tomorrow().unwrap_or(day)
                            } else {
                                day
                            };
                            (day, counted)
                        });
                // "The outage began at 3:16 p.m. on Tuesday. Power returned at 6 a.m. on
                // Wednesday. The line tripped at 3:16 p.m.": a time told again alone, with no
                // day named before it in its sentence, is of the day it was told with.
                let clock_day = match e.clock {
                    Some(Clock::At(h, m)) if ctx.day_age > 0 && is_clock_alone(w, &e) => ctx
                        .times
                        .iter()
                        .rev()
                        .find(|t| t.0 == (h, m))
                        .map(|&(_, day, counted)| (day, counted))
                        .or(clock_day),
                    _ => clock_day,
                };
                let day_of_this_sentence = ctx.day_age == 0 && ctx.day.is_some();
                if recurring && is_clock_alone(w, &e) && !day_of_this_sentence {
                    i = last + 1;
                    continue;
                }
                let undated_clock = is_clock_alone(w, &e) && !day_of_this_sentence;
                // Whether the time has a day of its own or one named before.
                let time_dated = !is_clock_alone(w, &e) || clock_day.is_some();
                let resolved = match (story, clock_day) {
                    // "on Sunday night at around 10:40pm": a clock time alone is a time of
                    // the day named just before it.
                    (_, Some((day, counted))) => {
                        resolve_with_start(&e, Some(day), tense).map(|(mut d, start)| {
                            d.anchor = ctx.anchor.map(|a| a.to_string());
                            d.counted_from_anchor = counted;
                            (d, start)
                        })
                    }
                    // A month or day named in a story about another time ("In April,
                    // Germany invaded Denmark" after "February of 1940") belongs to it: the
                    // first one on or after the point the story has reached.
                    (Some(n), None) => {
                        let from = n.checked_sub(jiff::Span::new().days(31)).unwrap_or(n);
                        resolve_with_start(&e, Some(from), Some(Tense::Future)).map(
                            |(mut d, start)| {
                                d.anchor = Some(n.to_string());
                                (d, start)
                            },
                        )
                    }
                    (None, None) => resolve_with_start(&e, ctx.anchor, tense),
                };
                // The day is the one `start` writes, taken as a date rather than read back.
                let (mut resolved, mut start) = resolved.unzip();
                // "would strike again next Thursday and Friday": the Friday after that
                // Thursday.
                if let Some(b) = before.filter(|b| follows_a_shifted_day(w, &e, b))
                    && let Some((mut d, s)) =
                        resolve_with_start(&e, Some(b.day), Some(Tense::Future))
                {
                    d.anchor = ctx.anchor.map(|a| a.to_string());
                    (resolved, start) = (Some(d), Some(s));
                }
                // "scheduled to run from Friday to Sunday", told on that Sunday: the Friday
                // before it, not the one to come.
                if let Some(b) = before.filter(|b| ends_a_span(w, &e, b))
                    && let Some(end) = start.flatten()
                    && b.day > end
                    && let Some((mut d, _)) = resolve_with_start(&b.e, Some(end), Some(Tense::Past))
                    && let Some(draft) = out.dates.get_mut(b.at)
                {
                    d.anchor = ctx.anchor.map(|a| a.to_string());
                    draft.date = d;
                }
                // "a 30 per cent chance of rain between March and May": a span of months
                // keeps one year, the end the first such month after the start.
                if let Some(b) = before.filter(|b| ends_a_month_span(w, &e, b))
                    && start.flatten().is_some_and(|end| end < b.day)
                    && let Some((mut d, s)) =
                        resolve_with_start(&e, Some(b.day), Some(Tense::Future))
                {
                    d.anchor = ctx.anchor.map(|a| a.to_string());
                    (resolved, start) = (Some(d), Some(s));
                }
                before = None;
                // "Voting took place between 7 a.m. and 10 p.m. on Friday", "touched down at
                // 11:14 p.m. near the county line late Saturday": a clock time alone takes
                // the day named later in its clause.
                if !is_clock_alone(w, &e)
                    && let Some(d) = &resolved
                    && matches!(d.granularity, Granularity::Day | Granularity::Time)
                    && let Some(day) = start.flatten()
                    && !dates_a_saying(w, e.first)
                {
                    for (c, at) in undated_clocks.drain(..) {
                        let same_clause = e.first > c.last
                            && e.first - c.last <= CLOCK_DAY_REACH
                            && (c.last + 1..e.first).all(|k| w.is_word(k) || w.is_number(k));
                        if !same_clause {
                            continue;
                        }
                        if let Some((mut d, _)) = resolve_with_start(&c, Some(day), None)
                            && let Some(draft) = out.dates.get_mut(at)
                        {
                            d.anchor = ctx.anchor.map(|a| a.to_string());
                            d.counted_from_anchor =
                                resolved.as_ref().is_some_and(|r| r.counted_from_anchor);
                            if let Some(Clock::At(h, m)) = c.clock
                                && let Some(t) = ctx.times.iter_mut().rev().find(|t| t.0 == (h, m))
                            {
                                t.1 = day;
                            }
                            draft.date = d;
                        }
                    }
                }
                // "Fourteen people were killed on Sunday, officials said on Monday. The panic
                // started at about 5am": the day a statement was made dates no happening, and a
                // clock time after it keeps the day before.
                if let Some(d) = &resolved
                    && matches!(d.granularity, Granularity::Day | Granularity::Time)
                    && let Some(start) = start.flatten()
                    && !dates_a_saying(w, e.first)
                    && !in_past_perfect(w, e.first)
                {
                    ctx.day = Some((start, d.counted_from_anchor, of_the_night(&d.timex)));
                    ctx.day_age = 0;
                }
                if let Some(Clock::At(h, m)) = e.clock
                    && time_dated
                    && let Some(d) = &resolved
                    && d.granularity == Granularity::Time
                    && let Some(start) = start.flatten()
                {
                    if ctx.times.len() == TIMES_KEPT {
                        ctx.times.remove(0);
                    }
                    ctx.times.push(((h, m), start, d.counted_from_anchor));
                }
                // "its highest close since April 2025", "the lowest since 1995": a year a
                // comparison reaches back to starts no story of that time.
                if !(e.first >= 1 && w.low(e.first - 1) == "since") {
                    ctx.follow(&e);
                }
                // The sentence's own tense carries to the next one when one of its dates had
                // none beside it, even a date that could not be resolved (see the end).
                if resolved.is_none() && !tense_read && tense_at(w, e.first, e.last).is_none() {
                    own();
                }
                if let Some(date) = resolved {
                    let year = match e.base {
                        Base::Cal {
                            y: Some(y),
                            m: None,
                            ..
                        } if e.part.is_none() => Some(y),
                        _ => None,
                    };
                    if undated_clock {
                        undated_clocks.push((e, out.dates.len()));
                    }
                    out.dates.push(DateDraft {
                        span: w.span(e.first, e.last),
                        date,
                        anchor: e.first,
                        year,
                        explicit,
                    });
                    if let Base::Weekday { .. } | Base::Month { .. } = e.base
                        && let Some(day) = start.flatten()
                    {
                        before = Some(DayBefore {
                            e,
                            day,
                            at: out.dates.len() - 1,
                        });
                    }
                }
            }
            Item::Duration(v) => {
                // "an hour and a half": the fraction belongs to the length of time.
                // "an hour and 20 minutes": so is the number of the smaller unit (the one
                // length from "a" or "an" of more than a couple of units).
                let joined =
                    v.amount.is_some_and(|a| a > 2.0) && matches!(w.low(v.first), "a" | "an");
                let only_fraction = (i..=last)
                    .filter(|&k| taken(k))
                    .all(|k| (fraction(k) && k > v.unit_tok) || (joined && k <= v.unit_tok));
                if overlaps_figure && !only_fraction {
                    i += 1;
                    continue;
                }
                if let Some(d) = vague_duration(w, &v) {
                    out.durations.push(d);
                }
            }
        }
        out.covered.push((i, last));
        i = last + 1;
    }
    // "two years after his diagnosis", "three days later": a length of time counted from
    // another event, when no date was read from it.
    for (p, r) in phrases.iter().zip(roles) {
        let unit = p.last + 1;
        if *r == Role::RelativeDate
            && !out.covered.iter().any(|&(a, b)| a <= unit && p.first <= b)
            && let Some(d) = crate::extract::duration::duration(w, p, unit)
        {
            out.durations.push(d);
        }
    }
    // The tense of a sentence with dates carries to the next one (read when it is needed).
    match own_tense {
        Some(Some(t)) => {
            ctx.tense = Some(t);
            ctx.untensed.clear();
        }
        Some(None) => {}
        None if !out.dates.is_empty() => ctx.untensed.push(w.sentence.slice(w.text).to_string()),
        None => {}
    }
}

/// How many tokens after a clock time alone a day may be named and still be its day.
const CLOCK_DAY_REACH: usize = 10;

/// Words of hours that come round every day: clock times in their sentence take no day
/// from the sentence before.
const RECURRING: [&str; 5] = ["curfew", "curfews", "nightly", "daily", "every"];

/// Tokens before a date searched for the "had" of a past perfect.
const PERFECT_REACH: usize = 8;

/// Whether the date at token `first` is told in a past perfect ("The boat had left Zuwara on
/// Saturday evening"): a time before the story's own, so a clock time alone after it ("A
/// patrol vessel reached the boat at 4:40 a.m.") is not of its day. "had" before "to" (a
/// must) or a determiner or number (a having) is none; a comma or other mark ends the
/// search.
fn in_past_perfect(w: &Words, first: usize) -> bool {
    (first.saturating_sub(PERFECT_REACH)..first)
        .rev()
        .take_while(|&t| w.is_word(t) || w.is_number(t))
        .any(|t| {
            matches!(w.low(t), "had" | "hadn't") && w.is_word(t + 1) && !possession_or_must(w, t)
        })
}

/// A weekday read before in the same sentence: its expression, the day it resolved to, and
/// its place among the sentence's dates.
#[derive(Debug, Clone, Copy)]
struct DayBefore {
    e: Expr,
    day: Date,
    at: usize,
}

/// Whether the weekday `e` is joined by "and" or "or" to one with "next", "last" or "this"
/// right before it ("would strike again next Thursday and Friday"): it is the first such day
/// after that one, not a day the tense places.
fn follows_a_shifted_day(w: &Words, e: &Expr, before: &DayBefore) -> bool {
    let Base::Weekday {
        wd,
        shift: Shift::Tense,
    } = e.base
    else {
        return false;
    };
    matches!(before.e.base, Base::Weekday { wd: first, shift: Shift::Next | Shift::Last | Shift::This } if first != wd)
        && e.first >= 2
        && before.e.last + 2 == e.first
        && matches!(w.low(e.first - 1), "and" | "or")
}

/// Whether the weekday `e` ends a span that the weekday `before` starts ("scheduled to run
/// from Friday to Sunday", "between Monday and Wednesday"): the start is not after the end.
fn ends_a_span(w: &Words, e: &Expr, before: &DayBefore) -> bool {
    matches!(e.base, Base::Weekday { .. })
        && matches!(before.e.base, Base::Weekday { .. })
        && e.first >= 2
        && before.e.first >= 1
        && before.e.last + 2 == e.first
        && matches!(
            (w.low(before.e.first - 1), w.low(e.first - 1)),
            ("from", "to" | "through" | "until" | "till") | ("between", "and")
        )
}

/// Whether the month `e` ends a span that the month `before` starts ("between March and
/// May", "from November to January").
fn ends_a_month_span(w: &Words, e: &Expr, before: &DayBefore) -> bool {
    matches!(
        e.base,
        Base::Month {
            shift: Shift::Tense,
            ..
        }
    ) && matches!(before.e.base, Base::Month { .. })
        && e.first >= 2
        && before.e.first >= 1
        && before.e.last + 2 == e.first
        && matches!(
            (w.low(before.e.first - 1), w.low(e.first - 1)),
            ("from", "to" | "through" | "until" | "till") | ("between", "and")
        )
}

/// Whether a date expression is a clock time with no day of its own ("at 2.15am", "at
/// 10:40pm"), which `clock_first` reads as a time of the publication day.
/// Whether the date starting at token `first` is the day of a saying: right after a verb of
/// saying, maybe with "on" and one word between ("said on Monday", "said Monday", "told AFP
/// on Monday").
fn dates_a_saying(w: &Words, first: usize) -> bool {
    let reporting = &crate::extract::date_words::date_words().reporting;
    let mut k = first;
    if k >= 1 && w.low(k - 1) == "on" {
        k -= 1;
    }
    (1..=2).any(|back| k >= back && reporting.contains(w.low(k - back)))
}

fn is_clock_alone(w: &Words, e: &Expr) -> bool {
    matches!(
        e.base,
        Base::Offset {
            unit: Unit::Day,
            n: 0
        }
    ) && matches!(e.clock, Some(Clock::At(..)))
        && !matches!(w.low(e.first), "today" | "tonight")
        && !matches!(w.low(e.last), "today" | "tonight")
}

/// The share of a unit a "UNIT-long" length may be below and above it ("a day-long
/// blackout" of 14 hours, "a week-long strike" of five working days).
const LONG_LOW: f64 = 0.5;
const LONG_HIGH: f64 = 1.25;

/// The duration draft of a length of time written without a number phrase.
fn vague_duration(w: &Words, v: &crate::extract::date_parse::Vague) -> Option<DurationDraft> {
    let (unit, designator, factor) = match v.unit {
        "second" => ("second", "S", 1.0),
        "minute" => ("minute", "M", 1.0),
        "hour" => ("hour", "H", 1.0),
        "day" => ("day", "D", 1.0),
        "week" => ("week", "W", 1.0),
        "fortnight" => ("week", "W", 2.0),
        "month" => ("month", "M", 1.0),
        "year" => ("year", "Y", 1.0),
        // "a decade" is ten years in TimeML; an unknown number of decades stays in decades.
        "decade" if v.amount.is_some() => ("year", "Y", 10.0),
        "century" if v.amount.is_some() => ("year", "Y", 100.0),
        "decade" => ("decade", "DE", 1.0),
        "century" => ("century", "CE", 1.0),
        _ => return None,
    };
    let t = if matches!(unit, "hour" | "minute" | "second") {
        "T"
    } else {
        ""
    };
    // "a day-long blackout", "a week-long strike": about one unit, said of anything from a
    // working day or week to a little more than the unit.
    let long = v.last == v.unit_tok + 2 && w.low(v.last) == "long";
    // "over a week", but not "over the past year" (during it).
    let bound = crate::extract::phrase::bound_before(w, v.first)
        .filter(|_| !long && matches!(w.low(v.first), "a" | "an" | "half"));
    let (timex, interval, qualifier) = match v.amount {
        Some(a) if long => {
            let a = a * factor;
            (
                format!("P{t}{a}{designator}"),
                Interval::between(LONG_LOW * a, LONG_HIGH * a),
                Qualifier::About,
            )
        }
        Some(a) => {
            let a = a * factor;
            let amount = if a.fract() == 0.0 {
                format!("{}", a as i64)
            } else {
                format!("{a}")
            };
            // "nearly a decade", "more than a week": the qualifier bounds the length.
            let q = bound.map_or(Qualifier::Exact, |(q, _)| q);
            (
                format!("P{t}{amount}{designator}"),
                crate::extract::figure::interval(q, a, a, a, 0.0),
                q,
            )
        }
        None => (
            format!("P{t}X{designator}"),
            Interval::at_least(2.0 * factor),
            Qualifier::Plural,
        ),
    };
    let first = match (bound, v.amount) {
        (Some((_, start)), Some(_)) => start,
        _ => v.first,
    };
    Some(DurationDraft {
        span: w.span(first, v.last),
        duration: Duration {
            timex,
            interval,
            qualifier,
            unit: unit.to_string(),
        },
        what: what_lasted(w, v.unit_tok),
        anchor: v.first,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::extract::role::role;
    use proptest::prelude::*;

    fn ymd(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// (span text, timex) of each date and duration in `s`, published on `anchor`.
    fn read(s: &str, anchor: Option<&str>) -> Vec<(String, String)> {
        let mut ctx = DateContext::new(anchor.map(ymd));
        read_with(s, &mut ctx)
    }

    fn read_with(s: &str, ctx: &mut DateContext) -> Vec<(String, String)> {
        let w = Words::new(s, Span::new(0, s.len()));
        let phrases = find_phrases(&w);
        let roles: Vec<Role> = phrases.iter().map(|p| role(&w, p)).collect();
        let found = dates(&w, &phrases, &roles, ctx);
        let mut out: Vec<(usize, String, String)> = found
            .dates
            .iter()
            .map(|d| {
                (
                    d.span.start(),
                    d.span.slice(s).to_string(),
                    d.date.timex.clone(),
                )
            })
            .chain(found.durations.iter().map(|d| {
                (
                    d.span.start(),
                    d.span.slice(s).to_string(),
                    d.duration.timex.clone(),
                )
            }))
            .collect();
        out.sort();
        out.into_iter().map(|(_, a, b)| (a, b)).collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    const SEED: &str = "2015-12-11";

    #[test]
    fn a_year_written_once_at_the_end_is_the_earlier_days_too() {
        let on = Some("2025-11-13");
        assert_eq!(
            read(
                "The Games will begin on 3 October and end on 19 October 2036.",
                on
            ),
            pairs(&[
                ("3 October", "2036-10-03"),
                ("19 October 2036", "2036-10-19")
            ])
        );
        assert_eq!(
            read("The Games will run from 20 December to 5 January 2037.", on),
            pairs(&[
                ("20 December", "2036-12-20"),
                ("5 January 2037", "2037-01-05")
            ])
        );
        // Another year between: the earlier day is not the later one's.
        assert_eq!(
            read(
                "The talks began on 3 October, in 2024 by some accounts, and end on 19 October 2036.",
                on
            )[0],
            ("3 October".to_string(), "2025-10-03".to_string())
        );
    }

    #[test]
    fn a_day_just_ahead_after_a_perfect_or_a_planned_strike_is_ahead() {
        let on = Some("2025-03-05");
        assert_eq!(
            read("Unite has called a further strike from 12 March.", on),
            pairs(&[("12 March", "2025-03-12")])
        );
        assert_eq!(
            read("The union called a walkout starting on 14 March.", on),
            pairs(&[("14 March", "2025-03-14")])
        );
        // A day just gone stays gone, and a day months ahead is no perfect's.
        assert_eq!(
            read(
                "Police have arrested a man after the stabbing on 3 March.",
                on
            ),
            pairs(&[("3 March", "2025-03-03")])
        );
        assert_eq!(
            read(
                "The company has reported losses since the fire on 12 June.",
                on
            ),
            pairs(&[("12 June", "2024-06-12")])
        );
    }

    #[test]
    fn its_schedule_is_a_noun_and_tells_no_time_ahead() {
        assert_eq!(
            read(
                "JetBlue Airways, which has its biggest focus city at Boston, said it had canceled 40 percent of its schedule on Monday.",
                Some("2025-02-12")
            ),
            pairs(&[("Monday", "2025-02-10")])
        );
    }

    #[test]
    fn a_month_of_the_same_year_is_of_the_year_written_before() {
        let mut ctx = DateContext::new(Some(ymd("2026-03-13")));
        read_with("In July 2024, two buses were swept into a river.", &mut ctx);
        assert_eq!(
            read_with(
                "In August of the same year, 27 pilgrims died when their bus fell.",
                &mut ctx
            ),
            pairs(&[("August of the same year", "2024-08")])
        );
        assert_eq!(
            read_with("Another attack came in May of that year.", &mut ctx),
            pairs(&[("May of that year", "2024-05")])
        );
        // A month alone is still this story's.
        assert_eq!(
            read_with("The bus was bought in August.", &mut ctx),
            pairs(&[("August", "2025-08")])
        );
    }

    #[test]
    fn a_day_a_launch_was_scheduled_for_past_an_aside_is_the_nearest() {
        assert_eq!(
            read(
                "Arianespace had scheduled the next Vega-C launch, carrying an ESA science mission, for June 18.",
                Some("2026-03-12")
            ),
            pairs(&[("June 18", "2026-06-18")])
        );
        assert_eq!(
            read(
                "The union has called two more strike days for March 19 and 20.",
                Some("2026-03-13")
            ),
            pairs(&[("March 19 and 20", "(2026-03-19,2026-03-20,P1D)")])
        );
    }

    #[test]
    fn days_of_strikes_announced_or_called_are_the_nearest() {
        assert_eq!(
            read(
                "The union announced two further days of strikes, on 19 and 20 March.",
                Some("2026-03-12")
            ),
            pairs(&[
                ("days", "PXD"),
                ("19", "2026-03-19"),
                ("20 March", "2026-03-20")
            ])
        );
        // The day of the announcing is past.
        assert_eq!(
            read(
                "The union announced on 19 March a new strike.",
                Some("2026-03-12")
            ),
            pairs(&[("19 March", "2025-03-19")])
        );
    }

    #[test]
    fn a_weekday_declared_a_day_of_mourning_is_to_come() {
        assert_eq!(
            read(
                "He declared Wednesday a day of national mourning.",
                Some("2026-03-10")
            ),
            pairs(&[("Wednesday", "2026-03-11"), ("a day", "P1D")])
        );
        assert_eq!(
            read(
                "He declared Wednesday that the war was over.",
                Some("2026-03-10")
            ),
            pairs(&[("Wednesday", "2026-03-04")])
        );
    }

    #[test]
    fn a_clock_time_alone_is_not_of_a_day_told_in_a_past_perfect() {
        let mut ctx = DateContext::new(Some(ymd("2026-03-09")));
        read_with(
            "The coast guard rescued 47 migrants early on Monday.",
            &mut ctx,
        );
        read_with("The boat had left Zuwara on Saturday evening.", &mut ctx);
        assert_eq!(
            read_with("A patrol vessel reached the boat at 4:40 a.m.", &mut ctx),
            pairs(&[("4:40 a.m.", "2026-03-09T04:40")])
        );
        // A day told in the simple past is the clock time's.
        let mut ctx = DateContext::new(Some(ymd("2026-03-09")));
        read_with("The boat left Zuwara on Saturday evening.", &mut ctx);
        assert_eq!(
            read_with("It capsized at 11 p.m.", &mut ctx),
            pairs(&[("11 p.m.", "2026-03-07T23:00")])
        );
    }

    #[test]
    fn a_clock_time_told_again_alone_is_of_the_day_it_was_told_with() {
        let mut ctx = DateContext::new(Some(ymd("2026-03-11")));
        read_with("The outage began at 3:16 p.m. on Tuesday.", &mut ctx);
        read_with("Power returned at 6 a.m. on Wednesday.", &mut ctx);
        // Another time alone is of the last day named.
        assert_eq!(
            read_with("Crews left at 9 a.m.", &mut ctx),
            pairs(&[("9 a.m.", "2026-03-11T09:00")])
        );
        assert_eq!(
            read_with(
                "The line tripped at 3:16 p.m., the operator said.",
                &mut ctx
            ),
            pairs(&[("3:16 p.m.", "2026-03-10T15:16")])
        );
        // A time that took its day from the sentence before, told again long after.
        let mut ctx = DateContext::new(Some(ymd("2026-03-11")));
        read_with("Millions lost power on Tuesday.", &mut ctx);
        read_with("The outage began at 3:16 p.m.", &mut ctx);
        read_with("By 6 a.m. on Wednesday, power was back.", &mut ctx);
        for _ in 0..3 {
            read_with("Hospitals switched to generators.", &mut ctx);
        }
        assert_eq!(
            read_with("He said the line tripped at 3:16 p.m.", &mut ctx),
            pairs(&[("3:16 p.m.", "2026-03-10T15:16")])
        );
    }

    #[test]
    fn a_weekday_after_a_names_no_day() {
        assert_eq!(
            read(
                "The union has called two more strike days for March 19 and 20, a Thursday and a Friday.",
                Some("2026-03-13")
            ),
            pairs(&[("March 19 and 20", "(2026-03-19,2026-03-20,P1D)")])
        );
        assert_eq!(
            read("He said so in a Sunday statement.", Some("2016-06-05")),
            pairs(&[("Sunday", "2016-06-05")])
        );
    }

    #[test]
    fn a_day_joined_to_next_thursday_follows_it() {
        assert_eq!(
            read(
                "The union said late on Thursday that pilots would strike again next Thursday and Friday.",
                Some("2026-03-12")
            ),
            pairs(&[
                ("Thursday", "2026-03-12"),
                ("next Thursday", "2026-03-19"),
                ("Friday", "2026-03-20")
            ])
        );
    }

    #[test]
    fn the_start_of_a_span_of_weekdays_is_not_after_its_end() {
        assert_eq!(
            read(
                "The festival was scheduled to run from Friday to Sunday.",
                Some("2026-07-12")
            ),
            pairs(&[("Friday", "2026-07-10"), ("Sunday", "2026-07-12")])
        );
        // Both ahead stay ahead.
        assert_eq!(
            read(
                "The festival will run from Friday to Sunday.",
                Some("2026-07-08")
            ),
            pairs(&[("Friday", "2026-07-10"), ("Sunday", "2026-07-12")])
        );
    }

    #[test]
    fn a_clock_time_in_a_zone_named_by_a_place_takes_the_day_after_it() {
        assert_eq!(
            read(
                "The tender offer will expire at midnight New York time on April 7 unless extended.",
                Some("2026-03-09")
            ),
            pairs(&[("midnight New York time on April 7", "2026-04-07T24:00")])
        );
        assert_eq!(
            read(
                "Trading resumes at 9 a.m. Eastern time Friday.",
                Some("2026-03-09")
            ),
            pairs(&[("9 a.m. Eastern time Friday", "2026-03-13T09:00")])
        );
    }

    #[test]
    fn a_day_that_names_its_happening_is_the_nearest_whatever_the_tense() {
        let a = Some("2026-03-11");
        assert_eq!(
            read(
                "Candidates campaigned on Sunday for the June 7 election.",
                a
            ),
            pairs(&[("Sunday", "2026-03-08"), ("June 7", "2026-06-07")])
        );
        assert_eq!(
            read(
                "The auction came a week before the Federal Reserve's March 17-18 policy meeting.",
                a
            ),
            pairs(&[
                ("a week", "P1W"),
                ("March 17-18", "(2026-03-17,2026-03-18,P1D)")
            ])
        );
        // A day the verb places is past.
        assert_eq!(
            read("Candidates campaigned on June 7.", a),
            pairs(&[("June 7", "2025-06-07")])
        );
    }

    #[test]
    fn a_sentence_in_the_present_tells_of_now_not_of_an_old_year_before_it() {
        let mut ctx = DateContext::new(Some(ymd("2026-03-15")));
        read_with("The museum opened in 1887.", &mut ctx);
        assert_eq!(
            read_with("The museum is open on Fridays from April.", &mut ctx),
            pairs(&[("April", "2026-04")])
        );
        // A past sentence goes on with the story's time.
        let mut ctx = DateContext::new(Some(ymd("2026-03-15")));
        read_with("The museum opened in 1887.", &mut ctx);
        assert_eq!(
            read_with("It closed in April for repairs.", &mut ctx),
            pairs(&[("April", "1887-04")])
        );
    }

    #[test]
    fn seed_article_dates() {
        let mut ctx = DateContext::new(Some(ymd(SEED)));
        assert_eq!(
            read_with(
                "U.S. Secretary of State John Kerry will meet Russian President Vladimir Putin in Moscow next week to discuss a transition.",
                &mut ctx
            ),
            pairs(&[("next week", "2015-W51")])
        );
        assert_eq!(
            read_with(
                "The visit on Tuesday comes as the U.S. seeks agreement for a meeting that Kerry wants to hold on Dec. 18 in New York.",
                &mut ctx
            ),
            pairs(&[("Tuesday", "2015-12-15"), ("Dec. 18", "2015-12-18")])
        );
        assert_eq!(
            read(
                "“Kerry will discuss ongoing efforts,” the State Department said Friday, referring to Islamic State.",
                Some(SEED)
            ),
            pairs(&[("Friday", "2015-12-11")])
        );
        assert_eq!(
            read(
                "International talks on Syria in Vienna in November set a deadline of Jan. 1 for dialog to begin.",
                Some(SEED)
            ),
            pairs(&[("November", "2015-11"), ("Jan. 1", "2016-01-01")])
        );
        assert_eq!(
            read(
                "Lavrov said in an interview with Italian media published Dec. 9.",
                Some(SEED)
            ),
            pairs(&[("Dec. 9", "2015-12-09")])
        );
        assert_eq!(
            read(
                "MOSCOW, Dec. 16 - Kerry and Putin agreed on Tuesday to press ahead with talks.",
                Some("2015-12-16")
            ),
            pairs(&[("Dec. 16", "2015-12-16"), ("Tuesday", "2015-12-15")])
        );
        assert_eq!(
            read(
                "the group would meet in New York on Friday, Dec. 18, and would seek a resolution",
                Some("2015-12-16")
            ),
            pairs(&[("Friday, Dec. 18", "2015-12-18")])
        );
    }

    #[test]
    fn full_partial_and_numeric_dates() {
        let a = Some(SEED);
        assert_eq!(
            read("on December 18, 2015,", a),
            pairs(&[("December 18, 2015", "2015-12-18")])
        );
        assert_eq!(
            read("on 18 December the", a),
            pairs(&[("18 December", "2015-12-18")])
        );
        assert_eq!(
            read("filed 12/18/2015 in", a),
            pairs(&[("12/18/2015", "2015-12-18")])
        );
        assert_eq!(
            read("began in March 2011,", a),
            pairs(&[("March 2011", "2011-03")])
        );
        assert_eq!(
            read("due by Sept. 30.", a),
            pairs(&[("Sept. 30", "2016-09-30")])
        );
        assert_eq!(
            read("talks on Dec. 14-16 in Paris", a),
            pairs(&[("Dec. 14-16", "(2015-12-14,2015-12-16,P2D)")])
        );
        assert_eq!(
            read("by the end of the 1960s", a),
            pairs(&[("the end of the 1960s", "196")])
        );
        assert_eq!(
            read("the 2009-2010 pandemic", a),
            pairs(&[("2009", "2009"), ("2010", "2010")])
        );
    }

    #[test]
    fn days_written_day_first_are_dates() {
        let a = Some("2026-10-13");
        assert_eq!(
            read("Italy held a vote. They voted on 22 and 23 March.", a),
            pairs(&[("22", "2026-03-22"), ("23 March", "2026-03-23")])
        );
        assert_eq!(
            read("Italy held a vote. Voting was held on 22 March.", a),
            pairs(&[("22 March", "2026-03-22")])
        );
        // A period a past verb announced starts on the nearest such day, still to come.
        assert_eq!(
            read(
                "Italy mourned. The President declared national mourning from 14 to 16 October.",
                a
            ),
            pairs(&[("14", "2026-10-14"), ("16 October", "2026-10-16")])
        );
        // What happened on such a day is past.
        assert_eq!(
            read(
                "Italy mourned. Fighting raged from 20 October until the truce.",
                a
            ),
            pairs(&[("20 October", "2025-10-20")])
        );
    }

    #[test]
    fn a_month_of_a_year_told_from_publication_is_one_date() {
        let a = Some(SEED);
        assert_eq!(
            read("The programme was stopped in March of last year.", a),
            pairs(&[("March of last year", "2014-03")])
        );
        assert_eq!(
            read("Nissan announced 20,000 job cuts in May last year.", a),
            pairs(&[("May last year", "2014-05")])
        );
        assert_eq!(
            read("The plant will close in March next year.", a),
            pairs(&[("March next year", "2016-03")])
        );
        assert_eq!(
            read("He took over in April this year.", a),
            pairs(&[("April this year", "2015-04")])
        );
    }

    #[test]
    fn relative_days_weeks_months_and_years() {
        let a = Some(SEED);
        assert_eq!(
            read("He arrived yesterday.", a),
            pairs(&[("yesterday", "2015-12-10")])
        );
        assert_eq!(
            read("He leaves tomorrow.", a),
            pairs(&[("tomorrow", "2015-12-12")])
        );
        assert_eq!(
            read("He said it today.", a),
            pairs(&[("today", "2015-12-11")])
        );
        assert_eq!(
            read("Prices fell last month.", a),
            pairs(&[("last month", "2015-11")])
        );
        assert_eq!(
            read("Sales rose this year.", a),
            pairs(&[("this year", "2015")])
        );
        assert_eq!(
            read("It happened two days ago.", a),
            pairs(&[("two days ago", "2015-12-09")])
        );
        assert_eq!(
            read("It began four years ago.", a),
            pairs(&[("four years ago", "2011")])
        );
        assert_eq!(
            read("They met last Monday.", a),
            pairs(&[("last Monday", "2015-12-07")])
        );
        assert_eq!(
            read("They will meet next Tuesday.", a),
            pairs(&[("next Tuesday", "2015-12-15")])
        );
        assert_eq!(
            read("It rose earlier this month.", a),
            pairs(&[("this month", "2015-12")])
        );
        assert_eq!(
            read("The vote was held in early December.", a),
            pairs(&[("early December", "2015-12")])
        );
        assert_eq!(
            read("Growth slowed in mid-2015.", a),
            pairs(&[("mid-2015", "2015")])
        );
        assert_eq!(
            read("Growth will slow by the end of the year.", a),
            pairs(&[("the end of the year", "2015")])
        );
        assert_eq!(
            read("The firm earned more last summer.", a),
            pairs(&[("last summer", "2015-SU")])
        );
        assert_eq!(
            read("The fourth quarter of 2014 was weak.", a),
            pairs(&[("The fourth quarter of 2014", "2014-Q4")])
        );
        assert_eq!(
            read("Stocks rallied at 4 p.m. Tuesday.", a),
            pairs(&[("4 p.m. Tuesday", "2015-12-08T16:00")])
        );
        assert_eq!(
            read("The vote ended at 4 p.m.", a),
            pairs(&[("4 p.m.", "2015-12-11T16:00")])
        );
        // The time in another zone, in brackets, between the time and its day.
        assert_eq!(
            read(
                "The accident occurred at around 15:20 local time (1220 GMT) on Tuesday.",
                a
            ),
            pairs(&[("15:20 local time (1220 GMT) on Tuesday", "2015-12-08T15:20")])
        );
    }

    #[test]
    fn vague_references_and_durations() {
        let a = Some(SEED);
        assert_eq!(
            read("Prices are now higher.", a),
            pairs(&[("now", "PRESENT_REF")])
        );
        assert_eq!(
            read("He currently lives there.", a),
            pairs(&[("currently", "PRESENT_REF")])
        );
        assert_eq!(
            read("as in the past.", a),
            pairs(&[("the past", "PAST_REF")])
        );
        assert_eq!(
            read("for the future.", a),
            pairs(&[("the future", "FUTURE_REF")])
        );
        assert_eq!(
            read("the worst in a decade", a),
            pairs(&[("a decade", "P10Y")])
        );
        assert_eq!(read("for a week", a), pairs(&[("a week", "P1W")]));
        // After a figure and its noun, "a day" is a rate.
        assert_eq!(
            read(
                "The strike is costing the company 1.1 billion rupees a day.",
                a
            ),
            pairs(&[])
        );
        assert_eq!(read("The field pumps 1,000 barrels a day.", a), pairs(&[]));
        // An age of a thing is no length.
        assert_eq!(
            read("The fire destroyed centuries-old churches.", a),
            pairs(&[])
        );
        // What the noun is of may stand between the figure and its rate.
        let s = "The pipeline carries around 180,000 barrels of crude a day.";
        assert_eq!(read(s, a), pairs(&[]));
        let s = "It exports 40 million cubic metres of gas a year.";
        assert_eq!(read(s, a), pairs(&[]));
        assert_eq!(
            read("hospitalized in the past several months.", a),
            pairs(&[("the past several months", "PXM")])
        );
        assert_eq!(
            read("fighting in recent weeks", a),
            pairs(&[("recent weeks", "PXW")])
        );
        assert_eq!(
            read("Fighting raged for days.", a),
            pairs(&[("days", "PXD")])
        );
        // Kinds of day are no length: a happening, a compound or a superlative before the
        // plural, or a calendar after it.
        for s in [
            "The union has called two more strike days.",
            "Pilots struck on one of the busiest business-travel days.",
            "Pilots struck on the busiest days of the week.",
        ] {
            assert_eq!(read(s, a), pairs(&[]), "{s}");
        }
        assert_eq!(
            read("a meeting that lasted an hour and a half", a),
            pairs(&[("an hour and a half", "PT1.5H")])
        );
    }

    #[test]
    fn a_sentence_without_tense_takes_the_last_one_with_dates_that_showed_one() {
        // The first sentence's date needs no tense, so its tense ("will") is read only when
        // the third sentence's "Tuesday" needs it; the second has no date and carries none.
        for (first, tuesday) in [
            (
                "Talks will resume in Geneva on Dec. 20, 2015.",
                "2015-12-15",
            ),
            ("Talks resumed in Geneva on Dec. 2, 2015.", "2015-12-08"),
        ] {
            let mut ctx = DateContext::new(Some(ymd(SEED)));
            read_with(first, &mut ctx);
            read_with("Officials said nothing about it.", &mut ctx);
            assert_eq!(
                read_with("The delegations meet on Tuesday.", &mut ctx),
                pairs(&[("Tuesday", tuesday)]),
                "after {first:?}"
            );
        }
        // A later sentence with dates and no tense leaves the earlier one's.
        let mut ctx = DateContext::new(Some(ymd(SEED)));
        read_with("Talks will resume in Geneva on Dec. 20, 2015.", &mut ctx);
        read_with("Geneva hosts them in 2015 as in 2014.", &mut ctx);
        assert_eq!(
            read_with("The delegations meet on Tuesday.", &mut ctx),
            pairs(&[("Tuesday", "2015-12-15")])
        );
    }

    #[test]
    fn words_that_look_past_but_describe_or_look_ahead_leave_a_date_ahead() {
        for (s, text, value) in [
            (
                "The bank will start writing to affected customers on 23 March.",
                "23 March",
                "2026-03-23",
            ),
            (
                "Harlan will lay off 1,150 workers starting May 15.",
                "May 15",
                "2026-05-15",
            ),
        ] {
            assert_eq!(read(s, Some("2026-03-10")), pairs(&[(text, value)]), "{s}");
        }
        // Told on Saturday 7 March, mourning declared to start on Sunday starts the next day;
        // told on Tuesday 10 March, the Sunday it started on is gone.
        let s = "The government had declared three days of national mourning starting on Sunday.";
        assert_eq!(
            read(s, Some("2026-03-07")),
            pairs(&[("Sunday", "2026-03-08")])
        );
        assert_eq!(
            read(s, Some("2026-03-10")),
            pairs(&[("Sunday", "2026-03-08")])
        );
    }

    #[test]
    fn a_clock_time_alone_takes_the_day_named_just_before_it() {
        // Published Monday 2019-03-11: the arrest was on Sunday night.
        assert_eq!(
            read(
                "The man was arrested on Sunday night at around 10:40pm local time.",
                Some("2019-03-11")
            ),
            pairs(&[
                ("Sunday night", "2019-03-10TNI"),
                ("10:40pm", "2019-03-10T22:40")
            ])
        );
        // The next two sentences still tell of that day ("what witnesses saw that morning"
        // between the shooting's day and its time); three sentences on, it is forgotten.
        let mut ctx = DateContext::new(Some(ymd("2007-04-12")));
        read_with(
            "He was arrested after the Monday morning shootings.",
            &mut ctx,
        );
        read_with(
            "Authorities described what witnesses saw that morning.",
            &mut ctx,
        );
        assert_eq!(
            read_with("He walked in around 10 a.m. with a shotgun.", &mut ctx),
            pairs(&[("10 a.m.", "2007-04-09T10:00")])
        );
        let mut ctx = DateContext::new(Some(ymd("2018-09-05")));
        read_with(
            "The quake shook the region in the early hours of yesterday.",
            &mut ctx,
        );
        assert_eq!(
            read_with("The tremor struck at 2.15am.", &mut ctx),
            pairs(&[("2.15am", "2018-09-04T02:15")])
        );
        let mut ctx = DateContext::new(Some(ymd("2018-09-05")));
        read_with("The quake shook the region yesterday.", &mut ctx);
        read_with("Four people died.", &mut ctx);
        read_with("Homes were damaged.", &mut ctx);
        assert_eq!(
            read_with("The vote ended at 4 p.m.", &mut ctx),
            pairs(&[("4 p.m.", "2018-09-05T16:00")])
        );
        // The small hours after an evening's clock time are of the next day; a clock time
        // of the day is of the same one.
        let mut ctx = DateContext::new(Some(ymd("2026-03-15")));
        read_with("The violence began around 6:40 p.m. Saturday.", &mut ctx);
        assert_eq!(
            read_with("The officers were released shortly before 4 a.m.", &mut ctx),
            pairs(&[("4 a.m.", "2026-03-15T04:00")])
        );
        let mut ctx = DateContext::new(Some(ymd("2026-03-15")));
        read_with("The violence began around 2:40 p.m. Saturday.", &mut ctx);
        assert_eq!(
            read_with("Police arrived at 4 a.m.", &mut ctx),
            pairs(&[("4 a.m.", "2026-03-14T04:00")])
        );
        // "today at 4 p.m." is the publication day's.
        assert_eq!(
            read(
                "He spoke on Monday. Talks end today at 4 p.m.",
                Some("2018-09-05")
            ),
            pairs(&[
                ("Monday", "2018-09-03"),
                ("today at 4 p.m.", "2018-09-05T16:00")
            ])
        );
    }

    #[test]
    fn a_clock_time_after_the_day_of_a_saying_keeps_the_day_of_the_happening() {
        // 2026-09-14 is a Monday.
        let mut ctx = DateContext::new(Some(ymd("2026-09-14")));
        read_with(
            "Fourteen people were killed in a stampede on Sunday, officials said on Monday.",
            &mut ctx,
        );
        assert_eq!(
            read_with("The panic started at about 5 a.m.", &mut ctx),
            pairs(&[("5 a.m.", "2026-09-13T05:00")])
        );
    }

    #[test]
    fn a_recent_year_named_in_passing_ends_with_its_sentence() {
        // The month of the sentence after `first`, read in one article.
        let month_after = |first: &str, second: &str| {
            let mut ctx = DateContext::new(Some(ymd("2026-11-25")));
            read_with(first, &mut ctx);
            read_with(second, &mut ctx)
        };
        assert_eq!(
            month_after(
                "The record was set in 2018, when police found 9 tonnes.",
                "The investigation, which began in March, led to the arrests."
            ),
            pairs(&[("March", "2026-03")])
        );
        // A target year ahead starts no story.
        assert_eq!(
            month_after(
                "It aims to build 120,000 homes by 2032.",
                "In March, the bill won 226 votes."
            ),
            pairs(&[("March", "2026-03")])
        );
        // A year long before does: "In 1962 … In March, …" tells of 1962.
        assert_eq!(
            month_after(
                "In 1962 the army seized power.",
                "In March, it closed the borders."
            ),
            pairs(&[("March", "1962-03")])
        );
    }

    #[test]
    fn a_calendar_day_in_a_sentence_with_no_tense_is_the_nearest() {
        // 2026-11-13; the sentence before is in the past, this one has none of its own ("a
        // week ago" dates another thing).
        let mut ctx = DateContext::new(Some(ymd("2026-11-13")));
        read_with("The Fed lowered its key rate last month.", &mut ctx);
        assert_eq!(
            read_with(
                "Futures put the odds of a cut at the Dec. 16 meeting at 40 percent, down \
                 from 65 percent a week ago.",
                &mut ctx
            )
            .into_iter()
            .filter(|(t, _)| t == "Dec. 16")
            .collect::<Vec<_>>(),
            pairs(&[("Dec. 16", "2026-12-16")])
        );
    }

    #[test]
    fn a_span_of_months_keeps_one_year() {
        assert_eq!(
            read(
                "The outlook, released last Thursday, gives a 30 per cent chance of rain between March and May.",
                Some("2025-03-05")
            ),
            pairs(&[
                ("last Thursday", "2025-02-27"),
                ("March", "2025-03"),
                ("May", "2025-05")
            ])
        );
    }

    #[test]
    fn a_clock_time_alone_takes_the_day_named_later_in_its_clause() {
        // 2025-11-22 is a Saturday.
        assert_eq!(
            read(
                "Voting took place between 7 a.m. and 10 p.m. on Friday.",
                Some("2025-11-22")
            ),
            pairs(&[
                ("7 a.m.", "2025-11-21T07:00"),
                ("10 p.m. on Friday", "2025-11-21T22:00")
            ])
        );
        assert_eq!(
            read(
                "The tornado touched down at 11:14 p.m. near the county line late Saturday.",
                Some("2025-04-07")
            )[0],
            ("11:14 p.m.".to_string(), "2025-04-05T23:14".to_string())
        );
    }

    #[test]
    fn the_hours_of_a_curfew_take_no_day_from_the_sentence_before() {
        let mut ctx = DateContext::new(Some(ymd("2025-03-04")));
        assert_eq!(
            read_with("Schools will reopen Thursday.", &mut ctx),
            pairs(&[("Thursday", "2025-03-06")])
        );
        assert_eq!(
            read_with(
                "The curfew, from 7 p.m. to 6 a.m., remains in effect.",
                &mut ctx
            ),
            pairs(&[])
        );
    }

    #[test]
    fn a_weekday_week_is_the_one_after_next() {
        // 2025-03-05 is a Wednesday: "Saturday week" is not the coming Saturday (March 8)
        // but the one after.
        assert_eq!(
            read(
                "From Saturday week, every resident must register.",
                Some("2025-03-05")
            ),
            pairs(&[("Saturday week", "2025-03-15")])
        );
        // A word after "week" makes it some other week's ("the Saturday week schedule").
        let other = read(
            "The Saturday week schedule was changed.",
            Some("2025-03-05"),
        );
        assert_eq!(other[0].0, "Saturday");
    }

    #[test]
    fn a_scheduled_day_in_the_present_tense_lies_ahead() {
        // "Fed" is a name, no past of "feed"; "than expected" looks ahead of nothing.
        assert_eq!(
            read("The Fed meets on Dec. 16.", Some("2026-11-13")),
            pairs(&[("Dec. 16", "2026-12-16")])
        );
        assert_eq!(
            read(
                "Prices rose more than expected in October.",
                Some("2026-11-12")
            ),
            pairs(&[("October", "2026-10")])
        );
        assert_eq!(
            read("The Fed could cut again in December.", Some("2026-11-13")),
            pairs(&[("December", "2026-12")])
        );
    }

    #[test]
    fn a_weekday_ahead_named_on_that_weekday_is_the_day_of_the_report() {
        // 2021-06-15 is a Tuesday.
        assert_eq!(
            read(
                "Mr Mwangi returns to Nairobi on Tuesday.",
                Some("2021-06-15")
            ),
            pairs(&[("Tuesday", "2021-06-15")])
        );
        assert_eq!(
            read("The council will meet on Tuesday.", Some("2021-06-15")),
            pairs(&[("Tuesday", "2021-06-15")])
        );
        assert_eq!(
            read("The council will meet next Tuesday.", Some("2021-06-15")),
            pairs(&[("next Tuesday", "2021-06-22")])
        );
        assert_eq!(
            read("The council will meet on Wednesday.", Some("2021-06-15")),
            pairs(&[("Wednesday", "2021-06-16")])
        );
    }

    #[test]
    fn a_year_reached_back_to_starts_no_story_of_its_time() {
        let mut ctx = DateContext::new(Some(ymd("2026-03-17")));
        assert_eq!(
            read_with(
                "Sales fell to 3.9mn, the lowest annual total since 1995.",
                &mut ctx
            ),
            pairs(&[("1995", "1995")])
        );
        assert_eq!(
            read_with("Starts rose 4 per cent in February.", &mut ctx),
            pairs(&[("February", "2026-02")])
        );
        // A year written with no "since" before it starts one.
        let mut ctx = DateContext::new(Some(ymd("2026-03-17")));
        read_with("Sales fell to their lowest in 1995.", &mut ctx);
        assert_eq!(
            read_with("Starts rose 4 per cent in February.", &mut ctx),
            pairs(&[("February", "1995-02")])
        );
    }

    #[test]
    fn a_day_set_a_schedule_told_in_the_present_and_a_forecast_lie_ahead() {
        assert_eq!(
            read("The meeting concludes on Sunday.", Some("2026-03-14")),
            pairs(&[("Sunday", "2026-03-15")])
        );
        assert_eq!(
            read(
                "Further storms were forecast for eastern England on Tuesday.",
                Some("2026-06-22")
            ),
            pairs(&[("Tuesday", "2026-06-23")])
        );
        // "limited" describes the service and tells no past.
        assert_eq!(
            read(
                "Buses will resume limited service Thursday morning, Bell said.",
                Some("2026-03-11")
            ),
            pairs(&[("Thursday morning", "2026-03-12TMO")])
        );
        // What did not happen until a date lies before it.
        assert_eq!(
            read(
                "The ship was not released until late September.",
                Some("2026-03-11")
            ),
            pairs(&[("late September", "2025-09")])
        );
    }

    #[test]
    fn a_day_written_as_an_ordinal_word_is_that_day() {
        assert_eq!(
            read(
                "He began his protest on the first of February.",
                Some("2026-03-14")
            ),
            pairs(&[("the first of February", "2026-02-01")])
        );
        assert_eq!(
            read(
                "The vote is due on the fifth of June 2027.",
                Some("2026-03-14")
            ),
            pairs(&[("the fifth of June 2027", "2027-06-05")])
        );
    }

    #[test]
    fn a_meeting_set_for_a_day_lies_ahead() {
        assert_eq!(
            read(
                "The next round is set for July 12 in Nairobi.",
                Some("2021-06-15")
            ),
            pairs(&[("July 12", "2021-07-12")])
        );
        assert_eq!(
            read("They set the talks for July 12.", Some("2021-08-15")),
            pairs(&[("July 12", "2021-07-12")])
        );
        // The nearest such day: three months ahead, not nine months back.
        assert_eq!(
            read("The judge set sentencing for June 18.", Some("2024-03-12")),
            pairs(&[("June 18", "2024-06-18")])
        );
        assert_eq!(
            read(
                "The president called snap elections for 3 May.",
                Some("2024-03-12")
            ),
            pairs(&[("3 May", "2024-05-03")])
        );
    }

    #[test]
    fn after_midnight_is_the_start_of_the_day_and_midnight_its_end() {
        assert_eq!(
            read(
                "Gunmen stormed the school shortly after midnight on Sunday.",
                Some("2026-03-16")
            ),
            pairs(&[("midnight on Sunday", "2026-03-15T00:00")])
        );
        assert_eq!(
            read(
                "The dam gave way shortly before midnight on Sunday.",
                Some("2026-03-16")
            ),
            pairs(&[("midnight on Sunday", "2026-03-15T24:00")])
        );
    }

    #[test]
    fn hours_and_minutes_before_local_time_or_hours_are_a_clock_time() {
        assert_eq!(
            read(
                "The blast happened at 14.30 local time on Monday.",
                Some("2026-06-10")
            ),
            pairs(&[("14.30 local time on Monday", "2026-06-08T14:30")])
        );
        assert_eq!(
            read(
                "Police arrived at 1430 hours on Monday.",
                Some("2026-06-10")
            ),
            pairs(&[("1430 hours on Monday", "2026-06-08T14:30")])
        );
    }

    #[test]
    fn four_digits_before_a_time_zone_are_a_clock_time() {
        assert_eq!(
            read(
                "The quake struck on Tuesday at 0737 GMT.",
                Some("2013-07-03")
            ),
            pairs(&[("Tuesday at 0737 GMT", "2013-07-02T07:37")])
        );
        assert_eq!(
            read(
                "The quake struck on Tuesday. It hit at 0737 GMT.",
                Some("2013-07-03")
            ),
            pairs(&[("Tuesday", "2013-07-02"), ("0737 GMT", "2013-07-02T07:37")])
        );
    }

    #[test]
    fn the_early_hours_are_a_time_of_day_not_a_length() {
        assert_eq!(
            read(
                "It shook the region in the early hours of yesterday.",
                Some(SEED)
            ),
            pairs(&[("yesterday", "2015-12-10")])
        );
        assert_eq!(
            read("Rescuers worked for hours.", Some(SEED)),
            pairs(&[("hours", "PTXH")])
        );
    }

    #[test]
    fn a_full_date_of_another_year_gives_its_year_to_the_days_after_it() {
        let mut ctx = DateContext::new(Some(ymd("2022-02-10")));
        read_with(
            "The victim was killed on Aug. 3, 2020, in Altona.",
            &mut ctx,
        );
        assert_eq!(
            read_with(
                "The driver was detained on August 5 after police traced his car.",
                &mut ctx
            ),
            pairs(&[("August 5", "2020-08-05")])
        );
        // A month and year alone starts no story that close to the publication date.
        let mut ctx = DateContext::new(Some(ymd("2022-02-10")));
        read_with("The trial opened in September 2021.", &mut ctx);
        assert_eq!(
            read_with("He was arrested on August 5.", &mut ctx),
            pairs(&[("August 5", "2021-08-05")])
        );
        // But within its sentence a month of another year gives its year to the months after.
        let mut ctx = DateContext::new(Some(ymd("2026-03-10")));
        assert_eq!(
            read_with(
                "In November 2024, the ship was held for six weeks before being freed in late December.",
                &mut ctx
            ),
            pairs(&[
                ("November 2024", "2024-11"),
                ("six weeks", "P6W"),
                ("late December", "2024-12")
            ])
        );
        assert_eq!(
            read_with("He was paid in December.", &mut ctx),
            pairs(&[("December", "2025-12")])
        );
    }

    #[test]
    fn days_counted_from_the_publication_date_say_so() {
        let counted = |s: &str| {
            let w = Words::new(s, Span::new(0, s.len()));
            let phrases = find_phrases(&w);
            let roles: Vec<Role> = phrases.iter().map(|p| role(&w, p)).collect();
            let mut ctx = DateContext::new(Some(ymd(SEED)));
            dates(&w, &phrases, &roles, &mut ctx)
                .dates
                .iter()
                .map(|d| d.date.counted_from_anchor)
                .collect::<Vec<_>>()
        };
        assert_eq!(counted("He arrived yesterday."), [true]);
        assert_eq!(counted("It happened two days ago."), [true]);
        assert_eq!(counted("The vote ended at 4 p.m."), [true]);
        assert_eq!(counted("He arrived on Tuesday."), [false]);
        assert_eq!(counted("He arrived on Dec. 8."), [false]);
        assert_eq!(counted("He arrived last week."), [false]);
    }

    #[test]
    fn without_a_publication_date_relative_dates_stay_unresolved() {
        let mut ctx = DateContext::new(None);
        let s = "Talks are set for Dec. 18 and Kerry arrives on Tuesday, officials said next week.";
        let w = Words::new(s, Span::new(0, s.len()));
        let phrases = find_phrases(&w);
        let roles: Vec<Role> = phrases.iter().map(|p| role(&w, p)).collect();
        let found = dates(&w, &phrases, &roles, &mut ctx);
        let got: Vec<&str> = found.dates.iter().map(|d| d.date.timex.as_str()).collect();
        assert_eq!(got, ["XXXX-12-18", "XXXX-WXX-2", "XXXX-WXX"]);
        for d in &found.dates {
            assert!(d.date.relative && d.date.anchor.is_none());
            assert!(d.date.start.is_none() && d.date.end.is_none());
        }
        // An absolute date needs no anchor.
        assert_eq!(
            read("on December 18, 2015", None),
            pairs(&[("December 18, 2015", "2015-12-18")])
        );
    }

    /// Counts past what a date can be shifted by give no date, and no panic: jiff's plain span
    /// setters panic past 19,998 years (proptest found "2015 decade ago").
    #[test]
    fn shifts_past_the_calendar_give_no_date() {
        for s in [
            "It began 2015 decade ago.",
            "It began 2015 decades ago.",
            "It ended 9999999999 days ago.",
            "It began 300 centuries ago.",
        ] {
            // The length of time may stay a duration; no date "ago" is made of it.
            let got = read(s, Some(SEED));
            assert!(got.iter().all(|(t, _)| !t.contains("ago")), "{s}: {got:?}");
        }
        // A count within range still is a date.
        assert_eq!(
            read("It began two decades ago.", Some(SEED)),
            pairs(&[("two decades ago", "199")])
        );
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics_and_spans_index_it(s in "\\PC{0,80}", day in 0i32..4000) {
            let anchor = ymd("2000-01-01").checked_add(jiff::Span::new().days(day)).unwrap();
            let mut ctx = DateContext::new(Some(anchor));
            let w = Words::new(&s, Span::new(0, s.len()));
            let phrases = find_phrases(&w);
            let roles: Vec<Role> = phrases.iter().map(|p| role(&w, p)).collect();
            let found = dates(&w, &phrases, &roles, &mut ctx);
            for d in &found.dates {
                prop_assert!(d.span.indexes(&s));
            }
            for d in &found.durations {
                prop_assert!(d.span.indexes(&s));
            }
        }

        #[test]
        fn dateish_text_never_panics(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Dec", ".", "18", "-", "16", ",", "2015", "Tuesday", "next", "last", "the",
                    "end", "of", "year", "mid", "early", "a", "decade", "ago", "two", "days",
                    "4", "p", "m", "15", ":", "00", "GMT", "May", "'", "90s", "1960s", "Q3",
                    "first", "quarter", "summer", "now", "past", "several", "months", "/", "12",
                    "31", "0", "99", "31st", "century", "21st", "tonight", "night", "Feb", "29",
                ]),
                0..14,
            ),
            day in -3000i32..3000,
        ) {
            let s = words.join(" ");
            let anchor = ymd("2015-12-11").checked_add(jiff::Span::new().days(day)).unwrap();
            for a in [Some(anchor), None] {
                let mut ctx = DateContext::new(a);
                let w = Words::new(&s, Span::new(0, s.len()));
                let phrases = find_phrases(&w);
                let roles: Vec<Role> = phrases.iter().map(|p| role(&w, p)).collect();
                let found = dates(&w, &phrases, &roles, &mut ctx);
                for d in &found.dates {
                    prop_assert!(d.span.indexes(&s));
                }
            }
        }
    }
}
