//! Claim spans laid over a text as properly nested marks.
//!
//! Claims of one article can overlap (a figure inside a quote, a date inside a position) and
//! HTML elements must nest. Marks open in order of their start (the longer first when two start
//! together, the earlier given first when both are equal); a mark that starts inside another
//! and would end after it is clipped to end with it. Every span that indexes the text gets
//! exactly one mark; spans that do not (out of bounds, off a character boundary) get none. All
//! cuts fall on ends of spans that index the text, so every piece is a valid `&str` slice.

use std::cmp::Reverse;
use std::ops::Range;

/// A piece of the marked text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Node<'t> {
    Text(&'t str),
    /// The mark of `spans[index]` and what it covers (possibly clipped).
    Mark(usize, Vec<Node<'t>>),
}

struct Open<'t> {
    index: usize,
    end: usize,
    children: Vec<Node<'t>>,
}

/// `text` cut into text and nested marks, one mark per span of `spans` that indexes `text`.
pub(crate) fn nest<'t>(text: &'t str, spans: &[Range<usize>]) -> Vec<Node<'t>> {
    let mut order: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].start <= spans[i].end && text.get(spans[i].clone()).is_some())
        .collect();
    order.sort_by_key(|&i| (spans[i].start, Reverse(spans[i].end), i));

    let mut root: Vec<Node<'t>> = Vec::new();
    let mut stack: Vec<Open<'t>> = Vec::new();
    let mut pos = 0;
    for i in order {
        let Range { start, end } = spans[i];
        while stack.last().is_some_and(|top| top.end <= start) {
            close(text, &mut pos, &mut stack, &mut root);
        }
        push_text(&text[pos..start], &mut stack, &mut root);
        pos = start;
        let end = stack.last().map_or(end, |parent| end.min(parent.end));
        stack.push(Open {
            index: i,
            end,
            children: Vec::new(),
        });
    }
    while !stack.is_empty() {
        close(text, &mut pos, &mut stack, &mut root);
    }
    push_text(&text[pos..], &mut stack, &mut root);
    root
}

/// Closes the innermost open mark: its remaining text up to its end, then the mark itself
/// into its parent.
fn close<'t>(text: &'t str, pos: &mut usize, stack: &mut Vec<Open<'t>>, root: &mut Vec<Node<'t>>) {
    let Some(mut top) = stack.pop() else {
        return;
    };
    if *pos < top.end {
        top.children.push(Node::Text(&text[*pos..top.end]));
        *pos = top.end;
    }
    let node = Node::Mark(top.index, top.children);
    match stack.last_mut() {
        Some(parent) => parent.children.push(node),
        None => root.push(node),
    }
}

fn push_text<'t>(piece: &'t str, stack: &mut [Open<'t>], root: &mut Vec<Node<'t>>) {
    if piece.is_empty() {
        return;
    }
    match stack.last_mut() {
        Some(top) => top.children.push(Node::Text(piece)),
        None => root.push(Node::Text(piece)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The nodes as text with `[i …]` around marks, to read them in assertions.
    fn show(nodes: &[Node<'_>]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(t) => (*t).to_owned(),
                Node::Mark(i, children) => format!("[{i} {}]", show(children)),
            })
            .collect()
    }

    fn plain(nodes: &[Node<'_>]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(t) => (*t).to_owned(),
                Node::Mark(_, children) => plain(children),
            })
            .collect()
    }

    fn marks(nodes: &[Node<'_>], out: &mut Vec<usize>) {
        for n in nodes {
            if let Node::Mark(i, children) = n {
                out.push(*i);
                marks(children, out);
            }
        }
    }

    #[test]
    fn separate_and_nested_spans() {
        let text = "killed 34 civilians on Tuesday alone";
        assert_eq!(
            show(&nest(text, &[7..19, 23..30])),
            "killed [0 34 civilians] on [1 Tuesday] alone"
        );
        assert_eq!(
            show(&nest(text, &[23..30, 0..36])),
            "[1 killed 34 civilians on [0 Tuesday] alone]"
        );
    }

    #[test]
    fn overlapping_spans_are_clipped_to_nest() {
        // "34 civilians on" overlaps "civilians on Tuesday": the later one ends with the first.
        let text = "killed 34 civilians on Tuesday alone";
        assert_eq!(
            show(&nest(text, &[10..30, 7..22])),
            "killed [1 34 [0 civilians on]] Tuesday alone"
        );
        // Equal spans nest in the order given; a span starting where another ends follows it.
        assert_eq!(
            show(&nest("ab cd", &[0..2, 0..2, 2..5])),
            "[0 [1 ab]][2  cd]"
        );
    }

    #[test]
    fn multibyte_text_and_spans_off_char_boundaries() {
        let text = "Russia’s “real work” – 300,000";
        let work = text.find("real work").unwrap();
        let quote = text.find('“').unwrap();
        let dash = text.find('–').unwrap();
        let spans = [
            quote..text.find('”').unwrap() + '”'.len_utf8(),
            work..work + "real work".len(),
            dash + 1..dash + 3, // inside the dash: not a char boundary
            0..1_000,           // out of bounds
        ];
        let nodes = nest(text, &spans);
        assert_eq!(show(&nodes), "Russia’s [0 “[1 real work]”] – 300,000");
        assert_eq!(plain(&nodes), text);
    }

    #[test]
    fn spans_at_the_ends_and_empty_spans() {
        let text = "Toll: 300,000";
        let end = text.len();
        let toll = [6..end, 0..1_000];
        assert_eq!(show(&nest(text, &toll)), "Toll: [0 300,000]");
        assert_eq!(
            show(&nest(text, &[0..4, end..end])),
            "[0 Toll]: 300,000[1 ]"
        );
        let empty = [0..0, 1..1];
        assert_eq!(show(&nest("", &empty)), "[0 ]");
        assert_eq!(show(&nest(text, &[])), text);
    }

    proptest! {
        #[test]
        fn every_valid_span_gets_one_mark_and_the_text_is_kept(
            text in "[a-cé–“ ]{0,30}",
            raw in prop::collection::vec((0usize..40, 0usize..40), 0..8),
        ) {
            let spans: Vec<Range<usize>> = raw.iter().map(|&(a, b)| a.min(b)..a.max(b)).collect();
            let nodes = nest(&text, &spans);
            prop_assert_eq!(plain(&nodes), text.clone());
            let mut got = Vec::new();
            marks(&nodes, &mut got);
            got.sort_unstable();
            let want: Vec<usize> = (0..spans.len())
                .filter(|&i| text.get(spans[i].clone()).is_some())
                .collect();
            prop_assert_eq!(got, want);
        }
    }
}
