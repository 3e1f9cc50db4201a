//! What surrounds a claim: the content words of its sentence, the happening it belongs to,
//! and whether that happening is an earlier one mentioned in passing.

use crate::extract::lexicon::lexicon;
use crate::extract::mood;
use crate::extract::token::TokenKind;
use crate::extract::word_set::WordMap;
use crate::extract::words::Words;
use crate::model::{Span, WEEKDAYS};
use compact_str::CompactString;
use rustc_hash::FxHashMap;
use std::rc::Rc;
use std::sync::LazyLock;

/// Words on each side of a claim that make its context.
const CONTEXT_RADIUS: usize = 10;

/// The place in `SentenceFacts::content` of a token that is no content word.
const NOT_CONTENT: u32 = u32::MAX;

/// What the claims of one sentence ask about its words, read in one pass over the sentence
/// when its first claim is made: each claim then reads tables, and a sentence of several
/// claims reads each of its words once.
pub struct SentenceFacts<'w> {
    /// For each token, the place of its content word in `content`, or `NOT_CONTENT`.
    rank: Vec<u32>,
    /// The sentence's content words, without repeats and in byte order (possessives read as
    /// their word).
    content: Vec<&'w str>,
    /// The tokens that name a happening ("war", "strike", "talks") with their classes.
    events: Vec<(usize, &'static str)>,
    /// When the sentence's happenings took place.
    cues: Rc<TimeCues>,
    /// Whether the sentence holds a modal or "if" (`mood::may_suppose`).
    may_suppose: bool,
}

impl<'w> SentenceFacts<'w> {
    /// Reads the sentence `w`, which names the years `years`, starting at the byte offsets
    /// `year_starts` (when known).
    pub fn new(w: &'w Words, years: Vec<i32>, year_starts: Vec<usize>) -> SentenceFacts<'w> {
        let listed_words = &*LISTED;
        let text = w.text.as_bytes();
        let mut cues = TimeCues {
            years,
            year_starts,
            ..TimeCues::default()
        };
        let mut rank = vec![NOT_CONTENT; w.len()];
        let mut events = Vec::new();
        let mut may_suppose = false;
        // Each content word (possessives read as their word) with its token.
        let mut found: Vec<(&'w str, u32)> = Vec::with_capacity(w.len());
        // Each content word's first six bytes as a big-endian number, above its place in
        // `found` (the low `index_bits`): sorting these numbers sorts the words (all but those
        // that share their first six bytes, put in order after) with no call to memcmp. A
        // sentence of more tokens than 16 bits count (never in news) keeps no bytes: all its
        // words are one run, put in order as strings.
        let index_bits = if w.len() <= usize::from(u16::MAX) {
            16
        } else {
            63
        };
        let mut keys: Vec<u64> = Vec::with_capacity(w.len());
        for (i, t) in w.toks.iter().enumerate() {
            // Content words and cues are words: marks and numbers are passed over unread.
            if t.kind != TokenKind::Word {
                // A comma is a mark of one byte.
                if t.kind == TokenKind::Punct {
                    match text.get(t.span.start()..t.span.end()) {
                        Some(b",") => {
                            cues.commas.push(t.span.start());
                            // "… fell in August 2007, killing 13 people": the toll of the
                            // happening before the comma.
                            if matches!(
                                w.low(i + 1),
                                "killing" | "leaving" | "injuring" | "wounding" | "claiming"
                            ) {
                                cues.toll_commas.push(t.span.start());
                            }
                        }
                        // "… several deadly floods: in September 2002, floods killed 23": a
                        // colon opens a clause of its own, as a relative pronoun does.
                        Some(b":") => cues.relatives.push(t.span.start()),
                        _ => {}
                    }
                }
                continue;
            }
            let l = w.low(i);
            // One lookup tells all the lists the pass reads; most words are in none.
            let listed = listed_words.get(l).copied().unwrap_or_default();
            may_suppose = may_suppose || (listed.supposes && mood::is_cue(w, i));
            if let Some(cue) = listed.cue {
                cues.read(w, i, cue, l);
            }
            if l.len() < 3 || listed.not_content {
                continue;
            }
            // Every happening word is a content word (a test below checks it).
            if let Some(class) = listed.event
                && !names_no_happening(w, i, l)
            {
                events.push((i, class));
            }
            // A possessive ("syria’s") counts as its word; only words ending in "s" can be one.
            let l = if l.ends_with('s') {
                l.strip_suffix("’s")
                    .or_else(|| l.strip_suffix("'s"))
                    .unwrap_or(l)
            } else {
                l
            };
            let head = prefix(l).checked_shr(index_bits).unwrap_or(0) << index_bits;
            keys.push(head | found.len() as u64);
            found.push((l, i as u32));
        }
        let content = sorted_content(&found, &mut keys, index_bits, &mut rank);
        SentenceFacts {
            rank,
            content,
            events,
            cues: Rc::new(cues),
            may_suppose,
        }
    }

    /// Whether the sentence holds a modal or "if" anywhere (`mood::may_suppose`): one with
    /// none (most) states none of its figures as a mere possibility.
    pub fn may_suppose(&self) -> bool {
        self.may_suppose
    }

    /// The sentence's time cues.
    pub fn cues(&self) -> &Rc<TimeCues> {
        &self.cues
    }

    /// Content words around the claim at `span` (up to ten tokens on each side, the claim's
    /// own words included): lowercase, no stopwords, numbers or one- and two-letter words;
    /// sorted and without repeats.
    pub fn context_words(&self, w: &Words, span: Span) -> Vec<CompactString> {
        let (first, last) = w.tokens_of(span);
        let lo = first.saturating_sub(CONTEXT_RADIUS);
        let hi = (last + CONTEXT_RADIUS + 1).min(self.rank.len());
        // The words of the window as bits of their places in the sorted list: reading the
        // bits in order gives the words sorted and without repeats.
        // On the stack for sentences of up to 256 content words (all but a few).
        let blocks = self.content.len().div_ceil(64);
        let mut on_stack = [0u64; 4];
        let mut on_heap = Vec::new();
        let seen: &mut [u64] = match on_stack.get_mut(..blocks) {
            Some(s) => s,
            None => {
                on_heap.resize(blocks, 0);
                &mut on_heap
            }
        };
        for &r in self.rank.get(lo..hi).unwrap_or(&[]) {
            if r != NOT_CONTENT
                && let Some(bits) = seen.get_mut(r as usize / 64)
            {
                *bits |= 1 << (r % 64);
            }
        }
        let count = seen.iter().map(|b| b.count_ones() as usize).sum();
        let mut words = Vec::with_capacity(count);
        for (n, &bits) in seen.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let r = n * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(l) = self.content.get(r) {
                    words.push(CompactString::from(*l));
                }
            }
        }
        words
    }

    /// The happening nearest to token `anchor`: its noun (with a modifier for "civil war") and
    /// class.
    pub fn event_near(&self, w: &Words, anchor: usize) -> Option<(String, &'static str)> {
        let &(i, class) = self
            .events
            .iter()
            .min_by_key(|(i, _)| (i.abs_diff(anchor), *i))?;
        let noun = if i >= 1
            && matches!(
                w.low(i - 1),
                "civil"
                    | "air"
                    | "suicide"
                    | "car"
                    | "peace"
                    | "bomb"
                    | "chemical"
                    | "gas"
                    | "rocket"
                    | "mortar"
                    | "drone"
            ) {
            format!("{} {}", w.low(i - 1), w.low(i))
        } else {
            w.low(i).to_string()
        };
        Some((noun, class))
    }
}

/// The content words `found` (each with its token) sorted and without repeats, given their
/// `keys` (see `SentenceFacts::new`: a word's first bytes above its place in `found`, held in
/// the low `index_bits`); `rank` gets each word's place at its token. Out of the word loop,
/// which then keeps its values in registers.
#[inline(never)]
fn sorted_content<'w>(
    found: &[(&'w str, u32)],
    keys: &mut [u64],
    index_bits: u32,
    rank: &mut [u32],
) -> Vec<&'w str> {
    keys.sort_unstable();
    let index_mask = (1u64 << index_bits) - 1;
    let head = |k: u64| k >> index_bits;
    let word = |k: u64| {
        usize::try_from(k & index_mask)
            .ok()
            .and_then(|j| found.get(j))
            .copied()
            .unwrap_or(("", 0))
    };
    let mut content: Vec<&'w str> = Vec::with_capacity(keys.len());
    // Words with different first eight bytes differ: only a run of keys with equal
    // numbers (rare) is sorted as strings and compared word by word.
    let mut at = 0;
    while let Some(&k) = keys.get(at) {
        let run = keys
            .get(at + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&next| head(next) == head(k))
            .count()
            + 1;
        if run == 1 {
            let (l, i) = word(k);
            content.push(l);
            if let Some(r) = rank.get_mut(i as usize) {
                *r = (content.len() - 1) as u32;
            }
        } else if let Some(same_start) = keys.get_mut(at..at + run) {
            same_start.sort_unstable_by_key(|&k| word(k).0);
            let run_start = content.len();
            for &mut k in same_start {
                let (l, i) = word(k);
                if content.len() == run_start || content.last() != Some(&l) {
                    content.push(l);
                }
                if let Some(r) = rank.get_mut(i as usize) {
                    *r = (content.len() - 1) as u32;
                }
            }
        }
        at += run;
    }
    content
}

/// Whether the happening word at token `i` names no happening: one that qualifies who
/// watches or tells of it ("a war monitor said", "the conflict monitoring group", "a war
/// correspondent"); or "fire" that names no fire: "the fire service said", "fire crews",
/// "came under fire" ("troops opened fire" is a shooting, an incident still).
fn names_no_happening(w: &Words, i: usize, low: &str) -> bool {
    // "war monitor", "war-monitoring group".
    let next = if w.hyphened_to_next(i) { i + 2 } else { i + 1 };
    if matches!(
        w.low(next),
        "monitor"
            | "monitors"
            | "monitoring"
            | "correspondent"
            | "correspondents"
            | "reporter"
            | "reporters"
    ) {
        return true;
    }
    if !matches!(low, "fire" | "fires") {
        return false;
    }
    let next = w.low(i + 1);
    let before = i.checked_sub(1).map_or("", |k| w.low(k));
    matches!(
        next,
        "service"
            | "services"
            | "brigade"
            | "brigades"
            | "department"
            | "fighters"
            | "crew"
            | "crews"
            | "chief"
            | "station"
            | "officials"
            | "truck"
            | "trucks"
            | "engines"
    ) || before == "under"
}

/// The first eight bytes of a word as a big-endian number, zero-padded: these numbers are in
/// the byte order of the words, and words with equal numbers are compared whole.
fn prefix(w: &str) -> u64 {
    let b = w.as_bytes();
    match (
        b.first_chunk::<8>(),
        b.first_chunk::<4>(),
        b.last_chunk::<4>(),
    ) {
        (Some(first), _, _) => u64::from_be_bytes(*first),
        // Four to seven bytes: the first four and the last four, which overlap on the same
        // bytes, each put where it stands in the word.
        (None, Some(head), Some(tail)) => {
            u64::from(u32::from_be_bytes(*head)) << 32
                | u64::from(u32::from_be_bytes(*tail)) << (8 * (8 - b.len()))
        }
        // Shorter words, the first byte highest.
        _ => match *b {
            [x, y, z] => u64::from_be_bytes([x, y, z, 0, 0, 0, 0, 0]),
            [x, y] => u64::from_be_bytes([x, y, 0, 0, 0, 0, 0, 0]),
            [x] => u64::from_be_bytes([x, 0, 0, 0, 0, 0, 0, 0]),
            _ => 0,
        },
    }
}

/// Every word [`TimeCues::read`] acts on, with what it tells: most words of a sentence are
/// none of them, and [`LISTED`] tells so with the lookup each word has; the reader acts
/// on the cue the lookup found, without comparing the word with every word it names.
const CUE_WORDS: [(&str, Cue); 68] = [
    ("which", Cue::Relative),
    ("who", Cue::Relative),
    ("where", Cue::Relative),
    ("that", Cue::That),
    ("has", Cue::Perfect),
    ("have", Cue::Perfect),
    ("since", Cue::Since),
    ("the", Cue::Article),
    ("a", Cue::Article),
    ("deadliest", Cue::Superlative),
    ("worst", Cue::Superlative),
    ("bloodiest", Cue::Superlative),
    ("biggest", Cue::Superlative),
    ("largest", Cue::Superlative),
    ("strongest", Cue::Superlative),
    ("heaviest", Cue::Superlative),
    ("highest", Cue::Superlative),
    ("lowest", Cue::Superlative),
    ("steepest", Cue::Superlative),
    ("sharpest", Cue::Superlative),
    ("longest", Cue::Superlative),
    ("first", Cue::Superlative),
    ("so", Cue::So),
    ("to", Cue::To),
    ("in", Cue::In),
    ("monday", Cue::Day),
    ("tuesday", Cue::Day),
    ("wednesday", Cue::Day),
    ("thursday", Cue::Day),
    ("friday", Cue::Day),
    ("saturday", Cue::Day),
    ("sunday", Cue::Day),
    ("monday's", Cue::Day),
    ("tuesday's", Cue::Day),
    ("wednesday's", Cue::Day),
    ("thursday's", Cue::Day),
    ("friday's", Cue::Day),
    ("saturday's", Cue::Day),
    ("sunday's", Cue::Day),
    ("yesterday", Cue::Day),
    ("today", Cue::Day),
    ("tonight", Cue::Day),
    ("will", Cue::Ahead),
    ("shall", Cue::Ahead),
    ("next", Cue::Ahead),
    ("upcoming", Cue::Ahead),
    ("scheduled", Cue::Ahead),
    ("it", Cue::It),
    ("they", Cue::They),
    ("then", Cue::Then),
    ("once", Cue::Once),
    ("altogether", Cue::Running),
    ("cumulative", Cue::Running),
    ("similar", Cue::Similar),
    ("previous", Cue::Similar),
    ("prior", Cue::Similar),
    ("after", Cue::Opens),
    ("from", Cue::From),
    ("below", Cue::From),
    ("above", Cue::From),
    ("when", Cue::Opens),
    ("while", Cue::Opens),
    ("last", Cue::Last),
    ("years", Cue::Years),
    ("year", Cue::YearOrMonths),
    ("months", Cue::YearOrMonths),
    ("annually", Cue::Habitual),
    ("yearly", Cue::Habitual),
];

/// Whether "has", "have" or "had" at token `i` is a having or a must, no perfect: a count,
/// a determiner or "to" right after it ("has 212 branches", "have a population", "has to").
pub(super) fn possession_or_must(w: &Words, i: usize) -> bool {
    w.is_number(i + 1)
        || matches!(
            w.low(i + 1),
            "a" | "an" | "the" | "to" | "no" | "its" | "his" | "her" | "their" | "our" | "some"
        )
}

/// Whether `low` has the form of a regular past verb ("employed", "lined"; not "need",
/// "freed" nor "red").
fn regular_past(low: &str) -> bool {
    low.len() > 4 && low.ends_with("ed") && !low.ends_with("eed")
}

/// Whether "once" at token `i` tells a time gone by: a past verb after it, or after its
/// subject ("was once home to", "once employed", "once had").
fn once_before_a_past_verb(w: &Words, i: usize) -> bool {
    let past = |low: &str| {
        regular_past(low)
            || matches!(
                low,
                "was"
                    | "were"
                    | "had"
                    | "held"
                    | "stood"
                    | "ran"
                    | "made"
                    | "built"
                    | "drew"
                    | "housed"
            )
    };
    // "Delane, once hailed as a promising founder, was convicted on Thursday": an aside on
    // who someone was, not the time of the sentence's happening.
    let aside = i > 0 && w.is_punct(i - 1, ",");
    // "would save $65m a year once completed", "once approved by parliament": "once" opens a
    // clause of a time ahead; the verb of a time gone by takes an object ("once employed
    // 6,200 people", "once lined the river").
    let object_after = |k: usize| {
        w.is_number(k)
            || (w.is_word(k)
                && !matches!(
                    w.low(k),
                    "by" | "in" | "at" | "on" | "for" | "with" | "from" | "to" | "and" | "or"
                ))
    };
    !aside
        && ((past(w.low(i + 1)) && object_after(i + 2))
            || (i > 0 && matches!(w.low(i - 1), "was" | "were" | "had")))
}

/// What a word of [`CUE_WORDS`] tells the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "which", "who", "where": a relative pronoun, opening a clause.
    Relative,
    /// "that": a relative pronoun, or at the start "That temblor …".
    That,
    /// "after", "when", "while": a clause opens.
    Opens,
    /// "has", "have": a present perfect.
    Perfect,
    Since,
    /// "the", "a": a year or month may name a happening after it.
    Article,
    /// "deadliest", "worst", "first", …
    Superlative,
    /// "so" of "so far".
    So,
    /// "to" of "to date".
    To,
    /// "in" of "in total", "in September".
    In,
    /// A day named: "Sunday", "yesterday", "today".
    Day,
    /// "will", "next": looking ahead.
    Ahead,
    /// "It killed …" at the start.
    It,
    /// "They were …", "They had …" at the start.
    They,
    /// "Then, …" or "Back then, …" at the start.
    Then,
    /// "once" before a past verb: "The plant once employed 6,200 people".
    Once,
    /// "altogether", "cumulative".
    Running,
    /// "similar", "previous", "prior".
    Similar,
    /// "last year", "last month".
    Last,
    /// "years ago", "years earlier".
    Years,
    /// "a year ago", "months ago".
    YearOrMonths,
    /// "from" of "up from", "down from": a comparison with an earlier value opens.
    From,
    /// "annually", "yearly": a rate of every year.
    Habitual,
}

/// What the sentence pass reads of a lowercase word in the lists it asks, found with one
/// lookup: most words are in none of them, and one table says so where one per list did.
#[derive(Debug, Clone, Copy, Default)]
struct Listed {
    /// What the word tells as one of [`CUE_WORDS`].
    cue: Option<Cue>,
    /// A stopword or number word: no content word.
    not_content: bool,
    /// The class of the happening the word names.
    event: Option<&'static str>,
    /// A modal or "if" (`mood::CUES`): the sentence may state a figure as a possibility.
    supposes: bool,
}

/// The words of [`CUE_WORDS`], the lexicon's words that are no content words and its
/// happening words, each with what it is in each list.
static LISTED: LazyLock<WordMap<Listed>> = LazyLock::new(|| {
    let lex = lexicon();
    let mut listed: FxHashMap<&'static str, Listed> = FxHashMap::default();
    for (w, cue) in CUE_WORDS {
        listed.entry(w).or_default().cue = Some(cue);
    }
    for w in lex.not_content.iter() {
        listed.entry(w).or_default().not_content = true;
    }
    for w in mood::CUES {
        listed.entry(w).or_default().supposes = true;
    }
    for w in lex.event_words.iter() {
        listed.entry(w).or_default().event = lex.events.get(w).copied();
    }
    listed.into_iter().collect()
});

/// What a sentence says about when its happenings took place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimeCues {
    /// Years the sentence names.
    pub years: Vec<i32>,
    /// Where (byte offsets) the sentence's years start, when known.
    pub year_starts: Vec<usize>,
    /// Where the sentence's relative pronouns ("which", "who", "where", "that") start.
    relatives: Vec<usize>,
    /// Where the sentence's commas stand (byte offsets).
    commas: Vec<usize>,
    /// The commas right before a participle of a toll ("…, killing 13 people"): what
    /// follows goes on about the happening before the comma.
    toll_commas: Vec<usize>,
    /// Where the "since" of a running count starts.
    running_from: Option<usize>,
    /// "last year", "years ago".
    pub cue: bool,
    /// Where the clause with "similar", "previous" or "prior" starts (byte offset): "… were
    /// injured in the quakes, which rekindled memories of similar quakes in 2002" tells of
    /// earlier happenings from "which" on, not before.
    pub similar_from: Option<usize>,
    /// Where the clause being read starts: the byte offset of the latest "which", "after",
    /// "when" (or 0).
    clause_start: usize,
    /// A present perfect ("has killed"): a running total, not a past happening.
    pub perfect: bool,
    /// Where each "has" or "have" stands (byte offsets).
    perfect_at: Vec<usize>,
    /// "since": a running total from a year on.
    pub since: bool,
    /// "so far", "to date", "in total", "altogether": the sentence counts a running total.
    pub running: bool,
    /// A superlative ("the deadliest", "the worst") read before any "since".
    pub superlative: bool,
    /// Where the sentence starts naming an earlier happening it is measured against: the
    /// byte offset of "since" after a superlative ("the deadliest attack since a 2019
    /// bombing that killed 30"). Figures after it belong to that happening.
    pub earlier_from: Option<usize>,
    /// Years that name a happening ("the 2019 Oregon District shooting", "a 2004 tsunami").
    pub naming_years: Vec<i32>,
    /// The month of "in September" ("in early September"): a happening dated by its month
    /// alone, as stories date an earlier one and seldom their own.
    pub in_month: Option<i8>,
    /// "last month": like a month named alone, an earlier happening past the opening.
    pub last_month: bool,
    /// "last week": an earlier happening when said past the opening (see `extract`).
    pub last_week: bool,
    /// "a 2003 quake": a happening brought in by its year with "a", not the story's own
    /// whatever year the story has.
    pub names_other_year: bool,
    /// A day named ("Sunday", "yesterday", "today"): the sentence dates something to a day.
    pub names_day: bool,
    /// Words that look ahead ("will", "next"): what the sentence dates may be still to come.
    pub ahead: bool,
    /// "That temblor killed …", "It killed …" at the sentence's start: it goes on about the
    /// happening the sentence before named.
    pub refers_back: bool,
    /// Where the first "up from" or "down from" starts: "Turnout was 68 percent, up from 63
    /// percent in 2022" compares with an earlier value, which the years after it date.
    compared_from: Option<usize>,
    /// "since Saturday", "since Oct. 3": the running count starts on a day, days before the
    /// story (a flood's, an outbreak's own toll so far), not at a war's start.
    pub running_from_a_day: bool,
    /// Where "each year", "every year" or "annually" stands (byte offset): the clause tells a
    /// yearly rate ("Dozens of people die in ferry accidents each year"), not the story's
    /// happening.
    habitual_at: Option<usize>,
}

impl TimeCues {
    /// Reads word `i` of `w`, whose lowercase form is `low` and which tells `cue`; the
    /// two-word cues are read at their first word. Out of the word loop, which reads few cues
    /// and keeps its values in registers.
    #[inline(never)]
    fn read(&mut self, w: &Words, i: usize, cue: Cue, low: &str) {
        let start = || w.span(i, i).start();
        match cue {
            Cue::Relative => {
                self.relatives.push(start());
                if self.similar_from.is_none() {
                    self.clause_start = start();
                }
            }
            Cue::That => {
                self.relatives.push(start());
                self.refers_back |= (i == 0
                    && (names_happening_at(w, 1) || BACK_NOUNS.contains(&w.low(1))))
                    || opens_on_what_came_before(w, i);
            }
            Cue::Opens => {
                // "since 2011, when 34 percent voted": a clause of the time before it.
                if low == "when" {
                    self.relatives.push(start());
                }
                if self.similar_from.is_none() {
                    self.clause_start = start();
                }
            }
            Cue::From => {
                // "up from $4 billion in 2024", "well below the 65.5% recorded in 2016": the
                // value compared with, and its year.
                let compared = match w.low(i) {
                    "from" => i > 0 && matches!(w.low(i - 1), "up" | "down"),
                    _ => w.low(i + 1) == "the" && i > 0 && w.low(i - 1) != "the",
                };
                if compared {
                    self.compared_from = self.compared_from.or(Some(w.span(i - 1, i - 1).start()));
                }
            }
            // "The bank, which has 212 branches, was hit … in 2019": "has" before a count or
            // a determiner is a having, "has to" a must; neither is a present perfect.
            Cue::Perfect if possession_or_must(w, i) => {}
            Cue::Perfect => {
                self.perfect = true;
                self.perfect_at.push(start());
            }
            Cue::Since => {
                if self.superlative {
                    // "the deadliest since a 2019 bombing that killed 30": what follows is an
                    // earlier happening, not the start of a running count.
                    self.since = true;
                    self.earlier_from = self.earlier_from.or(Some(start()));
                } else if i > 0 && since_an_earlier_one(w, i) {
                    // "hundreds of quakes since a 9.1 temblor in 2004 left 220,000 dead": the
                    // figures after "since" are that earlier happening's.
                    self.since = true;
                    self.earlier_from = self.earlier_from.or(Some(start()));
                } else if !since_one_happening(w, i) {
                    self.since = true;
                    self.running = true;
                    self.running_from = self.running_from.or(Some(start()));
                    self.running_from_a_day |= since_a_day(w, i);
                }
            }
            Cue::Article => {
                self.refers_back |= opens_on_what_came_before(w, i);
                if let Some(y) = naming_year(w, i + 1) {
                    self.naming_years.push(y);
                    // "A 2003 quake in Bam killed …": another happening than the story's own.
                    self.names_other_year |= low == "a" && names_happening_at(w, i + 2);
                }
                // "the January incident": a happening named by its month. The first month
                // found stays; the month is looked up before the happening (seldom one).
                if self.in_month.is_none()
                    && let Some(month) = month_at(w, i + 1)
                    && names_happening_at(w, i + 2)
                {
                    self.in_month = Some(month);
                }
            }
            Cue::Superlative => self.superlative = true,
            Cue::So => self.running |= w.low(i + 1) == "far",
            Cue::To => self.running |= w.low(i + 1) == "date",
            Cue::In => {
                self.running |= w.low(i + 1) == "total";
                self.in_month = self.in_month.or_else(|| month_after_in(w, i));
            }
            Cue::Day => self.names_day = true,
            // "derailed next to the river": "next to" is a place, no time ahead.
            Cue::Ahead => self.ahead |= !(low == "next" && w.low(i + 1) == "to"),
            Cue::They => {
                // "The group kidnapped nine workers in 2023. They were freed for a ransom of
                // $6 million": the people the sentence before told of, at its time.
                let next = w.low(1);
                self.refers_back |= i == 0 && (matches!(next, "were" | "had") || regular_past(next))
            }
            Cue::It => {
                self.refers_back |= i == 0
                    && matches!(
                        w.low(1),
                        "killed" | "left" | "injured" | "struck" | "hit" | "destroyed" | "claimed"
                    )
            }
            // "Then, a heatwave … was linked to fourteen deaths", after a sentence on 2023:
            // that time, not a step of the story's own.
            Cue::Then => {
                self.refers_back |=
                    (i == 0 || (i == 1 && w.low(0) == "back")) && w.is_punct(i + 1, ",")
            }
            // "The plant once employed 6,200 people": a time before now, no day of this story
            // (not "once the rescue ends", a time ahead).
            Cue::Once => self.cue |= once_before_a_past_verb(w, i),
            Cue::Running => self.running = true,
            Cue::Similar => {
                self.similar_from = self.similar_from.or(Some(self.clause_start));
            }
            Cue::Last => {
                self.cue |= matches!(w.low(i + 1), "year" | "year's" | "year’s");
                self.last_month |= w.low(i + 1) == "month";
                self.last_week |= w.low(i + 1) == "week";
            }
            Cue::Years => self.cue |= matches!(w.low(i + 1), "ago" | "after" | "earlier"),
            Cue::YearOrMonths => {
                self.cue |= w.low(i + 1) == "ago";
                // "Dozens of people die in ferry accidents each year": a yearly rate.
                if low == "year" && i > 0 && matches!(w.low(i - 1), "each" | "every" | "per") {
                    self.habitual_at = self.habitual_at.or(Some(w.span(i - 1, i - 1).start()));
                }
            }
            Cue::Habitual => self.habitual_at = self.habitual_at.or(Some(start())),
        }
    }

    /// Whether the sentence reports an earlier happening in passing: a year before `ref_year`
    /// with a simple past ("a similar fire in 2019 killed 30"), or a cue such as "last year".
    /// A present perfect ("has killed since 2011") is a running total, not background.
    pub fn background(&self, ref_year: Option<i32>) -> bool {
        (!self.perfect && self.cue)
            || (!self.perfect_of_years() && self.earlier_year(ref_year))
            || self.named_old(ref_year)
    }

    /// Whether a present perfect stands in the clause of the sentence's years: not when
    /// every year stands in a clause opened after it ("Comparisons have been drawn with
    /// Baltimore, where six workers died in 2024"; "The region has seen deadly floods: in
    /// September 2002, …"), which tells of its own past happening.
    fn perfect_of_years(&self) -> bool {
        let opened_between = |p: usize, y: usize| self.relatives.iter().any(|&r| p < r && r < y);
        self.perfect
            && (self.year_starts.is_empty()
                || self.perfect_at.iter().any(|&p| {
                    self.year_starts
                        .iter()
                        .any(|&y| y < p || !opened_between(p, y))
                }))
    }

    /// Whether a claim at byte `start` is in the clause of a yearly rate: no comma nor
    /// relative pronoun between it and "every year" ("About 30 people die in ferry accidents
    /// every year", not "The toll rose to 24, as families asked how a festival that draws
    /// lakhs every year …"). A present perfect ("have died every year since 2010") is a total.
    pub fn habitual_for(&self, start: usize) -> bool {
        self.habitual_at.is_some_and(|h| {
            let (a, b) = (start.min(h), start.max(h));
            !self.perfect
                && !self.commas.iter().any(|&c| a < c && c < b)
                && !self.relatives.iter().any(|&r| a < r && r < b)
        })
    }

    /// Whether the sentence dates its own happening to a day ("on Tuesday", "today") and
    /// names its years only after byte `start` ("… killing five on Tuesday in a region
    /// devastated by the tsunami of 2004"): a claim there is not of the year's happening.
    pub fn day_before_years(&self, start: usize) -> bool {
        self.names_day
            && !self.cue
            && !self.year_starts.is_empty()
            && self.year_starts.iter().all(|&y| y > start)
    }

    /// Whether a figure at byte `start` is the sentence's running count: not when a comma
    /// parts it from the "since" after it ("At least 43 people were killed in the school, …,
    /// pushing the death toll above 680 since the conflict began": the 43 are one day's).
    pub fn counts_running(&self, start: usize) -> bool {
        self.running
            && !self.running_from.is_some_and(|since| {
                since > start && self.commas.iter().any(|&c| c > start && c < since)
            })
    }

    /// Whether every year of the sentence stands in a relative clause opened after byte
    /// `start` ("40 people were injured in the quakes, which rekindled memories of quakes
    /// that hit the town in 2002"): the years date that clause's happening, not the claim's.
    pub fn years_in_later_clause(&self, start: usize) -> bool {
        let Some(&first_year) = self.year_starts.iter().min() else {
            return false;
        };
        !self.cue
            && first_year > start
            && self.relatives.iter().any(|&r| r > start && r < first_year)
    }

    /// Whether every year of the sentence stands in a relative clause set off by commas that
    /// closes before byte `start` ("Hale, who won his first Oscar in 1975, died on Sunday"):
    /// the years date that clause's happening, not the claim's.
    pub fn years_in_earlier_clause(&self, start: usize) -> bool {
        let set_off = |y: usize| {
            // The relative word of the year's clause: a comma right before it, none between.
            let opened = self.relatives.iter().any(|&r| {
                r < y
                    && self.commas.iter().any(|&c| c < r && r - c <= 2)
                    && !self.commas.iter().any(|&c| c > r && c < y)
            });
            opened && self.commas.iter().any(|&c| c > y && c < start)
        };
        !self.cue && !self.year_starts.is_empty() && self.year_starts.iter().all(|&y| set_off(y))
    }

    /// Whether every year of the sentence stands after an "up from" or "down from" that
    /// comes after byte `start`: "Turnout was 68 percent, up from 63 percent in 2022" dates
    /// the earlier value, not the claim at `start`. So does a time told without a year
    /// ("down from 84.2% four years ago").
    pub fn years_of_an_earlier_value(&self, start: usize) -> bool {
        self.compared_from
            .is_some_and(|from| from > start && self.year_starts.iter().all(|&year| year > from))
    }

    /// Whether a claim starting at byte `start` is in or after the clause that compares with
    /// an earlier happening ("similar", "previous"), in a sentence with no present perfect.
    pub fn after_similar(&self, start: usize) -> bool {
        !self.perfect && self.similar_from.is_some_and(|from| start >= from)
    }

    /// Whether the sentence names a year before `ref_year` (not as the start of a running
    /// total): the part of [`TimeCues::background`] that holds for a sum or share whose own
    /// words say when it was ("from 430 million euros a year earlier").
    pub fn background_by_year(&self, ref_year: Option<i32>) -> bool {
        (!self.perfect_of_years() && self.earlier_year(ref_year)) || self.named_old(ref_year)
    }

    fn earlier_year(&self, ref_year: Option<i32>) -> bool {
        ref_year.is_some_and(|r| !self.since && self.years.iter().any(|&y| y < r))
    }

    /// A happening named by an earlier year is past whatever tense the sentence has elsewhere
    /// ("… that has broken our hearts again, recalling the 2019 Oregon District mass shooting
    /// in which nine people died").
    fn named_old(&self, ref_year: Option<i32>) -> bool {
        !self.since
            && (self.names_other_year
                || ref_year.is_some_and(|r| self.naming_years.iter().any(|&y| y < r)))
    }

    /// Whether a claim starting at byte `start` names the earlier happening a superlative
    /// measures against ("the deadliest since a 2019 bombing that killed 30").
    pub fn names_earlier(&self, start: usize) -> bool {
        // The earlier happening's words end at the first comma after them, unless a clause of
        // its own opens there and tells on to the end ("since 2011, when 34 percent voted";
        // not "since 1998, up from 53 percent in the first round").
        // "the deadliest since the I-35W bridge fell in August 2007, killing 13 people": a
        // toll told after a comma is the earlier happening's too.
        let goes_on = |c: usize| {
            self.relatives.iter().any(|&r| r > c && r - c <= 2) || self.toll_commas.contains(&c)
        };
        self.earlier_from.is_some_and(|from| {
            let comma = self.commas.iter().find(|&&c| c > from);
            start > from && comma.is_none_or(|&c| start < c || goes_on(c))
        })
    }
}

/// The month of "in September", "in early March" at the "in" at token `i`: a capitalized
/// month name not followed by a day ("in September 12" dates a day).
fn month_after_in(w: &Words, i: usize) -> Option<i8> {
    let mut k = i + 1;
    if matches!(w.low(k), "early" | "mid" | "late" | "last") {
        k += 1;
    }
    month_at(w, k).filter(|_| !w.is_number(k + 1))
}

/// The month a capitalized month name at token `k` names.
fn month_at(w: &Words, k: usize) -> Option<i8> {
    let month = *lexicon().months.get(w.low(k))?;
    w.capitalized(k).then_some(month)
}

/// Whether "since" at token `i` counts from a day: a weekday ("since Saturday"), "yesterday",
/// "the weekend", or a month with its day ("since Oct. 3", "since 3 October").
fn since_a_day(w: &Words, i: usize) -> bool {
    let k = i + 1;
    let low = w.low(k);
    let day_number = |k: usize| w.is_number(k) && w.low(k).len() <= 2;
    // "Oct." is read as "Oct" and its full stop.
    let after_month = if w.is_punct(k + 1, ".") { k + 2 } else { k + 1 };
    WEEKDAYS.contains(&low)
        || low == "yesterday"
        || (low == "the" && w.low(k + 1) == "weekend")
        || (lexicon().months.contains_key(low) && day_number(after_month))
        || (day_number(k) && lexicon().months.contains_key(w.low(k + 1)))
}

/// Whether the sentence opens with "At the time", "At that time" or "In that case" (or "In
/// that attack"), word `i` being its second: it tells of the time the sentence before named
/// ("During the 2020 invasion, … At the time, about 1.3 million Kenyans had been affected").
fn opens_on_what_came_before(w: &Words, i: usize) -> bool {
    (i == 1
        && ((w.low(0) == "at" && w.low(2) == "time")
            // "In that case, …": what the sentence before told.
            || (w.low(0) == "in" && w.low(1) == "that" && w.low(2) == "case")))
        // "In that attack, 12 people died", "Two people died in that outage": the happening
        // the sentence before told, after a preposition anywhere in the sentence.
        || (i >= 1
            && w.low(i) == "that"
            && matches!(w.low(i - 1), "in" | "during" | "after" | "of" | "by")
            && names_happening_at(w, i + 1))
}

/// Nouns after a sentence's first "That" that point back to the time or happening the
/// sentence before told, without naming a kind of happening: "That episode was linked to 14
/// deaths", "That year, …".
const BACK_NOUNS: [&str; 5] = ["episode", "event", "year", "time", "tragedy"];

/// Whether token `k` names a happening ("That temblor", "That 2005 quake").
fn names_happening_at(w: &Words, k: usize) -> bool {
    let lex = lexicon();
    let k = if w.is_number(k) { k + 1 } else { k };
    w.is_word(k) && lex.events.contains_key(w.low(k))
}

/// The year at token `k` when it names a happening after an article: "the 2019 Oregon
/// District shooting" (a year of four digits, then a word).
fn naming_year(w: &Words, k: usize) -> Option<i32> {
    if !w.is_number(k) || !w.is_word(k + 1) {
        return None;
    }
    let low = w.low(k);
    let year: i32 = if low.len() == 4 {
        low.parse().ok()?
    } else {
        return None;
    };
    (1900..=2100).contains(&year).then_some(year)
}

/// Whether "since" at token `i` dates from an earlier happening it brings in with "a" ("since
/// a 9.1 temblor in 2004 caused a tsunami", "since a 2019 bombing"): one incident, a few
/// words on, that no "began" or "started" makes the start of a campaign.
fn since_an_earlier_one(w: &Words, i: usize) -> bool {
    if !matches!(w.low(i + 1), "a" | "an") {
        return false;
    }
    let lex = lexicon();
    (i + 2..i + 6)
        .take_while(|&k| !w.is_punct(k, ","))
        .find(|&k| w.is_word(k) && lex.events.contains_key(w.low(k)))
        .is_some_and(|k| {
            lex.events.get(w.low(k)) == Some(&"incident")
                && !matches!(
                    w.low(k + 1),
                    "began" | "begun" | "started" | "starts" | "launched" | "erupted"
                )
        })
}

/// Whether "since" at token `i` dates from one happening of the story itself ("rescuers have
/// pulled 17 people alive since the quake struck", "since the attack"): counts since then are
/// no running total of a war. Articles and a year may stand between ("since a 2019 bombing").
fn since_one_happening(w: &Words, i: usize) -> bool {
    let lex = lexicon();
    let mut k = i + 1;
    while matches!(w.low(k), "the" | "a" | "an" | "this" | "that" | "last")
        || (w.is_number(k) && w.low(k).len() == 4)
    {
        k += 1;
    }
    // "since the assault began 12 days ago" counts over a campaign: a running total still.
    lex.events.get(w.low(k)) == Some(&"incident")
        && !matches!(
            w.low(k + 1),
            "began" | "begun" | "started" | "starts" | "launched" | "erupted"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Words<'_> {
        Words::new(s, Span::new(0, s.len()))
    }

    /// Every sentence of the shipped events and of the constructed events: the sentence pass
    /// finds a modal or "if" where `mood::may_suppose`, reading every word, does.
    #[test]
    fn the_sentence_pass_finds_what_may_suppose_finds() {
        let files = crate::extract::shipped_article_files();
        let (mut sentences, mut supposing) = (0, 0);
        for f in files {
            let text = std::fs::read_to_string(&f).expect("utf-8 text");
            for s in crate::extract::split_sentences(&text, Span::new(0, text.len())) {
                let w = Words::new(&text, s.span);
                let facts = SentenceFacts::new(&w, vec![], vec![]);
                assert_eq!(
                    facts.may_suppose(),
                    mood::may_suppose(&w),
                    "{}: {}",
                    f.display(),
                    s.span.slice(&text)
                );
                sentences += 1;
                supposing += usize::from(facts.may_suppose());
            }
        }
        assert!(
            sentences > 1000 && supposing > 50,
            "{sentences} {supposing}"
        );
    }

    /// Every cue word is read as its cue: no other list of the table takes its place.
    #[test]
    fn every_cue_word_is_read_as_its_cue() {
        for (word, cue) in CUE_WORDS {
            assert_eq!(LISTED.get(word).and_then(|l| l.cue), Some(cue), "{word}");
        }
        assert_eq!(LISTED.get("war").and_then(|l| l.cue), None);
    }

    fn event_near(w: &Words, anchor: usize) -> Option<(String, &'static str)> {
        SentenceFacts::new(w, vec![], vec![]).event_near(w, anchor)
    }

    fn context_words(w: &Words, span: Span) -> Vec<CompactString> {
        SentenceFacts::new(w, vec![], vec![]).context_words(w, span)
    }

    #[test]
    fn events_and_background() {
        let w = words("after almost five years of civil war that has killed about 300,000 people");
        assert_eq!(
            event_near(&w, 12),
            Some(("civil war".to_string(), "conflict"))
        );
        let w = words(
            "A monitoring group said suspected Russian strikes killed 34 civilians on Tuesday alone.",
        );
        assert_eq!(event_near(&w, 8).map(|e| e.1), Some("incident"));
        // Of two happenings as near, the one before the figure; a farther one never.
        let w = words("the war killed 30 and the strike near the border 40");
        assert_eq!(event_near(&w, 3), Some(("war".to_string(), "conflict")));
        assert_eq!(event_near(&w, 9), Some(("strike".to_string(), "incident")));
        let w = words("war 5 strike");
        assert_eq!(event_near(&w, 1), Some(("war".to_string(), "conflict")));
        assert_eq!(event_near(&words("they said 5"), 2), None);
        // A fire service or troops opening fire name no fire.
        let w = words("Twelve people were killed when a bus crashed, the fire service said.");
        assert_eq!(event_near(&w, 0), Some(("crashed".to_string(), "incident")));
        let w = words("A fire in the warehouse killed 12 workers.");
        assert_eq!(event_near(&w, 6), Some(("fire".to_string(), "incident")));
        let bg = |s: &str, years: Vec<i32>| {
            SentenceFacts::new(&words(s), years, vec![])
                .cues()
                .background(Some(2015))
        };
        assert!(bg("A fire in 2009 killed 30 people.", vec![2009]));
        assert!(bg("A similar fire last year killed 30 people.", vec![]));
        assert!(!bg(
            "The civil war, which began in March 2011, has killed more than 250,000 people.",
            vec![2011]
        ));
        assert!(!bg("The strike killed 30 people.", vec![]));
        // A year that names a happening makes it past, whatever tense the sentence has.
        assert!(bg(
            "He called it an act that has broken our hearts, recalling the 2009 shooting in which nine people died.",
            vec![2009]
        ));
        assert!(!bg(
            "The war has killed 250,000 people since the 2011 uprising.",
            vec![2011]
        ));
        assert!(!bg("The 2015 attack has killed 30 people.", vec![]));
        // Since the story's own happening: no running total.
        let cues =
            |s: &str, years: Vec<i32>| SentenceFacts::new(&words(s), years, vec![]).cues().clone();
        let c = cues(
            "Rescue teams have pulled 17 people alive from the rubble since the quake struck.",
            vec![],
        );
        assert!(!c.running && !c.names_earlier(0));
        let c = cues(
            "The insurgency has killed more than 35,000 people since 2009.",
            vec![2009],
        );
        assert!(c.running);
        let c = cues("The war has killed 250,000 people since it began.", vec![]);
        assert!(c.running);
        let c = cues(
            "more than 640 Palestinians killed since the assault began 12 days ago",
            vec![],
        );
        assert!(c.running);
        // A superlative measured against an earlier happening: figures after "since" are its.
        let s =
            "It was the deadliest attack in Konduga since a 2019 bombing that killed 30 mourners.";
        let c = cues(s, vec![2019]);
        assert!(!c.running);
        assert!(c.names_earlier(s.find("30").unwrap_or(0)));
        let s = "The 6.4-magnitude quake was the deadliest in Turkey since the February 2023 disaster, which killed more than 53,000 people.";
        let c = cues(s, vec![2023]);
        assert!(!c.background(Some(2026)) && !c.running);
        assert!(!c.names_earlier(s.find("6.4").unwrap_or(0)));
        assert!(c.names_earlier(s.find("53,000").unwrap_or(0)));
        let s = "The collapse is the deadliest since the I-35W bridge fell in August 2007, \
                 killing 13 people.";
        let c = cues(s, vec![2007]);
        assert!(c.names_earlier(s.find("13").unwrap_or(0)));
        let s = "It was the deadliest since a 2019 bombing, and police said 7 people died.";
        let c = cues(s, vec![2019]);
        assert!(!c.names_earlier(s.find("7 people").unwrap_or(0)));
    }

    #[test]
    fn earlier_happenings_by_month_reference_and_since_a() {
        let cues = |s: &str| SentenceFacts::new(&words(s), vec![], vec![]).cues().clone();
        // A month named alone after "in" ("early", "last" may stand between), or naming a
        // happening; a day of a month is no month alone.
        assert_eq!(
            cues("The island was hit by a 6.1 quake in September.").in_month,
            Some(9)
        );
        assert_eq!(
            cues("In last September, a quake had killed 7 people.").in_month,
            Some(9)
        );
        assert_eq!(cues("It happened in early March.").in_month, Some(3));
        assert_eq!(
            cues("the January incident brought down 70 percent").in_month,
            Some(1)
        );
        assert_eq!(cues("The talks resume in September 12.").in_month, None);
        assert_eq!(cues("The talks will resume in may.").in_month, None);
        let c = cues("The talks will resume in March, officials said on Monday.");
        assert!(c.ahead && c.names_day);
        assert!(!cues("A train derailed next to the river in September.").ahead);
        assert!(cues("The next train leaves in September.").ahead);
        assert!(cues("Talks last month in Addis Ababa collapsed.").last_month);
        // "That temblor …", "It killed …" go on about the sentence before.
        assert!(cues("That temblor killed at least six people.").refers_back);
        assert!(cues("It killed 612 people.").refers_back);
        assert!(cues("That episode was linked to 14 deaths.").refers_back);
        assert!(cues("Then, a heatwave was linked to fourteen deaths.").refers_back);
        assert!(cues("Back then, the fire killed 12 people.").refers_back);
        assert!(!cues("Then the gunman killed 12 people.").refers_back);
        assert!(!cues("That figure rose to 12.").refers_back);
        assert!(!cues("It said the planes fired missiles.").refers_back);
        assert!(!cues("The temblor killed at least six people.").refers_back);
        assert!(cues("That blackout affected some 48 million people.").refers_back);
        assert!(cues("At the time, about 1.3 million Kenyans had been affected.").refers_back);
        assert!(cues("At that time, 40 people were missing.").refers_back);
        assert!(cues("In that case, the collapse killed six workers.").refers_back);
        assert!(cues("In that attack, 12 people died.").refers_back);
        assert!(cues("Two people died in that outage.").refers_back);
        assert!(cues("The toll of that quake was never settled.").refers_back);
        assert!(!cues("Officials said that flooding killed two people.").refers_back);
        assert!(!cues("In that town, 12 people died.").refers_back);
        assert!(!cues("At least 40 people were missing at the time.").refers_back);
        // "last year's", "a 2003 quake": earlier happenings.
        assert!(cues("the city was recovering from last year's school shooting").background(None));
        let c = SentenceFacts::new(
            &words("A 2003 quake in Bam killed 31,000 people."),
            vec![2003],
            vec![],
        )
        .cues()
        .clone();
        assert!(c.background(Some(2003)) && c.background(None));
        // "since a 9.1 temblor in 2004 caused a tsunami … 220,000 dead": the figures after
        // "since" are that earlier happening's, not a running total.
        let s = "There have been hundreds of earthquakes since a 9.1 temblor in 2004 caused a tsunami that left more than 220,000 people dead.";
        let c = cues(s);
        assert!(!c.running);
        assert!(!c.names_earlier(s.find("hundreds").unwrap_or(0)));
        assert!(c.names_earlier(s.find("220,000").unwrap_or(0)));
        // A truce that began, or "since" opening the sentence: a running count.
        let c = cues("More than 600 people have been killed since a truce began in April.");
        assert!(c.running);
        let c = cues("Since a bombing in March, 40 people have been killed.");
        assert!(c.earlier_from.is_none());
    }

    #[test]
    fn a_comma_parts_a_day_count_from_the_running_total_after_it() {
        let cues = |s: &str| SentenceFacts::new(&words(s), vec![], vec![]).cues().clone();
        let s = "At least 43 people were killed in the school, pushing the toll above 680 since the conflict began.";
        let c = cues(s);
        assert!(!c.counts_running(s.find("43").unwrap_or(0)));
        assert!(c.counts_running(s.find("680").unwrap_or(0)));
        let s = "Since a truce collapsed in April, more than 600 people have been killed.";
        let c = cues(s);
        assert!(c.counts_running(s.find("600").unwrap_or(0)));
        let s = "More than 280,000 people have been killed since the conflict began in 2011.";
        assert!(cues(s).counts_running(0));
    }

    #[test]
    fn similar_marks_background_from_its_clause_on() {
        let cues = |s: &str| SentenceFacts::new(&words(s), vec![], vec![]).cues().clone();
        let s = "At least 40 people were injured in the quakes, which rekindled memories of similar deadly quakes that killed 8.";
        let c = cues(s);
        assert!(!c.after_similar(s.find("40").unwrap_or(0)));
        assert!(c.after_similar(s.find("8.").unwrap_or(0)));
        let s =
            "Wednesday shelling comes a day after eight civilians were killed in similar attack.";
        let c = cues(s);
        assert!(!c.after_similar(0));
        assert!(c.after_similar(s.find("eight").unwrap_or(0)));
        let s = "A similar fire killed 30 people.";
        assert!(cues(s).after_similar(s.find("30").unwrap_or(0)));
        // A present perfect counts a running total.
        let s = "Similar attacks have killed 30 people.";
        assert!(!cues(s).after_similar(s.find("30").unwrap_or(0)));
    }

    #[test]
    fn a_claim_before_the_years_of_a_sentence_dated_to_its_own_day() {
        let s = "The quake killed five people on Tuesday in a region devastated by the tsunami of 2004.";
        let w = words(s);
        let at = s.find("2004").unwrap_or(0);
        let facts = SentenceFacts::new(&w, vec![2004], vec![at]);
        let c = facts.cues();
        assert!(c.day_before_years(s.find("five").unwrap_or(0)));
        assert!(!c.day_before_years(at));
        let s = "The quake killed five people in a region devastated by the tsunami of 2004.";
        let w = words(s);
        let at = s.find("2004").unwrap_or(0);
        let facts = SentenceFacts::new(&w, vec![2004], vec![at]);
        assert!(!facts.cues().day_before_years(0));
        assert!(!facts.cues().years_in_later_clause(0));
        // A year in a relative clause opened after the claim dates that clause only.
        let s = "At least 40 people were injured in the quakes, which rekindled memories of quakes that hit the town in 2002.";
        let w = words(s);
        let at = s.find("2002").unwrap_or(0);
        let facts = SentenceFacts::new(&w, vec![2002], vec![at]);
        assert!(
            facts
                .cues()
                .years_in_later_clause(s.find("40").unwrap_or(0))
        );
        assert!(!facts.cues().years_in_later_clause(at));
        let s = "Thirty people were killed in a fire in 2009.";
        let w = words(s);
        let at = s.find("2009").unwrap_or(0);
        let facts = SentenceFacts::new(&w, vec![2009], vec![at]);
        assert!(!facts.cues().years_in_later_clause(0));
    }

    /// The one run a sentence of more than 65,535 tokens sorts as strings gives the same
    /// list and places as the six-byte keys.
    #[test]
    fn content_sorted_without_byte_keys_is_the_same() {
        let found: Vec<(&str, u32)> = [
            "war",
            "government",
            "governments",
            "governor",
            "a",
            "war",
            "zz",
            "géant",
            "gover",
        ]
        .iter()
        .enumerate()
        .map(|(i, &w)| (w, i as u32))
        .collect();
        let sort = |bits: u32| {
            let mut keys: Vec<u64> = found
                .iter()
                .enumerate()
                .map(|(j, (l, _))| (prefix(l).checked_shr(bits).unwrap_or(0) << bits) | j as u64)
                .collect();
            let mut rank = vec![NOT_CONTENT; found.len()];
            let content = sorted_content(&found, &mut keys, bits, &mut rank);
            (content, rank)
        };
        assert_eq!(sort(16), sort(63));
        assert_eq!(
            sort(16).0,
            [
                "a",
                "gover",
                "government",
                "governments",
                "governor",
                "géant",
                "war",
                "zz"
            ]
        );
    }

    /// Context words read word by word around the claim, as before the sentence pass.
    fn context_words_one_by_one(w: &Words, span: Span) -> Vec<CompactString> {
        let lex = lexicon();
        let first = w.toks.partition_point(|t| t.span.end() <= span.start());
        let last = w
            .toks
            .partition_point(|t| t.span.start() < span.end())
            .saturating_sub(1)
            .max(first);
        let hi = (last + CONTEXT_RADIUS).min(w.len().saturating_sub(1));
        let mut words: Vec<&str> = (first.saturating_sub(CONTEXT_RADIUS)..=hi)
            .filter(|&i| w.is_word(i) && w.low(i).len() >= 3 && !lex.not_content.contains(w.low(i)))
            .map(|i| {
                let l = w.low(i);
                l.strip_suffix("’s")
                    .or_else(|| l.strip_suffix("'s"))
                    .unwrap_or(l)
            })
            .collect();
        words.sort_unstable();
        words.dedup();
        words.into_iter().map(CompactString::from).collect()
    }

    /// The happening word nearest to `anchor`, looked up word by word.
    fn event_one_by_one(w: &Words, anchor: usize) -> Option<usize> {
        (0..w.len())
            .filter(|&i| w.is_word(i) && lexicon().events.contains_key(w.low(i)))
            .min_by_key(|&i| (i.abs_diff(anchor), i))
    }

    proptest::proptest! {
        #[test]
        fn the_sentence_pass_reads_what_each_claim_would(
            picks in proptest::collection::vec(0usize..29, 0..60),
            a in 0usize..60,
            n in 0usize..8,
        ) {
            // Words sharing their first eight bytes too ("government", "governments").
            const VOCABULARY: [&str; 29] = [
                "The", "war", "has", "killed", "300,000", "people", "in", "Syria’s", "north",
                ".", ",", "strike", "civil", "of", "and", "its", "talks", "Syria's", "us", "a",
                "5", "bombing", "Wars", "years", "ago", "Peoples", "government", "Governments",
                "government's",
            ];
            let s: Vec<&str> = picks.iter().map(|&k| VOCABULARY[k]).collect();
            let s = s.join(" ");
            let w = words(&s);
            let facts = SentenceFacts::new(&w, vec![], vec![]);
            let span = if w.is_empty() {
                Span::new(0, 0)
            } else {
                let a = a.min(w.len() - 1);
                w.span(a, (a + n).min(w.len() - 1))
            };
            proptest::prop_assert_eq!(
                facts.context_words(&w, span),
                context_words_one_by_one(&w, span)
            );
            proptest::prop_assert_eq!(
                facts.event_near(&w, a).map(|e| e.0),
                event_one_by_one(&w, a).map(|i| {
                    if i > 0 && w.low(i - 1) == "civil" {
                        format!("civil {}", w.low(i))
                    } else {
                        w.low(i).to_string()
                    }
                })
            );
        }
    }

    #[test]
    fn every_happening_word_is_a_content_word() {
        // The sentence pass looks happenings up only among content words.
        let lex = lexicon();
        for word in lex.events.keys() {
            assert!(word.len() >= 3 && !lex.not_content.contains(word), "{word}");
        }
    }

    #[test]
    fn context_has_content_words_near_the_claim_only() {
        let s = "The war has killed 300,000 people in Syria’s north.";
        let w = words(s);
        assert_eq!(
            context_words(&w, Span::new(0, s.len())),
            ["killed", "north", "people", "syria", "war"]
        );
        let far = "Kerry said on Friday in Washington that the group of world powers would meet \
                   soon, and the talks that began long ago in Vienna have killed nobody yet.";
        let w = words(far);
        let at = far.find("Friday").unwrap_or(0);
        let ctx = context_words(&w, Span::new(at, at + 6));
        assert!(ctx.contains(&CompactString::from("kerry")), "{ctx:?}");
        assert!(!ctx.contains(&CompactString::from("vienna")), "{ctx:?}");
    }
}
