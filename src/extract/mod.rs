//! Article → sentences and claims. One extractor per file; extraction never fails and never
//! panics: odd text yields no claims.
//!
//! Per sentence: `token` lexes it, `words` keeps the lowercase forms, `phrase` finds number
//! phrases, `role` decides what each one is, and the extractors (`figure`, `duration`, `date`)
//! build their drafts; `context` adds what surrounds each claim.

mod context;
mod date;
mod date_parse;
mod date_resolve;
mod date_words;
mod duration;
mod entity;
mod figure;
mod happening;
mod lexicon;
mod mood;
mod number;
mod people;
mod phrase;
mod phrase_digits;
mod phrase_words;
mod position;
mod quote;
mod role;
mod sentence;
mod speaker;
mod tense;
mod token;
mod word_set;
mod words;

pub use sentence::split_sentences;

use crate::model::{Article, Claim, Sentence, Span, Value};
use context::TimeCues;
use phrase::find_phrases;
use role::Role;
use std::cell::OnceCell;
use std::rc::Rc;
use words::Words;

/// Sentences at the start of a body that make its opening (headline and lead).
const LEAD_SENTENCES: usize = 3;

/// What extraction finds in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub sentences: Vec<Sentence>,
    pub claims: Vec<Claim>,
}

/// Splits the article body into sentences and extracts its claims, in text order.
pub fn extract(article: &Article) -> Extraction {
    let text = article.text.as_str();
    let sentences = split_sentences(text, article.body);
    let mut found: Vec<Found> = Vec::new();
    let mut dating = date::DateContext::new(article.published);
    // The tokens of each sentence lexed here, kept for the quote and position pass.
    let mut tokens: Vec<Option<Vec<token::Token>>> = vec![None; sentences.len()];
    for (n, s) in sentences.iter().enumerate() {
        if !may_state_figure_or_date(text, s.span) {
            continue;
        }
        let w = Words::new(text, s.span);
        extract_sentence(&w, n < LEAD_SENTENCES, &mut dating, &mut found);
        tokens[n] = Some(w.toks);
    }
    let ref_year = article
        .published
        .map(|d| i32::from(d.year()))
        .or_else(|| found.iter().filter_map(|f| f.year).max());
    let mut claims: Vec<Claim> = found
        .into_iter()
        .filter(|f| f.span.indexes(text) && f.sentence.contains(f.span))
        .map(|f| Claim {
            // A figure in a sentence that counts a running total ("so far", "since March")
            // belongs with a war's toll, not with one incident's.
            event_class: if f.cues.running && matches!(f.value, Value::Quantity(_)) {
                Some("conflict".to_string())
            } else {
                f.event.as_ref().map(|e| e.1.to_string())
            },
            id: String::new(),
            source: article.id.clone(),
            span: f.span,
            sentence: f.sentence,
            topic: f.topic,
            value: f.value,
            context: f.context,
            background: f.cues.background(ref_year),
            lead: f.lead,
            event: f.event.map(|e| e.0),
        })
        .collect();
    claims.extend(people::claims(article, &sentences, &tokens, LEAD_SENTENCES));
    claims.retain(|c| !is_date_stamp(text, c));
    claims.sort_by_key(|c| (c.span.start(), c.span.end()));
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = format!("{}#{}", article.id, n + 1);
    }
    Extraction { sentences, claims }
}

/// Words that introduce a publication stamp ("Published July 27 2016", "Date of publication
/// 14 August 2016", "Last updated at …").
const STAMP_WORDS: [&str; 9] = [
    "published",
    "updated",
    "last",
    "at",
    "date",
    "of",
    "publication",
    "posted",
    "on",
];

/// Whether a date claim is the article's own stamp (a full date with its year at the start of
/// an opening sentence, after nothing but a weekday or stamp words: "Tuesday 19 Jul 2016 US-led
/// strikes kill…", "Published July 27 2016 …"). It dates the article, not a happening.
fn is_date_stamp(text: &str, c: &Claim) -> bool {
    let Value::Date(d) = &c.value else {
        return false;
    };
    let words = c.span.slice(text);
    let has_year = words
        .split(|ch: char| !ch.is_ascii_digit())
        .any(|run| run.len() == 4);
    if !c.lead || !has_year || d.granularity != crate::model::Granularity::Day {
        return false;
    }
    // "… Syria Monitor AFP Saturday 25 Jun 2016 Russian and regime …": a weekday and a full
    // date with its year in an opening sentence is a dateline, wherever the headline put it.
    let weekday = words
        .split(|ch: char| !ch.is_alphabetic())
        .any(|w| w.len() >= 6 && w.to_ascii_lowercase().ends_with("day"));
    if weekday {
        return true;
    }
    let before = Span::new(c.sentence.start(), c.span.start()).slice(text);
    before.split(|ch: char| !ch.is_alphanumeric()).all(|w| {
        let w = w.to_ascii_lowercase();
        w.is_empty()
            || STAMP_WORDS.contains(&w.as_str())
            || matches!(
                w.get(..3).unwrap_or(""),
                "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
            )
    })
}

/// Gives a date the happening it dates ("talks", "visit", "deadline") as its event and topic,
/// and the names around that happening as context; a date with no happening near it keeps an
/// empty topic and is not compared.
fn attach_happening(w: &Words, f: &mut Found) {
    let Some(h) = happening::happening(w, f.span) else {
        return;
    };
    let place = h
        .names
        .first()
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    f.topic = format!("date of the {}{place}", h.class);
    for n in &h.names {
        let n = n.to_lowercase();
        if let Err(at) = f.context.binary_search(&n) {
            f.context.insert(at, n);
        }
    }
    f.event = Some((h.word, h.class));
}

/// A claim found in one sentence, before ids and article-wide facts are known.
struct Found {
    span: Span,
    sentence: Span,
    topic: String,
    value: Value,
    context: Vec<String>,
    event: Option<(String, &'static str)>,
    /// The year this claim is, when it is one.
    year: Option<i32>,
    cues: Rc<TimeCues>,
    lead: bool,
}

/// Whether a sentence may state a number or a date at all: most do not, and are skipped
/// before lexing.
fn may_state_figure_or_date(text: &str, sentence: Span) -> bool {
    let Some(s) = sentence.get(text) else {
        return false;
    };
    s.bytes().any(|b| b.is_ascii_digit())
        || token::has_vulgar_fraction(s)
        || lexicon::mentions_number_word(s)
        || date_words::mentions_date_word(s)
}

fn extract_sentence(w: &Words, lead: bool, dating: &mut date::DateContext, out: &mut Vec<Found>) {
    let sentence = w.sentence;
    let phrases = find_phrases(w);
    let roles: Vec<Role> = phrases.iter().map(|p| role::role(w, p)).collect();
    let dates = date::dates(w, &phrases, &roles, dating);
    if phrases.is_empty() && dates.dates.is_empty() && dates.durations.is_empty() {
        return;
    }
    // A figure read from the digits of a date ("1957-58", "mid-2015") is no figure.
    let in_date = |span: Span| {
        let date = |d: &date::DateDraft| d.explicit && d.span.overlaps(span);
        dates.dates.iter().any(date) || dates.durations.iter().any(|d| d.span.overlaps(span))
    };
    let years: Vec<i32> = phrases
        .iter()
        .zip(&roles)
        .filter(|(_, r)| **r == Role::Year)
        .map(|(p, _)| p.value as i32)
        .collect();
    // Read the sentence's time cues once, and only if it yields a claim.
    let cues: OnceCell<Rc<TimeCues>> = OnceCell::new();
    let found =
        |span: Span, topic: String, value: Value, event: Option<(String, &'static str)>| Found {
            context: context::context_words(w, span),
            span,
            sentence,
            topic,
            value,
            event,
            year: None,
            cues: Rc::clone(cues.get_or_init(|| Rc::new(context::time_cues(w, years.clone())))),
            lead,
        };
    let push_duration = |d: duration::DurationDraft, out: &mut Vec<Found>| {
        let named = d.what.as_deref().and_then(|what| {
            let head = what.rsplit(' ').next().unwrap_or(what);
            lexicon::lexicon()
                .events
                .get(head)
                .map(|c| (what.to_string(), *c))
        });
        let event = named.or_else(|| context::event_near(w, d.anchor));
        let what = d
            .what
            .clone()
            .or_else(|| event.as_ref().map(|e| e.0.clone()));
        let topic = what.map(|x| format!("length of {x}")).unwrap_or_default();
        out.push(found(d.span, topic, Value::Duration(d.duration), event));
    };
    // The sentence's latest figure (its place in `out`, its last token): a bare number after
    // it may be a part of it.
    let mut before: Option<(usize, usize)> = None;
    for (p, r) in phrases.iter().zip(&roles) {
        match *r {
            Role::Figure => {
                // "one of its acronyms", "no one": a lone "one" counting nothing is no figure.
                // What the phrase alone tells is asked before the figure is read.
                let one = p.shape == phrase::Shape::Words && p.value == 1.0;
                let pronoun = p.num_first > 0
                    && matches!(
                        w.low(p.num_first - 1),
                        "that" | "this" | "the" | "no" | "any" | "every" | "each" | "which"
                    );
                let one_of = w.low(p.num_last + 1) == "of";
                // A figure's span holds its phrase's: a phrase in a date makes a figure in it.
                if (one && (pronoun || one_of)) || in_date(w.span(p.first, p.last)) {
                    continue;
                }
                let whole = before.and_then(|(i, last)| match &out[i].value {
                    Value::Quantity(quantity) => Some(figure::Whole { quantity, last }),
                    _ => None,
                });
                let Some(f) = figure::figure(w, p, whole) else {
                    continue;
                };
                if in_date(f.span) {
                    continue;
                }
                let q = &f.quantity;
                let lone = q.unit.is_none() && q.measure.is_none();
                if one && lone {
                    continue;
                }
                let event = context::event_near(w, f.anchor);
                before = Some((out.len(), f.last));
                out.push(found(f.span, f.topic, Value::Quantity(f.quantity), event));
            }
            Role::Duration(unit) => {
                if let Some(d) = duration::duration(w, p, unit) {
                    push_duration(d, out);
                }
            }
            // Years, days of dates, relative dates: read by the date extractor.
            _ => {}
        }
    }
    for d in dates.durations {
        push_duration(d, out);
    }
    for d in dates.dates {
        let mut f = found(d.span, String::new(), Value::Date(d.date), None);
        f.year = d.year;
        attach_happening(w, &mut f);
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(body: &str) -> Vec<String> {
        let mut a = Article::from_text("a", body);
        a.published = "2016-07-19".parse().ok();
        extract(&a)
            .claims
            .iter()
            .filter(|c| matches!(c.value, Value::Date(_)))
            .map(|c| c.span.slice(&a.text).to_string())
            .collect()
    }

    #[test]
    fn publication_stamps_are_not_dates_of_happenings() {
        let found = dates(
            "Tuesday 19 Jul 2016 US-led strikes kill 56 civilians in Syria. The strikes on Monday hit a village.",
        );
        assert!(!found.iter().any(|d| d.contains("2016")), "{found:?}");
        assert!(found.iter().any(|d| d == "Monday"), "{found:?}");
        let found = dates(
            "Russia regime strikes kill 47 in east Syria Monitor AFP Saturday 25 Jun 2016 Russian and regime air strikes killed 47.",
        );
        assert!(!found.iter().any(|d| d.contains("2016")), "{found:?}");
        let found = dates("Published July 19 2016 A twin bombing struck a crowd.");
        assert!(found.is_empty(), "{found:?}");
        let found = dates("The talks will resume on 25 July 2016 in Geneva.");
        assert_eq!(found, ["25 July 2016"]);
    }
}
