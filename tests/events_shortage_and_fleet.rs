//! Found in round 34's constructed stories (a medicine shortage, an airline's profit warning):
//! "this Friday" told on a Wednesday is the Friday of that week whatever the sentence's
//! tense; a survey's figures "last week" past the opening are the story's own, not an earlier
//! happening's toll; "23 of its aircraft" counts aircraft.

mod common;

use claimdiff::model::{ClaimKind, Value, Verdict};
use common::{article, claim, finding_of, run};

#[test]
fn this_friday_is_the_friday_of_the_week_of_publication() {
    // 2026-05-13 is a Wednesday.
    let cmp = run(vec![article(
        "wire",
        "2026-05-13",
        "She said that the Government would spend money on imports, with the first flights \
         landing this Friday. The minister said this Monday that the plan was final.",
    )]);
    let timex = |text: &str| match &claim(&cmp, "wire", text).1.value {
        Value::Date(d) => d.timex.clone(),
        v => panic!("{v:#?}"),
    };
    assert_eq!(timex("this Friday"), "2026-05-15");
    assert_eq!(timex("this Monday"), "2026-05-11");
}

#[test]
fn a_survey_last_week_is_of_the_story_and_lines_up_with_one_in_the_opening() {
    let later = article(
        "broadcast",
        "2026-05-14",
        "Pharmacies are running out of amoxicillin. Parents queued on Wednesday. \
         Supplies are low across the country. \
         The union said 78% of the 412 pharmacies it surveyed could not fill prescriptions \
         last week.",
    );
    let lead = article(
        "wire",
        "2026-05-14",
        "The union said 78% of the 412 pharmacies it surveyed could not fill prescriptions.",
    );
    let cmp = run(vec![later, lead]);
    let (_, c) = claim(&cmp, "broadcast", "412 pharmacies");
    assert!(!c.background, "{c:#?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "broadcast", "412 pharmacies");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    // A toll "last week" past the opening is still an earlier happening's.
    let cmp = run(vec![article(
        "wire",
        "2026-05-14",
        "Gunmen attacked a bus on Wednesday. The road was closed. Police are searching. \
         Last week, a grenade attack on a police van injured five officers.",
    )]);
    assert!(claim(&cmp, "wire", "five officers").1.background);
}

#[test]
fn so_many_of_its_things_count_those_things() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-05-14",
            "The airline grounded 23 of its aircraft on Monday.",
        ),
        article(
            "tv",
            "2026-05-14",
            "The airline grounded 32 aircraft on Monday.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "23 of its aircraft");
    assert!(common::holds(&cmp, f, "tv", "32 aircraft"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}

#[test]
fn an_earlier_value_written_without_its_unit_takes_the_figure_s() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-05-14",
            "The airline expects its fuel bill to reach 3.4 billion euros this year, up from \
             3.1 billion in 2025.",
        ),
        article(
            "paper",
            "2026-05-14",
            "The airline expects its fuel bill to reach 3.4 billion euros this year, up from \
             €3.1bn in 2025.",
        ),
    ]);
    let (_, c) = claim(&cmp, "wire", "3.1 billion");
    let Value::Quantity(q) = &c.value else {
        panic!("{c:#?}")
    };
    assert_eq!(q.unit.as_deref(), Some("EUR"), "{c:#?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "3.1 billion");
    assert!(common::holds(&cmp, f, "paper", "€3.1bn"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    // A share's too; and a number with a noun of its own keeps it.
    let cmp = run(vec![article(
        "wire",
        "2026-05-14",
        "Inflation rose to 5.1% from 4.2 in March. The fund grew to $3 million from 12 donors.",
    )]);
    let unit = |text: &str| match &claim(&cmp, "wire", text).1.value {
        Value::Quantity(q) => q.unit.clone(),
        v => panic!("{v:#?}"),
    };
    assert_eq!(unit("4.2").as_deref(), Some("percent"));
    assert_eq!(unit("12 donors").as_deref(), Some("donors"));
}

#[test]
fn one_source_giving_the_words_to_another_speaker_departs_from_the_rest() {
    let said = |who: &str| {
        format!(
            "Nordavia issued a profit warning on Wednesday. \"We are disappointed, but this is a \
             supply problem, not a demand problem,\" said {who}."
        )
    };
    let cmp = run(vec![
        article("a", "2026-05-14", &said("chief executive Henrik Lund")),
        article("b", "2026-05-14", &said("chief executive Henrik Lund")),
        article("c", "2026-05-14", &said("finance chief Sofie Dahl")),
        article("d", "2026-05-14", &said("chief executive Henrik Lund")),
    ]);
    let f = cmp
        .findings
        .iter()
        .find(|f| f.kind == ClaimKind::Quote)
        .expect("the quotation");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    let c = f.consensus.as_ref().expect("a consensus");
    assert_eq!(c.sources, ["a", "b", "d"]);
    assert_eq!(c.departing, ["c"]);
    assert!(
        f.explanation.contains("give these words to Henrik Lund"),
        "{}",
        f.explanation
    );
}

#[test]
fn two_closes_of_one_share_are_rival_reports() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-05-14",
            "Shares in the carrier closed down 14% in Copenhagen, their biggest one-day fall \
             since March 2020.",
        ),
        article("paper", "2026-05-14", "Shares closed 17 per cent lower."),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "17 per cent");
    assert!(common::holds(&cmp, f, "wire", "14%"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}

#[test]
fn a_when_clause_after_an_earlier_year_tells_of_that_year() {
    let cmp = run(vec![article(
        "paper",
        "2026-05-14",
        "Pharmacies ran short. Parents queued. Prices rose. The episode has revived memories of \
         December 2022, when roughly 600 pharmacies ran short of antibiotics during the Strep A \
         outbreak. Today 412 pharmacies report shortages.",
    )]);
    assert!(claim(&cmp, "paper", "roughly 600 pharmacies").1.background);
    assert!(!claim(&cmp, "paper", "412 pharmacies").1.background);
}

#[test]
fn so_much_of_a_substance_names_it_and_a_rainfall_stays_a_rainfall() {
    let cmp = run(vec![article(
        "wire",
        "2026-05-14",
        "Officers seized 2.4 tonnes of cocaine. The storm dropped 180 millimetres of rain.",
    )]);
    let of = |text: &str| match &claim(&cmp, "wire", text).1.value {
        Value::Quantity(q) => q.of.clone(),
        v => panic!("{v:#?}"),
    };
    assert_eq!(of("2.4 tonnes").as_deref(), Some("cocaine"));
    assert_eq!(of("180 millimetres"), None);
}

#[test]
fn half_of_a_whole_is_a_share_and_half_of_a_time_is_none() {
    let cmp = run(vec![article(
        "wire",
        "2026-05-14",
        "Nearly half of the residents have been evacuated. He scored in the second half of the \
         match. The crowd grew, and about half of them marched to the station. Sales rose in \
         the first half of 2026.",
    )]);
    let (_, c) = claim(&cmp, "wire", "Nearly half");
    let Value::Quantity(q) = &c.value else {
        panic!("{c:#?}")
    };
    assert_eq!(q.unit.as_deref(), Some("percent"));
    assert_eq!(q.of.as_deref(), Some("residents"));
    assert_eq!(q.interval.high(), Some(50.0));
    // A pronoun names no whole.
    let Value::Quantity(q) = &claim(&cmp, "wire", "about half").1.value else {
        panic!()
    };
    assert_eq!(q.of, None);
    let texts = common::claim_texts(&cmp);
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("second half") || *t == "half"),
        "{texts:?}"
    );
}

#[test]
fn a_day_still_to_come_dates_no_saying_and_a_blast_furnace_no_blast() {
    // Published on a Wednesday: Thursday is the next day.
    let cmp = run(vec![article(
        "wire",
        "2026-05-13",
        "The last blast furnace will be switched off on September 30, the company said. \
         Relatives said they would hold a vigil Thursday. The company said on Tuesday that it \
         would close the plant.",
    )]);
    let topic = |text: &str| claim(&cmp, "wire", text).1.topic.clone();
    assert_eq!(topic("September 30"), "");
    assert_eq!(topic("Thursday"), "");
    assert_eq!(topic("Tuesday"), "date of the announcement");
}

#[test]
fn a_father_of_three_counts_no_one_shot() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-03-05",
            "Okafor, a father of three, was shot on March 3.",
        ),
        article(
            "tv",
            "2026-03-05",
            "Three people were shot on March 3, police said.",
        ),
    ]);
    let texts = common::claim_texts(&cmp);
    assert!(!texts.contains(&"three"), "{texts:?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "tv", "Three people");
    assert_eq!(f.verdict, Verdict::Unique, "{f:#?}");
}

#[test]
fn words_given_to_two_people_of_one_family_are_an_attribution_conflict() {
    let said = |who: &str| {
        format!(
            "Okafor was shot on March 3. \"We just want the truth about what happened to my \
             son,\" said {who}."
        )
    };
    let cmp = run(vec![
        article("a", "2026-03-05", &said("his mother, Grace Okafor")),
        article("b", "2026-03-05", &said("his sister, Amara Okafor")),
    ]);
    let f = cmp
        .findings
        .iter()
        .find(|f| f.kind == ClaimKind::Quote)
        .expect("the quotation");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    // One person written with a title and in full is no conflict.
    let cmp = run(vec![
        article("a", "2026-03-05", &said("his mother, Grace Okafor")),
        article("b", "2026-03-05", &said("his mother, Mrs Okafor")),
    ]);
    let f = cmp
        .findings
        .iter()
        .find(|f| f.kind == ClaimKind::Quote)
        .expect("the quotation");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
}
