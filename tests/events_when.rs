//! Constructed events about when things happened (tests/fixtures/events/when/): each outlet
//! dates the event against its own publication date ("on Sunday", "yesterday evening", "late
//! Sunday"), gives times of day and lengths of time, and mentions other happenings with their
//! own dates (the crime before a verdict, a court date ahead, an earlier quake). The findings
//! asserted are the ones a fact-checker would report, decided before claimdiff was run.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Value, Verdict};
use common::{finding_by_prefix, holds_by_prefix, source_id, words};

/// The comparison of one constructed event.
fn event(name: &str) -> Comparison {
    common::constructed_event("when", name, 3)
}

/// The TIMEX3 value of the claim of the source starting with `prefix` reading `text`.
fn timex(cmp: &Comparison, prefix: &str, text: &str) -> String {
    let id = source_id(cmp, prefix);
    cmp.claims
        .iter()
        .filter(|c| c.source == id)
        .filter(|c| {
            cmp.article_of(c)
                .is_some_and(|a| c.span.slice(&a.text) == text)
        })
        .find_map(|c| match &c.value {
            Value::Date(d) => Some(d.timex.clone()),
            Value::Duration(d) => Some(d.timex.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no date or duration {text:?} in {prefix}"))
}

/// No finding of dates or durations is a contradiction.
fn no_contradiction_in_time(cmp: &Comparison, except: &[&str]) {
    for f in &cmp.findings {
        if matches!(f.kind, ClaimKind::Date | ClaimKind::Duration)
            && f.verdict == Verdict::Contradict
        {
            let w = words(cmp, f);
            assert!(
                except.iter().any(|e| w.contains(e)),
                "unexpected contradiction {}: {w:?} ({})",
                f.topic,
                f.explanation
            );
        }
    }
}

#[test]
fn an_arrest_on_sunday_night_is_the_same_day_as_yesterday_evening_a_day_later() {
    // Wire of Sunday 2019-03-10 ("late Sunday"), three reports of Monday ("yesterday
    // evening", "on Sunday night at around 10:40pm", "the evening of Sunday, March 10").
    let cmp = event("lyon-arrest-2019");
    no_contradiction_in_time(&cmp, &[]);
    // The clock time takes the day named before it, not the publication day.
    assert_eq!(
        timex(&cmp, "broadcaster", "10:40pm"),
        "2019-03-10T22:40",
        "a lone clock time after 'Sunday night'"
    );
    let arrest = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Sunday");
    for (prefix, text) in [
        ("broadcaster", "Sunday night"),
        ("broadcaster", "10:40pm"),
        ("foreign", "Sunday, March 10"),
    ] {
        assert!(
            holds_by_prefix(&cmp, arrest, prefix, text),
            "{prefix} {text}: {arrest:#?}"
        );
    }
    assert_ne!(arrest.verdict, Verdict::Contradict);
    // The stabbing, three weeks before, is its own date in every outlet ("stabbed on Feb. 22").
    let stabbing = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Feb. 22");
    assert_eq!(stabbing.verdict, Verdict::Agree, "{stabbing:#?}");
    for (prefix, text) in [
        ("newspaper", "February 22"),
        ("broadcaster", "22 February"),
        ("foreign", "22nd of February"),
    ] {
        assert!(
            holds_by_prefix(&cmp, stabbing, prefix, text),
            "{prefix} {text}"
        );
    }
    assert!(!holds_by_prefix(&cmp, stabbing, "wire", "Sunday"));
    // The court date ahead: "on Tuesday" from Sunday and from Monday, "tomorrow" from Monday.
    let court = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Tuesday");
    assert_eq!(court.verdict, Verdict::Agree, "{court:#?}");
    assert!(
        holds_by_prefix(&cmp, court, "newspaper", "tomorrow"),
        "{court:#?}"
    );
    assert!(
        holds_by_prefix(&cmp, court, "broadcaster", "Tuesday"),
        "{court:#?}"
    );
    assert!(
        court.topic.starts_with("date of the court"),
        "{}",
        court.topic
    );
}

#[test]
fn a_summit_yesterday_and_on_monday_agree_and_in_years_is_no_length_of_the_talks() {
    // Wire of Monday 2021-06-14, newspaper and broadcaster of Tuesday.
    let cmp = event("horn-summit-2021");
    // "the most productive in years" was lined up against "about three hours" as a
    // contradiction of the summit's length.
    for f in &cmp.findings {
        if f.kind == ClaimKind::Duration && f.claims.len() > 1 {
            assert!(
                !holds_by_prefix(&cmp, f, "newspaper", "years"),
                "'in years' lined up: {:?}",
                words(&cmp, f)
            );
        }
    }
    no_contradiction_in_time(&cmp, &["more than four hours", "three-day"]);
    let summit = finding_by_prefix(&cmp, ClaimKind::Date, "newspaper", "yesterday");
    assert!(
        holds_by_prefix(&cmp, summit, "wire", "Monday"),
        "{summit:#?}"
    );
    assert_eq!(summit.verdict, Verdict::Agree, "{summit:#?}");
    assert_eq!(timex(&cmp, "newspaper", "yesterday"), "2021-06-14");
    // The follow-up meeting: "on July 12" and "next month" can both be true.
    let next = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "July 12");
    assert!(
        holds_by_prefix(&cmp, next, "broadcaster", "next month"),
        "{next:#?}"
    );
    assert_eq!(next.verdict, Verdict::Compatible, "{next:#?}");
    // The talks lasted "about three hours" (wire), "nearly three hours" (broadcaster): the
    // newspaper's "more than four hours" cannot be true with them.
    let talks = finding_by_prefix(&cmp, ClaimKind::Duration, "wire", "about three hours");
    assert!(
        holds_by_prefix(&cmp, talks, "broadcaster", "nearly three hours"),
        "{talks:#?}"
    );
    assert!(
        holds_by_prefix(&cmp, talks, "newspaper", "more than four hours"),
        "{talks:#?}"
    );
    assert_eq!(talks.verdict, Verdict::Contradict, "{talks:#?}");
    // A two-day visit and a three-day state visit.
    let visit = finding_by_prefix(&cmp, ClaimKind::Duration, "wire", "two-day");
    assert!(
        holds_by_prefix(&cmp, visit, "newspaper", "three-day"),
        "{visit:#?}"
    );
    assert_eq!(visit.verdict, Verdict::Contradict, "{visit:#?}");
    assert!(!holds_by_prefix(&cmp, visit, "wire", "about three hours"));
    // The 2017 meeting in Moyale is another meeting.
    let earlier = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "2017");
    assert_eq!(earlier.claims.len(), 1, "{earlier:#?}");
}

#[test]
fn a_quake_dated_wednesday_by_one_outlet_contradicts_tuesday_and_yesterday() {
    // Published Tuesday 2018-09-04 (wire, broadcaster) and Wednesday 2018-09-05 (newspaper:
    // "the early hours of yesterday"; the foreign outlet: "on Wednesday morning", wrong).
    let cmp = event("quake-2018");
    let quake = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Tuesday");
    assert!(
        holds_by_prefix(&cmp, quake, "newspaper", "yesterday"),
        "{quake:#?}"
    );
    assert!(
        holds_by_prefix(&cmp, quake, "foreign", "Wednesday morning"),
        "{quake:#?}"
    );
    assert_eq!(quake.verdict, Verdict::Contradict, "{quake:#?}");
    let consensus = quake
        .consensus
        .as_ref()
        .expect("a majority dates it Tuesday");
    assert_eq!(consensus.departing, [source_id(&cmp, "foreign")]);
    // "The tremor struck at 2.15am", after "the early hours of yesterday": yesterday's time.
    assert_eq!(timex(&cmp, "newspaper", "2.15am"), "2018-09-04T02:15");
    assert!(
        holds_by_prefix(&cmp, quake, "newspaper", "2.15am"),
        "{quake:#?}"
    );
    // The president's visit ahead: "on Wednesday" from Tuesday is "today" on Wednesday.
    let visit = finding_by_prefix(&cmp, ClaimKind::Date, "newspaper", "today");
    assert!(
        holds_by_prefix(&cmp, visit, "wire", "Wednesday"),
        "{visit:#?}"
    );
    assert_eq!(visit.verdict, Verdict::Agree, "{visit:#?}");
    // The 2001 quake is never the date of this one.
    assert!(!holds_by_prefix(&cmp, quake, "wire", "2001"));
}

#[test]
fn a_verdict_the_crime_and_the_arrest_keep_their_own_dates() {
    // Verdict on Thursday 2022-02-10 ("on Thursday", "yesterday", "today", "on Thursday (10
    // February)"); the killing on 3 August 2020 (one outlet: August 4); the arrest on 5
    // August 2020, written "August 5" without its year.
    let cmp = event("hamburg-verdict-2022");
    no_contradiction_in_time(&cmp, &["August 4, 2020"]);
    let verdict = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Thursday");
    for (prefix, text) in [
        ("newspaper", "yesterday"),
        ("broadcaster", "today"),
        ("foreign", "Thursday"),
    ] {
        assert!(
            holds_by_prefix(&cmp, verdict, prefix, text),
            "{prefix} {text}: {verdict:#?}"
        );
    }
    assert_eq!(verdict.verdict, Verdict::Agree, "{verdict:#?}");
    let crime = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Aug. 3, 2020");
    assert!(
        holds_by_prefix(&cmp, crime, "newspaper", "3 August 2020"),
        "{crime:#?}"
    );
    assert!(
        holds_by_prefix(&cmp, crime, "broadcaster", "3 August 2020"),
        "{crime:#?}"
    );
    assert!(!holds_by_prefix(&cmp, crime, "wire", "Thursday"));
    // "August 5" after a date of 2020 is 2020's, not last year's.
    assert_eq!(timex(&cmp, "broadcaster", "August 5"), "2020-08-05");
    assert_eq!(timex(&cmp, "foreign", "August 5"), "2020-08-05");
    let arrest = finding_by_prefix(&cmp, ClaimKind::Date, "foreign", "August 5");
    assert!(!holds_by_prefix(&cmp, arrest, "newspaper", "3 August 2020"));
    assert_ne!(arrest.verdict, Verdict::Contradict);
}
