//! Claims of N articles → findings: alignment (which claims talk about the same thing),
//! verdicts with tolerance, explanations.
//!
//! `profile` reduces each claim to what can be compared, `align` groups claims across sources,
//! `verdict` judges each group and `explain` says why.

mod align;
mod clock;
mod consensus;
mod crowd_sides;
mod explain;
mod headline;
mod hospitalised;
mod main_count;
mod officers;
mod position;
mod profile;
mod quote;
mod quote_ellipsis;
mod quote_index;
mod quote_majority;
mod quote_paraphrase;
mod quote_pronoun;
mod quote_reordered;
mod story_day;
mod update;
mod verdict;

use crate::model::{Article, Claim, Comparison, Consensus, Finding, Verdict};
use explain::{Stated, explain};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Each article's place in the event by its id (the last of articles sharing an id).
type SourceRank<'a> = FxHashMap<&'a str, usize>;

/// Lines up the claims of the articles and gives each group a verdict. Findings come in report
/// order: contradictions, then compatible, agreeing and single-source findings; within a
/// verdict, by kind, then by how many sources state it, then by text order.
pub fn compare(articles: Vec<Article>, claims: Vec<Claim>) -> Comparison {
    let source_rank: SourceRank = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    // Each claim's source rank, looked up once (`usize::MAX` for a source with no article).
    let rank_of: Vec<usize> = claims
        .iter()
        .map(|c| {
            source_rank
                .get(c.source.as_str())
                .copied()
                .unwrap_or(usize::MAX)
        })
        .collect();
    // Room for every claim at once: items are large, and growing would copy them.
    let mut items: Vec<(usize, &Claim, profile::Profile)> = Vec::with_capacity(claims.len());
    items.extend(
        claims
            .iter()
            .enumerate()
            .filter(|&(i, _)| rank_of[i] != usize::MAX)
            .filter_map(|(i, c)| profile::profile(c).map(|p| (i, c, p))),
    );
    for (i, c, p) in &mut items {
        let article = articles.get(rank_of[*i]);
        p.published = article.and_then(|a| a.published);
        p.clock = article.and_then(|a| clock::onset_clock(c, &a.text));
    }
    headline::read_as_their_body(&mut items);
    officers::read_as_police(&mut items);
    hospitalised::read_as_injured(&mut items);
    story_day::read_as_the_story(&mut items, &claims);
    main_count::mark(&mut items, &claims);
    let groups = align::group(&items);
    let article_of = |c: &Claim| articles.get(*source_rank.get(c.source.as_str())?);
    let mut findings: Vec<Ranked> = Vec::new();
    for g in groups {
        // One stated claim per source (repeats within a source say the same), in source order.
        let mut per_source: BTreeMap<usize, usize> = BTreeMap::new();
        for &m in &g {
            let rank = rank_of[items[m].0];
            per_source.entry(rank).or_insert(m);
        }
        // Each stated claim with its index in `claims`.
        let (stated_ids, stated): (Vec<usize>, Vec<Stated>) = per_source
            .values()
            .filter_map(|&m| {
                let (index, claim, profile) = &items[m];
                let stated = Stated {
                    claim,
                    article: article_of(claim)?,
                    profile,
                };
                Some((*index, stated))
            })
            .unzip();
        let profiles: Vec<&profile::Profile> = stated.iter().map(|s| s.profile).collect();
        let verdict = verdict::verdict(&profiles);
        let mut explanation = explain(verdict, &stated);
        let consensus = (verdict == Verdict::Contradict)
            .then(|| majority(&stated, &stated_ids))
            .flatten();
        if let Some(c) = &consensus {
            explanation.push(' ');
            explanation.push_str(&explain::consensus(c, &stated));
        }
        let mut claim_ids: Vec<usize> = g.iter().map(|&m| items[m].0).collect();
        claim_ids.sort_by_key(|&ci| (rank_of[ci], claims[ci].span.start()));
        let topic = common_topic(claim_ids.iter().map(|&ci| claims[ci].topic.as_str()));
        let rank = |c: &Claim| source_rank[c.source.as_str()];
        let mut finding = ranked(&claims, claim_ids, rank, verdict, topic, explanation);
        finding.0.consensus = consensus;
        findings.push(finding);
    }
    // Quotes and positions line up by their words and speakers, not by profiles.
    findings.extend(quote::findings(&claims, &articles, &source_rank));
    findings.extend(position::findings(&claims, &articles, &source_rank));
    findings.sort_by(|a, b| {
        a.0.verdict
            .cmp(&b.0.verdict)
            .then(a.0.kind.cmp(&b.0.kind))
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
    });
    let findings = findings
        .into_iter()
        .enumerate()
        .map(|(n, (mut f, _, _))| {
            f.id = format!("F{}", n + 1);
            f
        })
        .collect();
    Comparison {
        articles,
        claims,
        findings,
    }
}

/// The consensus of a contradicted group (one stated claim per source, in source order;
/// `claim_ids` their indices in the comparison's claims).
fn majority(stated: &[Stated], claim_ids: &[usize]) -> Option<Consensus> {
    let values: Vec<_> = stated.iter().map(|s| s.profile.values).collect();
    let (with, departing) = consensus::consensus(&values)?;
    let ids = |idx: &[usize]| -> Vec<String> {
        idx.iter()
            .map(|&i| stated[i].claim.source.clone())
            .collect()
    };
    Some(Consensus {
        sources: ids(&with),
        departing: ids(&departing),
        claim: claim_ids[with[0]],
    })
}

/// A finding with what `compare` sorts it by: how many sources state it, and where its first
/// claim stands (source rank, offset).
type Ranked = (Finding, usize, (usize, usize));

/// The finding of one group of claims (claim indices, in source order), ready to sort.
fn ranked(
    claims: &[Claim],
    ids: Vec<usize>,
    rank: impl Fn(&Claim) -> usize,
    verdict: Verdict,
    topic: String,
    explanation: String,
) -> Ranked {
    let first = &claims[ids[0]];
    let mut sources: Vec<usize> = ids.iter().map(|&i| rank(&claims[i])).collect();
    sources.sort_unstable();
    sources.dedup();
    let key = (rank(first), first.span.start());
    let finding = Finding {
        id: String::new(),
        kind: first.kind(),
        topic,
        verdict,
        claims: ids,
        explanation,
        consensus: None,
    };
    (finding, sources.len(), key)
}

/// The topic most claims of a group share (the first among equals).
fn common_topic<'a>(topics: impl Iterator<Item = &'a str>) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for t in topics {
        match counts.iter_mut().find(|(x, _)| *x == t) {
            Some((_, n)) => *n += 1,
            None => counts.push((t, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(t, _)| t.to_string())
        .unwrap_or_default()
}

/// A count of people for the tests of the rules that read counts: `interval`, `qualifier` and
/// `estimate` its value, `unit` its noun (none: "people" in its topic).
#[cfg(test)]
fn count_claim(
    source: &str,
    span: crate::model::Span,
    measure: &str,
    unit: Option<&str>,
    (interval, qualifier, estimate): (crate::model::Interval, crate::model::Qualifier, f64),
    lead: bool,
) -> Claim {
    use crate::model::{Quantity, Value};
    Claim {
        id: String::new(),
        source: source.to_string(),
        span,
        sentence: span,
        topic: format!("{} {measure}", unit.unwrap_or("people")),
        value: Value::Quantity(Quantity {
            interval,
            estimate: Some(estimate),
            qualifier,
            unit: unit.map(str::to_string),
            measure: Some(measure.to_string()),
            subset: false,
            of: None,
            counts_people: true,
            resolution: 1.0,
        }),
        context: Vec::new(),
        event: None,
        event_class: None,
        background: false,
        lead,
        place: None,
    }
}
