//! A small comparison built by hand for the report tests: two articles about Kerry's trip to
//! Moscow (Bloomberg with front matter and a date, a wire story with neither), a contradicting
//! date, a compatible death toll, and two claims only one source states.

use crate::model::{
    Article, Claim, ClaimKind, Comparison, DateValue, Duration, Finding, Granularity, Interval,
    Qualifier, Quantity, Quote, Span, Value, Verdict,
};

const BLOOMBERG: &str = "---
outlet: Bloomberg
title: Kerry to Meet Putin in Moscow Next Week on Syrian Transition
published: 2015-12-11
---
Secretary of State John Kerry will travel to Moscow on Dec. 15 to meet Vladimir Putin.
The talks come after almost five years of civil war that has killed about 300,000 people in Syria.
";

const WIRE: &str = "MOSCOW - U.S. Secretary of State John Kerry will arrive in Moscow on \
Dec. 16, 2015, officials said. The war has killed more than 250,000 people, according to \
the U.N. *estimate*. \"We consider such an approach artificial | and against international \
law,\" Foreign Minister Sergei Lavrov said.";

fn span_of(text: &str, needle: &str) -> Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in fixture"));
    Span::new(start, start + needle.len())
}

fn claim(
    article: &Article,
    n: usize,
    words: &str,
    sentence: &str,
    topic: &str,
    value: Value,
) -> Claim {
    let sentence = span_of(&article.text, sentence);
    let start = sentence.start() + article.text[sentence.start()..].find(words).unwrap();
    Claim {
        id: format!("{}#{n}", article.id),
        source: article.id.clone(),
        span: Span::new(start, start + words.len()),
        sentence,
        topic: topic.to_owned(),
        value,
        context: Vec::new(),
        event: None,
        event_class: None,
        background: false,
        lead: false,
        place: None,
    }
}

fn day(date: &str, anchor: Option<&str>) -> Value {
    Value::Date(DateValue {
        timex: date.to_owned(),
        start: Some(date.to_owned()),
        end: Some(date.to_owned()),
        granularity: Granularity::Day,
        relative: anchor.is_some(),
        anchor: anchor.map(str::to_owned),
        counted_from_anchor: false,
    })
}

fn killed(interval: Interval, estimate: f64, qualifier: Qualifier) -> Value {
    Value::Quantity(Quantity {
        interval,
        estimate: Some(estimate),
        qualifier,
        unit: Some("people".into()),
        measure: Some("killed".into()),
        subset: false,
        of: None,
        counts_people: true,
        resolution: 1_000.0,
    })
}

/// The two articles.
pub(crate) fn articles() -> Vec<Article> {
    let mut bloomberg = Article::from_text("bloomberg", BLOOMBERG);
    bloomberg.path = "articles/syria-talks/bloomberg.txt".into();
    bloomberg.outlet = Some("Bloomberg".into());
    bloomberg.title = Some("Kerry to Meet Putin in Moscow Next Week on Syrian Transition".into());
    bloomberg.published = Some(jiff::civil::date(2015, 12, 11));
    bloomberg.body =
        span_of(BLOOMBERG, "Secretary").cover(Span::new(BLOOMBERG.len(), BLOOMBERG.len()));
    let mut wire = Article::from_text("wire", WIRE);
    wire.path = "articles/syria-talks/wire.txt".into();
    vec![bloomberg, wire]
}

/// The claims of both articles, in source then text order.
pub(crate) fn claims(articles: &[Article]) -> Vec<Claim> {
    let (b, w) = (&articles[0], &articles[1]);
    let b1 =
        "Secretary of State John Kerry will travel to Moscow on Dec. 15 to meet Vladimir Putin.";
    let b2 = "The talks come after almost five years of civil war that has killed about 300,000 people in Syria.";
    let w1 = "MOSCOW - U.S. Secretary of State John Kerry will arrive in Moscow on Dec. 16, 2015, officials said.";
    let w2 = "The war has killed more than 250,000 people, according to the U.N. *estimate*.";
    let w3 = "\"We consider such an approach artificial | and against international law,\" Foreign Minister Sergei Lavrov said.";
    let mut toll_b = claim(
        b,
        3,
        "about 300,000 people",
        b2,
        "people killed",
        killed(
            Interval::between(270_000.0, 330_000.0),
            300_000.0,
            Qualifier::About,
        ),
    );
    toll_b.event = Some("war".into());
    let mut toll_w = claim(
        w,
        2,
        "more than 250,000 people",
        w2,
        "people killed",
        killed(Interval::at_least(250_000.0), 250_000.0, Qualifier::AtLeast),
    );
    toll_w.event = Some("war".into());
    vec![
        claim(
            b,
            1,
            "Dec. 15",
            b1,
            "Kerry's arrival in Moscow",
            day("2015-12-15", Some("2015-12-11")),
        ),
        claim(
            b,
            2,
            "almost five years",
            b2,
            "length of the civil war",
            Value::Duration(Duration {
                timex: "P5Y".into(),
                interval: Interval::between(4.5, 5.0),
                qualifier: Qualifier::Nearly,
                unit: "year".into(),
            }),
        ),
        toll_b,
        claim(
            w,
            1,
            "Dec. 16, 2015",
            w1,
            "Kerry's arrival in Moscow",
            day("2015-12-16", None),
        ),
        toll_w,
        claim(
            w,
            3,
            "\"We consider such an approach artificial | and against international law,\"",
            w3,
            "Sergei Lavrov on the approach",
            Value::Quote(Quote {
                speaker: Some("Sergei Lavrov".into()),
                text: "We consider such an approach artificial | and against international law."
                    .into(),
                speaker_role: None,
            }),
        ),
    ]
}

fn finding(
    id: &str,
    kind: ClaimKind,
    topic: &str,
    verdict: Verdict,
    claims: &[usize],
    explanation: &str,
) -> Finding {
    Finding {
        id: id.to_owned(),
        kind,
        topic: topic.to_owned(),
        verdict,
        claims: claims.to_vec(),
        explanation: explanation.to_owned(),
        consensus: None,
    }
}

/// The comparison: F1 contradict (dates), F2 compatible (toll), F3 and F4 unique.
pub(crate) fn comparison() -> Comparison {
    let articles = articles();
    let claims = claims(&articles);
    let findings = vec![
        finding(
            "F1",
            ClaimKind::Date,
            "Kerry's arrival in Moscow",
            Verdict::Contradict,
            &[0, 3],
            "2015-12-15 (bloomberg) and 2015-12-16 (wire) are different days.",
        ),
        finding(
            "F2",
            ClaimKind::Figure,
            "people killed",
            Verdict::Compatible,
            &[2, 4],
            "about 300,000 (bloomberg) and more than 250,000 (wire) overlap between 270,000 and 330,000.",
        ),
        finding(
            "F3",
            ClaimKind::Quote,
            "Sergei Lavrov on the approach",
            Verdict::Unique,
            &[5],
            "Only wire states this.",
        ),
        finding(
            "F4",
            ClaimKind::Duration,
            "length of the civil war",
            Verdict::Unique,
            &[1],
            "Only Bloomberg states this.",
        ),
    ];
    Comparison {
        articles,
        claims,
        findings,
    }
}

#[test]
fn fixture_spans_index_the_text() {
    let cmp = comparison();
    for c in &cmp.claims {
        let a = cmp.article_of(c).unwrap();
        assert!(
            c.span.indexes(&a.text) && c.sentence.contains(c.span),
            "{}",
            c.id
        );
    }
}
