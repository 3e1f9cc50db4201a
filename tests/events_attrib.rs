//! Constructed events about who said what (tests/fixtures/events/attrib/): a press conference,
//! a sentencing with a judge, a prosecutor and a lawyer quoted, a flood with an official and a
//! survivor quoted, and a summit of two leaders. Quotations are attributed in many ways
//! ("according to X, “…”", "X wrote on Twitter that “…”", "X told reporters: “…”", "was
//! quoted as telling Reuters", "the minister said", "the Kenyan president said"); one outlet
//! gives a quotation to someone else; others drop or swap a small word, write a number in
//! digits or spell it the British way; titles and scare quotes are no quotations.

mod common;

use claimdiff::model::{Comparison, Value, Verdict};
use common::{quote_finding, speakers};

fn event(name: &str) -> Comparison {
    common::constructed_event("attrib", name, 4)
}

fn sp(pairs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    pairs
        .iter()
        .map(|(s, n)| (s.to_string(), Some(n.to_string())))
        .collect()
}

/// Whether any quote claim's words contain `words`.
fn quoted_anywhere(cmp: &Comparison, words: &str) -> bool {
    cmp.claims.iter().any(|c| match &c.value {
        Value::Quote(q) => q.text.contains(words),
        _ => false,
    })
}

#[test]
fn port_strike_deal() {
    let cmp = event("port-strike-deal");
    // The same words given to the minister by two outlets ("she said", "the minister said:")
    // and to the prime minister by a third: an attribution conflict.
    let f = quote_finding(&cmp, "Not a single zloty");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert!(f.explanation.contains("Attribution conflict"));
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("herald", "Elena Varga"),
            ("polnews", "Tomasz Wren"),
            ("wire", "Elena Varga")
        ])
    );
    // "According to Transport Minister Elena Varga, “…”", with "the" and "it" dropped: one
    // quote, no misquote.
    let f = quote_finding(&cmp, "This agreement is fair");
    assert_eq!(f.verdict, Verdict::Compatible, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("herald", "Elena Varga"),
            ("tv", "Elena Varga"),
            ("wire", "Elena Varga")
        ])
    );
    // "told reporters: “…”" and "wrote on Twitter that “…”".
    let f = quote_finding(&cmp, "we got respect");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("herald", "Marek Dudek"),
            ("tv", "Marek Dudek"),
            ("wire", "Marek Dudek")
        ])
    );
    // Another quotation of the minister is not the first one.
    let f = quote_finding(&cmp, "lungs of our economy");
    assert_eq!(f.verdict, Verdict::Unique);
    // "was quoted as telling Reuters “…”".
    let f = quote_finding(&cmp, "working normally by Wednesday");
    assert_eq!(speakers(&cmp, f), sp(&[("polnews", "Elena Varga")]));
    // "In a statement, the transport ministry said “…”".
    let f = quote_finding(&cmp, "400 million zlotys");
    assert_eq!(speakers(&cmp, f), sp(&[("tv", "transport ministry")]));
    assert!(!quoted_anywhere(&cmp, "compromise"));
}

#[test]
fn bribery_sentencing() {
    let cmp = event("bribery-sentencing");
    // The judge's words ("the judge said" in one outlet) given to the prosecutor by another.
    let f = quote_finding(&cmp, "You abused the trust");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("euro", "Ruth Adeyemi"),
            ("paper", "Helen Marsh"),
            ("tv", "Helen Marsh"),
            ("wire", "Helen Marsh")
        ])
    );
    // "this verdict" and "the verdict", an ellipsis, "According to his lawyer Daniel Osei,":
    // one quote of the lawyer, not a misquote.
    let f = quote_finding(&cmp, "maintains his innocence");
    assert_eq!(f.verdict, Verdict::Compatible, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("euro", "Daniel Osei"),
            ("paper", "Daniel Osei"),
            ("tv", "Daniel Osei"),
            ("wire", "Daniel Osei")
        ])
    );
    // "behavior" and "behaviour": the same words.
    let f = quote_finding(&cmp, "showed no remorse");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    // A memoir's title is no quotation.
    assert!(!quoted_anywhere(&cmp, "A City Worth Fighting For"));
}

#[test]
fn river_flood() {
    let cmp = event("river-flood");
    // "two metres in less than an hour" and "2 meters in less than one hour".
    let f = quote_finding(&cmp, "The water rose");
    assert_eq!(f.verdict, Verdict::Compatible, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("gazeta", "Ana Ribeiro"),
            ("tv", "Ana Ribeiro"),
            ("wire", "Ana Ribeiro")
        ])
    );
    // The official's other quotation stays apart.
    let f = quote_finding(&cmp, "still searching for 14 people");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(f.claims.len(), 2);
    // "I lost everything" and "I have lost everything"; "Fisherman Jose Almeida" is named
    // Jose Almeida.
    let f = quote_finding(&cmp, "lost everything");
    assert_eq!(f.verdict, Verdict::Compatible, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("paper", "Jose Almeida"),
            ("tv", "Jose Almeida"),
            ("wire", "Jose Almeida")
        ])
    );
    // The mayor's words ("the mayor said") given to the governor by one outlet.
    let f = quote_finding(&cmp, "enormous courage");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("gazeta", "Luis Costa"),
            ("paper", "Paulo Mendes"),
            ("tv", "Paulo Mendes")
        ])
    );
    assert!(!quoted_anywhere(&cmp, "heroes"));
}

#[test]
fn border_summit() {
    let cmp = event("border-summit");
    // "the Kenyan president said"; one outlet gives the words to the other leader, with two
    // articles added (no misquote for those).
    let f = quote_finding(&cmp, "Our two nations");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert!(!f.explanation.contains("Misquote"), "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("addis", "Tesfaye Bekele"),
            ("paper", "Daniel Mwangi"),
            ("tv", "Daniel Mwangi"),
            ("wire", "Daniel Mwangi")
        ])
    );
    // "not a threat" and "not threat": one quote.
    let f = quote_finding(&cmp, "The dam is not");
    assert_eq!(f.verdict, Verdict::Compatible, "{}", f.explanation);
    assert_eq!(f.claims.len(), 4);
    // "According to Bekele, “…”" and "The Ethiopian prime minister wrote on Twitter that".
    let f = quote_finding(&cmp, "reopen to trade");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    let names = speakers(&cmp, f);
    assert_eq!(names.len(), 2);
    assert!(
        names
            .iter()
            .all(|(_, n)| n.as_deref().is_some_and(|n| n.ends_with("Bekele"))),
        "{names:?}"
    );
    let f = quote_finding(&cmp, "meet again in Addis Ababa");
    assert_eq!(f.verdict, Verdict::Unique);
    assert!(!quoted_anywhere(&cmp, "Good Neighbourliness"));
    assert!(!quoted_anywhere(&cmp, "frank"));
}
