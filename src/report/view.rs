//! The one report view: everything a format shows, built once from the comparison.
//!
//! Formats lay this view out and nothing else: they neither classify, re-sort nor drop
//! findings. Findings keep the order the compare stage gave them (contradictions first), and
//! the claims of a finding keep theirs.

use crate::model::{Article, Claim, ClaimKind, Comparison, Standing, Summary, Verdict};
use crate::report::value_text;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Component, Path};

/// The comparison of one event, ready to render.
#[derive(Debug)]
pub(crate) struct ReportView<'a> {
    /// The event's name: the folder the sources share, else `articles`.
    pub event: String,
    pub sources: Vec<SourceView<'a>>,
    pub summary: Summary,
    pub findings: Vec<FindingView<'a>>,
    /// How each source fares against the others, with three or more sources (with two, neither
    /// can stand apart); in source order.
    pub standing: Vec<StandingView<'a>>,
}

/// One source's standing: its findings by verdict and how often it departs from a consensus.
#[derive(Debug)]
pub(crate) struct StandingView<'a> {
    pub id: &'a str,
    /// The name a reader knows the source by (outlet, else id).
    pub outlet: &'a str,
    pub counts: Standing,
}

/// What most sources of a contradicted finding say, and who departs.
#[derive(Debug)]
pub(crate) struct ConsensusView<'a> {
    /// Source ids of the consensus, in source order.
    pub sources: Vec<&'a str>,
    /// Source ids departing from it, in source order.
    pub departing: Vec<&'a str>,
    /// The claim stating the consensus value.
    pub claim: &'a Claim,
    /// The consensus value as a reader would say it.
    pub value: String,
}

/// The claims of some articles, as `extract` lists them.
#[derive(Debug)]
pub(crate) struct ClaimsView<'a> {
    pub sources: Vec<SourceView<'a>>,
    pub claims: Vec<ClaimView<'a>>,
}

/// One article as reports name it.
#[derive(Debug)]
pub(crate) struct SourceView<'a> {
    pub id: &'a str,
    pub path: &'a str,
    pub outlet: Option<&'a str>,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    /// Publication date as `YYYY-MM-DD`.
    pub published: Option<String>,
    /// How many claims of the report come from it.
    pub claims: usize,
}

/// One finding with its claims resolved against their articles.
#[derive(Debug)]
pub(crate) struct FindingView<'a> {
    pub id: &'a str,
    pub kind: ClaimKind,
    pub topic: &'a str,
    pub verdict: Verdict,
    pub explanation: &'a str,
    pub claims: Vec<ClaimView<'a>>,
    pub consensus: Option<ConsensusView<'a>>,
}

/// One claim with the words and the sentence it was read from.
#[derive(Debug)]
pub(crate) struct ClaimView<'a> {
    pub claim: &'a Claim,
    /// The name a reader knows the source by (outlet, else id).
    pub outlet: &'a str,
    /// The words of the claim: the article text under its span.
    pub text: &'a str,
    /// The sentence the claim stands in (the claim's words when the sentence is unknown).
    pub sentence: &'a str,
    /// Where the claim's words lie within `sentence`, in bytes, when they do.
    pub mark: Option<Range<usize>>,
    /// The value as a reader would say it.
    pub value: String,
}

impl SourceView<'_> {
    fn new<'a>(article: &'a Article, claims: &BTreeMap<&str, usize>) -> SourceView<'a> {
        SourceView {
            id: &article.id,
            path: &article.path,
            outlet: article.outlet.as_deref(),
            title: article.title.as_deref(),
            url: article.url.as_deref(),
            published: article
                .published
                .map(|d| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())),
            claims: claims.get(article.id.as_str()).copied().unwrap_or(0),
        }
    }
}

impl<'a> ClaimView<'a> {
    /// The claim as seen in `article` (`None` when the claim's source is not among the articles:
    /// its words and sentence are then empty).
    pub fn new(claim: &'a Claim, article: Option<&'a Article>) -> ClaimView<'a> {
        let full = article.map_or("", |a| a.text.as_str());
        let text = claim.span.slice(full);
        let (sentence, mark) = match claim.sentence.get(full) {
            Some(sentence) if !sentence.is_empty() => {
                let mark =
                    (claim.sentence.contains(claim.span) && claim.span.indexes(full)).then(|| {
                        let start = claim.span.start() - claim.sentence.start();
                        start..start + claim.span.len()
                    });
                (sentence, mark)
            }
            _ => (text, Some(0..text.len())),
        };
        ClaimView {
            claim,
            outlet: article.map_or(claim.source.as_str(), Article::display_name),
            text,
            sentence,
            mark,
            value: value_text::value_text(&claim.value),
        }
    }

    /// The source id.
    pub fn source(&self) -> &'a str {
        &self.claim.source
    }

    /// The sentence cut around the claim: before, the claim's words, after. Without a mark the
    /// whole sentence comes first and the rest is empty.
    pub fn sentence_parts(&self) -> (&'a str, &'a str, &'a str) {
        let s = self.sentence;
        match &self.mark {
            Some(m) if s.get(m.clone()).is_some() => (&s[..m.start], &s[m.clone()], &s[m.end..]),
            _ => (s, "", ""),
        }
    }
}

impl<'a> ReportView<'a> {
    pub fn new(cmp: &'a Comparison) -> ReportView<'a> {
        let articles: BTreeMap<&str, &Article> =
            cmp.articles.iter().map(|a| (a.id.as_str(), a)).collect();
        let counts = count_claims(&cmp.claims);
        let findings = cmp
            .findings
            .iter()
            .map(|f| FindingView {
                id: &f.id,
                kind: f.kind,
                topic: &f.topic,
                verdict: f.verdict,
                explanation: &f.explanation,
                claims: f
                    .claims
                    .iter()
                    .filter_map(|&i| cmp.claims.get(i))
                    .map(|c| ClaimView::new(c, articles.get(c.source.as_str()).copied()))
                    .collect(),
                consensus: f.consensus.as_ref().and_then(|c| {
                    let claim = cmp.claims.get(c.claim)?;
                    Some(ConsensusView {
                        sources: c.sources.iter().map(String::as_str).collect(),
                        departing: c.departing.iter().map(String::as_str).collect(),
                        claim,
                        value: value_text::value_text(&claim.value),
                    })
                }),
            })
            .collect();
        let standing = if cmp.articles.len() >= 3 {
            cmp.standing()
                .into_iter()
                .zip(&cmp.articles)
                .map(|(counts, a)| StandingView {
                    id: &a.id,
                    outlet: a.display_name(),
                    counts,
                })
                .collect()
        } else {
            Vec::new()
        };
        ReportView {
            event: event_name(cmp.articles.iter().map(|a| a.path.as_str())),
            sources: cmp
                .articles
                .iter()
                .map(|a| SourceView::new(a, &counts))
                .collect(),
            summary: cmp.summary(),
            findings,
            standing,
        }
    }

    /// The name a reader knows a source by (outlet, else id).
    pub fn outlet_of(&self, id: &'a str) -> &'a str {
        self.sources
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.outlet)
            .unwrap_or(id)
    }

    /// The findings of one verdict, in report order.
    pub fn with_verdict(&self, verdict: Verdict) -> impl Iterator<Item = &FindingView<'a>> {
        self.findings.iter().filter(move |f| f.verdict == verdict)
    }
}

impl<'a> ClaimsView<'a> {
    pub fn new(articles: &'a [Article], claims: &'a [Claim]) -> ClaimsView<'a> {
        let by_id: BTreeMap<&str, &Article> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
        let counts = count_claims(claims);
        ClaimsView {
            sources: articles
                .iter()
                .map(|a| SourceView::new(a, &counts))
                .collect(),
            claims: claims
                .iter()
                .map(|c| ClaimView::new(c, by_id.get(c.source.as_str()).copied()))
                .collect(),
        }
    }
}

fn count_claims(claims: &[Claim]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for c in claims {
        *counts.entry(c.source.as_str()).or_insert(0) += 1;
    }
    counts
}

/// The name of the folder every path lies in (their nearest common folder), else `articles`.
pub(crate) fn event_name<'p>(paths: impl IntoIterator<Item = &'p str>) -> String {
    let mut common: Option<Vec<Component<'p>>> = None;
    for path in paths {
        let parent: Vec<Component<'p>> = Path::new(path)
            .parent()
            .map(|p| p.components().collect())
            .unwrap_or_default();
        common = Some(match common {
            None => parent,
            Some(c) => c
                .into_iter()
                .zip(parent)
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    match common.as_deref().and_then(<[_]>::last) {
        Some(Component::Normal(name)) => name.to_string_lossy().into_owned(),
        _ => "articles".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn event_is_the_common_folder() {
        assert_eq!(
            event_name(["articles/syria/a.txt", "articles/syria/b.md"]),
            "syria"
        );
        assert_eq!(
            event_name(["articles/syria/a.txt", "articles/other/b.md"]),
            "articles"
        );
        assert_eq!(event_name(["x/a/b/c.txt", "x/a/d.txt"]), "a");
        assert_eq!(event_name(["a.txt", "b.txt"]), "articles");
        assert_eq!(event_name(["-"]), "articles");
        assert_eq!(event_name(["../a.txt"]), "articles");
        assert_eq!(event_name([]), "articles");
    }

    #[test]
    fn view_keeps_finding_order_and_resolves_claims() {
        let cmp = fixture::comparison();
        let view = ReportView::new(&cmp);
        let ids: Vec<&str> = view.findings.iter().map(|f| f.id).collect();
        let given: Vec<&str> = cmp.findings.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, given);
        assert_eq!(view.event, "syria-talks");
        assert_eq!(view.sources[0].published.as_deref(), Some("2015-12-11"));
        assert_eq!(view.sources[1].published, None);
        let counts: Vec<usize> = view.sources.iter().map(|s| s.claims).collect();
        assert_eq!(counts, [3, 3]);

        let killed = view
            .findings
            .iter()
            .find(|f| f.verdict == Verdict::Compatible)
            .unwrap();
        let c = &killed.claims[0];
        assert_eq!(c.outlet, "Bloomberg");
        assert_eq!(c.text, "about 300,000 people");
        let (before, claim, after) = c.sentence_parts();
        assert_eq!(claim, "about 300,000 people");
        assert!(before.ends_with("civil war that has killed "));
        assert!(after.starts_with(" in Syria"));
        assert_eq!(killed.claims[1].outlet, "wire");
    }

    #[test]
    fn claims_without_article_or_sentence_do_not_panic() {
        let cmp = fixture::comparison();
        let mut claim = cmp.claims[0].clone();
        claim.sentence = crate::model::Span::new(0, 0);
        let c = ClaimView::new(&claim, cmp.articles.first());
        assert_eq!(c.sentence, c.text);
        assert_eq!(c.sentence_parts().1, c.text);

        claim.span = crate::model::Span::new(10_000, 10_010);
        let c = ClaimView::new(&claim, None);
        assert_eq!(
            (c.text, c.sentence, c.outlet),
            ("", "", claim.source.as_str())
        );
    }
}
