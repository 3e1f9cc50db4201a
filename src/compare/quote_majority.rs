//! The majority in an attribution conflict: where most sources give the same words to one
//! speaker and the others to someone else, those others depart from a consensus, as a source
//! whose figure the rest contradict does (`consensus`).

/// One source's attribution: its source, the claim, and the speaker it names.
#[derive(Debug, Clone, Copy)]
pub struct Attribution<'a> {
    pub source: usize,
    pub claim: usize,
    pub speaker: Option<&'a str>,
}

/// The sources that give the words to one speaker, if they are more than half of all
/// sources and every other source names someone `differ` tells apart from that speaker; with
/// the departing sources, the claim of the first consensus source, and the speaker. A source
/// that names no one, or several sources of a tie, make no consensus.
pub fn majority<'a>(
    all: &[Attribution<'a>],
    differ: impl Fn(Option<&str>, Option<&str>) -> bool,
) -> Option<(Vec<usize>, Vec<usize>, usize, &'a str)> {
    // One attribution per source: its first.
    let mut per_source: Vec<Attribution> = Vec::new();
    for a in all {
        if !per_source.iter().any(|p| p.source == a.source) {
            per_source.push(*a);
        }
    }
    if per_source.len() < 3 || per_source.iter().any(|a| a.speaker.is_none()) {
        return None;
    }
    let mut best: Option<(Vec<usize>, usize, &str)> = None;
    let mut tied = false;
    for a in &per_source {
        let speaker = a.speaker?;
        let with: Vec<usize> = per_source
            .iter()
            .filter(|b| !differ(a.speaker, b.speaker))
            .map(|b| b.source)
            .collect();
        match &best {
            Some((b, _, _)) if b.len() > with.len() || *b == with => {}
            Some((b, _, _)) if b.len() == with.len() => tied = true,
            _ => {
                tied = false;
                best = Some((with, a.claim, speaker));
            }
        }
    }
    let (with, claim, speaker) = best?;
    if tied || with.len() * 2 <= per_source.len() {
        return None;
    }
    let departing: Vec<usize> = per_source
        .iter()
        .filter(|b| !with.contains(&b.source))
        .map(|b| b.source)
        .collect();
    let all_differ = per_source
        .iter()
        .filter(|b| departing.contains(&b.source))
        .all(|b| differ(Some(speaker), b.speaker));
    (!departing.is_empty() && all_differ).then_some((with, departing, claim, speaker))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(source: usize, speaker: &str) -> Attribution<'_> {
        Attribution {
            source,
            claim: source * 10,
            speaker: Some(speaker),
        }
    }

    fn differ(a: Option<&str>, b: Option<&str>) -> bool {
        a != b
    }

    #[test]
    fn three_sources_against_one_make_a_majority() {
        let all = [at(0, "Lund"), at(1, "Lund"), at(2, "Dahl"), at(3, "Lund")];
        assert_eq!(
            majority(&all, differ),
            Some((vec![0, 1, 3], vec![2], 0, "Lund"))
        );
    }

    #[test]
    fn a_tie_two_sources_or_an_unnamed_speaker_make_none() {
        let tie = [at(0, "Lund"), at(1, "Dahl"), at(2, "Lund"), at(3, "Dahl")];
        assert_eq!(majority(&tie, differ), None);
        assert_eq!(majority(&[at(0, "Lund"), at(1, "Dahl")], differ), None);
        let mut unnamed = vec![at(0, "Lund"), at(1, "Lund"), at(2, "Dahl")];
        unnamed.push(Attribution {
            source: 3,
            claim: 30,
            speaker: None,
        });
        assert_eq!(majority(&unnamed, differ), None);
        // Three speakers, none with a majority.
        let three = [at(0, "Lund"), at(1, "Dahl"), at(2, "Berg")];
        assert_eq!(majority(&three, differ), None);
    }

    #[test]
    fn a_source_quoting_twice_counts_once() {
        let all = [at(0, "Lund"), at(0, "Lund"), at(1, "Dahl"), at(2, "Lund")];
        assert_eq!(
            majority(&all, differ),
            Some((vec![0, 2], vec![1], 0, "Lund"))
        );
    }
}
