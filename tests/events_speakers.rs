//! Constructed events about who said what and who holds which position
//! (tests/fixtures/events/speakers/): dam talks where speakers are named by a role only ("the
//! Ethiopian leader", "the Premier", "the agency said"), a fraud trial ("the 45-year-old told
//! the court", "she said" after a sentence naming a man and a woman, "he said" after two men),
//! a truce whose quotations are changed by one outlet (a dropped "not", another number) and
//! rendered with an ellipsis or a synonym by others, and a budget vote with negated positions
//! ("does not support", "has never backed") and page-like clauses after a position's target.

mod common;

use claimdiff::model::{Comparison, Value, Verdict};
use common::{quote_finding, speakers};

fn event(name: &str) -> Comparison {
    common::constructed_event("speakers", name, 3)
}

fn sp(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    pairs
        .iter()
        .map(|(s, n)| (s.to_string(), n.map(str::to_string)))
        .collect()
}

#[test]
fn dam_talks() {
    let cmp = event("dam-talks");
    // "the Ethiopian leader told reporters", "the prime minister said", "the Premier told
    // reporters": the article's one head of government, Dawit Alemu, in all three.
    let f = quote_finding(&cmp, "The filling of the reservoir will continue");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("addis", Some("Dawit Alemu")),
            ("paper", Some("Dawit Alemu")),
            ("wire", Some("Dawit Alemu"))
        ])
    );
    // "the foreign minister said" is the one foreign minister; "the minister said" where a
    // prime minister and a foreign minister are named is nobody, not a guess.
    let f = quote_finding(&cmp, "We have not come here to sign a blank cheque");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("addis", None),
            ("paper", Some("Samir Hanna")),
            ("wire", Some("Samir Hanna"))
        ])
    );
    // "the agency said": the one agency the articles name.
    let f = quote_finding(&cmp, "No country downstream will lose a single drop");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("paper", Some("Ethiopian Water Agency")),
            ("wire", Some("Ethiopian Water Agency"))
        ])
    );
    // "A ministry spokesman said …. “The door remains open,” he said": not the Egyptian
    // minister named before.
    assert!(!cmp.claims.iter().any(|c| matches!(
        &c.value,
        Value::Quote(q) if q.text.contains("door remains open") && q.speaker.is_some()
    )));
    common::assert_no_contradiction(&cmp);
}

#[test]
fn fraud_trial() {
    let cmp = event("fraud-trial");
    // "the 45-year-old told the court" (Rui Carvalho, 45), "he told the judges" after a
    // sentence that names nobody.
    let f = quote_finding(&cmp, "I never took a cent");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("paper", Some("Rui Carvalho")),
            ("tv", Some("Rui Carvalho")),
            ("wire", Some("Rui Carvalho"))
        ])
    );
    // "she said" after a sentence naming the prosecutor and the accused; "the prosecutor
    // said" with the role given in an apposition ("The prosecutor, Ana Ferreira,"); "as" and
    // "like" are one rendering, not a misquote.
    let f = quote_finding(&cmp, "He treated the accounts of pensioners");
    assert_eq!(f.verdict, Verdict::Compatible, "{}", f.explanation);
    assert!(!f.explanation.contains("Misquote"), "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("paper", Some("Ana Ferreira")),
            ("tv", Some("Ana Ferreira")),
            ("wire", Some("Ana Ferreira"))
        ])
    );
    let f = quote_finding(&cmp, "This court will hear every witness");
    assert_eq!(
        speakers(&cmp, f),
        sp(&[("tv", Some("Miguel Sousa")), ("wire", Some("Miguel Sousa"))])
    );
    // "“My client will be cleared,” he said" after a sentence naming the lawyer and the
    // bank's chairman: never the chairman.
    assert!(!cmp.claims.iter().any(|c| matches!(
        &c.value,
        Value::Quote(q) if q.speaker.as_deref() == Some("Jorge Matos")
    )));
    common::assert_no_contradiction(&cmp);
}

#[test]
fn truce_quotes() {
    let cmp = event("truce-quotes");
    // A dropped "not": a misquote, reported against the outlet that dropped it.
    let f = quote_finding(&cmp, "Our forces will");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert!(
        f.explanation.contains("paper-2026-07-16") && f.explanation.contains("Misquote"),
        "{}",
        f.explanation
    );
    // Another number inside the quotation.
    let f = quote_finding(&cmp, "corridors for the convoys");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert!(f.explanation.contains("four"), "{}", f.explanation);
    // An ellipsis and a full stop are the same words; "said the Saudi mediator, Faisal
    // al-Rashid" names him.
    let f = quote_finding(&cmp, "The guns must stay silent");
    assert_eq!(f.verdict, Verdict::Agree, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("gulf", Some("Faisal al-Rashid")),
            ("paper", Some("Faisal al-Rashid")),
            ("wire", Some("Faisal al-Rashid"))
        ])
    );
}

#[test]
fn budget_vote() {
    let cmp = event("budget-vote");
    let ps = common::positions(&cmp);
    let has = |src: &str, holder: &str, stance: &str, target: &str| {
        common::has_position(&ps, src, holder, stance, target)
    };
    // "does not support the plan in its current form and wants cuts elsewhere": the target
    // ends before the second verb.
    assert!(
        has(
            "wire",
            "Joost Bakker",
            "not support",
            "plan in its current form"
        ),
        "{ps:?}"
    );
    // "has never backed a defence increase": a negated support.
    assert!(
        has("wire", "Femke Jansen", "not support", "defence increase"),
        "{ps:?}"
    );
    assert!(
        has(
            "tv",
            "Karin de Wit",
            "support",
            "plan to raise defence spending to 3 percent"
        ),
        "{ps:?}"
    );
    // No target runs into the next clause.
    assert!(!ps.iter().any(|p| p.3.contains(" and wants")), "{ps:?}");
    // "We will not vote for a budget that cuts pensions" against "We will vote for a budget
    // that protects pensions": a real change of meaning.
    let f = quote_finding(&cmp, "vote for a budget");
    assert_eq!(f.verdict, Verdict::Contradict, "{}", f.explanation);
    assert_eq!(
        speakers(&cmp, f),
        sp(&[
            ("paper", Some("Femke Jansen")),
            ("tv", Some("Femke Jansen")),
            ("wire", Some("Femke Jansen"))
        ])
    );
}

/// The quotes extracted from one article, with their speakers.
fn quotes_of(body: &str) -> Vec<(String, Option<String>)> {
    let a = common::article("a", "2026-03-14", body);
    claimdiff::extract::extract(&a)
        .claims
        .into_iter()
        .filter_map(|c| match c.value {
            Value::Quote(q) => Some((q.text, q.speaker)),
            _ => None,
        })
        .collect()
}

#[test]
fn short_quotations_whose_speaker_is_found_are_kept() {
    // Three words said by the harbour master, named before his role's apposition.
    assert_eq!(
        quotes_of(
            "Colin Aldous, Ipswich's harbour master, said the vessel \"lost all power\" before the crash."
        ),
        sp(&[("lost all power", Some("Colin Aldous"))])
    );
    // The body's words, the second joined to the first by "that were".
    assert_eq!(
        quotes_of(
            "The Russian embassy said the expulsions were \"a hostile and unfounded step\". Solheim said the five had engaged in \"activities incompatible with their diplomatic status\" that were \"a threat to Norwegian security.\""
        ),
        sp(&[
            ("a hostile and unfounded step", Some("Russian embassy")),
            (
                "activities incompatible with their diplomatic status",
                Some("Solheim")
            ),
            ("a threat to Norwegian security.", Some("Solheim"))
        ])
    );
}
