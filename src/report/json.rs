//! The JSON contract (DESIGN.md §4, schema_version 1), written through private wire types so
//! the model needs no serde derives and cannot change the contract by accident.
//!
//! Fields beyond the contract (allowed: fields may be added) are `url` on sources, `qualifier`
//! `subset` and `of` on quantities, `qualifier` on durations, and `event`, `event_class` and
//! `background` and `lead` on claims, `consensus` on contradicted findings of three or more
//! sources, and `standing` (per source) on the comparison.

use crate::model::{Qualifier, Value};
use crate::report::view::{ClaimView, ClaimsView, FindingView, ReportView, SourceView};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use std::io::{self, Write};

const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct ComparisonWire<'a> {
    schema_version: u32,
    sources: Vec<SourceWire<'a>>,
    findings: Vec<FindingWire<'a>>,
    summary: SummaryWire,
    /// Per source, with three or more sources: findings by verdict and departures.
    standing: Vec<StandingWire<'a>>,
}

#[derive(Serialize)]
struct StandingWire<'a> {
    source: &'a str,
    agree: usize,
    compatible: usize,
    contradict: usize,
    unique: usize,
    /// Contradicted findings where this source departs from the consensus of the others.
    departs: usize,
    /// Contradicted findings where this source is part of the consensus.
    with_consensus: usize,
}

#[derive(Serialize)]
struct ConsensusWire<'a> {
    /// Source ids whose values can all be true together (a strict majority).
    sources: &'a [&'a str],
    /// Source ids departing from them.
    departing: &'a [&'a str],
    /// The id of the claim stating the consensus value.
    claim: &'a str,
}

#[derive(Serialize)]
struct ClaimsWire<'a> {
    schema_version: u32,
    sources: Vec<SourceWire<'a>>,
    claims: ClaimList<'a>,
}

/// Claims written one by one as they are turned into wire form: a long text's claims are
/// never all held in wire form at once.
struct ClaimList<'a>(&'a [ClaimView<'a>]);

impl Serialize for ClaimList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(claim))
    }
}

#[derive(Serialize)]
struct SourceWire<'a> {
    id: &'a str,
    path: &'a str,
    outlet: Option<&'a str>,
    title: Option<&'a str>,
    /// `YYYY-MM-DD`.
    published: Option<&'a str>,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct FindingWire<'a> {
    id: &'a str,
    kind: &'static str,
    topic: &'a str,
    verdict: &'static str,
    claims: Vec<ClaimWire<'a>>,
    explanation: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    consensus: Option<ConsensusWire<'a>>,
}

#[derive(Serialize)]
struct SummaryWire {
    findings: usize,
    agree: usize,
    compatible: usize,
    contradict: usize,
    unique: usize,
}

#[derive(Serialize)]
struct ClaimWire<'a> {
    id: &'a str,
    source: &'a str,
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    sentence: &'a str,
    topic: &'a str,
    value: ValueWire<'a>,
    event: Option<&'a str>,
    event_class: Option<&'a str>,
    background: bool,
    lead: bool,
    /// Where a count of people was told of ("Monroe County"), when its clause names a place.
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum ValueWire<'a> {
    Quantity {
        low: Option<Num>,
        high: Option<Num>,
        estimate: Option<Num>,
        approximate: bool,
        unit: Option<&'a str>,
        measure: Option<&'a str>,
        qualifier: &'static str,
        subset: bool,
        of: Option<&'a str>,
    },
    Date {
        timex: &'a str,
        start: Option<&'a str>,
        end: Option<&'a str>,
        granularity: &'static str,
        relative: bool,
        anchor: Option<&'a str>,
    },
    Duration {
        timex: &'a str,
        low: Option<Num>,
        high: Option<Num>,
        unit: &'a str,
        approximate: bool,
        qualifier: &'static str,
    },
    Quote {
        speaker: Option<&'a str>,
        text: &'a str,
        /// Added field: the speaker's title or role, when the article gives one.
        #[serde(skip_serializing_if = "Option::is_none")]
        speaker_role: Option<&'a str>,
    },
    Position {
        holder: &'a str,
        stance: &'a str,
        target: &'a str,
    },
}

/// A number written as an integer when it is one (`300000`, not `300000.0`).
#[derive(Clone, Copy)]
struct Num(f64);

/// 2^53: integers up to this magnitude are exact in an f64.
const EXACT_INT: f64 = 9_007_199_254_740_992.0;

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.is_finite() && v.fract() == 0.0 && v.abs() <= EXACT_INT {
            // Exact: the value is whole and within ±2^53.
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::About => "about",
        Qualifier::Nearly => "nearly",
        Qualifier::AtLeast => "at_least",
        Qualifier::AtMost => "at_most",
        Qualifier::Range => "range",
        Qualifier::Plural => "plural",
    }
}

fn value(v: &Value) -> ValueWire<'_> {
    match v {
        Value::Quantity(q) => ValueWire::Quantity {
            low: q.interval.low().map(Num),
            high: q.interval.high().map(Num),
            estimate: q.estimate.map(Num),
            approximate: q.approximate(),
            unit: q.unit.as_deref(),
            measure: q.measure.as_deref(),
            qualifier: qualifier_name(q.qualifier),
            subset: q.subset,
            of: q.of.as_deref(),
        },
        Value::Date(d) => ValueWire::Date {
            timex: &d.timex,
            start: d.start.as_deref(),
            end: d.end.as_deref(),
            granularity: d.granularity.as_str(),
            relative: d.relative,
            anchor: d.anchor.as_deref(),
        },
        Value::Duration(d) => ValueWire::Duration {
            timex: &d.timex,
            low: d.interval.low().map(Num),
            high: d.interval.high().map(Num),
            unit: &d.unit,
            approximate: d.qualifier.is_approximate(),
            qualifier: qualifier_name(d.qualifier),
        },
        Value::Quote(q) => ValueWire::Quote {
            speaker: q.speaker.as_deref(),
            text: &q.text,
            speaker_role: q.speaker_role.as_deref(),
        },
        Value::Position(p) => ValueWire::Position {
            holder: &p.holder,
            stance: &p.stance,
            target: &p.target,
        },
    }
}

fn source<'a>(s: &'a SourceView<'a>) -> SourceWire<'a> {
    SourceWire {
        id: s.id,
        path: s.path,
        outlet: s.outlet,
        title: s.title,
        published: s.published.as_deref(),
        url: s.url,
    }
}

fn claim<'a>(c: &'a ClaimView<'a>) -> ClaimWire<'a> {
    let claim = c.claim;
    ClaimWire {
        id: &claim.id,
        source: &claim.source,
        kind: claim.kind().as_str(),
        text: c.text,
        start: claim.span.start(),
        end: claim.span.end(),
        sentence: c.sentence,
        topic: &claim.topic,
        value: value(&claim.value),
        event: claim.event.as_deref(),
        event_class: claim.event_class.as_deref(),
        background: claim.background,
        lead: claim.lead,
        place: claim.place.as_deref(),
    }
}

fn finding<'a>(f: &'a FindingView<'a>) -> FindingWire<'a> {
    FindingWire {
        id: f.id,
        kind: f.kind.as_str(),
        topic: f.topic,
        verdict: f.verdict.as_str(),
        claims: f.claims.iter().map(claim).collect(),
        explanation: f.explanation,
        consensus: f.consensus.as_ref().map(|c| ConsensusWire {
            sources: &c.sources,
            departing: &c.departing,
            claim: &c.claim.id,
        }),
    }
}

/// Pretty-printed (two-space indent) with a trailing newline.
fn write_pretty(wire: &impl Serialize, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, wire)?;
    writeln!(w)
}

pub(crate) fn write_comparison(view: &ReportView<'_>, w: &mut dyn Write) -> io::Result<()> {
    write_pretty(&comparison(view), w)
}

/// The same object as [`write_comparison`], compact on one line, to embed in other JSON.
pub(crate) fn comparison_raw(view: &ReportView<'_>) -> serde_json::Result<Box<RawValue>> {
    serde_json::value::to_raw_value(&comparison(view))
}

fn comparison<'a>(view: &'a ReportView<'a>) -> ComparisonWire<'a> {
    let s = view.summary;
    ComparisonWire {
        schema_version: SCHEMA_VERSION,
        sources: view.sources.iter().map(source).collect(),
        findings: view.findings.iter().map(finding).collect(),
        summary: SummaryWire {
            findings: s.findings,
            agree: s.agree,
            compatible: s.compatible,
            contradict: s.contradict,
            unique: s.unique,
        },
        standing: view
            .standing
            .iter()
            .map(|s| StandingWire {
                source: s.id,
                agree: s.counts.agree,
                compatible: s.counts.compatible,
                contradict: s.counts.contradict,
                unique: s.counts.unique,
                departs: s.counts.departs,
                with_consensus: s.counts.with_consensus,
            })
            .collect(),
    }
}

pub(crate) fn write_claims(view: &ClaimsView<'_>, w: &mut dyn Write) -> io::Result<()> {
    let wire = ClaimsWire {
        schema_version: SCHEMA_VERSION,
        sources: view.sources.iter().map(source).collect(),
        claims: ClaimList(&view.claims),
    };
    write_pretty(&wire, w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Format, RenderOptions, fixture, write_comparison as render_as};
    use serde_json::Value as Json;

    fn render() -> String {
        let cmp = fixture::comparison();
        let mut out = Vec::new();
        render_as(&cmp, Format::Json, RenderOptions::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn num(v: f64) -> String {
        serde_json::to_string(&Num(v)).unwrap()
    }

    #[test]
    fn whole_numbers_are_written_as_integers() {
        assert_eq!(num(300_000.0), "300000");
        assert_eq!(num(-4.0), "-4");
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(4.5), "4.5");
        assert_eq!(num(EXACT_INT), "9007199254740992");
        assert_eq!(num(EXACT_INT * 4.0), "3.602879701896397e+16");
        assert_eq!(num(f64::NAN), "null");
    }

    #[test]
    fn comparison_has_the_contract_fields() {
        let out = render();
        assert!(out.ends_with("}\n"));
        assert!(
            out.contains("\n  \"schema_version\": 1,\n"),
            "two-space indent"
        );
        let json: Json = serde_json::from_str(&out).unwrap();
        assert_eq!(json["schema_version"], 1);
        let src = &json["sources"][0];
        for key in ["id", "path", "outlet", "title", "published"] {
            assert!(src.get(key).is_some(), "source.{key}");
        }
        assert_eq!(src["published"], "2015-12-11");
        assert_eq!(json["sources"][1]["outlet"], Json::Null);
        assert_eq!(json["sources"][1]["published"], Json::Null);

        let findings = json["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 4);
        let ids: Vec<&str> = findings.iter().map(|f| f["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["F1", "F2", "F3", "F4"]);
        for f in findings {
            for key in ["id", "kind", "topic", "verdict", "claims", "explanation"] {
                assert!(f.get(key).is_some(), "finding.{key}");
            }
            for c in f["claims"].as_array().unwrap() {
                for key in [
                    "id", "source", "kind", "text", "start", "end", "sentence", "topic", "value",
                ] {
                    assert!(c.get(key).is_some(), "claim.{key}");
                }
            }
        }
        let toll = &findings[1]["claims"][0];
        assert_eq!(toll["text"], "about 300,000 people");
        assert_eq!(
            toll["value"],
            serde_json::json!({"type": "quantity", "low": 270000, "high": 330000,
                "estimate": 300000, "approximate": true, "unit": "people", "measure": "killed",
                "qualifier": "about", "subset": false, "of": null})
        );
        assert!(out.contains("\"low\": 270000,"));
        assert_eq!(findings[1]["claims"][1]["value"]["high"], Json::Null);
        assert_eq!(
            json["summary"],
            serde_json::json!({"findings": 4, "agree": 0, "compatible": 1, "contradict": 1, "unique": 2})
        );
    }

    #[test]
    fn claim_offsets_index_the_article_text() {
        let cmp = fixture::comparison();
        let json: Json = serde_json::from_str(&render()).unwrap();
        for f in json["findings"].as_array().unwrap() {
            for c in f["claims"].as_array().unwrap() {
                let a = cmp
                    .articles
                    .iter()
                    .find(|a| a.id == c["source"].as_str().unwrap())
                    .unwrap();
                let (s, e) = (c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap());
                assert_eq!(c["text"], a.text[s as usize..e as usize]);
            }
        }
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(), @r#"
        {
          "schema_version": 1,
          "sources": [
            {
              "id": "bloomberg",
              "path": "articles/syria-talks/bloomberg.txt",
              "outlet": "Bloomberg",
              "title": "Kerry to Meet Putin in Moscow Next Week on Syrian Transition",
              "published": "2015-12-11",
              "url": null
            },
            {
              "id": "wire",
              "path": "articles/syria-talks/wire.txt",
              "outlet": null,
              "title": null,
              "published": null,
              "url": null
            }
          ],
          "findings": [
            {
              "id": "F1",
              "kind": "date",
              "topic": "Kerry's arrival in Moscow",
              "verdict": "contradict",
              "claims": [
                {
                  "id": "bloomberg#1",
                  "source": "bloomberg",
                  "kind": "date",
                  "text": "Dec. 15",
                  "start": 171,
                  "end": 178,
                  "sentence": "Secretary of State John Kerry will travel to Moscow on Dec. 15 to meet Vladimir Putin.",
                  "topic": "Kerry's arrival in Moscow",
                  "value": {
                    "type": "date",
                    "timex": "2015-12-15",
                    "start": "2015-12-15",
                    "end": "2015-12-15",
                    "granularity": "day",
                    "relative": true,
                    "anchor": "2015-12-11"
                  },
                  "event": null,
                  "event_class": null,
                  "background": false,
                  "lead": false
                },
                {
                  "id": "wire#1",
                  "source": "wire",
                  "kind": "date",
                  "text": "Dec. 16, 2015",
                  "start": 69,
                  "end": 82,
                  "sentence": "MOSCOW - U.S. Secretary of State John Kerry will arrive in Moscow on Dec. 16, 2015, officials said.",
                  "topic": "Kerry's arrival in Moscow",
                  "value": {
                    "type": "date",
                    "timex": "2015-12-16",
                    "start": "2015-12-16",
                    "end": "2015-12-16",
                    "granularity": "day",
                    "relative": false,
                    "anchor": null
                  },
                  "event": null,
                  "event_class": null,
                  "background": false,
                  "lead": false
                }
              ],
              "explanation": "2015-12-15 (bloomberg) and 2015-12-16 (wire) are different days."
            },
            {
              "id": "F2",
              "kind": "figure",
              "topic": "people killed",
              "verdict": "compatible",
              "claims": [
                {
                  "id": "bloomberg#3",
                  "source": "bloomberg",
                  "kind": "figure",
                  "text": "about 300,000 people",
                  "start": 271,
                  "end": 291,
                  "sentence": "The talks come after almost five years of civil war that has killed about 300,000 people in Syria.",
                  "topic": "people killed",
                  "value": {
                    "type": "quantity",
                    "low": 270000,
                    "high": 330000,
                    "estimate": 300000,
                    "approximate": true,
                    "unit": "people",
                    "measure": "killed",
                    "qualifier": "about",
                    "subset": false,
                    "of": null
                  },
                  "event": "war",
                  "event_class": null,
                  "background": false,
                  "lead": false
                },
                {
                  "id": "wire#2",
                  "source": "wire",
                  "kind": "figure",
                  "text": "more than 250,000 people",
                  "start": 119,
                  "end": 143,
                  "sentence": "The war has killed more than 250,000 people, according to the U.N. *estimate*.",
                  "topic": "people killed",
                  "value": {
                    "type": "quantity",
                    "low": 250000,
                    "high": null,
                    "estimate": 250000,
                    "approximate": true,
                    "unit": "people",
                    "measure": "killed",
                    "qualifier": "at_least",
                    "subset": false,
                    "of": null
                  },
                  "event": "war",
                  "event_class": null,
                  "background": false,
                  "lead": false
                }
              ],
              "explanation": "about 300,000 (bloomberg) and more than 250,000 (wire) overlap between 270,000 and 330,000."
            },
            {
              "id": "F3",
              "kind": "quote",
              "topic": "Sergei Lavrov on the approach",
              "verdict": "unique",
              "claims": [
                {
                  "id": "wire#3",
                  "source": "wire",
                  "kind": "quote",
                  "text": "\"We consider such an approach artificial | and against international law,\"",
                  "start": 179,
                  "end": 253,
                  "sentence": "\"We consider such an approach artificial | and against international law,\" Foreign Minister Sergei Lavrov said.",
                  "topic": "Sergei Lavrov on the approach",
                  "value": {
                    "type": "quote",
                    "speaker": "Sergei Lavrov",
                    "text": "We consider such an approach artificial | and against international law."
                  },
                  "event": null,
                  "event_class": null,
                  "background": false,
                  "lead": false
                }
              ],
              "explanation": "Only wire states this."
            },
            {
              "id": "F4",
              "kind": "duration",
              "topic": "length of the civil war",
              "verdict": "unique",
              "claims": [
                {
                  "id": "bloomberg#2",
                  "source": "bloomberg",
                  "kind": "duration",
                  "text": "almost five years",
                  "start": 224,
                  "end": 241,
                  "sentence": "The talks come after almost five years of civil war that has killed about 300,000 people in Syria.",
                  "topic": "length of the civil war",
                  "value": {
                    "type": "duration",
                    "timex": "P5Y",
                    "low": 4.5,
                    "high": 5,
                    "unit": "year",
                    "approximate": true,
                    "qualifier": "nearly"
                  },
                  "event": null,
                  "event_class": null,
                  "background": false,
                  "lead": false
                }
              ],
              "explanation": "Only Bloomberg states this."
            }
          ],
          "summary": {
            "findings": 4,
            "agree": 0,
            "compatible": 1,
            "contradict": 1,
            "unique": 2
          },
          "standing": []
        }
        "#);
    }
}
