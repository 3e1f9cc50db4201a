//! Two renderings of one quotation in other words that say the same: "We will not fire
//! first" and "We will not shoot first", "a pay cut" and "a wage cut", "I won't" and "I will
//! not". Translators and desks choose among such words; a fact-checker sees two translations
//! or a paraphrase, not a misquote. Another number, a dropped "not" or another name is still a
//! misquote: no such words are in [`SAME_SENSE`].

use crate::compare::quote::{
    Word, excerpt_of_the_other, only_spelling_differs, small_words_differ,
};

/// Words and two-word phrases of news quotations, each with the words it is read as: one of
/// each set of renderings that mean the same in a quotation. Only words whose every common
/// sense is shared ("fired" may be a dismissal, so it is not here).
const SAME_SENSE: [(&str, &str); 97] = [
    // Contractions, which desks write out or not.
    ("won't", "will not"),
    ("can't", "can not"),
    ("cannot", "can not"),
    ("don't", "do not"),
    ("doesn't", "does not"),
    ("didn't", "did not"),
    ("isn't", "is not"),
    ("aren't", "are not"),
    ("wasn't", "was not"),
    ("weren't", "were not"),
    ("haven't", "have not"),
    ("hasn't", "has not"),
    ("wouldn't", "would not"),
    ("couldn't", "could not"),
    ("shouldn't", "should not"),
    ("we'll", "we will"),
    ("i'll", "i will"),
    ("they'll", "they will"),
    ("we're", "we are"),
    ("they're", "they are"),
    // "It's been a tough week": "'s" before "been" is "has" (a pair is read first).
    ("it's been", "it has been"),
    ("that's been", "that has been"),
    ("there's been", "there has been"),
    ("he's been", "he has been"),
    ("she's been", "she has been"),
    ("it's", "it is"),
    ("he's", "he is"),
    ("she's", "she is"),
    ("i'd", "i would"),
    ("we'd", "we would"),
    ("they'd", "they would"),
    ("i'm", "i am"),
    ("shall", "will"),
    ("that's", "that is"),
    ("there's", "there is"),
    ("what's", "what is"),
    ("here's", "here is"),
    ("let's", "let us"),
    ("we've", "we have"),
    ("i've", "i have"),
    ("they've", "they have"),
    ("you've", "you have"),
    ("you're", "you are"),
    ("you'll", "you will"),
    ("he'll", "he will"),
    ("she'll", "she will"),
    ("it'll", "it will"),
    ("that'll", "that will"),
    ("hadn't", "had not"),
    ("mustn't", "must not"),
    ("needn't", "need not"),
    // "every last man" stresses as "every single man" does (an intensifier, see `quote`).
    ("every last", "every single"),
    // Arms and fighting.
    // "cease-fire" is read as two words: the phrase before its "fire".
    ("cease fire", "ceasefire"),
    ("open fire", "shoot"),
    ("fire", "shoot"),
    ("truce", "ceasefire"),
    ("armistice", "ceasefire"),
    ("troops", "soldiers"),
    ("arms", "weapons"),
    ("wounded", "injured"),
    // "injuries sustained" and "injuries suffered".
    ("sustained", "suffered"),
    ("sustain", "suffer"),
    ("sustains", "suffers"),
    // Work and money.
    ("wage", "pay"),
    ("wages", "pay"),
    ("salary", "pay"),
    ("salaries", "pay"),
    ("increase", "rise"),
    ("raise", "rise"),
    ("reduction", "cut"),
    ("purchase", "buy"),
    // Talks and office.
    ("negotiations", "talks"),
    ("accord", "agreement"),
    ("deal", "agreement"),
    ("step down", "resign"),
    ("stepped down", "resigned"),
    ("stepping down", "resigning"),
    // Common verbs, adjectives and adverbs.
    ("start", "begin"),
    ("started", "began"),
    ("starts", "begins"),
    ("attempt", "try"),
    ("attempted", "tried"),
    ("assist", "help"),
    ("permit", "allow"),
    ("let", "allow"),
    ("require", "need"),
    ("reply", "answer"),
    ("respond", "answer"),
    ("large", "big"),
    ("largest", "biggest"),
    ("sufficient", "enough"),
    ("certain", "sure"),
    ("perhaps", "maybe"),
    ("nearly", "almost"),
    ("nation", "country"),
    ("nations", "countries"),
    ("kids", "children"),
];

/// The words of a quotation with each rendering in [`SAME_SENSE`] put as the words it is
/// read as (kept as written), and whether any was.
fn read_as_one<'a>(ws: &[Word<'a>]) -> (Vec<Word<'a>>, bool) {
    let mut out = Vec::with_capacity(ws.len());
    let mut changed = false;
    let mut k = 0;
    while k < ws.len() {
        let pair = ws.get(k + 1).map(|n| format!("{} {}", ws[k].norm, n.norm));
        let (found, len) = match pair.and_then(|p| SAME_SENSE.iter().find(|(w, _)| *w == p)) {
            Some(f) => (Some(f), 2),
            None => (SAME_SENSE.iter().find(|(w, _)| *w == ws[k].norm), 1),
        };
        match found {
            Some((_, read)) => {
                changed = true;
                for (n, r) in read.split(' ').enumerate() {
                    out.push(Word {
                        norm: r.to_string(),
                        written: ws[k].written,
                        after_ellipsis: n == 0 && ws[k].after_ellipsis,
                    });
                }
                k += len;
            }
            None => {
                out.push(ws[k].clone());
                k += 1;
            }
        }
    }
    (out, changed)
}

/// Whether two quotations say the same in other words: once renderings of the same sense
/// are read as one, they differ at most in spelling, a small word or two, or one quoting
/// more of the speaker's words at its start or end.
pub fn same_sense_in_other_words(a: &[Word], b: &[Word]) -> bool {
    let ((x, changed_a), (y, changed_b)) = (read_as_one(a), read_as_one(b));
    (changed_a || changed_b)
        && (only_spelling_differs(&x, &y)
            || excerpt_of_the_other(&x, &y)
            || small_words_differ(&x, &y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::quote::words;

    fn same(a: &str, b: &str) -> bool {
        same_sense_in_other_words(&words(a), &words(b))
    }

    #[test]
    fn two_translations_say_the_same() {
        assert!(same(
            "We will not fire first, but we will defend our positions",
            "We will not shoot first, but we will defend our positions"
        ));
        assert!(same(
            "We will not fire first, but we will defend our positions",
            "We will not open fire first, but we will defend our positions"
        ));
        assert!(same(
            "We will not accept a pay cut dressed up as a pay rise",
            "We will not accept a wage cut dressed up as a wage rise"
        ));
        assert!(same(
            "It’s been an incredibly tough couple of days",
            "It has been an incredibly tough couple of days"
        ));
        assert!(same("She's sure we'd win", "She is sure we would win"));
        assert!(same(
            "I won't step down while this case is open",
            "I will not resign while this case is open"
        ));
        assert!(same(
            "We have received around 50 people with injuries sustained when the walls collapsed",
            "We have received around 50 people with injuries suffered when the walls collapsed"
        ));
        assert!(same(
            "This cease-fire is the first step towards lasting peace",
            "This truce is the first step towards lasting peace"
        ));
        assert!(same(
            "That's a disaster for every family on this street",
            "This is a disaster for every family on this street"
        ));
        assert!(same(
            "We will not stop until every last man is brought home",
            "We will not stop until every man is brought home"
        ));
        // Another word besides, and a small word: still the same sense.
        assert!(same(
            "This truce is the first step towards lasting peace",
            "This ceasefire is the first step toward a lasting peace"
        ));
    }

    #[test]
    fn a_number_a_negation_or_a_name_is_another_quote() {
        // A dropped "not" beside a synonym.
        assert!(!same(
            "We will not fire first, but we will defend our positions",
            "We will shoot first, but we will defend our positions"
        ));
        assert!(!same(
            "We won't fire first, but we will defend our positions",
            "We will shoot first, but we will defend our positions"
        ));
        // Another number or another town beside a synonym.
        assert!(!same(
            "Our troops will leave Kibumba by Friday, after four days of truce",
            "Our soldiers will leave Kibumba by Friday, after five days of truce"
        ));
        assert!(!same(
            "Our troops will leave Kibumba and Rumangabo by Friday",
            "Our soldiers will leave Kibumba and Kiwanja by Friday"
        ));
        // Words of other sense.
        assert!(!same(
            "We will not fire first, but we will defend our positions",
            "We will not fire first, but we will attack their positions"
        ));
        // The same words are no paraphrase (other rules judge them).
        assert!(!same(
            "we will defend our positions",
            "we will defend our positions"
        ));
    }
}
