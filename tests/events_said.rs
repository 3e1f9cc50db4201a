//! Constructed events about who said what and who wants what (tests/fixtures/events/said/):
//! the same quotation printed whole, split around "she said", cut with "[...]" or translated,
//! under one speaker named in several ways; two people of one surname; a quotation given to
//! two different people; positions that agree, oppose, or hold only on a condition.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Finding, Value, Verdict};
use common::quote_finding;

fn event(name: &str) -> Comparison {
    common::constructed_event("said", name, 3)
}

/// Each source's (source id, speaker, quoted words) in a finding.
fn quoted(cmp: &Comparison, f: &Finding) -> Vec<(String, Option<String>, String)> {
    f.claims
        .iter()
        .filter_map(|&i| {
            let c = &cmp.claims[i];
            match &c.value {
                Value::Quote(q) => Some((c.source.clone(), q.speaker.clone(), q.text.clone())),
                _ => None,
            }
        })
        .collect()
}

fn speaker_in(cmp: &Comparison, f: &Finding, source: &str) -> Option<String> {
    quoted(cmp, f)
        .into_iter()
        .find(|(s, _, _)| s.starts_with(source))
        .and_then(|(_, sp, _)| sp)
}

/// A position finding: its verdict, holder, and (source, stance, target) of each claim.
type PositionFinding = (Verdict, String, Vec<(String, String, String)>);

/// The position findings.
fn positions(cmp: &Comparison) -> Vec<PositionFinding> {
    cmp.findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Position)
        .map(|f| {
            let mut holder = String::new();
            let stances = f
                .claims
                .iter()
                .filter_map(|&i| match &cmp.claims[i].value {
                    Value::Position(p) => {
                        holder = p.holder.clone();
                        Some((
                            cmp.claims[i].source.clone(),
                            p.stance.clone(),
                            p.target.clone(),
                        ))
                    }
                    _ => None,
                })
                .collect();
            (f.verdict, holder, stances)
        })
        .collect()
}

#[test]
fn minister_resigns_one_statement_three_ways() {
    let cmp = event("minister-resigns");
    // Printed whole by the wire, split around "Mrs Brandt wrote" by the daily: one quote,
    // Brandt's, the same words.
    let f = quote_finding(&cmp, "no longer defend a budget");
    let q = quoted(&cmp, f);
    assert_eq!(q.len(), 3, "{q:?}");
    let daily = q
        .iter()
        .find(|(s, _, _)| s.starts_with("daily"))
        .expect("daily");
    assert_eq!(
        daily.2,
        "I have decided to step down because I can no longer defend a budget that I do not believe in."
    );
    assert_eq!(daily.1.as_deref(), Some("Helga Brandt"));
    assert_eq!(speaker_in(&cmp, f, "wire").as_deref(), Some("Helga Brandt"));
    assert_eq!(f.topic, "words of Helga Brandt");
    // "[...]" marks a cut, not other words; "the prime minister" and "Mr. Arvid" are Arvid.
    let f = quote_finding(&cmp, "We thank Helga");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(f.claims.len(), 3);
    for s in ["wire", "daily", "europa"] {
        assert_eq!(
            speaker_in(&cmp, f, s).as_deref(),
            Some("Tomas Arvid"),
            "{s}"
        );
    }
    // A speaker introduced with a colon, and a longer excerpt: compatible.
    let f = quote_finding(&cmp, "This government is finished");
    assert_eq!(f.verdict, Verdict::Compatible, "{}", f.explanation);
    assert_eq!(f.claims.len(), 3);
    assert_eq!(speaker_in(&cmp, f, "daily").as_deref(), Some("Marta Ruiz"));
    // The opposition's demand for early elections, said two ways, agrees.
    let p = positions(&cmp);
    let demand = p
        .iter()
        .find(|(_, h, _)| h == "Social Alliance")
        .expect("Social Alliance position");
    assert_eq!(demand.0, Verdict::Agree);
    assert_eq!(demand.2.len(), 2);
    assert!(
        demand
            .2
            .iter()
            .all(|(_, st, t)| st == "demand" && t.contains("early elections"))
    );
    assert!(p.iter().all(|(v, _, _)| *v != Verdict::Contradict), "{p:?}");
}

#[test]
fn press_conference_two_people_of_one_surname() {
    let cmp = event("press-conference-surnames");
    // No attribution conflict between the mayor and the police chief, who share a surname.
    assert!(
        cmp.findings
            .iter()
            .all(|f| f.verdict != Verdict::Contradict),
        "{:?}",
        cmp.findings
            .iter()
            .filter(|f| f.verdict == Verdict::Contradict)
            .map(|f| &f.explanation)
            .collect::<Vec<_>>()
    );
    // The mayor's words, split around "she said" by the local paper, are one quote under
    // the mayor's full name.
    let f = quote_finding(&cmp, "The water is safe to drink");
    assert_eq!(f.claims.len(), 3, "{:?}", quoted(&cmp, f));
    assert_eq!(f.verdict, Verdict::Compatible);
    assert_eq!(f.topic, "words of Anna Kowalski");
    let local = quoted(&cmp, f)
        .into_iter()
        .find(|(s, _, _)| s.starts_with("local"))
        .expect("local");
    assert_eq!(
        local.2,
        "The water is safe to drink and every test since Friday has come back clean."
    );
    // The chief's words, under "the chief", "Chief Kowalski" and his full name.
    let f = quote_finding(&cmp, "act of vandalism");
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(f.claims.len(), 3);
    assert_eq!(f.topic, "words of Tomasz Kowalski");
    assert_eq!(
        speaker_in(&cmp, f, "wire").as_deref(),
        Some("Tomasz Kowalski")
    );
}

#[test]
fn court_case_prosecutor_defence_and_a_misattribution() {
    let cmp = event("court-fraud-trial");
    // The broadcaster gives the prosecutor's words to the judge: a real attribution conflict.
    let f = quote_finding(&cmp, "cold calculation");
    assert_eq!(f.verdict, Verdict::Contradict);
    assert!(
        f.explanation.contains("Attribution conflict"),
        "{}",
        f.explanation
    );
    assert_eq!(
        speaker_in(&cmp, f, "wire").as_deref(),
        Some("Maria Lindqvist")
    );
    assert_eq!(speaker_in(&cmp, f, "tv").as_deref(), Some("Ulrike Brenner"));
    // "she said" after the defence lawyer was named last is the prosecutor.
    let f = quote_finding(&cmp, "The documents speak for themselves");
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(
        speaker_in(&cmp, f, "paper").as_deref(),
        Some("Maria Lindqvist")
    );
    assert_eq!(
        speaker_in(&cmp, f, "wire").as_deref(),
        Some("Maria Lindqvist")
    );
    assert_eq!(f.topic, "words of Maria Lindqvist");
    // The defence's words, whole and in part.
    let f = quote_finding(&cmp, "he never lied to anyone");
    assert_eq!(f.verdict, Verdict::Compatible);
    assert_eq!(f.claims.len(), 3);
    for s in ["wire", "paper", "tv"] {
        assert_eq!(
            speaker_in(&cmp, f, s).as_deref(),
            Some("Paul Okafor"),
            "{s}"
        );
    }
    // The lawyer named in apposition holds the position ("Hale's lawyer, Paul Okafor,
    // rejected the charges").
    assert!(
        positions(&cmp)
            .iter()
            .any(|(_, h, st)| h == "Paul Okafor" && st.iter().any(|(_, s, _)| s == "reject")),
        "{:?}",
        positions(&cmp)
    );
}

#[test]
fn ceasefire_talks_positions_across_outlets() {
    let cmp = event("ceasefire-talks");
    let p = positions(&cmp);
    // Saudi Arabia rejected the proposal (wire) and backed it (paper, the subject set off by a
    // relative clause): a real contradiction.
    let saudi = p
        .iter()
        .find(|(_, h, _)| h == "Saudi Arabia")
        .expect("Saudi position");
    assert_eq!(saudi.0, Verdict::Contradict, "{p:?}");
    assert_eq!(saudi.2.len(), 2);
    // "Russia supports new sanctions only if the Security Council approves them" is a
    // condition, not support: Russia's opposition to sanctions stands uncontradicted.
    let sanctions = p
        .iter()
        .find(|(_, h, st)| h == "Russia" && st.iter().any(|(_, _, t)| t.contains("sanctions")))
        .expect("Russia on sanctions");
    assert_eq!(sanctions.0, Verdict::Agree, "{p:?}");
    assert!(sanctions.2.iter().all(|(_, s, _)| s == "oppose"));
    assert_eq!(
        p.iter()
            .filter(|(v, _, _)| *v == Verdict::Contradict)
            .count(),
        1,
        "{p:?}"
    );
    // Washington and the United States are one holder.
    assert!(
        p.iter()
            .any(|(v, h, st)| *v == Verdict::Agree && h == "United States" && st.len() == 2)
    );
    // Kerry's words split around "the secretary said" line up with the wire's whole quote.
    let f = quote_finding(&cmp, "not there yet on a ceasefire");
    assert_eq!(f.claims.len(), 3);
    assert_eq!(f.verdict, Verdict::Compatible);
    assert_eq!(f.topic, "words of John Kerry");
    let paper = quoted(&cmp, f)
        .into_iter()
        .find(|(s, _, _)| s.starts_with("paper"))
        .expect("paper");
    assert_eq!(
        paper.2,
        "We made real progress on humanitarian access but we are not there yet on a ceasefire."
    );
    // "Kerry, for his part, said:": an aside between the name and the verb.
    assert_eq!(speaker_in(&cmp, f, "ria").as_deref(), Some("John Kerry"));
    // "the U.S. top diplomat" is Kerry, not the United States.
    let f = quote_finding(&cmp, "We will meet again in Vienna");
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(f.claims.len(), 2);
    assert_eq!(speaker_in(&cmp, f, "wire").as_deref(), Some("John Kerry"));
    assert_eq!(speaker_in(&cmp, f, "ria").as_deref(), Some("John Kerry"));
    // "called on the Houthis to free …" is a demand.
    assert!(
        p.iter().any(|(_, h, st)| h == "Russia"
            && st
                .iter()
                .any(|(_, s, t)| s == "demand" && t == "Houthis to free all detained aid workers")),
        "{p:?}"
    );
    // Lavrov's words agree under every form of his name.
    let f = quote_finding(&cmp, "Sanctions have never brought");
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(f.claims.len(), 3);
    assert_eq!(f.topic, "words of Sergei Lavrov");
}
