//! Which claims talk about the same thing: pairwise similarity within blocks of claims of the
//! same kind and measure, then greedy grouping that keeps one value per source.

use crate::compare::profile::Profile;
use crate::model::Claim;
use std::collections::BTreeMap;
use strsim::jaro_winkler;

/// Nouns at least this similar (Jaro-Winkler) are the same noun ("kilometres"/"kilometers").
const SAME_NOUN: f64 = 0.93;
/// Context words at least this similar count as shared.
const SAME_WORD: f64 = 0.92;

/// Whether two profiles may describe the same thing at all: same kind and measure, matching
/// counted nouns and share bases, same part-or-whole and same happening.
pub fn may_match(a: &Profile, b: &Profile) -> bool {
    if a.kind != b.kind
        || a.measure != b.measure
        || a.subset != b.subset
        || a.background != b.background
    {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.event_class, &b.event_class)
        && x != y
    {
        return false;
    }
    let units = match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => same_noun(x, y),
        (None, None) => true,
        // "56 dead" counts people as much as "56 civilians killed" does.
        _ => a.counts_people && b.counts_people,
    };
    let of = match (&a.of, &b.of) {
        (Some(x), Some(y)) => same_noun(x, y),
        (None, None) => true,
        _ => false,
    };
    units && of
}

fn same_noun(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 4 && b.len() >= 4 && jaro_winkler(a, b) >= SAME_NOUN)
}

/// Share of the smaller context that the other context also has (fuzzy): 0 to 1.
pub fn context_overlap(a: &[String], b: &[String]) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    let shared = small
        .iter()
        .filter(|w| {
            large.binary_search(w).is_ok()
                || (w.len() >= 5
                    && large
                        .iter()
                        .any(|x| x.len() >= 5 && jaro_winkler(w, x) >= SAME_WORD))
        })
        .count();
    shared as f64 / small.len() as f64
}

/// How sure a pair is about the same thing, or `None` below the bar. Figures with a measure
/// ("killed") need little shared context; bare counts ("17 countries") need more.
pub fn pair_score(a: (&Claim, &Profile), b: (&Claim, &Profile)) -> Option<f64> {
    if !may_match(a.1, b.1) {
        return None;
    }
    let overlap = context_overlap(&a.0.context, &b.0.context);
    let same_event = a.0.event.is_some() && a.0.event == b.0.event;
    let bar = if a.1.measure.is_some() { 0.1 } else { 0.25 };
    let score = overlap + if same_event { 0.2 } else { 0.0 };
    (score >= bar).then_some(score)
}

/// Groups claims (indices into `items`) so that each group talks about one thing and holds at
/// most one value per source. `items` pairs each comparable claim with its profile; the
/// result lists groups in order of their first member.
pub fn group(items: &[(usize, &Claim, Profile)]) -> Vec<Vec<usize>> {
    let n = items.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    // Block by kind and measure: only claims in one block can match.
    let mut blocks: BTreeMap<(u8, Option<&str>), Vec<usize>> = BTreeMap::new();
    for (i, (_, _, p)) in items.iter().enumerate() {
        blocks
            .entry((p.kind as u8, p.measure.as_deref()))
            .or_default()
            .push(i);
    }
    let mut edges: Vec<(f64, bool, usize, usize)> = Vec::new();
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (&items[i], &items[j]);
                let same_source = a.1.source == b.1.source;
                if same_source {
                    // Repeats within one article (headline and body) join when they say the same.
                    if may_match(&a.2, &b.2)
                        && a.2.values == b.2.values
                        && a.2.qualifier == b.2.qualifier
                    {
                        edges.push((2.0, true, i, j));
                    }
                    continue;
                }
                if let Some(s) = pair_score((a.1, &a.2), (b.1, &b.2)) {
                    let agree = a.2.values.overlaps(b.2.values);
                    edges.push((s, agree, i, j));
                }
            }
        }
    }
    // Strongest first; among equals, pairs whose values overlap first, then text order.
    edges.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then(y.1.cmp(&x.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    let mut sources: Vec<Vec<(&str, usize)>> = items
        .iter()
        .enumerate()
        .map(|(i, it)| vec![(it.1.source.as_str(), i)])
        .collect();
    for (_, _, i, j) in edges {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri == rj {
            continue;
        }
        // One value per source: a source already in both groups must say the same in both.
        let clash = sources[ri].iter().any(|(s, a)| {
            sources[rj].iter().any(|(t, b)| {
                s == t
                    && !(items[*a].2.values == items[*b].2.values
                        && items[*a].2.qualifier == items[*b].2.qualifier)
            })
        });
        if clash {
            continue;
        }
        parent[rj] = ri;
        let moved = std::mem::take(&mut sources[rj]);
        sources[ri].extend(moved);
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by_key(|g| g[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_overlap_is_fuzzy_and_bounded() {
        let a: Vec<String> = ["killed", "syrian", "war"].map(String::from).to_vec();
        // Contexts are sorted, as extraction makes them.
        let b: Vec<String> = ["kill", "nations", "syrians", "united", "war"]
            .map(String::from)
            .to_vec();
        let o = context_overlap(&a, &b);
        assert!(o > 0.6 && o <= 1.0, "{o}");
        assert_eq!(context_overlap(&[], &b), 0.0);
    }
}
