//! The same quotation across sources (DESIGN.md §4b: quotes are the same quote when most of
//! their words are; a quote's speaker is part of the claim).
//!
//! Words are compared after normalizing quotation marks, case, punctuation and spacing. Two
//! quotations of different sources are the same quote when at least [`SAME_QUOTE`] of the
//! shorter one's words, and of its content words, appear in the other in order (a word diff
//! made with `similar`). Within a group: the same words are `agree`; one quoting only part of
//! the other is `compatible`; other differences are a misquote (`contradict`, shown as a word
//! diff); the same words given to different speakers are an attribution conflict
//! (`contradict`). Speakers match by name: equal, same surname with a compatible first name
//! ("Lavrov" = "Sergei Lavrov"), or close spelling (Jaro-Winkler).

use crate::compare::quote_ellipsis::shortened_with_ellipsis;
use crate::compare::quote_index::SharedWords;
use crate::compare::quote_majority::{self, Attribution};
use crate::compare::quote_paraphrase::same_sense_in_other_words;
use crate::compare::quote_pronoun::pronoun_named;
use crate::compare::quote_reordered::same_words_in_another_order;
use crate::compare::{Ranked, SourceRank, ranked};
use crate::model::{Article, Claim, Consensus, Quote as QuoteValue, Value, Verdict};
use rustc_hash::FxHashMap as HashMap;
use similar::{Algorithm, DiffOp, DiffTag, capture_diff_slices};
use strsim::jaro_winkler;

/// Share of the shorter quotation's words that must be shared in order.
pub const SAME_QUOTE: f64 = 0.6;
/// Share of the shorter quotation's words that quotations given to two different speakers
/// must share in order to be one quotation (an attribution conflict).
const SAME_WORDS_OF_TWO: f64 = 0.9;
/// Fewest words of a quotation that is lined up with another source's.
const MIN_WORDS: usize = 3;
/// Fewest content words two quotations must share to be the same quote.
const MIN_SHARED_CONTENT: usize = 2;

/// Short words that tell nothing about which quotation this is.
const FUNCTION_WORDS: [&str; 40] = [
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by",
    "from", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "we", "i",
    "you", "he", "she", "they", "our", "their", "his", "her", "not", "no", "as", "will", "have",
];

/// One word of a quotation: its normalized form and the word as written.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    pub norm: String,
    pub written: &'a str,
    /// Whether an ellipsis ("...", "…", "[...]") stands right before the word: a desk left
    /// words out there.
    pub after_ellipsis: bool,
}

/// Whether the word numbers `long` hold those of `short` as one run ("We will appeal" in "We
/// will appeal both the conviction and the sentence").
fn holds_run(long: &[u32], short: &[u32]) -> bool {
    long.windows(short.len()).any(|w| w == short)
}

/// Whether a piece of text holds an ellipsis: three periods or the ellipsis character.
fn has_ellipsis(t: &str) -> bool {
    t.contains("...") || t.contains('…')
}

/// The words of a text: split at whitespace, lowercased, curly apostrophes made straight and
/// punctuation around them dropped; words of only punctuation are left out (an ellipsis among
/// them marks the next word).
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut ellipsis = false;
    // Hyphens and dashes separate words too: "men-parents-slapping" is "men parents slapping".
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—')) {
        let norm = normalized(w);
        if norm.is_empty() {
            ellipsis |= has_ellipsis(w);
            continue;
        }
        // "contractor..." and "...into": the ellipsis is glued to a word.
        let (lead, trail) = (
            w.split(|c: char| c.is_alphanumeric()).next().unwrap_or(""),
            w.rsplit(|c: char| c.is_alphanumeric()).next().unwrap_or(""),
        );
        out.push(Word {
            norm,
            written: w,
            after_ellipsis: ellipsis || has_ellipsis(lead),
        });
        ellipsis = has_ellipsis(trail);
    }
    out
}

/// A word lowercased, curly apostrophes made straight and punctuation around it dropped.
fn normalized(w: &str) -> String {
    if w.is_ascii() {
        // The same, byte by byte: no ASCII letter changes class when lowercased.
        let trimmed = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let mut norm = String::with_capacity(trimmed.len());
        norm.extend(trimmed.bytes().map(|b| match b {
            b'`' => '\'',
            _ => char::from(b.to_ascii_lowercase()),
        }));
        return norm;
    }
    let norm: String = w
        .chars()
        .map(|c| {
            if matches!(c, '’' | '‘' | '`') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect();
    norm.trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn is_content(w: &str) -> bool {
    !FUNCTION_WORDS.contains(&w)
}

/// How alike two quotations are: the share of the shorter one's words found in order in the
/// other, when that and the share of its content words reach [`SAME_QUOTE`]; else `None`.
#[cfg(test)]
pub fn similarity(a: &[Word], b: &[Word]) -> Option<f64> {
    similarity_of(&norms(a), &norms(b), |w| is_content(w))
}

/// [`similarity`] of two quotations given as words that compare as theirs do (the words
/// themselves, or their numbers), and which of them are content words.
fn similarity_of<T: Eq + std::hash::Hash>(
    x: &[T],
    y: &[T],
    is_content: impl Fn(&T) -> bool,
) -> Option<f64> {
    let short = x.len().min(y.len());
    // Two-word phrases ("humanitarian corridor", "real work") are said by many.
    if short < MIN_WORDS {
        return None;
    }
    let ops = capture_diff_slices(Algorithm::Myers, x, y);
    let mut shared = 0;
    let mut shared_content = 0;
    for op in &ops {
        let (tag, old, _) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            shared += old.len();
            shared_content += x[old].iter().filter(|w| is_content(w)).count();
        }
    }
    let content_short = x
        .iter()
        .filter(|w| is_content(w))
        .count()
        .min(y.iter().filter(|w| is_content(w)).count());
    let ratio = shared as f64 / short as f64;
    let content_ratio = shared_content as f64 / content_short.max(1) as f64;
    // Dice ratio over both: a long quotation that shares one phrase with a short one is
    // another quotation ("People poured into the streets" said by two witnesses).
    let dice = 2.0 * shared as f64 / (x.len() + y.len()) as f64;
    let (short_w, long_w) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let fragment = short_w.len() >= 3
        && shared_content >= MIN_SHARED_CONTENT
        && long_w.windows(short_w.len()).any(|w| w == short_w);
    let identical = x == y;
    (identical
        || fragment
        || (ratio >= SAME_QUOTE
            && dice >= SAME_QUOTE
            && content_ratio >= SAME_QUOTE
            && shared_content >= MIN_SHARED_CONTENT))
        .then_some(ratio.min(1.0) * 0.5 + dice * 0.5)
}

/// Whether two quotations (their sorted words) share enough words, in any order, that
/// [`similarity`] could call them the same quote: words shared in order are at most the
/// words shared at all. Most pairs fail this cheap test and skip the diff.
fn may_share_enough(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let short = a.len().min(b.len());
    short >= MIN_WORDS
        && (shared == short
            || (shared as f64 >= SAME_QUOTE * short as f64
                && 2.0 * shared as f64 >= SAME_QUOTE * (a.len() + b.len()) as f64))
}

/// “words”, ended with a period unless the words end a sentence already.
fn quoted(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        format!("“{text}”")
    } else {
        format!("“{text}”.")
    }
}

fn norms<'a>(w: &'a [Word]) -> Vec<&'a str> {
    w.iter().map(|w| w.norm.as_str()).collect()
}

/// Whether every difference between two quotations is one of spelling or spacing only:
/// "neighbourhood"/"neighborhood", "air strikes"/"airstrikes", "I'm"/"I m", "Hasakeh"/"Hasakah".
/// Such renderings of the same words are not misquotes.
pub fn only_spelling_differs(a: &[Word], b: &[Word]) -> bool {
    spelling_only(a, b, false)
}

/// Whether one quotation is the other with words added or dropped at its start or end only,
/// and otherwise differs in spelling at most: a longer or shorter excerpt of the same words.
pub fn excerpt_of_the_other(a: &[Word], b: &[Word]) -> bool {
    spelling_only(a, b, true)
}

/// The shared test of the two above: every difference is of spelling or spacing, except (when
/// `ends_may_differ`) words added or dropped before the first shared word or after the last.
fn spelling_only(a: &[Word], b: &[Word], ends_may_differ: bool) -> bool {
    let (x, y) = (norms(a), norms(b));
    let ops = capture_diff_slices(Algorithm::Myers, &x, &y);
    let last = ops.len().saturating_sub(1);
    ops.into_iter().enumerate().all(|(k, op)| {
        let (tag, old, new) = op.as_tag_tuple();
        let at_end = k == 0 || k == last;
        match tag {
            DiffTag::Equal => true,
            DiffTag::Insert | DiffTag::Delete if ends_may_differ && at_end => true,
            _ => spelled_alike(tag, &a[old.clone()], &b[new.clone()], &x[old], &y[new]),
        }
    })
}

/// Whether one changed stretch of a word diff (`a`, `b` the words, `x`, `y` their normalized
/// forms) is a matter of spelling, spacing, number style ("two"/"2") or editorial marks only.
pub(super) fn spelled_alike(tag: DiffTag, a: &[Word], b: &[Word], x: &[&str], y: &[&str]) -> bool {
    // "6:00" is how another desk writes "6": a whole hour's ":00" is formatting.
    let squash = |ws: &[&str]| -> String {
        ws.iter()
            .flat_map(|w| one_spelling(w.strip_suffix(":00").unwrap_or(w)).chars())
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let (o, n) = (squash(x), squash(y));
    match tag {
        DiffTag::Equal => true,
        _ if o == n => true,
        // Editorial marks and formatting: "[The police]" for "They", "Daesh (ISIL)",
        // "6:00 p.m." for "6 p.m.".
        _ if editorial(a) || editorial(b) => true,
        DiffTag::Insert | DiffTag::Delete if format!("{o}{n}").chars().all(|c| c == '0') => true,
        // "1500" and "1800" are other numbers, however alike their digits.
        DiffTag::Replace => {
            o.chars().next() == n.chars().next()
                && o.chars()
                    .filter(char::is_ascii_digit)
                    .eq(n.chars().filter(char::is_ascii_digit))
                && o.chars().count() >= 4
                && jaro_winkler(&o, &n) >= SAME_SPELLING
        }
        _ => false,
    }
}

/// Whether `w` (normalized) is a small word a desk or a translator may add, drop or put for
/// another without changing what a quotation says: a function word, a determiner or an
/// intensifier, but no negation or tense (see [`MEANINGFUL_SMALL_WORDS`]).
pub(super) fn is_small_word(w: &str) -> bool {
    (FUNCTION_WORDS.contains(&w) && !MEANINGFUL_SMALL_WORDS.contains(&w))
        || DETERMINERS.contains(&w)
        || INTENSIFIERS.contains(&w)
}

/// Small words whose presence changes what a quotation says: a negation or a tense.
const MEANINGFUL_SMALL_WORDS: [&str; 5] = ["not", "no", "will", "was", "were"];

/// Words that point at a noun, one of which a desk may put for another in the same quotation
/// ("will appeal [-this-] {+the+} verdict", "in less than [-an-] {+one+} hour").
const DETERMINERS: [&str; 9] = [
    "a", "an", "any", "one", "the", "this", "that", "these", "those",
];

/// Words that stress or widen what is said without turning it ("ignores {+all+} the
/// evidence", "we are {+very+} shocked", "we {+do+} expect deaths to rise"): a desk or a
/// translator adds and drops them.
const INTENSIFIERS: [&str; 11] = [
    "all", "very", "really", "just", "so", "even", "also", "still", "do", "does", "single",
];

/// The forms of the perfect's "have", one of which a desk may put for another when it
/// reports speech ("what farmers [-have-] {+had+} spent months growing").
const PERFECT_AUXILIARIES: [&str; 3] = ["have", "has", "had"];

/// Most small words two renderings of one quotation may differ by.
const MAX_SMALL_WORDS: usize = 2;

/// Prepositions that say the same, one of which a translator may put for the other ("treated
/// the accounts [-as-] {+like+} his own wallet"); "to" and "from", "with" and "without" say
/// other things and are no such pair.
const SAME_PREPOSITIONS: [(&str, &str); 10] = [
    ("as", "like"),
    ("in", "at"),
    ("in", "within"),
    ("in", "into"),
    ("on", "onto"),
    ("on", "upon"),
    ("toward", "towards"),
    ("among", "amongst"),
    ("amid", "amidst"),
    ("till", "until"),
];

/// Whether `a` and `b` are prepositions that say the same (see [`SAME_PREPOSITIONS`]).
fn same_preposition(a: &str, b: &str) -> bool {
    SAME_PREPOSITIONS
        .iter()
        .any(|&(x, y)| (a, b) == (x, y) || (a, b) == (y, x))
}

/// Whether two quotations differ only by a small word or two added, dropped or put for another
/// ("the violence {+of+} the system uses", "chosen {+the+} dialogue over {+the+}
/// confrontation", "appeal [-this-] {+the+} verdict"), besides spelling: a slip of a desk or a
/// translator, not other words put in the speaker's mouth. A negation or a tense ("{+not+}",
/// "{+will+}") changes what was said and is no such slip.
pub fn small_words_differ(a: &[Word], b: &[Word]) -> bool {
    small_words(a, b, false)
}

/// [`small_words_differ`] in an excerpt: one quotation is part of the other, and the part they
/// share differs by a small word or two ("{-This is-} a slap in the face for {-the-} workers").
pub fn excerpt_with_small_words(a: &[Word], b: &[Word]) -> bool {
    small_words(a, b, true)
}

/// The shared test of the two above: words added or dropped before the first shared word or
/// after the last are passed over when `ends_may_differ`.
fn small_words(a: &[Word], b: &[Word], ends_may_differ: bool) -> bool {
    let (x, y) = (norms(a), norms(b));
    let small = |w: &&str| is_small_word(w);
    let mut changed = 0;
    let ops = capture_diff_slices(Algorithm::Myers, &x, &y);
    let last = ops.len().saturating_sub(1);
    // An excerpt lies inside the other quotation: words beyond it on one side only.
    let beyond = |op: Option<&DiffOp>| {
        op.map(|o| o.tag())
            .filter(|t| matches!(t, DiffTag::Insert | DiffTag::Delete))
    };
    if ends_may_differ
        && let (Some(first), Some(last)) = (beyond(ops.first()), beyond(ops.last()))
        && first != last
    {
        return false;
    }
    for (k, op) in ops.into_iter().enumerate() {
        let (tag, old, new) = op.as_tag_tuple();
        let (o, n) = (&x[old.clone()], &y[new.clone()]);
        if spelled_alike(tag, &a[old], &b[new], o, n) {
            continue;
        }
        if ends_may_differ && (k == 0 || k == last) && tag != DiffTag::Replace {
            continue;
        }
        match tag {
            DiffTag::Insert | DiffTag::Delete if o.iter().chain(n).all(small) => {
                changed += o.len() + n.len();
            }
            DiffTag::Replace
                if o.len() == 1
                    && n.len() == 1
                    && ((DETERMINERS.contains(&o[0]) && DETERMINERS.contains(&n[0]))
                        || (PERFECT_AUXILIARIES.contains(&o[0])
                            && PERFECT_AUXILIARIES.contains(&n[0]))
                        || same_preposition(o[0], n[0])) =>
            {
                changed += 1;
            }
            _ => return false,
        }
    }
    (1..=MAX_SMALL_WORDS).contains(&changed)
}

/// Transliterations that desks spell differently, each with the spelling it is read as:
/// "Shiite" and "Shia", "Qaida" and "Qaeda" are one word; so are a unit and its symbol
/// ("500-kV" and "500-kilovolt", "40 km" and "40 kilometres", "60%" and "60 percent").
const TRANSLITERATIONS: &[(&str, &str)] = &[
    ("shiite", "shia"),
    ("shi'ite", "shia"),
    ("shiites", "shias"),
    ("shi'ites", "shias"),
    ("shi'a", "shia"),
    ("qaida", "qaeda"),
    ("moslem", "muslim"),
    ("moslems", "muslims"),
    ("daesh", "daish"),
    ("hizbollah", "hezbollah"),
    // A number in words or in digits: "two metres" and "2 meters".
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("kilovolt", "kv"),
    ("kilovolts", "kv"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilos", "kg"),
    ("megawatt", "mw"),
    ("megawatts", "mw"),
    ("gigawatt", "gw"),
    ("gigawatts", "gw"),
    // "60%" is the number alone once its sign is trimmed.
    ("percent", ""),
];

fn one_spelling(w: &str) -> &str {
    TRANSLITERATIONS
        .iter()
        .find(|(v, _)| *v == w)
        .map_or(w, |(_, canon)| canon)
}

/// Words an editor put in brackets or parentheses: not the speaker's words.
fn editorial(ws: &[Word]) -> bool {
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return false;
    };
    (first.written.starts_with('[') && last.written.ends_with(']'))
        || (first.written.starts_with('(') && last.written.ends_with(')'))
}

/// Words at least this similar (Jaro-Winkler) are spellings of one word.
const SAME_SPELLING: f64 = 0.85;

/// A word diff from `a` to `b`: shared words as written in `b`, removed ones as `[-…-]`,
/// added ones as `{+…+}`.
pub fn plain_diff(a: &[Word], b: &[Word]) -> String {
    let (x, y) = (norms(a), norms(b));
    let mut out: Vec<String> = Vec::new();
    let join = |ws: &[Word]| ws.iter().map(|w| w.written).collect::<Vec<_>>().join(" ");
    for op in capture_diff_slices(Algorithm::Myers, &x, &y) {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => out.push(join(&b[new])),
            DiffTag::Delete => out.push(format!("[-{}-]", join(&a[old]))),
            DiffTag::Insert => out.push(format!("{{+{}+}}", join(&b[new]))),
            DiffTag::Replace => {
                out.push(format!("[-{}-]", join(&a[old])));
                out.push(format!("{{+{}+}}", join(&b[new])));
            }
        }
    }
    out.join(" ")
}

/// Whether two speaker names name the same person or body: equal, same surname with a
/// compatible first name ("Lavrov", "Sergei Lavrov", "Sergey Lavrov"), or close spelling.
/// `None` when either is unknown.
pub fn same_speaker(a: Option<&str>, b: Option<&str>) -> Option<bool> {
    let (a, b) = (a?.to_lowercase(), b?.to_lowercase());
    if a == b {
        return Some(true);
    }
    let (ta, tb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let (Some(la), Some(lb)) = (ta.last(), tb.last()) else {
        return Some(false);
    };
    // "Rami Abdel Rahman" inside "Human Rights Rami Abdel Rahman": a role left in front.
    let (short, long) = if ta.len() <= tb.len() {
        (&ta, &tb)
    } else {
        (&tb, &ta)
    };
    if short.len() >= 2 && long.ends_with(short) {
        return Some(true);
    }
    if la == lb || (la.len() >= 4 && jaro_winkler(la, lb) >= 0.9) {
        let first_ok = ta.len() == 1 || tb.len() == 1 || jaro_winkler(ta[0], tb[0]) >= 0.8;
        return Some(first_ok);
    }
    Some(jaro_winkler(&a, &b) >= 0.93)
}

/// Words that mark a name as an organization or a place, not a person.
const NOT_PERSON: [&str; 40] = [
    "co",
    "inc",
    "corp",
    "ltd",
    "project",
    "party",
    "ministry",
    "department",
    "agency",
    "observatory",
    "council",
    "army",
    "forces",
    "police",
    "office",
    "committee",
    "organization",
    "organisation",
    "group",
    "union",
    "nations",
    "news",
    "village",
    "province",
    "district",
    "city",
    "state",
    "states",
    "republic",
    "kingdom",
    "front",
    "coalition",
    "command",
    "centre",
    "center",
    "hospital",
    "university",
    "company",
    "bank",
    "sudan",
];

/// A speaker name that is surely a person's: two to four capitalized words, none of them a
/// word of organizations or places.
fn person_like(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                && !NOT_PERSON.contains(&w.to_lowercase().trim_end_matches('.'))
        })
}

/// Whether two different speakers of the same words make a conflict worth reporting: both
/// are surely people, they share no name (relatives, or one name resolved to the wrong person
/// of a family), neither name stands in the other source's sentence (where it would be a place
/// or a second person mentioned, not a rival speaker), and each source gives its own speaker
/// the words. A speaker named in the quote's own sentence does; one found through "he said",
/// "the minister said" or a quote continued from an earlier paragraph is a guess, which counts
/// only when the other source names its speaker in its sentence and this source's article
/// never names that other speaker (so whoever it meant, it was not them). `a` and `b` come
/// with (the quote's sentence, the whole article).
fn confident_conflict(
    a: Option<&str>,
    b: Option<&str>,
    (sa, ta): (&str, &str),
    (sb, tb): (&str, &str),
) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let surname = |n: &'_ str| n.split_whitespace().last().unwrap_or("").to_string();
    let shares_a_name = a
        .split_whitespace()
        .any(|w| b.split_whitespace().any(|v| v == w));
    let (named_a, named_b) = (sa.contains(&surname(a)), sb.contains(&surname(b)));
    // A guess counts when its person speaks somewhere in the article ("Varga said …") and the
    // article never names the other speaker.
    let guess_holds = |own: &str, other: &str, article: &str| {
        speaks_in(article, &surname(own)) && !article.contains(&surname(other))
    };
    person_like(a)
        && person_like(b)
        && (named_a || (named_b && guess_holds(a, b, ta)))
        && (named_b || (named_a && guess_holds(b, a, tb)))
        && (!shares_a_name || one_family_two_people(a, b, sa, sb))
        && !sb.contains(a)
        && !sa.contains(b)
}

/// Words before a surname that are titles, not first names ("Cllr Marsh", "Helen Marsh").
const TITLES: [&str; 12] = [
    "mr", "mrs", "ms", "miss", "dr", "cllr", "prof", "sir", "dame", "lord", "lady", "rev",
];

/// Whether two speakers who share a surname are two people of one family: each written in
/// full in its own sentence, with first names that are no titles and are told apart ("his
/// mother, Grace Okafor" and "his sister, Amara Okafor").
fn one_family_two_people(a: &str, b: &str, sa: &str, sb: &str) -> bool {
    let first_and_last = |n: &'_ str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        match words.as_slice() {
            [first, .., last] => Some((first.to_string(), last.to_string())),
            _ => None,
        }
    };
    let (Some((fa, la)), Some((fb, lb))) = (first_and_last(a), first_and_last(b)) else {
        return false;
    };
    let given = |f: &str| {
        f.len() >= 3
            && f.chars().all(char::is_alphabetic)
            && f.chars().next().is_some_and(char::is_uppercase)
            && !TITLES.contains(&f.to_lowercase().as_str())
    };
    la == lb
        && given(&fa)
        && given(&fb)
        && jaro_winkler(&fa.to_lowercase(), &fb.to_lowercase()) < 0.8
        && sa.contains(a)
        && sb.contains(b)
}

/// Verbs that say a person speaks right after their name ("Varga said", "Dudek told").
const SPEAKING_VERBS: [&str; 10] = [
    "said", "says", "told", "tells", "added", "adds", "wrote", "stated", "insisted", "warned",
];

/// Whether `article` has `surname` speak: the name right before a speaking verb ("Varga
/// said", "Ms Varga added") or right after "said" ("said Varga").
fn speaks_in(article: &str, surname: &str) -> bool {
    if surname.is_empty() {
        return false;
    }
    article.match_indices(surname).any(|(at, _)| {
        let after = article[at + surname.len()..].trim_start_matches([' ', ',']);
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let before = article[..at].trim_end();
        SPEAKING_VERBS.contains(&next) || before.ends_with("said")
    })
}

/// Groups items (one source each) by pair scores, best first, never putting two items of the
/// same source in one group. Items left alone form groups of one.
pub fn group(sources: &[usize], mut pairs: Vec<(f64, usize, usize)>) -> Vec<Vec<usize>> {
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut of: Vec<usize> = (0..sources.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..sources.len()).map(|i| vec![i]).collect();
    // The sources of each group, sorted.
    let mut stating: Vec<Vec<usize>> = sources.iter().map(|&s| vec![s]).collect();
    for (_, i, j) in pairs {
        let (gi, gj) = (of[i], of[j]);
        if gi == gj {
            continue;
        }
        let (small, large) = if stating[gi].len() <= stating[gj].len() {
            (&stating[gi], &stating[gj])
        } else {
            (&stating[gj], &stating[gi])
        };
        if small.iter().any(|s| large.binary_search(s).is_ok()) {
            continue;
        }
        // The smaller group moves into the larger.
        let (to, from) = if groups[gi].len() >= groups[gj].len() {
            (gi, gj)
        } else {
            (gj, gi)
        };
        let moved = std::mem::take(&mut groups[from]);
        for &m in &moved {
            of[m] = to;
        }
        groups[to].extend(moved);
        let moved = std::mem::take(&mut stating[from]);
        for s in moved {
            if let Err(at) = stating[to].binary_search(&s) {
                stating[to].insert(at, s);
            }
        }
    }
    let mut out: Vec<Vec<usize>> = groups.into_iter().filter(|g| !g.is_empty()).collect();
    for g in &mut out {
        g.sort_by_key(|&m| sources[m]);
    }
    out.sort_by_key(|g| g[0]);
    out
}

/// The quote findings of an event.
pub fn findings(claims: &[Claim], articles: &[Article], source_rank: &SourceRank) -> Vec<Ranked> {
    struct Item<'a, 'r> {
        claim: usize,
        source: usize,
        speaker: Option<&'a str>,
        text: &'a str,
        words: &'r [Word<'a>],
        /// The normalized words' numbers, in the quotation's order.
        numbers: &'r [u32],
        /// The same, sorted: for a cheap bound on what two quotations share.
        sorted: &'r [u32],
        /// The number of its normalized words as a whole: equal for the same words.
        form: usize,
        sentence: &'a str,
        /// The whole text of its article.
        article: &'a str,
    }
    // Each distinct text is read once: outlets that relay one report repeat its quotations
    // word for word.
    let mut text_number: HashMap<&str, usize> = HashMap::default();
    let mut texts: Vec<&str> = Vec::new();
    let quotations: Vec<(usize, usize, &Claim, &QuoteValue, usize)> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let Value::Quote(q) = &c.value else {
                return None;
            };
            let source = *source_rank.get(c.source.as_str())?;
            let next = texts.len();
            let t = *text_number.entry(q.text.as_str()).or_insert_with(|| {
                texts.push(&q.text);
                next
            });
            Some((i, source, c, q, t))
        })
        .collect();
    let read: Vec<Vec<Word>> = texts.iter().map(|t| words(t)).collect();
    // Words numbered as first met: equal numbers for equal words.
    let mut number: HashMap<&str, u32> = HashMap::default();
    let mut content: Vec<bool> = Vec::new();
    let numbered: Vec<Vec<u32>> = read
        .iter()
        .map(|ws| {
            ws.iter()
                .map(|w| {
                    let next = number.len() as u32;
                    *number.entry(w.norm.as_str()).or_insert_with(|| {
                        content.push(is_content(&w.norm));
                        next
                    })
                })
                .collect()
        })
        .collect();
    let sorted: Vec<Vec<u32>> = numbered
        .iter()
        .map(|numbers| {
            let mut sorted = numbers.clone();
            sorted.sort_unstable();
            sorted
        })
        .collect();
    let mut forms_seen: HashMap<&[u32], usize> = HashMap::default();
    let forms: Vec<usize> = numbered
        .iter()
        .map(|numbers| {
            let next = forms_seen.len();
            *forms_seen.entry(numbers).or_insert(next)
        })
        .collect();
    let items: Vec<Item> = quotations
        .into_iter()
        .map(|(i, source, c, q, t)| Item {
            claim: i,
            source,
            speaker: q.speaker.as_deref(),
            text: &q.text,
            words: &read[t],
            numbers: &numbered[t],
            sorted: &sorted[t],
            form: forms[t],
            sentence: articles
                .get(source)
                .map_or("", |a| c.sentence.slice(&a.text)),
            article: articles.get(source).map_or("", |a| a.text.as_str()),
        })
        .collect();
    // Each item is scored against one item of each distinct quotation (the same words from
    // the same speaker): sources that repeat a quotation word for word add items, not pairs to
    // score. Where no two sources quote alike, that is every pair.
    let mut distinct: HashMap<(usize, Option<&str>), usize> = HashMap::default();
    for (i, it) in items.iter().enumerate() {
        distinct.entry((it.form, it.speaker)).or_insert(i);
    }
    let mut reps: Vec<usize> = distinct.into_values().collect();
    reps.sort_unstable();
    let mut is_rep = vec![false; items.len()];
    for &j in &reps {
        is_rep[j] = true;
    }
    // Representatives by form, for short quotations, which line up only with the same
    // words; by their words, for the others (see `quote_index`).
    let mut reps_of_form: HashMap<usize, Vec<usize>> = HashMap::default();
    for &j in &reps {
        reps_of_form.entry(items[j].form).or_default().push(j);
    }
    let listed: Vec<&[u32]> = reps.iter().map(|&j| items[j].sorted).collect();
    let mut index = SharedWords::new(&listed);
    let mut places = Vec::new();
    // Candidates and similarities depend only on the words, so each form asks once: a
    // quotation repeated word for word by many sources costs one lookup.
    let mut candidates_of_form: Vec<Option<Vec<usize>>> = vec![None; forms_seen.len()];
    let mut similarity_of_forms: HashMap<(usize, usize), Option<f64>> = HashMap::default();
    let mut pairs = Vec::new();
    for i in 0..items.len() {
        // Other representatives cannot pass `may_share_enough` (or, short, the same form).
        let candidates = candidates_of_form[items[i].form].get_or_insert_with(|| {
            if items[i].sorted.len() < MIN_WORDS {
                reps_of_form
                    .get(&items[i].form)
                    .into_iter()
                    .flatten()
                    .copied()
                    .collect()
            } else {
                index.candidates(i, items[i].sorted, &mut places);
                places.iter().map(|&p| reps[p]).collect()
            }
        });
        for &j in candidates.iter() {
            // Pairs of two representatives are scored once.
            if (is_rep[i] && j <= i) || items[i].source == items[j].source {
                continue;
            }
            let (i, j) = (i.min(j), i.max(j));
            // A short quotation ("real work") lines up only with the same words given to the
            // same speaker: said by many, such phrases are no evidence of one quote otherwise.
            let (a, b) = (&items[i], &items[j]);
            if a.sorted.len() < MIN_WORDS || b.sorted.len() < MIN_WORDS {
                if a.form == b.form && same_speaker(a.speaker, b.speaker) == Some(true) {
                    pairs.push((1.0, i, j));
                }
                continue;
            }
            if !may_share_enough(a.sorted, b.sorted) {
                continue;
            }
            let similarity = *similarity_of_forms
                .entry((a.form, b.form))
                .or_insert_with(|| similarity_of(a.numbers, b.numbers, |&w| content[w as usize]));
            // Words given to two different speakers are one quotation told of two people (an
            // attribution conflict) only when they are nearly the same words: "Our priority is
            // safety", said by the finance chief, is her own echo of the spokeswoman's
            // "Safety is our top priority".
            // Only speakers surely told apart count (see `confident_conflict`): a name read
            // wrongly ("Cr Marsh", "Helen Marsh") is no second speaker.
            let other_speaker = |s: f64| {
                s < SAME_WORDS_OF_TWO
                    && same_speaker(a.speaker, b.speaker) == Some(false)
                    && confident_conflict(
                        a.speaker,
                        b.speaker,
                        (a.sentence, a.article),
                        (b.sentence, b.article),
                    )
            };
            if let Some(s) = similarity.filter(|&s| !other_speaker(s)) {
                pairs.push((s, i, j));
            }
        }
    }
    let sources: Vec<usize> = items.iter().map(|i| i.source).collect();
    let id_of = |s: usize| {
        articles
            .get(s)
            .map_or_else(|| "?".to_string(), |a| a.id.clone())
    };
    let rank = |c: &Claim| {
        source_rank
            .get(c.source.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    };
    let mut out = Vec::new();
    for g in group(&sources, pairs) {
        let it: Vec<&Item> = g.iter().map(|&m| &items[m]).collect();
        let ids: Vec<usize> = it.iter().map(|i| i.claim).collect();
        // Where one source names the speaker and another does not, the words are the named
        // speaker's: the finding is under their name.
        // The fullest name is the one shown ("Anna Kowalski", not "Kowalski").
        let most = it
            .iter()
            .filter_map(|i| i.speaker)
            .map(|s| s.split(' ').count())
            .max();
        let named = it
            .iter()
            .find(|i| i.speaker.map(|s| s.split(' ').count()) == most && most.is_some());
        let topic = claims[named.map_or(ids[0], |i| i.claim)].topic.clone();
        let who = |i: &Item| {
            i.speaker
                .or(named.and_then(|n| n.speaker))
                .unwrap_or("an unnamed speaker")
                .to_string()
        };
        if it.len() == 1 {
            let i = it[0];
            let explanation = format!("Only {} quotes {}: “{}”.", id_of(i.source), who(i), i.text);
            out.push(ranked(
                claims,
                ids,
                rank,
                Verdict::Unique,
                topic,
                explanation,
            ));
            continue;
        }
        let mut notes: Vec<String> = Vec::new();
        let mut verdict = Verdict::Agree;
        // Attribution conflicts: the same words given to different speakers.
        // Sources mostly name one speaker: each two names are compared once, and only
        // where some two differ are the members' sentences looked at.
        let mut differ: HashMap<(Option<&str>, Option<&str>), bool> = HashMap::default();
        let mut speakers: Vec<Option<&str>> = it.iter().map(|i| i.speaker).collect();
        speakers.sort_unstable();
        speakers.dedup();
        for &a in &speakers {
            for &b in &speakers {
                differ.insert((a, b), same_speaker(a, b) == Some(false));
            }
        }
        let any_differ = differ.values().any(|&d| d);
        let mut attribution_conflict = false;
        'speakers: for (x, a) in it.iter().enumerate().filter(|_| any_differ) {
            for b in &it[x + 1..] {
                if differ[&(a.speaker, b.speaker)]
                    && confident_conflict(
                        a.speaker,
                        b.speaker,
                        (a.sentence, a.article),
                        (b.sentence, b.article),
                    )
                {
                    verdict = Verdict::Contradict;
                    attribution_conflict = true;
                    notes.push(format!(
                        "Attribution conflict: {} gives these words to {}, {} to {}.",
                        id_of(a.source),
                        who(a),
                        id_of(b.source),
                        who(b)
                    ));
                    break 'speakers;
                }
            }
        }
        let base = it[0];
        let mut misquoted = false;
        let mut partial = false;
        let mut spelling = false;
        let mut small_word: Vec<String> = Vec::new();
        let mut elided: Vec<String> = Vec::new();
        let mut other_words: Vec<String> = Vec::new();
        for b in &it[1..] {
            if b.form == base.form {
                continue;
            }
            let (x, y) = (&base.numbers, &b.numbers);
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            // The same words spelled otherwise ("behavior", "behaviour") before an excerpt,
            // which may differ in spelling too.
            if holds_run(long, short) {
                partial = true;
                continue;
            }
            if only_spelling_differs(base.words, b.words) {
                spelling = true;
                continue;
            }
            if excerpt_of_the_other(base.words, b.words) {
                partial = true;
                continue;
            }
            // Two parts of one longer quotation that a third source gives whole: "We will
            // appeal" and "My client has been made a scapegoat" are both in "We will appeal
            // … My client has been made a scapegoat for a system that failed".
            let within = |x: &[u32], x_words: &[Word], c: &[u32], c_words: &[Word]| {
                x.len() <= c.len() && (holds_run(c, x) || excerpt_of_the_other(x_words, c_words))
            };
            let bridged = it.iter().any(|c| {
                c.form != base.form
                    && c.form != b.form
                    && within(base.numbers, base.words, c.numbers, c.words)
                    && within(b.numbers, b.words, c.numbers, c.words)
            });
            if bridged {
                partial = true;
                continue;
            }
            // "a and b quote X with …: the word diff", one line of the explanation.
            let line = |opening: &str, how: &str| {
                format!(
                    "{opening}{} and {} quote {} {how}: {}",
                    id_of(base.source),
                    id_of(b.source),
                    who(base),
                    plain_diff(base.words, b.words)
                )
            };
            if shortened_with_ellipsis(base.words, b.words) {
                elided.push(line(
                    "",
                    "with the same words, one leaving some out with an ellipsis",
                ));
                continue;
            }
            if small_words_differ(base.words, b.words) {
                small_word.push(line("", "with the same words but a small word or two"));
                continue;
            }
            if excerpt_with_small_words(base.words, b.words) {
                small_word.push(line(
                    "",
                    "with the same words but a small word or two, one quoting only part of them",
                ));
                continue;
            }
            if same_sense_in_other_words(base.words, b.words) {
                other_words.push(line(
                    "",
                    "with the same sense in other words (two translations or a paraphrase)",
                ));
                continue;
            }
            if same_words_in_another_order(base.words, b.words) {
                other_words.push(line(
                    "",
                    "with the same words in another order (two translations or a paraphrase)",
                ));
                continue;
            }
            if pronoun_named(base.words, b.words) {
                other_words.push(line(
                    "",
                    "with the same words, one naming what a pronoun of the other stands for \
                     (an editor's clarification)",
                ));
                continue;
            }
            misquoted = true;
            notes.push(line("Misquote: ", "with different words"));
        }
        if misquoted {
            verdict = Verdict::Contradict;
        } else if verdict == Verdict::Agree
            && !(small_word.is_empty() && elided.is_empty() && other_words.is_empty())
        {
            verdict = Verdict::Compatible;
            notes.append(&mut elided);
            notes.append(&mut small_word);
            notes.append(&mut other_words);
        } else if partial && verdict == Verdict::Agree {
            verdict = Verdict::Compatible;
            notes.push(format!(
                "The sources quote {} with the same words, but some quote only part of them.",
                who(base)
            ));
        }
        if spelling && verdict == Verdict::Agree {
            notes.push("The sources spell or space some of the words differently.".to_string());
        }
        if verdict == Verdict::Agree {
            let all = if it.len() == 2 {
                "Both sources".to_string()
            } else {
                format!("All {} sources", it.len())
            };
            notes.push(format!(
                "{all} quote {} with the same words: {}",
                who(base),
                quoted(base.text)
            ));
        }
        // "3 of 4 sources give these words to Henrik Lund; c departs from them."
        let consensus = attribution_conflict
            .then(|| {
                let all: Vec<Attribution> = it
                    .iter()
                    .map(|i| Attribution {
                        source: i.source,
                        claim: i.claim,
                        speaker: i.speaker,
                    })
                    .collect();
                quote_majority::majority(&all, |a, b| differ.get(&(a, b)).copied().unwrap_or(true))
            })
            .flatten()
            .map(|(with, departing, claim, speaker)| {
                let sources: Vec<String> = with.iter().map(|&s| id_of(s)).collect();
                let departing: Vec<String> = departing.iter().map(|&s| id_of(s)).collect();
                let who = match departing.as_slice() {
                    [one] => format!("{one} departs from them"),
                    many => format!("{} depart from them", many.join(", ")),
                };
                notes.push(format!(
                    "{} of {} sources ({}) give these words to {speaker}; {who}.",
                    sources.len(),
                    sources.len() + departing.len(),
                    sources.join(", ")
                ));
                Consensus {
                    sources,
                    departing,
                    claim,
                }
            });
        let mut finding = ranked(claims, ids, rank, verdict, topic, notes.join(" "));
        finding.0.consensus = consensus;
        out.push(finding);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> Option<f64> {
        similarity(&words(a), &words(b))
    }

    #[test]
    fn normalized_words_are_the_same_quote() {
        assert_eq!(
            sim(
                "We consider such an approach artificial.",
                "we consider  such an approach ARTIFICIAL"
            ),
            Some(1.0)
        );
        assert!(sim("Russia’s view is clear", "Russia's view is clear").is_some());
        assert_eq!(
            sim("men-parents-slapping", "men parents slapping"),
            Some(1.0)
        );
    }

    #[test]
    fn misquotes_share_most_words() {
        let a = "We consider such an approach artificial and against international law.";
        let b = "We consider such an approach unlawful and against international law.";
        assert!(sim(a, b).is_some());
        assert_eq!(
            plain_diff(&words(a), &words(b)),
            "We consider such an approach [-artificial-] {+unlawful+} and against international law."
        );
    }

    #[test]
    fn a_few_common_words_are_not_the_same_quote() {
        assert_eq!(
            sim(
                "We will discuss the situation in Syria with our partners.",
                "The situation in Ukraine is destabilizing that country."
            ),
            None
        );
        assert_eq!(sim("in the", "in the country"), None);
        assert_eq!(
            sim(
                "The earthquake was really strong, and people poured into the streets in panic. My husband rushed off to one of the villages.",
                "People poured into the streets, fearing aftershocks."
            ),
            None
        );
        // A fragment of a longer quotation is the same quote.
        assert!(
            sim(
                "the first item on Secretary Kerry’s agenda",
                "He said the first item on Secretary Kerry’s agenda will be Ukraine"
            )
            .is_some()
        );
    }

    #[test]
    fn speakers_match_by_surname_and_spelling() {
        assert_eq!(
            same_speaker(Some("Sergei Lavrov"), Some("Lavrov")),
            Some(true)
        );
        assert_eq!(
            same_speaker(Some("Sergei Lavrov"), Some("Sergueï Lavrov")),
            Some(true)
        );
        assert_eq!(
            same_speaker(Some("Sergei Lavrov"), Some("Vitaly Churkin")),
            Some(false)
        );
        assert_eq!(same_speaker(Some("John Kerry"), None), None);
        assert_eq!(
            same_speaker(
                Some("Human Rights Rami Abdel Rahman"),
                Some("Rami Abdel Rahman")
            ),
            Some(true)
        );
    }

    #[test]
    fn spelling_and_spacing_are_not_misquotes() {
        let same = |a: &str, b: &str| only_spelling_differs(&words(a), &words(b));
        assert!(same(
            "police locked down the neighbourhood",
            "police locked down the neighborhood"
        ));
        // A unit or its symbol.
        assert!(same(
            "It was a failure on a 500-kV line",
            "It was a failure on a 500-kilovolt line"
        ));
        assert!(same(
            "prices rose 60% this year",
            "prices rose 60 percent this year"
        ));
        assert!(same("a 40km stretch", "a 40 kilometre stretch"));
        assert!(!same(
            "prices rose 60% this year",
            "prices rose 70 percent this year"
        ));
        assert!(same(
            "a series of air strikes today",
            "a series of airstrikes today"
        ));
        assert!(same("I'm in the middle of it", "I m in the middle of it"));
        // Transliterations: one word however a desk spells it; another word stays one.
        assert!(same(
            "towns largely inhabited by Shiite Muslims",
            "towns largely inhabited by Shia Muslims"
        ));
        assert!(!same(
            "towns largely inhabited by Shiite Muslims",
            "towns largely inhabited by Sunni Muslims"
        ));
        assert!(same(
            "gave himself up just after 6 p.m.",
            "gave himself up just after 6:00 p.m."
        ));
        assert!(same(
            "gave himself up just after 6 p.m.",
            "gave himself up just after 6: 00 p.m."
        ));
        assert!(!same("just after 6 p.m.", "just after 6:30 p.m."));
        assert!(same("in Hasakeh city", "in Hasakah city"));
        assert!(same(
            "[The police] have a hard time",
            "They have a hard time"
        ));
        assert!(same(
            "to deny Daesh the ability",
            "to deny Daesh (ISIL) the ability"
        ));
        assert!(!same(
            "many houses were damaged",
            "many houses were destroyed"
        ));
        assert!(!same("the violence we use", "the violence of the system"));
        let excerpt = |a: &str, b: &str| excerpt_of_the_other(&words(a), &words(b));
        assert!(excerpt(
            "He probably realised if he didn't, he was going to be shot",
            "A man was arrested. He probably realized if he didn't, he was going to be shot"
        ));
        assert!(!excerpt(
            "that person is dangerous and needs to be found",
            "that person needs to be found"
        ));
    }

    #[test]
    fn an_excerpt_may_drop_a_small_word_too() {
        let excerpt = |a: &str, b: &str| excerpt_with_small_words(&words(a), &words(b));
        assert!(excerpt(
            "This is a slap in the face for the workers who built this company",
            "a slap in the face for workers who built this company"
        ));
        // Not without a small word's difference inside, nor with other words inside.
        assert!(!excerpt(
            "This is a slap in the face for the workers",
            "a slap in the face for the workers"
        ));
        assert!(!excerpt(
            "This is a slap in the face for the workers",
            "a slap in the face for honest workers"
        ));
        // Two quotations that overlap, each with words beyond the other, are no excerpt.
        assert!(!excerpt(
            "we said that the plan is a slap in the face",
            "the plan is the slap in the face of every worker"
        ));
    }

    #[test]
    fn a_small_word_or_two_is_a_slip_not_a_misquote() {
        let slip = |a: &str, b: &str| small_words_differ(&words(a), &words(b));
        // A determiner put for another, two articles added, a perfect for a past, a number
        // in words for one in digits beside a spelling.
        assert!(slip(
            "My client maintains his innocence and will appeal this verdict",
            "my client maintains his innocence and will appeal the verdict"
        ));
        assert!(slip(
            "Our two nations have chosen dialogue over confrontation",
            "Our two nations have chosen the dialogue over the confrontation"
        ));
        assert!(slip(
            "I lost everything, my house, my boat, my nets",
            "I have lost everything, my house, my boat, my nets"
        ));
        assert!(slip(
            "The water rose two metres in less than an hour",
            "the water rose 2 meters in less than one hour"
        ));
        // A word that stresses without turning what is said.
        assert!(slip(
            "This verdict ignores the evidence",
            "This verdict ignores all the evidence"
        ));
        assert!(!slip(
            "This verdict ignores the evidence",
            "This verdict does not ignore the evidence"
        ));
        // Three small words are more than a slip; another number is another quote.
        assert!(!slip(
            "we have chosen dialogue over confrontation in the region",
            "we have chosen the dialogue over the confrontation in this the region"
        ));
        assert!(!slip(
            "The water rose two metres in less than an hour",
            "The water rose three metres in less than an hour"
        ));
        assert!(!only_spelling_differs(
            &words("we found 1500 bodies in the town"),
            &words("we found 1800 bodies in the town")
        ));
    }

    #[test]
    fn one_small_word_is_a_slip_not_a_misquote() {
        let slip = |a: &str, b: &str| small_words_differ(&words(a), &words(b));
        assert!(slip(
            "minimal in comparison to the violence the system uses, like the banks",
            "minimal in comparison to the violence of the system uses, like the banks"
        ));
        // A negation or a tense changes the words' meaning; two words are more than a slip.
        assert!(!slip(
            "we accept the deal today",
            "we do not accept the deal today"
        ));
        assert!(!slip(
            "we accept the deal today",
            "we not accept the deal today"
        ));
        assert!(!slip("we fight for the city", "we will fight for the city"));
        // An emphatic "do", and a perfect told back a tense, are slips.
        assert!(slip(
            "It is a very difficult situation and we expect deaths to rise",
            "It is a very difficult situation, and we do expect deaths to rise"
        ));
        assert!(slip(
            "This swarm has wiped out in days what farmers have spent months growing",
            "This swarm has wiped out in days what farmers had spent months growing"
        ));
        // "every {+single+} sample", "never taken [-a-] {+any+} banned substance".
        assert!(slip(
            "We will not lift the advisory until every sample comes back clean",
            "We will not lift the advisory until every single sample comes back clean"
        ));
        assert!(slip(
            "I have never taken a banned substance and I will fight this decision",
            "I have never taken any banned substance and I will fight this decision"
        ));
        assert!(!slip("we do accept the deal", "we do not accept the deal"));
        assert!(!slip(
            "and a dozen other people",
            "and there were another dozen other people"
        ));
        assert!(!slip(
            "many houses were damaged",
            "many houses were destroyed"
        ));
    }

    #[test]
    fn a_preposition_that_says_the_same_is_a_slip() {
        let slip = |a: &str, b: &str| small_words_differ(&words(a), &words(b));
        assert!(slip(
            "He treated the accounts of pensioners as his own wallet",
            "He treated the accounts of pensioners like his own wallet"
        ));
        assert!(slip(
            "we will meet in Geneva next week",
            "we will meet at Geneva next week"
        ));
        // Prepositions of another meaning change what was said.
        assert!(!slip(
            "the convoy came to Aleppo on Monday",
            "the convoy came from Aleppo on Monday"
        ));
        assert!(!slip(
            "we will talk with preconditions",
            "we will talk without preconditions"
        ));
    }

    #[test]
    fn only_surely_named_people_make_attribution_conflicts() {
        assert!(person_like("John Prendergast"));
        assert!(!person_like("Enough Project Co"));
        assert!(!person_like("Lt"));
        assert!(!person_like("South Sudan"));
        let s = |t| (t, t);
        assert!(confident_conflict(
            Some("Sergei Lavrov"),
            Some("John Kerry"),
            s("“We agreed,” Lavrov said."),
            s("“We agreed,” said Secretary of State John Kerry.")
        ));
        // A speaker not named in the quote's sentence ("he said", a continued quote), in an
        // article that names the other speaker too.
        assert!(!confident_conflict(
            Some("Sergei Lavrov"),
            Some("John Kerry"),
            (
                "“We agreed,” he said.",
                "Kerry and Lavrov met. “We agreed,” he said."
            ),
            s("“We agreed,” said Secretary of State John Kerry.")
        ));
        // An article that never names the other speaker gives the words to its own.
        assert!(confident_conflict(
            Some("Elena Varga"),
            Some("Tomasz Wren"),
            (
                "“Not a zloty will go into this deal,” she said.",
                "Elena Varga said the deal was done. “Not a zloty will go into this deal,” she said."
            ),
            s("“Not a zloty will go into this deal,” said Prime Minister Tomasz Wren.")
        ));
        // "he said" after a sentence that names a village, and an unnamed official: the
        // guessed name never speaks in its article.
        assert!(!confident_conflict(
            Some("Suka Makmur"),
            Some("Sutopo Nugroho"),
            (
                "“A man was working,” he said.",
                "In Suka Makmur village a landslide struck, said the official. “A man was working,” he said."
            ),
            s("“A man was working,” said Sutopo Nugroho, a spokesman.")
        ));
        // Two guesses are no conflict.
        assert!(!confident_conflict(
            Some("Elena Varga"),
            Some("Tomasz Wren"),
            s("“Not a zloty will go into this deal,” she said."),
            s("“Not a zloty will go into this deal,” the prime minister said.")
        ));
        // Two people of one family: "Kafoury's son, Charlie, said".
        assert!(!confident_conflict(
            Some("Charlie Kafoury"),
            Some("Madeline Kafoury"),
            s("“She was our mom,” said Charlie Kafoury, Charlene's brother."),
            s("“She was our mom,” Kafoury's son, Charlie, said.")
        ));
        assert!(!confident_conflict(
            Some("Bukit Sama"),
            Some("Bensu Elianita"),
            s("a Bukit Sama village resident told AP"),
            s("said Bensu Elianita, a resident in Bukit Sama village")
        ));
    }

    #[test]
    fn groups_keep_one_item_per_source() {
        let g = group(&[0, 1, 1], vec![(1.0, 0, 1), (0.9, 0, 2), (0.8, 1, 2)]);
        assert_eq!(g, vec![vec![0, 1], vec![2]]);
    }
}
