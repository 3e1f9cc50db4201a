//! Date, time and duration expressions as written, before the publication date resolves them:
//! "Dec. 18", "next week", "late last July", "4 p.m. Tuesday", "two days ago", "the past
//! several months". The parser reads the tokens of one sentence from a start token and says
//! what it found there and where it ends; `date_resolve` turns it into a TIMEX3 value.

use crate::extract::date_words::{Part, date_words};
use crate::extract::lexicon::lexicon;
use crate::extract::phrase::Phrase;
use crate::extract::role::Role;
use crate::extract::token::TokenKind;
#[cfg(test)]
use crate::extract::token_starts::token_starts;
use crate::extract::token_starts::{can, strip_possessive};
use crate::extract::words::Words;

/// What a date standing on its own (`Parser::core`) can start at: the bits its readings ask.
const CORE_STARTS: u32 = can::WEEKDAY
    | can::MONTH
    | can::NUMBER
    | can::SHIFT
    | can::THE
    | can::DAY
    | can::SEASON
    | can::QUARTER
    | can::APOSTROPHE;

/// A calendar unit a relative expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Which occurrence a shift word picks: "last May", "next Tuesday", "this summer", or the
/// tense of the sentence for a bare "Tuesday" or "in November".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Tense,
    Last,
    This,
    Next,
    /// In the year so many years from the publication date's: "March last year" (-1), "in
    /// May this year" (0), "June next year" (1).
    InYear(i8),
    /// A week after the coming one: "Saturday week" (the Saturday after next).
    WeekAfterNext,
}

/// Words between an article and a unit of time that leave the length one unit ("a mere
/// day", "a full week", "an entire year", "an extra hour").
const ONE_UNIT_WORDS: [&str; 8] = [
    "mere",
    "full",
    "whole",
    "single",
    "additional",
    "extra",
    "further",
    "entire",
];

impl Shift {
    fn from_offset(n: i32) -> Shift {
        match n {
            n if n < 0 => Shift::Last,
            0 => Shift::This,
            _ => Shift::Next,
        }
    }
}

/// What a date expression names, before it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// A calendar date, perhaps partial: "December 18, 2015", "Dec. 18", "March 2011", "2011".
    Cal {
        y: Option<i32>,
        m: Option<i8>,
        d: Option<i8>,
    },
    /// A span of days: "Dec. 14-16".
    Range {
        y: Option<i32>,
        m1: i8,
        d1: i8,
        m2: i8,
        d2: i8,
    },
    /// A day of the week (ISO number, Monday = 1).
    Weekday {
        wd: i8,
        shift: Shift,
    },
    /// A month with no year: "in November", "last May".
    Month {
        m: i8,
        shift: Shift,
    },
    /// `n` units from the publication date: "today" (day, 0), "next week" (week, 1), "two
    /// days ago" (day, -2).
    Offset {
        unit: Unit,
        n: i32,
    },
    /// "the year" in "the end of the year", "the weekend": the current one, unless the tense
    /// says it has not come yet (or is over).
    The(Unit),
    Season {
        s: &'static str,
        y: Option<i32>,
        shift: Shift,
    },
    Quarter {
        q: i8,
        y: Option<i32>,
        shift: Shift,
    },
    /// A decade as its first three digits: 196 for "the 1960s".
    Decade(i32),
    /// A century as its first two digits: 19 for "the 20th century".
    Century(i32),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
}

/// A time of day added to a date: "4 p.m." (16, 0) or a part of the day ("afternoon" → AF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    At(i8, i8),
    Part(&'static str),
}

/// A date expression over tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expr {
    pub first: usize,
    pub last: usize,
    pub base: Base,
    pub part: Option<Part>,
    pub clock: Option<Clock>,
}

/// A length of time written without a number phrase: "a decade" (amount 10, unit token of
/// "decade" read as years), "the past several months" (no amount).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vague {
    pub first: usize,
    pub last: usize,
    /// The amount in `unit`s, when the words name one.
    pub amount: Option<f64>,
    /// Singular unit: `year`, `month`, `week`, `day`, `hour`, `minute`, `second`, `decade`,
    /// `century`.
    pub unit: &'static str,
    /// The token naming the unit.
    pub unit_tok: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    Date(Expr),
    Duration(Vague),
}

impl Item {
    pub fn last(&self) -> usize {
        match self {
            Item::Date(e) => e.last,
            Item::Duration(v) => v.last,
        }
    }
}

/// Reads one sentence's date expressions.
pub struct Parser<'a, 'w> {
    w: &'a Words<'w>,
    phrases: &'a [Phrase],
    /// What each number phrase is: the first number token of a `Year` is a year.
    roles: &'a [Role],
    /// What each token can start (bits of `can`).
    starts: Vec<u32>,
}

/// Parts of a number token: its digits as a number, how many digits, and what follows.
fn digits(raw: &str) -> Option<(i64, usize, &str)> {
    let n = raw.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 9 {
        return None;
    }
    let v = raw[..n].parse().ok()?;
    Some((v, n, &raw[n..]))
}

/// Time zones written after a clock time ("15:00 GMT").
fn is_time_zone(low: &str) -> bool {
    matches!(
        low,
        "gmt" | "utc" | "bst" | "cet" | "est" | "edt" | "pst" | "pdt" | "cst" | "cdt"
    )
}

/// Words before a month name that make "May" and "March" months rather than verbs.
fn month_context(low: &str) -> bool {
    matches!(
        low,
        "in" | "on"
            | "since"
            | "until"
            | "till"
            | "by"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "of"
            | "from"
            | "through"
            | "between"
            | "before"
            | "after"
            | "during"
            | "-"
            | "end"
            | "to"
            | "and"
            | "or"
    )
}

/// The days of a month written as ordinal words, "first" to "twentieth" (and "thirtieth"):
/// later days are written in digits.
pub(super) const ORDINAL_DAYS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Whether `low` is a day of the month written as an ordinal word ("fifth" of "the fifth of
/// June"): each of `ORDINAL_DAYS` ends in "st", "nd", "rd" or "th", which most words after
/// "the" do not ("the city", "the army"), told before the list is read.
fn is_ordinal_day(low: &str) -> bool {
    matches!(
        low.as_bytes(),
        [.., b's', b't'] | [.., b'n' | b'r', b'd'] | [.., b't', b'h']
    ) && ORDINAL_DAYS.contains(&low)
}

/// The ordinal of a quarter (its words are `QUARTER_WORDS`).
fn ordinal_word(low: &str) -> Option<i8> {
    Some(match low {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" | "final" => 4,
        _ => return None,
    })
}

impl<'a, 'w> Parser<'a, 'w> {
    /// The parser of `w`, whose tokens' starts it reads itself.
    #[cfg(test)]
    pub fn new(w: &'a Words<'w>, phrases: &'a [Phrase], roles: &'a [Role]) -> Self {
        Self::with_starts(w, token_starts(w), phrases, roles)
    }

    /// The parser of `w`, given what its tokens can start (`token_starts`).
    pub fn with_starts(
        w: &'a Words<'w>,
        mut starts: Vec<u32>,
        phrases: &'a [Phrase],
        roles: &'a [Role],
    ) -> Self {
        for p in phrases {
            if let Some(s) = starts.get_mut(p.first) {
                *s |= can::PHRASE;
            }
        }
        Parser {
            w,
            phrases,
            roles,
            starts,
        }
    }

    /// Whether token `i` can start one of `bits` (of `can`); no token past the end can.
    #[inline]
    fn can(&self, i: usize, bits: u32) -> bool {
        self.starts.get(i).is_some_and(|s| s & bits != 0)
    }

    fn low(&self, i: usize) -> &str {
        self.w.low(i)
    }

    /// Whether the lowercase word at `i` is `word` (compared as bytes).
    fn is(&self, i: usize, word: &str) -> bool {
        self.w.low_bytes(i) == word.as_bytes()
    }

    /// The lowercase word at `i` without a possessive "'s" (looked for only after an "s").
    fn lowp(&self, i: usize) -> &str {
        let low = self.w.low(i);
        if low.ends_with('s') {
            strip_possessive(low)
        } else {
            low
        }
    }

    /// A day of the month written in digits ("18", "18th").
    fn day_at(&self, i: usize) -> Option<i8> {
        if !self.w.is_number(i) {
            return None;
        }
        let (v, n, suffix) = digits(self.w.raw(i))?;
        let ok = n <= 2
            && (1..=31).contains(&v)
            && ["", "st", "nd", "rd", "th"]
                .iter()
                .any(|s| suffix.eq_ignore_ascii_case(s));
        ok.then_some(v as i8)
    }

    /// A four-digit year written in digits.
    fn year_at(&self, i: usize) -> Option<i32> {
        if !self.w.is_number(i) {
            return None;
        }
        let (v, n, suffix) = digits(self.w.raw(i))?;
        (n == 4 && suffix.is_empty() && (1000..=2200).contains(&v)).then_some(v as i32)
    }

    /// A month name at `i`, with the period of an abbreviation: (month, last token).
    fn month_at(&self, i: usize) -> Option<(i8, usize)> {
        if !self.can(i, can::MONTH) {
            return None;
        }
        let w = self.w;
        let low = self.lowp(i);
        let &m = lexicon().months.get(low)?;
        if !w.capitalized(i) {
            return None;
        }
        let full = low.len() > 4 || low == "may" || low == "june" || low == "july";
        let mut last = i;
        let dotted = w.is_punct(i + 1, ".") && w.glued(i + 1);
        if !full {
            if dotted {
                last = i + 1;
            } else if !(self.day_at(i + 1).is_some() || self.year_at(i + 1).is_some()) {
                return None;
            }
        }
        if matches!(low, "may" | "march") {
            let number_after = self.day_at(i + 1).is_some() || self.year_at(i + 1).is_some();
            // "on 22 March", "22 and 23 May": a day before it.
            let before = i >= 1 && (month_context(self.low(i - 1)) || self.day_at(i - 1).is_some());
            if !(number_after || before) {
                return None;
            }
        }
        Some((m, last))
    }

    /// "of 2015", ", 2015" or "2015" after token `k - 1`: (year, last token).
    fn year_after(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_at(k) {
            return Some((y, k));
        }
        if (self.w.is_punct(k, ",") || self.is(k, "of"))
            && let Some(y) = self.year_at(k + 1)
        {
            return Some((y, k + 1));
        }
        None
    }

    /// The first token from `i` on that can start anything (`may_start` says no to the rest).
    pub fn next_candidate(&self, i: usize) -> Option<usize> {
        let rest = self.starts.get(i..)?;
        rest.iter().position(|&s| s & can::DATE != 0).map(|k| i + k)
    }

    /// Whether an expression may start at token `i`: a number, an apostrophe before one
    /// ("'90s"), a number phrase, or a word that starts dates. Cheap; `item_at` is only tried
    /// where it says yes.
    #[inline]
    pub fn may_start(&self, i: usize) -> bool {
        let w = self.w;
        // Most tokens can start nothing.
        if !self.can(i, can::DATE) {
            return false;
        }
        if self.can(i, can::NUMBER | can::PHRASE) {
            return true;
        }
        // A mark starts a date only as the apostrophe of a year ("’98"); no mark is a
        // starter word.
        if self.can(i, can::APOSTROPHE) {
            return w.is_number(i + 1);
        }
        // A word that starts nothing by itself (the later words of "at the time") is not
        // read: every reading of `item_at` asks for a bit besides `START`.
        if !self.can(i, can::START) || !self.can(i, can::DATE & !can::START) {
            return false;
        }
        match self.low(i) {
            // Articles start only what their next word could.
            "a" | "an" | "the" => {
                w.is_number(i + 1) || self.can(i + 1, can::START) || {
                    let next = self.lowp(i + 1);
                    // "the fifth of June".
                    (self.is(i, "the") && is_ordinal_day(next))
                        || matches!(next, "couple" | "day")
                        || ONE_UNIT_WORDS.contains(&next)
                }
            }
            _ => w.is_word(i),
        }
    }

    /// Everything found at token `i`, if an expression starts there.
    pub fn item_at(&self, i: usize) -> Option<Item> {
        // Most numbers of a sentence start nothing, and a look at their neighbours says so.
        if self.w.is_number(i) && self.number_starts_nothing(i) {
            return None;
        }
        self.read_item_at(i)
    }

    /// Whether the number at token `i` starts no reading of `read_item_at`, told from the
    /// tokens around it: every reading that can start at a number needs one of these. A
    /// number written in digits alone ("18", "2015") is a clock time only before a mark
    /// ("10:30"), "am", "pm", "a", "p", a time zone, "o'clock", "local" (time) or "hours"; a
    /// date only before a mark ("12/18/2015", "2009-10", "'s"), a month, "of" ("18th of
    /// December") or "century", a day and a month after "to" or "and" ("14 to 16 October"),
    /// after a dash ("2009-2010"), or as a number phrase read as a year; an amount of time
    /// before "ago" or "from now" only two tokens after its phrase ("two days ago"). Of the
    /// marks after it, only a colon ("10:30"), a slash or a dash ("12/18/2015", "2009-10") and
    /// an apostrophe ("90's") are read by a reading that starts at it: the number before a
    /// comma, a period or a parenthesis starts one only as a year or an amount of time.
    fn number_starts_nothing(&self, i: usize) -> bool {
        let w = self.w;
        if !w.raw(i).bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if w.kind(i + 1) == Some(TokenKind::Punct)
            && (w.is_dash(i + 1) || matches!(self.low(i + 1), ":" | "/" | "'" | "’"))
        {
            return false;
        }
        let next = matches!(
            self.low(i + 1),
            "am" | "pm"
                | "a"
                | "p"
                | "gmt"
                | "utc"
                | "bst"
                | "cet"
                | "est"
                | "edt"
                | "pst"
                | "pdt"
                | "cst"
                | "cdt"
                | "o'clock"
                | "o’clock"
                | "of"
                | "century"
                | "local"
                | "hours"
                | "hrs"
        ) || self.can(i + 1, can::MONTH)
            // "14 to 16 October", "22 and 23 March".
            || (matches!(self.low(i + 1), "to" | "and" | "through") && self.can(i + 3, can::MONTH));
        let ago = self.can(i, can::PHRASE)
            && self
                .phrase_starting(i)
                .is_some_and(|p| matches!(self.low(p.last + 2), "ago" | "from"));
        !(next || ago || (i >= 1 && w.is_dash(i - 1)) || self.is_year(i))
    }

    /// `item_at` without the test of `number_starts_nothing`.
    fn read_item_at(&self, i: usize) -> Option<Item> {
        // The readings of `ago`, `clock_first` and `duration_at` start only at these.
        if self.can(i, can::AMOUNT | can::PHRASE)
            && let Some(e) = self.ago(i)
        {
            return Some(Item::Date(e));
        }
        if self.can(i, can::CLOCK | can::NUMBER)
            && let Some(e) = self.clock_first(i)
        {
            return Some(Item::Date(e));
        }
        if self.can(i, can::DURATION)
            && let Some(v) = self.duration_at(i)
        {
            return Some(Item::Duration(v));
        }
        if let Some(mut e) = self.date_at(i) {
            self.add_clock(&mut e);
            return Some(Item::Date(e));
        }
        self.reference(i).map(Item::Date)
    }

    /// A date expression at `i`, optionally after "the", with its part ("early", "the end of").
    fn date_at(&self, i: usize) -> Option<Expr> {
        if self.can(i, can::THE) && self.is(i, "the") {
            let mut e = self
                .part_at(i + 1)
                .or_else(|| self.core(i + 1, true))
                .or_else(|| self.ordinal_day_of(i + 1))?;
            e.first = i;
            return Some(e);
        }
        if self.can(i, can::PART) {
            self.part_at(i).or_else(|| self.core(i, false))
        } else {
            self.core(i, false)
        }
    }

    /// "first" of "the first of February", "fifth" of "the fifth of June 2027": a day of a
    /// month in words, after "the", before "of" and the month (and maybe its year).
    fn ordinal_day_of(&self, i: usize) -> Option<Expr> {
        let d = match ORDINAL_DAYS.iter().position(|&o| o == self.low(i)) {
            Some(n) => n + 1,
            None if self.is(i, "thirtieth") => 30,
            None => return None,
        };
        if !self.is(i + 1, "of") {
            return None;
        }
        self.day_of_month_at(i, i8::try_from(d).ok()?, i + 2)
    }

    /// The date starting at token `first` of day `d` of the month at token `k`, with the
    /// year after it if one is written ("18 December", "18th of December 2015").
    fn day_of_month_at(&self, first: usize, d: i8, k: usize) -> Option<Expr> {
        let (m, j) = self.month_at(k)?;
        let (y, last) = match self.year_after(j + 1) {
            Some((y, l)) => (Some(y), l),
            None => (None, j),
        };
        Some(Self::expr(
            first,
            last,
            Base::Cal {
                y,
                m: Some(m),
                d: Some(d),
            },
        ))
    }

    /// "early December", "mid-2015", "late last July", "the end of the year", "end of March".
    fn part_at(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::PART) {
            return None;
        }
        let d = date_words();
        let low = self.low(i);
        let &part = d.parts.get(low)?;
        let mut k = i + 1;
        if matches!(low, "beginning" | "start" | "middle" | "end") {
            if !self.is(k, "of") {
                return None;
            }
            k += 1;
        } else if self.w.is_dash(k) && self.w.glued(k) {
            // "mid-2015", "mid-December"
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            return Some(Expr {
                part: Some(part),
                ..Self::expr(
                    i,
                    k,
                    Base::Cal {
                        y: Some(y),
                        m: None,
                        d: None,
                    },
                )
            });
        }
        if self.is(k, "the")
            && let Some(unit) = self.unit_word(k + 1)
        {
            return Some(Expr {
                first: i,
                last: k + 1,
                base: Base::The(unit),
                part: Some(part),
                clock: None,
            });
        }
        if let Some(unit) = self.unit_word(k)
            && matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Decade)
            && matches!(low, "end" | "beginning" | "start" | "middle")
        {
            // "the end of year"
            return Some(Expr {
                first: i,
                last: k,
                base: Base::The(unit),
                part: Some(part),
                clock: None,
            });
        }
        let inner = self.core(k, self.is(k, "the")).or_else(|| {
            (self.is(k, "the"))
                .then(|| self.core(k + 1, true))
                .flatten()
        })?;
        let fits = matches!(
            inner.base,
            Base::Cal { d: None, .. }
                | Base::Month { .. }
                | Base::Offset {
                    unit: Unit::Week
                        | Unit::Month
                        | Unit::Year
                        | Unit::Decade
                        | Unit::Century
                        | Unit::Quarter,
                    ..
                }
                | Base::The(_)
                | Base::Season { .. }
                | Base::Quarter { .. }
                | Base::Decade(_)
                | Base::Century(_)
        );
        fits.then_some(Expr {
            first: i,
            part: Some(part),
            ..inner
        })
    }

    /// The calendar unit named at `i` ("year", "fiscal year", "week", "weekend"): singular only.
    fn unit_word(&self, i: usize) -> Option<Unit> {
        Some(match self.lowp(i) {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }

    /// A date that stands on its own at `i` (after "the" when `the` is set).
    fn core(&self, i: usize, the: bool) -> Option<Expr> {
        if the {
            return self
                .shifted(i)
                .or_else(|| self.day_word(i.saturating_sub(1)).filter(|e| e.last > i))
                .or_else(|| self.season(i))
                .or_else(|| self.quarter(i))
                .or_else(|| self.decade(i))
                .or_else(|| self.century(i))
                .or_else(|| self.weekend(i));
        }
        // Each reading is only called where its token can start it (each also asks itself).
        if !self.can(i, CORE_STARTS) {
            return None;
        }
        let at = |bits: u32, read: fn(&Self, usize) -> Option<Expr>| {
            if self.can(i, bits) {
                read(self, i)
            } else {
                None
            }
        };
        at(can::WEEKDAY, Self::weekday)
            .or_else(|| at(can::MONTH, Self::month_led))
            .or_else(|| at(can::NUMBER, Self::day_led))
            .or_else(|| at(can::NUMBER, Self::numeric))
            .or_else(|| at(can::SHIFT, Self::shifted))
            .or_else(|| at(can::THE | can::DAY, Self::day_word))
            .or_else(|| at(can::SEASON, Self::season))
            .or_else(|| at(can::QUARTER | can::NUMBER, Self::quarter))
            .or_else(|| at(can::APOSTROPHE | can::NUMBER, Self::decade))
            .or_else(|| at(can::NUMBER, Self::century))
            .or_else(|| at(can::NUMBER, Self::year))
    }

    fn expr(first: usize, last: usize, base: Base) -> Expr {
        Expr {
            first,
            last,
            base,
            part: None,
            clock: None,
        }
    }

    /// A part of the day right after token `k - 1`: "Friday afternoon", "yesterday morning".
    fn daypart(&self, e: &mut Expr) {
        if let Some(&p) = date_words().dayparts.get(self.lowp(e.last + 1)) {
            e.last += 1;
            e.clock = Some(Clock::Part(p));
        }
    }

    /// "Tuesday", "Friday, Dec. 18", "Friday afternoon", "Tuesday's meeting".
    fn weekday(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::WEEKDAY) {
            return None;
        }
        let &wd = date_words().weekdays.get(self.lowp(i))?;
        if !self.w.capitalized(i) {
            return None;
        }
        let k = if self.w.is_punct(i + 1, ",") {
            i + 2
        } else {
            i + 1
        };
        if let Some(mut e) = self.month_led(k).or_else(|| self.day_led(k)) {
            e.first = i;
            return Some(e);
        }
        // "From Saturday week": British for the Saturday after next. Not "Monday week's
        // vote" nor "Monday, week two".
        let week_on = self.low(i + 1) == "week" && !self.w.is_word(i + 2);
        let mut e = Self::expr(
            i,
            if week_on { i + 1 } else { i },
            Base::Weekday {
                wd,
                shift: if week_on {
                    Shift::WeekAfterNext
                } else {
                    Shift::Tense
                },
            },
        );
        self.daypart(&mut e);
        Some(e)
    }

    /// "Dec. 18", "December 18, 2015", "Dec. 14-16", "March 2011", "February of 1940", "May".
    fn month_led(&self, i: usize) -> Option<Expr> {
        let (m, j) = self.month_at(i)?;
        let w = self.w;
        let mut k = j + 1;
        if self.is(k, "the") && self.day_at(k + 1).is_some() {
            k += 1;
        }
        if let Some(d) = self.day_at(k) {
            // A range: "Dec. 14-16", "Dec. 14 to 16", "Dec. 30 to Jan. 2".
            let sep = w.is_dash(k + 1) || matches!(self.low(k + 1), "to" | "through" | "and");
            if sep {
                if let Some(d2) = self.day_at(k + 2).filter(|&d2| d2 > d) {
                    let (y, last) = match self.year_after(k + 3) {
                        Some((y, l)) => (Some(y), l),
                        None => (None, k + 2),
                    };
                    return Some(Self::expr(
                        i,
                        last,
                        Base::Range {
                            y,
                            m1: m,
                            d1: d,
                            m2: m,
                            d2,
                        },
                    ));
                }
                if let Some((m2, j2)) = self.month_at(k + 2)
                    && let Some(d2) = self.day_at(j2 + 1)
                {
                    let (y, last) = match self.year_after(j2 + 2) {
                        Some((y, l)) => (Some(y), l),
                        None => (None, j2 + 1),
                    };
                    return Some(Self::expr(
                        i,
                        last,
                        Base::Range {
                            y,
                            m1: m,
                            d1: d,
                            m2,
                            d2,
                        },
                    ));
                }
            }
            let (y, last) = match self.year_after(k + 1) {
                Some((y, l)) => (Some(y), l),
                None => (None, k),
            };
            return Some(Self::expr(
                i,
                last,
                Base::Cal {
                    y,
                    m: Some(m),
                    d: Some(d),
                },
            ));
        }
        if let Some((y, last)) = self.year_after(k) {
            return Some(Self::expr(
                i,
                last,
                Base::Cal {
                    y: Some(y),
                    m: Some(m),
                    d: None,
                },
            ));
        }
        // "March last year", "March of last year", "in May this year": the month of a year
        // counted from publication.
        let of = usize::from(self.is(k, "of"));
        let years = match self.low(k + of) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        if let Some(n) = years.filter(|_| self.is(k + of + 1, "year")) {
            return Some(Self::expr(
                i,
                k + of + 1,
                Base::Month {
                    m,
                    shift: Shift::InYear(n),
                },
            ));
        }
        // "January day", "May 2010 elections" are handled above; a month alone is a month
        // of the nearest year that fits the tense.
        Some(Self::expr(
            i,
            j,
            Base::Month {
                m,
                shift: Shift::Tense,
            },
        ))
    }

    /// "18 December", "18th of December 2015", "14" of "14 to 16 October".
    fn day_led(&self, i: usize) -> Option<Expr> {
        if let Some(e) = self.day_range_led(i) {
            return Some(e);
        }
        let k = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        // The month is looked for first: most numbers have none after them.
        if !self.can(k, can::MONTH) {
            return None;
        }
        let d = self.day_at(i)?;
        self.day_of_month_at(i, d, k)
    }

    /// The first of two days of one month written day first: "14" of "14 to 16 October",
    /// "22 and 23 March", "6-7 January 1916", dated by the month (and year) after the second,
    /// which is read as a date of its own (as TimeML marks them: two dates, not a span).
    fn day_range_led(&self, i: usize) -> Option<Expr> {
        let w = self.w;
        let sep = w.is_dash(i + 1) || matches!(self.low(i + 1), "to" | "through" | "and");
        if !sep || !self.can(i + 3, can::MONTH) {
            return None;
        }
        let d1 = self.day_at(i)?;
        self.day_at(i + 2).filter(|&d2| d2 > d1)?;
        let (m, j) = self.month_at(i + 3)?;
        let y = self.year_after(j + 1).map(|(y, _)| y);
        Some(Self::expr(
            i,
            i,
            Base::Cal {
                y,
                m: Some(m),
                d: Some(d1),
            },
        ))
    }

    /// "12/18/2015", "18/12/15" (day first when the first number cannot be a month),
    /// "2015-12-18".
    fn numeric(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::NUMBER) {
            return None;
        }
        let w = self.w;
        let glued = |k: usize| w.glued(k) && w.glued(k + 1) && w.is_number(k + 1);
        let num = |k: usize| digits(w.raw(k)).filter(|(_, _, s)| s.is_empty());
        for sep in ["/", "-"] {
            if !(w.is_punct(i + 1, sep) && glued(i + 1) && w.is_punct(i + 3, sep) && glued(i + 3)) {
                continue;
            }
            let (a, na, _) = num(i)?;
            let (b, nb, _) = num(i + 2)?;
            let (c, nc, _) = num(i + 4)?;
            let (y, m, d) = if na == 4 && nb <= 2 && nc <= 2 {
                (a, b, c)
            } else if sep == "/" && na <= 2 && nb <= 2 && (nc == 4 || nc == 2) {
                let y = if nc == 2 {
                    if c < 50 { 2000 + c } else { 1900 + c }
                } else {
                    c
                };
                if a > 12 { (y, b, a) } else { (y, a, b) }
            } else {
                return None;
            };
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=2200).contains(&y) {
                return None;
            }
            return Some(Self::expr(
                i,
                i + 4,
                Base::Cal {
                    y: Some(y as i32),
                    m: Some(m as i8),
                    d: Some(d as i8),
                },
            ));
        }
        None
    }

    /// "last week", "next Tuesday", "this fiscal year", "last May", "last summer",
    /// "last night", "this morning".
    fn shifted(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::SHIFT) {
            return None;
        }
        let d = date_words();
        let &n = d.shifts.get(self.low(i))?;
        let shift = Shift::from_offset(n);
        let mut k = i + 1;
        if d.unit_adjectives.contains(self.low(k)) {
            k += 1;
        }
        if let Some(&wd) = d.weekdays.get(self.lowp(k))
            && self.w.capitalized(k)
        {
            let mut e = Self::expr(i, k, Base::Weekday { wd, shift });
            self.daypart(&mut e);
            return Some(e);
        }
        if let Some((m, j)) = self.month_at(k) {
            return Some(Self::expr(i, j, Base::Month { m, shift }));
        }
        if let Some(&s) = d.seasons.get(self.lowp(k)) {
            return Some(Self::expr(i, k, Base::Season { s, y: None, shift }));
        }
        if let Some(unit) = self.unit_word(k) {
            if unit == Unit::Day {
                return None;
            }
            return Some(Self::expr(i, k, Base::Offset { unit, n }));
        }
        match (self.low(i), self.lowp(k)) {
            ("last", "night") => Some(Expr {
                clock: Some(Clock::Part("NI")),
                ..Self::expr(
                    i,
                    k,
                    Base::Offset {
                        unit: Unit::Day,
                        n: -1,
                    },
                )
            }),
            ("this", p) => {
                let &p = d.dayparts.get(p)?;
                Some(Expr {
                    clock: Some(Clock::Part(p)),
                    ..Self::expr(
                        i,
                        k,
                        Base::Offset {
                            unit: Unit::Day,
                            n: 0,
                        },
                    )
                })
            }
            _ => None,
        }
    }

    /// "today", "yesterday afternoon", "tomorrow", "tonight", "the day after tomorrow".
    fn day_word(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::THE | can::DAY) {
            return None;
        }
        let w = self.w;
        for (words, n) in [
            (["the", "day", "before", "yesterday"], -2),
            (["the", "day", "after", "tomorrow"], 2),
        ] {
            if w.matches_at(i, &words) {
                return Some(Self::expr(i, i + 3, Base::Offset { unit: Unit::Day, n }));
            }
        }
        let low = self.lowp(i);
        let &n = date_words().days.get(low)?;
        let mut e = Self::expr(i, i, Base::Offset { unit: Unit::Day, n });
        if low == "tonight" {
            e.clock = Some(Clock::Part("NI"));
        } else {
            self.daypart(&mut e);
        }
        Some(e)
    }

    /// "summer 2015", "the summer of 2015", "this winter", "in the spring".
    fn season(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::SEASON) {
            return None;
        }
        let &s = date_words().seasons.get(self.lowp(i))?;
        // "the Summer Games", "the Winter Olympics", "the Spring Festival": a capitalized
        // season before a capitalized word is part of a name.
        if self.w.capitalized(i) && self.w.is_word(i + 1) && self.w.capitalized(i + 1) {
            return None;
        }
        let year = self.year_after(i + 1);
        let context = i >= 1
            && matches!(
                self.low(i - 1),
                "the" | "in" | "of" | "during" | "since" | "until" | "by" | "-" | "early" | "late"
            );
        if year.is_none() && !context {
            return None;
        }
        if self.is(i, "fall") && year.is_none() && !(i >= 1 && self.is(i - 1, "the")) {
            return None;
        }
        // "the fall of a guesthouse", "the fall of Aleppo": a collapse or a capture; "the fall
        // of 2014" has its year.
        if self.is(i, "fall") && year.is_none() && self.is(i + 1, "of") {
            return None;
        }
        let (y, last) = match year {
            Some((y, l)) => (Some(y), l),
            None => (None, i),
        };
        Some(Self::expr(
            i,
            last,
            Base::Season {
                s,
                y,
                shift: Shift::Tense,
            },
        ))
    }

    /// "the first quarter", "the fourth quarter of 2012", "first-quarter", "Q3 2015".
    fn quarter(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::QUARTER | can::NUMBER) {
            return None;
        }
        let w = self.w;
        let (q, unit_tok) = if let Some(q) = ordinal_word(self.low(i)) {
            let k = if w.is_dash(i + 1) && w.glued(i + 1) {
                i + 2
            } else {
                i + 1
            };
            if !self.is(k, "quarter") {
                return None;
            }
            (q, k)
        } else {
            let low = self.low(i);
            let b = low.as_bytes();
            if !(b.len() == 2 && b[0] == b'q' && (b'1'..=b'4').contains(&b[1])) {
                return None;
            }
            ((b[1] - b'0') as i8, i)
        };
        let (y, last) = match self.year_after(unit_tok + 1) {
            Some((y, l)) => (Some(y), l),
            None => (None, unit_tok),
        };
        Some(Self::expr(
            i,
            last,
            Base::Quarter {
                q,
                y,
                shift: Shift::Tense,
            },
        ))
    }

    /// "1960s", "the '90s", "the 90s", "1800s" (a century).
    fn decade(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::APOSTROPHE | can::NUMBER) {
            return None;
        }
        let w = self.w;
        let mut first = i;
        let mut k = i;
        if (w.is_punct(k, "'") || w.is_punct(k, "’")) && w.is_number(k + 1) && w.glued(k + 1) {
            k += 1;
        }
        if !w.is_number(k) {
            return None;
        }
        let apostrophe_after = w.is_punct(k + 1, "'") || w.is_punct(k + 1, "’");
        // A decade ends with "s" or is followed by "'s"; most numbers are neither.
        if !(w.raw(k).ends_with('s') || apostrophe_after) {
            return None;
        }
        let (v, n, suffix) = digits(w.raw(k))?;
        let mut last = k;
        let plural = if suffix == "s" {
            true
        } else if suffix.is_empty()
            && apostrophe_after
            && w.low(k + 2) == "s"
            && w.glued(k + 1)
            && w.glued(k + 2)
        {
            last = k + 2;
            true
        } else {
            false
        };
        if !plural || v % 10 != 0 {
            return None;
        }
        let base = match n {
            4 if (1000..=2090).contains(&v) => {
                if v % 100 == 0 && v != 2000 {
                    Base::Century((v / 100) as i32)
                } else {
                    Base::Decade((v / 10) as i32)
                }
            }
            // "the '90s", "the 60s": the twentieth century's, only after "the" or an apostrophe.
            2 if k > i || (i >= 1 && matches!(self.low(i - 1), "the" | "mid" | "-")) => {
                Base::Decade((190 + v / 10) as i32)
            }
            _ => return None,
        };
        if k > i {
            first = i;
        }
        Some(Self::expr(first, last, base))
    }

    /// "the 20th century", "19th-century".
    fn century(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::NUMBER) {
            return None;
        }
        let w = self.w;
        let k = if w.is_dash(i + 1) { i + 2 } else { i + 1 };
        // The word is looked at first: most numbers have no "century" after them.
        if !self.is(k, "century") {
            return None;
        }
        let (v, _, suffix) = digits(w.raw(i)).filter(|_| w.is_number(i))?;
        if !matches!(suffix, "st" | "nd" | "rd" | "th") || !(1..=30).contains(&v) {
            return None;
        }
        Some(Self::expr(i, k, Base::Century(v as i32 - 1)))
    }

    /// "the weekend".
    fn weekend(&self, i: usize) -> Option<Expr> {
        (self.lowp(i) == "weekend").then(|| Self::expr(i, i, Base::The(Unit::Weekend)))
    }

    /// A year the number phrases found ("in 2011", "fiscal 2013"), or the second year of a
    /// span ("2009-2010", "1957-58").
    fn year(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::NUMBER) {
            return None;
        }
        let w = self.w;
        if self.is_year(i)
            && let Some(y) = self.year_at(i)
        {
            let first = if i >= 1 && self.is(i - 1, "fiscal") {
                i - 1
            } else {
                i
            };
            return Some(Self::expr(
                first,
                i,
                Base::Cal {
                    y: Some(y),
                    m: None,
                    d: None,
                },
            ));
        }
        // The end of a span of years, glued to the first by a dash or a slash ("2023/24").
        if i >= 2 && (w.is_dash(i - 1) || w.is_punct(i - 1, "/")) && w.glued(i - 1) && w.glued(i) {
            let y0 = self.year_at(i - 2)?;
            let (v, n, suffix) = digits(w.raw(i)).filter(|_| w.is_number(i))?;
            if !suffix.is_empty() {
                return None;
            }
            let y = match n {
                4 => v as i32,
                2 => y0 / 100 * 100 + v as i32,
                _ => return None,
            };
            if y <= y0 || y - y0 > 100 {
                return None;
            }
            return Some(Self::expr(
                i,
                i,
                Base::Cal {
                    y: Some(y),
                    m: None,
                    d: None,
                },
            ));
        }
        if let Some(y) = self.year_at(i)
            && w.is_dash(i + 1)
            && w.glued(i + 1)
            && w.glued(i + 2)
            && w.is_number(i + 2)
        {
            return Some(Self::expr(
                i,
                i,
                Base::Cal {
                    y: Some(y),
                    m: None,
                    d: None,
                },
            ));
        }
        None
    }

    /// Whether a number phrase read as a year has its number at token `i`.
    fn is_year(&self, i: usize) -> bool {
        self.phrases
            .iter()
            .zip(self.roles)
            .any(|(p, r)| *r == Role::Year && p.num_first == i)
    }

    /// The number phrase whose first token is `i`. Phrases are in token order and do not
    /// overlap, so a binary search finds it (a linear one made long sentences quadratic).
    fn phrase_starting(&self, i: usize) -> Option<&Phrase> {
        let k = self.phrases.partition_point(|p| p.first < i);
        self.phrases.get(k).filter(|p| p.first == i)
    }

    /// A number phrase starting at `i`, or "a"/"an": (value, last token of the number).
    fn amount_at(&self, i: usize) -> Option<(f64, usize)> {
        if !self.can(i, can::AMOUNT | can::PHRASE) {
            return None;
        }
        if matches!(self.low(i), "a" | "an") {
            return Some((1.0, i));
        }
        let p = self.phrase_starting(i)?;
        (p.currency.is_none() && !p.percent && p.value.fract() == 0.0 && p.value >= 0.0)
            .then_some((p.value, p.last))
    }

    /// "two days ago", "a year ago", "four years ago", "three weeks from now".
    fn ago(&self, i: usize) -> Option<Expr> {
        let (n, j) = self.amount_at(i)?;
        if n > 10_000.0 {
            return None;
        }
        let n = n as i32;
        // "ago" or "from now" is looked for before the unit: most amounts have neither.
        let (sign, last) = match (self.low(j + 2), self.low(j + 3)) {
            ("ago", _) => (-1, j + 2),
            ("from", "now") => (1, j + 3),
            _ => return None,
        };
        let (unit, _) = lexicon().time_units.get(self.low(j + 1))?;
        let unit = match *unit {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        };
        Some(Self::expr(i, last, Base::Offset { unit, n: sign * n }))
    }

    /// A clock time at `i`: (hour, minute, last token).
    fn clock_at(&self, i: usize) -> Option<(i8, i8, usize)> {
        if !self.can(i, can::CLOCK | can::NUMBER) {
            return None;
        }
        let w = self.w;
        // The words of `CLOCK_WORDS`.
        if self.can(i, can::CLOCK) {
            match self.low(i) {
                "noon" | "midday" => return Some((12, 0, i)),
                // "shortly after midnight on Sunday" is early Sunday, not its end.
                "midnight" if i >= 1 && self.low(i - 1) == "after" => return Some((0, 0, i)),
                "midnight" => return Some((24, 0, i)),
                _ => {}
            }
        }
        if !w.is_number(i) {
            return None;
        }
        let raw = w.raw(i);
        // The suffix as written: it is compared without regard to ASCII case.
        let (h, nh, mut suffix) = digits(raw)?;
        let lead = i >= 1
            && matches!(
                self.low(i - 1),
                "at" | "by" | "until" | "from" | "around" | "about" | "before" | "after" | "till"
            );
        // "1353 GMT", "0715 GMT", "at 1430 hours": four digits before a time zone or a
        // military "hours" are hours and minutes.
        if nh == 4 && suffix.is_empty() {
            let zone = is_time_zone(self.low(i + 1));
            let last = match self.local_time(i + 1) {
                Some(last) => Some(last),
                None if zone || (lead && self.military_hours(i + 1)) => Some(i + 1),
                None => None,
            };
            let (hh, mm) = (h / 100, h % 100);
            return last
                .filter(|_| hh < 24 && mm < 60)
                .map(|l| (hh as i8, mm as i8, l));
        }
        let mut minute = 0;
        let mut last = i;
        let mut colon = false;
        let mut dotted = false;
        if let Some(rest) = suffix.strip_prefix('.')
            && let Some((mm, 2, s)) = digits(rest)
        {
            // "4.30 pm"
            minute = mm;
            suffix = s;
            dotted = true;
        } else if suffix.is_empty()
            && w.is_punct(i + 1, ":")
            && w.glued(i + 1)
            && w.glued(i + 2)
            && w.is_number(i + 2)
        {
            let (mm, n, s) = digits(w.raw(i + 2))?;
            if n != 2 {
                return None;
            }
            minute = mm;
            suffix = s;
            last = i + 2;
            colon = true;
            // "3:07:35": seconds make it a running time, not a clock.
            if w.is_punct(i + 3, ":") && w.glued(i + 3) {
                return None;
            }
        }
        if nh > 2 || h > 24 || minute > 59 {
            return None;
        }
        let (h, minute) = (h as i8, minute as i8);
        let ampm = |pm: bool| -> Option<i8> {
            if !(1..=12).contains(&h) {
                return None;
            }
            Some(match (pm, h) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            })
        };
        let suffix_is =
            |a: &str, b: &str| suffix.eq_ignore_ascii_case(a) || suffix.eq_ignore_ascii_case(b);
        if suffix_is("am", "a.m") {
            return Some((ampm(false)?, minute, last));
        }
        if suffix_is("pm", "p.m") {
            return Some((ampm(true)?, minute, last));
        }
        if !suffix.is_empty() {
            return None;
        }
        let k = last + 1;
        let dot = |k: usize| {
            if w.is_punct(k, ".") && w.glued(k) {
                k
            } else {
                k - 1
            }
        };
        match self.low(k) {
            "am" => return Some((ampm(false)?, minute, k)),
            "pm" => return Some((ampm(true)?, minute, k)),
            "a" | "p" if w.is_punct(k + 1, ".") && self.is(k + 2, "m") => {
                return Some((ampm(self.is(k, "p"))?, minute, dot(k + 3)));
            }
            "gmt" | "utc" | "bst" | "cet" | "est" | "edt" | "pst" | "pdt" | "cst" | "cdt" => {
                return Some((h, minute, k));
            }
            "o'clock" | "o’clock" => return Some((h, minute, k)),
            _ => {}
        }
        // "14.30 local time", "at 14.30 hrs": hours and minutes in the European way.
        if (colon || dotted) && h < 24 {
            if let Some(end) = self.local_time(k) {
                return Some((h, minute, end));
            }
            if lead && self.military_hours(k) {
                return Some((h, minute, k));
            }
        }
        (colon && lead && h < 24).then_some((h, minute, last))
    }

    /// The last token of "local time" starting at `k`, the words after a clock time that say
    /// which zone it is told in.
    fn local_time(&self, k: usize) -> Option<usize> {
        (self.low(k) == "local" && self.low(k + 1) == "time").then_some(k + 1)
    }

    /// Whether token `k` is the "hours" (or "hrs") of a time told the military way ("at 1430
    /// hours", "at 14.30 hrs").
    fn military_hours(&self, k: usize) -> bool {
        matches!(self.low(k), "hours" | "hrs")
    }

    /// A clock time first, then perhaps its day: "4 p.m. Tuesday", "15:00 GMT Saturday",
    /// "10 a.m. on Friday"; alone it is a time of the publication day.
    fn clock_first(&self, i: usize) -> Option<Expr> {
        let (h, m, last) = self.clock_at(i)?;
        let mut k = last + 1;
        // "at midnight New York time on April 7", "9 a.m. Eastern time Friday": a zone named
        // by a place of up to three capitalized words before "time".
        if let Some(n) = (1..=3).find(|&n| {
            self.low(k + n) == "time"
                && (k..k + n).all(|j| self.w.is_word(j) && self.w.capitalized(j))
        }) {
            k += n + 1;
        }
        while matches!(self.low(k), "local" | "time" | "on" | ",") {
            k += 1;
        }
        // "15:20 local time (1220 GMT) on Tuesday": the time in another zone, in brackets,
        // stands between the time and its day.
        if let Some(close) = self.w.closing_bracket(k, 5) {
            let mut after = close + 1;
            while matches!(self.low(after), "on" | ",") {
                after += 1;
            }
            if self.weekday(after).is_some() || self.day_word(after).is_some() {
                k = after;
            }
        }
        let day = self
            .weekday(k)
            .or_else(|| self.month_led(k))
            .or_else(|| self.day_led(k))
            .or_else(|| self.day_word(k))
            .filter(|e| e.clock.is_none());
        let mut e = match day {
            Some(e) => Expr { first: i, ..e },
            None => Self::expr(
                i,
                last,
                Base::Offset {
                    unit: Unit::Day,
                    n: 0,
                },
            ),
        };
        e.clock = Some(Clock::At(h, m));
        Some(e)
    }

    /// A clock time after a date: "Friday at 4 p.m.", "Dec. 18, 10:00 GMT".
    fn add_clock(&self, e: &mut Expr) {
        if e.clock.is_some()
            || !matches!(
                e.base,
                Base::Weekday { .. }
                    | Base::Cal { d: Some(_), .. }
                    | Base::Offset {
                        unit: Unit::Day,
                        ..
                    }
            )
        {
            return;
        }
        let mut k = e.last + 1;
        if matches!(self.low(k), "at" | ",") {
            k += 1;
        }
        if let Some((h, m, last)) = self.clock_at(k) {
            e.clock = Some(Clock::At(h, m));
            e.last = last;
        }
    }

    /// The words and value of the reference written from token `i` on, longest first. Every
    /// word of a reference is a starter (`DateWords::starters`), so a reference of several
    /// words has a token that can `START` after its first: without one ("at least 31"), only
    /// the few references of one word are compared, and the table of first words is not
    /// looked up. `gated` is false only in the test that shows the two ways agree.
    fn reference_words_at(
        &self,
        i: usize,
        gated: bool,
    ) -> Option<&'static (Vec<&'static str>, &'static str)> {
        let d = date_words();
        let low = self.low(i);
        if gated && !self.can(i + 1, can::START) {
            return d.refs.iter().find(|(words, _)| words.as_slice() == [low]);
        }
        // Only the references that start with this word are tried, longest first.
        d.refs_by_first
            .get(low)?
            .iter()
            .filter_map(|&k| d.refs.get(k))
            .find(|(words, _)| self.w.matches_at(i, words))
    }

    /// "now", "the past", "at the time", "the future", "recently".
    fn reference(&self, i: usize) -> Option<Expr> {
        if !self.can(i, can::REF) {
            return None;
        }
        let d = date_words();
        let (words, value) = self.reference_words_at(i, true)?;
        let last = i + words.len() - 1;
        let next = self.low(last + 1);
        // "the past two years", "the present government": a modifier, not a reference.
        if self.is(i, "the")
            && (self.w.is_number(last + 1)
                || lexicon().number_words.contains_key(next)
                || d.vague.contains(next)
                || lexicon().time_units.contains_key(next)
                || (self.w.is_word(last + 1) && words.last() == Some(&"present")))
        {
            return None;
        }
        // "at the moment of the collapse", "at the time of the attack": the moment of a
        // happening the words go on to name, not now.
        if matches!(words.last(), Some(&"moment" | &"time")) && matches!(next, "of" | "when") {
            return None;
        }
        // "from now", "ago": already read as part of an offset.
        Some(Self::expr(i, last, Base::Ref(value)))
    }

    /// Whether a bare plural unit at token `k` names a kind of day, week or year, no length:
    /// "two more strike days", "the busiest business-travel days of the week", "its worst
    /// years". A happening, a word joined by a hyphen or a superlative before it makes a
    /// compound; "of the week" or "of the year" after it makes days of a calendar.
    fn names_kind_of_day(&self, k: usize) -> bool {
        let before = if k >= 1 { self.low(k - 1) } else { "" };
        let w = self.w;
        (k >= 1 && w.is_word(k - 1) && lexicon().events.contains_key(before))
            || (k >= 2 && w.is_word(k - 1) && w.is_dash(k - 2) && w.glued(k - 1))
            || (before.len() > 5 && before.ends_with("est"))
            || (self.is(k + 1, "of")
                && self.is(k + 2, "the")
                && matches!(self.low(k + 3), "week" | "month" | "year"))
    }

    /// Whether the unit at token `k` is joined to "long" by a hyphen ("day-long").
    fn long_after(&self, k: usize) -> bool {
        self.w.is_punct(k + 1, "-")
            && self.w.glued(k + 1)
            && self.is(k + 2, "long")
            && self.w.glued(k + 2)
    }

    /// Whether token `i` comes right after a figure and its noun ("1.1 billion rupees a
    /// day", "1,000 barrels a day", "$2 a day"): "a day" there is a rate, no length of time.
    /// What the noun is of may stand between ("180,000 barrels of crude a day", "40 million
    /// cubic metres of gas a year").
    fn after_a_figure(&self, i: usize) -> bool {
        let w = self.w;
        self.phrases.iter().zip(self.roles).any(|(p, r)| {
            let between = p.last + 1..i;
            // The noun (of one or two words), then "of" and one or two words.
            let of_what = between
                .clone()
                .find(|&k| w.low(k) == "of")
                .is_some_and(|k| k - p.last <= 3 && (k + 2..=k + 3).contains(&i));
            *r == Role::Figure
                && p.last < i
                && between.clone().all(|k| w.is_word(k))
                && (i - p.last <= 2 || of_what)
        })
    }

    /// Lengths of time without a number phrase: "a decade", "an hour", "a year and a half",
    /// "an hour and 20 minutes", "a minute and 40 seconds", "a day and six hours": one unit at
    /// `k` (told from `first`), then "and" and a whole number of the next smaller unit, as one
    /// length in it.
    fn smaller_unit_after(&self, first: usize, k: usize, unit: &'static str) -> Option<Vague> {
        let (smaller, per) = match unit {
            "hour" => ("minute", 60.0),
            "minute" => ("second", 60.0),
            "day" => ("hour", 24.0),
            _ => return None,
        };
        if !self.is(k + 1, "and") {
            return None;
        }
        let p = self.phrase_starting(k + 2)?;
        let whole = p.currency.is_none() && !p.percent && p.value.fract() == 0.0;
        let u = p.last + 1;
        let (named, _) = lexicon().time_units.get(self.low(u))?;
        (whole && p.value >= 1.0 && p.value < per && *named == smaller).then_some(Vague {
            first,
            last: u,
            amount: Some(per + p.value),
            unit: smaller,
            unit_tok: u,
        })
    }

    /// "half an hour", "a couple of days", "the past several months", "recent weeks", "for
    /// years", "the next year" (a year from now).
    fn duration_at(&self, i: usize) -> Option<Vague> {
        // Only at the words of `DURATION_WORDS`, a vague amount or a unit.
        if !self.can(i, can::DURATION) {
            return None;
        }
        let w = self.w;
        let units = &lexicon().time_units;
        let unit_of = |k: usize| -> Option<&'static str> {
            let (u, _) = units.get(strip_possessive(self.low(k)))?;
            Some(*u)
        };
        let low = self.low(i);
        // "a decade", "an hour", "a mere 24 hours" is a number phrase.
        if matches!(low, "a" | "an" | "half") {
            let rate = i >= 1
                && (w.is_number(i - 1)
                    || lexicon().number_words.contains_key(self.low(i - 1))
                    || matches!(
                        self.low(i - 1),
                        "times" | "once" | "twice" | "thrice" | "per"
                    )
                    || self.after_a_figure(i));
            let mut k = i + 1;
            let mut amount = 1.0;
            if low == "half" {
                if !matches!(self.low(k), "a" | "an") {
                    return None;
                }
                k += 1;
                amount = 0.5;
            } else if self.is(k, "couple") && self.is(k + 1, "of") {
                k += 2;
                amount = 2.0;
            } else if self.is(k, "few") {
                let unit = unit_of(k + 1).filter(|_| self.low(k + 1).ends_with('s'))?;
                return Some(Vague {
                    first: i,
                    last: k + 1,
                    amount: None,
                    unit,
                    unit_tok: k + 1,
                });
            }
            while ONE_UNIT_WORDS.contains(&self.low(k)) {
                k += 1;
            }
            let unit = unit_of(k)?;
            // "a day-long blackout", "an hour-long meeting": one unit, loosely.
            let long = amount == 1.0 && self.long_after(k);
            if rate
                || matches!(unit, "second")
                || self.low(k).len() < 3
                || (!long && matches!(self.low(k + 1), "ago" | "old" | "-"))
            {
                return None;
            }
            let plural = self.low(k).ends_with('s');
            if plural != (amount == 2.0) {
                return None;
            }
            let mut last = if long { k + 2 } else { k };
            if amount == 1.0 && w.matches_at(k + 1, &["and", "a", "half"]) {
                amount = 1.5;
                last = k + 3;
            } else if amount == 1.0 && w.matches_at(k + 1, &["and", "a", "quarter"]) {
                amount = 1.25;
                last = k + 3;
            } else if amount == 1.0 && w.matches_at(k + 1, &["and", "three", "quarters"]) {
                amount = 1.75;
                last = k + 3;
            } else if amount == 1.0
                && !long
                && let Some(smaller) = self.smaller_unit_after(i, k, unit)
            {
                // "an hour and 20 minutes": one length in the smaller unit.
                return Some(smaller);
            }
            return Some(Vague {
                first: i,
                last,
                amount: Some(amount),
                unit,
                unit_tok: k,
            });
        }
        // "Day-long blackout", "weeks-long siege": a unit joined to "long" (one unit, loosely,
        // or several).
        if let Some(unit) = unit_of(i).filter(|_| self.long_after(i) && low.len() >= 3) {
            return Some(Vague {
                first: i,
                last: i + 2,
                amount: (!low.ends_with('s')).then_some(1.0),
                unit,
                unit_tok: i,
            });
        }
        // "the past several months", "recent weeks", "the next few days", "for years".
        let d = date_words();
        let mut k = i;
        if low == "the" {
            k += 1;
        }
        let shifted = matches!(
            self.low(k),
            "past" | "last" | "next" | "coming" | "previous" | "following"
        );
        if shifted {
            k += 1;
        }
        // "the past year", "the next month": one unit (not "the last week", a date).
        if low == "the"
            && shifted
            && !self.is(k - 1, "last")
            && let Some(unit) = unit_of(k).filter(|_| !self.low(k).ends_with('s'))
            && !matches!(unit, "second" | "day")
            && self.low(k).len() >= 3
        {
            return Some(Vague {
                first: i,
                last: k,
                amount: Some(1.0),
                unit,
                unit_tok: k,
            });
        }
        if self.is(k, "a") && self.is(k + 1, "few") {
            k += 2;
        } else if d.vague.contains(self.low(k)) {
            k += 1;
        }
        // "last year's conference" is a year's, no plural of years.
        let word = strip_possessive(self.low(k));
        let unit = unit_of(k)?;
        if !word.ends_with('s') || word.len() < 4 || matches!(self.low(k + 1), "old" | "ago") {
            return None;
        }
        // "centuries-old churches", "decades-old dispute": an age of a thing, no length.
        if self.w.is_dash(k + 1) && self.w.glued(k + 1) && self.is(k + 2, "old") {
            return None;
        }
        // "in the early hours of yesterday", "the small hours": a time of day, not a length.
        if unit == "hour" && k >= 1 && matches!(self.low(k - 1), "early" | "small" | "wee") {
            return None;
        }
        // "five years'", "6 months": the number phrase before it has the unit.
        if k == i && i >= 1 && self.phrases.iter().any(|p| p.last + 1 == i) {
            return None;
        }
        // A bare plural only starts an expression at its own token.
        if k > i && low == "the" && !shifted && !d.vague.contains(self.low(i + 1)) {
            return None;
        }
        if k == i && self.names_kind_of_day(i) {
            return None;
        }
        Some(Vague {
            first: i,
            last: k,
            amount: None,
            unit,
            unit_tok: k,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use proptest::prelude::*;

    /// Words dates are made of, and words around them.
    const DATEISH: [&str; 40] = [
        "Dec", ".", "18", "-", "2015", "Tuesday", "next", "last", "the", "end", "of", "year",
        "mid", "early", "a", "decade", "ago", "two", "days", "4", "p", "m", ":", "00", "GMT", "'",
        "90s", "at", "time", "present", "moment", "fiscal", "weekend", "these", "first", "quarter",
        "now", "past", "several", "since",
    ];

    /// Numbers and what comes around numbers in dates, clock times and lengths of time.
    const NUMBERISH: [&str; 44] = [
        "18", "2015", "4", "30", "1960", "90", "12", "7", "10", "2009", "58", "'", "’", "s", "-",
        "–", "/", ":", ".", ",", "am", "pm", "a", "p", "m", "GMT", "o'clock", "of", "century",
        "December", "Dec", "May", "ago", "from", "now", "two", "years", "days", "in", "the", "at",
        "fiscal", "to", "and",
    ];

    /// The number phrases of a sentence and their roles, which a parser reads.
    fn phrases_and_roles(w: &Words) -> (Vec<Phrase>, Vec<Role>) {
        let phrases = crate::extract::phrase::find_phrases(w);
        let roles = phrases
            .iter()
            .map(|p| crate::extract::role::role(w, p))
            .collect();
        (phrases, roles)
    }

    #[test]
    fn the_fast_test_keeps_every_number_that_starts_a_reading() {
        for s in [
            "It began 18 years ago.",
            "It ends 3 weeks from now.",
            "They met at 10 pm and at 4 a.m. and at 9 GMT and at 5 o'clock.",
            "Talks began on 18 December and on 18 of December.",
            "It is a 19th-century house.",
            "Prices rose in 2009 and in 2009-2010 and 2015.",
            "At 10:30 on 12/18/2015 in the '90s and the 1960s.",
        ] {
            let w = Words::new(s, Span::new(0, s.len()));
            let (phrases, roles) = phrases_and_roles(&w);
            let parser = Parser::new(&w, &phrases, &roles);
            let mut read = 0;
            for i in (0..w.len()).filter(|&i| w.is_number(i)) {
                if parser.read_item_at(i).is_some() {
                    read += 1;
                    assert!(!parser.number_starts_nothing(i), "{} in {s:?}", w.raw(i));
                }
            }
            assert!(read > 0, "{s:?}");
        }
    }

    /// The text and span of every sentence of the shipped articles and events.
    fn shipped_sentences() -> Vec<(std::rc::Rc<str>, Span)> {
        let files = crate::extract::shipped_article_files();
        let mut out = Vec::new();
        for f in files {
            let text: std::rc::Rc<str> = std::fs::read_to_string(&f).expect("utf-8 text").into();
            for s in crate::extract::split_sentences(&text, Span::new(0, text.len())) {
                out.push((std::rc::Rc::clone(&text), s.span));
            }
        }
        out
    }

    /// Every sentence of the shipped articles and events: wherever the fast test of
    /// `number_starts_nothing` passes a number over, the full reading finds nothing there, so
    /// `item_at` reads what `read_item_at` reads.
    #[test]
    fn the_fast_test_agrees_with_the_full_reading_on_every_shipped_sentence() {
        let (mut passed_over, mut read) = (0, 0);
        for (text, span) in shipped_sentences() {
            let w = Words::new(&text, span);
            let (phrases, roles) = phrases_and_roles(&w);
            let parser = Parser::new(&w, &phrases, &roles);
            for i in (0..w.len()).filter(|&i| w.is_number(i)) {
                let full = parser.read_item_at(i);
                read += usize::from(full.is_some());
                if parser.number_starts_nothing(i) {
                    passed_over += 1;
                    assert_eq!(full, None, "{}: {}", w.raw(i), span.slice(&text));
                }
            }
        }
        assert!(passed_over > 300 && read > 100, "{passed_over} {read}");
    }

    /// Every token of every shipped sentence: the reference read without looking up the
    /// table of first words where no starter follows is the one the table gives.
    #[test]
    fn the_reference_gate_agrees_with_the_table_on_every_shipped_sentence() {
        let (mut tokens, mut found) = (0, 0);
        for (text, span) in shipped_sentences() {
            let w = Words::new(&text, span);
            let (phrases, roles) = phrases_and_roles(&w);
            let parser = Parser::new(&w, &phrases, &roles);
            for i in 0..w.len() {
                let gated = parser.reference_words_at(i, true);
                assert_eq!(
                    gated,
                    parser.reference_words_at(i, false),
                    "{}",
                    span.slice(&text)
                );
                tokens += 1;
                found += usize::from(gated.is_some());
            }
        }
        assert!(tokens > 10_000 && found > 10, "{tokens} {found}");
    }

    proptest! {
        #[test]
        fn a_number_the_fast_test_passes_over_starts_nothing(
            words in proptest::collection::vec(proptest::sample::select(NUMBERISH.to_vec()), 0..12),
            glue in proptest::collection::vec(any::<bool>(), 12),
        ) {
            let s: String = words
                .iter()
                .zip(&glue)
                .map(|(w, g)| if *g { w.to_string() } else { format!(" {w}") })
                .collect();
            let w = Words::new(&s, Span::new(0, s.len()));
            let (phrases, roles) = phrases_and_roles(&w);
            let parser = Parser::new(&w, &phrases, &roles);
            for i in 0..w.len() {
                if w.is_number(i) && parser.number_starts_nothing(i) {
                    prop_assert_eq!(parser.read_item_at(i), None, "{} in {:?}", i, s);
                }
            }
        }

        #[test]
        fn no_reading_starts_at_a_word_that_starts_nothing_by_itself(
            words in proptest::collection::vec(proptest::sample::select(DATEISH.to_vec()), 0..12),
        ) {
            let s = words.join(" ");
            let w = Words::new(&s, Span::new(0, s.len()));
            let (phrases, roles) = phrases_and_roles(&w);
            let parser = Parser::new(&w, &phrases, &roles);
            for i in 0..w.len() {
                if !parser.can(i, can::DATE & !can::START) {
                    prop_assert_eq!(parser.item_at(i), None, "{} in {:?}", i, s);
                }
            }
        }
    }
}
