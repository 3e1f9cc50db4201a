//! Speakers named by a description rather than a name: a pronoun ("he said"), an age ("the
//! 45-year-old"), a body ("the agency", "the transport ministry") or a role the article gives
//! in an apposition ("the prosecutor"). Each stands for the one person or body the article
//! describes so, and for nobody when it describes none or several.

use super::lists::{ASIDES, BODY_NOUNS, OFFICIAL_BODIES, PREPOSITIONS, VERBS};
use super::{Around, Speaker};
use crate::extract::entity::{Kind, Mention, is_demonym, is_title};
use crate::extract::gender::Sex;
use crate::extract::lexicon::lexicon;
use crate::extract::words::is_possessive;
use crate::model::Span;

/// `word` with its first ASCII letter capitalized ("the prosecutor" → "The prosecutor").
fn with_capital_ascii(word: &str) -> String {
    let mut w = word.to_string();
    if let Some(f) = w.get_mut(..1) {
        f.make_ascii_uppercase();
    }
    w
}

/// Whether `text` (the words between a named person and a pronoun) brings in a person it
/// does not name as a speaker: "a"/"an", up to three words, a role word and a saying verb
/// ("A ministry spokesman said", "an official told"), or the verb first, after a quotation or
/// a comma ("…,” said a spokeswoman"). A role word set off by a comma is an apposition
/// ("Berg, a police spokesman, said"), not a new speaker; a verb right after the named person
/// has them for its subject ("Gov. Alexander Pimentel declared a state of calamity").
fn brings_in_unnamed(text: &str) -> bool {
    // Words quoted are someone's speech, not the article's: "“I have waited to hear a judge
    // say it,” she told the Gazette" brings in no judge. The closing mark stays, as a word.
    let mut outside = String::with_capacity(text.len());
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' | '"' if quoted => {
                quoted = false;
                outside.push_str(" ” ");
            }
            '"' => quoted = true,
            _ if !quoted => outside.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = outside.split_whitespace().collect();
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    // Looked up with letters folded: no word is copied.
    let verb = |w: &str| VERBS.contains_folded(bare(w).as_bytes());
    words.iter().enumerate().any(|(i, w)| {
        if !may_be_article(w) {
            return false;
        }
        let b = bare(w);
        let article = b.eq_ignore_ascii_case("a") || b.eq_ignore_ascii_case("an");
        if !article || w.ends_with(',') {
            return false;
        }
        let verb_before = i.checked_sub(1).is_some_and(|p| {
            verb(words[p])
                && !words[p].ends_with(',')
                && p.checked_sub(1)
                    .is_some_and(|b| words[b].ends_with(|c: char| !c.is_alphanumeric()))
        });
        // "A nurse said …": a noun of people the article names no one by speaks too.
        let person = |w: &str| {
            is_title(w)
                || (w.bytes().all(|b| b.is_ascii_lowercase()) && lexicon().people.contains(w))
        };
        (i + 1..(i + 5).min(words.len())).any(|j| {
            person(bare(words[j]))
                && !words[j].ends_with(',')
                && (verb_before || words.get(j + 1).is_some_and(|n| verb(n)))
        })
    })
}

/// Whether a word may be "a" or "an" once the marks around it are trimmed: one that starts
/// with an ASCII letter or digit other than `a`, or ends with one other than `a` or `n`
/// ("the", "said", "ministry") is told not by its end bytes, without trimming it.
fn may_be_article(w: &str) -> bool {
    let b = w.as_bytes();
    let first_fits = b
        .first()
        .is_none_or(|c| !c.is_ascii_alphanumeric() || c.eq_ignore_ascii_case(&b'a'));
    let last_fits = b.last().is_none_or(|c| {
        !c.is_ascii_alphanumeric() || c.eq_ignore_ascii_case(&b'a') || c.eq_ignore_ascii_case(&b'n')
    });
    first_fits && last_fits
}

/// Longest aside between a name and its verb, in bytes.
const MAX_ASIDE: usize = 40;

/// `after`, the text right after a name, past the asides set off by commas that may stand
/// between the name and its verb: an age ("Harjit Sandhu, 61, said") or a phrase opened by a
/// preposition ("Claire Dobson, 38, from Bridlington, said"). A relative clause is none:
/// in "a girl, identified as Yolanda Mandofi, whose head was crushed, said local hospital
/// director Hengky Tewu" the verb's subject follows it.
fn past_asides(mut after: &str) -> &str {
    for _ in 0..3 {
        let Some(rest) = after.strip_prefix(',') else {
            break;
        };
        // Looked for among the next few bytes only: the rest of the text is not read.
        let Some(end) = rest.bytes().take(MAX_ASIDE).position(|b| b == b',') else {
            break;
        };
        let aside = rest[..end].trim();
        if aside.contains(['.', ';', ':', '"', '“', '”']) {
            break;
        }
        let first = aside.split(' ').next().unwrap_or("");
        let age = !aside.is_empty() && aside.bytes().all(|b| b.is_ascii_digit());
        let preposition = PREPOSITIONS.iter().any(|a| a.eq_ignore_ascii_case(first));
        // "Carolina Vidal, speaking at La Moneda, said": a participle's aside.
        let participle = first.len() > 5 && first.ends_with("ing");
        // "Gheorghe Popa, the mayor of Valea Mare, said": a description in apposition.
        let description = matches!(first, "the" | "a" | "an");
        if !(age || preposition || participle || description) {
            break;
        }
        after = &rest[end + 1..];
    }
    after
}

/// Whether the name at `span` of `text` is who speaks in its clause: a saying verb right
/// after it (past an aside: "Peskov said", "de Mistura however says", "Harjit Sandhu, 61,
/// said") or before it, with at most four words of a role between and no punctuation ("said
/// local hospital director Hengky Tewu").
fn speaks_at(text: &str, span: Span) -> bool {
    fn word(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    let is_verb = |w: &str| VERBS.contains_folded(word(w).as_bytes());
    let is_aside = |w: &str| ASIDES.iter().any(|a| a.eq_ignore_ascii_case(word(w)));
    let right_after = text.get(span.end()..).unwrap_or("");
    // "The mayor of Valea Mare, Gheorghe Popa, said he had called": the comma closing an
    // apposition is passed over as an aside is.
    let after = past_asides(right_after);
    let after = after.strip_prefix(',').unwrap_or(after);
    let mut next = after.split_whitespace();
    let verb_after = match next.next() {
        Some(w) if !w.starts_with(|c: char| c.is_alphanumeric()) => false,
        Some(w) if is_aside(w) => next.next().is_some_and(is_verb),
        Some(w) => is_verb(w),
        None => false,
    };
    // "Among the dead was Darren Holt, 34, said police spokesman Tom Reid": past an aside,
    // a verb with a name after it is that name's.
    // "Janet Holroyd, 63, said Mrs Ellison had walked the fells": a name after the verb
    // that a verb of its own follows is what is said, and the verb is still this name's.
    let verb_after = verb_after
        && (after.len() == right_after.len() || {
            let mut named = false;
            let mut rest = next.clone();
            while let Some(w) = rest.next() {
                if w.starts_with(char::is_uppercase) {
                    named = !subject_of_what_is_said(rest.clone());
                    break;
                }
                if w.ends_with(|c: char| !c.is_alphanumeric()) {
                    break;
                }
            }
            !named
        });
    let before = text.get(..span.start()).unwrap_or("");
    // "speaking at La Moneda", "the mayor of Valea Mare, said": a name after a preposition
    // is a place or a body, not who speaks.
    let after_preposition = before.split_whitespace().next_back().is_some_and(|w| {
        [
            "at", "in", "on", "of", "near", "from", "across", "inside", "outside",
        ]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(w))
    });
    // "… said Mrs Ellison had walked the fells": a name after the verb with a verb of its
    // own after it is the subject of what is said, not who says it.
    let verb_before = before
        .split_whitespace()
        .rev()
        .take(5)
        .take_while(|w| !w.ends_with(|c: char| !c.is_alphanumeric()))
        .any(is_verb)
        && !subject_of_what_is_said(right_after.split_whitespace());
    !after_preposition && (verb_after || verb_before)
}

/// Auxiliaries that, right after a name that follows a verb of saying, make the name the
/// subject of what is said ("said Mrs Ellison had walked", "told reporters Smith was safe").
const AUXILIARIES: [&str; 16] = [
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "did",
    "must", "might", "may", "can",
];

/// Whether the words `rest`, which follow a capitalized word after a verb of saying, go on
/// with more of a name and then an auxiliary: the name is the subject of what is said.
fn subject_of_what_is_said<'a>(mut rest: impl Iterator<Item = &'a str>) -> bool {
    for w in rest.by_ref().take(3) {
        if w.starts_with(char::is_uppercase) && !w.ends_with(|c: char| !c.is_alphanumeric()) {
            continue;
        }
        return AUXILIARIES.contains(&w);
    }
    false
}

impl Around<'_> {
    /// Who "he" or "she" at byte `at` stands for: the last person named before it who may be
    /// of that sex, unless the words since bring in someone unnamed ("A ministry spokesman
    /// said …. “…,” he said") or that person's sentence names another who may be meant
    /// ("Nunes met reporters with the bank's chairman, Jorge Matos. “…,” he said"): then
    /// nobody, or for "she" the one of them the article tells is a woman.
    pub(super) fn pronoun_speaker(&self, at: usize, sex: Sex) -> Option<Speaker> {
        let Some(m) = self.ents.person_before_as(at, sex) else {
            // "Moura said she would …. “…,” he said": a subject the article tells is of the
            // other sex is not "he".
            return self
                .lone_subject_before(at)
                .filter(|s| self.ents.sex_of_name(&s.name) != Some(sex.other()));
        };
        let since = self.text.get(m.span.end()..at)?;
        if brings_in_unnamed(since) {
            return None;
        }
        let head = self.text.get(..m.span.start())?;
        let from = head.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        let sentence = Span::new(from, m.span.start());
        let rival_mentions: Vec<&Mention> = self
            .ents
            .within(sentence)
            .iter()
            .filter(|r| r.kind == Kind::Person && r.name != m.name)
            // "Describing Yida as …": a participle read as a name is no one.
            .filter(|r| !r.name.split(' ').next().is_some_and(|w| w.ends_with("ing")))
            .filter(|r| self.ents.sex_of_name(&r.name) != Some(sex.other()))
            .collect();
        if rival_mentions.is_empty() {
            return Some(self.speaker(m));
        }
        // "…, said local hospital director Hengky Tewu. “…,” he said": the one who speaks in
        // that sentence goes on speaking.
        let mut speaking: Vec<&Mention> = rival_mentions
            .iter()
            .copied()
            .chain(std::iter::once(m))
            .filter(|r| speaks_at(self.text, r.span))
            .collect();
        speaking.dedup_by(|a, b| a.name == b.name);
        if let [one] = speaking.as_slice() {
            return Some(self.speaker(one));
        }
        let mut rivals: Vec<&str> = rival_mentions.iter().map(|r| r.name.as_str()).collect();
        // "he" with two men (or men and people of untold sex) named: nobody. "she" means the
        // one of them the article tells is a woman, if one is ("Prosecutor Ana Ferreira said
        // … because Carvalho approved …. “…,” she said").
        if sex == Sex::Male {
            return None;
        }
        rivals.push(&m.name);
        rivals.sort_unstable();
        rivals.dedup();
        let mut told = rivals
            .iter()
            .filter(|n| self.ents.sex_of_name(n) == Some(sex));
        let one = told.next()?;
        if told.next().is_some() {
            return None;
        }
        let name = one.to_string();
        Some(Speaker {
            role: self.ents.role_of(&name).map(str::to_string),
            name,
        })
    }

    /// "Brannigan addressed a crowd at a Park Ridge banquet hall. “…,” he said": where no
    /// person is named before a pronoun at byte `at`, a lone name that opens a sentence as the
    /// subject of a verb in the past ("addressed", "said") is who it stands for, unless the
    /// words since bring in someone unnamed. A plural ("Residents fled") is nobody.
    fn lone_subject_before(&self, at: usize) -> Option<Speaker> {
        let before = self.ents.mentions.partition_point(|m| m.span.end() <= at);
        let m = self.ents.mentions[..before].iter().rev().find(|m| {
            let head = self.text.get(..m.span.start()).unwrap_or("");
            let head = head.trim_end_matches([' ', '"', '“', '‘', '\'']);
            let opens = head.is_empty() || head.ends_with(['.', '!', '?', '\n']);
            let verb = self
                .text
                .get(m.span.end()..)
                .and_then(|a| a.strip_prefix(' '))
                .and_then(|a| a.split(|c: char| !c.is_ascii_alphabetic()).next())
                .is_some_and(|v| {
                    v.bytes().all(|b| b.is_ascii_lowercase())
                        && (v.ends_with("ed") || VERBS.contains(v))
                });
            m.kind == Kind::Unknown
                && !m.name.contains(' ')
                && !m.name.ends_with('s')
                && opens
                && verb
        })?;
        let since = self.text.get(m.span.end()..at)?;
        if brings_in_unnamed(since) {
            return None;
        }
        Some(self.speaker(m))
    }

    /// "the 45-year-old told the court": the one person the article gives that age ("Rui
    /// Carvalho, 45,", "45-year-old Rui Carvalho").
    pub(super) fn by_age(&self, idx: &[usize]) -> Option<Speaker> {
        let (&first, &last) = (idx.first()?, idx.last()?);
        if self.low(first) != "the" || idx.len() > 4 {
            return None;
        }
        let span = self.units[first].span.cover(self.units[last].span);
        let age = span
            .slice(self.text)
            .get(4..)?
            .trim()
            .strip_suffix("-year-old")?;
        if age.is_empty() || age.len() > 3 || !age.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let names: Vec<&str> = self
            .ents
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Person)
            .filter(|m| {
                let after = self.text.get(m.span.end()..).unwrap_or("");
                let given_after = after
                    .strip_prefix(", ")
                    .and_then(|a| a.strip_prefix(age))
                    .is_some_and(|a| a.starts_with([',', ' ', '.', ')']));
                let before = self.text.get(..m.span.start()).unwrap_or("").trim_end();
                let given_before = before.strip_suffix("-year-old").is_some_and(|b| {
                    b.ends_with(age)
                        && !b[..b.len() - age.len()].ends_with(|c: char| c.is_ascii_digit())
                });
                given_after || given_before
            })
            .map(|m| m.name.as_str())
            .collect();
        self.the_one(names)
    }

    /// "the agency said", "the ministry said": a lone body noun ([`BODY_NOUNS`]) stands for
    /// the one organization the article names with that word ("the Ethiopian Water Agency"),
    /// and for nobody when it names none or several.
    pub(super) fn named_body(&self, idx: &[usize]) -> Option<Speaker> {
        let [the, noun] = idx else {
            return None;
        };
        let noun = self.low(*noun);
        if self.low(*the) != "the" || !BODY_NOUNS.contains(&&*noun) {
            return None;
        }
        let mut names: Vec<&str> = self
            .ents
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Org)
            .filter(|m| m.name.split(' ').any(|w| w.eq_ignore_ascii_case(&noun)))
            .map(|m| m.name.as_str())
            .collect();
        names.sort_unstable();
        names.dedup();
        match names.as_slice() {
            [one] => Some(Speaker {
                name: one.to_string(),
                role: None,
            }),
            _ => None,
        }
    }

    /// "the transport ministry said", "the interior ministry said": a body the article names
    /// in lowercase words only, "the" (or a country's possessive: "Oman's foreign ministry")
    /// and two or three words, the last an official body's noun ([`OFFICIAL_BODIES`]), speaks
    /// as itself ("transport ministry", "foreign ministry"), and so does one a country's
    /// adjective opens ("the Russian embassy"). A lone noun ("the ministry", "the group") says
    /// too little of which body it is.
    pub(super) fn lowercase_body(&self, idx: &[usize]) -> Option<Speaker> {
        let rest = match idx {
            [first, rest @ ..] if self.low(*first) == "the" => rest,
            [country, rest @ ..]
                if self.units[*country].cap && is_possessive(&self.low(*country)) =>
            {
                rest
            }
            _ => return None,
        };
        let demonym = self.low(idx[0]) == "the"
            && rest
                .first()
                .is_some_and(|&i| is_demonym(self.units[i].text(self.text)));
        let fits = (2..=3).contains(&rest.len())
            && rest[usize::from(demonym)..]
                .iter()
                .all(|&i| self.is_lowercase_word(i))
            && OFFICIAL_BODIES.contains(&&*self.low(*rest.last()?))
            && !rest[..rest.len() - 1]
                .iter()
                .any(|&i| BODY_NOUNS.contains(&&*self.low(i)));
        fits.then(|| self.speaking_as(rest))
    }

    /// Whether unit `i` is a word of lowercase ASCII letters only.
    pub(super) fn is_lowercase_word(&self, i: usize) -> bool {
        let u = self.units[i];
        u.word && u.text(self.text).bytes().all(|b| b.is_ascii_lowercase())
    }

    /// A speaker with no name but the words of units `idx` ("transport ministry", "Danish
    /// foreign minister").
    fn speaking_as(&self, idx: &[usize]) -> Speaker {
        Speaker {
            name: idx
                .iter()
                .map(|&i| self.units[i].text(self.text))
                .collect::<Vec<_>>()
                .join(" "),
            role: None,
        }
    }

    /// "The Danish foreign minister said": a role no one in the article is given by name (see
    /// `Entities::by_role`), "the", a country's adjective, a lowercase word and a title, speaks
    /// as itself ("Danish foreign minister"), as a body does. Without the country ("the
    /// foreign minister") it says too little of whose role it is, and with the title alone
    /// ("the Russian minister") too little of which, most often someone the article names by a
    /// surname only.
    pub(super) fn unheld_role(&self, idx: &[usize]) -> Option<Speaker> {
        let [the, demonym, rest @ ..] = idx else {
            return None;
        };
        let fits = self.low(*the) == "the"
            && is_demonym(self.units[*demonym].text(self.text))
            && rest.len() == 2
            && rest.iter().all(|&i| self.is_lowercase_word(i))
            && rest.last().is_some_and(|&i| self.is_title_unit(i));
        fits.then(|| self.speaking_as(&idx[1..]))
    }

    /// "the prosecutor said" where the article gives the role in an apposition only ("The
    /// prosecutor, Ana Ferreira, said", "Ana Ferreira, the prosecutor, said"): the one person
    /// so described.
    pub(super) fn by_apposed_role(&self, description: &str) -> Option<Speaker> {
        let d = description.trim();
        if d.len() < 5 || !d.is_ascii() {
            return None;
        }
        let d = d.to_ascii_lowercase();
        let known = self.ents.apposed.borrow().get(&d).cloned();
        let name = match known {
            Some(name) => name,
            None => {
                let name = self.the_one(self.apposed_names(&d)).map(|s| s.name);
                self.ents.apposed.borrow_mut().insert(d, name.clone());
                name
            }
        };
        name.map(|name| Speaker {
            role: self.ents.role_of(&name).map(str::to_string),
            name,
        })
    }

    /// The people the lowercase description `d` is set beside with a comma. Each person
    /// named is asked whether the description stands right before or after it, as written
    /// in the quote's clause ("the prosecutor") or opening a sentence ("The prosecutor"): a
    /// walk over the names, not a search of the whole text, which made long texts quadratic.
    fn apposed_names(&self, d: &str) -> Vec<&str> {
        let opening = with_capital_ascii(d);
        let text = self.text;
        let is_d = |s: &str| s == d || s == opening;
        let mut names: Vec<&str> = Vec::new();
        for m in self.ents.mentions.iter().filter(|m| m.kind == Kind::Person) {
            let (start, end) = (m.span.start(), m.span.end());
            // "the prosecutor, Ana Ferreira,": the name right after the comma.
            let after = start
                .checked_sub(2 + d.len())
                .and_then(|at| text.get(at..start))
                .is_some_and(|s| s.ends_with(", ") && s.get(..d.len()).is_some_and(is_d));
            // "Ana Ferreira, the prosecutor,": the name right before.
            let before = text
                .get(end..end + 2 + d.len())
                .is_some_and(|s| s.starts_with(", ") && is_d(&s[2..]));
            if after || before {
                names.push(&m.name);
            }
        }
        names
    }

    /// The person of `names` when all name one (given with the role the article gives them),
    /// else nobody.
    fn the_one(&self, mut names: Vec<&str>) -> Option<Speaker> {
        names.sort_unstable();
        names.dedup();
        let [one] = names.as_slice() else {
            return None;
        };
        let name = one.to_string();
        Some(Speaker {
            role: self.ents.role_of(&name).map(str::to_string),
            name,
        })
    }
}
