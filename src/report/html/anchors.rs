//! The ids that link findings and the claims in the article texts to each other.
//!
//! Claim ids (`bloomberg-2015-12-11#28`) hold characters a URL fragment would have to encode,
//! so each claim gets an id of letters, digits, `-` and `_` (`claim-bloomberg-2015-12-11-28`),
//! made unique with a number when two claims would share one. Ids are handed out in finding
//! order, so they are the same on every run. Only claims that can be marked get one: those whose
//! span lies in their article's body (front matter and other non-body text are not shown).

use crate::model::Span;
use crate::report::view::{ClaimView, FindingView, ReportView};
use std::collections::{BTreeMap, BTreeSet};

/// Where a claim is in the report: its element id and the finding it belongs to.
pub(crate) struct ClaimPlace<'v, 'a> {
    pub anchor: String,
    pub finding: &'v FindingView<'a>,
    pub claim: &'v ClaimView<'a>,
}

/// The markable claims of the report's findings by claim id (a claim in two findings belongs
/// to the first).
pub(crate) struct Anchors<'v, 'a> {
    claims: BTreeMap<&'a str, ClaimPlace<'v, 'a>>,
}

impl<'v, 'a> Anchors<'v, 'a> {
    pub fn new(view: &'v ReportView<'a>) -> Anchors<'v, 'a> {
        let bodies: BTreeMap<&str, Span> = view
            .sources
            .iter()
            .filter(|s| s.body.indexes(s.text))
            .map(|s| (s.id, s.body))
            .collect();
        let mut taken = BTreeSet::new();
        let mut claims = BTreeMap::new();
        for finding in &view.findings {
            for claim in &finding.claims {
                let id = claim.claim.id.as_str();
                let in_body = bodies
                    .get(claim.source())
                    .is_some_and(|body| body.contains(claim.claim.span));
                if !in_body || claims.contains_key(id) {
                    continue;
                }
                let anchor = unique(format!("claim-{}", slug(id)), &mut taken);
                claims.insert(
                    id,
                    ClaimPlace {
                        anchor,
                        finding,
                        claim,
                    },
                );
            }
        }
        Anchors { claims }
    }

    /// The element id of a claim's mark in its article text (`None` when it is not marked).
    pub fn claim(&self, claim_id: &str) -> Option<&str> {
        self.claims.get(claim_id).map(|p| p.anchor.as_str())
    }

    /// Every placed claim of one source, in claim-id order.
    pub fn of_source<'s>(
        &'s self,
        source: &'s str,
    ) -> impl Iterator<Item = &'s ClaimPlace<'v, 'a>> {
        self.claims
            .values()
            .filter(move |p| p.claim.source() == source)
    }
}

/// The element id of a finding.
pub(crate) fn finding(id: &str) -> String {
    format!("finding-{}", slug(id))
}

/// The element id of a source's column.
pub(crate) fn source(id: &str) -> String {
    format!("source-{}", slug(id))
}

/// `text` with every character but ASCII letters, digits, `-` and `_` replaced by `-`.
fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn unique(base: String, taken: &mut BTreeSet<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn ids_are_fragment_safe_and_unique() {
        assert_eq!(slug("bloomberg-2015-12-11#28"), "bloomberg-2015-12-11-28");
        assert_eq!(slug("le “monde” é"), "le--monde---");
        let mut taken = BTreeSet::new();
        assert_eq!(unique("claim-a-1".into(), &mut taken), "claim-a-1");
        assert_eq!(unique("claim-a-1".into(), &mut taken), "claim-a-1-2");
        assert_eq!(unique("claim-a-1".into(), &mut taken), "claim-a-1-3");
    }

    #[test]
    fn every_claim_of_a_finding_has_an_anchor() {
        let cmp = fixture::comparison();
        let view = ReportView::new(&cmp);
        let anchors = Anchors::new(&view);
        assert_eq!(anchors.claim("bloomberg#3"), Some("claim-bloomberg-3"));
        assert_eq!(anchors.claim("nothing#1"), None);
        let wire: Vec<&str> = anchors
            .of_source("wire")
            .map(|p| p.anchor.as_str())
            .collect();
        assert_eq!(wire, ["claim-wire-1", "claim-wire-2", "claim-wire-3"]);
        let place = anchors.of_source("wire").next().unwrap();
        assert_eq!(place.finding.id, "F1");
    }
}
