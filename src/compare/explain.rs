//! Explanations: one or two sentences a reader needs to see why a verdict was given.

use crate::compare::profile::Profile;
use crate::model::{Article, Claim, Verdict};

/// One source's stated claim within a finding.
pub struct Stated<'a> {
    pub claim: &'a Claim,
    pub article: &'a Article,
    pub profile: &'a Profile,
}

impl Stated<'_> {
    fn words(&self) -> String {
        let t = self.claim.span.slice(&self.article.text);
        format!(
            "“{}” ({})",
            t.split_whitespace().collect::<Vec<_>>().join(" "),
            self.article.id
        )
    }
}

/// The explanation of a finding over one stated claim per source.
pub fn explain(verdict: Verdict, stated: &[Stated]) -> String {
    let mut text = match verdict {
        Verdict::Unique => match stated.first() {
            Some(s) => format!("Only {} states this: {}.", s.article.id, s.words()),
            None => String::new(),
        },
        Verdict::Agree => format!(
            "All {} sources state the same: {}.",
            stated.len(),
            list(stated)
        ),
        Verdict::Compatible => format!(
            "The sources word it differently but can all be true: {}.",
            list(stated)
        ),
        Verdict::Contradict => {
            let (a, b) = first_clash(stated).unwrap_or((0, stated.len().saturating_sub(1)));
            format!(
                "{} and {} cannot both be true: the values they allow do not overlap.",
                stated[a].words(),
                stated[b].words()
            )
        }
    };
    if let Some(rise) = later_higher(stated) {
        text.push(' ');
        text.push_str(&rise);
    }
    text
}

fn list(stated: &[Stated]) -> String {
    let words: Vec<String> = stated.iter().map(Stated::words).collect();
    match words.len() {
        0 => String::new(),
        1 => words[0].clone(),
        n => format!("{} and {}", words[..n - 1].join(", "), words[n - 1]),
    }
}

fn first_clash(stated: &[Stated]) -> Option<(usize, usize)> {
    for i in 0..stated.len() {
        for j in i + 1..stated.len() {
            if !stated[i].profile.values.overlaps(stated[j].profile.values) {
                return Some((i, j));
            }
        }
    }
    None
}

/// When a later article states a higher figure than an earlier one, the toll may have risen.
fn later_higher(stated: &[Stated]) -> Option<String> {
    let dated: Vec<(&Stated, jiff::civil::Date, f64)> = stated
        .iter()
        .filter_map(|s| {
            Some((
                s,
                s.article.published?,
                s.profile.estimate.or(s.profile.values.low())?,
            ))
        })
        .collect();
    let earliest = dated
        .iter()
        .min_by(|a, b| a.1.cmp(&b.1).then(a.2.total_cmp(&b.2)))?;
    let latest = dated
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.2.total_cmp(&b.2)))?;
    (latest.1 > earliest.1 && latest.2 > earliest.2).then(|| {
        format!(
            "The later report ({}, {}) gives a higher figure than the earlier one ({}, {}): the count may have risen between reports.",
            latest.0.article.id, latest.1, earliest.0.article.id, earliest.1
        )
    })
}
