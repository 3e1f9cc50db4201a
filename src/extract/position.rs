//! Positions: who supports, opposes, demands, rejects, denies or agrees to what.
//!
//! Only clear patterns, since a wrong position is worse than a missing one:
//!
//! - `HOLDER [aux] VERB TARGET`: "Russia opposes …", "the U.S. and its allies want …",
//!   "Russia says no agreement on …", "the United States was not seeking …" (negated);
//! - `NOUN by HOLDER [and its allies] for TARGET`: "demands by the U.S. and its allies for the
//!   ouster of Assad";
//! - `HOLDER's NOUN for|to|of TARGET`: "Russia's support for Assad".
//!
//! The holder must be a person, organization or country the article names (canonical name:
//! `U.S.` → United States). The target runs to the next punctuation mark or clause word, at
//! most [`MAX_TARGET`] words. Stance phrases are data (`data/stances.txt`).

use crate::extract::entity::{Entities, Kind, Mention, SentenceUnits, Unit};
use crate::extract::position_one_word::may_stand_alone;
use crate::extract::position_org_noun::is_org_noun;
use crate::extract::word_set::WordSet;
use crate::extract::words::is_possessive;
use crate::model::WEEKDAYS;
use crate::model::{Position, Span};
use std::cell::OnceCell;
use std::sync::LazyLock;

/// Most mentions looked back over for the organization "the union" stands for.
const NAMED_BEFORE_MENTIONS: usize = 60;

/// Longest target, in words.
const MAX_TARGET: usize = 10;

struct Stances {
    /// Verb phrases (lowercase words), their stance, and whether they need an auxiliary
    /// before them (bare forms: "does not support"), longest first.
    verbs: Vec<(Vec<&'static str>, &'static str, bool)>,
    /// Nouns and their stance.
    nouns: Vec<(&'static str, &'static str)>,
    /// Indices into `verbs` of the phrases each first word starts, in `verbs` order.
    verbs_by_first: rustc_hash::FxHashMap<&'static str, Vec<usize>>,
    /// The first words of all verb phrases and the nouns: a word not in it starts nothing.
    firsts: WordSet,
}

static STANCES: LazyLock<Stances> = LazyLock::new(|| {
    let mut verbs = Vec::new();
    let mut nouns = Vec::new();
    for l in include_str!("data/stances.txt").lines() {
        let l = l.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let Some((stance, phrase)) = l.split_once(' ') else {
            continue;
        };
        let words = phrase.split_whitespace().collect::<Vec<_>>();
        if let Some(s) = stance.strip_prefix("n:") {
            nouns.push((phrase.trim(), s));
        } else if let Some(s) = stance.strip_prefix("b:") {
            verbs.push((words, s, true));
        } else {
            verbs.push((words, stance, false));
        }
    }
    verbs.sort_by_key(|(p, _, _)| std::cmp::Reverse(p.len()));
    let words: Vec<&str> = verbs
        .iter()
        .map(|(p, _, _)| p[0])
        .chain(nouns.iter().map(|(n, _)| *n))
        .collect();
    let mut verbs_by_first: rustc_hash::FxHashMap<&'static str, Vec<usize>> =
        rustc_hash::FxHashMap::default();
    for (n, (p, _, _)) in verbs.iter().enumerate() {
        verbs_by_first.entry(p[0]).or_default().push(n);
    }
    let firsts = words.into_iter().collect();
    Stances {
        verbs,
        nouns,
        verbs_by_first,
        firsts,
    }
});

/// The first words of all stance verb phrases and the stance nouns (lowercase): a sentence
/// without one standing whole states no position (the prefilter looks for them).
pub(super) fn stance_first_words() -> impl Iterator<Item = &'static str> {
    STANCES.firsts.iter()
}

/// A sentence that may state a position, with where its stance words stand.
pub struct Candidate {
    /// The sentence's index.
    pub sentence: usize,
    pub span: Span,
    /// Start and end of each whole stance word in the sentence: units elsewhere start nothing.
    stance_words: Vec<(usize, usize)>,
}

impl Candidate {
    /// Sentence `sentence` at `span`, with the start and end (in the text) of each of its
    /// whole stance words, found by the prefilter.
    pub(super) fn new(sentence: usize, span: Span, stance_words: Vec<(usize, usize)>) -> Self {
        Candidate {
            sentence,
            span,
            stance_words,
        }
    }

    /// Start and end of each whole stance word in the sentence.
    #[cfg(test)]
    pub fn stance_words(&self) -> &[(usize, usize)] {
        &self.stance_words
    }
}

/// Sentences that may state a position (a stance word occurs in them): the prefilter finds
/// them in its scan of every sentence, which `extract` makes once for all passes.
#[cfg(test)]
pub fn candidates(text: &str, sentences: &[crate::model::Sentence]) -> Vec<Candidate> {
    crate::extract::prefilter::scan(text, sentences).position_candidates
}

/// Where stance words stand in `text` as whole words ("supports", not "supporters"), as the
/// prefilter finds them.
#[cfg(test)]
fn stance_words(text: &str) -> Vec<(usize, usize)> {
    let whole = crate::model::Sentence {
        span: Span::new(0, text.len()),
    };
    candidates(text, &[whole])
        .pop()
        .map(|c| c.stance_words)
        .unwrap_or_default()
}

#[cfg(test)]
fn has_stance_word(text: &str) -> bool {
    !stance_words(text).is_empty()
}

/// One position found, with the words that state it.
pub struct FoundPosition {
    pub span: Span,
    pub position: Position,
}

const CLAUSE_WORDS: [&str; 17] = [
    "that", "which", "who", "whom", "while", "because", "as", "after", "before", "when", "but",
    "if", "since", "although", "where", "remain", "unless",
];
/// Capitalized small words that open a sentence, never a name's word after another word
/// (days and months, also capitalized, go on a target: "in a statement Thursday").
const SENTENCE_OPENERS: [&str; 22] = [
    "A", "An", "The", "It", "This", "These", "Those", "There", "He", "She", "They", "We", "I",
    "In", "On", "At", "But", "And", "If", "When", "While", "After",
];
/// Prepositions before a capitalized small word of a name ("in The Hague", "of The Times").
const GLUE_PREPOSITIONS: [&str; 6] = ["in", "at", "of", "to", "from", "by"];
/// Clause words that make the stance before them a condition ("supports sanctions only if
/// the Security Council approves them"): no position is held outright.
const CONDITIONS: [&str; 2] = ["if", "unless"];
/// Words before a name that make it a modifier of a noun, not a clause's subject: "earlier
/// U.S. demands that Assad step down" states no demand now; "despite Russia's support".
const NOT_BEFORE_SUBJECT: [&str; 14] = [
    "earlier", "previous", "past", "recent", "repeated", "renewed", "former", "of", "from", "by",
    "with", "against", "about", "despite",
];
/// Words a target never starts with: prepositions and particles that leave out what is
/// wanted or denied ("Mistura is seeking ahead of an August deadline").
const NOT_TARGET_START: [&str; 12] = [
    "ahead", "by", "in", "at", "with", "from", "out", "off", "down", "into", "over", "about",
];
/// Forms of "be" that make a participle after them passive: "LaCalamita was denied a handgun
/// permit" says what was done to him, not what he denies.
const BE: [&str; 3] = ["was", "were", "is"];
const AUX: [&str; 16] = [
    "has", "have", "had", "will", "would", "also", "still", "now", "not", "never", "does", "did",
    "do", "was", "were", "is",
];

struct Sent<'a> {
    text: &'a str,
    u: &'a [Unit],
    /// The lowercase form of each unit that has uppercase letters (`None`: the unit is
    /// lowercase already), made when the unit is first read: most units never are.
    lows: Vec<OnceCell<Option<String>>>,
    /// The units spelled like a stance word (see [`Sent::is_stance_word`]), in order: only
    /// they may start a position, and the finders go from one to the next.
    stance_units: Vec<usize>,
    ents: &'a Entities,
    quoted: &'a [Span],
}

impl<'a> Sent<'a> {
    fn new(
        text: &'a str,
        s: &'a SentenceUnits,
        c: &'a Candidate,
        ents: &'a Entities,
        quoted: &'a [Span],
    ) -> Sent<'a> {
        // Both lists are in text order: each stance word's unit is found by a binary search
        // from the last one's (a sentence has few stance words and many units).
        let mut stance_units = Vec::with_capacity(c.stance_words.len());
        let mut k = 0;
        for &w in &c.stance_words {
            let rest = s.units.get(k..).unwrap_or_default();
            k += rest.partition_point(|x| x.span.start() < w.0);
            if s.units
                .get(k)
                .is_some_and(|x| (x.span.start(), x.span.end()) == w)
            {
                stance_units.push(k);
            }
        }
        Sent {
            text,
            u: &s.units,
            lows: std::iter::repeat_with(OnceCell::new)
                .take(s.units.len())
                .collect(),
            stance_units,
            ents,
            quoted,
        }
    }

    /// The first unit from `i` on spelled like a stance word, if any.
    fn next_stance_unit(&self, i: usize) -> Option<usize> {
        let k = self.stance_units.partition_point(|&x| x < i);
        self.stance_units.get(k).copied()
    }

    /// Lowercase text of unit `i`, or `""` past the end.
    fn low(&self, i: usize) -> &str {
        let (Some(x), Some(low)) = (self.u.get(i), self.lows.get(i)) else {
            return "";
        };
        let raw = x.text(self.text);
        let low = low.get_or_init(|| {
            if raw.is_ascii() {
                raw.bytes()
                    .any(|b| b.is_ascii_uppercase())
                    .then(|| raw.to_ascii_lowercase())
            } else {
                raw.chars()
                    .any(char::is_uppercase)
                    .then(|| raw.to_lowercase())
            }
        });
        low.as_deref().unwrap_or(raw)
    }

    /// Whether unit `i` is spelled like a stance word (any case): a whole stance word found
    /// by the scan is exactly its span.
    fn is_stance_word(&self, i: usize) -> bool {
        self.stance_units.binary_search(&i).is_ok()
    }

    fn in_quote(&self, i: usize) -> bool {
        let Some(s) = self.u.get(i).map(|x| x.span) else {
            return false;
        };
        let k = self.quoted.partition_point(|q| q.end() <= s.start());
        self.quoted.get(k).is_some_and(|q| q.overlaps(s))
    }

    /// The holder whose name ends at unit `end` (inclusive), with the unit it starts at.
    fn holder_ending(&self, end: usize) -> Option<(usize, String)> {
        let u_end = self.u.get(end)?.span.end();
        let unit = self.u[end].span;
        let m = self
            .mentions_ending_near(u_end)
            .find(|m| m.span.end() == u_end || unit.contains(m.span))?;
        if !matches!(m.kind, Kind::Person | Kind::Org | Kind::Country) {
            return None;
        }
        let start = (0..=end)
            .find(|&k| self.u[k].span.start() >= m.span.start())
            .unwrap_or(end);
        // "Russia and the United States": two holders.
        let mut name = m.name.clone();
        let mut first = start;
        if start >= 2 {
            let mut k = start - 1;
            if self.low(k) == "the" && k >= 1 {
                k -= 1;
            }
            if self.low(k) == "and"
                && k >= 1
                && let Some(other) = self.mention_ending(k - 1)
                && matches!(other.kind, Kind::Person | Kind::Org | Kind::Country)
            {
                name = format!("{} and {}", other.name, name);
                first = (0..k)
                    .rev()
                    .find(|&j| self.u[j].span.start() <= other.span.start())
                    .unwrap_or(k - 1);
            }
        }
        Some((first, name))
    }

    /// The holder of a verb whose subject is set off from it by a clause between commas,
    /// with `comma` the unit right before the verb: "Saudi Arabia, which leads the coalition,
    /// backed …" (the name before a relative clause) and "Hale's lawyer, Paul Okafor, rejected
    /// …" (a name in apposition).
    fn holder_before_clause(&self, comma: usize) -> Option<(usize, String)> {
        if self.low(comma) != "," {
            return None;
        }
        let open = (comma.saturating_sub(16)..comma)
            .rev()
            .find(|&k| !self.u[k].word && !matches!(self.u[k].text(self.text), "-" | "’" | "'"))?;
        if self.low(open) != "," || open + 1 >= comma {
            return None;
        }
        if matches!(self.low(open + 1), "which" | "who") {
            return self.holder_ending(open.checked_sub(1)?);
        }
        self.holder_ending(comma - 1)
            .filter(|(first, _)| *first == open + 1)
    }

    /// The holder named beside a lowercase noun of organizations that says what it is, with
    /// the verb's unit before `end + 1`: "the Aslef union backs …" (the noun at `end`), "the
    /// militant group Hamas rejected …" (the name at `end`). Only for names the article says
    /// nothing more about, which [`Sent::holder_ending`] does not take.
    fn holder_beside_org_noun(&self, end: usize) -> Option<(usize, String)> {
        let unknown = |k: usize| self.mention_ending(k).filter(|m| m.kind == Kind::Unknown);
        let start_of =
            |m: &Mention| (0..self.u.len()).find(|&k| self.u[k].span.start() >= m.span.start());
        let lower_org_noun = |k: usize| !self.u[k].cap && is_org_noun(self.low(k));
        if lower_org_noun(end) {
            let m = unknown(end.checked_sub(1)?)?;
            let start = start_of(m)?;
            return (start >= 1 && self.low(start - 1) == "the").then(|| (start, m.name.clone()));
        }
        let m = unknown(end)?;
        let start = start_of(m)?;
        lower_org_noun(start.checked_sub(1)?).then(|| (start, m.name.clone()))
    }

    /// The organization "the union" at units `end - 1` and `end` stands for: the nearest
    /// one named before it whose name ends with that noun ("The Irish Pharmacy Union said
    /// … The union opposes the cap").
    fn holder_named_before(&self, end: usize) -> Option<(usize, String)> {
        let noun = self.low(end);
        if end == 0 || self.low(end - 1) != "the" || self.u[end].cap || !is_org_noun(noun) {
            return None;
        }
        let before = self.u[end - 1].span.start();
        let ms = &self.ents.mentions;
        let k = ms.partition_point(|m| m.span.start() < before);
        ms[k.saturating_sub(NAMED_BEFORE_MENTIONS)..k]
            .iter()
            .rev()
            .filter(|m| m.kind == Kind::Org && m.span.end() <= before)
            .find(|m| {
                m.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last.eq_ignore_ascii_case(noun))
            })
            .map(|m| (end - 1, m.name.clone()))
    }

    fn mention_ending(&self, end: usize) -> Option<&Mention> {
        let e = self.u.get(end)?.span.end();
        self.mentions_ending_near(e).find(|m| m.span.end() == e)
    }

    /// The mentions that start before byte `at`, nearest first, among the few just before it
    /// (mentions are sorted by start and do not nest deeply): a lookup, not a scan.
    fn mentions_ending_near(&self, at: usize) -> impl Iterator<Item = &Mention> {
        let ms = &self.ents.mentions;
        let k = ms.partition_point(|m| m.span.start() < at);
        ms[k.saturating_sub(4)..k].iter().rev()
    }

    /// Whether unit `i`, inside a target, starts words that are no part of it: a sentence
    /// glued on with its period lost (page text run into an article: "… for a political
    /// solution in Syria A picture is worth …", "… access for Syria aid Chemical experts …"),
    /// a clause with a name and a saying verb ("… during a cabinet session Hollande
    /// announced …") or a second verb joined by "and" ("the plan in its current form and
    /// wants cuts", "rebel reports and said").
    fn starts_other_clause(&self, i: usize) -> bool {
        let x = self.u[i];
        if x.word && x.cap {
            let t = x.text(self.text);
            // "A", "The", "In": a capitalized small word opens a sentence ("in The Hague" has a
            // preposition before it).
            let after_preposition = i
                .checked_sub(1)
                .is_some_and(|p| GLUE_PREPOSITIONS.contains(&self.low(p)));
            if SENTENCE_OPENERS.contains(&t) && !after_preposition {
                return true;
            }
            // A name followed by a saying verb: "Hollande announced".
            let starts = self.ents.starting_at(x.span.start());
            if let Some(m) = starts {
                let next = (i..self.u.len()).find(|&j| self.u[j].span.start() >= m.span.end());
                if next.is_some_and(|j| REPORTING.contains(&self.low(j))) {
                    return true;
                }
            }
            // A capitalized word between lowercase ones that names nothing, no country's
            // adjective nor title ("aid Chemical experts"): no name starts there.
            let lower = |p: usize| self.u.get(p).is_some_and(|y| y.word && !y.cap);
            let bare = starts.is_none()
                && !crate::extract::entity::is_demonym(t)
                && !crate::extract::entity::is_title(t);
            if bare && i.checked_sub(1).is_some_and(lower) && lower(i + 1) {
                return true;
            }
            return false;
        }
        matches!(self.low(i), "and" | "but")
            && (REPORTING.contains(&self.low(i + 1)) || verb_at(self, i + 1).is_some())
    }

    /// The target starting at unit `k`: up to the next punctuation or clause word.
    fn target(&self, mut k: usize, clause_ok: bool) -> Option<(String, usize)> {
        if clause_ok && matches!(self.low(k), "that" | "which" | "whether" | "how") {
            k += 1;
        }
        let bare = k;
        while matches!(self.low(k), "the" | "a" | "an") {
            k += 1;
        }
        let mut end = k;
        let mut words = 0;
        while end < self.u.len() && words < MAX_TARGET {
            let x = self.u[end];
            let t = x.text(self.text);
            if !x.word && !matches!(t, "-" | "’" | "'") {
                break;
            }
            if CLAUSE_WORDS.contains(&self.low(end)) {
                break;
            }
            if end > k && self.starts_other_clause(end) {
                break;
            }
            words += usize::from(x.word);
            end += 1;
        }
        // "rejected arbitration on Monday": the day says when, not what is rejected.
        if words >= 3
            && self.low(end - 2) == "on"
            && WEEKDAYS.contains(&self.low(end - 1))
            && self.u[end - 2].word
        {
            end -= 2;
            words -= 2;
        }
        // One word alone is a target only when it says what on its own: "opposes sanctions",
        // "backs Johnson", not "supports it" nor "rejected the plan" (which plan is said
        // elsewhere). "to hold" is a verb.
        let alone = |x: &Unit| k == bare && may_stand_alone(x.text(self.text), x.cap);
        if words == 0 || (words == 1 && !alone(&self.u[k])) || self.low(k) == "to" {
            return None;
        }
        // "supports new sanctions only if …": a condition, not a position held.
        if CONDITIONS.contains(&self.low(end)) {
            return None;
        }
        // A target never ends on an abbreviation cut at its period ("on Dec").
        if end < self.u.len()
            && self.u[end].text(self.text) == "."
            && end - 1 > k
            && self.u[end - 1].text(self.text).len() <= 4
            && crate::extract::entity::lexicon_not_name(self.u[end - 1].text(self.text))
        {
            return None;
        }
        let first = self.low(k);
        // "agreed on Tuesday to …" is a date, not a target; "is seeking ahead of a deadline"
        // and "backed by the coalition" lost what is sought or backed.
        if crate::extract::entity::lexicon_not_name(self.u[k].text(self.text))
            || first.chars().all(|c| c.is_ascii_digit())
            || NOT_TARGET_START.contains(&first)
        {
            return None;
        }
        let span = self.u[k].span.cover(self.u[end - 1].span);
        Some((span.slice(self.text).to_string(), end - 1))
    }
}

/// Verbs of saying and thinking after which "that" opens what is said ("Lavrov said that
/// Russia opposes …"), not a relative clause ("a meeting that Kerry wants to hold").
const REPORTING: [&str; 24] = [
    "said",
    "says",
    "say",
    "added",
    "adding",
    "saying",
    "stated",
    "noted",
    "noting",
    "insisted",
    "insisting",
    "warned",
    "warning",
    "announced",
    "explained",
    "told",
    "stressed",
    "argued",
    "claimed",
    "confirmed",
    "declared",
    "believes",
    "reiterated",
    "repeated",
];

/// Whether the "that" at unit `that` follows a verb of saying within a few words ("said on
/// Monday that", "told reporters that").
fn reported_speech(s: &Sent, that: usize) -> bool {
    (that.saturating_sub(4)..that).any(|k| REPORTING.contains(&s.low(k)))
}

/// Verbs of a report in the passive before "to" and a bare stance verb: "X is said to
/// oppose …", "X was believed to support …".
const SAID_TO: [&str; 6] = [
    "said",
    "believed",
    "reported",
    "thought",
    "understood",
    "known",
];

/// When the bare stance verb at unit `i` follows "is said to" (or "was believed to", …
/// [`SAID_TO`]), the unit before "is": where the holder's name ends.
fn said_to(s: &Sent, i: usize) -> Option<usize> {
    let to = i.checked_sub(1).filter(|&t| s.low(t) == "to")?;
    let said = to.checked_sub(1).filter(|&v| SAID_TO.contains(&s.low(v)))?;
    let be = said
        .checked_sub(1)
        .filter(|&b| matches!(s.low(b), "is" | "was" | "are" | "were"))?;
    be.checked_sub(1)
}

/// The positions stated in candidate `sentences` (lexed already).
pub fn positions(
    text: &str,
    sentences: &[(&SentenceUnits, &Candidate)],
    ents: &Entities,
    quoted: &[Span],
) -> Vec<FoundPosition> {
    let mut out = Vec::new();
    for (s, c) in sentences {
        find_in(&Sent::new(text, s, c, ents, quoted), &mut out);
    }
    out
}

/// The first verb phrase (longest first) spelled from unit `i` on, with its stance and
/// whether it needs an auxiliary.
/// The holder of the position found just before "but" or "and" at unit `h`, when its target
/// ends right there: "The union supports the substitution rule but opposes the cap" gives the
/// union both positions.
fn coordinated_holder(s: &Sent, h: usize, found: &[FoundPosition]) -> Option<String> {
    if !matches!(s.low(h), "but" | "and") || h == 0 {
        return None;
    }
    let before = s.u.get(h - 1)?;
    found
        .last()
        .filter(|p| p.span.end() == before.span.end())
        .map(|p| p.position.holder.clone())
}

/// Where the subject of a verb of saying ends, when the unit at `h` is "it" or "they" right
/// after that verb (and maybe "that"): "The union said it opposed …", "Unite says that they
/// reject …".
fn said_it(s: &Sent, h: usize) -> Option<usize> {
    if !matches!(s.low(h), "it" | "they") {
        return None;
    }
    let mut k = h.checked_sub(1)?;
    if s.low(k) == "that" {
        k = k.checked_sub(1)?;
    }
    (matches!(s.low(k), "said" | "says" | "added" | "stated" | "insisted") && k >= 1).then(|| k - 1)
}

fn verb_at(s: &Sent, i: usize) -> Option<&'static (Vec<&'static str>, &'static str, bool)> {
    let st: &'static Stances = &STANCES;
    st.verbs_by_first
        .get(s.low(i))?
        .iter()
        .map(|&n| &st.verbs[n])
        .find(|(p, _, _)| p.iter().enumerate().all(|(k, w)| s.low(i + k) == *w))
}

/// Whether candidate sentence `s` has a stance word where a position may begin, whatever
/// names the article holds: the checks of the position finder that read no names. When it
/// has none, the finder finds nothing there, so the article's names need not be read for it.
pub fn may_state(text: &str, s: &SentenceUnits, c: &Candidate, quoted: &[Span]) -> bool {
    let none = Entities::default();
    let s = Sent::new(text, s, c, &none, quoted);
    // Units spelled like no stance word start nothing (see `may_start`).
    s.stance_units.iter().any(|&i| may_start(&s, i))
}

/// Whether a position found in `s` may start at its unit `i` (see [`find_in`]).
fn may_start(s: &Sent, i: usize) -> bool {
    let st = &*STANCES;
    if !s.u[i].word || !s.is_stance_word(i) || s.in_quote(i) {
        return false;
    }
    let low = s.low(i);
    if !st.firsts.contains(low) {
        return false;
    }
    let noun = st.nouns.iter().any(|(n, _)| *n == low);
    let possessive_before = i >= 1 && is_possessive(s.u[i - 1].text(s.text));
    (noun && s.low(i + 1) == "by")
        || (noun && possessive_before && matches!(s.low(i + 1), "for" | "to" | "of"))
        || (i >= 1
            && verb_at(s, i).is_some_and(|(_, _, bare)| {
                !bare || AUX.contains(&s.low(i - 1)) || said_to(s, i).is_some()
            }))
}

fn find_in(s: &Sent, out: &mut Vec<FoundPosition>) {
    let st = &*STANCES;
    let mut i = 0;
    // A unit spelled like no stance word starts nothing: the walk goes from one that is to
    // the next.
    while let Some(next) = s.next_stance_unit(i) {
        i = next;
        if !s.u[i].word || !s.is_stance_word(i) || s.in_quote(i) {
            i += 1;
            continue;
        }
        let low = s.low(i);
        if !st.firsts.contains(low) {
            i += 1;
            continue;
        }
        // NOUN by HOLDER [and its allies] for TARGET.
        if let Some((_, stance)) = st.nouns.iter().find(|(n, _)| *n == low)
            && s.low(i + 1) == "by"
        {
            let mut k = i + 2;
            if s.low(k) == "the" {
                k += 1;
            }
            let mut found = None;
            for end in k..(k + 6).min(s.u.len()) {
                if let Some(h) = s.holder_ending(end) {
                    found = Some((end, h));
                }
                if s.low(end + 1) == "for" || s.low(end + 1) == "and" {
                    break;
                }
            }
            if let Some((mut end, (_, holder))) = found {
                if s.low(end + 1) == "and" && s.low(end + 2) == "its" && s.low(end + 3) == "allies"
                {
                    end += 3;
                }
                if s.low(end + 1) == "for"
                    && let Some((target, last)) = s.target(end + 2, false)
                {
                    out.push(FoundPosition {
                        span: s.u[i].span.cover(s.u[last].span),
                        position: Position {
                            holder,
                            stance: stance.to_string(),
                            target,
                        },
                    });
                    i = last + 1;
                    continue;
                }
            }
        }
        // HOLDER's NOUN for|to|of TARGET.
        if i >= 1
            && let Some((_, stance)) = st.nouns.iter().find(|(n, _)| *n == low)
            && matches!(s.low(i + 1), "for" | "to" | "of")
            && let Some(m) = s.mention_ending(i - 1)
            && is_possessive(s.u[i - 1].text(s.text))
            && matches!(m.kind, Kind::Country | Kind::Org | Kind::Person)
            && let Some((target, last)) = s.target(i + 2, false)
        {
            out.push(FoundPosition {
                span: s.u[i - 1].span.cover(s.u[last].span),
                position: Position {
                    holder: m.name.clone(),
                    stance: stance.to_string(),
                    target,
                },
            });
            i = last + 1;
            continue;
        }
        // HOLDER [aux] VERB TARGET.
        if let Some((phrase, stance, bare)) = verb_at(s, i)
            && i >= 1
            && (!bare || AUX.contains(&s.low(i - 1)) || said_to(s, i).is_some())
        {
            // "Mulder is said to oppose …": a position others report, held by the subject.
            let mut h = said_to(s, i).unwrap_or(i - 1);
            let mut negated = false;
            let mut be = false;
            while h > 0 && (AUX.contains(&s.low(h)) || s.low(h) == "n't") {
                negated |= matches!(s.low(h), "not" | "never" | "n't");
                be |= BE.contains(&s.low(h));
                h -= 1;
            }
            // A participle after "was" or before "by" is passive: "was denied a permit",
            // "forces supported by the coalition" hold no stance of their own.
            let participle = phrase[0].ends_with("ed") || phrase[0] == "sought";
            if participle && (be || s.low(i + phrase.len()) == "by") {
                i += 1;
                continue;
            }
            // "backed up the government's denials": the particle is part of the verb.
            let particle = usize::from(phrase[0].starts_with("back") && s.low(i + 1) == "up");
            // "the U.S. and its allies want …".
            if h >= 3 && s.low(h) == "allies" && s.low(h - 1) == "its" && s.low(h - 2) == "and" {
                h -= 3;
            }
            // "a meeting that Kerry wants to hold": a relative clause, not a stance; "earlier
            // U.S. demands that …": a noun, not a verb.
            let relative = |first: usize| {
                let before = first.checked_sub(1).map(|b| {
                    if s.low(b) == "the" {
                        b.checked_sub(1)
                    } else {
                        Some(b)
                    }
                });
                (first > 0
                    && matches!(s.low(first - 1), "that" | "which" | "who")
                    && !(s.low(first - 1) == "that" && reported_speech(s, first - 1)))
                    || before
                        .flatten()
                        .is_some_and(|b| NOT_BEFORE_SUBJECT.contains(&s.low(b)))
            };
            // "The Nordic Pilots' Association said it opposed any plan": "it" or "they" right
            // after a verb of saying (and "that") is who says it.
            let h = said_it(s, h).unwrap_or(h);
            let holder = s
                .holder_ending(h)
                .or_else(|| s.holder_before_clause(h))
                .or_else(|| s.holder_beside_org_noun(h))
                .or_else(|| s.holder_named_before(h))
                .filter(|(f, _)| !relative(*f))
                .or_else(|| coordinated_holder(s, h, out).map(|holder| (i, holder)));
            if let Some((first, holder)) = holder {
                let clause_ok = matches!(*stance, "demand" | "deny" | "agree" | "disagree");
                // "called on the rebels to lay down arms" is a demand; "called on Putin" a visit.
                let visit = |t: &str| {
                    phrase[0].starts_with("call")
                        && phrase.last() == Some(&"on")
                        && !t.split(' ').any(|w| w == "to")
                };
                if let Some((target, last)) = s
                    .target(i + phrase.len() + particle, clause_ok)
                    .filter(|(t, _)| !visit(t))
                {
                    let stance = if negated {
                        format!("not {stance}")
                    } else {
                        stance.to_string()
                    };
                    out.push(FoundPosition {
                        span: s.u[first].span.cover(s.u[last].span),
                        position: Position {
                            holder,
                            stance,
                            target,
                        },
                    });
                    i = last + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::split_sentences;

    fn find(text: &str) -> Vec<(String, String, String)> {
        let body = Span::new(0, text.len());
        let sentences = split_sentences(text, body);
        let ents = Entities::build(text, &sentences, &[]);
        let cands = candidates(text, &sentences);
        let lexed = crate::extract::entity::lex_sentences(text, &sentences);
        let pairs: Vec<(&SentenceUnits, &Candidate)> = cands
            .iter()
            .filter_map(|c| Some((lexed.iter().find(|s| s.span == c.span)?, c)))
            .collect();
        // The prefilter keeps every sentence the finder finds a position in.
        for pair in &pairs {
            if !positions(text, std::slice::from_ref(pair), &ents, &[]).is_empty() {
                assert!(may_state(text, pair.0, pair.1, &[]), "{text}");
            }
        }
        positions(text, &pairs, &ents, &[])
            .into_iter()
            .map(|p| {
                assert!(p.span.indexes(text));
                (p.position.holder, p.position.stance, p.position.target)
            })
            .collect()
    }

    fn p(h: &str, s: &str, t: &str) -> (String, String, String) {
        (h.into(), s.into(), t.into())
    }

    #[test]
    fn stance_words_are_single_ascii_words() {
        // What lets the prefilter search without overlaps (see STANCES).
        for w in STANCES.firsts.iter() {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
            // What the table of first letters and lengths holds.
            assert!((2..16).contains(&w.len()), "{w:?}");
        }
        assert!(has_stance_word("RUSSIA SUPPORTS THE PLAN"));
        assert!(has_stance_word("He said so."));
        assert!(!has_stance_word("He said2 so, unsaid."));
        assert!(has_stance_word("Russia supports the plan."));
        assert!(!has_stance_word("The supporters gathered."));
    }

    #[test]
    fn demands_by_holder_for_target() {
        assert_eq!(
            find(
                "Demands by the U.S. and its allies for the ouster of Syrian President Bashar al-Assad, a Russian ally, remain."
            ),
            [p(
                "United States",
                "demand",
                "ouster of Syrian President Bashar al-Assad"
            )]
        );
    }

    #[test]
    fn says_no_agreement() {
        assert_eq!(
            find("• Russia says no agreement on Syrian opposition, terror groups"),
            [p("Russia", "disagree", "Syrian opposition")]
        );
    }

    #[test]
    fn verbs_with_negation_and_allies() {
        assert_eq!(
            find("The U.S. and its allies want a date for the transition."),
            [p("United States", "demand", "date for the transition")]
        );
        assert_eq!(
            find("He said Russia does not support the ouster of Assad."),
            [p("Russia", "not support", "ouster of Assad")]
        );
        // The day says when; "the proposal" alone is a proposal named elsewhere.
        assert_eq!(
            find("Iran rejected the nuclear proposal on Monday."),
            [p("Iran", "reject", "nuclear proposal")]
        );
        assert!(find("Iran rejected the proposal on Monday.").is_empty());
    }

    #[test]
    fn passive_participles_hold_no_stance() {
        // What was done to the subject, not what it holds.
        assert_eq!(
            find("Anthony LaCalamita was denied a handgun permit in March."),
            []
        );
        assert_eq!(
            find("The Syrian Democratic Forces supported by the coalition's air force advanced."),
            []
        );
        assert_eq!(
            find("Russia's plan was rejected by the opposition leaders."),
            []
        );
        // The active voice, and the progressive, still state one.
        assert_eq!(
            find("Anthony LaCalamita denied the charges against him."),
            [p("Anthony LaCalamita", "deny", "charges against him")]
        );
        assert_eq!(
            find("The United States was seeking new sanctions on Iran."),
            [p("United States", "demand", "new sanctions on Iran")]
        );
    }

    #[test]
    fn targets_start_with_what_is_wanted() {
        // The particle of "backed up" is the verb's; a preposition starts no target.
        assert_eq!(
            find("Russia backed up Syrian government denials on Friday."),
            [p("Russia", "support", "Syrian government denials")]
        );
        assert_eq!(
            find("Staffan de Mistura is seeking ahead of an August deadline."),
            []
        );
    }

    #[test]
    fn sentences_with_no_place_for_a_position_are_told_apart() {
        let may = |text: &str| {
            let sentences = split_sentences(text, Span::new(0, text.len()));
            let lexed = crate::extract::entity::lex_sentences(text, &sentences);
            candidates(text, &sentences)
                .iter()
                .any(|c| may_state(text, &lexed[c.sentence], c, &[]))
        };
        // Each pattern, with or without a name the article knows.
        assert!(may("Russia's support for Assad is firm."));
        assert!(may("Demands by the U.S. for elections grew."));
        assert!(may("The group does not support the plan."));
        assert!(may("Officials rejected the proposal on Monday."));
        assert!(may("Moscow says no agreement on the list."));
        // A stance word that starts no pattern.
        assert!(!may("The support grew."));
        assert!(!may("\"We support it,\" she said."));
        assert!(!may("They support."));
    }

    proptest::proptest! {
        /// The units a walk stops at are exactly those whose span is a stance word the scan
        /// found (what the finders tested at every unit before).
        #[test]
        fn stance_units_are_the_units_spelled_as_stance_words(
            text in "((Russia|supports|SUPPORT|rejects|demands|by|the|U\\.S\\.|al-Assad|’s|'s|wants|[a-z]{1,4})[ ,.-]{1,2}){0,14}|\\PC{0,60}"
        ) {
            let sentences = split_sentences(&text, Span::new(0, text.len()));
            let lexed = crate::extract::entity::lex_sentences(&text, &sentences);
            let none = Entities::default();
            for c in candidates(&text, &sentences) {
                let su = &lexed[c.sentence];
                let s = Sent::new(&text, su, &c, &none, &[]);
                let spelled: Vec<usize> = (0..su.units.len())
                    .filter(|&i| {
                        let span = su.units[i].span;
                        c.stance_words.contains(&(span.start(), span.end()))
                    })
                    .collect();
                proptest::prop_assert_eq!(&s.stance_units, &spelled);
                for i in 0..=su.units.len() {
                    proptest::prop_assert_eq!(
                        s.next_stance_unit(i),
                        spelled.iter().copied().find(|&k| k >= i)
                    );
                }
            }
        }
    }

    #[test]
    fn conditions_are_no_positions() {
        assert!(
            find("According to Lavrov, Russia supports new sanctions only if the UN Security Council approves them.")
                .is_empty()
        );
        assert!(
            find("Iran rejects the proposal unless the sanctions are lifted first.").is_empty()
        );
        assert_eq!(
            find("Iran rejects the proposal on sanctions."),
            [p("Iran", "reject", "proposal on sanctions")]
        );
    }

    #[test]
    fn a_noun_after_a_modifier_is_no_verb() {
        assert!(
            find("Kerry spoke, a shift in tone from earlier U.S. demands that Assad step down at once.")
                .is_empty()
        );
    }

    #[test]
    fn a_clause_between_commas_keeps_the_holder() {
        assert_eq!(
            find(
                "Saudi Arabia, which leads the coalition fighting the Houthis, backed the Russian proposal, a diplomat said."
            ),
            [p("Saudi Arabia", "support", "Russian proposal")]
        );
        assert_eq!(
            find("Hale's lawyer, Paul Okafor, rejected the charges against his client."),
            [p("Paul Okafor", "reject", "charges against his client")]
        );
        // The name in the relative clause is not the holder.
        assert!(
            find("The plan, which Russia drafted, rejected the old proposal outright.").is_empty()
        );
    }

    #[test]
    fn targets_end_where_glued_text_or_another_clause_begins() {
        // Page text run into the sentence with its period lost.
        assert_eq!(
            find("Iran calls for political solution in Syria A picture is worth a thousand words."),
            [p("Iran", "demand", "political solution in Syria")]
        );
        assert_eq!(
            find("Russia wants talks in The Hague next month."),
            [p("Russia", "demand", "talks in The Hague next month")]
        );
        // A name with a saying verb, a second verb after "and".
        assert_eq!(
            find(
                "France called for action by the U.N. during a cabinet session Hollande announced his plan."
            ),
            [p(
                "France",
                "demand",
                "action by the U.N. during a cabinet session"
            )]
        );
        assert_eq!(
            find(
                "Finance Minister Joost Bakker does not support the plan in its current form and wants cuts elsewhere."
            ),
            [
                p("Joost Bakker", "not support", "plan in its current form"),
                p("Joost Bakker", "demand", "cuts elsewhere")
            ]
        );
        assert_eq!(
            find("Turkey wants U.N. inspectors to look into rebel reports and said it was ready."),
            [p(
                "Turkey",
                "demand",
                "U.N. inspectors to look into rebel reports"
            )]
        );
        // Days, countries' adjectives and titles go on.
        assert_eq!(
            find("President Salva Kiir denied those claims in a statement Thursday."),
            [p(
                "Salva Kiir",
                "deny",
                "those claims in a statement Thursday"
            )]
        );
        assert_eq!(
            find("Turkey wants inspectors to look into Syrian rebel reports."),
            [p(
                "Turkey",
                "demand",
                "inspectors to look into Syrian rebel reports"
            )]
        );
    }

    #[test]
    fn a_position_others_report_is_the_subjects() {
        assert_eq!(
            find("Farmers' party leader Henk Mulder is said to oppose the defence plan."),
            [p("Henk Mulder", "oppose", "defence plan")]
        );
        assert_eq!(
            find("Russia was believed to support the French draft resolution."),
            [p("Russia", "support", "French draft resolution")]
        );
        // "to" after another verb holds no reported position.
        assert!(find("Russia is ready to support the French draft.").is_empty());
        // "The union" after the union is named is that union; no union named, no holder.
        assert_eq!(
            find(
                "The Irish Pharmacy Union said stocks were low. The union opposes the one-bottle cap."
            ),
            [p("Irish Pharmacy Union", "oppose", "one-bottle cap")]
        );
        assert!(find("Stocks were low. The union opposes the one-bottle cap.").is_empty());
        // Two positions joined by "but": one holder.
        assert_eq!(
            find(
                "The Irish Pharmacy Union supports the substitution rule but opposes the \
                 prescription cap."
            ),
            [
                p("Irish Pharmacy Union", "support", "substitution rule"),
                p("Irish Pharmacy Union", "oppose", "prescription cap")
            ]
        );
        // "it" after a verb of saying is the one who says.
        assert_eq!(
            find("The Nordic Pilots Association said it opposed any plan to cut crew costs."),
            [p(
                "Nordic Pilots Association",
                "oppose",
                "any plan to cut crew costs"
            )]
        );
        assert_eq!(
            find("Russia says that it rejects the French draft resolution."),
            [p("Russia", "reject", "French draft resolution")]
        );
    }

    #[test]
    fn that_after_a_saying_verb_opens_reported_speech() {
        assert_eq!(
            find("Lavrov told reporters that Russia opposes new sanctions against Iran."),
            [p("Russia", "oppose", "new sanctions against Iran")]
        );
        assert!(find("It was a meeting that Russia wants to hold soon.").is_empty());
        assert!(find("The plan that Russia supports in Geneva is new.").is_empty());
    }

    #[test]
    fn calling_on_someone_to_act_is_a_demand() {
        assert_eq!(
            find("Russia called on the opposition to join the talks."),
            [p("Russia", "demand", "opposition to join the talks")]
        );
        assert!(find("Kerry called on Vladimir Putin in the Kremlin.").is_empty());
    }

    #[test]
    fn one_word_that_says_what_is_a_target() {
        assert_eq!(
            find("Russia opposes sanctions, Lavrov said."),
            [p("Russia", "oppose", "sanctions")]
        );
        assert_eq!(
            find("Transport Secretary Mark Harper rejected arbitration on Monday."),
            [p("Mark Harper", "reject", "arbitration")]
        );
        assert_eq!(
            find("Prime Minister Boris Johnson said the Conservative Party backs Johnson."),
            [p("Conservative Party", "support", "Johnson")]
        );
        assert_eq!(
            find("The United Nations called for calm."),
            [p("United Nations", "demand", "calm")]
        );
        // Pronouns, small words, adverbs and a noun after "the" say nothing on their own.
        for text in [
            "Russia supports it.",
            "Russia backs this, Lavrov said.",
            "Russia wants more.",
            "Russia rejected everything.",
            "Russia rejected outright.",
            "Russia rejected the plan.",
            "Russia opposes strongly.",
        ] {
            assert!(find(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_beside_a_noun_of_organizations_holds_a_position() {
        assert_eq!(
            find("The Aslef union backs the strike of the RMT."),
            [p("Aslef", "support", "strike of the RMT")]
        );
        assert_eq!(
            find("Officials said the militant group Zorbat rejected the truce offer."),
            [p("Zorbat", "reject", "truce offer")]
        );
        // A bare name the article says nothing more about holds nothing.
        assert!(find("Zorbat rejected the truce offer.").is_empty());
    }

    #[test]
    fn no_holder_no_position() {
        assert!(find("Officials agreed on Tuesday to press ahead.").is_empty());
        assert!(find("The support for the plan grew.").is_empty());
        assert!(find("Vladimir Putin agreed on Tuesday to press ahead.").is_empty());
    }
}
