//! The JSON contract (DESIGN.md §4, schema_version 1) read back into this test's own mirror
//! types: every field the contract names must be there (nullable ones as `null`), with the
//! meaning it gives them. Extra fields are allowed, so the mirrors do not deny unknown ones.

use claimdiff::model::{
    Article, Claim, ClaimKind, Comparison, DateValue, Duration, Finding, Granularity, Interval,
    Position, Qualifier, Quantity, Quote, Span, Value, Verdict,
};
use claimdiff::report::{Format, RenderOptions, write_claims, write_comparison};
use serde::{Deserialize, Deserializer};

/// A field that must be present but may be `null` (serde would otherwise take a missing
/// `Option` field for `None`).
fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(d)
}

#[derive(Debug, Deserialize)]
struct Report {
    schema_version: u32,
    sources: Vec<Source>,
    findings: Vec<FindingW>,
    summary: SummaryW,
}

#[derive(Debug, Deserialize)]
struct ClaimsReport {
    schema_version: u32,
    sources: Vec<Source>,
    claims: Vec<ClaimW>,
}

#[derive(Debug, Deserialize)]
struct Source {
    id: String,
    path: String,
    #[serde(deserialize_with = "nullable")]
    outlet: Option<String>,
    #[serde(deserialize_with = "nullable")]
    title: Option<String>,
    #[serde(deserialize_with = "nullable")]
    published: Option<String>,
}

#[derive(Debug, Deserialize)]
struct FindingW {
    id: String,
    kind: String,
    topic: String,
    verdict: String,
    claims: Vec<ClaimW>,
    explanation: String,
}

#[derive(Debug, Deserialize, PartialEq, Default)]
struct SummaryW {
    findings: usize,
    agree: usize,
    compatible: usize,
    contradict: usize,
    unique: usize,
}

#[derive(Debug, Deserialize)]
struct ClaimW {
    id: String,
    source: String,
    kind: String,
    text: String,
    start: usize,
    end: usize,
    sentence: String,
    topic: String,
    value: ValueW,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum ValueW {
    Quantity {
        #[serde(deserialize_with = "nullable")]
        low: Option<f64>,
        #[serde(deserialize_with = "nullable")]
        high: Option<f64>,
        #[serde(deserialize_with = "nullable")]
        estimate: Option<f64>,
        approximate: bool,
        #[serde(deserialize_with = "nullable")]
        unit: Option<String>,
        #[serde(deserialize_with = "nullable")]
        measure: Option<String>,
    },
    Date {
        timex: String,
        #[serde(deserialize_with = "nullable")]
        start: Option<String>,
        #[serde(deserialize_with = "nullable")]
        end: Option<String>,
        granularity: String,
        relative: bool,
        #[serde(deserialize_with = "nullable")]
        anchor: Option<String>,
    },
    Duration {
        timex: String,
        #[serde(deserialize_with = "nullable")]
        low: Option<f64>,
        #[serde(deserialize_with = "nullable")]
        high: Option<f64>,
        unit: String,
        approximate: bool,
    },
    Quote {
        #[serde(deserialize_with = "nullable")]
        speaker: Option<String>,
        text: String,
    },
    Position {
        holder: String,
        stance: String,
        target: String,
    },
}

impl ValueW {
    fn kind(&self) -> &'static str {
        match self {
            ValueW::Quantity { .. } => "figure",
            ValueW::Date { .. } => "date",
            ValueW::Duration { .. } => "duration",
            ValueW::Quote { .. } => "quote",
            ValueW::Position { .. } => "position",
        }
    }
}

// ---- a comparison built by hand through the public API ----

const LE_MONDE: &str = "---\noutlet: Le Monde\npublished: 2015-12-12\n---\n\
Selon l’ONU, la guerre a fait « près de 300 000 morts » depuis 2011 – un bilan lourd.\n\
Sergueï Lavrov a déclaré : « Nous considérons cette approche artificielle. »\n";

const WIRE: &str = "The war has killed more than 250,000 people. \
Talks are set for Dec. 18 in New York, officials said. \
The United States demands Assad's ouster after five years of war.";

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("needle in text");
    Span::new(start, start + needle.len())
}

fn claim(a: &Article, n: usize, words: &str, sentence: &str, topic: &str, value: Value) -> Claim {
    Claim {
        id: format!("{}#{n}", a.id),
        source: a.id.clone(),
        span: span_of(&a.text, words),
        sentence: span_of(&a.text, sentence),
        topic: topic.into(),
        value,
        context: vec![],
        event: None,
        event_class: None,
        background: false,
        lead: false,
        place: None,
    }
}

fn quantity(interval: Interval, estimate: f64, qualifier: Qualifier) -> Value {
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

fn comparison() -> Comparison {
    let mut monde = Article::from_text("le-monde", LE_MONDE);
    monde.path = "articles/syria/le-monde.md".into();
    monde.outlet = Some("Le Monde".into());
    monde.published = Some(jiff::civil::date(2015, 12, 12));
    let mut wire = Article::from_text("wire", WIRE);
    wire.path = "articles/syria/wire.txt".into();

    let monde_1 =
        "Selon l’ONU, la guerre a fait « près de 300 000 morts » depuis 2011 – un bilan lourd.";
    let monde_2 = "Sergueï Lavrov a déclaré : « Nous considérons cette approche artificielle. »";
    let claims = vec![
        claim(
            &monde,
            1,
            "près de 300 000 morts",
            monde_1,
            "people killed",
            quantity(
                Interval::between(270_000.0, 300_000.0),
                300_000.0,
                Qualifier::Nearly,
            ),
        ),
        claim(
            &monde,
            2,
            "« Nous considérons cette approche artificielle. »",
            monde_2,
            "Sergei Lavrov on the approach",
            Value::Quote(Quote {
                speaker: Some("Sergueï Lavrov".into()),
                text: "Nous considérons cette approche artificielle.".into(),
                speaker_role: None,
            }),
        ),
        claim(
            &wire,
            1,
            "more than 250,000 people",
            "The war has killed more than 250,000 people.",
            "people killed",
            quantity(Interval::at_least(250_000.0), 250_000.0, Qualifier::AtLeast),
        ),
        claim(
            &wire,
            2,
            "Dec. 18",
            "Talks are set for Dec. 18 in New York, officials said.",
            "date of the talks",
            Value::Date(DateValue {
                timex: "XXXX-12-18".into(),
                start: None,
                end: None,
                granularity: Granularity::Day,
                relative: true,
                anchor: None,
                counted_from_anchor: false,
            }),
        ),
        claim(
            &wire,
            3,
            "The United States demands Assad's ouster",
            "The United States demands Assad's ouster after five years of war.",
            "Assad's future",
            Value::Position(Position {
                holder: "United States".into(),
                stance: "demand".into(),
                target: "Assad's ouster".into(),
            }),
        ),
        claim(
            &wire,
            4,
            "five years",
            "The United States demands Assad's ouster after five years of war.",
            "length of the war",
            Value::Duration(Duration {
                timex: "P5Y".into(),
                interval: Interval::point(5.0),
                qualifier: Qualifier::Exact,
                unit: "year".into(),
            }),
        ),
    ];
    let finding = |id: &str, kind, verdict, claims: &[usize]| Finding {
        id: id.into(),
        kind,
        topic: "topic".into(),
        verdict,
        claims: claims.to_vec(),
        explanation: format!("{id} explained."),
        consensus: None,
    };
    let findings = vec![
        finding("F1", ClaimKind::Figure, Verdict::Compatible, &[0, 2]),
        finding("F2", ClaimKind::Quote, Verdict::Unique, &[1]),
        finding("F3", ClaimKind::Date, Verdict::Unique, &[3]),
        finding("F4", ClaimKind::Position, Verdict::Unique, &[4]),
        finding("F5", ClaimKind::Duration, Verdict::Unique, &[5]),
    ];
    Comparison {
        articles: vec![monde, wire],
        claims,
        findings,
    }
}

fn render(cmp: &Comparison) -> String {
    let mut out = Vec::new();
    write_comparison(cmp, Format::Json, RenderOptions::default(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn check_claim(cmp: &Comparison, c: &ClaimW) {
    let article = cmp
        .articles
        .iter()
        .find(|a| a.id == c.source)
        .unwrap_or_else(|| panic!("{}: unknown source {}", c.id, c.source));
    assert_eq!(
        article.text.get(c.start..c.end),
        Some(c.text.as_str()),
        "{}: text is the article text between start and end",
        c.id
    );
    assert!(
        c.sentence.contains(&c.text),
        "{}: sentence holds the claim",
        c.id
    );
    assert!(c.id.starts_with(&format!("{}#", c.source)), "{}", c.id);
    assert_eq!(c.kind, c.value.kind(), "{}: kind matches the value", c.id);
    assert!(!c.topic.is_empty());
}

#[test]
fn comparison_json_reads_back_into_the_contract() {
    let cmp = comparison();
    let out = render(&cmp);
    assert!(
        out.ends_with("}\n"),
        "pretty-printed with a trailing newline"
    );
    let report: Report = serde_json::from_str(&out).expect("JSON matches the contract's shape");

    assert_eq!(report.schema_version, 1);

    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["le-monde", "wire"]);
    assert_eq!(report.sources[0].path, "articles/syria/le-monde.md");
    assert_eq!(report.sources[0].outlet.as_deref(), Some("Le Monde"));
    assert_eq!(report.sources[0].title, None);
    assert_eq!(report.sources[1].outlet, None);
    assert_eq!(report.sources[0].published.as_deref(), Some("2015-12-12"));
    assert_eq!(report.sources[1].published, None);
    for s in &report.sources {
        assert!(s.published.as_deref().is_none_or(is_iso_date));
    }

    // Findings come in the order the comparison gives, with their claims.
    let order: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(order, ["F1", "F2", "F3", "F4", "F5"]);
    let mut counted = SummaryW::default();
    for (f, given) in report.findings.iter().zip(&cmp.findings) {
        assert_eq!(f.kind, given.kind.as_str());
        assert_eq!(f.topic, given.topic);
        assert_eq!(f.explanation, given.explanation);
        assert_eq!(f.claims.len(), given.claims.len());
        for c in &f.claims {
            check_claim(&cmp, c);
            assert_eq!(c.kind, f.kind);
        }
        counted.findings += 1;
        match f.verdict.as_str() {
            "agree" => counted.agree += 1,
            "compatible" => counted.compatible += 1,
            "contradict" => counted.contradict += 1,
            "unique" => counted.unique += 1,
            other => panic!("unknown verdict {other}"),
        }
    }
    assert_eq!(
        report.summary, counted,
        "summary counts equal the verdict counts"
    );

    // Values, as the contract spells them.
    match &report.findings[0].claims[1].value {
        ValueW::Quantity {
            low,
            high,
            estimate,
            approximate,
            unit,
            measure,
        } => {
            assert_eq!(
                (*low, *high, *estimate),
                (Some(250_000.0), None, Some(250_000.0))
            );
            assert!(*approximate);
            assert_eq!(unit.as_deref(), Some("people"));
            assert_eq!(measure.as_deref(), Some("killed"));
        }
        v => panic!("not a quantity: {v:?}"),
    }
    match &report.findings[1].claims[0].value {
        ValueW::Quote { speaker, text } => {
            assert_eq!(speaker.as_deref(), Some("Sergueï Lavrov"));
            assert_eq!(text, "Nous considérons cette approche artificielle.");
        }
        v => panic!("not a quote: {v:?}"),
    }
    match &report.findings[2].claims[0].value {
        ValueW::Date {
            timex,
            start,
            end,
            granularity,
            relative,
            anchor,
        } => {
            assert_eq!(timex, "XXXX-12-18");
            assert_eq!((start, end, anchor), (&None, &None, &None));
            assert_eq!(granularity, "day");
            assert!(*relative);
        }
        v => panic!("not a date: {v:?}"),
    }
    match &report.findings[3].claims[0].value {
        ValueW::Position {
            holder,
            stance,
            target,
        } => assert_eq!(
            (holder.as_str(), stance.as_str(), target.as_str()),
            ("United States", "demand", "Assad's ouster")
        ),
        v => panic!("not a position: {v:?}"),
    }
    match &report.findings[4].claims[0].value {
        ValueW::Duration {
            timex,
            low,
            high,
            unit,
            approximate,
        } => {
            assert_eq!(timex, "P5Y");
            assert_eq!((*low, *high), (Some(5.0), Some(5.0)));
            assert_eq!(unit, "year");
            assert!(!*approximate);
        }
        v => panic!("not a duration: {v:?}"),
    }

    // Whole numbers are written as integers.
    assert!(out.contains("\"low\": 270000,"), "{out}");
    assert!(out.contains("\"estimate\": 300000,"));
    assert!(out.contains("\"high\": 5,"));
    assert!(!out.contains(".0,") && !out.contains(".0\n"));
}

#[test]
fn a_nullable_field_must_still_be_present() {
    let missing = r#"{"id": "a", "path": "a.txt", "title": null, "published": null}"#;
    assert!(serde_json::from_str::<Source>(missing).is_err());
    let present =
        r#"{"id": "a", "path": "a.txt", "outlet": null, "title": null, "published": null}"#;
    assert!(serde_json::from_str::<Source>(present).is_ok());
}

#[test]
fn extract_json_reads_back_into_the_contract() {
    let cmp = comparison();
    let mut out = Vec::new();
    write_claims(
        &cmp.articles,
        &cmp.claims,
        Format::Json,
        RenderOptions::default(),
        &mut out,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    let listing: ClaimsReport = serde_json::from_str(&out).expect("extract JSON matches");
    assert_eq!(listing.schema_version, 1);
    assert_eq!(listing.sources.len(), 2);
    assert_eq!(listing.claims.len(), cmp.claims.len());
    for (c, given) in listing.claims.iter().zip(&cmp.claims) {
        assert_eq!(c.id, given.id);
        check_claim(&cmp, c);
    }
}

#[test]
fn an_empty_comparison_is_still_a_report() {
    let cmp = Comparison {
        articles: vec![],
        claims: vec![],
        findings: vec![],
    };
    let report: Report = serde_json::from_str(&render(&cmp)).unwrap();
    assert_eq!(report.schema_version, 1);
    assert!(report.sources.is_empty() && report.findings.is_empty());
    assert_eq!(report.summary, SummaryW::default());
}
