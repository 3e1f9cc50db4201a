//! The `extract` listing: each article's claims, one row each.

use crate::report::RenderOptions;
use crate::report::markdown::{escape, marked_sentence};
use crate::report::table::{new_table, plain};
use crate::report::view::ClaimsView;
use std::io::{self, Write};

fn count_line(view: &ClaimsView<'_>) -> String {
    let (c, s) = (view.claims.len(), view.sources.len());
    format!(
        "{c} {} from {s} {}",
        if c == 1 { "claim" } else { "claims" },
        if s == 1 { "source" } else { "sources" }
    )
}

/// Source, kind, the claim's words, its value and its topic.
pub(crate) fn write_table(
    view: &ClaimsView<'_>,
    opts: RenderOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    if view.claims.is_empty() {
        writeln!(w, "No claims.")?;
    } else {
        let mut table = new_table(opts);
        table.set_header(["source", "kind", "claim", "value", "topic"]);
        for c in &view.claims {
            table.add_row([
                plain(c.source()),
                c.claim.kind().as_str().to_owned(),
                plain(c.text),
                plain(&c.value),
                plain(&c.claim.topic),
            ]);
        }
        writeln!(w, "{table}")?;
    }
    writeln!(w, "{}", count_line(view))
}

/// The same listing as a Markdown table, with each claim marked in its sentence.
pub(crate) fn write_markdown(view: &ClaimsView<'_>, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "# claimdiff claims")?;
    writeln!(w)?;
    if view.claims.is_empty() {
        writeln!(w, "No claims.")?;
    } else {
        writeln!(w, "| id | kind | topic | value | sentence |")?;
        writeln!(w, "| --- | --- | --- | --- | --- |")?;
        for c in &view.claims {
            writeln!(
                w,
                "| {} | {} | {} | {} | {} |",
                escape(&c.claim.id),
                c.claim.kind().as_str(),
                escape(&c.claim.topic),
                escape(&c.value),
                marked_sentence(c)
            )?;
        }
    }
    writeln!(w)?;
    writeln!(w, "{}.", count_line(view))
}

#[cfg(test)]
mod tests {
    use crate::report::{Format, RenderOptions, fixture, write_claims};

    fn render(format: Format) -> String {
        let articles = fixture::articles();
        let claims = fixture::claims(&articles);
        let mut out = Vec::new();
        let opts = RenderOptions {
            width: Some(120),
            ..RenderOptions::default()
        };
        write_claims(&articles, &claims, format, opts, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_lists_sources_and_claims() {
        let json: serde_json::Value = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(json["schema_version"], 1);
        assert_eq!(json["sources"].as_array().unwrap().len(), 2);
        let claims = json["claims"].as_array().unwrap();
        assert_eq!(claims.len(), 6);
        assert_eq!(claims[0]["id"], "bloomberg#1");
        assert_eq!(claims[0]["text"], "Dec. 15");
        assert_eq!(claims[0]["value"]["type"], "date");
        assert_eq!(claims[1]["value"]["type"], "duration");
        assert_eq!(claims[1]["value"]["low"], 4.5);
        assert_eq!(claims[1]["value"]["high"], 5);
        assert_eq!(claims[5]["value"]["speaker"], "Sergei Lavrov");
        assert!(json.get("findings").is_none());
    }

    #[test]
    fn markdown_marks_and_escapes() {
        let out = render(Format::Markdown);
        assert!(out.contains("**about 300,000 people**"));
        assert!(out.contains("artificial \\| and"));
        assert!(out.ends_with("6 claims from 2 sources.\n"));
    }

    #[test]
    fn empty_listing() {
        let mut out = Vec::new();
        write_claims(&[], &[], Format::Table, RenderOptions::default(), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "No claims.\n0 claims from 0 sources\n"
        );
    }

    #[test]
    fn table_snapshot() {
        insta::assert_snapshot!(render(Format::Table), @r##"
            ┌───────────┬──────────┬───────────────────────────────┬───────────────────────────────┬───────────────────────────────┐
            │ source    ┆ kind     ┆ claim                         ┆ value                         ┆ topic                         │
            ╞═══════════╪══════════╪═══════════════════════════════╪═══════════════════════════════╪═══════════════════════════════╡
            │ bloomberg ┆ date     ┆ Dec. 15                       ┆ 2015-12-15                    ┆ Kerry's arrival in Moscow     │
            ├╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ bloomberg ┆ duration ┆ almost five years             ┆ nearly 5 years (4.5–5)        ┆ length of the civil war       │
            ├╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ bloomberg ┆ figure   ┆ about 300,000 people          ┆ about 300,000 people killed   ┆ people killed                 │
            │           ┆          ┆                               ┆ (270,000–330,000)             ┆                               │
            ├╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ wire      ┆ date     ┆ Dec. 16, 2015                 ┆ 2015-12-16                    ┆ Kerry's arrival in Moscow     │
            ├╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ wire      ┆ figure   ┆ more than 250,000 people      ┆ at least 250,000 people       ┆ people killed                 │
            │           ┆          ┆                               ┆ killed (≥ 250,000)            ┆                               │
            ├╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
            │ wire      ┆ quote    ┆ "We consider such an approach ┆ “We consider such an approach ┆ Sergei Lavrov on the approach │
            │           ┆          ┆ artificial | and against      ┆ artificial | and against      ┆                               │
            │           ┆          ┆ international law,"           ┆ international law.” — Sergei  ┆                               │
            │           ┆          ┆                               ┆ Lavrov                        ┆                               │
            └───────────┴──────────┴───────────────────────────────┴───────────────────────────────┴───────────────────────────────┘
            6 claims from 2 sources
            "##);
    }

    #[test]
    fn json_snapshot() {
        insta::assert_snapshot!(render(Format::Json), @r##"
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
                },
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
                },
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
              ]
            }
            "##);
    }
}
