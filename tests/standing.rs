//! Which source stands apart: with three or more sources, the consensus of a contradicted figure
//! and the outlet that departs from it, in the model, the JSON and the markdown report.

mod common;

use claimdiff::model::{Comparison, Verdict};
use claimdiff::report::{Format, RenderOptions, write_comparison};
use common::{article, run, words};
use serde_json::Value as Json;

/// Four outlets on one strike: three say 12 killed ("12", "twelve", "at least 10"), one says 30.
fn strike() -> Comparison {
    let body = |toll: &str| {
        format!(
            "An air strike hit a market in the town of Douma on Tuesday. {toll} were killed in \
             the strike on the market, rescue workers said."
        )
    };
    let mut a = vec![
        article("sana", "2016-07-05", &body("Thirty people")),
        article("ahram", "2016-07-05", &body("Twelve people")),
        article("alaraby", "2016-07-05", &body("12 people")),
        article("dailysabah", "2016-07-05", &body("At least 10 people")),
    ];
    for (x, outlet) in a
        .iter_mut()
        .zip(["SANA", "Ahram", "Al-Araby", "Daily Sabah"])
    {
        x.outlet = Some(outlet.into());
    }
    run(a)
}

fn render(cmp: &Comparison, format: Format) -> String {
    let mut out = Vec::new();
    write_comparison(cmp, format, RenderOptions::default(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_outlet_against_the_other_three_departs_from_their_consensus() {
    let cmp = strike();
    let toll = cmp
        .findings
        .iter()
        .find(|f| words(&cmp, f).contains(&"Thirty people"))
        .expect("the toll is one finding");
    assert_eq!(toll.verdict, Verdict::Contradict, "{toll:#?}");
    let c = toll.consensus.as_ref().expect("three of four agree");
    assert_eq!(c.sources, ["ahram", "alaraby", "dailysabah"]);
    assert_eq!(c.departing, ["sana"]);
    assert!(c.is_valid(cmp.claims.len()));
    assert_eq!(cmp.claims[c.claim].source, "ahram");
    assert!(
        toll.explanation
            .contains("3 of 4 sources (ahram, alaraby, dailysabah) can all be true together"),
        "{}",
        toll.explanation
    );

    let standing = cmp.standing();
    let sana = standing.iter().find(|s| s.source == "sana").unwrap();
    assert_eq!((sana.departs, sana.contradict), (1, 1));
    for other in standing.iter().filter(|s| s.source != "sana") {
        assert_eq!((other.departs, other.with_consensus), (0, 1), "{other:?}");
    }
}

#[test]
fn json_carries_the_consensus_and_each_sources_standing() {
    let json: Json = serde_json::from_str(&render(&strike(), Format::Json)).unwrap();
    let toll = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["consensus"].is_object())
        .expect("a finding with a consensus");
    assert_eq!(toll["verdict"], "contradict");
    assert_eq!(toll["consensus"]["departing"], serde_json::json!(["sana"]));
    assert_eq!(
        toll["consensus"]["sources"],
        serde_json::json!(["ahram", "alaraby", "dailysabah"])
    );
    let claim = toll["consensus"]["claim"].as_str().unwrap();
    let stated = toll["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == claim)
        .expect("the consensus claim is one of the finding's claims");
    assert_eq!(stated["text"], "Twelve people");

    let standing = json["standing"].as_array().unwrap();
    assert_eq!(standing.len(), 4);
    assert_eq!(standing[0]["source"], "sana");
    assert_eq!(standing[0]["departs"], 1);
    assert_eq!(standing[1]["departs"], 0);
}

#[test]
fn markdown_names_the_departing_outlet_and_the_consensus_value() {
    let md = render(&strike(), Format::Markdown);
    let section = md
        .split("\n## Which source stands apart\n")
        .nth(1)
        .expect("the section is there")
        .split("\n## ")
        .next()
        .unwrap();
    assert!(
        section.contains("| sana | SANA | 1 | 0 | 1 | 0 | 1 |"),
        "SANA's row:\n{section}"
    );
    let line = section
        .lines()
        .find(|l| l.starts_with("- F"))
        .expect("a departure line");
    assert!(
        line.contains("3 of 4 sources (**Ahram**, **Al-Araby**, **Daily Sabah**) say 12")
            && line.contains("**SANA** departs: 30"),
        "{line}"
    );
    // The section comes before the contradictions.
    assert!(md.find("## Which source stands apart") < md.find("## Contradictions"));
}

#[test]
fn two_sources_have_no_standing_and_an_even_split_no_consensus() {
    let mut cmp = strike();
    cmp.articles.truncate(2);
    let two = run(cmp.articles.clone());
    assert!(two.findings.iter().all(|f| f.consensus.is_none()));
    assert!(!render(&two, Format::Markdown).contains("stands apart"));
    let json: Json = serde_json::from_str(&render(&two, Format::Json)).unwrap();
    assert_eq!(json["standing"], serde_json::json!([]));

    let body = |toll: &str| {
        format!(
            "An air strike hit a market in Douma on Tuesday. {toll} were killed in the strike on the market."
        )
    };
    let split = run(vec![
        article("a", "2016-07-05", &body("Thirty people")),
        article("b", "2016-07-05", &body("Thirty people")),
        article("c", "2016-07-05", &body("Twelve people")),
        article("d", "2016-07-05", &body("Twelve people")),
    ]);
    let toll = split
        .findings
        .iter()
        .find(|f| f.verdict == Verdict::Contradict)
        .expect("the toll contradicts");
    assert_eq!(toll.consensus, None, "a 2–2 split has no consensus");
}
