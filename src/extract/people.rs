//! Claims about people: who said what (`quote` finds quotations, `speaker` attributes them) and
//! who wants what (`position`), over the whole body at once, since a quotation can run over
//! several sentences and a pronoun points back to an earlier one. `entity` names the people,
//! organizations and countries they refer to.

use crate::extract::entity::{Entities, SentenceUnits, Unit, units, units_of};
use crate::extract::lexicon::lexicon;
use crate::extract::position;
use crate::extract::quote::{RawQuote, find_quotes};
use crate::extract::speaker::{Around, Speaker};
use crate::extract::token::Token;
use crate::model::{Article, Claim, Quote, Sentence, Span, Value};
use compact_str::CompactString;

/// Fewest words of a quotation with a speaker; shorter ones are single scare-quoted words.
const MIN_ATTRIBUTED_WORDS: usize = 2;
/// Fewest words of a quotation nobody is said to have said (shorter ones are scare quotes and
/// names: "humanitarian corridor").
const MIN_UNATTRIBUTED_WORDS: usize = 6;

/// The quote and position claims of an article (ids left empty), in text order. `tokens`
/// holds the tokens of the sentences lexed already (by index; `None` for the others), which
/// are not lexed again; `position_candidates` are the sentences that may state a position.
pub fn claims(
    article: &Article,
    sentences: &[Sentence],
    tokens: &[Option<Vec<Token>>],
    lead: usize,
    position_candidates: &[position::Candidate],
) -> Vec<Claim> {
    let text = article.text.as_str();
    // `find_quotes` tells a body with no quotation mark at once.
    let quotes = find_quotes(text, article.body);
    if quotes.is_empty() && position_candidates.is_empty() {
        return Vec::new();
    }
    let quoted: Vec<Span> = quotes.iter().map(|q| q.open.cover(q.close)).collect();
    let position_sentences: Vec<Span> = position_candidates.iter().map(|c| c.span).collect();
    // Each sentence that matters is lexed once, for names and for positions.
    let lex = |k: usize| {
        let span = sentences[k].span;
        let units = match tokens.get(k) {
            Some(Some(toks)) => units_of(text, toks),
            _ => units(text, span),
        };
        SentenceUnits { span, units }
    };
    // With no quotation, names matter only to the positions: when no candidate sentence has
    // a place a position may start, there is none, and no names are read.
    let mut lexed_first: Vec<SentenceUnits> = Vec::new();
    if quotes.is_empty() {
        lexed_first = position_candidates
            .iter()
            .map(|c| lex(c.sentence))
            .collect();
        let any = position_candidates
            .iter()
            .zip(&lexed_first)
            .any(|(c, s)| position::may_state(text, s, c, &quoted));
        if !any {
            return Vec::new();
        }
    }
    let mut lexed_first = lexed_first.into_iter().peekable();
    let lexed: Vec<SentenceUnits> = entity_sentences(sentences, &quoted, &position_sentences, lead)
        .into_iter()
        .map(|k| {
            lexed_first
                .next_if(|s| s.span == sentences[k].span)
                .unwrap_or_else(|| lex(k))
        })
        .collect();
    let ents = Entities::from_units(text, &lexed, &quoted);
    let mut out = Vec::new();
    let claim = |span: Span, sentence: Span, topic: String, value: Value, context| Claim {
        id: String::new(),
        source: article.id.clone(),
        span,
        sentence,
        topic,
        value,
        context,
        event: None,
        event_class: None,
        background: false,
        lead: sentences.partition_point(|s| s.span.end() <= span.start()) < lead,
        place: None,
    };
    let attributed = attribute_all(text, article.body, sentences, &quotes, &lexed, &ents);
    for (inner, words, speaker) in join_split_quotes(text, attributed) {
        let n = word_count(&words);
        let min = if speaker.is_some() {
            MIN_ATTRIBUTED_WORDS
        } else {
            MIN_UNATTRIBUTED_WORDS
        };
        if n < min || is_title(&words) {
            continue;
        }
        let Some(sentence) = covering(sentences, inner) else {
            continue;
        };
        let topic = match &speaker {
            Some(s) => format!("words of {}", s.name),
            None => "unattributed words".to_string(),
        };
        let context = content_words(&words);
        let value = Value::Quote(Quote {
            speaker: speaker.as_ref().map(|s| s.name.clone()),
            text: words,
            speaker_role: speaker.and_then(|s| s.role),
        });
        out.push(claim(inner, sentence, topic, value, context));
    }
    // A position sentence is always among the lexed ones (its own sentence is kept).
    let position_units: Vec<(&SentenceUnits, &position::Candidate)> = position_candidates
        .iter()
        .filter_map(|c| {
            let k = lexed.partition_point(|s| s.span.start() < c.span.start());
            Some((lexed.get(k).filter(|s| s.span == c.span)?, c))
        })
        .collect();
    for p in position::positions(text, &position_units, &ents, &quoted) {
        let Some(sentence) = covering(sentences, p.span) else {
            continue;
        };
        let context = content_words(&p.position.target);
        let topic = format!("{} on {}", p.position.holder, p.position.target);
        out.push(claim(
            p.span,
            sentence,
            topic,
            Value::Position(p.position),
            context,
        ));
    }
    out
}

/// Short words a title leaves lowercase ("A City Worth Fighting For", "Declaration of Good
/// Neighbourliness").
const TITLE_SMALL_WORDS: [&str; 14] = [
    "a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "with", "at", "by", "from",
];

/// Pronouns of someone speaking: a quotation with one is said, not a title.
const SPEAKING_PRONOUNS: [&str; 9] = ["i", "we", "you", "me", "us", "my", "our", "your", "i'm"];

/// Longest title in quotation marks, in words.
const MAX_TITLE_WORDS: usize = 10;

/// Whether a quotation's words are a title in quotation marks (a book, an operation, a
/// declaration), not words someone said: at most [`MAX_TITLE_WORDS`] words, no punctuation
/// that ends or parts a clause, and every word capitalized (then lowercase, not shouted)
/// but the short ones of [`TITLE_SMALL_WORDS`].
fn is_title(words: &str) -> bool {
    let n = word_count(words);
    if !(2..=MAX_TITLE_WORDS).contains(&n) || words.contains(['.', ',', '!', '?', ':', ';']) {
        return false;
    }
    let mut capitals = 0;
    for (k, w) in words.split(' ').enumerate() {
        // "We Will Win": someone speaking, however it is capitalized.
        if SPEAKING_PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            return false;
        }
        let mut c = w.chars();
        let first = c.next().is_some_and(char::is_uppercase);
        if first && !c.any(char::is_uppercase) {
            capitals += 1;
        } else if k == 0 || !TITLE_SMALL_WORDS.contains(&w) {
            return false;
        }
    }
    capitals >= 2 && words.chars().any(char::is_lowercase)
}

/// How many words a quotation's words (see `RawQuote::words`) hold: they are joined by single
/// spaces, with none at the ends, so the spaces are counted (a loop over bytes the compiler
/// runs many at a time) instead of the words split on Unicode whitespace.
fn word_count(words: &str) -> usize {
    if words.is_empty() {
        0
    } else {
        1 + words.bytes().filter(|&b| b == b' ').count()
    }
}

/// Sentences before a quotation or a position that may name its speaker or holder.
const NAMES_BEFORE: usize = 3;

/// The indices of the sentences whose names matter: the opening (where people are introduced with their
/// roles), each quotation's and position's sentences, and a few before each (where "he" and a
/// lone surname point back to). Names elsewhere are not read, which keeps long articles cheap.
fn entity_sentences(
    sentences: &[Sentence],
    quoted: &[Span],
    positions: &[Span],
    lead: usize,
) -> Vec<usize> {
    let mut keep = vec![false; sentences.len()];
    for k in keep.iter_mut().take(lead) {
        *k = true;
    }
    for span in quoted.iter().chain(positions) {
        let a = sentences.partition_point(|s| s.span.end() <= span.start());
        let b = sentences.partition_point(|s| s.span.start() < span.end());
        for k in keep.iter_mut().take(b).skip(a.saturating_sub(NAMES_BEFORE)) {
            *k = true;
        }
    }
    keep.iter()
        .enumerate()
        .filter(|(_, k)| **k)
        .map(|(n, _)| n)
        .collect()
}

/// The sentences a span lies in, as one span.
fn covering(sentences: &[Sentence], span: Span) -> Option<Span> {
    let a = sentences.partition_point(|s| s.span.end() <= span.start());
    let b = sentences.partition_point(|s| s.span.start() < span.end());
    let first = sentences.get(a)?;
    let last = sentences.get(b.checked_sub(1)?)?;
    let cover = first.span.cover(last.span);
    cover.contains(span).then_some(cover)
}

/// The distinct content words of `text`, lowercased and sorted: runs of letters, digits and
/// apostrophes, without the apostrophes at their ends, of three letters or more and no
/// stopword.
fn content_words(text: &str) -> Vec<CompactString> {
    let lex = lexicon();
    // ASCII letters are lowercased at once: an ASCII word is a slice of `low`; only words
    // with other letters are lowercased one by one.
    let low = text.to_ascii_lowercase();
    let b = low.as_bytes();
    // Sorted by their first eight bytes as a number first (the same order, since no word
    // holds a zero byte), so that most comparisons are one instruction, not a call. ASCII
    // words go in as they are found; a word is six bytes or more with the space after it.
    let mut other_words: Vec<String> = Vec::new();
    let mut words: Vec<(u64, &str)> = Vec::with_capacity(b.len() / 6 + 1);
    let mut i = 0;
    while i < b.len() {
        // The next word: bytes are read one by one, and a character is decoded only where a
        // byte is not ASCII.
        let start = i;
        let mut ascii = true;
        while let Some(&c) = b.get(i) {
            if c.is_ascii() {
                if !WORD_BYTE[usize::from(c)] {
                    break;
                }
                i += 1;
            } else {
                match low[i..].chars().next() {
                    Some(c) if c.is_alphanumeric() || c == '’' => {
                        ascii = false;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        if i == start {
            // A separator: skipped whole.
            i += low[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let (mut s, mut e) = (start, i);
        if ascii {
            while s < e && b[s] == b'\'' {
                s += 1;
            }
            while e > s && b[e - 1] == b'\'' {
                e -= 1;
            }
            if e - s >= 3 && !lex.stopwords.contains(&low[s..e]) {
                words.push((sort_key(&low[s..e]), &low[s..e]));
            }
            continue;
        }
        let w = low[s..e].trim_matches(['\'', '’']).to_lowercase();
        if w.chars().count() >= 3 && !lex.stopwords.contains(w.as_str()) {
            other_words.push(w);
        }
    }
    words.extend(other_words.iter().map(|w| (sort_key(w), w.as_str())));
    words.sort_unstable();
    words.dedup();
    words
        .into_iter()
        .map(|(_, w)| CompactString::from(w))
        .collect()
}

/// The first eight bytes of a word as a big-endian number, zeros after a shorter word: two
/// words' keys are in their order, or equal.
fn sort_key(w: &str) -> u64 {
    let mut k = [0u8; 8];
    let n = w.len().min(8);
    k[..n].copy_from_slice(&w.as_bytes()[..n]);
    u64::from_be_bytes(k)
}

/// ASCII letters, digits and the apostrophe: the ASCII bytes of words.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'\'' as usize;
        b += 1;
    }
    t
};

/// Each quotation with its speaker. A quotation with no attribution of its own that opens the
/// sentence right after an attributed one keeps that speaker ("…,” he said. “We consider …”).
fn attribute_all<'q>(
    text: &str,
    body: Span,
    sentences: &[Sentence],
    quotes: &'q [RawQuote],
    lexed: &[SentenceUnits],
    ents: &Entities,
) -> Vec<(&'q RawQuote, Option<Speaker>)> {
    if quotes.is_empty() {
        return Vec::new();
    }
    let sentence_of = |pos: usize| sentences.partition_point(|s| s.span.end() <= pos);
    let mut out: Vec<(&RawQuote, Option<Speaker>)> = Vec::with_capacity(quotes.len());
    for (n, q) in quotes.iter().enumerate() {
        let s_open = sentence_of(q.open.start());
        let s_close = sentence_of(q.close.start());
        let close_sentence_end = sentences.get(s_close).map_or(body.end(), |s| s.span.end());
        let next_open = quotes.get(n + 1).map_or(usize::MAX, |x| x.open.start());
        let after_span = Span::new(
            q.close.end(),
            close_sentence_end.min(next_open).max(q.close.end()),
        );
        let open_sentence_start = sentences
            .get(s_open)
            .map_or(body.start(), |s| s.span.start());
        let prev_close = n.checked_sub(1).map_or(0, |p| quotes[p].close.end());
        let before_span = Span::new(
            open_sentence_start.max(prev_close).min(q.open.start()),
            q.open.start(),
        );
        // Only the words around this quotation are read, not the body nor the quotation's
        // own words. Both sides end at a quotation mark, which is a token and a unit of its
        // own, so they lex as they would within the sentence: their units are taken from
        // the sentence's when it was lexed.
        let mut near = units_near(text, before_span, lexed);
        let n_before = near.len();
        near.extend(units_near(text, after_span, lexed));
        let around = Around::new(text, &near, ents, n_before);
        let mut speaker = around.attribute();
        if speaker.is_none()
            && !around.has_own_clause()
            && let Some((prev, Some(ps))) = out.last()
        {
            let opens_sentence = sentences
                .get(s_open)
                .is_some_and(|s| s.span.start() == q.open.start());
            let next_sentence = sentence_of(prev.close.start()) + 1 >= s_open;
            let same_paragraph = !Span::new(prev.close.end(), q.open.start())
                .slice(text)
                .contains("\n\n");
            // "…” that were “…”, "…,” adding: “…”": the words since the previous quotation,
            // in its sentence, go on its clause.
            let same_sentence = prev.close.end() > open_sentence_start;
            // "…,” the prime minister said after a quotation of the president: an office
            // the previous speaker is not given is someone else's.
            let other_office = around.office_of_subject().is_some_and(|office| {
                let role = ps.role.as_deref().or_else(|| ents.role_of(&ps.name));
                role.is_some_and(|r| !r.to_lowercase().contains(office.as_str()))
            });
            // "…,” he said after a quotation of a woman: someone the pronoun does not fit.
            let other_sex = around
                .pronoun_of_subject()
                .is_some_and(|sex| ents.sex_of_name(&ps.name) == Some(sex.other()));
            if !other_office
                && !other_sex
                && ((opens_sentence && next_sentence && same_paragraph)
                    || (same_sentence && around.goes_on_previous()))
            {
                speaker = Some(ps.clone());
            }
        }
        out.push((q, speaker));
    }
    out
}

/// Longest attribution clause inside a split quotation, in bytes.
const MAX_SPLIT_CLAUSE: usize = 80;

/// Each quotation's words, their span and speaker, with a quotation split around its
/// attribution made one again: in “I have decided to step down,” she wrote, “because I can
/// no longer …” the second part goes on the first's sentence (it opens lowercase, and only
/// a short clause between commas parts them), so both are one quote of one speaker, as other
/// sources print it whole. Its span runs from the first word to the last (the clause inside
/// is not part of its words).
fn join_split_quotes(
    text: &str,
    attributed: Vec<(&RawQuote, Option<Speaker>)>,
) -> Vec<(Span, String, Option<Speaker>)> {
    let mut out: Vec<(Span, String, Option<Speaker>)> = Vec::with_capacity(attributed.len());
    let mut last_close: Option<usize> = None;
    for (q, speaker) in attributed {
        let continues = last_close.is_some_and(|close| {
            let between = Span::new(close, q.open.start().max(close)).slice(text);
            let inner = q.inner.slice(text);
            let (Some(prev), Some(first)) = (out.last(), inner.chars().next()) else {
                return false;
            };
            let prev_text = prev.0.slice(text);
            let clause = between.trim();
            first.is_lowercase()
                && between.len() <= MAX_SPLIT_CLAUSE
                && !between.contains(['.', '!', '?', '\n', ':', ';'])
                && clause.ends_with(',')
                && clause.chars().any(char::is_alphabetic)
                && (clause.starts_with(',') || prev_text.ends_with(','))
        });
        if continues && let Some(prev) = out.last_mut() {
            prev.0 = prev.0.cover(q.inner);
            prev.1.push(' ');
            prev.1.push_str(&q.words(text));
            if prev.2.is_none() {
                prev.2 = speaker;
            }
        } else {
            out.push((q.inner, q.words(text), speaker));
        }
        last_close = Some(q.close.end());
    }
    out
}

/// The units of `span`: those of the lexed sentence that holds it, when no unit of that
/// sentence runs over either end of it, else `span` lexed alone.
fn units_near(text: &str, span: Span, lexed: &[SentenceUnits]) -> Vec<Unit> {
    let k = lexed.partition_point(|s| s.span.end() < span.end());
    if let Some(s) = lexed.get(k).filter(|s| s.span.contains(span)) {
        let u = &s.units;
        let a = u.partition_point(|x| x.span.start() < span.start());
        let b = u.partition_point(|x| x.span.start() < span.end());
        let clean_start = a == 0 || u[a - 1].span.end() <= span.start();
        let clean_end = b == 0 || u[b - 1].span.end() <= span.end();
        if clean_start && clean_end && a <= b {
            return u[a..b].to_vec();
        }
    }
    units(text, span)
}

/// Each quotation's words and speaker in a text (for tests).
#[cfg(test)]
pub(crate) fn quote_speakers(text: &str) -> Vec<(String, Option<Speaker>)> {
    let body = Span::new(0, text.len());
    let sentences = crate::extract::split_sentences(text, body);
    let quotes = find_quotes(text, body);
    let quoted: Vec<Span> = quotes.iter().map(|q| q.open.cover(q.close)).collect();
    let ents = Entities::build(text, &sentences, &quoted);
    let lexed = crate::extract::entity::lex_sentences(text, &sentences);
    attribute_all(text, body, &sentences, &quotes, &lexed, &ents)
        .into_iter()
        .map(|(q, s)| (q.words(text), s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn quote_claims(text: &str) -> Vec<(String, Option<String>, String)> {
        let a = Article::from_text("a", text);
        let s = crate::extract::split_sentences(&a.text, a.body);
        claims(&a, &s, &[], 3, &position::candidates(&a.text, &s))
            .into_iter()
            .filter_map(|c| match c.value {
                Value::Quote(q) => Some((q.text, q.speaker, c.span.slice(&a.text).to_string())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_speaker_who_underlined_a_quotation_said_it() {
        let t = "Minister of energy of Saudi Arabia Abdulaziz bin Salman underlined: \"We will do \
                 everything necessary for support of stability of market.\"";
        let q = quote_claims(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.as_deref(), Some("Abdulaziz bin Salman"));
    }

    #[test]
    fn a_quotation_split_around_its_attribution_is_one_quote() {
        let t = "Helga Brandt quit. \"I have decided to step down,\" Mrs Brandt wrote in a short statement, \"because I can no longer defend a budget that I do not believe in.\"";
        let q = quote_claims(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].0,
            "I have decided to step down because I can no longer defend a budget that I do not believe in."
        );
        assert_eq!(q[0].1.as_deref(), Some("Helga Brandt"));
        assert!(q[0].2.starts_with("I have decided") && q[0].2.ends_with("believe in."));
        // British style: the comma outside the marks.
        let t = "Anna Kowalski spoke. “The water is safe to drink”, she said, “and every test has come back clean.”";
        let q = quote_claims(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.as_deref(), Some("Anna Kowalski"));
        // A new sentence after the clause is a quotation of its own.
        let t = "Anna Kowalski spoke. \"The water is safe to drink,\" she said. \"and every test has come back clean.\"";
        assert_eq!(quote_claims(t).len(), 2);
        let t = "Anna Kowalski spoke. \"The water is safe to drink,\" she said, \"Every test has come back clean.\"";
        assert_eq!(quote_claims(t).len(), 2);
        // A list of quoted words has no clause between them.
        let t = "Anna Kowalski called the plan \"a costly and very dangerous gamble,\" \"unworkable in every single respect today\" and worse.";
        assert_eq!(quote_claims(t).len(), 2);
    }

    #[test]
    fn titles_in_quotation_marks_are_not_claims() {
        assert!(is_title("A City Worth Fighting For"));
        assert!(is_title("Declaration of Good Neighbourliness"));
        assert!(!is_title("We Will Win"));
        assert!(!is_title("We will win this war"));
        assert!(!is_title("WE WANT JUSTICE NOW"));
        assert!(!is_title("Stop, Thief"));
        let t = "Graham Pike, who wrote a memoir titled \"A City Worth Fighting For\" in 2018, spoke. \"We will fight on,\" Pike said.";
        let q = quote_claims(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "We will fight on");
    }

    #[test]
    fn scare_quotes_are_not_claims() {
        let a = Article::from_text(
            "a",
            "Israel agreed a \"humanitarian corridor\" for Gaza. \"We hoped it would be safe,\" he said.",
        );
        let s = crate::extract::split_sentences(&a.text, a.body);
        let c = claims(&a, &s, &[], 3, &position::candidates(&a.text, &s));
        assert!(
            c.iter()
                .all(|c| !c.span.slice(&a.text).contains("corridor"))
        );
    }

    #[test]
    fn positions_without_quotations_are_found() {
        // No quotation mark: names are read only because a sentence may state a position.
        let a = Article::from_text(
            "a",
            "Talks resumed in Geneva on Monday. Diplomats met for hours.\n\n\
             Later Russia rejected the ouster of President Bashar al-Assad.",
        );
        let s = crate::extract::split_sentences(&a.text, a.body);
        let c = claims(&a, &s, &[], 3, &position::candidates(&a.text, &s));
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].topic, "Russia on ouster of President Bashar al-Assad");
        // A stance word with no place for a position: nothing, and no names read.
        let a = Article::from_text("b", "The support grew in Geneva on Monday.");
        let s = crate::extract::split_sentences(&a.text, a.body);
        assert!(claims(&a, &s, &[], 3, &position::candidates(&a.text, &s)).is_empty());
    }

    proptest! {
        /// The units taken from a lexed sentence are those its span lexes to alone.
        #[test]
        fn units_near_a_quotation_are_those_lexed_alone(
            t in "([A-Z]?[a-z]{0,4}|U\\.S\\.|al-Assad|1, 400|3\\.5m|[“”\"‘’'.,—-]|\n)( ?([A-Z]?[a-z]{0,4}|U\\.S\\.|[“”\"‘’'.,—-]|\n)){0,30}|\\PC{0,60}"
        ) {
            let body = Span::new(0, t.len());
            let sentences = crate::extract::split_sentences(&t, body);
            let lexed = crate::extract::entity::lex_sentences(&t, &sentences);
            let quotes = find_quotes(&t, body);
            // The sides `attribute_all` reads, and every span between two marks.
            let mut spans: Vec<Span> = Vec::new();
            for (n, q) in quotes.iter().enumerate() {
                let prev = n.checked_sub(1).map_or(0, |p| quotes[p].close.end());
                let next = quotes.get(n + 1).map_or(t.len(), |x| x.open.start());
                spans.push(Span::new(prev.min(q.open.start()), q.open.start()));
                spans.push(Span::new(q.close.end(), next.max(q.close.end())));
                for s in &sentences {
                    for cut in [
                        Span::new(s.span.start().max(prev).min(q.open.start()), q.open.start()),
                        Span::new(q.close.end(), s.span.end().min(next).max(q.close.end())),
                    ] {
                        spans.push(cut);
                    }
                }
            }
            for span in spans.into_iter().filter(|s| s.indexes(&t)) {
                prop_assert_eq!(units_near(&t, span, &lexed), units(&t, span), "{:?} {:?}", t, span);
            }
        }
    }

    #[test]
    fn words_around_a_quotation_lex_as_within_the_sentence() {
        // Each side is lexed alone (see `attribute_all`): its units are those of the whole.
        for t in [
            "The U.S.“We will,” al-Assad said.",
            "Ferrero-Waldner \"no deal,\"he told U.N. envoys.",
            "In 2015“yes” 3.5m people’s ‘view’ won.",
        ] {
            for q in find_quotes(t, Span::new(0, t.len())) {
                let before = Span::new(0, q.open.start());
                let after = Span::new(q.close.end(), t.len());
                let whole = units(t, before.cover(after));
                let within = |s: Span| -> Vec<Unit> {
                    whole
                        .iter()
                        .filter(|u| s.contains(u.span))
                        .copied()
                        .collect()
                };
                assert_eq!(units(t, before), within(before), "{t}");
                assert_eq!(units(t, after), within(after), "{t}");
            }
        }
    }

    /// `content_words` as it was written first: split on characters, lowercased and sorted
    /// as strings.
    fn content_words_reference(text: &str) -> Vec<CompactString> {
        let lex = lexicon();
        let mut out: Vec<CompactString> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(|w| w.trim_matches(['\'', '’']).to_lowercase())
            .filter(|w| w.chars().count() >= 3 && !lex.stopwords.contains(w.as_str()))
            .map(CompactString::from)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn content_words_are_distinct_sorted_and_lowercase() {
        assert_eq!(
            content_words("We won’t ‘stop’ the Talks, the talks' end... İstanbul ÉTÉ"),
            ["end", "i̇stanbul", "stop", "talks", "won’t", "été"]
        );
    }

    proptest! {
        #[test]
        fn content_words_match_the_reference(s in "[A-Za-z0-9 ,.'’‘\"İÉé\u{0}-]{0,80}|\\PC{0,60}") {
            prop_assert_eq!(content_words(&s), content_words_reference(&s));
        }

        #[test]
        fn quotation_words_are_counted_as_split(s in "[a-z ,.\t\n\u{a0}\u{2003}\u{85}“”\"]{0,60}|\\PC{0,60}") {
            for q in find_quotes(&s, Span::new(0, s.len())) {
                let words = q.words(&s);
                prop_assert_eq!(word_count(&words), words.split_whitespace().count(), "{:?}", words);
            }
            let words = s.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(word_count(&words), words.split_whitespace().count());
        }

        #[test]
        fn arbitrary_text_never_panics_and_spans_index_it(s in "[A-Za-z ,.“”\"’‘\n]{0,200}|\\PC{0,120}") {
            let a = Article::from_text("x", s);
            let sentences = crate::extract::split_sentences(&a.text, a.body);
            for c in claims(&a, &sentences, &[], 3, &position::candidates(&a.text, &sentences)) {
                prop_assert!(c.span.indexes(&a.text));
                prop_assert!(c.sentence.indexes(&a.text));
                prop_assert!(c.sentence.contains(c.span));
            }
        }
    }
}
