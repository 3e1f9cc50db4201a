//! A straight quotation mark that opens a new quotation while one is still open: scraped
//! text loses closing marks (`said "Our policy will not change. "This strike was not the
//! first" he added.`). Read as a toggle, the mark before "This" would close the first
//! quotation and the next one would open one over the narrative between them ("he added. In
//! comments to TV he said"). A straight mark right after a sentence's end and a space, glued
//! to a capitalized word, opens a new quotation when the next straight mark on its line is
//! glued to the words before it (a close: `… the last" he added`) and no verb of saying
//! follows within a few words. Tokenized text spaces its closing marks the same way (`…South
//! Sudan? "Isaacs questioned, noting …`), but no close follows on the line.

/// Words read after the mark for a verb of saying ("Smith, a spokesman, said").
const WORDS_TO_A_VERB: usize = 4;

/// Whether a straight mark met inside an open quotation, with `before` the text before it and
/// `after` the text after it, opens a new one instead (the open one lost its closing mark).
pub fn opens_after_a_lost_close(
    before: &str,
    after: &str,
    is_saying_verb: impl Fn(&str) -> bool,
) -> bool {
    let spaced = before.ends_with(|c: char| c.is_whitespace());
    let sentence_end = before.trim_end().ends_with(['.', '!', '?']);
    let capital = after.chars().next().is_some_and(char::is_uppercase);
    // The next straight mark or line break: a mark glued to the word before it closes.
    let closed_later = memchr::memchr2(b'"', b'\n', after.as_bytes()).is_some_and(|k| {
        after.as_bytes()[k] == b'"' && !after[..k].ends_with(|c: char| c.is_whitespace())
    });
    spaced
        && sentence_end
        && capital
        && closed_later
        && !after
            .split_whitespace()
            .take(WORDS_TO_A_VERB)
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .any(|w| is_saying_verb(&w.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opens(before: &str, after: &str) -> bool {
        opens_after_a_lost_close(before, after, |w| {
            matches!(w, "said" | "questioned" | "added")
        })
    }

    #[test]
    fn a_mark_opening_a_sentence_opens_a_quotation() {
        assert!(opens(
            "Syrian policy will not change. ",
            "This targeting was not the first\" he added."
        ));
    }

    #[test]
    fn a_mark_before_a_speaker_or_glued_to_the_words_closes_one() {
        assert!(!opens(
            "how many kids did you kill today? ",
            "Isaacs questioned."
        ));
        assert!(!opens("we must stop. ", "Mayor John Smith said."));
        assert!(!opens("it has to stop, ", "he said."));
        assert!(!opens("it has to stop.", " He left."));
        assert!(!opens("it has to stop. ", "he said."));
        // Tokenized closes: no mark glued to a word follows on the line.
        assert!(!opens(
            "What do they consider to be South Sudan? ",
            "Isaacs questioned, noting a dispute.\nA \"very insecure\" area."
        ));
        assert!(!opens(
            "murder is quite another! ",
            "Prime Minister George Papandreou thundered in Parliament."
        ));
        assert!(!opens(
            "murder is quite another! ",
            "Prime Minister George Papandreou thundered, \"and left."
        ));
    }
}
