//! What happens on each date: dates and durations line up by the happening they belong to, and
//! compare says when two sources date the same happening differently (issue 3, part 2).

mod common;

use claimdiff::load::{LoadOptions, load_paths};
use claimdiff::model::{ClaimKind, Comparison, Finding, Value, Verdict};
use common::{article, run, words};
use std::path::PathBuf;

/// The sources of the claims of a finding, deduplicated.
fn sources<'a>(cmp: &'a Comparison, f: &Finding) -> Vec<&'a str> {
    let mut s: Vec<&str> = f
        .claims
        .iter()
        .map(|&i| cmp.claims[i].source.as_str())
        .collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// The finding of this kind that holds a claim with these words in this source.
fn finding_with<'a>(cmp: &'a Comparison, kind: ClaimKind, source: &str, text: &str) -> &'a Finding {
    cmp.findings
        .iter()
        .find(|f| {
            f.kind == kind
                && f.claims.iter().any(|&i| {
                    let c = &cmp.claims[i];
                    c.source == source
                        && cmp
                            .article_of(c)
                            .is_some_and(|a| c.span.slice(&a.text) == text)
                })
        })
        .unwrap_or_else(|| {
            panic!(
                "no {kind:?} finding holds {text:?} of {source}: {:#?}",
                cmp.findings
            )
        })
}

/// The findings of dates.
fn date_findings(cmp: &Comparison) -> Vec<&Finding> {
    cmp.findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Date)
        .collect()
}

/// The TIMEX3 value of each claim of a finding.
fn timexes(cmp: &Comparison, f: &Finding) -> Vec<String> {
    f.claims
        .iter()
        .filter_map(|&i| match &cmp.claims[i].value {
            Value::Date(d) => Some(d.timex.clone()),
            Value::Duration(d) => Some(d.timex.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_new_york_talks_and_a_meeting_in_new_york_on_friday_agree() {
    // 2015-12-16 is a Wednesday: "will hold … on Friday" looks ahead to 2015-12-18.
    let cmp = run(vec![
        article(
            "bloomberg",
            "2015-12-11",
            "Kerry will visit Moscow next week. The visit aims to narrow divisions ahead of the Dec. 18 New York talks on Syria.",
        ),
        article(
            "wire",
            "2015-12-16",
            "Foreign ministers of about 20 countries will hold a meeting in New York on Friday to discuss Syria.",
        ),
    ]);
    let f = finding_with(&cmp, ClaimKind::Date, "bloomberg", "Dec. 18");
    assert_eq!(words(&cmp, f), ["Dec. 18", "Friday"], "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(timexes(&cmp, f), ["2015-12-18", "2015-12-18"]);
    assert!(
        f.explanation.contains("2015-12-18") && f.explanation.contains("meeting"),
        "{}",
        f.explanation
    );
}

#[test]
fn a_date_that_opens_a_period_is_not_the_date_of_its_deaths() {
    // FA-KES 2016-07-06 Aleppo (Daily Sabah, Jordan Times): 2016-07-06 is a Wednesday.
    // "since Wednesday afternoon" starts the count of a running toll; it must not be lined up
    // against the day of another source's air strikes (it was, as a contradiction).
    let cmp = run(vec![
        article(
            "a",
            "2016-07-06",
            "Airstrikes on Daesh-held villages in northern Syria killed at least 85 civilians on Tuesday as intense fighting was underway, Syrian opposition activists said.",
        ),
        article(
            "b",
            "2016-07-06",
            "The Syrian Observatory for Human Rights said 30 regime soldiers and 39 rebel fighters had been killed in battles around Al Maleh north of Aleppo since Wednesday afternoon.",
        ),
    ]);
    for f in &cmp.findings {
        if f.kind == ClaimKind::Date {
            assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
            assert!(
                !words(&cmp, f).contains(&"Wednesday afternoon") || f.claims.len() == 1,
                "{f:#?}"
            );
        }
    }
    // The claim is still extracted: the start of a count, lined up only with other starts.
    assert!(
        cmp.claims.iter().any(|c| c.kind() == ClaimKind::Date
            && c.source == "b"
            && c.topic.starts_with("start of the deaths")),
        "{:#?}",
        cmp.claims
    );
}

#[test]
fn a_date_of_an_incident_added_with_also_is_not_the_story_date() {
    // FA-KES 2015-07-22 Aleppo (Ahram, Etilaf; 2015-07-22 is a Wednesday): the raid on the
    // village was on Wednesday; "also killed yesterday" is another raid, on Al-Maghayer. It
    // was lined up as a contradiction (Wednesday against Tuesday).
    let cmp = run(vec![
        article(
            "a",
            "2015-07-22",
            "At least 12 civilians including four children were killed Wednesday in Syrian regime air raids on a village in the northern province of Aleppo, a monitor said.",
        ),
        article(
            "b",
            "2015-07-22",
            "Twenty-six civilians were also killed yesterday when the air force pounded the neighborhood of Al-Maghayer in Aleppo.",
        ),
    ]);
    for f in &cmp.findings {
        if f.kind == ClaimKind::Date {
            assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
        }
    }
    assert!(
        cmp.claims.iter().any(|c| c.kind() == ClaimKind::Date
            && c.source == "b"
            && c.topic.starts_with("date of another death")),
        "{:#?}",
        cmp.claims
    );
    // Without "also", the two days of one death toll do contradict.
    let cmp = run(vec![
        article(
            "a",
            "2015-07-22",
            "At least 12 civilians were killed Wednesday in air raids on Al-Maghayer in Aleppo.",
        ),
        article(
            "b",
            "2015-07-22",
            "At least 12 civilians were killed yesterday in air raids on Al-Maghayer in Aleppo.",
        ),
    ]);
    assert!(
        cmp.findings
            .iter()
            .any(|f| f.kind == ClaimKind::Date && f.verdict == Verdict::Contradict),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn two_days_for_one_attack_contradict() {
    // 2020-05-06 is a Wednesday: "on Monday" is 2020-05-04, "on Sunday" 2020-05-03.
    let cmp = run(vec![
        article(
            "a",
            "2020-05-06",
            "The attack on the market on Monday killed 12 people, the police said.",
        ),
        article(
            "b",
            "2020-05-06",
            "The attack on the market on Sunday killed 12 people, the police said.",
        ),
    ]);
    let dates = date_findings(&cmp);
    assert_eq!(dates.len(), 1, "{dates:#?}");
    let f = dates[0];
    assert_eq!(words(&cmp, f), ["Monday", "Sunday"]);
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(f.topic.contains("attack"), "{}", f.topic);
    for date in ["2020-05-04", "2020-05-03", "Monday", "Sunday", "attack"] {
        assert!(f.explanation.contains(date), "{date}: {}", f.explanation);
    }
}

#[test]
fn a_three_day_search_and_the_72_hour_search_agree() {
    let cmp = run(vec![
        article(
            "a",
            "2021-03-10",
            "Rescuers called off a three-day search for the missing plane on Wednesday.",
        ),
        article(
            "b",
            "2021-03-10",
            "Rescuers called off the 72-hour search for the missing plane on Wednesday.",
        ),
    ]);
    let f = finding_with(&cmp, ClaimKind::Duration, "a", "three-day");
    assert_eq!(words(&cmp, f), ["three-day", "72-hour"], "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}

#[test]
fn a_two_week_strike_and_a_10_day_strike_contradict() {
    let cmp = run(vec![
        article(
            "a",
            "2021-03-10",
            "The rail workers' union ended a two-week strike over pay on Tuesday.",
        ),
        article(
            "b",
            "2021-03-10",
            "The rail workers' union ended a 10-day strike over pay on Tuesday.",
        ),
    ]);
    let f = finding_with(&cmp, ClaimKind::Duration, "a", "two-week");
    assert_eq!(words(&cmp, f), ["two-week", "10-day"], "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    // The dates of the strike's end agree.
    let end = finding_with(&cmp, ClaimKind::Date, "a", "Tuesday");
    assert_eq!(end.verdict, Verdict::Agree, "{end:#?}");
}

#[test]
fn dates_of_different_happenings_never_pair() {
    let cmp = run(vec![
        article(
            "a",
            "2020-05-06",
            "Ministers held a meeting in the capital on Monday to discuss the budget.",
        ),
        article(
            "b",
            "2020-05-06",
            "An attack in the capital on Sunday killed five soldiers.",
        ),
        article(
            "c",
            "2020-05-06",
            "A bombing in the capital on Monday wounded three people.",
        ),
    ]);
    for f in cmp.findings.iter().filter(|f| f.kind == ClaimKind::Date) {
        assert!(
            sources(&cmp, f).len() == 1 || !sources(&cmp, f).contains(&"a"),
            "a meeting date paired with an attack date: {f:#?}"
        );
        assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
    }
}

#[test]
fn the_seed_event_dates_its_talks() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("articles/kerry-putin-2015");
    let articles = load_paths(&[dir], &LoadOptions::default()).expect("seed event loads");
    let cmp = run(articles);
    let ids: Vec<String> = cmp.articles.iter().map(|a| a.id.clone()).collect();
    let id = |prefix: &str| {
        ids.iter()
            .find(|i| i.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} article in {ids:?}"))
            .clone()
    };
    let (bloomberg, announcement, after) = (
        id("bloomberg"),
        id("wire-announcement"),
        id("wire-after-meeting"),
    );
    // The Dec. 18 New York meeting: one agreeing finding across the three sources.
    let f = finding_with(&cmp, ClaimKind::Date, &bloomberg, "Dec. 18");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(sources(&cmp, f).len(), 3, "{f:#?}");
    assert!(timexes(&cmp, f).iter().all(|t| t == "2015-12-18"), "{f:#?}");
    assert!(
        finding_with(&cmp, ClaimKind::Date, &after, "Friday, Dec. 18").id == f.id,
        "{f:#?}"
    );
    // The Moscow talks on Tuesday 15 December: one finding across at least two sources, not
    // a contradiction.
    let moscow = finding_with(&cmp, ClaimKind::Date, &announcement, "Dec. 15");
    assert_ne!(moscow.verdict, Verdict::Contradict, "{moscow:#?}");
    let mut on_the_15th: Vec<&str> = moscow
        .claims
        .iter()
        .map(|&i| &cmp.claims[i])
        .filter(|c| matches!(&c.value, Value::Date(d) if d.timex == "2015-12-15"))
        .map(|c| c.source.as_str())
        .collect();
    on_the_15th.dedup();
    assert!(on_the_15th.len() >= 2, "{moscow:#?}");
    // Whatever else joins it only widens the day ("next week"), never moves it.
    for t in timexes(&cmp, moscow) {
        assert!(t == "2015-12-15" || t == "2015-W51", "{t}: {moscow:#?}");
    }
    // No date of the event is contradicted.
    for f in cmp.findings.iter().filter(|f| f.kind == ClaimKind::Date) {
        assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
    }
}

#[test]
fn one_day_named_by_outlets_writing_either_side_of_two_weeks_after_it_agrees() {
    // The later outlet writes 15 days after the day, which makes its date an earlier
    // happening; the same day in full is still one fact.
    let s = "The president declared a national disaster on February 24, 2027.";
    let cmp = run(vec![
        article("first", "2027-03-10", s),
        article("later", "2027-03-11", s),
    ]);
    let f = cmp
        .findings
        .iter()
        .find(|f| f.kind == ClaimKind::Date)
        .expect("a date finding");
    assert_eq!(f.verdict, Verdict::Agree, "{:#?}", cmp.findings);
    assert_eq!(sources(&cmp, f), ["first", "later"]);
}

#[test]
fn the_day_of_a_robbery_is_no_day_of_the_arrests_after_it() {
    // "After the robbery of a bank on Monday, police arrested four suspects": Monday is the
    // robbery's (an attack), not the day of the arrests another outlet dates to Tuesday.
    let cmp = run(vec![
        article(
            "wire",
            "2026-03-10",
            "Police on Tuesday arrested two men over the bank robbery.",
        ),
        article(
            "intl",
            "2026-03-10",
            "After the robbery of a bank on Monday, police arrested four suspects.",
        ),
    ]);
    common::assert_no_contradiction(&cmp);
    let monday = cmp
        .findings
        .iter()
        .find(|f| words(&cmp, f).contains(&"Monday"))
        .expect("Monday's finding");
    assert_eq!(monday.topic, "date of the attack");
}

#[test]
fn now_a_possessive_day_and_a_target_year_make_no_rival_dates() {
    // "now" tells how far a count has come; "Thursday's explosion" dates the explosion, not
    // the death in hospital on Friday.
    let cmp = run(vec![
        article(
            "a",
            "2026-03-13",
            "The death toll from Thursday's explosion rose to four, while one man remains missing.",
        ),
        article(
            "b",
            "2026-03-13",
            "Five people are now known to have died after a worker died in hospital on Friday \
             morning. One other worker remains missing.",
        ),
    ]);
    let dates = date_findings(&cmp);
    assert!(
        dates.iter().all(|f| f.verdict != Verdict::Contradict),
        "{dates:#?}"
    );
    assert!(
        dates.iter().any(|f| f.topic == "date of the attack"),
        "{dates:#?}"
    );
    // A year ahead that a reform is to reach is not the day of the vote.
    let cmp = run(vec![
        article(
            "a",
            "2026-03-12",
            "Parliament voted to raise the pension age to 68 by 2034.",
        ),
        article(
            "b",
            "2026-03-12",
            "Parliament voted on 12 March to raise the pension age to 68.",
        ),
    ]);
    assert!(
        cmp.findings
            .iter()
            .all(|f| f.verdict != Verdict::Contradict),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn one_day_of_a_scheduled_happening_named_once_lines_up_in_other_words() {
    // "Sentencing was set for June 18" and "will be sentenced on 18 June", past each
    // article's opening, beside other dates, in sentences that share no word: each article
    // names that day of the court once, so it is one date told again.
    let cmp = run(vec![
        article(
            "a",
            "2026-03-14",
            "A federal jury in Newark on Friday convicted trucking executive Victor Mercer of \
             hiding $38 million from tax authorities. The jury deliberated for about seven \
             hours over two days. Prosecutors said the scheme began in 2014. Mercer showed no \
             reaction as the verdict was read. Sentencing was set for June 18.",
        ),
        article(
            "b",
            "2026-03-14",
            "Victor Mercer, a New Jersey haulage boss, was found guilty of tax evasion by a \
             jury in Newark on Friday. The trial lasted three weeks. His company was founded \
             in 1998. Mr Mercer, who denied the charges, will be sentenced on 18 June.",
        ),
    ]);
    let f = finding_with(&cmp, ClaimKind::Date, "a", "June 18");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(sources(&cmp, f), ["a", "b"], "{f:#?}");
}

#[test]
fn one_weekday_of_two_incidents_stays_apart() {
    // A story tells of several attacks and deaths of one day: "an air strike late on
    // Wednesday by the U.S.-led coalition" (Daily Sabah) and "The Al-Masdar news outlet
    // reported on Wednesday that the terrorists were killed" (Sputnik), each article's only
    // Wednesday, are two of them (FA-KES, CC BY 4.0).
    let Some(dir) = common::corpus("clusters/fakes-2017-04-06-raqqa") else {
        return;
    };
    let articles = load_paths(&[dir], &LoadOptions::default()).expect("the cluster loads");
    let cmp = run(articles);
    let strike = cmp
        .findings
        .iter()
        .find(|f| {
            f.kind == ClaimKind::Date
                && f.claims.iter().any(|&i| {
                    let c = &cmp.claims[i];
                    c.source.starts_with("dailysabah")
                        && cmp.article_of(c).is_some_and(|a| {
                            c.sentence.slice(&a.text).contains("late on Wednesday")
                        })
                })
        })
        .expect("the air strike's Wednesday");
    assert!(
        strike
            .claims
            .iter()
            .all(|&i| !cmp.claims[i].source.starts_with("sputnik")),
        "{strike:#?}"
    );
}

#[test]
fn clock_times_of_the_moment_a_happening_began_contradict_an_hour_apart() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-05-14",
            "The explosion happened at 10:15 a.m. on Tuesday at the chemical plant, police said.",
        ),
        article(
            "paper",
            "2026-05-14",
            "The explosion happened at 11:15 a.m. on Tuesday at the chemical plant, police said.",
        ),
    ]);
    let f = finding_with(&cmp, ClaimKind::Date, "wire", "10:15 a.m. on Tuesday");
    assert_eq!(
        words(&cmp, f),
        ["10:15 a.m. on Tuesday", "11:15 a.m. on Tuesday"]
    );
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(
        f.explanation.contains("60 minutes apart"),
        "{}",
        f.explanation
    );
}

#[test]
fn clock_times_of_one_happening_that_can_both_be_true_do_not_contradict() {
    // A time that opens its clause against a rounded one; a start against a later moment of
    // the same fire; one moment in two time zones.
    for (a, b) in [
        (
            "At 8:05 a.m. on Monday, a tram derailed near the station.",
            "The tram derailed shortly after 8am on Monday.",
        ),
        (
            "The fire broke out at about 3 a.m. on Tuesday.",
            "The fire was brought under control at 9:40 a.m. on Tuesday.",
        ),
        (
            "The quake struck at 10:02 local time on Tuesday.",
            "The quake struck at 0302 GMT on Tuesday.",
        ),
        (
            "The fire broke out at 3 a.m. on Tuesday.",
            "The fire was not put out until 6 a.m. on Tuesday.",
        ),
    ] {
        let cmp = run(vec![
            article("wire", "2026-05-14", a),
            article("paper", "2026-05-14", b),
        ]);
        let dates = date_findings(&cmp);
        assert!(
            dates.iter().any(|f| sources(&cmp, f).len() == 2),
            "{a} / {b}: {dates:#?}"
        );
        for f in dates {
            assert_ne!(f.verdict, Verdict::Contradict, "{a} / {b}: {f:#?}");
        }
    }
}
