//! Events with more claims per block than compare scores pair by pair (over 128), where
//! claims are scored against representatives: the rules still hold.

mod common;

use claimdiff::model::{Comparison, Finding, Verdict};
use common::{article, run, words};

fn finding_with<'a>(cmp: &'a Comparison, text: &str) -> &'a Finding {
    cmp.findings
        .iter()
        .find(|f| words(cmp, f).contains(&text))
        .unwrap_or_else(|| panic!("no finding holds {text:?}"))
}

/// `n` outlets reporting the market attack, the ones in `fifteen` with another toll.
fn outlets(n: usize, fifteen: &[usize]) -> Comparison {
    run((0..n)
        .map(|i| {
            let toll = if fifteen.contains(&i) {
                "Fifteen people"
            } else {
                "Twelve people"
            };
            let body = format!(
                "A gunman opened fire at a market in Kano on Friday. {toll} were killed in \
                 the attack at the market, police said. Outlet {i} reported it."
            );
            article(&format!("outlet-{i:03}"), "2020-05-01", &body)
        })
        .collect())
}

#[test]
fn one_hundred_fifty_sources_of_one_toll_agree_in_one_finding() {
    let cmp = outlets(150, &[]);
    let f = finding_with(&cmp, "Twelve people");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(f.claims.len(), 150);
    assert!(
        f.explanation.starts_with("All 150 sources state the same"),
        "{}",
        f.explanation
    );
}

#[test]
fn a_contradicting_toll_among_many_sources_is_one_contradiction() {
    let cmp = outlets(140, &[7, 99]);
    let f = finding_with(&cmp, "Fifteen people");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert_eq!(f.claims.len(), 140);
    assert!(words(&cmp, f).contains(&"Twelve people"));
}
