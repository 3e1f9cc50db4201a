use crate::model::{
    Article, Claim, ClaimKind, Comparison, Finding, Position, Quote, Span, Value, Verdict,
};
use crate::report::{Format, RenderOptions, fixture, write_comparison};
use regex::Regex;
use std::collections::BTreeSet;

fn render(cmp: &Comparison) -> String {
    let mut out = Vec::new();
    write_comparison(cmp, Format::Html, RenderOptions::default(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// A one-article comparison whose claims cover the given words of `text` (the n-th claim the
/// first occurrence of `words[n]` at or after the previous claim's start), each a unique
/// finding.
fn one_article(id: &str, text: &str, words: &[&str]) -> Comparison {
    let mut article = Article::from_text(id, text);
    article.path = format!("articles/event/{id}.txt");
    let mut from = 0;
    let claims: Vec<Claim> = words
        .iter()
        .enumerate()
        .map(|(n, w)| {
            let start = from + text[from..].find(w).expect("words in text");
            from = start;
            Claim {
                id: format!("{id}#{n}"),
                source: id.to_owned(),
                span: Span::new(start, start + w.len()),
                sentence: Span::new(0, text.len()),
                topic: format!("topic {n}"),
                value: Value::Quote(Quote {
                    speaker: Some("Someone \"quoted\"".into()),
                    text: (*w).to_owned(),
                    speaker_role: None,
                }),
                context: Vec::new(),
                event: None,
                event_class: None,
                background: false,
                lead: false,
                place: None,
            }
        })
        .collect();
    let findings = (0..claims.len())
        .map(|n| Finding {
            id: format!("F{}", n + 1),
            kind: ClaimKind::Quote,
            topic: format!("topic {n}"),
            verdict: Verdict::Unique,
            claims: vec![n],
            explanation: String::new(),
            consensus: None,
        })
        .collect();
    Comparison {
        articles: vec![article],
        claims,
        findings,
    }
}

/// The ids of the page's elements and the fragments its links point to.
fn ids_and_links(html: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let ids = Regex::new(r#" id="([^"]*)""#).unwrap();
    let links = Regex::new(r##" href="#([^"]*)""##).unwrap();
    (
        ids.captures_iter(html).map(|c| c[1].to_owned()).collect(),
        links.captures_iter(html).map(|c| c[1].to_owned()).collect(),
    )
}

#[test]
fn article_text_and_metadata_are_escaped() {
    let text = "Officials said <script>alert(1)</script> & \"30 killed\" <img src=x onerror=alert(2)> in 'Aleppo'.";
    let mut cmp = one_article(
        "evil",
        text,
        &["<script>alert(1)</script>", "\"30 killed\""],
    );
    cmp.articles[0].outlet = Some("The \"Outlet\" <b>".into());
    cmp.articles[0].title = Some("</title><script>alert(3)</script>".into());
    cmp.findings[0].topic = "\"><img src=x onerror=alert(4)>".into();
    let out = render(&cmp);
    // No element the article could have brought in: the page has no script and no image.
    for tag in ["<script", "<img", "<b>"] {
        assert!(!out.contains(tag), "{tag} reached the page:\n{out}");
    }
    assert!(out.contains(
        "Officials said <mark class=\"hl v-unique\" id=\"claim-evil-0\" \
         title=\"F1 · &quot;&gt;&lt;img src=x onerror=alert(4)&gt; — unique: "
    ));
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;<a class=\"ref\" href=\"#finding-F1\">F1</a></mark> &amp; "));
    assert!(out.contains("&lt;img src=x onerror=alert(2)&gt; in 'Aleppo'."));
    assert!(out.contains("<h3>The &quot;Outlet&quot; &lt;b&gt;</h3>"));
    assert!(out.contains("<title>claimdiff report: event</title>"));
    assert!(out.contains("&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
}

#[test]
fn the_page_loads_nothing_from_elsewhere() {
    let out = render(&fixture::comparison());
    assert!(out.starts_with("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"));
    assert!(out.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    for external in [
        "src=", "http:", "https:", "url(", "@import", "<link", "<script",
    ] {
        assert!(!out.contains(external), "{external} in the page");
    }
}

#[test]
fn every_finding_once_in_verdict_order_and_every_link_lands() {
    let cmp = fixture::comparison();
    let out = render(&cmp);
    let findings =
        Regex::new(r#"<(article|tbody) class="finding v-(\w+)" id="finding-(F\d+)""#).unwrap();
    let got: Vec<(String, String)> = findings
        .captures_iter(&out)
        .map(|c| (c[3].to_owned(), c[2].to_owned()))
        .collect();
    let want: Vec<(String, String)> = cmp
        .findings
        .iter()
        .map(|f| (f.id.clone(), f.verdict.to_string()))
        .collect();
    assert_eq!(got, want);
    let (ids, links) = ids_and_links(&out);
    let dangling: Vec<&String> = links.difference(&ids).collect();
    assert!(dangling.is_empty(), "links to nothing: {dangling:?}");
    // Every claim is marked in its article and linked from its finding.
    for c in &cmp.claims {
        let anchor = format!("claim-{}", c.id.replace('#', "-"));
        assert!(ids.contains(&anchor) && links.contains(&anchor), "{anchor}");
    }
}

#[test]
fn claims_are_marked_in_the_text_in_their_verdicts_colour() {
    let out = render(&fixture::comparison());
    assert!(out.contains(
        "will travel to Moscow on <mark class=\"hl v-contradict\" id=\"claim-bloomberg-1\" \
         title=\"F1 · Kerry's arrival in Moscow — contradict: 2015-12-15\">Dec. 15\
         <a class=\"ref\" href=\"#finding-F1\">F1</a></mark> to meet"
    ));
    assert!(out.contains("<mark class=\"hl v-compatible\" id=\"claim-wire-2\""));
    // The finding links to the claim in the text, with the claim's words.
    assert!(out.contains(
        "that has killed <a class=\"claim-link v-compatible\" href=\"#claim-bloomberg-3\" \
         title=\"Show in the article\">about 300,000 people</a> in Syria."
    ));
    // Front matter is not article text.
    assert!(!out.contains("outlet: Bloomberg"));
}

#[test]
fn overlapping_claims_nest_and_multibyte_text_is_cut_on_characters() {
    let text = "Le bilan – “plus de 300 000 morts”, selon l’ONU: 300 000";
    let mut cmp = one_article(
        "fr",
        text,
        &[
            "“plus de 300 000 morts”",
            "300 000 morts”, selon",
            "300 000",
        ],
    );
    // The third claim is the last words of the text.
    let end = text.len();
    cmp.claims[2].span = Span::new(end - "300 000".len(), end);
    let out = render(&cmp);
    // The second claim ends after the first: it is clipped to end with it (", selon" stays
    // outside both marks); the third ends with the text.
    let f = |n: usize| format!("<a class=\"ref\" href=\"#finding-F{n}\">F{n}</a></mark>");
    let expected = format!(
        "Le bilan – <mark class=\"hl v-unique\" id=\"claim-fr-0\" title=\"F1 · topic 0 — unique: \
         ““plus de 300 000 morts”” — Someone &quot;quoted&quot;\">“plus de \
         <mark class=\"hl v-unique\" id=\"claim-fr-1\" title=\"F2 · topic 1 — unique: \
         “300 000 morts”, selon” — Someone &quot;quoted&quot;\">300 000 morts”{}{}, selon l’ONU: \
         <mark class=\"hl v-unique\" id=\"claim-fr-2\" title=\"F3 · topic 2 — unique: “300 000” — \
         Someone &quot;quoted&quot;\">300 000{}</div>",
        f(2),
        f(1),
        f(3)
    );
    assert!(out.contains(&expected), "{expected}\nnot in\n{out}");
}

#[test]
fn quotes_timeline_and_positions_have_their_sections() {
    let out = render(&fixture::comparison());
    assert!(out.contains("<section id=\"timeline\"><h2>Timeline</h2>"));
    assert!(out.contains("<td class=\"date\">2015-12-15</td><td>Kerry's arrival in Moscow</td>"));
    assert!(out.contains("<section id=\"quotes\"><h2>Quotes</h2>"));
    assert!(out.contains(
        "<td>“We consider such an approach artificial | and against international law.”</td>"
    ));
    // No position finding, no positions section.
    assert!(!out.contains("id=\"positions\""));

    let mut cmp = one_article(
        "a",
        "Russia opposes the plan.",
        &["Russia opposes the plan"],
    );
    cmp.claims[0].value = Value::Position(Position {
        holder: "Russia".into(),
        stance: "oppose".into(),
        target: "the <plan>".into(),
    });
    cmp.findings[0].kind = ClaimKind::Position;
    let out = render(&cmp);
    assert!(out.contains("<td>Russia</td><td>oppose</td><td>the &lt;plan&gt;</td>"));
}

#[test]
fn misquotes_show_their_word_diff() {
    let text = "He said \"we will not go\". They wrote \"we shall not go\".";
    let mut cmp = one_article("a", text, &["we will not go", "we shall not go"]);
    cmp.articles.push(Article::from_text("b", text));
    cmp.claims[1].source = "b".into();
    cmp.claims[1].id = "b#0".into();
    cmp.findings = vec![Finding {
        id: "F1".into(),
        kind: ClaimKind::Quote,
        topic: "words".into(),
        verdict: Verdict::Contradict,
        claims: vec![0, 1],
        explanation: "The words differ.".into(),
        consensus: None,
    }];
    let out = render(&cmp);
    assert!(
        out.contains("(a → b): we <del>will</del> <ins>shall</ins> not go</p>"),
        "{out}"
    );
    assert!(out.contains("<article class=\"finding v-contradict\" id=\"finding-F1\">"));
}

#[test]
fn a_claim_outside_the_body_is_listed_but_not_linked_or_marked() {
    let mut cmp = fixture::comparison();
    let text = &cmp.articles[0].text;
    let line = text.find("title: ").unwrap();
    let words = text.find("Next Week").unwrap();
    cmp.claims[0].sentence = Span::new(line, text[line..].find('\n').unwrap() + line);
    cmp.claims[0].span = Span::new(words, words + "Next Week".len());
    let out = render(&cmp);
    assert!(out.contains("Putin in Moscow <strong>Next Week</strong> on Syrian Transition"));
    assert!(!out.contains("id=\"claim-bloomberg-1\""));
    let (ids, links) = ids_and_links(&out);
    assert!(links.is_subset(&ids), "{:?}", links.difference(&ids));
}
