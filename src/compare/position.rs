//! The same holder's position on the same target across sources.
//!
//! Two positions line up when their holders are the same (by name, as speakers are) and their
//! targets share most content words. Positions that oppose each other (support and oppose,
//! agree and reject, a stance and its negation) contradict; the same stance agrees; other
//! stances on the same target are compatible.

use crate::compare::quote::{group, same_speaker};
use crate::compare::{Ranked, SourceRank, ranked};
use crate::model::{Article, Claim, Value, Verdict};
use rustc_hash::FxHashMap as HashMap;

/// Share of the shorter target's content words the other must share.
const SAME_TARGET: f64 = 0.5;

/// Stances that cannot both be held on one target.
const OPPOSITES: [(&str, &str); 6] = [
    ("support", "oppose"),
    ("agree", "reject"),
    ("agree", "disagree"),
    ("demand", "reject"),
    ("support", "reject"),
    ("demand", "oppose"),
];

/// Whether two stances oppose each other ("support"/"oppose", "demand"/"not demand").
pub fn opposed(a: &str, b: &str) -> bool {
    let neg = |s: &str| s.strip_prefix("not ").map(str::to_string);
    if neg(a).as_deref() == Some(b) || neg(b).as_deref() == Some(a) {
        return true;
    }
    OPPOSITES
        .iter()
        .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
}

fn target_words(t: &str) -> Vec<String> {
    let mut w: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.to_lowercase())
        .filter(|w| !matches!(w.as_str(), "the" | "and" | "for" | "with" | "its" | "their"))
        .collect();
    w.sort();
    w.dedup();
    w
}

fn same_target(a: &[String], b: &[String]) -> Option<f64> {
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let short = a.len().min(b.len());
    (short > 0 && shared as f64 / short as f64 >= SAME_TARGET)
        .then(|| shared as f64 / a.len().max(b.len()) as f64)
}

/// Each text's number: equal for equal texts, numbered as first met.
fn numbered<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut seen: HashMap<&str, usize> = HashMap::default();
    texts
        .map(|t| {
            let next = seen.len();
            *seen.entry(t).or_insert(next)
        })
        .collect()
}

/// The position findings of an event.
pub fn findings(claims: &[Claim], articles: &[Article], source_rank: &SourceRank) -> Vec<Ranked> {
    // (claim, source rank, holder, stance, target, target words)
    type Item<'a> = (usize, usize, &'a str, &'a str, &'a str, Vec<String>);
    let items: Vec<Item> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let Value::Position(p) = &c.value else {
                return None;
            };
            let s = *source_rank.get(c.source.as_str())?;
            Some((
                i,
                s,
                p.holder.as_str(),
                p.stance.as_str(),
                p.target.as_str(),
                target_words(&p.target),
            ))
        })
        .collect();
    // Sources that relay one report repeat its holders and targets: each two holders and
    // each two targets are compared once, by number.
    let holder = numbered(items.iter().map(|it| it.2));
    let target = numbered(items.iter().map(|it| it.4));
    let mut same_holder: HashMap<(usize, usize), bool> = HashMap::default();
    let mut same_targets: HashMap<(usize, usize), Option<f64>> = HashMap::default();
    let mut pairs = Vec::new();
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let (a, b) = (&items[i], &items[j]);
            if a.1 == b.1
                || !*same_holder
                    .entry((holder[i], holder[j]))
                    .or_insert_with(|| same_speaker(Some(a.2), Some(b.2)) == Some(true))
            {
                continue;
            }
            let similar = *same_targets
                .entry((target[i], target[j]))
                .or_insert_with(|| same_target(&a.5, &b.5));
            if let Some(s) = similar {
                pairs.push((s, i, j));
            }
        }
    }
    let sources: Vec<usize> = items.iter().map(|i| i.1).collect();
    let id = |s: usize| articles.get(s).map_or("?", |a| a.id.as_str());
    let rank = |c: &Claim| {
        source_rank
            .get(c.source.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    };
    let says = |m: usize| {
        let it = &items[m];
        format!("{} says {}: {} {}", id(it.1), it.2, it.3, it.4)
    };
    let mut out = Vec::new();
    for g in group(&sources, pairs) {
        let ids: Vec<usize> = g.iter().map(|&m| items[m].0).collect();
        let topic = claims[ids[0]].topic.clone();
        if g.len() == 1 {
            let explanation = format!("Only {}.", says(g[0]));
            out.push(ranked(
                claims,
                ids,
                rank,
                Verdict::Unique,
                topic,
                explanation,
            ));
            continue;
        }
        let clash = g.iter().enumerate().find_map(|(x, &a)| {
            g[x + 1..]
                .iter()
                .find(|&&b| opposed(items[a].3, items[b].3))
                .map(|&b| (a, b))
        });
        let (verdict, explanation) = if let Some((a, b)) = clash {
            (
                Verdict::Contradict,
                format!("{}; {}: the positions oppose each other.", says(a), says(b)),
            )
        } else if g.iter().all(|&m| items[m].3 == items[g[0]].3) {
            (
                Verdict::Agree,
                format!(
                    "All {} sources report the same position: {}: {} {}.",
                    g.len(),
                    items[g[0]].2,
                    items[g[0]].3,
                    items[g[0]].4
                ),
            )
        } else {
            let all: Vec<String> = g.iter().map(|&m| says(m)).collect();
            (
                Verdict::Compatible,
                format!("{}: different stances that can both hold.", all.join("; ")),
            )
        };
        out.push(ranked(claims, ids, rank, verdict, topic, explanation));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opposite_stances() {
        assert!(opposed("support", "oppose"));
        assert!(opposed("reject", "agree"));
        assert!(opposed("demand", "not demand"));
        assert!(!opposed("demand", "demand"));
        assert!(!opposed("deny", "support"));
    }

    #[test]
    fn targets_share_words() {
        let a = target_words("ouster of Syrian President Bashar al-Assad");
        let b = target_words("the ouster of Assad");
        assert!(same_target(&a, &b).is_some());
        assert!(same_target(&a, &target_words("a cease-fire in Syria")).is_none());
    }
}
