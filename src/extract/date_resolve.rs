//! Date expressions resolved against the publication date (the anchor) into TIMEX3 values
//! with their first and last day. All calendar arithmetic is jiff's. Without an anchor a
//! relative expression stays unresolved: its TIMEX3 value keeps `X` placeholders
//! ("XXXX-12-18", "XXXX-WXX-2") and it has no bounds.

use crate::extract::date_parse::{Base, Clock, Expr, Shift, Unit};
use crate::extract::date_words::{Part, Tense};
use crate::model::{DateValue, Granularity};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// What a resolved expression covers, before it is written as a `DateValue`.
#[derive(Clone)]
struct Period {
    timex: String,
    start: Date,
    end: Date,
    granularity: Granularity,
}

/// Appends `n` in `width` decimal digits, zero-padded (`n` has no more).
fn push_padded(s: &mut String, n: u16, width: u32) {
    // The place of the first digit, then each next one a tenth of it: one power per number,
    // not one per digit.
    let mut place = 10u16.pow(width.saturating_sub(1));
    while place > 0 {
        let digit = (n / place) % 10;
        s.push(char::from(b'0' + digit as u8));
        place /= 10;
    }
}

/// The year `y` in four digits, as TIMEX3 and jiff write it, when it has four.
fn four_digit_year(y: i16) -> Option<u16> {
    u16::try_from(y).ok().filter(|&y| y <= 9999)
}

/// `d` as ISO `YYYY-MM-DD`, as jiff's `Display` writes it: written here for the years of four
/// digits (every year news names), since the start and end of every date go through it and
/// jiff's printer is made for all its formats.
fn iso(d: Date) -> String {
    let Some(y) = four_digit_year(d.year()) else {
        return d.to_string();
    };
    let mut s = String::with_capacity(10);
    push_padded(&mut s, y, 4);
    s.push('-');
    push_padded(&mut s, d.month() as u16, 2);
    s.push('-');
    push_padded(&mut s, d.day() as u16, 2);
    s
}

/// `YYYY-MM`, as `format!("{y:04}-{m:02}")` writes it.
fn year_month(y: i16, m: i8) -> String {
    match four_digit_year(y) {
        Some(y) => {
            let mut s = String::with_capacity(7);
            push_padded(&mut s, y, 4);
            s.push('-');
            push_padded(&mut s, m as u16, 2);
            s
        }
        None => format!("{y:04}-{m:02}"),
    }
}

/// How many days after `anchor` the next day of weekday `wd` (1 = Monday) falls, 1 to 7.
pub fn days_to_next(anchor: Date, wd: i8) -> Option<i64> {
    let next = anchor.nth_weekday(1, weekday(wd)).ok()?;
    Some(i64::from((next - anchor).get_days()))
}

fn weekday(n: i8) -> Weekday {
    Weekday::from_monday_one_offset(n).unwrap_or(Weekday::Monday)
}

fn month_period(y: i16, m: i8) -> Option<Period> {
    let start = Date::new(y, m, 1).ok()?;
    Some(Period {
        timex: year_month(y, m),
        start,
        end: start.last_of_month(),
        granularity: Granularity::Month,
    })
}

fn year_period(y: i16) -> Option<Period> {
    Some(Period {
        timex: format!("{y:04}"),
        start: Date::new(y, 1, 1).ok()?,
        end: Date::new(y, 12, 31).ok()?,
        granularity: Granularity::Year,
    })
}

fn day_period(d: Date) -> Period {
    Period {
        timex: iso(d),
        start: d,
        end: d,
        granularity: Granularity::Day,
    }
}

/// "next Tuesday" said on `anchor`. When the coming Tuesday falls in the week of the report
/// (said on a Monday, or on a Sunday where weeks start on Sunday), readers and style guides
/// split between that day and the Tuesday of the week after, so the claim allows both days and
/// every day between: a report naming either day is then not contradicted. Otherwise both
/// readings are the coming one.
fn next_weekday_period(anchor: Date, wd: Weekday) -> Option<Period> {
    let coming = anchor.nth_weekday(1, wd).ok()?;
    let same_week = coming.iso_week_date().week() == anchor.iso_week_date().week()
        || (anchor.weekday() == Weekday::Sunday && wd != Weekday::Sunday);
    if !same_week {
        return Some(day_period(coming));
    }
    let week_after = coming.checked_add(7.days()).ok()?;
    Some(Period {
        timex: format!("({},{},P7D)", iso(coming), iso(week_after)),
        start: coming,
        end: week_after,
        granularity: Granularity::Day,
    })
}

fn week_period(d: Date) -> Option<Period> {
    let iso = d.iso_week_date();
    let monday = iso.first_of_week().ok()?.date();
    Some(Period {
        timex: format!("{:04}-W{:02}", iso.year(), iso.week()),
        start: monday,
        end: monday.checked_add(6.days()).ok()?,
        granularity: Granularity::Week,
    })
}

fn weekend_period(d: Date) -> Option<Period> {
    let w = week_period(d)?;
    Some(Period {
        timex: format!("{}-WE", w.timex),
        start: w.end.checked_sub(1.day()).ok()?,
        end: w.end,
        granularity: Granularity::Week,
    })
}

fn quarter_period(y: i16, q: i8) -> Option<Period> {
    let start = Date::new(y, (q - 1) * 3 + 1, 1).ok()?;
    Some(Period {
        timex: format!("{y:04}-Q{q}"),
        start,
        end: start.checked_add(2.months()).ok()?.last_of_month(),
        granularity: Granularity::Quarter,
    })
}

/// Seasons by whole months: spring March–May, summer June–August, autumn September–November,
/// winter December to February (named by the year of its December).
fn season_period(y: i16, s: &str) -> Option<Period> {
    let m = match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    let start = Date::new(y, m, 1).ok()?;
    Some(Period {
        timex: format!("{y:04}-{s}"),
        start,
        end: start.checked_add(2.months()).ok()?.last_of_month(),
        granularity: Granularity::Season,
    })
}

fn decade_period(d: i32) -> Option<Period> {
    let y = i16::try_from(d * 10).ok()?;
    Some(Period {
        timex: format!("{d:03}"),
        start: Date::new(y, 1, 1).ok()?,
        end: Date::new(y + 9, 12, 31).ok()?,
        granularity: Granularity::Decade,
    })
}

fn century_period(c: i32) -> Option<Period> {
    let y = i16::try_from(c * 100).ok()?;
    Some(Period {
        timex: format!("{c:02}"),
        start: Date::new(y, 1, 1).ok()?,
        end: Date::new(y + 99, 12, 31).ok()?,
        granularity: Granularity::Century,
    })
}

/// The period of `unit` that holds `d`.
fn unit_period(unit: Unit, d: Date) -> Option<Period> {
    match unit {
        Unit::Day => Some(day_period(d)),
        Unit::Week => week_period(d),
        Unit::Weekend => weekend_period(d),
        Unit::Month => month_period(d.year(), d.month()),
        Unit::Quarter => quarter_period(d.year(), (d.month() - 1) / 3 + 1),
        Unit::Year => year_period(d.year()),
        Unit::Decade => decade_period(i32::from(d.year()) / 10),
        Unit::Century => century_period(i32::from(d.year()) / 100),
    }
}

/// `d` moved by `n` units.
fn shift_date(d: Date, unit: Unit, n: i32) -> Option<Date> {
    let n = i64::from(n);
    // The fallible setters: a count written in the text ("2015 decades ago") can be past
    // what a span holds, and then there is no such date (the plain setters panic).
    let none = jiff::Span::new();
    let span = match unit {
        Unit::Day => none.try_days(n),
        Unit::Week | Unit::Weekend => none.try_weeks(n),
        Unit::Month => none.try_months(n),
        Unit::Quarter => none.try_months(3 * n),
        Unit::Year => none.try_years(n),
        Unit::Decade => none.try_years(10 * n),
        Unit::Century => none.try_years(100 * n),
    }
    .ok()?;
    d.checked_add(span).ok()
}

/// Picks among periods (in time order) the one a shift or tense selects, against `anchor`:
/// `Last` the latest that ended before it, `Next` the first that starts after it, `This` the
/// one that holds it or, failing that, the one of its year; a tense the latest that started
/// on or before it (past) or the first that ends on or after it (future); with neither, the
/// nearest.
fn pick(cands: Vec<Period>, anchor: Date, shift: Shift, tense: Option<Tense>) -> Option<Period> {
    let distance = |p: &Period| days_from(p, anchor);
    let mut cands = cands;
    match (shift, tense) {
        (Shift::Last, _) => cands.into_iter().rfind(|p| p.end < anchor),
        (Shift::Next | Shift::WeekAfterNext, _) => cands.into_iter().find(|p| p.start > anchor),
        (Shift::This, _) => {
            // Of the anchor's year are the periods that start or end in it: a winter two
            // ("this winter" in March is the one just over; in October, the one to come).
            let of_year =
                |p: &Period| p.start.year() == anchor.year() || p.end.year() == anchor.year();
            let i = cands
                .iter()
                .position(|p| p.start <= anchor && anchor <= p.end)
                .or_else(|| match tense {
                    Some(Tense::Past) => cands.iter().rposition(|p| of_year(p) && p.end < anchor),
                    Some(Tense::Future) => {
                        cands.iter().position(|p| of_year(p) && p.start > anchor)
                    }
                    None => None,
                })
                .or_else(|| {
                    (0..cands.len())
                        .filter(|&i| of_year(&cands[i]))
                        .min_by_key(|&i| distance(&cands[i]))
                })?;
            Some(cands.swap_remove(i))
        }
        (Shift::Tense, Some(Tense::Past)) => cands.into_iter().rfind(|p| p.start <= anchor),
        (Shift::Tense, Some(Tense::Future)) => cands.into_iter().find(|p| p.end >= anchor),
        // A year told from publication is resolved before any pick: the nearest is as good.
        (Shift::Tense, None) | (Shift::InYear(_), _) => {
            let i = (0..cands.len()).min_by_key(|&i| distance(&cands[i]))?;
            Some(cands.swap_remove(i))
        }
    }
}

/// How many days a period lies from `anchor` (0 when it holds it).
fn days_from(p: &Period, anchor: Date) -> i64 {
    if p.end < anchor {
        i64::from((anchor - p.end).get_days())
    } else if p.start > anchor {
        i64::from((p.start - anchor).get_days())
    } else {
        0
    }
}

/// Fewest days from the publication date that make the tense's pick of a day with no year
/// a year away, and most days of the nearest day, for the nearest to be taken instead.
const TENSE_FAR_DAYS: i64 = 300;
const NEAREST_DAYS: i64 = 45;

/// A day of the month with no year ("March 10", "17-18 March"), picked by tense, unless a
/// future puts it most of a year ahead when the same day passed weeks ago: "was shot ahead
/// of the June 7 election on March 10", published on March 12, tells of this March 10. News
/// names a day a year ahead with its year. (A past is kept: "Fighting raged from 20 October"
/// a week before it is last year's.)
fn pick_day(cands: Vec<Period>, anchor: Date, tense: Option<Tense>) -> Option<Period> {
    let days = |p: &Period| days_from(p, anchor);
    let nearest = cands.iter().min_by_key(|p| days(p)).cloned();
    let picked = pick(cands, anchor, Shift::Tense, tense)?;
    match nearest {
        Some(n)
            if tense == Some(Tense::Future)
                && days(&picked) >= TENSE_FAR_DAYS
                && days(&n) <= NEAREST_DAYS =>
        {
            Some(n)
        }
        _ => Some(picked),
    }
}

/// The first part of a period: the first, middle or last third of its days.
fn narrow(p: Period, part: Option<Part>) -> Option<Period> {
    let Some(part) = part else { return Some(p) };
    let days = i64::from((p.end - p.start).get_days());
    let third = days / 3;
    let (a, b) = match part {
        Part::Start => (0, third),
        Part::Mid => (third, days - third),
        Part::End => (days - third, days),
    };
    Some(Period {
        start: p.start.checked_add(a.days()).ok()?,
        end: p.start.checked_add(b.days()).ok()?,
        ..p
    })
}

/// Whether the base needs the publication date.
fn relative(base: &Base) -> bool {
    !matches!(
        base,
        Base::Cal { y: Some(_), .. }
            | Base::Range { y: Some(_), .. }
            | Base::Season { y: Some(_), .. }
            | Base::Quarter { y: Some(_), .. }
            | Base::Decade(_)
            | Base::Century(_)
    )
}

/// The TIMEX3 value of an expression that needs an anchor it does not have.
fn unresolved(base: &Base) -> (String, Granularity) {
    let g = match base {
        Base::Cal {
            m: Some(m),
            d: Some(d),
            ..
        } => {
            return (format!("XXXX-{m:02}-{d:02}"), Granularity::Day);
        }
        Base::Range { m1, d1, m2, d2, .. } => {
            return (
                format!("(XXXX-{m1:02}-{d1:02},XXXX-{m2:02}-{d2:02})"),
                Granularity::Day,
            );
        }
        Base::Weekday { wd, .. } => return (format!("XXXX-WXX-{wd}"), Granularity::Day),
        Base::Month { m, .. } => return (format!("XXXX-{m:02}"), Granularity::Month),
        Base::Season { s, .. } => return (format!("XXXX-{s}"), Granularity::Season),
        Base::Quarter { q, .. } => return (format!("XXXX-Q{q}"), Granularity::Quarter),
        Base::Ref(r) => return (r.to_string(), Granularity::Unknown),
        Base::Offset { unit, .. } | Base::The(unit) => *unit,
        _ => return ("XXXX".to_string(), Granularity::Unknown),
    };
    match g {
        Unit::Day => ("XXXX-XX-XX".into(), Granularity::Day),
        Unit::Week => ("XXXX-WXX".into(), Granularity::Week),
        Unit::Weekend => ("XXXX-WXX-WE".into(), Granularity::Week),
        Unit::Month => ("XXXX-XX".into(), Granularity::Month),
        Unit::Quarter => ("XXXX-QX".into(), Granularity::Quarter),
        Unit::Year => ("XXXX".into(), Granularity::Year),
        Unit::Decade => ("XXX".into(), Granularity::Decade),
        Unit::Century => ("XX".into(), Granularity::Century),
    }
}

fn clock_suffix(c: Clock) -> String {
    match c {
        Clock::At(h, m) => format!("T{h:02}:{m:02}"),
        Clock::Part(p) => format!("T{p}"),
    }
}

/// The period a base names, against the anchor when it needs one.
fn period(e: &Expr, anchor: Date, tense: Option<Tense>) -> Option<Period> {
    let ay = anchor.year();
    let years = [ay - 1, ay, ay + 1];
    match e.base {
        Base::Cal { y, m, d } => match (y, m, d) {
            (Some(y), Some(m), Some(d)) => {
                Some(day_period(Date::new(i16::try_from(y).ok()?, m, d).ok()?))
            }
            (Some(y), Some(m), None) => month_period(i16::try_from(y).ok()?, m),
            (Some(y), None, _) => year_period(i16::try_from(y).ok()?),
            (None, Some(m), Some(d)) => {
                let c = years
                    .iter()
                    .filter_map(|&y| Date::new(y, m, d).ok())
                    .map(day_period)
                    .collect();
                pick_day(c, anchor, tense)
            }
            _ => None,
        },
        Base::Range { y, m1, d1, m2, d2 } => {
            let make = |y: i16| -> Option<Period> {
                let start = Date::new(y, m1, d1).ok()?;
                let y2 = if m2 < m1 { y + 1 } else { y };
                let end = Date::new(y2, m2, d2).ok()?;
                (end > start).then(|| Period {
                    timex: format!("({start},{end},P{}D)", (end - start).get_days()),
                    start,
                    end,
                    granularity: Granularity::Day,
                })
            };
            match y {
                Some(y) => make(i16::try_from(y).ok()?),
                None => pick_day(
                    years.iter().filter_map(|&y| make(y)).collect(),
                    anchor,
                    tense,
                ),
            }
        }
        Base::Weekday { wd, shift } => {
            let wd = weekday(wd);
            // "with the first flights landing this Friday", told on a Wednesday: the day of the
            // week of publication (Monday to Sunday), whatever tense the sentence tells.
            if shift == Shift::This && tense != Some(Tense::Future) {
                let monday = anchor
                    .checked_sub(i64::from(anchor.weekday().to_monday_zero_offset()).days())
                    .ok()?;
                let d = monday
                    .checked_add(i64::from(wd.to_monday_zero_offset()).days())
                    .ok()?;
                return Some(day_period(d));
            }
            let shift = match (shift, tense) {
                (Shift::Tense | Shift::This, Some(Tense::Future)) => Shift::Next,
                (Shift::Tense | Shift::This, _) => Shift::Tense,
                (s, _) => s,
            };
            // "will meet on Tuesday" in a report of a Tuesday is that day, as wire style
            // names the day of the report; "next Tuesday" is a week on.
            let today = anchor.weekday() == wd
                && matches!(
                    e.base,
                    Base::Weekday {
                        shift: Shift::Tense | Shift::This,
                        ..
                    }
                );
            let explicit_next = matches!(
                e.base,
                Base::Weekday {
                    shift: Shift::Next,
                    ..
                }
            );
            if explicit_next {
                return next_weekday_period(anchor, wd);
            }
            let d = match shift {
                _ if today => anchor,
                Shift::Next => anchor.nth_weekday(1, wd).ok()?,
                Shift::WeekAfterNext => {
                    anchor.nth_weekday(1, wd).ok()?.checked_add(7.days()).ok()?
                }
                Shift::Last => anchor.nth_weekday(-1, wd).ok()?,
                _ if anchor.weekday() == wd => anchor,
                _ => anchor.nth_weekday(-1, wd).ok()?,
            };
            Some(day_period(d))
        }
        Base::Month {
            m,
            shift: Shift::InYear(n),
        } => month_period(ay + i16::from(n), m),
        Base::Month { m, shift } => {
            let c = years.iter().filter_map(|&y| month_period(y, m)).collect();
            pick(c, anchor, shift, tense)
        }
        Base::Offset { unit, n } => unit_period(unit, shift_date(anchor, unit, n)?),
        Base::The(unit) => {
            // "the end of the year" said in the past of a year whose end is still to come is
            // last year's end; said of the future once it is over, next year's.
            let this = narrow(unit_period(unit, anchor)?, e.part)?;
            let n = match tense {
                Some(Tense::Past) if this.start > anchor => -1,
                Some(Tense::Future) if this.end < anchor => 1,
                _ => 0,
            };
            unit_period(unit, shift_date(anchor, unit, n)?)
        }
        Base::Season { s, y, shift } => match y {
            Some(y) => season_period(i16::try_from(y).ok()?, s),
            None => {
                let c = [ay - 2, ay - 1, ay, ay + 1]
                    .iter()
                    .filter_map(|&y| season_period(y, s))
                    .collect();
                pick(c, anchor, shift, tense)
            }
        },
        Base::Quarter { q, y, shift } => match y {
            Some(y) => quarter_period(i16::try_from(y).ok()?, q),
            None => {
                let c = years.iter().filter_map(|&y| quarter_period(y, q)).collect();
                pick(c, anchor, shift, tense)
            }
        },
        Base::Decade(d) => decade_period(d),
        Base::Century(c) => century_period(c),
        Base::Ref(_) => None,
    }
}

/// Whether the expression counts days from the publication date ("yesterday", "today",
/// "three days ago", a clock time alone): the day it names moves with that date.
fn counts_days_from_anchor(base: &Base) -> bool {
    matches!(
        base,
        Base::Offset {
            unit: Unit::Day,
            ..
        }
    )
}

/// Whether the tense around an expression can change what `resolve` makes of it: only a
/// date that the words leave between years or weeks ("Jan. 1", "Tuesday", "in November",
/// "the end of the year") is placed by it.
pub fn needs_tense(base: &Base) -> bool {
    match *base {
        Base::Cal { y, m, d } => y.is_none() && m.is_some() && d.is_some(),
        Base::Range { y, .. } => y.is_none(),
        Base::Weekday { shift, .. } => matches!(shift, Shift::Tense | Shift::This),
        // "this winter" in March is the one just over when told of the past (see `pick`).
        Base::Month { shift, .. } => matches!(shift, Shift::Tense | Shift::This),
        Base::Season { y, shift, .. } | Base::Quarter { y, shift, .. } => {
            y.is_none() && matches!(shift, Shift::Tense | Shift::This)
        }
        Base::The(_) => true,
        Base::Offset { .. } | Base::Decade(_) | Base::Century(_) | Base::Ref(_) => false,
    }
}

/// Resolves `e` against the publication date `anchor` (if known) and the tense around it.
#[cfg(test)]
pub fn resolve(e: &Expr, anchor: Option<Date>, tense: Option<Tense>) -> Option<DateValue> {
    resolve_with_start(e, anchor, tense).map(|(d, _)| d)
}

/// `resolve`, with the first day of the period it resolves to (the day its `start` writes),
/// so that a caller that wants that day need not parse it back: none for a reference
/// ("now", whose `start` is the anchor's) or a date left unresolved.
pub fn resolve_with_start(
    e: &Expr,
    anchor: Option<Date>,
    tense: Option<Tense>,
) -> Option<(DateValue, Option<Date>)> {
    let rel = relative(&e.base);
    if let Base::Ref(r) = e.base {
        let a = anchor.map(iso);
        let (start, end) = match r {
            "PRESENT_REF" => (a.clone(), a.clone()),
            "PAST_REF" => (None, a.clone()),
            _ => (a.clone(), None),
        };
        let value = DateValue {
            timex: r.to_string(),
            start,
            end,
            granularity: Granularity::Unknown,
            relative: true,
            anchor: a,
            counted_from_anchor: false,
        };
        return Some((value, None));
    }
    let known = match (rel, anchor) {
        (false, _) => Some(period(e, anchor.unwrap_or_default(), tense)?),
        (true, Some(a)) => Some(period(e, a, tense)?),
        (true, None) => None,
    };
    let Some(p) = known else {
        let (mut timex, granularity) = unresolved(&e.base);
        if let Some(c) = e.clock {
            timex.push_str(&clock_suffix(c));
        }
        let value = DateValue {
            timex,
            start: None,
            end: None,
            granularity,
            relative: true,
            anchor: None,
            counted_from_anchor: false,
        };
        return Some((value, None));
    };
    let mut p = narrow(p, e.part)?;
    if let Some(c) = e.clock
        && p.granularity == Granularity::Day
    {
        p.timex.push_str(&clock_suffix(c));
        p.granularity = Granularity::Time;
    }
    let value = DateValue {
        timex: p.timex,
        start: Some(iso(p.start)),
        end: Some(iso(p.end)),
        granularity: p.granularity,
        relative: rel,
        anchor: if rel { anchor.map(iso) } else { None },
        counted_from_anchor: anchor.is_some() && counts_days_from_anchor(&e.base),
    };
    Some((value, Some(p.start)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn weekday_expr(wd: i8, shift: Shift) -> Expr {
        Expr {
            first: 0,
            last: 0,
            base: Base::Weekday { wd, shift },
            part: None,
            clock: None,
        }
    }

    fn day(v: &DateValue) -> Date {
        v.start.as_deref().unwrap().parse().unwrap()
    }

    /// The day `resolve_with_start` gives is the one the value's `start` writes.
    #[test]
    fn the_start_day_is_the_day_start_writes() {
        let anchors: [Date; 3] = [
            "2015-12-11".parse().unwrap(),
            "2016-02-29".parse().unwrap(),
            "2020-01-01".parse().unwrap(),
        ];
        let mut days = 0;
        for a in anchors {
            for wd in 1..=7 {
                for shift in [Shift::Tense, Shift::Last, Shift::This, Shift::Next] {
                    for tense in [None, Some(Tense::Past), Some(Tense::Future)] {
                        let e = weekday_expr(wd, shift);
                        let Some((v, start)) = resolve_with_start(&e, Some(a), tense) else {
                            continue;
                        };
                        assert_eq!(v, resolve(&e, Some(a), tense).unwrap());
                        if let Some(d) = start {
                            assert_eq!(v.start.as_deref(), Some(d.to_string().as_str()));
                            days += 1;
                        }
                    }
                }
            }
        }
        assert!(days > 50, "{days}");
    }

    #[test]
    fn a_day_of_the_month_is_not_put_a_year_ahead_when_it_passed_weeks_ago() {
        let cal = |m: i8, d: i8| Expr {
            base: Base::Cal {
                y: None,
                m: Some(m),
                d: Some(d),
            },
            ..weekday_expr(1, Shift::Tense)
        };
        let on = |day: &str, e: &Expr, tense| {
            resolve(e, Some(day.parse().unwrap()), tense).unwrap().timex
        };
        // "was shot ahead of the June 7 election on March 10", said on March 12.
        assert_eq!(
            on("2026-03-12", &cal(3, 10), Some(Tense::Future)),
            "2026-03-10"
        );
        // A past a week ahead is last year's.
        assert_eq!(
            on("2026-03-11", &cal(3, 17), Some(Tense::Past)),
            "2025-03-17"
        );
        // Months away, the tense decides.
        assert_eq!(
            on("2026-03-11", &cal(6, 17), Some(Tense::Past)),
            "2025-06-17"
        );
        assert_eq!(
            on("2026-03-11", &cal(1, 17), Some(Tense::Future)),
            "2027-01-17"
        );
    }

    #[test]
    fn seed_weekdays_and_months() {
        let fri: Date = "2015-12-11".parse().unwrap();
        let tue = weekday_expr(2, Shift::Tense);
        assert_eq!(
            resolve(&tue, Some(fri), Some(Tense::Future)).unwrap().timex,
            "2015-12-15"
        );
        let said_friday = weekday_expr(5, Shift::Tense);
        let v = resolve(&said_friday, Some(fri), Some(Tense::Past)).unwrap();
        assert_eq!((v.timex.as_str(), v.relative), ("2015-12-11", true));
        assert_eq!(v.anchor.as_deref(), Some("2015-12-11"));
        let nov = Expr {
            base: Base::Month {
                m: 11,
                shift: Shift::Tense,
            },
            ..tue
        };
        let v = resolve(&nov, Some(fri), Some(Tense::Past)).unwrap();
        assert_eq!(
            (v.timex.as_str(), v.start.as_deref(), v.end.as_deref()),
            ("2015-11", Some("2015-11-01"), Some("2015-11-30"))
        );
        let next_week = Expr {
            base: Base::Offset {
                unit: Unit::Week,
                n: 1,
            },
            ..tue
        };
        let v = resolve(&next_week, Some(fri), None).unwrap();
        assert_eq!(
            (v.timex.as_str(), v.start.as_deref(), v.end.as_deref()),
            ("2015-W51", Some("2015-12-14"), Some("2015-12-20"))
        );
        // The wire report of Wednesday 2015-12-16: "agreed on Tuesday".
        let wed: Date = "2015-12-16".parse().unwrap();
        assert_eq!(
            resolve(&tue, Some(wed), Some(Tense::Past)).unwrap().timex,
            "2015-12-15"
        );
    }

    #[test]
    fn this_winter_is_the_one_just_over_or_the_one_to_come() {
        let this_winter = Expr {
            base: Base::Season {
                s: "WI",
                y: None,
                shift: Shift::This,
            },
            ..weekday_expr(2, Shift::Tense)
        };
        let timex = |anchor: &str, tense: Option<Tense>| {
            resolve(&this_winter, Some(anchor.parse().unwrap()), tense)
                .unwrap()
                .timex
        };
        // In its January, and just after it ended, the winter that began in December.
        assert_eq!(timex("2026-01-10", None), "2025-WI");
        assert_eq!(timex("2026-03-14", Some(Tense::Past)), "2025-WI");
        assert_eq!(timex("2026-03-14", None), "2025-WI");
        // In the autumn, and said of the future, the winter to come.
        assert_eq!(timex("2026-10-10", None), "2026-WI");
        assert_eq!(timex("2026-06-01", Some(Tense::Future)), "2026-WI");
    }

    #[test]
    fn parts_narrow_the_period_but_keep_the_value() {
        let a: Date = "2013-03-22".parse().unwrap();
        let early_dec = Expr {
            first: 0,
            last: 1,
            base: Base::Month {
                m: 12,
                shift: Shift::Tense,
            },
            part: Some(Part::Start),
            clock: None,
        };
        let v = resolve(&early_dec, Some(a), Some(Tense::Past)).unwrap();
        assert_eq!(
            (v.timex.as_str(), v.start.as_deref(), v.end.as_deref()),
            ("2012-12", Some("2012-12-01"), Some("2012-12-11"))
        );
        // "peaked by the end of the year", said in March: last year's end.
        let end_of_year = Expr {
            base: Base::The(Unit::Year),
            part: Some(Part::End),
            ..early_dec
        };
        assert_eq!(
            resolve(&end_of_year, Some(a), Some(Tense::Past))
                .unwrap()
                .timex,
            "2012"
        );
        assert_eq!(
            resolve(&end_of_year, Some(a), Some(Tense::Future))
                .unwrap()
                .timex,
            "2013"
        );
    }

    fn shift() -> impl Strategy<Value = Shift> {
        proptest::sample::select(vec![Shift::Tense, Shift::Last, Shift::This, Shift::Next])
    }

    fn unit() -> impl Strategy<Value = Unit> {
        proptest::sample::select(vec![
            Unit::Day,
            Unit::Week,
            Unit::Weekend,
            Unit::Month,
            Unit::Quarter,
            Unit::Year,
            Unit::Decade,
            Unit::Century,
        ])
    }

    /// Every kind of base, with values in and out of range.
    fn base() -> impl Strategy<Value = Base> {
        let y = proptest::option::of(1900i32..2100);
        let m = proptest::option::of(0i8..=13);
        let d = proptest::option::of(0i8..=32);
        prop_oneof![
            (y.clone(), m, d).prop_map(|(y, m, d)| Base::Cal { y, m, d }),
            (y.clone(), 1i8..=12, 1i8..=31, 1i8..=12, 1i8..=31)
                .prop_map(|(y, m1, d1, m2, d2)| Base::Range { y, m1, d1, m2, d2 }),
            (1i8..=7, shift()).prop_map(|(wd, shift)| Base::Weekday { wd, shift }),
            (1i8..=12, shift()).prop_map(|(m, shift)| Base::Month { m, shift }),
            (unit(), -12i32..12).prop_map(|(unit, n)| Base::Offset { unit, n }),
            unit().prop_map(Base::The),
            (
                proptest::sample::select(vec!["SP", "SU", "FA", "WI"]),
                y.clone(),
                shift()
            )
                .prop_map(|(s, y, shift)| Base::Season { s, y, shift }),
            (1i8..=4, y, shift()).prop_map(|(q, y, shift)| Base::Quarter { q, y, shift }),
            (185i32..210).prop_map(Base::Decade),
            (15i32..22).prop_map(Base::Century),
            proptest::sample::select(vec!["PRESENT_REF", "PAST_REF", "FUTURE_REF"])
                .prop_map(Base::Ref),
        ]
    }

    proptest! {
        #[test]
        fn dates_are_written_as_jiff_writes_them(y in -9999i16..=9999, m in 1i8..=12, d in 1i8..=28) {
            let date = Date::new(y, m, d).unwrap();
            prop_assert_eq!(iso(date), date.to_string());
            prop_assert_eq!(year_month(y, m), format!("{y:04}-{m:02}"));
        }

        #[test]
        fn what_needs_no_tense_resolves_the_same_in_every_tense(
            base in base(),
            part in proptest::option::of(proptest::sample::select(vec![
                Part::Start,
                Part::Mid,
                Part::End,
            ])),
            clock in proptest::option::of(prop_oneof![
                (0i8..=24, 0i8..60).prop_map(|(h, m)| Clock::At(h, m)),
                Just(Clock::Part("AF")),
            ]),
            days in -60_000i64..60_000,
            anchored in any::<bool>(),
        ) {
            prop_assume!(!needs_tense(&base));
            let e = Expr { first: 0, last: 0, base, part, clock };
            let anchor = anchored
                .then(|| Date::new(2000, 1, 1).unwrap().checked_add(days.days()).unwrap());
            let none = resolve(&e, anchor, None);
            prop_assert_eq!(&resolve(&e, anchor, Some(Tense::Past)), &none);
            prop_assert_eq!(&resolve(&e, anchor, Some(Tense::Future)), &none);
        }

        #[test]
        fn weekdays_fall_in_the_week_their_tense_points_to(
            days in -200_000i64..200_000,
            wd in 1i8..=7,
        ) {
            let anchor = Date::new(2000, 1, 1).unwrap().checked_add(days.days()).unwrap();
            let e = weekday_expr(wd, Shift::Tense);
            let past = day(&resolve(&e, Some(anchor), Some(Tense::Past)).unwrap());
            let back = (anchor - past).get_days();
            prop_assert!((0..=6).contains(&back), "{anchor} → {past}");
            prop_assert_eq!(past.weekday().to_monday_one_offset(), wd);
            let future = day(&resolve(&e, Some(anchor), Some(Tense::Future)).unwrap());
            // The report's own weekday ahead is that day ("will meet on Tuesday" in a
            // report of a Tuesday).
            let ahead = (future - anchor).get_days();
            prop_assert!((0..=6).contains(&ahead), "{anchor} → {future}");
            prop_assert_eq!(future.weekday().to_monday_one_offset(), wd);
        }
    }

    #[test]
    fn next_weekday_in_the_week_of_the_report_allows_both_readings() {
        let next_tue = weekday_expr(2, Shift::Next);
        // Monday 13 April 2026: the coming Tuesday (14) or the Tuesday of next week (21).
        let mon: Date = "2026-04-13".parse().unwrap();
        let v = resolve(&next_tue, Some(mon), Some(Tense::Future)).unwrap();
        assert_eq!(
            (v.start.as_deref(), v.end.as_deref()),
            (Some("2026-04-14"), Some("2026-04-21"))
        );
        // Friday 17 April: the coming Tuesday is already next week's; one day.
        let fri: Date = "2026-04-17".parse().unwrap();
        let v = resolve(&next_tue, Some(fri), Some(Tense::Future)).unwrap();
        assert_eq!(
            (v.timex.as_str(), v.end.as_deref()),
            ("2026-04-21", Some("2026-04-21"))
        );
    }
}
