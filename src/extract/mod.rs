//! Article → sentences and claims. One extractor per file; extraction never fails and never
//! panics: odd text yields no claims.
//!
//! Per sentence: `token` lexes it, `words` keeps the lowercase forms, `phrase` finds number
//! phrases, `role` decides what each one is, and the extractors (`figure`, `duration`, `date`)
//! build their drafts; `context` adds what surrounds each claim.

mod age;
mod amount;
mod animals;
mod basis_points;
mod context;
mod currency_country;
mod custody;
mod date;
mod date_parse;
mod date_resolve;
mod date_words;
mod digit_groups;
mod duration;
mod entity;
mod figure;
mod gender;
mod happening;
mod happening_other_use;
mod happening_subject;
mod happening_word;
mod joined_total;
mod lexicon;
mod measure;
mod measured_thing;
mod mood;
mod number;
mod payee;
mod people;
mod phrase;
mod phrase_digits;
mod phrase_words;
mod place;
mod position;
mod position_one_word;
mod position_org_noun;
mod prefilter;
mod quote;
mod quote_lost_close;
mod role;
mod seized_people;
mod sentence;
mod speaker;
mod taken_to_hospital;
mod tally;
mod tense;
mod token;
mod token_starts;
mod word_set;
mod words;

pub use sentence::split_sentences;

use crate::model::{Article, Claim, Quantity, Sentence, Span, Value};
use compact_str::CompactString;
use context::{SentenceFacts, TimeCues};
use phrase::find_phrases_in;
use role::Role;
use std::cell::OnceCell;
use std::rc::Rc;
use words::Words;

/// Sentences at the start of a body that make its opening (headline and lead).
const LEAD_SENTENCES: usize = 3;

/// Longest body (in bytes) whose tokens are kept from the claim pass for the people pass.
/// The tokens take about six bytes for each byte of text they cover: a news article keeps
/// them (a few hundred kilobytes at most), a 100 MB text would keep 600 MB (issue 6).
const KEEP_TOKENS_UP_TO: usize = 4 << 20;

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
    // One read of every sentence for both passes: which may state a figure or a date, and
    // which a position.
    let scan = prefilter::scan(text, &sentences);
    let mut dating = date::DateContext::new(article.published);
    // The tokens of each sentence lexed here, kept for the quote and position pass, which
    // would lex them again. A body too long to keep them all keeps none, and runs that pass
    // first, lexing what it needs: its lists of names and words are then gone before the
    // claims of this pass pile up (issue 6).
    let long = article.body.len() > KEEP_TOKENS_UP_TO;
    let mut tokens: Vec<Option<Vec<token::Token>>> = Vec::new();
    // One sentence's findings, made claims before the next sentence: claims are the bulk of
    // what a long text leaves in memory, and are held once. A long body's list starts with
    // its people claims, moved behind the others at the end without copying the list.
    let mut claims: Vec<Claim> = if long {
        people::claims(
            article,
            &sentences,
            &tokens,
            LEAD_SENTENCES,
            &scan.position_candidates,
        )
    } else {
        tokens = vec![None; sentences.len()];
        Vec::new()
    };
    let people_first = claims.len();
    // Room for the claims of this pass from the start: a list grown by doubling copies every
    // claim it holds each time it grows. Read sentences make about one and a half claims each.
    // A long body grows its lists as it goes: a guess short of its claims would be doubled
    // once more at the end, past the peak memory of issue 6.
    let read = if long {
        0
    } else {
        scan.may_state_figure_or_date.iter().filter(|&&m| m).count()
    };
    claims.reserve(read + read / 2);
    let mut found: Vec<Found> = Vec::new();
    let mut scratch = Scratch::default();
    // The time cues of each claim, read once the article's reference year is known.
    let mut cues: Vec<Rc<TimeCues>> = Vec::with_capacity(read + read / 2);
    // Whether each claim is the article's date stamp, told once as it is made: the stamp
    // dates the story, and is dropped at the end.
    let mut stamps: Vec<bool> = Vec::with_capacity(read + read / 2);
    let mut latest_year: Option<i32> = None;
    // Where the sums of counts told only as their parts are (`joined_total`).
    let mut sums: Vec<usize> = Vec::new();
    for (n, s) in sentences.iter().enumerate() {
        if !scan.may_state_figure_or_date[n] {
            continue;
        }
        let w = Words::new(text, s.span);
        extract_sentence(
            &w,
            n < LEAD_SENTENCES,
            &mut dating,
            &mut scratch,
            &mut found,
        );
        // In text order within their sentence, as sentences come in text order: the sort of
        // the whole list below then finds it in order and needs next to no scratch memory.
        // A claim has the span of its finding, and the sort is stable: sorting the findings
        // before they are made claims gives the order sorting the claims gave.
        found.sort_by_key(|f| (f.span.start(), f.span.end()));
        for f in found.drain(..) {
            latest_year = latest_year.max(f.year);
            if f.span.indexes(text) && f.sentence.contains(f.span) {
                cues.push(Rc::clone(&f.cues));
                if f.sum {
                    sums.push(claims.len());
                }
                // Made in its place in the list, then asked whether it is a stamp.
                claims.push(claim(article, f));
                stamps.push(claims.last().is_some_and(|c| is_date_stamp(text, c)));
            }
        }
        if let Some(kept) = tokens.get_mut(n) {
            *kept = Some(w.toks);
        }
    }
    let month_of_story = story_month(article, &claims[people_first..], &stamps);
    // The year of publication, else of the story's own stamp ("Tuesday 19 Jul 2016 US-led
    // strikes kill …"), else the latest year the story names: an undated story that names
    // only "the 2004 tsunami" besides its stamp is not of 2004.
    let ref_year = match month_of_story {
        StoryMonth::Published(d) => Some(i32::from(d.year())),
        _ => latest_year,
    };
    let earlier_date =
        sentences_dated_earlier(&claims[people_first..], &cues, &stamps, month_of_story);
    // The sentence of the claim before and whether it told of an earlier happening, and the
    // same of the sentence before that one: "That temblor killed …" goes on about it.
    let mut last: Option<(Span, bool)> = None;
    let mut before_last = false;
    for (c, cues) in claims.iter_mut().skip(people_first).zip(cues) {
        if let Some((s, bg)) = last
            && s != c.sentence
        {
            before_last = bg;
        }
        let sentence_bg = cues.background(ref_year)
            || in_a_when_clause_of_an_earlier_year(text, &cues, c.span, ref_year)
            || earlier_month(&cues, c.lead, month_of_story)
            || (cues.refers_back && before_last)
            || last_week_toll(&cues, c)
            || cues.habitual_for(c.span.start());
        let similar = cues.after_similar(c.span.start());
        // "… killing at least five people on Tuesday in a region devastated by the tsunami of
        // 2004": the year is an aside after the claim, in a sentence dated to its own day.
        // "Hale, who won his first Oscar in 1975, died on Sunday": the year is of a clause
        // before the claim, set off by commas.
        // "116 seats, up from 107 in 2022": the year dates the earlier value the claim is
        // compared with.
        let own_day_before_year = cues.day_before_years(c.span.start())
            || cues.years_in_later_clause(c.span.start())
            || cues.years_in_earlier_clause(c.span.start())
            || cues.years_of_an_earlier_value(c.span.start());
        // In text order, as the claims are: a search, not a scan, on texts of many sentences.
        let dated = earlier_date
            .binary_search_by_key(&c.sentence.start(), |(s, _)| s.start())
            .ok()
            .and_then(|k| earlier_date.get(k));
        let dated_earlier = dated.is_some();
        // "Two years ago Veridian had tried to buy Tallis for $21 billion": a sum of years
        // back is an earlier value of its measure, as one "in 2024" is.
        let dated_years_back = dated.is_some_and(|&(_, years_back)| years_back);
        last = Some((c.sentence, sentence_bg || similar));
        // A sum or share with a measure of its own reads "last year" or "a year earlier" as
        // its own time (an earlier profit), not as an earlier happening of its sentence.
        // A year before the story's ("sales of $2.1 billion in 2025" in 2026) makes it an
        // earlier value of its measure, as "last year" does ("revenue of $2.1 billion last
        // year"): the two line up, and neither is an earlier happening.
        let reads_its_time = amount::reads_its_time(&c.value);
        // "They were freed for a ransom of $6 million", after a sentence on 2023: a sum of
        // that earlier happening.
        if reads_its_time
            && (cues.background_by_year(ref_year)
                || dated_years_back
                || (cues.refers_back && before_last))
            && !cues.years_of_an_earlier_value(c.span.start())
        {
            mark_earlier(c);
        }
        c.background = if reads_its_time {
            false
        } else if own_day_before_year {
            similar || dated_earlier
        } else {
            sentence_bg || similar || dated_earlier
        } || cues.names_earlier(c.span.start());
    }
    // A sum of parts is the toll of a story that states none: one that states its toll
    // ("Five people were killed") needs none, and a sum that differs adds up only some of
    // the dead ("30 soldiers and 39 rebels had been killed since Wednesday afternoon").
    let mut dropped = stamps;
    for &k in &sums {
        if stated_elsewhere(&claims, k, &sums) {
            dropped[k - people_first] = true;
        }
    }
    // The stamps and needless sums go before the people claims join the list: the claims
    // after them move up, and only this pass's claims can be either.
    if dropped.contains(&true) {
        let mut n = 0;
        claims.retain(|_| {
            let drop = n >= people_first && dropped.get(n - people_first) == Some(&true);
            n += 1;
            !drop
        });
    }
    // The people claims follow the others (their order where spans tie).
    if long {
        claims.rotate_left(people_first);
    } else {
        let people = people::claims(
            article,
            &sentences,
            &tokens,
            LEAD_SENTENCES,
            &scan.position_candidates,
        );
        claims.reserve_exact(people.len());
        claims.extend(people);
    }
    drop(tokens);
    age::drop_ages_of_two(text, &mut claims);
    name_shared_currencies(text, &mut claims);
    claims.sort_by_key(|c| (c.span.start(), c.span.end()));
    let mut number = itoa::Buffer::new();
    for (n, c) in claims.iter_mut().enumerate() {
        let n = number.format(n + 1);
        let mut id = String::with_capacity(article.id.len() + 1 + n.len());
        id.push_str(&article.id);
        id.push('#');
        id.push_str(n);
        c.id = id;
    }
    Extraction { sentences, claims }
}

/// Whether the article states a count of the measure the sum at `k` adds up, besides the
/// sums `sums`: a whole count (no part) of people, of this story's happening.
fn stated_elsewhere(claims: &[Claim], k: usize, sums: &[usize]) -> bool {
    let Value::Quantity(q) = &claims[k].value else {
        return false;
    };
    claims.iter().enumerate().any(|(n, c)| {
        matches!(&c.value, Value::Quantity(o)
            if !o.subset && o.counts_people && o.measure == q.measure && !c.background)
            && !sums.contains(&n)
    })
}

/// Gives bare rupees and shillings the code of the country the story is from
/// (`currency_country`): "Rs1 million" in a story from Lahore is PKR, "588 million shillings"
/// in one from Nairobi KES.
fn name_shared_currencies(text: &str, claims: &mut [Claim]) {
    let unit_is = |c: &Claim, code: &str| match &c.value {
        Value::Quantity(q) => q.unit.as_deref() == Some(code),
        _ => false,
    };
    let bare_rupees =
        |c: &Claim| unit_is(c, "INR") && currency_country::bare_rupees(c.span.slice(text));
    let bare_shillings = |c: &Claim| unit_is(c, "SHILLING");
    let rupees = claims.iter().any(bare_rupees);
    let shillings = claims.iter().any(bare_shillings);
    let rupee_code = rupees.then(|| currency_country::rupee_code(text)).flatten();
    let shilling_code = shillings
        .then(|| currency_country::shilling_code(text))
        .flatten();
    if rupee_code.is_none() && shilling_code.is_none() {
        return;
    }
    for c in claims.iter_mut() {
        let code = if bare_rupees(c) {
            rupee_code
        } else if bare_shillings(c) {
            shilling_code
        } else {
            None
        };
        if let Some(code) = code
            && let Value::Quantity(q) = &mut c.value
        {
            q.unit = Some(code.to_string());
            c.topic = figure::topic_of(q);
        }
    }
}

/// Makes a sum's or share's measure an earlier value of it ("revenue" → "earlier revenue"),
/// in its value and its topic; a measure already earlier is left as it is.
fn mark_earlier(c: &mut Claim) {
    let Value::Quantity(q) = &mut c.value else {
        return;
    };
    let Some(m) = q.measure.as_mut() else {
        return;
    };
    // "forecast earlier level" is earlier already.
    if m.split(' ').any(|word| word == "earlier") {
        return;
    }
    *m = format!("earlier {m}");
    c.topic = figure::topic_of(q);
}

/// When the story's own happening took place, as far as a month dated alone can be told
/// from it.
#[derive(Debug, Clone, Copy)]
enum StoryMonth {
    /// The day of publication (or of the story's stamp).
    Published(jiff::civil::Date),
    /// No publication date, but the story dates something to a day counted from it ("on
    /// Sunday", "yesterday"): a month named alone past the opening dates something else.
    DayNamed,
    Unknown,
}

/// `stamps` tells which of `claims` is the article's date stamp (`is_date_stamp`).
fn story_month(article: &Article, claims: &[Claim], stamps: &[bool]) -> StoryMonth {
    if let Some(d) = article.published {
        return StoryMonth::Published(d);
    }
    // "Monday 09 September 2013" atop the story: its stamp.
    let stamp = claims
        .iter()
        .zip(stamps)
        .find_map(|(c, &stamp)| match &c.value {
            Value::Date(d) if stamp => d.start.as_deref()?.get(..10)?.parse().ok(),
            _ => None,
        });
    if let Some(day) = stamp {
        return StoryMonth::Published(day);
    }
    let named_day = claims.iter().any(|c| {
        matches!(&c.value, Value::Date(d)
            if d.relative && d.granularity == crate::model::Granularity::Day)
    });
    if named_day {
        StoryMonth::DayNamed
    } else {
        StoryMonth::Unknown
    }
}

/// Whether a sentence past the opening tells of an earlier happening by its month alone
/// ("The same island was hit by a 6.1 quake in September"): a month before that of
/// publication, or any month in an undated story that dates its happening to a day ("on Sunday").
/// "last month" is earlier in any story, in its opening too. A sentence that also names a day,
/// looks ahead or counts a running total is left as it is.
fn earlier_month(cues: &TimeCues, lead: bool, story: StoryMonth) -> bool {
    if cues.names_day || cues.ahead || cues.perfect || cues.running {
        return false;
    }
    // "Talks last month in Addis Ababa collapsed after three days."
    if cues.last_month {
        return true;
    }
    if lead {
        return false;
    }
    let Some(month) = cues.in_month else {
        return false;
    };
    match story {
        StoryMonth::Published(p) => month < p.month(),
        StoryMonth::DayNamed => true,
        StoryMonth::Unknown => false,
    }
}

/// Whether the claim at `span` stands in a "when" clause right after a year before
/// `ref_year` ("The episode has revived memories of December 2022, when roughly 600 pharmacies
/// ran short"): the clause tells of that year, whatever tense the rest of the sentence has.
fn in_a_when_clause_of_an_earlier_year(
    text: &str,
    cues: &TimeCues,
    span: Span,
    ref_year: Option<i32>,
) -> bool {
    let Some(reference) = ref_year else {
        return false;
    };
    cues.years
        .iter()
        .zip(&cues.year_starts)
        .filter(|&(&y, &at)| y < reference && at < span.start())
        .any(|(_, &at)| {
            let Some(between) = text.get(at..span.start()) else {
                return false;
            };
            // The year's digits, then ", when" and the clause up to the claim.
            let after_year = between.trim_start_matches(|c: char| c.is_ascii_digit());
            after_year
                .strip_prefix(", when ")
                .is_some_and(|clause| !clause.contains([',', ';', '.', ':']))
        })
}

/// Whether a figure past the opening counts what happened "last week" ("Last week, a grenade
/// attack on a police van injured five officers"): an earlier happening's toll, not the
/// story's. Dates and lengths of such sentences are left to the date rules. Only a count of
/// what befell people is a toll: "78% of the 412 pharmacies it surveyed could not fill
/// prescriptions last week" tells of the story's own shortage.
fn last_week_toll(cues: &TimeCues, c: &Claim) -> bool {
    cues.last_week
        && !c.lead
        && matches!(&c.value, Value::Quantity(q) if q.counts_people && q.measure.is_some())
        && !(cues.names_day || cues.ahead || cues.perfect || cues.running)
}

/// Days before publication from which a date past the opening dates an earlier happening
/// ("the ceasefire that collapsed on September 19" in a story of October 13).
const EARLIER_DAYS: i64 = 14;

/// The sentences that date something earlier: to a day, week or month ending more than
/// `EARLIER_DAYS` before publication, or, past the opening of an undated story that names a
/// day of its own, to a month ("At the end of July, an armed man robbed …"). Sentences that
/// name a day too, look ahead or count a running total are left out. `stamps` tells which
/// claim is the article's date stamp. A year told from the publication date two or more
/// years back ("two years ago") dates its sentence earlier too, and is marked beside it:
/// a sum there is an earlier value of its measure.
fn sentences_dated_earlier(
    claims: &[Claim],
    cues: &[Rc<TimeCues>],
    stamps: &[bool],
    story: StoryMonth,
) -> Vec<(Span, bool)> {
    use crate::model::Granularity;
    let mut found = Vec::new();
    for ((c, cues), &stamp) in claims.iter().zip(cues).zip(stamps) {
        let Value::Date(d) = &c.value else {
            continue;
        };
        // Years are read by the sentence's cues (`TimeCues::background`), but for a year
        // told from the publication date at least two years back ("two years ago"), which
        // names no year.
        let years_back = |published: jiff::civil::Date| {
            d.relative
                && d.granularity == Granularity::Year
                && d.end
                    .as_deref()
                    .and_then(|e| e.get(..4))
                    .and_then(|y| y.parse::<i16>().ok())
                    .is_some_and(|y| y <= published.year() - 2)
        };
        let back = matches!(story, StoryMonth::Published(p) if years_back(p));
        let fine = matches!(
            d.granularity,
            Granularity::Day | Granularity::Week | Granularity::Month
        ) || back;
        // "the deadliest since the February 2023 disaster": a date of the earlier happening a
        // superlative measures against makes only the claims after it background.
        let aside = cues.names_earlier(c.span.start());
        // A stamp ("Tue May 3 2016 Syrian Army killed …") dates the story itself.
        if !fine || aside || cues.names_day || cues.ahead || cues.perfect || cues.running || stamp {
            continue;
        }
        let earlier = match story {
            // A date weeks before publication is earlier in the opening too.
            StoryMonth::Published(published) => {
                let end: Option<jiff::civil::Date> = d
                    .end
                    .as_deref()
                    .and_then(|e| e.get(..10))
                    .and_then(|e| e.parse().ok());
                let days = end.and_then(|e| e.until((jiff::Unit::Day, published)).ok());
                match days {
                    Some(s) => i64::from(s.get_days()) > EARLIER_DAYS,
                    // Unresolved (the date of a stamp resolves nothing): "the end of July"
                    // ("XXXX-07") in a story stamped in September.
                    None => named_month(&d.timex).is_some_and(|m| m < published.month()),
                }
            }
            StoryMonth::DayNamed => {
                !c.lead && named_month(&d.timex).is_some() && d.granularity == Granularity::Month
            }
            StoryMonth::Unknown => false,
        };
        if earlier {
            match found.last_mut() {
                Some((s, b)) if *s == c.sentence => *b |= back,
                _ => found.push((c.sentence, back)),
            }
        }
    }
    found
}

/// The month a month date names by its name ("XXXX-07", "2013-07"), not "this month"
/// ("XXXX-XX").
fn named_month(timex: &str) -> Option<i8> {
    let m = timex.get(5..7)?;
    if timex.len() != 7 || !m.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    m.parse().ok()
}

/// Whether the decade at `span` is a time ("in the 1990s", "the late 1990s", "during the
/// 1980s"), not a kind of thing ("a 1960s tea service").
fn a_time_of_the_decade(w: &Words, span: Span) -> bool {
    let (first, _) = w.tokens_of(span);
    w.low(first) == "the"
        || (first > 0 && matches!(w.low(first - 1), "the" | "in" | "during" | "throughout"))
}

/// The decade of a TIMEX3 value of a decade ("199" for the 1990s).
fn decade_of(timex: &str) -> Option<i32> {
    (timex.len() == 3 && timex.bytes().all(|b| b.is_ascii_digit()))
        .then(|| timex.parse().ok())
        .flatten()
}

/// The claim of a finding of `article`; its id and whether it is background are set once the
/// whole article is read.
fn claim(article: &Article, f: Found) -> Claim {
    Claim {
        // A figure in a sentence that counts a running total ("so far", "since March")
        // belongs with a war's toll, not with one incident's.
        // A count since a day ("since Saturday") is the running toll of the story's own
        // happening: a flood's, an outbreak's.
        event_class: if f.cues.counts_running(f.span.start())
            && !f.cues.running_from_a_day
            && !f.cues.names_earlier(f.span.start())
            && matches!(f.value, Value::Quantity(_))
        {
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
        context: exact(f.context),
        background: false,
        lead: f.lead,
        event: f.event.map(|e| e.0),
        place: f.place,
    }
}

/// `words` holding no more room than they take: a claim's context words are collected in the
/// place of longer lists, and a long text has hundreds of thousands of claims.
fn exact(mut words: Vec<CompactString>) -> Vec<CompactString> {
    words.shrink_to_fit();
    words
}

/// Words that introduce a publication stamp ("Published July 27 2016", "Date of publication
/// 14 August 2016", "Last updated at …"), and the bylines of news agencies that open one ("TNN
/// Nov 12, 2011, 05. 51AM IST MUMBAI:").
const STAMP_WORDS: [&str; 13] = [
    "published",
    "updated",
    "last",
    "at",
    "date",
    "of",
    "publication",
    "posted",
    "on",
    "tnn",
    "pti",
    "ians",
    "ani",
];

/// Whether a date claim is the article's own stamp (a full date with its year at the start of
/// an opening sentence, after nothing but a weekday or stamp words: "Tuesday 19 Jul 2016 US-led
/// strikes kill…", "Published July 27 2016 …"). It dates the article, not a happening.
fn is_date_stamp(text: &str, c: &Claim) -> bool {
    let Value::Date(d) = &c.value else {
        return false;
    };
    if !c.lead || d.granularity != crate::model::Granularity::Day {
        return false;
    }
    let words = c.span.slice(text);
    let has_year = words
        .split(|ch: char| !ch.is_ascii_digit())
        .any(|run| run.len() == 4);
    if !has_year {
        return false;
    }
    // "… Syria Monitor AFP Saturday 25 Jun 2016 Russian and regime …": a weekday and a full
    // date with its year in an opening sentence is a dateline, wherever the headline put it.
    // Words are compared ignoring ASCII case where they were lowercased: no copy of each.
    let weekday = words.split(|ch: char| !ch.is_alphabetic()).any(|w| {
        w.len() >= 6
            && w.as_bytes()
                .get(w.len() - 3..)
                .is_some_and(|end| end.eq_ignore_ascii_case(b"day"))
    });
    if weekday {
        return true;
    }
    // A stamp on its own line after a headline the sentence splitter joined to it: only its
    // own line comes before it.
    let before = Span::new(c.sentence.start(), c.span.start()).slice(text);
    let before = before.rsplit_once('\n').map_or(before, |(_, line)| line);
    before.split(|ch: char| !ch.is_alphanumeric()).all(|w| {
        w.is_empty()
            || STAMP_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
            || w.get(..3).is_some_and(|day| {
                ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .iter()
                    .any(|d| day.eq_ignore_ascii_case(d))
            })
    })
}

/// Gives a date the happening it dates ("talks", "visit", "deadline") as its event and topic,
/// and the names around that happening as context; a date with no happening near it keeps an
/// empty topic and is not compared.
fn attach_happening(w: &Words, f: &mut Found) {
    let Some(h) = happening::happening(w, f.span) else {
        return;
    };
    // "The last blast furnace will be switched off on September 30, the company said", told
    // in May: a day still to come is no day of a saying, which is told once said.
    if h.class == "announcement" && after_publication(&f.value) {
        return;
    }
    // "killed since Wednesday afternoon" counts deaths from that day on: not their date, so it
    // is lined up only with other sources' starts of such a count ("since Saturday" in two
    // reports). A war's "since March 2011" is when the war began: its date.
    let since = h.class != "conflict" && opens_a_period(w, f.span);
    let (open, name, close) = match h.names.first() {
        Some(n) => (" (", n.as_str(), ")"),
        None => ("", "", ""),
    };
    // "Twenty-six civilians were also killed yesterday": another incident than the one the
    // story is about, so its date is lined up only with other sources' dates of such an added
    // incident, never against the day of the story's own. ("The monitor also said on
    // Thursday" is the same speaker again: a saying keeps its topic.)
    let also = h.also && !since && h.class != "announcement";
    // How the topic opens and closes, and what marks the happening's word.
    let (opening, plural, mark) = if since {
        ("start of the ", "s", "since ")
    } else if also {
        ("date of another ", "", "also ")
    } else {
        ("date of the ", "", "")
    };
    f.topic = [opening, h.class, plural, open, name, close].concat();
    for n in &h.names {
        // An ASCII name is lowercased in place, with no String made on the way.
        let n = if n.is_ascii() {
            let mut low = CompactString::from(n.as_str());
            low.make_ascii_lowercase();
            low
        } else {
            CompactString::from(n.to_lowercase())
        };
        if let Err(at) = f.context.binary_search(&n) {
            f.context.insert(at, n);
        }
    }
    let word = if mark.is_empty() {
        h.word
    } else {
        [mark, &h.word].concat()
    };
    f.event = Some((word, h.class));
}

/// Whether a date starts after the day it was told from (its anchor, the publication date).
fn after_publication(value: &Value) -> bool {
    match value {
        Value::Date(d) => match (d.start.as_deref(), d.anchor.as_deref()) {
            (Some(start), Some(anchor)) => start.get(..10) > anchor.get(..10),
            _ => false,
        },
        _ => false,
    }
}

/// Whether the date at `span` is a year ahead that something is to reach "by" ("voted to raise
/// the pension age to 68 by 2034"): a target, no day of the happening the sentence tells.
fn a_target_year(w: &Words, span: Span, timex: &str, dating: &date::DateContext) -> bool {
    let (first, _) = w.tokens_of(span);
    let Some(published) = dating.anchor else {
        return false;
    };
    first >= 1
        && w.low(first - 1) == "by"
        && timex.len() == 4
        && timex
            .parse::<i32>()
            .is_ok_and(|y| y > i32::from(published.year()))
}

/// Whether the year at `span` names a thing rather than when the sentence's happening was:
/// after a determiner or a possessive and before the noun or name it modifies ("awarded the
/// 2036 Summer Games to Doha", "its 2026 budget", "the 2019 report"). A year before a
/// happening's own word, or a few words before it ("the 2024 election", "the 2018 abortion
/// referendum"), dates that happening and is kept.
fn a_year_naming_a_thing(w: &Words, span: Span, timex: &str) -> bool {
    let (first, last) = w.tokens_of(span);
    if timex.len() != 4 || first != last || first == 0 {
        return false;
    }
    // "the 2027-28 academic year": the two years of a season are read as one.
    let (first, last) = season_of(w, first);
    if first == 0 {
        return false;
    }
    let before = w.low(first - 1);
    let determined = matches!(
        before,
        "the" | "its" | "their" | "his" | "her" | "our" | "this" | "a" | "an"
    ) || words::is_possessive(w.raw(first - 1));
    // "killed in the 2011 uprising", "won gold at the 2024 Olympics": after a preposition of
    // time or place, the thing's year is when the happening was.
    let in_time = first >= 2
        && matches!(
            w.low(first - 2),
            "in" | "during"
                | "at"
                | "since"
                | "before"
                | "after"
                | "until"
                | "till"
                | "by"
                | "from"
                | "through"
                | "throughout"
                | "ahead"
        );
    let next = last + 1;
    determined
        && !in_time
        && w.is_word(next)
        && !matches!(
            w.low(next),
            "and" | "or" | "to" | "through" | "until" | "till" | "when" | "before" | "after"
        )
        // "the 2005 peace deal", "the 2015 marriage equality vote": the happening's year.
        && !(next..(next + 3).min(w.len()))
            .take_while(|&k| w.is_word(k))
            .any(|k| happening_word::class_at(w, k).is_some())
        && (!w.capitalized(next) || !lexicon::lexicon().months.contains_key(w.low(next)))
}

/// The first and last tokens of the year at token `k` with the year of a season it is one
/// of ("2025-26", "2023/24"), else `k` alone.
fn season_of(w: &Words, k: usize) -> (usize, usize) {
    let joined = |a: usize| {
        (w.is_dash(a + 1) || w.raw(a + 1) == "/")
            && w.glued(a + 1)
            && w.glued(a + 2)
            && phrase_digits::years_of_a_season(w.raw(a), w.raw(a + 2))
    };
    if k >= 2 && joined(k - 2) {
        (k - 2, k)
    } else if joined(k) {
        (k, k + 2)
    } else {
        (k, k)
    }
}

/// Whether the year at `span` is what a thing is for, not when the sentence's happening
/// was: "approved its budget for 2025-26", "cut its growth forecast for 2025". A year a
/// happening is set for stays ("scheduled for 2026", "the elections for 2026").
fn a_year_a_thing_is_for(w: &Words, span: Span, timex: &str) -> bool {
    let (first, last) = w.tokens_of(span);
    if timex.len() != 4 || first != last {
        return false;
    }
    let (first, _) = season_of(w, first);
    first >= 2
        && w.low(first - 1) == "for"
        && w.is_word(first - 2)
        && !w.low(first - 2).ends_with("ed")
        && !matches!(
            w.low(first - 2),
            "set" | "due" | "time" | "on" | "back" | "up"
        )
        && happening_word::class_at(w, first - 2).is_none()
}

/// Whether the date at `span` is where a running period starts ("killed in battles since
/// Wednesday afternoon"): the happenings of that period fall on any day from it on.
fn opens_a_period(w: &Words, span: Span) -> bool {
    let (first, _) = w.tokens_of(span);
    // "since" right before the date, or before its article or weekday ("since last Monday",
    // "since the 5th").
    (1..=2).any(|k| first.checked_sub(k).is_some_and(|i| w.low(i) == "since"))
}

/// A claim found in one sentence, before ids and article-wide facts are known.
struct Found {
    span: Span,
    sentence: Span,
    topic: String,
    value: Value,
    context: Vec<CompactString>,
    event: Option<(String, &'static str)>,
    /// The year this claim is, when it is one.
    year: Option<i32>,
    cues: Rc<TimeCues>,
    lead: bool,
    /// A sum of counts told only as their parts (`joined_total`).
    sum: bool,
    /// The place a count of people is told of (`place`).
    place: Option<String>,
}

/// The lists one sentence's reading fills, kept from sentence to sentence of an article so
/// that a sentence allocates none of them again.
#[derive(Default)]
struct Scratch {
    phrases: Vec<phrase::Phrase>,
    roles: Vec<Role>,
    dates: date::SentenceDates,
}

fn extract_sentence(
    w: &Words,
    lead: bool,
    dating: &mut date::DateContext,
    scratch: &mut Scratch,
    out: &mut Vec<Found>,
) {
    let sentence = w.sentence;
    let Scratch {
        phrases,
        roles,
        dates,
    } = scratch;
    // What each token can start is read once for the number phrases and the dates.
    let starts = token_starts::token_starts(w);
    find_phrases_in(w, &starts, phrases);
    roles.clear();
    roles.extend(phrases.iter().map(|p| role::role(w, p)));
    let (phrases, roles) = (&*phrases, &*roles);
    date::dates_in(w, starts, phrases, roles, dating, dates);
    if phrases.is_empty() && dates.dates.is_empty() && dates.durations.is_empty() {
        return;
    }
    // A figure read from the digits of a date ("1957-58", "mid-2015") is no figure.
    let in_date = |span: Span| {
        let date = |d: &date::DateDraft| d.explicit && d.span.overlaps(span);
        dates.dates.iter().any(date) || dates.durations.iter().any(|d| d.span.overlaps(span))
    };
    // "in the late 1990s": a decade written out is as far back as its last year (an empty
    // list, which allocates nothing, in most sentences). Not a decade that describes a thing
    // ("a 1960s tea service"), nor one told from another date ("the end of the decade").
    let decades: Vec<(i32, usize)> = dates
        .dates
        .iter()
        .filter(|d| d.explicit && a_time_of_the_decade(w, d.span))
        .filter_map(|d| Some((decade_of(&d.date.timex)? * 10 + 9, d.span.start())))
        .collect();
    // Read what the sentence's claims ask of its words once, and only if it yields a claim.
    let facts: OnceCell<SentenceFacts> = OnceCell::new();
    let facts = || {
        facts.get_or_init(|| {
            // The sentence's years, and where each starts.
            let (mut years, mut year_starts): (Vec<i32>, Vec<usize>) = phrases
                .iter()
                .zip(roles)
                .filter(|(_, r)| **r == Role::Year)
                .map(|(p, _)| (p.value as i32, w.span(p.first, p.first).start()))
                .unzip();
            for &(year, start) in &decades {
                years.push(year);
                year_starts.push(start);
            }
            SentenceFacts::new(w, years, year_starts)
        })
    };
    let found =
        |span: Span, topic: String, value: Value, event: Option<(String, &'static str)>| Found {
            context: facts().context_words(w, span),
            span,
            sentence,
            topic,
            value,
            event,
            year: None,
            cues: Rc::clone(facts().cues()),
            lead,
            sum: false,
            place: None,
        };
    // The age of a person told by a noun alone, with what befell them: "age of the man
    // suspect" (see `age::one_fate`).
    let unnamed_age = |a: age::UnnamedAge, fate: &'static str| {
        // "The suspect, 22, was arrested": a suspect, not a "suspect suspect".
        let who = if a.noun == fate {
            a.noun.to_string()
        } else {
            [a.noun, " ", fate].concat()
        };
        let topic = [age::UNNAMED, &who].concat();
        let quantity = Quantity::exact(a.years, "years", "age", Some(who));
        found(a.span, topic, Value::Quantity(quantity), None)
    };
    // One side of a vote: so many votes for, against or abstaining.
    let vote_found = |side: tally::Side, measure: &str, event| {
        let quantity = Quantity::exact(side.votes, "votes", measure, None);
        let topic = ["votes ", measure].concat();
        found(
            w.span(side.first, side.last),
            topic,
            Value::Quantity(quantity),
            event,
        )
    };
    let push_duration = |d: duration::DurationDraft, out: &mut Vec<Found>| {
        // "one day after the shooting", "hours earlier": how long between two happenings, a
        // length of neither, lined up only with other such times.
        let (first, last) = w.tokens_of(d.span);
        // "the second attack in five years", "within six hours of the attack": a window
        // something is counted in or happened within, no length of anything.
        if d.what.is_none() && duration::window(w, first, last) {
            out.push(found(
                d.span,
                String::new(),
                Value::Duration(d.duration),
                None,
            ));
            return;
        }
        if d.what.is_none()
            && let Some(side) = duration::offset_side(w, first, last)
        {
            let event = facts().event_near(w, d.anchor);
            let topic = event
                .as_ref()
                .map(|e| ["time ", side, " ", &e.0].concat())
                .unwrap_or_default();
            out.push(found(d.span, topic, Value::Duration(d.duration), event));
            return;
        }
        let named = d.what.as_deref().and_then(|what| {
            let head = what.rsplit(' ').next().unwrap_or(what);
            lexicon::lexicon()
                .events
                .get(head)
                .map(|c| (what.to_string(), *c))
        });
        let event = named.or_else(|| facts().event_near(w, d.anchor));
        // A thing tied to the length by its words ("the blackout lasted", "jailed for", "five
        // years in prison") before the nearest happening of the sentence.
        let what = d
            .what
            .clone()
            .map(duration::one_name)
            .or_else(|| duration::spell_before(w, first))
            .or_else(|| duration::spell_after(w, last))
            .or_else(|| event.as_ref().map(|e| e.0.clone()));
        // "Prosecutors had sought a 15-year term": a length asked for, not handed down;
        // "spent four years in prison": time served.
        let what = duration::sought_sentence(w, first, what.as_deref())
            .or_else(|| duration::time_served(w, first, what.as_deref()))
            .or(what);
        // "killed in the past 24 hours", "the last few days of fighting": the stretch a count
        // looks back over, lined up only with such stretches, never with how long a thing
        // lasted.
        let opening = if duration::looks_back(w, first) {
            "recent period of "
        } else {
            "length of "
        };
        let topic = what.map(|x| [opening, &x].concat()).unwrap_or_default();
        out.push(found(d.span, topic, Value::Duration(d.duration), event));
    };
    // The sentence's latest figure (its place in `out`, its last token): a bare number after
    // it may be a part of it.
    let mut before: Option<(usize, usize)> = None;
    // Whether the sentence can state a figure as a mere possibility, asked at its first figure.
    let may_suppose: OnceCell<bool> = OnceCell::new();
    // Phrases before this one are read already, as later parts of a length ("4 mins" of
    // "1hr 4 mins") or the second side of a tally.
    let mut next_free = 0;
    for (n, (p, r)) in phrases.iter().zip(roles).enumerate() {
        if n < next_free {
            continue;
        }
        // "passed 52-48", "218 in favour and 212 against": the votes for and against.
        if let Some((t, takes_next)) = tally::tally_at(w, phrases, n) {
            if takes_next {
                next_free = n + 2;
            }
            let event = facts().event_near(w, p.first);
            for (side, measure) in [(t.for_, "for"), (t.against, "against")] {
                out.push(vote_found(side, measure, event.clone()));
            }
            continue;
        }
        if let Some((side, measure)) = tally::side_at(w, p) {
            let event = facts().event_near(w, p.first);
            out.push(vote_found(side, measure, event));
            continue;
        }
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
                let may_suppose = *may_suppose.get_or_init(|| facts().may_suppose());
                let Some(f) = figure::figure(w, p, whole, may_suppose) else {
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
                let event = facts().event_near(w, f.anchor);
                before = Some((out.len(), f.last));
                let (first, _) = w.tokens_of(f.span);
                let priced = q.measure.as_deref() == Some("cost");
                let place = if q.counts_people && q.measure.is_some() {
                    place::place_of_count(w, first, f.last)
                } else if priced {
                    place::place_of_price(w, first)
                } else {
                    None
                };
                // "A 61-year-old woman was stabbed": one victim, and her age.
                let age = (one && q.counts_people)
                    .then(|| age::within_one_counted(w, p.first, f.last))
                    .flatten()
                    .zip(q.measure.as_deref().and_then(age::one_fate));
                let mut claim = found(f.span, f.topic, Value::Quantity(f.quantity), event);
                claim.place = place;
                out.push(claim);
                if let Some((a, fate)) = age {
                    out.push(unnamed_age(a, fate));
                }
            }
            Role::Duration(unit) => {
                // "an hour and 20 minutes": a part of a length the date reader made whole.
                let part = dates
                    .durations
                    .iter()
                    .any(|d| d.span.contains(w.span(p.first, unit)));
                if part {
                    continue;
                }
                if let Some(mut d) = duration::duration(w, p, unit) {
                    // "1hr 4 mins", "two hours and 30 minutes", "2 hours, 6 minutes and 41
                    // seconds": one length.
                    let mut k = n + 1;
                    while let (Some(q), Some(&Role::Duration(u))) = (phrases.get(k), roles.get(k))
                        && let Some(both) =
                            duration::duration(w, q, u).and_then(|b| duration::joined(w, &d, &b))
                    {
                        d = both;
                        k += 1;
                        next_free = k;
                    }
                    push_duration(d, out);
                }
            }
            // "Linda Hughes, 67,": the age of a named person, one fact about one person.
            Role::Age => {
                if let Some(a) = age::named_age(w, p) {
                    let quantity = Quantity::exact(a.years, "years", "age", Some(a.name.clone()));
                    let topic = format!("age of {}", a.name);
                    out.push(found(a.span, topic, Value::Quantity(quantity), None));
                } else if let Some(a) = age::unnamed_age(w, p) {
                    // "a 47-year-old man was arrested": one person of the story, told by
                    // what befell them.
                    if let Some(fate) = age::fate(w, p.first, &a) {
                        out.push(unnamed_age(a, fate));
                    }
                }
            }
            // Years, days of dates, relative dates: read by the date extractor.
            _ => {}
        }
    }
    // "killed a policeman and two others": the toll its parts add up to.
    push_joined_totals(w, phrases, roles, out, found);
    for d in dates.durations.drain(..) {
        // "the most productive in years", "the worst in a decade": a stretch that a
        // comparison looks back over, no length of the happening around it.
        let window = matches!(w.low(d.anchor), "a" | "an")
            || lexicon::lexicon().time_units.contains_key(w.low(d.anchor));
        if window && d.anchor >= 1 && w.low(d.anchor - 1) == "in" && d.what.is_none() {
            out.push(found(
                d.span,
                String::new(),
                Value::Duration(d.duration),
                None,
            ));
            continue;
        }
        push_duration(d, out);
    }
    for d in dates.dates.drain(..) {
        let now = d.date.timex == "PRESENT_REF";
        let target = a_target_year(w, d.span, &d.date.timex, dating)
            || a_year_naming_a_thing(w, d.span, &d.date.timex)
            || a_year_a_thing_is_for(w, d.span, &d.date.timex);
        let mut f = found(d.span, String::new(), Value::Date(d.date), None);
        f.year = d.year;
        // "DUBLIN, Jan 27 - A storm that battered …": a dateline dates the report, no
        // happening of the story. "Five people are now known to have died": "now" tells how
        // far a count has come, no day of what it counts.
        if !is_dateline(w, d.span) && !now && !target {
            attach_happening(w, &mut f);
        }
        out.push(f);
    }
}

/// Adds the sums of the counts of people the sentence tells only as their parts
/// (`joined_total`) to its findings `out`, each made by `found` with the happening of its
/// first part.
fn push_joined_totals(
    w: &Words,
    phrases: &[phrase::Phrase],
    roles: &[Role],
    out: &mut Vec<Found>,
    found: impl Fn(Span, String, Value, Option<(String, &'static str)>) -> Found,
) {
    // Most sentences count no people with a measure: nothing to add up.
    let counts = out
        .iter()
        .any(|f| matches!(&f.value, Value::Quantity(q) if q.counts_people && q.measure.is_some()));
    if !counts {
        return;
    }
    let figures: Vec<joined_total::SentenceFigure> = out
        .iter()
        .filter_map(|f| match &f.value {
            Value::Quantity(quantity) => {
                let (first, last) = w.tokens_of(f.span);
                Some(joined_total::SentenceFigure {
                    first,
                    last,
                    quantity,
                })
            }
            _ => None,
        })
        .collect();
    let totals = joined_total::joined_totals(w, phrases, roles, &figures);
    drop(figures);
    for t in totals {
        let span = w.span(t.first, t.last);
        // Each count of the list is a part of the sum ("two soldiers, a policeman and …").
        for f in out.iter_mut().filter(|f| span.contains(f.span)) {
            if let Value::Quantity(q) = &mut f.value
                && !q.subset
            {
                q.subset = true;
                f.topic = figure::topic_of(q);
            }
        }
        let event = out
            .iter()
            .find(|f| f.span.start() == span.start())
            .and_then(|f| f.event.clone());
        let topic = figure::topic_of(&t.quantity);
        let mut f = found(span, topic, Value::Quantity(t.quantity), event);
        f.sum = true;
        out.push(f);
    }
}

/// Whether the date at `span` is the story's dateline: at the start of its sentence after a
/// place of capitalized words and a comma ("DUBLIN, Jan 27 -", "BREMEN, Germany, Oct 8 -"),
/// and followed by a dash, maybe after an agency in brackets ("(Reuters) -").
fn is_dateline(w: &Words, span: Span) -> bool {
    let (first, last) = w.tokens_of(span);
    if !(2..=8).contains(&first) || !w.is_punct(first - 1, ",") {
        return false;
    }
    let place = (0..first - 1).all(|i| w.is_punct(i, ",") || (w.is_word(i) && w.capitalized(i)));
    let mut k = last + 1;
    if w.is_punct(k, "(") {
        while k < w.len() && k < last + 8 && !w.is_punct(k, ")") {
            k += 1;
        }
        k += 1;
    }
    place && w.is_word(0) && w.is_dash(k)
}

/// The article files shipped with the project (`articles/` and the constructed events of
/// `tests/fixtures/events/`), for tests that check a fast path against a slow one on every
/// shipped sentence.
#[cfg(test)]
fn shipped_article_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![root.join("articles"), root.join("tests/fixtures/events")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("readable folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt" || x == "md") {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(files.len() > 50, "{} files", files.len());
    files
}

#[cfg(test)]
mod dateline_tests {
    use super::*;

    fn dateline(s: &str, date: &str) -> bool {
        let w = Words::new(s, Span::new(0, s.len()));
        let at = s.find(date).unwrap();
        is_dateline(&w, Span::new(at, at + date.len()))
    }

    #[test]
    fn a_dateline_dates_the_report() {
        assert!(dateline(
            "DUBLIN, Jan 27 - A storm battered the coast.",
            "Jan 27"
        ));
        assert!(dateline(
            "BREMEN, Germany, Oct 8 (Reuters) - Police freed four hostages.",
            "Oct 8"
        ));
        // A date in the story, or after a clause that is no place, is the happening's.
        assert!(!dateline("The storm hit on Jan 27 - and stayed.", "Jan 27"));
        assert!(!dateline(
            "Police said, Jan 27 - the day of the storm.",
            "Jan 27"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Qualifier;

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

    /// The background flag of each claim of `body` (published on `published`, if given), by
    /// its words.
    fn backgrounds(body: &str, published: Option<&str>) -> Vec<(String, bool)> {
        let mut a = Article::from_text("a", body);
        a.published = published.and_then(|p| p.parse().ok());
        extract(&a)
            .claims
            .iter()
            .map(|c| (c.span.slice(&a.text).to_string(), c.background))
            .collect()
    }

    fn is_background(found: &[(String, bool)], text: &str) -> bool {
        found
            .iter()
            .find(|(t, _)| t == text)
            .unwrap_or_else(|| panic!("no claim {text:?} in {found:?}"))
            .1
    }

    /// The words and TIMEX3 values of the duration claims of `body`.
    fn lengths(body: &str) -> Vec<(String, String)> {
        let a = Article::from_text("a", body);
        extract(&a)
            .claims
            .iter()
            .filter_map(|c| match &c.value {
                Value::Duration(d) => Some((c.span.slice(&a.text).to_string(), d.timex.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_qualifier_bounds_a_length_written_without_a_number() {
        let bound = |body: &str| {
            let a = Article::from_text("a", body);
            extract(&a)
                .claims
                .iter()
                .find_map(|c| match &c.value {
                    Value::Duration(d) => Some((
                        c.span.slice(&a.text).to_string(),
                        d.qualifier,
                        d.interval.low(),
                        d.interval.high(),
                    )),
                    _ => None,
                })
                .unwrap()
        };
        // "nearly a decade" against "nine years" is no contradiction.
        assert_eq!(
            bound("JNIM has waged an insurgency for nearly a decade."),
            (
                "nearly a decade".to_string(),
                Qualifier::Nearly,
                Some(9.0),
                Some(10.0)
            )
        );
        assert_eq!(
            bound("The search lasted more than a week.").1,
            Qualifier::AtLeast
        );
        assert_eq!(bound("The search lasted a week.").1, Qualifier::Exact);
    }

    #[test]
    fn a_length_in_three_units_of_a_clock_is_one_length() {
        let s = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            lengths("Kiprono won in two hours, six minutes and 41 seconds."),
            [s("two hours, six minutes and 41 seconds", "PT7601S")]
        );
        assert_eq!(
            lengths("He won in 2 hours 6 minutes 41 seconds."),
            [s("2 hours 6 minutes 41 seconds", "PT7601S")]
        );
        // Units that do not follow one another stay apart.
        assert_eq!(lengths("It took 2 hours, not 5 years.").len(), 2);
        // Years and months are one length as a term served, two lengths elsewhere.
        assert_eq!(
            lengths("He was sentenced to four years and six months in prison."),
            [s("four years and six months", "P54M")]
        );
        assert_eq!(
            lengths("How will I look twenty-one years and six months from now?").len(),
            2
        );
    }

    #[test]
    fn a_year_in_a_relative_clause_before_the_claim_is_that_clauses() {
        let body = "Desmond Hale, who won his first Oscar in 1975, died on Sunday. \
                    The plant in Fairhaven, which opened in 1968, employs about 2,300 people.";
        let found = backgrounds(body, Some("2026-06-10"));
        assert!(is_background(&found, "1975"), "{found:?}");
        assert!(!is_background(&found, "Sunday"), "{found:?}");
        assert!(!is_background(&found, "about 2,300 people"), "{found:?}");
    }

    #[test]
    fn a_count_since_a_day_is_the_happenings_own_toll() {
        let class = |body: &str| {
            let a = Article::from_text("a", body);
            extract(&a)
                .claims
                .into_iter()
                .find(|c| matches!(c.value, Value::Quantity(_)))
                .and_then(|c| c.event_class)
        };
        // A flood's toll so far, as "Floods have killed five people" tells it.
        for body in [
            "Five people have died in the floods since Saturday.",
            "Five people have died in the floods since Oct. 3.",
        ] {
            assert_eq!(class(body).as_deref(), Some("incident"), "{body}");
        }
        // A war's toll since a year is a running total.
        assert_eq!(
            class("More than 300,000 people have been killed since 2011.").as_deref(),
            Some("conflict")
        );
    }

    #[test]
    fn a_year_after_up_from_dates_the_earlier_value_only() {
        let body = "The Social Democrats won 116 seats, up from 107 seats in 2022. \
                    Turnout was 83.1%, down from 84.2% four years ago.";
        let found = backgrounds(body, Some("2026-09-15"));
        assert!(!is_background(&found, "116 seats"), "{found:?}");
        assert!(is_background(&found, "107 seats"), "{found:?}");
        let found = topics(body, Some("2026-09-15"));
        assert_eq!(topic_of(&found, "83.1%"), "turnout in percent");
        assert_eq!(topic_of(&found, "84.2%"), "earlier turnout in percent");
    }

    #[test]
    fn a_yearly_rate_is_no_count_of_the_story() {
        let body = "The ferry sinking killed 18 people on Tuesday. \
                    About 30 people die in ferry accidents in Bangladesh every year. \
                    Dozens drown each year on the river. \
                    The toll rose to 24, as families asked how a festival that draws \
                    lakhs of pilgrims every year had two gates.";
        let found = backgrounds(body, Some("2026-06-10"));
        assert!(!is_background(&found, "18 people"), "{found:?}");
        assert!(is_background(&found, "About 30 people"), "{found:?}");
        assert!(is_background(&found, "Dozens drown"), "{found:?}");
        assert!(!is_background(&found, "24"), "{found:?}");
    }

    #[test]
    fn a_sum_of_years_back_is_an_earlier_value() {
        let body = "Veridian agreed to buy Tallis for $28.4 billion. \
                    Two years ago, Veridian had tried to buy Tallis for $21 billion.";
        let found = topics(body, Some("2026-06-15"));
        assert_eq!(topic_of(&found, "$28.4 billion"), "deal in USD");
        assert_eq!(topic_of(&found, "$21 billion"), "earlier deal in USD");
        // A year ago is the usual earlier value of a measure, no earlier happening.
        let found = backgrounds(
            "Revenue rose to $5bn from $4bn a year ago.",
            Some("2026-06-15"),
        );
        assert!(!is_background(&found, "$5bn"), "{found:?}");
    }

    #[test]
    fn they_after_a_sentence_of_an_earlier_year_go_on_about_it() {
        let measure_of = |body: &str, text: &str| {
            let mut a = Article::from_text("a", body);
            a.published = "2026-03-14".parse().ok();
            let found = extract(&a);
            found.claims.iter().find_map(|c| match &c.value {
                Value::Quantity(q) if c.span.slice(&a.text) == text => q.measure.clone(),
                _ => None,
            })
        };
        let body = "Gunmen freed 14 hostages on Monday. The group kidnapped nine workers in \
                    2023. They were freed for a ransom of $6 million.";
        assert_eq!(
            measure_of(body, "$6 million").as_deref(),
            Some("earlier ransom")
        );
        // After a sentence of the story's own day, "They were" goes on about that day.
        let body = "Nine workers were kidnapped on Monday. They were freed for a ransom of $6 \
                    million.";
        assert_eq!(measure_of(body, "$6 million").as_deref(), Some("ransom"));
    }

    #[test]
    fn a_toll_of_last_week_past_the_opening_is_background() {
        let body = "A bomb killed a police officer and wounded three civilians on Tuesday. \
                    Police sealed off the road. Officers searched the area. \
                    Last week, a grenade attack on a police van injured five officers. \
                    Last week the talks ended.";
        let found = backgrounds(body, Some("2026-08-05"));
        assert!(!is_background(&found, "three civilians"), "{found:?}");
        assert!(is_background(&found, "five officers"), "{found:?}");
        // The opening's own "last week" is the story's; its dates are the date rules'.
        let body = "Five people were injured in a blast last week, police said.";
        assert!(!is_background(
            &backgrounds(body, Some("2026-08-05")),
            "Five people"
        ));
    }

    /// Each claim's words and topic.
    fn topics(body: &str, published: Option<&str>) -> Vec<(String, String)> {
        let mut a = Article::from_text("a", body);
        a.published = published.and_then(|p| p.parse().ok());
        extract(&a)
            .claims
            .iter()
            .map(|c| (c.span.slice(&a.text).to_string(), c.topic.clone()))
            .collect()
    }

    fn topic_of<'a>(found: &'a [(String, String)], text: &str) -> &'a str {
        &found
            .iter()
            .find(|(t, _)| t == text)
            .unwrap_or_else(|| panic!("no claim {text:?} in {found:?}"))
            .1
    }

    #[test]
    fn a_year_of_the_earlier_value_a_share_is_compared_with_is_not_its_own() {
        let body = "Turnout was 68 percent, up from 63 percent in 2022.";
        let found = topics(body, Some("2026-04-13"));
        assert_eq!(topic_of(&found, "68 percent"), "turnout in percent");
        assert_eq!(topic_of(&found, "63 percent"), "earlier turnout in percent");
        assert!(!is_background(
            &backgrounds(body, Some("2026-04-13")),
            "68 percent"
        ));
        // A year of the share's own before the story's is its time: an earlier value, as
        // "last year" makes it, not a happening told in passing.
        for body in [
            "Turnout was 63 percent in 2022.",
            "Turnout was 63 percent last year.",
        ] {
            let found = topics(body, Some("2026-04-13"));
            assert_eq!(topic_of(&found, "63 percent"), "earlier turnout in percent");
            assert!(!is_background(
                &backgrounds(body, Some("2026-04-13")),
                "63 percent"
            ));
        }
    }

    #[test]
    fn a_workforce_of_a_decade_gone_or_told_with_once_is_background() {
        for s in [
            "At its height in the late 1990s, the plant employed more than 6,000 people.",
            "The plant once employed 6,200 people.",
            "The town was once home to 40,000 people.",
            "In the 1990s, 6,000 people worked at the plant.",
        ] {
            let found = backgrounds(s, Some("2026-03-04"));
            assert!(found.iter().any(|(_, bg)| *bg), "{s}: {found:?}");
        }
        for s in [
            "The Lorain plant employs about 2,700 people.",
            "Once the rescue ends, 300 soldiers will leave.",
            "The museum shows 6,000 objects, from Roman coins to a 1960s tea service.",
            "Delane, once hailed as a rising star, was convicted of 12 counts on Thursday.",
            "It said the plan would save roughly $65 million a year once completed.",
            "The line will carry 40,000 passengers a day once approved by regulators.",
        ] {
            let found = backgrounds(s, Some("2026-03-04"));
            assert!(found.iter().all(|(_, bg)| !*bg), "{s}: {found:?}");
        }
    }

    #[test]
    fn a_having_is_no_perfect_that_makes_an_earlier_year_a_running_total() {
        let found = backgrounds(
            "The bank, which has 212 branches, was hit by a smaller breach in 2019 that exposed \
             the data of roughly 600,000 account holders.",
            Some("2026-03-14"),
        );
        assert!(
            is_background(&found, "roughly 600,000 account holders"),
            "{found:?}"
        );
        let found = backgrounds(
            "The breach has exposed the data of 900,000 account holders since 2019.",
            Some("2026-03-14"),
        );
        assert!(
            !is_background(&found, "900,000 account holders"),
            "{found:?}"
        );
    }

    #[test]
    fn a_perfect_outside_the_clause_of_an_earlier_year_leaves_it_background() {
        let found = backgrounds(
            "Comparisons have been drawn with Baltimore, where six workers died in 2024.",
            Some("2026-03-17"),
        );
        assert!(is_background(&found, "six workers"), "{found:?}");
        let found = backgrounds(
            "The region has seen several deadly floods: in September 2002, floods across the \
             Gard killed 23 people.",
            Some("2026-03-17"),
        );
        assert!(is_background(&found, "23 people"), "{found:?}");
        // In the clause of the year, the perfect counts a running total.
        let found = backgrounds(
            "Six people have died since the floods began in 2024.",
            Some("2026-03-17"),
        );
        assert!(!is_background(&found, "Six people"), "{found:?}");
        let found = backgrounds(
            "The flood has killed 12 people: in 2002, floods killed 23.",
            Some("2026-03-17"),
        );
        assert!(!is_background(&found, "12 people"), "{found:?}");
        assert!(is_background(&found, "23"), "{found:?}");
    }

    #[test]
    fn an_earlier_month_makes_background() {
        let body = "A quake injured five people on Sunday. Rescuers reached the island. \
                    Tents were sent. The same island was hit by a 6.1 quake in September. \
                    That temblor killed at least six people. Officials met again later.";
        // Undated, but the story names its own day.
        let found = backgrounds(body, None);
        assert!(!is_background(&found, "five people"), "{found:?}");
        assert!(is_background(&found, "at least six people"), "{found:?}");
        assert!(is_background(&found, "September"), "{found:?}");
        // Published in November: September is earlier; published in September, it is not.
        let found = backgrounds(body, Some("2026-11-16"));
        assert!(is_background(&found, "at least six people"), "{found:?}");
        let found = backgrounds(body, Some("2026-09-28"));
        assert!(!is_background(&found, "at least six people"), "{found:?}");
        // Undated with no day of its own: nothing tells the month is earlier.
        let body =
            "A quake hit. Rescuers came. Tents were sent. A quake in September killed 7 people.";
        assert!(!is_background(&backgrounds(body, None), "7 people"));
    }

    #[test]
    fn a_month_is_named_by_its_digits() {
        assert_eq!(named_month("XXXX-07"), Some(7));
        assert_eq!(named_month("2013-12"), Some(12));
        assert_eq!(named_month("XXXX-XX"), None);
        assert_eq!(named_month("2013-07-31"), None);
        assert_eq!(named_month("2013"), None);
    }

    #[test]
    fn a_date_weeks_before_publication_makes_background() {
        let body = "Rebels shelled the city on Monday, killing 12 people. \
                    A ceasefire announced on September 9 collapsed on September 19 after 40 people were killed.";
        let found = backgrounds(body, Some("2016-10-13"));
        assert!(!is_background(&found, "12 people"), "{found:?}");
        assert!(is_background(&found, "40 people"), "{found:?}");
        let found = backgrounds(body, Some("2016-09-20"));
        assert!(!is_background(&found, "40 people"), "{found:?}");
        // "last month", in a short story's opening too.
        let body = "Talks resumed on Monday. Talks last month collapsed after three days.";
        let found = backgrounds(body, Some("2026-03-24"));
        assert!(is_background(&found, "three days"), "{found:?}");
        assert!(!is_background(&found, "Monday"), "{found:?}");
    }

    #[test]
    fn an_undated_story_is_of_its_stamps_year() {
        // The stamp's year, not the latest year named (2004), tells what is earlier.
        let body = "Tuesday 02 Jul 2013 A quake struck Aceh, killing at least one person. \
                    Rescuers reached the villages. Tents were sent. \
                    The 2004 tsunami that killed about 230,000 people was triggered by a 9.1 quake.";
        let found = backgrounds(body, None);
        assert!(!is_background(&found, "at least one person"), "{found:?}");
        assert!(is_background(&found, "about 230,000 people"), "{found:?}");
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
