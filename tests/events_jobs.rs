//! Job cuts told by three outlets (tests/fixtures/events/jobs/): "about 1,000 jobs", "800
//! jobs" and "up to 1,000 positions", and a union leader quoted whole by one paper and in part,
//! with one article fewer, by the wire.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds, quote_finding};

fn event(name: &str) -> Comparison {
    common::constructed_event("jobs", name, 3)
}

#[test]
fn volkmar_jobs_and_positions_cut_are_one_count_that_differs() {
    let cmp = event("volkmar");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "about 1,000 jobs");
    assert!(holds(&cmp, f, "paper", "800 jobs"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "up to 1,000 positions"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}

#[test]
fn volkmar_an_excerpt_without_an_article_is_no_misquote() {
    let cmp = event("volkmar");
    let f = quote_finding(&cmp, "slap in the face");
    assert_eq!(f.claims.len(), 2, "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(f.explanation.contains("small word"), "{f:#?}");
}

#[test]
fn volkmar_a_workforce_and_people_who_work_at_a_plant_are_one_payroll() {
    let cmp = event("volkmar");
    // "a workforce of 8,300", "About 8,000 people work at the plant", "employs 8,300 people".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "8,300");
    assert!(holds(&cmp, f, "paper", "About 8,000 people"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "8,300 people"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
}
