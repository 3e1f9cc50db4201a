//! A toll a later report says has risen ("The death toll rose to six on Wednesday", "The
//! number of people sickened has risen to 74"): the verdict reads the words at face value
//! (DESIGN.md §4b), and the explanation says that the later report tells of a rise, so the
//! earlier reports' lower counts may have been true when they were published.

use crate::compare::explain::Stated;
use crate::compare::profile::values_overlap;

/// Words right before a figure that say a count has moved up to it.
const RISEN_TO: [&str; 12] = [
    "rose to",
    "risen to",
    "climbed to",
    "increased to",
    "jumped to",
    "grew to",
    "grown to",
    "went up to",
    "gone up to",
    "reached",
    // "bringing the death toll to six", "raising the toll to 12".
    "toll to",
    "number to",
];

/// Whether the words right before a stated figure say the count rose to it.
fn said_to_have_risen(s: &Stated) -> bool {
    let start = s.claim.span.start();
    let Some(before) = s.article.text.get(..start) else {
        return false;
    };
    // The last three words, lowercased (the longest phrase has three).
    let mut last: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    last.reverse();
    let tail = last.join(" ").to_lowercase();
    RISEN_TO.iter().any(|p| {
        tail.strip_suffix(p)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })
}

/// Whether a group of counts of people (which the caller checks), some of which cannot be
/// true together, is one toll that rose between reports: of every two that cannot both be
/// true, the higher is from an article published on a later day and says the count rose to
/// it.
pub fn risen_toll(stated: &[Stated]) -> bool {
    let mut clash = false;
    for (i, a) in stated.iter().enumerate() {
        for b in &stated[i + 1..] {
            if values_overlap(a.profile, b.profile) {
                continue;
            }
            clash = true;
            let (Some(x), Some(y)) = (a.profile.point(), b.profile.point()) else {
                return false;
            };
            let (low, high) = if x < y { (a, b) } else { (b, a) };
            let later = match (low.article.published, high.article.published) {
                (Some(l), Some(h)) => h > l,
                _ => false,
            };
            if !later || !said_to_have_risen(high) {
                return false;
            }
        }
    }
    clash
}
