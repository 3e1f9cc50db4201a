//! A headline's bare count that its own article's body states as a lower bound: "Quake in
//! Aceh Killing One" over "killing at least one". Headlines drop "at least"; the article
//! means what its body says, so the bare count is read as the body's bound and lines up with
//! it as one statement, never contradicting a later, higher count on its own.

use crate::compare::profile::Profile;
use crate::model::{Claim, ClaimKind, Qualifier};

/// Reads each bare count of an article's opening as the lower bound its own article states of
/// the same thing with the same number later on.
/// Items come article by article: each article's run is searched alone.
pub fn read_as_their_body(items: &mut [(usize, &Claim, Profile)]) {
    for run in items.chunk_by_mut(|x, y| x.1.source == y.1.source) {
        read_run(run);
    }
}

fn read_run(items: &mut [(usize, &Claim, Profile)]) {
    for i in 0..items.len() {
        let (_, c, p) = &items[i];
        if !c.lead || p.kind != ClaimKind::Figure || p.qualifier != Qualifier::Exact {
            continue;
        }
        let Some(n) = p.estimate else {
            continue;
        };
        let bound = items[i + 1..].iter().find(|(_, d, q)| {
            d.span.start() > c.span.start()
                && q.qualifier == Qualifier::AtLeast
                && q.estimate == Some(n)
                && q.values.low() == Some(n)
                && same_thing(p, q)
        });
        if let Some((_, _, q)) = bound {
            let (values, qualifier) = (q.values, q.qualifier);
            let p = &mut items[i].2;
            p.values = values;
            p.qualifier = qualifier;
        }
    }
}

/// Same measure of the same counted thing, in the same standing (part or whole, background,
/// happening).
fn same_thing(a: &Profile, b: &Profile) -> bool {
    a.kind == b.kind
        && a.measure.is_some()
        && a.measure == b.measure
        && (a.unit == b.unit || unnamed_people(a, b) || unnamed_people(b, a))
        && a.of == b.of
        && a.subset == b.subset
        && a.background == b.background
        && a.event_class == b.event_class
}

/// "Quake kills 10" over "killing at least 10 people": a count of no stated noun and one of
/// people, both of people.
fn unnamed_people(a: &Profile, b: &Profile) -> bool {
    a.unit.is_none() && a.counts_people && b.counts_people && b.unit.as_deref() == Some("person")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::count_claim;
    use crate::compare::profile::profile;
    use crate::model::{Interval, Span};

    fn count(start: usize, lead: bool, qualifier: Qualifier, interval: Interval) -> Claim {
        let span = Span::new(start, start + 3);
        count_claim("a", span, "killed", None, (interval, qualifier, 1.0), lead)
    }

    #[test]
    fn a_headline_count_reads_as_its_body_s_lower_bound() {
        let headline = count(0, true, Qualifier::Exact, Interval::between(1.0, 1.0));
        let body = count(50, true, Qualifier::AtLeast, Interval::at_least(1.0));
        let other = Claim {
            source: "b".to_string(),
            ..headline.clone()
        };
        let claims = [headline, body, other];
        let mut items: Vec<(usize, &Claim, Profile)> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, c)| profile(c).map(|p| (i, c, p)))
            .collect();
        read_as_their_body(&mut items);
        assert_eq!(items[0].2.qualifier, Qualifier::AtLeast);
        assert_eq!(items[0].2.values, Interval::at_least(1.0));
        // Another article's bare count has no such body: it stays a point.
        assert_eq!(items[2].2.qualifier, Qualifier::Exact);
    }
}
