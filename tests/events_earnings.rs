//! A company's quarterly results told by three outlets (tests/fixtures/events/earnings/):
//! sums in euros written three ways, the order backlog, and the jobs the company cuts.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("earnings", name, 3)
}

#[test]
fn turbine_maker_sums_backlog_and_job_cuts_line_up() {
    let cmp = event("turbine-maker");
    // "412 million euros", "€412m", "412 million euros": the quarter's net profit.
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "€412m");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "412 million euros"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "412 million euros"), "{f:#?}");
    // "a record €28bn" order backlog and a "backlog stood at 28 billion euros".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "€28bn");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(f.topic, "backlog in EUR");
    assert!(holds(&cmp, f, "intl", "28 billion euros"), "{f:#?}");
    // "cut 800 jobs" and "shed 800 jobs"; the foreign outlet's "about 1,000 jobs" is
    // another figure for the same cut.
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "800 jobs");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert_eq!(f.topic, "jobs cut");
    assert!(holds(&cmp, f, "wire", "800 jobs"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "about 1,000 jobs"), "{f:#?}");
    // The shares' rise during the day and at the close are two figures.
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "5.8%");
    assert!(!holds(&cmp, f, "wire", "6.2 percent"), "{f:#?}");
}

#[test]
fn helix_orbis_last_years_sales_and_sales_of_an_earlier_year_line_up() {
    let cmp = event("helix-orbis");
    // "reported revenue of $2.1 billion last year" and "had sales of $2.1 billion in 2025",
    // both in stories of 2026.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "$2.1 billion");
    assert!(holds(&cmp, f, "intl", "$2.1 billion"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(f.topic.starts_with("earlier revenue"), "{f:#?}");
    // "$86 a share" and "$86 per share".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "$86");
    assert!(holds(&cmp, f, "journal", "$86"), "{f:#?}");
}
