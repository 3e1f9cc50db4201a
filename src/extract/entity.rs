//! People, organizations and countries named in an article, with their aliases resolved inside
//! the article ("Secretary of State John Kerry", "Kerry", "the top U.S. diplomat" → John Kerry).
//!
//! Names are runs of capitalized words (dotted acronyms such as `U.S.` and hyphenated names such
//! as `al-Assad` count as one word). A run loses its leading titles and demonyms, which become
//! the person's role ("Russian Foreign Minister" in "Russian Foreign Minister Sergei Lavrov");
//! an appositive after the name is a role too ("Vitaly Churkin, Russia's envoy to the United
//! Nations"). The alias list (`data/aliases.txt`) names the common cases (U.S. = United
//! States, ISIL = Islamic State); a lone surname is the full name the article gives it.
//!
//! Word lists are data files: `data/titles.txt`, `data/entity_words.txt`, `data/aliases.txt`.

use crate::extract::gender::{Sex, is_first_name, sex_of};
use crate::extract::speaker::is_attribution_verb;
use crate::extract::token::{Token, TokenKind, tokenize};
use crate::extract::word_set::WordSet;
#[cfg(test)]
use crate::model::Sentence;
use crate::model::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Person,
    Org,
    Country,
    Place,
    /// A capitalized word the article says nothing more about ("Churkin" with no first name).
    Unknown,
}

/// A word of a text for name finding: a word token, a dotted acronym (`U.S.`), a hyphenated
/// name (`al-Assad`), or one punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub span: Span,
    pub word: bool,
    /// A word that starts with an uppercase letter (read once, when the unit is made).
    pub cap: bool,
    /// A capitalized compound adjective ("Britain-based", see [`compound_adjective`]): no
    /// name. Only a unit of several tokens holds a hyphen, so only those are read for it.
    pub compound: bool,
}

impl Unit {
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }
}

/// The units of `span` of `text`, in order.
pub fn units(text: &str, span: Span) -> Vec<Unit> {
    units_of(text, &tokenize(text, span))
}

/// The units made of tokens `toks` of `text`, in order.
pub fn units_of(text: &str, toks: &[Token]) -> Vec<Unit> {
    let bytes = text.as_bytes();
    let mut out: Vec<Unit> = Vec::with_capacity(toks.len());
    // Whether a token starts with an uppercase letter: its first byte tells, unless that is
    // not ASCII.
    let cap_at = |span: Span| match bytes.get(span.start()) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => capitalized(span.slice(text)),
    };
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        // Whether the next token is glued to this one (read by reference: a token is not
        // copied out whole).
        let next_glued = toks.get(i + 1).is_some_and(|n| !n.space_before);
        if t.kind != TokenKind::Word || !next_glued {
            // Numbers and marks are units of their own, and so is a word with a space after
            // it: every way a unit goes on joins a token glued to the word. Most units are
            // these, made here with the fewest tests.
            let word = t.kind != TokenKind::Punct;
            out.push(Unit {
                span: t.span,
                word,
                cap: word && cap_at(t.span),
                compound: false,
            });
            i += 1;
            continue;
        }
        let end = unit_end(text, toks, i);
        let span = toks.get(end).map_or(t.span, |e| t.span.cover(e.span));
        // A word token: a unit that starts with one is a word.
        let cap = cap_at(span);
        let compound = cap && end > i && compound_adjective(span.slice(text));
        out.push(Unit {
            span,
            word: true,
            cap,
            compound,
        });
        i = end + 1;
    }
    out
}

/// The last token of the unit that starts at word token `i` of `toks`: an acronym with its
/// periods, a middle initial or a title abbreviation with its period, or a word with the
/// hyphenated words glued to it (`i` itself when nothing goes on).
fn unit_end(text: &str, toks: &[Token], i: usize) -> usize {
    let bytes = text.as_bytes();
    // Token tests read the token's kind, length and first byte: no slicing of the text.
    let first_byte = |t: &Token| bytes.get(t.span.start()).copied().unwrap_or(0);
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    let period = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.span.len() == 1 && first_byte(t) == b'.')
    };
    let letter1 = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && t.span.len() == 1 && first_byte(t).is_ascii_uppercase()
        })
    };
    let hyphen = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && match t.span.len() {
                    1 => first_byte(t) == b'-',
                    3 => t.span.get(text) == Some("‐"),
                    _ => false,
                }
        })
    };
    let Some(&t) = toks.get(i) else {
        return i;
    };
    let mut end = i;
    if letter1(i) && period(i + 1) && glued(i + 1) && letter1(i + 2) && glued(i + 2) {
        // U.S., U.N., U.S.A.: letters and periods.
        end = i + 1;
        while letter1(end + 1) && glued(end + 1) && period(end + 2) && glued(end + 2) {
            end += 2;
        }
        if letter1(end + 1) && glued(end + 1) {
            end += 1;
        }
    } else if letter1(i)
        && period(i + 1)
        && glued(i + 1)
        && toks.get(i + 2).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.space_before
                && x.span.len() > 1
                && first_byte(x).is_ascii_uppercase()
        })
        && !(i >= 2 && period(i - 1) && letter1(i - 2))
    {
        // A middle initial: "Kenneth J. Montgomery", "Raymond W. Kelly"; not the letters
        // of an abbreviation written with spaces ("U. S. State Department").
        end = i + 1;
    } else if letter1(i)
        && period(i + 1)
        && glued(i + 1)
        && i >= 1
        && toks.get(i - 1).is_some_and(|x| {
            x.kind == TokenKind::Word && x.span.len() > 1 && first_byte(x).is_ascii_uppercase()
        })
        && toks
            .get(i + 2)
            .is_some_and(|x| x.kind == TokenKind::Punct || !first_byte(x).is_ascii_uppercase())
    {
        // A surname told by its initial, as French and German reports name the bereaved and
        // suspects: "Samira B. said", "Samira B., the boy's mother".
        end = i + 1;
    } else if period(i + 1) && glued(i + 1) && is_title_abbreviation(t.span.slice(text)) {
        // "Lt.", "Gen.", "Const.": the period is part of the title, which goes on into
        // the name after it ("Oregon State Police Lt. Gregg Hastings").
        end = i + 1;
    } else {
        while hyphen(end + 1)
            && glued(end + 1)
            && toks.get(end + 2).is_some_and(|x| x.kind == TokenKind::Word)
            && glued(end + 2)
        {
            end += 2;
        }
    }
    end
}

/// Title abbreviations written with a period (the `[title]` section of the sentence
/// splitter's `data/abbreviations.txt`, capitalized entries): "Lt", "Gen", "Const".
static TITLE_ABBREVIATIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut in_titles = false;
    let mut out = HashSet::default();
    for l in include_str!("data/abbreviations.txt").lines() {
        let l = l.split('#').next().unwrap_or("").trim();
        if l.starts_with('[') {
            in_titles = l == "[title]";
            continue;
        }
        if in_titles {
            out.extend(
                l.split_whitespace()
                    .map(|w| w.trim_end_matches('.'))
                    .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase())),
            );
        }
    }
    out
});

fn is_title_abbreviation(word: &str) -> bool {
    // All start with an ASCII capital: most words before a period (a sentence's last) are
    // told by their first byte, not hashed.
    (2..=6).contains(&word.len())
        && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && TITLE_ABBREVIATIONS.contains(word)
}

/// One sentence lexed into units, shared by the name finder and the position finder so that
/// no sentence is lexed twice.
pub struct SentenceUnits {
    pub span: Span,
    pub units: Vec<Unit>,
}

/// The units of each sentence, in order.
#[cfg(test)]
pub fn lex_sentences(text: &str, sentences: &[Sentence]) -> Vec<SentenceUnits> {
    sentences
        .iter()
        .map(|s| SentenceUnits {
            span: s.span,
            units: units(text, s.span),
        })
        .collect()
}

pub(crate) struct EntityLexicon {
    pub titles: WordSet,
    /// Each ASCII title word as [`packed_lower`] makes it.
    title_keys: HashSet<u128>,
    org_words: WordSet,
    demonyms: WordSet,
    portfolios: WordSet,
    places: HashSet<String>,
    place_words: WordSet,
    not_name: WordSet,
    /// Normalized alias → (canonical name, kind).
    aliases: HashMap<String, (&'static str, Kind)>,
    /// For each first byte, a bit per length (see [`key_bit`]) of the alias and place keys
    /// starting with it, and for each last byte of those ending with it: most runs of name
    /// words are neither, and are told so without making their key.
    key_lengths: [u64; 256],
    key_ends: [u64; 256],
    /// The same for the first two bytes of the keys (see [`pair_of`]): a name may share a
    /// first and a last byte with some key, far more seldom its first two bytes as well.
    key_pairs: [u64; 256],
    /// Normalized role description → the role it stands for ("top u.s. diplomat" → "secretary of state").
    role_aliases: HashMap<String, &'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// An alias key: lowercase, without periods, straight apostrophes, single spaces.
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    key_into(name, &mut out);
    out
}

/// [`key`] written into `out` (cleared first): a caller that makes many keys reuses one buffer.
fn key_into(name: &str, out: &mut String) {
    key_into_known(name, plain_ascii(name.as_bytes()), out);
}

/// [`key_into`] for a caller that knows whether `name` is [`plain_ascii`] (`plain`).
fn key_into_known(name: &str, plain: bool, out: &mut String) {
    out.clear();
    // Most names are ASCII words joined by single spaces, with no period: their key is
    // their lowercase copy.
    if plain {
        out.push_str(name);
        out.make_ascii_lowercase();
        return;
    }
    // Other ASCII names are copied a word (and a run between periods) at a time, then
    // lowercased at once. Each word after the first begins with a space (even one of periods
    // only, which adds nothing else).
    if name.is_ascii() {
        for w in name.split_ascii_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            for part in w.split('.') {
                out.push_str(part);
            }
        }
        out.make_ascii_lowercase();
        return;
    }
    for w in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                '.' => {}
                '’' | '‘' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
}

/// Where the first two bytes of a key or name fall in `EntityLexicon::key_pairs`: their low
/// five bits, which an ASCII letter and its capital share (a plain name and its key fall
/// together).
fn pair_of(b: &[u8]) -> usize {
    let low = |c: Option<&u8>| c.map_or(0, |&c| c & 31);
    usize::from(low(b.first()) << 3 ^ low(b.get(1)))
}

/// The bit of a key's length in `EntityLexicon::key_lengths` (the longest share the last).
fn key_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// Whether the key of `name` may be an alias or a place: false only for a name whose key is
/// its lowercase copy (see [`plain_ascii`]) and no key of those lists has its first byte and
/// length, or its last byte and length, or its first two bytes and length.
fn may_be_listed(lex: &EntityLexicon, name: &str) -> bool {
    may_be_listed_known(lex, name, plain_ascii(name.as_bytes()))
}

/// [`may_be_listed`] for a caller that knows whether `name` is [`plain_ascii`] (`plain`).
fn may_be_listed_known(lex: &EntityLexicon, name: &str, plain: bool) -> bool {
    let b = name.as_bytes();
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) if plain => {
            let len = key_bit(b.len());
            lex.key_lengths[usize::from(first.to_ascii_lowercase())] & len != 0
                && lex.key_ends[usize::from(last.to_ascii_lowercase())] & len != 0
                && lex.key_pairs[pair_of(b)] & len != 0
        }
        _ => true,
    }
}

/// Whether `b` is ASCII words without periods joined by single spaces (or nothing): what
/// [`key_into`] only lowercases.
fn plain_ascii(b: &[u8]) -> bool {
    // A space at the start counts as one after another. Each byte is told by one table
    // lookup: part of a word, a space, or neither (not ASCII, a period, other whitespace).
    let mut after_space = true;
    for &c in b {
        match PLAIN_BYTE[usize::from(c)] {
            PlainByte::Word => after_space = false,
            PlainByte::Space if !after_space => after_space = true,
            _ => return false,
        }
    }
    !after_space || b.is_empty()
}

/// What a byte is to [`plain_ascii`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum PlainByte {
    Word,
    Space,
    Other,
}

static PLAIN_BYTE: [PlainByte; 256] = {
    let mut t = [PlainByte::Other; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' {
            PlainByte::Space
        } else if c == b'.' || c.is_ascii_whitespace() {
            PlainByte::Other
        } else {
            PlainByte::Word
        };
        b += 1;
    }
    t
};

fn build() -> EntityLexicon {
    let titles: WordSet = lines(include_str!("data/titles.txt"))
        .flat_map(str::split_whitespace)
        .collect();
    let mut sections: HashMap<&str, Vec<&'static str>> = HashMap::default();
    let mut section = "";
    for l in lines(include_str!("data/entity_words.txt")) {
        if let Some(s) = l.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = s;
            continue;
        }
        sections
            .entry(section)
            .or_default()
            .extend(l.split_whitespace());
    }
    let mut take =
        |s: &str| -> WordSet { sections.remove(s).unwrap_or_default().into_iter().collect() };
    let org_words = take("org");
    let demonyms = take("demonym");
    let portfolios = take("portfolio");
    let not_name = take("not_name");
    let places = take("place").iter().map(key).collect();
    let place_words = take("place_word");
    let mut aliases = HashMap::default();
    let mut role_aliases = HashMap::default();
    for l in lines(include_str!("data/aliases.txt")) {
        let mut f = l.split('|').map(str::trim);
        let kind = match f.next() {
            Some("country") => Kind::Country,
            Some("org") => Kind::Org,
            Some("person") => Kind::Person,
            Some("place") => Kind::Place,
            Some("role") => {
                let Some(role) = f.next() else { continue };
                for d in f {
                    role_aliases.insert(key(d), role);
                }
                continue;
            }
            _ => continue,
        };
        let Some(canonical) = f.next() else { continue };
        aliases.insert(key(canonical), (canonical, kind));
        for a in f {
            aliases.entry(key(a)).or_insert((canonical, kind));
        }
    }
    let mut key_lengths = [0u64; 256];
    let mut key_ends = [0u64; 256];
    let mut key_pairs = [0u64; 256];
    for k in aliases.keys().chain(&places) {
        if let (Some(&first), Some(&last)) = (k.as_bytes().first(), k.as_bytes().last()) {
            key_lengths[usize::from(first)] |= key_bit(k.len());
            key_ends[usize::from(last)] |= key_bit(k.len());
            key_pairs[pair_of(k.as_bytes())] |= key_bit(k.len());
        }
    }
    EntityLexicon {
        key_lengths,
        key_ends,
        key_pairs,
        title_keys: titles
            .iter()
            .filter(|w| !w.bytes().any(|b| b.is_ascii_uppercase()))
            .filter_map(|w| packed_lower(w.as_bytes()))
            .collect(),
        titles,
        org_words,
        demonyms,
        portfolios,
        places,
        place_words,
        not_name,
        aliases,
        role_aliases,
    }
}

static LEXICON: LazyLock<EntityLexicon> = LazyLock::new(build);

pub(crate) fn lexicon() -> &'static EntityLexicon {
    &LEXICON
}

/// Whether a capitalized word names nothing (a weekday, a month, a sentence opener).
pub fn lexicon_not_name(word: &str) -> bool {
    lexicon().not_name.contains(word.trim_end_matches('.'))
}

/// Whether a word is a country's adjective ("Syrian", "U.S.").
pub fn is_demonym(word: &str) -> bool {
    lexicon().demonyms.contains(word)
}

/// Whether a word is a title or role word ("minister", "Secretary", "envoy").
pub fn is_title(word: &str) -> bool {
    let b = word.as_bytes();
    // Most words asked are ASCII with no period nor hyphen: the word set's tables answer
    // most at once, with the letters folded in the lookup (titles are lowercase ASCII words of
    // at most 15 bytes, see the test, as `is_title_part` reads them).
    if b.len() <= 15 && b.iter().all(|&c| c.is_ascii() && c != b'.' && c != b'-') {
        return lexicon().titles.contains_folded(b);
    }
    let w = word.trim_end_matches('.');
    // "Secretary-General", "governor-general": every part a title.
    if w.bytes().any(|b| b == b'-') {
        w.split('-').all(is_title_part)
    } else {
        is_title_part(w)
    }
}

/// Whether one part of a word (no hyphen) is a title word. An ASCII part is told apart by its
/// first letter and length, then looked up as one number: no copy, no allocation.
fn is_title_part(p: &str) -> bool {
    let lex = lexicon();
    let b = p.as_bytes();
    if b.is_ascii() {
        return b.first().is_some_and(|&first| {
            lex.titles.may_hold(first.to_ascii_lowercase(), b.len())
                && packed_lower(b).is_some_and(|k| lex.title_keys.contains(&k))
        });
    }
    lex.titles.contains(p.to_lowercase().as_str())
}

/// An ASCII word of at most 15 bytes, lowercased, and its length as one number: two words
/// share it only when they are equal once lowercased.
fn packed_lower(w: &[u8]) -> Option<u128> {
    (w.len() <= 15).then(|| {
        w.iter().fold(w.len() as u128, |k, &b| {
            (k << 8) | u128::from(b.to_ascii_lowercase())
        })
    })
}

fn possessive_base(w: &str) -> Option<&str> {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"))
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether unit `end` of `u` is a plural word whose possessive apostrophe follows it, glued,
/// inside the name of a body: "Citizens'" before "Front" in "The Citizens' Front", "Workers'"
/// in "the Workers' Party" (the word after the apostrophe is a word of organizations). "the
/// Smiths' house" goes on to no name.
fn plural_possessive_in_name(text: &str, u: &[Unit], end: usize) -> bool {
    let (Some(w), Some(mark), Some(next)) = (u.get(end), u.get(end + 1), u.get(end + 2)) else {
        return false;
    };
    w.word
        && w.text(text).ends_with('s')
        && !mark.word
        && matches!(mark.text(text), "'" | "’")
        && mark.span.start() == w.span.end()
        && next.word
        && lexicon().org_words.contains(next.text(text))
}

/// Words that end an appositive role: a verb or a clause begins there.
const APPOSITIVE_STOPS: [&str; 12] = [
    "said", "says", "told", "tells", "added", "was", "is", "were", "who", "which", "that", "has",
];

const PARTICLES: [&str; 8] = ["al", "el", "bin", "ibn", "de", "van", "von", "da"];

/// Particles after another in a name ("van der Berg", "de la Cruz", "van den Broek").
const SECOND_PARTICLES: [&str; 6] = ["der", "den", "la", "las", "los", "le"];

/// Second halves of compound adjectives made of a name: "Britain-based", "Saudi-led".
const ADJECTIVE_ENDINGS: [&str; 12] = [
    "based",
    "led",
    "backed",
    "controlled",
    "held",
    "run",
    "owned",
    "born",
    "allied",
    "linked",
    "funded",
    "style",
];

/// Whether a capitalized word is a compound adjective ("the Britain-based group"), no name.
fn compound_adjective(w: &str) -> bool {
    // Found by byte: most words have no hyphen, and a short loop tells so at once.
    w.bytes()
        .rposition(|b| b == b'-')
        .is_some_and(|k| ADJECTIVE_ENDINGS.contains(&&w[k + 1..]))
}

/// A hyphenated name that starts with a lowercase particle: "al-Assad", "el-Sisi". It goes on
/// a run of capitalized words ("Bashar al-Assad") though it is not capitalized itself.
fn particle_name(w: &str) -> bool {
    // Particles are two or three bytes: only a word with its first hyphen there may be one
    // (a hyphen before it makes a prefix with a hyphen, which is no particle either).
    let k = match w.as_bytes().get(2..4) {
        Some([b'-', _]) => 2,
        Some([_, b'-']) => 3,
        _ => return false,
    };
    PARTICLES.contains(&&w[..k]) && w[k + 1..].starts_with(|c: char| c.is_uppercase())
}

/// Whether `w` is a particle or "of" (all of two or three bytes: most words are told by
/// their length).
fn is_particle_or_of(w: &str) -> bool {
    (2..=3).contains(&w.len()) && (PARTICLES.contains(&w) || w == "of")
}

/// One name as the article writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name's own words (no title).
    pub span: Span,
    /// The canonical name: the alias list's, else the article's fullest form of it.
    pub name: String,
    pub kind: Kind,
    /// Title or role given with this mention ("Russian Foreign Minister").
    pub role: Option<String>,
}

/// The named entities of an article.
#[derive(Debug, Default)]
pub struct Entities {
    /// Mentions outside quotations, in text order.
    pub mentions: Vec<Mention>,
    /// Canonical person name → the first role the article gives them.
    roles: HashMap<String, String>,
    /// Each role's key (see [`key`]) and the person given it, made when a role description
    /// is first looked up (see [`Entities::by_role`]), not once a lookup.
    role_keys: std::cell::OnceCell<RoleIndex>,
    /// What a pronoun refers back to, made on the first "he" or "she" (see
    /// [`Entities::person_before_as`]).
    pronoun_fits: std::cell::OnceCell<Vec<[usize; 2]>>,
    /// The indices of person mentions, one a name, sorted by name (see
    /// [`Entities::names_person`]), made on the first question.
    person_names: std::cell::OnceCell<Vec<usize>>,
    /// The one person each role description given in an apposition names, if one (see
    /// `speaker::described`), worked out once a description: an article that says "the
    /// prosecutor said" fifty times is not read fifty times.
    pub(crate) apposed: std::cell::RefCell<HashMap<String, Option<String>>>,
    /// The sex a pronoun right after a person's saying tells ("Moura said she would …"), for
    /// names whose role and first name tell none; a name told both ways is left out.
    pronoun_sex: HashMap<String, Option<Sex>>,
}

/// The role keys of an article's people, looked up by every ending a description may match:
/// a key ("russian foreign minister") is filed under itself and under each of its tails after
/// a space ("foreign minister", "minister"), with how many people's keys are filed there and
/// the last one's name.
#[derive(Debug, Default)]
struct RoleIndex {
    by_tail: HashMap<String, (usize, String)>,
}

impl RoleIndex {
    fn new(roles: &HashMap<String, String>) -> RoleIndex {
        let mut by_tail: HashMap<String, (usize, String)> = HashMap::default();
        // `roles` holds each person once, so counting keys counts distinct people.
        for (name, role) in roles {
            let r_key = key(role);
            let tails = std::iter::once(0).chain(
                r_key
                    .bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b' ')
                    .map(|(i, _)| i + 1),
            );
            for start in tails {
                let entry = by_tail
                    .entry(r_key[start..].to_string())
                    .or_insert((0, String::new()));
                entry.0 += 1;
                entry.1.clone_from(name);
            }
        }
        RoleIndex { by_tail }
    }

    /// How many people's role keys are `role` or end with " " + `role`.
    fn holders(&self, role: &str) -> usize {
        self.by_tail.get(role).map_or(0, |(n, _)| *n)
    }

    /// The one person whose role key is `role` or ends with " " + `role`.
    fn one_holder(&self, role: &str) -> Option<&str> {
        match self.by_tail.get(role) {
            Some((1, name)) => Some(name),
            _ => None,
        }
    }
}

/// Up to this many mentions, a pronoun or a person's name is looked for by walking over the
/// mentions (what most articles need, cheaper than making an index); a longer text makes the
/// index once, so that a lookup costs the same however long the text. Both ways give the same
/// answer (test `walks_and_indexes_agree_on_shipped_articles`).
const SHORT_ARTICLE: usize = 256;

/// What the mentions of one name tell of its sex so far.
#[derive(Clone, Copy)]
enum NameSex {
    Untold,
    Told(Sex),
    /// Mentions tell both sexes: the name's sex is unknown.
    Mixed,
}

impl Entities {
    /// Finds the names in `sentences` of `text`, skipping the `quoted` spans (words inside
    /// quotation marks are what someone said, not who is named) and headline-like sentences.
    #[cfg(test)]
    pub fn build(text: &str, sentences: &[Sentence], quoted: &[Span]) -> Entities {
        Entities::from_units(text, &lex_sentences(text, sentences), quoted)
    }

    /// [`Entities::build`] over sentences already lexed into units.
    pub fn from_units(text: &str, sentences: &[SentenceUnits], quoted: &[Span]) -> Entities {
        // About two names a sentence: room made at once, not by growing.
        let mut raw: Vec<Mention> = Vec::with_capacity(sentences.len() * 2);
        let mut scratch = Scratch::default();
        for s in sentences {
            let u = &s.units;
            let ended = s
                .span
                .slice(text)
                .trim_end_matches(['”', '"', '’', '\'', ')'])
                .ends_with(['.', '!', '?']);
            // Words are counted only in a sentence with no end mark (most have one).
            if !ended && {
                let words = u.iter().filter(|x| x.word).count();
                let caps = u.iter().filter(|x| x.cap).count();
                words >= 3 && caps * 10 >= words * 6
            } {
                continue; // a headline in title case: every word is capitalized
            }
            mentions_in(text, u, quoted, &mut scratch, &mut raw);
        }
        // What each mention becomes: a place (its name is one somewhere else), or the full
        // name of a lone surname. Worked out over borrowed names, then applied.
        let fixes: Vec<(bool, Option<String>)> = {
            // Full person names by surname, for resolving lone surnames (looked up, so long
            // articles stay linear).
            // Hashed by surname: only the full names of one surname need an order (see
            // `one_person`).
            let mut by_surname: HashMap<&str, BTreeSet<&str>> = HashMap::default();
            for m in raw
                .iter()
                .filter(|m| m.kind == Kind::Person && m.name.contains(' '))
            {
                if let Some(surname) = m.name.rsplit(' ').next() {
                    by_surname.entry(surname).or_default().insert(&m.name);
                }
            }
            // A name the article uses as a place somewhere ("in Bukit Sama village") is a
            // place everywhere: "a Bukit Sama resident said" names no person.
            let places: HashSet<&str> = raw
                .iter()
                .filter(|m| m.kind == Kind::Place)
                .map(|m| m.name.as_str())
                .collect();
            // A lone surname is mostly written several times: its full name is worked out once.
            let mut full_of: HashMap<&str, Option<&str>> = HashMap::default();
            raw.iter()
                .map(|m| {
                    let place = m.kind == Kind::Person
                        && !places.is_empty()
                        && places.contains(m.name.as_str());
                    let full = (!place
                        && !m.name.contains(' ')
                        && matches!(m.kind, Kind::Person | Kind::Unknown))
                    .then(|| by_surname.get_key_value(m.name.as_str()))
                    .flatten()
                    .and_then(|(&surname, fits)| {
                        *full_of.entry(surname).or_insert_with(|| one_person(fits))
                    })
                    .map(|full| full.to_string());
                    (place, full)
                })
                .collect()
        };
        let mut ents = Entities::default();
        // Fixed in place: the list becomes the article's mentions as it is.
        for (m, (place, full)) in raw.iter_mut().zip(fixes) {
            if place {
                m.kind = Kind::Place;
            }
            if let Some(full) = full {
                m.name = full;
                m.kind = Kind::Person;
            }
            if let (Kind::Person, Some(r)) = (m.kind, &m.role)
                && !ents.roles.contains_key(&m.name)
            {
                ents.roles.insert(m.name.clone(), r.clone());
            }
        }
        for m in raw
            .iter()
            .filter(|m| matches!(m.kind, Kind::Person | Kind::Unknown))
        {
            if let Some(sex) = text.get(m.span.end()..).and_then(pronoun_after_saying) {
                ents.pronoun_sex
                    .entry(m.name.clone())
                    .and_modify(|s| {
                        if *s != Some(sex) {
                            *s = None;
                        }
                    })
                    .or_insert(Some(sex));
            }
        }
        ents.mentions = raw;
        ents
    }

    /// The role the article gives a person, if any.
    pub fn role_of(&self, name: &str) -> Option<&str> {
        self.roles.get(name).map(String::as_str)
    }

    /// The mention that starts at byte `at`, if any (mentions are sorted by start).
    pub fn starting_at(&self, at: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.span.start() < at);
        self.mentions.get(k).filter(|m| m.span.start() == at)
    }

    /// Mentions inside `span`, in order.
    pub fn within(&self, span: Span) -> &[Mention] {
        let a = self
            .mentions
            .partition_point(|m| m.span.start() < span.start());
        let b = self
            .mentions
            .partition_point(|m| m.span.start() < span.end());
        let b = b.max(a);
        let mut end = b;
        while end > a && self.mentions[end - 1].span.end() > span.end() {
            end -= 1;
        }
        &self.mentions[a..end]
    }

    /// The last person named before byte `pos`, whatever their sex.
    #[cfg(test)]
    pub fn person_before(&self, pos: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end() <= pos);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|m| m.kind == Kind::Person)
    }

    /// The last person named before byte `pos` who may be of sex `sex` (what "she said"
    /// refers to): a person the article's words give the other sex (a title, a role word or
    /// a first name, at any mention of the name) is passed over.
    pub fn person_before_as(&self, pos: usize, sex: Sex) -> Option<&Mention> {
        if self.mentions.len() <= SHORT_ARTICLE {
            return self.person_before_as_by_walk(pos, sex);
        }
        self.person_before_as_by_index(pos, sex)
    }

    /// [`Entities::person_before_as`] by walking back over the mentions and asking each
    /// candidate's sex of all mentions of its name: O(mentions) a candidate, so only for a
    /// short article, where it costs less than making the index.
    fn person_before_as_by_walk(&self, pos: usize, sex: Sex) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end() <= pos);
        self.mentions[..i]
            .iter()
            .rev()
            .filter(|m| m.kind == Kind::Person)
            .find(|m| self.sex_of_name(&m.name) != Some(sex.other()))
    }

    /// The sex the article gives a person's name: the one its mentions tell, if they tell
    /// only one.
    pub fn sex_of_name(&self, name: &str) -> Option<Sex> {
        let mut found = None;
        for m in self.mentions.iter().filter(|m| m.name == name) {
            match (found, sex_of(m.role.as_deref(), &m.name)) {
                (_, None) => {}
                (None, s) => found = s,
                (Some(a), Some(b)) if a != b => return None,
                _ => {}
            }
        }
        found.or_else(|| self.pronoun_sex.get(name).copied().flatten())
    }

    /// [`Entities::person_before_as`] by one lookup in an index made on the first pronoun:
    /// the cost does not grow with the article.
    fn person_before_as_by_index(&self, pos: usize, sex: Sex) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end() <= pos);
        let fits = self.pronoun_fits.get_or_init(|| self.pronoun_fits());
        let slot = match sex {
            Sex::Female => 0,
            Sex::Male => 1,
        };
        let last = fits.get(i)?[slot];
        last.checked_sub(1).and_then(|j| self.mentions.get(j))
    }

    /// For each prefix `mentions[..i]` and each sex (female, male): one more than the index of
    /// its last person who may be of that sex (whose name the article does not give the other
    /// sex), or 0. Made in two passes over the mentions, so that a pronoun is resolved by one
    /// lookup, not a walk back over the article.
    fn pronoun_fits(&self) -> Vec<[usize; 2]> {
        let sexes = self.sex_of_names();
        let mut fits = Vec::with_capacity(self.mentions.len() + 1);
        let mut last = [0, 0];
        fits.push(last);
        for (j, m) in self.mentions.iter().enumerate() {
            if m.kind == Kind::Person {
                let told = sexes.get(m.name.as_str()).copied();
                for (slot, sex) in [Sex::Female, Sex::Male].into_iter().enumerate() {
                    if told != Some(sex.other()) {
                        last[slot] = j + 1;
                    }
                }
            }
            fits.push(last);
        }
        fits
    }

    /// The sex the article gives each person's name: the one its mentions tell, if they tell
    /// only one (names with none are left out).
    fn sex_of_names(&self) -> HashMap<&str, Sex> {
        // Only the names of people are asked for; a mention of such a name as another kind
        // still tells its sex.
        let people: HashSet<&str> = self
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Person)
            .map(|m| m.name.as_str())
            .collect();
        // A name is mostly written again with the same role (or none): what that pair tells is
        // read once.
        let mut said: HashMap<(&str, Option<&str>), Option<Sex>> = HashMap::default();
        let mut told: HashMap<&str, NameSex> = HashMap::default();
        for m in self
            .mentions
            .iter()
            .filter(|m| people.contains(m.name.as_str()))
        {
            let role = m.role.as_deref();
            let sex = *said
                .entry((m.name.as_str(), role))
                .or_insert_with(|| sex_of(role, &m.name));
            let Some(s) = sex else {
                continue;
            };
            let e = told.entry(m.name.as_str()).or_insert(NameSex::Untold);
            *e = match *e {
                NameSex::Untold => NameSex::Told(s),
                NameSex::Told(a) if a != s => NameSex::Mixed,
                other => other,
            };
        }
        let mut sexes: HashMap<&str, Sex> = told
            .into_iter()
            .filter_map(|(n, t)| match t {
                NameSex::Told(s) => Some((n, s)),
                _ => None,
            })
            .collect();
        for (name, sex) in &self.pronoun_sex {
            if let Some(sex) = sex
                && !sexes.contains_key(name.as_str())
            {
                sexes.insert(name.as_str(), *sex);
            }
        }
        sexes
    }

    /// Whether the article names a person `name` (a lookup in the person names, sorted once).
    pub fn names_person(&self, name: &str) -> bool {
        // A short article is read through: cheaper than sorting its names.
        if self.mentions.len() <= SHORT_ARTICLE {
            return self
                .mentions
                .iter()
                .any(|m| m.kind == Kind::Person && m.name == name);
        }
        self.names_person_by_index(name)
    }

    /// [`Entities::names_person`] by a binary search in the person names, sorted on the first
    /// question.
    fn names_person_by_index(&self, name: &str) -> bool {
        let people = self.person_names.get_or_init(|| {
            let mut people: Vec<usize> = (0..self.mentions.len())
                .filter(|&j| self.mentions[j].kind == Kind::Person)
                .collect();
            people.sort_by(|&a, &b| self.mentions[a].name.cmp(&self.mentions[b].name));
            people.dedup_by(|a, b| self.mentions[*a].name == self.mentions[*b].name);
            people
        });
        people
            .binary_search_by(|&j| self.mentions[j].name.as_str().cmp(name))
            .is_ok()
    }

    /// The person a role description stands for ("the top U.S. diplomat", "the foreign
    /// minister"), when exactly one person of the article holds that role.
    pub fn by_role(&self, description: &str) -> Option<&str> {
        let k = key(description);
        let k = k
            .strip_prefix("the ")
            .or_else(|| k.strip_prefix("a "))
            .unwrap_or(&k);
        let role = lexicon().role_aliases.get(k).copied().unwrap_or(k);
        if role.split(' ').all(|w| !is_title(w)) {
            return None;
        }
        let index = self.role_keys.get_or_init(|| RoleIndex::new(&self.roles));
        self.holder_of(index, role)
            .or_else(|| self.head_of_government(index, role))
    }

    /// "the Ethiopian leader", "the Premier": a word that stands for any head of state or
    /// government ([`HEADS`]) means the one person the article gives such a role (of that
    /// country, when one is named), when nobody is given the word itself and no head's role is
    /// held by two people.
    fn head_of_government<'s>(&'s self, index: &'s RoleIndex, role: &str) -> Option<&'s str> {
        let (country, word) = match role.rsplit_once(' ') {
            Some((c, w)) => (Some(c), w),
            None => (None, role),
        };
        if !matches!(word, "leader" | "premier") || index.holders(role) > 0 {
            return None;
        }
        let mut found: Option<&str> = None;
        for head in HEADS {
            let r = country.map_or_else(|| head.to_string(), |c| format!("{c} {head}"));
            if index.holders(&r) > 1 {
                return None;
            }
            if let Some(h) = self.holder_of(index, &r) {
                if found.is_some_and(|f| f != h) {
                    return None;
                }
                found = Some(h);
            }
        }
        found
    }

    /// The one holder of role key `role` (see [`Entities::by_role`]).
    fn holder_of<'s>(&'s self, index: &'s RoleIndex, role: &str) -> Option<&'s str> {
        // The role itself, or its last words after a space: one lookup in the keys filed by
        // their tails.
        index.one_holder(role).or_else(|| {
            // "the Kenyan president" of "Kenya's President Daniel Mwangi": the role without
            // its country's adjective, when one person holds it and their role names no other
            // country.
            let (first, rest) = role.split_once(' ')?;
            let demonym = with_capital(first);
            let lex = lexicon();
            if !lex.demonyms.contains(&demonym) {
                return None;
            }
            let holder = index.one_holder(rest)?;
            let other_country = self.role_of(holder).is_some_and(|r| {
                r.split(' ')
                    .any(|w| w != demonym && lex.demonyms.contains(w))
            });
            (!other_country).then_some(holder)
        })
    }
}

/// The sex of "she" or "he" right after a verb of saying that starts `after` (the text after
/// a name): "Moura said she would dissolve parliament", "Reid told reporters he".
fn pronoun_after_saying(after: &str) -> Option<Sex> {
    let mut words = after.split_ascii_whitespace();
    let verb = words.next()?;
    if !matches!(verb, "said" | "says" | "added" | "insisted" | "stressed") {
        return None;
    }
    match words.next()? {
        "she" => Some(Sex::Female),
        "he" => Some(Sex::Male),
        _ => None,
    }
}

/// Roles of heads of state or government, what "the leader" or "the premier" of a country
/// stands for.
const HEADS: [&str; 6] = [
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "emir",
];

/// `word` with its first letter capitalized, as demonyms are listed ("kenyan" → "Kenyan").
fn with_capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The one person full names of a surname name: the only one, or the fullest of forms that
/// differ only by middle initials ("John Kerry" and "John F. Kerry" are one man, "Anna
/// Kowalski" and "Tomasz Kowalski" two people).
fn one_person<'a>(fits: &BTreeSet<&'a str>) -> Option<&'a str> {
    // A name without its initials, joined by spaces, as bytes: compared without being
    // written out.
    let bare = |n: &'a str| {
        n.split(' ')
            .filter(|w| !is_initial(w))
            .enumerate()
            .flat_map(|(k, w)| {
                let space: &[u8] = if k == 0 { b"" } else { b" " };
                space.iter().chain(w.as_bytes())
            })
    };
    let first = *fits.first()?;
    let all_one = fits.iter().all(|n| bare(n).eq(bare(first)));
    all_one.then(|| fits.iter().copied().max_by_key(|n| (n.len(), *n)))?
}

/// Classifies one run of name words: its canonical name, kind, and how many title words it
/// starts with (its role). `joined` is the words joined with spaces; `scratch` is a buffer
/// for alias keys.
fn classify(words: &[&str], joined: String, scratch: &mut String) -> Option<(String, Kind, usize)> {
    let lex = lexicon();
    // Whether the run's key (then in `scratch`) may be an alias or a place: most runs are
    // told not at once, and their key is never made.
    let plain = plain_ascii(joined.as_bytes());
    let listed = may_be_listed_known(lex, &joined, plain);
    if listed {
        key_into_known(&joined, plain, scratch);
        if let Some(&(c, k)) = lex.aliases.get(scratch.as_str()) {
            return Some((c.to_string(), k, 0));
        }
    }
    // Where the last title word is: with none, no word is one, and no word is asked again.
    let last_title = words.iter().rposition(|w| is_title(w));
    let title = |w: &str| last_title.is_some() && is_title(w);
    let mut k = 0;
    if let Some(j) = last_title.filter(|&j| name_follows_title(words, j)) {
        // "Oregon State Police Lt. Gregg Hastings", "New York Gov. Andrew Cuomo": the words
        // up to the last title are the person's role, whatever they name. "(Minister for)
        // Foreign Affairs Simon Coveney": portfolio words after it are the role's too.
        k = j + 1;
        k += portfolios_before_a_name(lex, &words[k..]);
    } else if let Some(n) = last_title.and_then(|j| {
        // "KRA Commissioner of Customs Lilian Wambui": the last title's portfolio after "of",
        // then the name, whatever stands before the title.
        if !matches!(words.get(j + 1), Some(&("of" | "for"))) {
            return None;
        }
        let p = portfolios_before_a_name(lex, &words[j + 2..]);
        if p > 0 && name_follows_title(words, j + 1 + p) {
            return Some(j + 2 + p);
        }
        body_after_of_then_name(lex, words, j)
    }) {
        k = n;
    } else {
        if words.iter().any(|w| lex.org_words.contains(w)) {
            // "Russian Foreign Ministry": a leading demonym is the org's country, kept.
            return Some((joined, Kind::Org, 0));
        }
        // "Minister of Transport Elena Varga": a portfolio after "of" is part of the role.
        while k + 1 < words.len()
            && (title(words[k])
                || lex.demonyms.contains(words[k])
                || words[k] == "of"
                || (words[..k].iter().any(|w| matches!(*w, "of" | "for"))
                    && lex.portfolios.contains(words[k])))
        {
            k += 1;
        }
        // "… Tourism and Civil Aviation Kamala Oli": a run that opens with portfolio words,
        // the end of a minister's list of them, names the person after them.
        if k == 0 {
            k = portfolios_before_a_name(lex, words);
        }
    }
    let name = &words[k..];
    // With no leading title the rest is the whole run, whose key (in `scratch` if it may be
    // listed) is known not to be an alias.
    let (rest, listed) = if k == 0 {
        (joined, listed)
    } else {
        let rest = name.join(" ");
        key_into(&rest, scratch);
        if let Some(&(c, kind)) = lex.aliases.get(scratch.as_str()) {
            return Some((c.to_string(), kind, k));
        }
        (rest, true)
    };
    if (listed && lex.places.contains(scratch.as_str()))
        || (name.len() >= 2 && name.last().is_some_and(|w| lex.place_words.contains(w)))
        || (name.len() >= 2 && COMPASS.contains(&name[0]))
    {
        return Some((rest, Kind::Place, 0));
    }
    if name.iter().any(|w| title(w) || lex.demonyms.contains(w)) && k == 0 {
        return None;
    }
    let titled = words[..k].iter().any(|w| title(w));
    let kind = if name.contains(&"of") {
        Kind::Unknown // "Thousands of Palestinians"
    } else if name.len() >= 2 || titled {
        Kind::Person
    } else {
        Kind::Unknown
    };
    Some((rest, kind, k))
}

/// Whether a person's name follows title word `j`, the last of a run of name words: one to
/// four words, none of them a title, a demonym, a word of organizations or "of" ("Police Lt.
/// Gregg Hastings", but not "State Department" nor "Secretary of State").
fn name_follows_title(words: &[&str], j: usize) -> bool {
    let lex = lexicon();
    let name = &words[j + 1..];
    (1..=4).contains(&name.len())
        && name.iter().all(|w| {
            !lex.org_words.contains(w)
                && !lex.demonyms.contains(w)
                && !matches!(*w, "of" | "for" | "and")
                && (!w.ends_with('.') || is_initial(w))
        })
}

/// Where the name starts in "Chief Inspector of Rail Accidents Helen Marsh" or "Mayor of
/// Halden Katrin Obelsen": a title at `j`, "of" or "for", a body or a place of capitalized
/// words, then a name of two words that is no place.
fn body_after_of_then_name(lex: &EntityLexicon, words: &[&str], j: usize) -> Option<usize> {
    let name = words.len().checked_sub(2)?;
    let body_capitalized = words.get(j + 2..name).is_some_and(|body| {
        body.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !matches!(*w, "of" | "for" | "and")
        })
    });
    (name >= j + 3
        && matches!(words.get(j + 1), Some(&("of" | "for")))
        && body_capitalized
        && name_follows_title(words, name - 1)
        && !is_place_name(lex, words, name))
    .then_some(name)
}

/// Whether the words from `k` on end in a word of places' names ("Halden County") or are a
/// listed place: no person's name.
fn is_place_name(lex: &EntityLexicon, words: &[&str], k: usize) -> bool {
    let rest = &words[k..];
    let mut key = String::new();
    key_into(&rest.join(" "), &mut key);
    rest.iter().any(|w| lex.place_words.contains(w)) || lex.places.contains(key.as_str())
}

/// How many portfolio words open `words` when a name of two or three words follows them
/// ("Foreign Affairs Simon Coveney", "Tourism and Civil Aviation Kamala Oli" after "and"),
/// else 0.
fn portfolios_before_a_name(lex: &EntityLexicon, words: &[&str]) -> usize {
    let p = words
        .iter()
        .take_while(|w| lex.portfolios.contains(w))
        .count();
    if p >= 1 && (2..=3).contains(&(words.len() - p)) {
        p
    } else {
        0
    }
}

/// A middle initial: one capital letter and its period ("J." in "Robert J. Pickell").
fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// First words of places' names ("East Flatbush", "North Waziristan"), never of people's.
const COMPASS: [&str; 9] = [
    "East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central",
];

/// Buffers reused from one run of name words to the next.
#[derive(Default)]
struct Scratch<'t> {
    words: Vec<&'t str>,
    key: String,
    /// Words joined with spaces, for a key of part of a run.
    joined: String,
}

/// The mentions among units `u` (one sentence), outside `quoted`.
fn mentions_in<'t>(
    text: &'t str,
    u: &[Unit],
    quoted: &[Span],
    scratch: &mut Scratch<'t>,
    out: &mut Vec<Mention>,
) {
    let lex = lexicon();
    // Only the quotations that overlap the sentence matter to its units: most sentences
    // overlap none, and no unit of theirs is looked up.
    let quoted = match (u.first(), u.last()) {
        (Some(a), Some(z)) => {
            let from = quoted.partition_point(|q| q.end() <= a.span.start());
            let to = quoted.partition_point(|q| q.start() < z.span.end());
            quoted.get(from..to.max(from)).unwrap_or_default()
        }
        _ => &[],
    };
    let in_quote = |s: Span| {
        !quoted.is_empty() && {
            let i = quoted.partition_point(|q| q.end() <= s.start());
            quoted.get(i).is_some_and(|q| q.overlaps(s))
        }
    };
    let t = |i: usize| u.get(i).map_or("", |x| x.text(text));
    let is_cap = |i: usize| {
        u.get(i)
            .is_some_and(|x| x.cap && !x.compound && !in_quote(x.span))
    };
    // The last of one to three capitalized words from `k` that end with a word of bodies
    // and have no "of" or capitalized word after them ("Rescue Service", "Drug
    // Administration"; not "Bank of England").
    let body_after_and = |k: usize| {
        let mut last = None;
        for j in k..k + 3 {
            if !is_cap(j) {
                break;
            }
            last = Some(j);
        }
        let last = last?;
        (lex.org_words.contains(t(last)) && t(last + 1) != "of" && !is_cap(last + 1))
            .then_some(last)
    };
    let mut i = 0;
    while i < u.len() {
        if !is_cap(i) {
            i += 1;
            continue;
        }
        // A run of capitalized words, with particles and "of" inside it; a possessive ends it.
        let start = i;
        let mut end = i;
        loop {
            if possessive_base(t(end)).is_some() {
                break;
            }
            let n = end + 1;
            let next = t(n);
            // A middle initial goes on a name even where it spells a word ("Rabie A. Atti").
            if (is_cap(n)
                && (is_initial(next) || !lex.not_name.contains(next.trim_end_matches('.'))))
                || (u.get(n).is_some_and(|x| x.word && !in_quote(x.span)) && particle_name(next))
            {
                end = n;
            } else if is_particle_or_of(next) && is_cap(n + 1) {
                end = n + 1;
            } else if plural_possessive_in_name(text, u, end) && is_cap(n + 1) {
                // "The Citizens' Front", "the Workers' Party": a plural possessive inside a
                // body's name, which names the body, not whose it is.
                end = n + 1;
            } else if PARTICLES.contains(&next)
                && SECOND_PARTICLES.contains(&t(n + 1))
                && is_cap(n + 2)
            {
                // "Joris van der Berg", "Maria de la Cruz": two particles.
                end = n + 2;
            } else if let Some(last) =
                (next == "and" && !lex.org_words.contains(t(end)) && !is_first_name(t(start)))
                    .then(|| body_after_and(n + 1))
                    .flatten()
            {
                // "Greater Manchester Fire and Rescue Service", "Food and Drug Administration":
                // a body's name goes on past "and" to its word of bodies.
                end = last;
            } else if next == "for"
                && is_cap(n + 1)
                && (start..=end).any(|k| lex.org_words.contains(t(k)))
            {
                // "Syrian Observatory for Human Rights", "Agency for International Development".
                end = n + 1;
            } else {
                break;
            }
        }
        // "Syrian Observatory for Human Rights Rami Abdel Rahman": a known name that starts
        // the run ends it, and the rest is a name of its own.
        if end >= start + 3 {
            for cut in (start + 1..end - 1).rev() {
                // The words joined in a reused buffer; a run the tables tell unlisted is
                // no alias, and its key is not made.
                scratch.joined.clear();
                for k in start..=cut {
                    if k > start {
                        scratch.joined.push(' ');
                    }
                    scratch.joined.push_str(t(k));
                }
                if !may_be_listed(lex, &scratch.joined) {
                    continue;
                }
                key_into(&scratch.joined, &mut scratch.key);
                if lex.aliases.contains_key(scratch.key.as_str()) {
                    end = cut;
                    break;
                }
            }
        }
        // "Chief Fire Officer Helen Marsden of Humberside Fire": a title and a name before
        // "of" are a person, and what follows "of" is where they serve, a name of its own
        // ("Secretary of State John Kerry" has no name before its "of"). So are a listed
        // first name and a surname ("Paul Ridley of Greater Manchester Fire and Rescue
        // Service"), where a body's name has a word of places or bodies ("Bank of England").
        if end >= start + 3
            && let Some(of) = (start + 2..end).find(|&k| {
                t(k) == "of"
                    && ((k == start + 2
                        && is_first_name(t(start))
                        && !lex.org_words.contains(t(start + 1)))
                        || {
                            scratch.words.clear();
                            scratch.words.extend((start..k).map(t));
                            scratch
                                .words
                                .iter()
                                .rposition(|w| is_title(w))
                                .is_some_and(|j| name_follows_title(&scratch.words, j))
                        })
            })
        {
            end = of - 1;
        }
        i = end + 1;
        let mut first = start;
        while first <= end && lex.not_name.contains(t(first).trim_end_matches('.')) {
            first += 1;
        }
        if first > end {
            continue;
        }
        scratch.words.clear();
        for k in first..=end {
            let w = t(k);
            // The apostrophe of "Citizens' Front" stays on its word.
            if !u[k].word
                && k > first
                && let Some(last) = scratch.words.last_mut()
            {
                *last = u[k - 1].span.cover(u[k].span).slice(text);
                continue;
            }
            // A last initial is named without its period ("Samira B."), as at the end of a
            // sentence, where the period is the sentence's.
            let w = match w.as_bytes() {
                [c, b'.'] if k == end && c.is_ascii_uppercase() => &w[..1],
                _ => w,
            };
            // "Moody's said", "McDonald's, which …": a name's own "'s" before a saying verb
            // or a comma owns nothing.
            let owns = k != end || {
                let next = t(end + 1);
                !(matches!(next, "," | "." | ";") || is_attribution_verb(next))
            };
            scratch.words.push(if owns {
                possessive_base(w).unwrap_or(w)
            } else {
                w
            });
        }
        let joined = match scratch.words[..] {
            [w] => w.to_string(),
            _ => scratch.words.join(" "),
        };
        let Some((name, mut kind, titles)) = classify(&scratch.words, joined, &mut scratch.key)
        else {
            continue;
        };
        // After "in", "at", "from", a lone unknown name is a place; after "in" or "near", any
        // name that is not a possessive is ("in Banda Aceh", but "in Kerry's view").
        // "swept through Camping Les Saules", "crossed into Tal Afar": a name a movement goes
        // through or into is a place too.
        let after = |words: &[&str]| first > 0 && words.contains(&t(first - 1));
        let through = ["through", "throughout", "across", "into", "outside"];
        if (kind == Kind::Unknown && after(&["in", "at", "from", "near", "to"]))
            || (kind != Kind::Org && kind != Kind::Country && after(&through))
            || (kind == Kind::Person && after(&["in", "near"]) && possessive_base(t(end)).is_none())
        {
            kind = Kind::Place;
        }
        // "at a Park Ridge banquet hall", "the Parcelway Logistics depot": a name with no title
        // right after an article modifies what follows it; a person's is never written so.
        // Nor is a person's name written with an acronym ("TRT World", "BBC Radio").
        if kind == Kind::Person
            && titles == 0
            && ((first > 0 && matches!(t(first - 1), "a" | "an" | "the" | "A" | "An" | "The"))
                || scratch
                    .words
                    .iter()
                    .any(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())))
        {
            kind = Kind::Unknown;
        }
        let name_first = first + titles;
        // Role: lowercase and capitalized title words right before the run, then its own.
        // Only a person has one: the words before another name are not read.
        let mut role: Option<String> = None;
        if kind == Kind::Person {
            let mut role_start = first;
            while role_start > 0 {
                let p = t(role_start - 1);
                let ok = u[role_start - 1].word
                    && !in_quote(u[role_start - 1].span)
                    && (is_title(p)
                        || lex.demonyms.contains(p)
                        || (capitalized(p) && !lex.not_name.contains(p))
                        || (p == "of" && role_start >= 2 && is_title(t(role_start - 2))));
                if !ok {
                    break;
                }
                role_start -= 1;
            }
            if role_start < name_first {
                scratch.words.clear();
                scratch.words.extend((role_start..name_first).map(t));
                if scratch.words.iter().any(|w| is_title(w)) {
                    role = Some(scratch.words.join(" "));
                }
            }
        }
        // Appositive: ", Russia's envoy to the United Nations,".
        if kind == Kind::Person && t(end + 1) == "," {
            let mut k = end + 2;
            let stop = (end + 12).min(u.len());
            // A mark is no word: the cheap test is made first.
            while k < stop
                && u[k].word
                && !matches!(t(k), "," | "." | ";" | ":" | "(" | ")")
                && !APPOSITIVE_STOPS.contains(&t(k))
            {
                k += 1;
            }
            while k > end + 2 && matches!(t(k - 1), "and" | "or" | "in" | "of" | "the" | "a") {
                k -= 1;
            }
            scratch.words.clear();
            scratch.words.extend((end + 2..k).map(t));
            let words = &scratch.words;
            let opener = words.first().is_some_and(|w| {
                possessive_base(w).is_some()
                    || matches!(*w, "the" | "a" | "an" | "his" | "her" | "its")
                    || lex.demonyms.contains(w)
                    || is_title(w)
            });
            if opener && words.len() >= 2 && words.iter().any(|w| is_title(w)) {
                role = Some(words.join(" "));
            }
        }
        let name_span = u[name_first].span.cover(u[end].span);
        // The span of a possessive name covers the whole word; the name itself is without 's.
        out.push(Mention {
            span: name_span,
            name,
            kind,
            role,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::split_sentences;

    fn ents(text: &str) -> Entities {
        let s = split_sentences(text, Span::new(0, text.len()));
        Entities::build(text, &s, &[])
    }

    fn names(e: &Entities) -> Vec<(&str, Kind)> {
        e.mentions
            .iter()
            .map(|m| (m.name.as_str(), m.kind))
            .collect()
    }

    #[test]
    fn a_name_used_as_a_place_is_a_place_everywhere() {
        let e = ents(
            "Aid reached families in Banda Aceh on Sunday. Banda Aceh officials were told to wait.",
        );
        assert!(
            names(&e)
                .iter()
                .all(|(n, k)| *n != "Banda Aceh" || *k == Kind::Place),
            "{:?}",
            names(&e)
        );
        let e =
            ents("Secretary of State John Kerry met Lavrov. In Kerry's view the talks went well.");
        assert!(
            names(&e).contains(&("John Kerry", Kind::Person)),
            "{:?}",
            names(&e)
        );
    }

    #[test]
    fn names_written_as_no_persons_name_is() {
        let e = ents(
            "Brannigan spoke at a Park Ridge banquet hall. The fire hit the Parcelway Depot site. \
             The water swept through Camping Les Saules. (TRT World and Agencies) \
             The Citizens' Front and the Workers' Party marched past the Smiths' house.",
        );
        let n = names(&e);
        for (name, kind) in [
            ("Park Ridge", Kind::Unknown),
            ("Parcelway Depot", Kind::Unknown),
            ("Camping Les Saules", Kind::Place),
            ("TRT World", Kind::Unknown),
            ("Citizens' Front", Kind::Org),
            ("Workers' Party", Kind::Org),
        ] {
            assert!(n.contains(&(name, kind)), "{name}: {n:?}");
        }
        // Titles and bodies no list held.
        let e = ents(
            "Group Manager Helen Ashdown and Union County Freeholder Angela Ruiz met Mercer Logistics and the Federal Reserve.",
        );
        let n = names(&e);
        for (name, kind) in [
            ("Helen Ashdown", Kind::Person),
            ("Angela Ruiz", Kind::Person),
            ("Mercer Logistics", Kind::Org),
            ("Federal Reserve", Kind::Org),
        ] {
            assert!(n.contains(&(name, kind)), "{name}: {n:?}");
        }
    }

    #[test]
    fn a_first_name_and_a_surname_before_of_are_a_person() {
        let e = ents(
            "Mark Evans said it started at 2am. Paul Ridley of Greater Manchester Fire and \
             Rescue Service praised the crews. The Bank of England and Lisa Cook of Dallas met.",
        );
        let n = names(&e);
        assert!(n.contains(&("Paul Ridley", Kind::Person)), "{n:?}");
        assert!(n.contains(&("Lisa Cook", Kind::Person)), "{n:?}");
        assert!(n.contains(&("Bank of England", Kind::Org)), "{n:?}");
        assert!(!n.iter().any(|(m, _)| m.contains("Ridley of")), "{n:?}");
        assert!(
            n.contains(&("Greater Manchester Fire and Rescue Service", Kind::Org)),
            "{n:?}"
        );
        // Two bodies stay two; a person and a body stay apart.
        let e = ents("The Army and Navy said so. Lisa Cook and Police Scotland spoke.");
        let n = names(&e);
        assert!(n.contains(&("Army", Kind::Org)), "{n:?}");
        assert!(n.contains(&("Lisa Cook", Kind::Person)), "{n:?}");
    }

    #[test]
    fn a_titled_name_before_of_and_a_portfolio_after_of() {
        // The body after "of" is no part of the name.
        let e = ents("Chief Fire Officer Helen Marsden of Humberside Fire and Rescue spoke.");
        let n = names(&e);
        assert!(n.contains(&("Helen Marsden", Kind::Person)), "{n:?}");
        assert_eq!(e.role_of("Helen Marsden"), Some("Chief Fire Officer"));
        // A body's title, its portfolio after "of", then the name.
        let e = ents("KRA Commissioner of Customs Lilian Wambui spoke.");
        let n = names(&e);
        assert!(n.contains(&("Lilian Wambui", Kind::Person)), "{n:?}");
        assert_eq!(
            e.role_of("Lilian Wambui"),
            Some("KRA Commissioner of Customs")
        );
        // An "of" inside the role stays there.
        let e = ents("Secretary of State John Kerry of Massachusetts spoke.");
        assert_eq!(e.role_of("John Kerry"), Some("Secretary of State"));
        // A body or a place of two words after "of", then the name.
        let e = ents("Chief Inspector of Rail Accidents Helen Marsh spoke.");
        let n = names(&e);
        assert!(n.contains(&("Helen Marsh", Kind::Person)), "{n:?}");
        assert_eq!(
            e.role_of("Helen Marsh"),
            Some("Chief Inspector of Rail Accidents")
        );
        let e = ents("Mayor of Halden Katrin Obelsen spoke.");
        assert!(names(&e).contains(&("Katrin Obelsen", Kind::Person)));
    }

    #[test]
    fn a_member_of_parliament_is_a_role() {
        let e = ents("Labour MP Jane Smith spoke. Welsh nationalist MP Hywel Williams agreed.");
        assert_eq!(e.role_of("Jane Smith"), Some("Labour MP"));
        assert!(names(&e).contains(&("Hywel Williams", Kind::Person)));
    }

    #[test]
    fn units_join_acronyms_and_hyphenated_names() {
        let t = "The U.S. and al-Assad met Ferrero-Waldner.";
        let u: Vec<&str> = units(t, Span::new(0, t.len()))
            .iter()
            .map(|x| x.text(t))
            .collect();
        assert_eq!(
            u,
            [
                "The",
                "U.S.",
                "and",
                "al-Assad",
                "met",
                "Ferrero-Waldner",
                "."
            ]
        );
    }

    #[test]
    fn titles_become_roles_and_surnames_resolve() {
        let e = ents(
            "U.S. Secretary of State John Kerry will meet Russian President Vladimir Putin in Moscow. \
             Later Kerry spoke. Russia's Lavrov agreed with Sergei Lavrov.",
        );
        let n = names(&e);
        assert!(n.contains(&("John Kerry", Kind::Person)), "{n:?}");
        assert!(n.contains(&("Vladimir Putin", Kind::Person)));
        assert!(n.contains(&("Russia", Kind::Country)));
        assert_eq!(e.role_of("John Kerry"), Some("U.S. Secretary of State"));
        assert_eq!(e.role_of("Vladimir Putin"), Some("Russian President"));
        assert_eq!(
            e.mentions.iter().filter(|m| m.name == "John Kerry").count(),
            2
        );
        assert_eq!(
            e.mentions
                .iter()
                .filter(|m| m.name == "Sergei Lavrov")
                .count(),
            2
        );
        assert_eq!(e.by_role("the top U.S. diplomat"), Some("John Kerry"));
    }

    #[test]
    fn portfolios_and_country_adjectives_belong_to_the_role() {
        let e = ents(
            "Minister of Transport Elena Varga and Minister of Foreign Affairs Sergei Lavrov met.",
        );
        let n = names(&e);
        assert!(n.contains(&("Elena Varga", Kind::Person)), "{n:?}");
        assert!(n.contains(&("Sergei Lavrov", Kind::Person)), "{n:?}");
        let e =
            ents("Kenya's President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Bekele.");
        assert_eq!(e.by_role("the Kenyan president"), Some("Daniel Mwangi"));
        assert_eq!(
            e.by_role("the Ethiopian prime minister"),
            Some("Tesfaye Bekele")
        );
        // A sentence's first word that says who the person is, not their name.
        let e = ents("Fisherman Jose Almeida, 54, was rescued. Survivor Ana Reis spoke.");
        let n = names(&e);
        assert!(n.contains(&("Jose Almeida", Kind::Person)), "{n:?}");
        assert!(n.contains(&("Ana Reis", Kind::Person)), "{n:?}");
        // The role's holder is of another country.
        let e = ents("Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Bekele.");
        assert_eq!(e.by_role("the Ethiopian president"), None);
        // "leader" and "premier" stand for a head of state or government.
        assert_eq!(e.by_role("the Ethiopian leader"), Some("Tesfaye Bekele"));
        assert_eq!(e.by_role("the Kenyan leader"), Some("Daniel Mwangi"));
        assert_eq!(e.by_role("the leader"), None);
        assert_eq!(e.by_role("the Kenyan president"), Some("Daniel Mwangi"));
    }

    #[test]
    fn appositive_roles_and_aliases() {
        let e = ents(
            "The talks stalled, said Vitaly Churkin, Russia’s envoy to the United Nations, on Friday. \
             The State Department and ISIL were named.",
        );
        assert_eq!(
            e.role_of("Vitaly Churkin"),
            Some("Russia’s envoy to the United Nations")
        );
        let n = names(&e);
        assert!(n.contains(&("State Department", Kind::Org)), "{n:?}");
        assert!(n.contains(&("Islamic State", Kind::Org)));
        assert!(n.contains(&("United Nations", Kind::Org)));
    }

    #[test]
    fn titles_with_periods_and_org_titles_split_from_names() {
        let e = ents("Oregon State Police Lt. Gregg Hastings and New York Gov. Andrew Cuomo met.");
        let n = names(&e);
        assert!(n.contains(&("Gregg Hastings", Kind::Person)), "{n:?}");
        assert!(n.contains(&("Andrew Cuomo", Kind::Person)), "{n:?}");
        assert_eq!(e.role_of("Gregg Hastings"), Some("Oregon State Police Lt."));
        // No name after the title: still an organization.
        let e = ents("The State Department and the Oregon State Police spoke.");
        let n = names(&e);
        assert!(n.contains(&("State Department", Kind::Org)), "{n:?}");
        assert!(n.contains(&("Oregon State Police", Kind::Org)), "{n:?}");
    }

    #[test]
    fn particles_compounds_and_places() {
        let e = ents("Yasser al-Yusef spoke as the Britain-based group met in East Flatbush.");
        let n = names(&e);
        assert!(n.contains(&("Yasser al-Yusef", Kind::Person)), "{n:?}");
        assert!(n.iter().all(|(m, _)| !m.contains("Britain-based")), "{n:?}");
        assert!(n.contains(&("East Flatbush", Kind::Place)), "{n:?}");
        let e =
            ents("Crowds filled Church Ave after the Syrian Observatory for Human Rights spoke.");
        let n = names(&e);
        assert!(n.contains(&("Church Ave", Kind::Place)), "{n:?}");
        assert!(
            n.contains(&("Syrian Observatory for Human Rights", Kind::Org)),
            "{n:?}"
        );
        // Two particles in a row.
        let e = ents("Researcher Joris van der Berg met Maria de la Cruz.");
        let n: Vec<&str> = names(&e).into_iter().map(|(m, _)| m).collect();
        assert!(n.contains(&"Joris van der Berg"), "{n:?}");
        assert!(n.contains(&"Maria de la Cruz"), "{n:?}");
    }

    /// `classify` as first written: every word asked whether it is a title at each step.
    fn classify_reference(
        words: &[&str],
        joined: String,
        scratch: &mut String,
    ) -> Option<(String, Kind, usize)> {
        let lex = lexicon();
        key_into(&joined, scratch);
        if let Some(&(c, k)) = lex.aliases.get(scratch.as_str()) {
            return Some((c.to_string(), k, 0));
        }
        let mut k = 0;
        let last_title = words.iter().rposition(|w| is_title(w));
        if let Some(j) = title_before_name(words) {
            // "Oregon State Police Lt. Gregg Hastings", "New York Gov. Andrew Cuomo": the words
            // up to the last title are the person's role, whatever they name.
            k = j + 1;
        } else if let Some(n) = last_title.and_then(|j| {
            let p = portfolios_before_a_name(lex, words.get(j + 2..).unwrap_or_default());
            if matches!(words.get(j + 1), Some(&("of" | "for")))
                && p > 0
                && name_follows_title(words, j + 1 + p)
            {
                return Some(j + 2 + p);
            }
            body_after_of_then_name(lex, words, j)
        }) {
            // "Secretary of State John Kerry", "Mayor of Halden Katrin Obelsen".
            k = n;
        } else {
            if words.iter().any(|w| lex.org_words.contains(w)) {
                // "Russian Foreign Ministry": a leading demonym is the org's country, kept.
                return Some((joined, Kind::Org, 0));
            }
            while k + 1 < words.len()
                && (is_title(words[k]) || lex.demonyms.contains(words[k]) || words[k] == "of")
            {
                k += 1;
            }
        }
        let name = &words[k..];
        // With no leading title the rest is the whole run, whose key (in `scratch`) is known not
        // to be an alias.
        let rest = if k == 0 {
            joined
        } else {
            let rest = name.join(" ");
            key_into(&rest, scratch);
            if let Some(&(c, kind)) = lex.aliases.get(scratch.as_str()) {
                return Some((c.to_string(), kind, k));
            }
            rest
        };
        if lex.places.contains(scratch.as_str())
            || (name.len() >= 2 && name.last().is_some_and(|w| lex.place_words.contains(w)))
            || (name.len() >= 2 && COMPASS.contains(&name[0]))
        {
            return Some((rest, Kind::Place, 0));
        }
        if name.iter().any(|w| is_title(w) || lex.demonyms.contains(w)) && k == 0 {
            return None;
        }
        let titled = words[..k].iter().any(|w| is_title(w));
        let kind = if name.contains(&"of") {
            Kind::Unknown // "Thousands of Palestinians"
        } else if name.len() >= 2 || titled {
            Kind::Person
        } else {
            Kind::Unknown
        };
        Some((rest, kind, k))
    }

    fn title_before_name(words: &[&str]) -> Option<usize> {
        let lex = lexicon();
        let j = words.iter().rposition(|w| is_title(w))?;
        let name = &words[j + 1..];
        ((1..=4).contains(&name.len())
            && name.iter().all(|w| {
                !lex.org_words.contains(w)
                    && !lex.demonyms.contains(w)
                    && !matches!(*w, "of" | "for" | "and")
                    && !w.ends_with('.')
            }))
        .then_some(j)
    }

    proptest::proptest! {
        #[test]
        fn classes_match_the_reference(
            words in proptest::collection::vec("Secretary|State|Lt\\.|Gov\\.|John|Kerry|of|for|Russian|Ministry|East|Street|U\\.S\\.|Foreign|Minister|Banda|Aceh|[A-Z][a-z]{0,5}", 1..6)
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let (mut a, mut b) = (String::new(), String::new());
            proptest::prop_assert_eq!(
                classify(&words, words.join(" "), &mut a),
                classify_reference(&words, words.join(" "), &mut b)
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn names_told_unlisted_are_neither_aliases_nor_places(
            name in "(U\\.S\\.|United|States|Nations|Islamic|State|Moscow|Tel|Aviv|Red|Cross|ISIL|Gaza|[A-Za-z]{1,6}|é)( (United|States|State|Aviv|Sea|[A-Za-z]{1,5})){0,3}"
        ) {
            let lex = lexicon();
            if !may_be_listed(lex, &name) {
                let k = key(&name);
                proptest::prop_assert!(!lex.aliases.contains_key(&k), "{}", name);
                proptest::prop_assert!(!lex.places.contains(&k), "{}", name);
            }
        }
    }

    #[test]
    fn every_alias_and_place_may_be_listed() {
        let lex = lexicon();
        let entries = include_str!("data/aliases.txt").lines();
        for l in entries.filter(|l| !l.starts_with('#') && !l.starts_with("role")) {
            for name in l.split('|').skip(1).map(str::trim) {
                assert!(may_be_listed(lex, name), "{name}");
            }
        }
        for name in &lex.places {
            assert!(may_be_listed(lex, name), "{name}");
        }
        assert!(may_be_listed(lex, "Moscow"));
    }

    /// `units_of` without its short path: every word token tried for each way a unit goes on
    /// (`unit_end`), and every capitalized unit read for a hyphenated compound.
    fn units_of_reference(text: &str, toks: &[Token]) -> Vec<Unit> {
        let bytes = text.as_bytes();
        let mut out: Vec<Unit> = Vec::with_capacity(toks.len());
        let mut i = 0;
        while i < toks.len() {
            let t = toks[i];
            // Numbers and marks are units of their own.
            let end = if t.kind == TokenKind::Word {
                unit_end(text, toks, i)
            } else {
                i
            };
            let word = matches!(t.kind, TokenKind::Word | TokenKind::Number);
            let span = t.span.cover(toks[end].span);
            let cap = word
                && match bytes.get(span.start()) {
                    Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => capitalized(span.slice(text)),
                };
            // Every capitalized unit read for a hyphen.
            let compound = cap && compound_adjective(span.slice(text));
            out.push(Unit {
                span,
                word,
                cap,
                compound,
            });
            i = end + 1;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn units_match_the_reference(t in "((U|S|N|A|Lt|Gen|al|Assad|Ferrero|said|Britain|Saudi|based|led)[.‐-]? ?){0,12}|\\PC{0,60}") {
            let toks = tokenize(&t, Span::new(0, t.len()));
            proptest::prop_assert_eq!(units_of(&t, &toks), units_of_reference(&t, &toks));
        }
    }

    /// The ASCII branch of `key_into` as first written, byte by byte.
    fn key_reference_ascii(name: &str) -> String {
        let mut out = String::new();
        let mut in_word = false;
        for b in name.bytes() {
            if b.is_ascii_whitespace() {
                in_word = false;
                continue;
            }
            if !in_word {
                in_word = true;
                if !out.is_empty() {
                    out.push(' ');
                }
            }
            if b != b'.' {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn ascii_keys_match_the_reference(name in "[A-Za-z. \t\n\u{b}\u{c}'-]{0,30}|([A-Za-z'-]{1,6} ){0,4}[A-Za-z]{0,5} ?") {
            proptest::prop_assert_eq!(key(&name), key_reference_ascii(&name));
        }

        #[test]
        fn compounds_and_particles_match_the_reference(w in "(al|el|bin|Al|[A-Za-z]{0,3}|é)(-(based|led|Assad|[A-Za-zé]{0,3})){0,2}") {
            proptest::prop_assert_eq!(
                compound_adjective(&w),
                w.rsplit_once('-').is_some_and(|(_, end)| ADJECTIVE_ENDINGS.contains(&end))
            );
            proptest::prop_assert_eq!(
                particle_name(&w),
                w.split_once('-').is_some_and(|(p, rest)| {
                    PARTICLES.contains(&p) && rest.starts_with(|c: char| c.is_uppercase())
                })
            );
        }
    }

    /// `is_title` as it was written first: every hyphenated part lowercased and looked up.
    fn is_title_reference(word: &str) -> bool {
        word.trim_end_matches('.')
            .split('-')
            .all(|p| lexicon().titles.contains(p.to_lowercase().as_str()))
    }

    #[test]
    fn titles_are_short_lowercase_words() {
        // What lets `is_title` look an ASCII word up with its letters folded.
        for w in lexicon().titles.iter() {
            let lower = w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            assert!(lower && w.len() <= 15, "{w:?}");
        }
    }

    #[test]
    fn titles_in_any_case_and_hyphenated() {
        for w in ["Secretary", "secretary.", "Secretary-General", "LT.", "Gov"] {
            assert!(is_title(w), "{w}");
        }
        for w in [
            "Secretaries-Generals",
            "co-founder",
            "Kerry",
            "",
            ".",
            "-",
            "Président",
        ] {
            assert!(!is_title(w), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn is_title_matches_the_reference(
            w in "(Secretary|General|gov|Lt|co|founder|[A-Za-z]{0,4}|é|İ)([-.](Secretary|General|gov|[a-z]{0,3}|é)){0,2}\\.?|\\PC{0,30}"
        ) {
            proptest::prop_assert_eq!(is_title(&w), is_title_reference(&w), "{}", w);
        }
    }

    #[test]
    fn a_lone_surname_is_the_full_name_whatever_its_middle_initials() {
        let e = ents("John Kerry met them. John F. Kerry spoke. Then Kerry left.");
        assert_eq!(
            e.mentions.last().map(|m| m.name.as_str()),
            Some("John F. Kerry")
        );
        // Two people of one surname: the lone surname stays as written.
        let e = ents("Anna Kowalski met Tomasz Kowalski. Then Kowalski left.");
        assert_eq!(e.mentions.last().map(|m| m.name.as_str()), Some("Kowalski"));
    }

    /// Over every shipped article and constructed event: a pronoun at each mention's end
    /// and each person's name get the same answer by the walk as by the index.
    #[test]
    fn walks_and_indexes_agree_on_shipped_articles() {
        let files = crate::extract::shipped_article_files();
        let mut asked = 0;
        for f in files {
            let text = std::fs::read_to_string(&f).expect("utf-8 text");
            let sentences = split_sentences(&text, Span::new(0, text.len()));
            let e = Entities::build(&text, &sentences, &[]);
            for m in &e.mentions {
                for pos in [m.span.start(), m.span.end(), m.span.end() + 1] {
                    for sex in [Sex::Female, Sex::Male] {
                        assert_eq!(
                            e.person_before_as_by_walk(pos, sex),
                            e.person_before_as_by_index(pos, sex),
                            "{}: {pos}",
                            f.display()
                        );
                        asked += 1;
                    }
                }
                let slow = e
                    .mentions
                    .iter()
                    .any(|n| n.kind == Kind::Person && n.name == m.name);
                assert_eq!(e.names_person_by_index(&m.name), slow, "{}", m.name);
            }
        }
        assert!(asked > 10_000, "{asked}");
    }

    #[test]
    fn pronouns_pass_over_a_person_of_the_other_sex() {
        let t = "Prosecutor Maria Lindqvist spoke first. Defence lawyer Paul Okafor replied. Ms Kowalski and Chief Kowalski came.";
        let e = ents(t);
        let at = t.find("Ms").unwrap_or(0);
        assert_eq!(
            e.person_before_as(at, Sex::Female).unwrap().name,
            "Maria Lindqvist"
        );
        assert_eq!(
            e.person_before_as(at, Sex::Male).unwrap().name,
            "Paul Okafor"
        );
        // A person whose sex is not told may be either.
        let t = "Chidi Okonjo spoke. The talks ended.";
        assert_eq!(
            ents(t).person_before_as(t.len(), Sex::Female).unwrap().name,
            "Chidi Okonjo"
        );
    }

    #[test]
    fn person_before_skips_places_and_orgs() {
        let t = "White House press secretary Josh Earnest told reporters in Washington Friday.";
        let e = ents(t);
        assert_eq!(e.person_before(t.len()).unwrap().name, "Josh Earnest");
        assert_eq!(
            e.role_of("Josh Earnest"),
            Some("White House press secretary")
        );
    }
}
