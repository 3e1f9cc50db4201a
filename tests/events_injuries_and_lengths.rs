//! Found in round 33's constructed stories and fixed in round 34: a count of injuries with no
//! noun of its own counts people injured; "an hour and a quarter" and "an hour and 20 minutes"
//! are one length; a date that opens a period after an infinitive ("voted on Monday to
//! order the scooters off the streets from July 1") is the infinitive's, ahead, and no date of
//! the vote, while an infinitive after a date ("voted on Tuesday night to scrap") leaves the
//! date to the vote.

mod common;

use claimdiff::model::{ClaimKind, Value, Verdict};
use common::{article, claim, finding_of, run};

#[test]
fn injuries_counted_alone_are_people_injured_and_line_up_with_them() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-05-14",
            "Police said 86 people were injured in the crash.",
        ),
        article(
            "local",
            "2026-05-14",
            "There were 68 injuries, police said.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "local", "68");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(common::holds(&cmp, f, "wire", "86 people"), "{f:#?}");
    // One person's injuries count no people.
    let cmp = run(vec![article(
        "wire",
        "2026-05-14",
        "The rider suffered 12 injuries in the crash.",
    )]);
    let (_, c) = claim(&cmp, "wire", "12");
    let Value::Quantity(q) = &c.value else {
        panic!("{c:#?}")
    };
    assert_eq!(q.measure.as_deref(), Some("injuries"));
}

/// The length of the one duration of a one-sentence article, as its TimeML value.
fn length(sentence: &str) -> (String, String) {
    let cmp = run(vec![article("wire", "2026-05-14", sentence)]);
    let lengths: Vec<(String, String)> = cmp
        .claims
        .iter()
        .filter_map(|c| match &c.value {
            Value::Duration(d) => Some((
                c.span.slice(&cmp.articles[0].text).to_string(),
                d.timex.clone(),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(lengths.len(), 1, "{sentence}: {lengths:?}");
    lengths[0].clone()
}

#[test]
fn a_unit_and_a_part_of_it_are_one_length() {
    assert_eq!(
        length("The rescue took an hour and a quarter."),
        ("an hour and a quarter".into(), "PT1.25H".into())
    );
    assert_eq!(
        length("The meeting lasted an hour and 20 minutes."),
        ("an hour and 20 minutes".into(), "PT80M".into())
    );
    assert_eq!(
        length("The standoff lasted a day and six hours."),
        ("a day and six hours".into(), "PT30H".into())
    );
    assert_eq!(
        length("The meeting lasted one hour and 20 minutes."),
        ("one hour and 20 minutes".into(), "PT80M".into())
    );
}

/// The TimeML value and topic of the claim of `text` in a one-sentence article.
fn date(published: &str, sentence: &str, text: &str) -> (String, String) {
    let cmp = run(vec![article("wire", published, sentence)]);
    let (_, c) = claim(&cmp, "wire", text);
    let Value::Date(d) = &c.value else {
        panic!("{c:#?}")
    };
    (d.timex.clone(), c.topic.clone())
}

#[test]
fn a_date_an_infinitive_opens_is_ahead_and_no_date_of_the_vote() {
    let s = "The council voted on Monday to order the scooters off the streets from July 1.";
    assert_eq!(
        date("2026-05-12", s, "July 1"),
        ("2026-07-01".into(), String::new())
    );
    assert_eq!(date("2026-05-12", s, "Monday").1, "date of the vote");
    // The infinitive after the date tells what was decided: the date is the vote's, past.
    let s = "Councillors voted 31 to 17 on Tuesday night to scrap the scheme.";
    assert_eq!(
        date("2026-05-13", s, "Tuesday night"),
        ("2026-05-12TNI".into(), "date of the vote".into())
    );
}

/// The topic and words of every age claim of an event.
fn ages(cmp: &claimdiff::model::Comparison) -> Vec<(String, &str)> {
    cmp.claims
        .iter()
        .filter(|c| matches!(&c.value, Value::Quantity(q) if q.measure.as_deref() == Some("age")))
        .filter_map(|c| {
            let text = cmp.article_of(c)?.text.as_str();
            Some((c.topic.clone(), c.span.slice(text)))
        })
        .collect()
}

#[test]
fn the_age_of_a_person_told_by_a_role_lines_up_with_the_same_role() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-05-14",
            "The driver, 41, was arrested at the scene.",
        ),
        article(
            "local",
            "2026-05-14",
            "The driver, 44, was arrested at the scene. Later a 41-year-old man was arrested.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "41");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(common::holds(&cmp, f, "local", "44"), "{f:#?}");
    // A man of another outlet may be another person than the driver.
    assert!(common::apart(
        &cmp,
        ("wire", "41"),
        ("local", "41-year-old")
    ));
    // "The suspect, 22," is the suspect's age, told once.
    let cmp = run(vec![article(
        "wire",
        "2026-05-14",
        "The suspect, 22, was arrested on Friday.",
    )]);
    assert_eq!(ages(&cmp), [("age of the suspect".to_string(), "22")]);
    // "identified the suspect as a 22-year-old man": the man is the suspect.
    let cmp = run(vec![article(
        "wire",
        "2026-05-14",
        "Police identified the suspect as a 22-year-old man from Leeds.",
    )]);
    assert_eq!(
        ages(&cmp),
        [("age of the man suspect".to_string(), "22-year-old")]
    );
}

#[test]
fn the_start_or_deadline_of_what_is_said_is_no_day_of_the_saying() {
    // Published on a Tuesday: the Wednesday after "must be published by" is the next day.
    let s = "The report must be published by Wednesday, the minister said.";
    assert_eq!(
        date("2026-06-02", s, "Wednesday"),
        ("2026-06-03".into(), String::new())
    );
    let s = "The ban will apply to all rental scooters starting on 1 June, the council said.";
    assert_eq!(
        date("2026-05-12", s, "1 June"),
        ("2026-06-01".into(), String::new())
    );
    // A day the saying has in its own clause stays the saying's.
    let s = "Scooters will be banned from 1 June, the council said on Tuesday.";
    assert_eq!(
        date("2026-05-13", s, "Tuesday"),
        ("2026-05-12".into(), "date of the announcement".into())
    );
}
