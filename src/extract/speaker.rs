//! Who said a quotation: the attribution clause around it.
//!
//! Tried in this order, in the quotation's own sentence(s):
//!
//! 1. right after the closing mark: `…,” said X`, `…,” X said`, `…,” he said`, `…,” X told
//!    reporters`, `…,” X said in a statement`, `…,” X, Y's envoy, was quoted as saying`;
//! 2. anywhere after it: `according to X`, `Z cited X as saying`;
//! 3. before the opening mark: `X told reporters that “…”`, `X said in a statement that … “…”`,
//!    `according to X, “…”`.
//!
//! The name is the entity named in the subject (a person before an organization before a
//! country); a pronoun ("he said") is the last person named before it; a role description
//! ("the top U.S. diplomat said") is the one person the article gives that role. Attribution
//! verbs are data (`data/attribution_verbs.txt`).
//!
//! The word lists are in `lists`, the attribution before the opening mark in `before_quote`,
//! and speakers named by a description (a pronoun, an age, a body, a role) in `described`.

use crate::extract::entity::{Entities, Kind, Mention, Unit, is_title};
use crate::extract::gender::Sex;
use crate::extract::words::is_possessive;
use compact_str::CompactString;
use std::cell::OnceCell;
use std::ops::Deref;

mod described;

mod before_quote;
mod lists;
#[cfg(test)]
mod role_and_pronoun_tests;
#[cfg(test)]
mod tests;

pub(super) use lists::is_attribution_verb;
use lists::{
    BODY_NOUNS, JOINING_WORDS, MAX_JOINING, MAX_SECOND_CLAUSE, MAX_SUBJECT, OUTLET_NOUNS,
    PARTICIPLES, PREDICATE_OPENERS, PREPOSITIONS, RELATIONS, VERBS,
};

/// A quotation's speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Canonical name.
    pub name: String,
    pub role: Option<String>,
}

/// A unit's lowercase text: the text itself when it is lowercase already, else a lowercase
/// copy, kept inline (a word of up to 24 bytes, most capitalized words, needs no allocation).
enum Low<'a> {
    Text(&'a str),
    Copy(CompactString),
}

impl Deref for Low<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Low::Text(t) => t,
            Low::Copy(c) => c.as_str(),
        }
    }
}

impl AsRef<str> for Low<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Low<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

/// The words around one quotation, as unit indices into the body's units.
pub struct Around<'a> {
    pub text: &'a str,
    pub units: &'a [Unit],
    pub ents: &'a Entities,
    /// Units from the closing mark to the end of its sentence (or the next quotation).
    pub after: Vec<usize>,
    /// Units from the start of the opening mark's sentence (or the previous quotation) to it.
    pub before: Vec<usize>,
    /// The attribution clause after the closing mark (see [`Around::clause_after`]), found
    /// once: both the speaker's search and `has_own_clause` ask for it.
    clause: OnceCell<Option<(usize, Option<usize>)>>,
}

impl<'a> Around<'a> {
    /// The words around a quotation: `units` are those before its opening mark (the first
    /// `n_before`) then those after its closing mark ("Kerry told reporters that" and
    /// "he said." around “We will not give up,”).
    pub fn new(text: &'a str, units: &'a [Unit], ents: &'a Entities, n_before: usize) -> Self {
        Around {
            text,
            units,
            ents,
            after: (n_before..units.len()).collect(),
            before: (0..n_before).collect(),
            clause: OnceCell::new(),
        }
    }

    /// Lowercase text of unit `i` (`""` past the end), borrowed when it is lowercase already.
    fn low(&self, i: usize) -> Low<'a> {
        let Some(u) = self.units.get(i) else {
            return Low::Text("");
        };
        let t = u.text(self.text);
        // One pass over the bytes tells both whether the unit is ASCII and whether it has a
        // capital ("Kerry", "said", "U.S.").
        let (mut all, mut upper) = (0u8, false);
        for &b in t.as_bytes() {
            all |= b;
            upper |= b.is_ascii_uppercase();
        }
        if all.is_ascii() {
            if upper {
                let mut low = CompactString::from(t);
                low.make_ascii_lowercase();
                Low::Copy(low)
            } else {
                Low::Text(t)
            }
        } else if t.chars().any(char::is_alphabetic) {
            Low::Copy(CompactString::from(t.to_lowercase()))
        } else {
            // Marks such as “ and —: only letters change when lowercased (see the test).
            Low::Text(t)
        }
    }

    /// Whether unit `i` is an attribution verb in any case. An ASCII unit is looked up as
    /// written, its letters folded by the word set (no lowercase copy is made); another is
    /// lowercased whole, as a character such as the Kelvin sign lowercases to ASCII.
    fn is_verb(&self, i: usize) -> bool {
        match self.units.get(i).map(|u| u.text(self.text)) {
            Some(t) if t.is_ascii() => VERBS.contains_folded(t.as_bytes()),
            _ => VERBS.contains(&self.low(i)),
        }
    }

    /// Whether the article names a person `name`.
    fn is_person(&self, name: &str) -> bool {
        self.ents.names_person(name)
    }

    /// Whether unit `i` is a title or role word ("minister", "spokesman").
    fn is_title_unit(&self, i: usize) -> bool {
        let u = self.units[i];
        u.word && is_title(u.text(self.text))
    }

    fn is_punct(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| !u.word)
    }

    fn speaker(&self, m: &Mention) -> Speaker {
        Speaker {
            name: m.name.clone(),
            role: m
                .role
                .clone()
                .or_else(|| self.ents.role_of(&m.name).map(str::to_string)),
        }
    }

    /// The speaker named by units `a..b` (a subject or an object), if any.
    fn named(&self, idx: &[usize]) -> Option<Speaker> {
        let (&first, &last) = (idx.first()?, idx.last()?);
        let first_low = self.low(first);
        // "a Bukit Sama village resident told AP", "an official said": a description, not a
        // name, however many capitalized words it holds.
        if matches!(&*first_low, "a" | "an") {
            return None;
        }
        if idx.len() == 1 && matches!(&*first_low, "he" | "she") {
            let at = self.units[first].span.start();
            let sex = if first_low == "she" {
                Sex::Female
            } else {
                Sex::Male
            };
            return self.pronoun_speaker(at, sex);
        }
        if let Some(s) = self.by_age(idx) {
            return Some(s);
        }
        let span = self.units[first].span.cover(self.units[last].span);
        let ms = self.subjects(idx, self.ents.within(span));
        // "Opposition Socialist leader Pedro Nunes": a name that qualifies the role of the
        // person after it does not speak.
        if let Some(m) = ms
            .iter()
            .find(|m| m.kind == Kind::Person && !self.qualifies_role(idx, &ms, m))
        {
            return Some(self.speaker(m));
        }
        // "the top U.S. diplomat": the one person the article gives that role.
        let phrase: Vec<&str> = idx.iter().map(|&i| self.units[i].text(self.text)).collect();
        if let Some(name) = self.ents.by_role(&phrase.join(" ")) {
            return Some(Speaker {
                name: name.to_string(),
                role: self.ents.role_of(name).map(str::to_string),
            });
        }
        // "the prosecutor", a role the article gives in an apposition only.
        if ms.is_empty()
            && matches!(&*first_low, "the")
            && (2..=4).contains(&idx.len())
            && idx[1..]
                .iter()
                .all(|&i| self.units[i].word && !self.units[i].cap)
            && self.is_title_unit(last)
            && let Some(s) = self.by_apposed_role(&phrase.join(" "))
        {
            return Some(s);
        }
        // "the U.S. top diplomat", "Russia's envoy": a country that qualifies a role is not
        // who speaks; the role's holder is, when the article gives it to one person.
        // "Iran's official IRNA news agency" names its speaker after the country.
        if !ms.iter().any(|m| {
            m.kind == Kind::Org || (m.kind == Kind::Unknown && !self.modifies_next(idx, m))
        }) && let Some(c) = ms.iter().find(|m| m.kind == Kind::Country)
        {
            let role: Vec<&str> = idx
                .iter()
                .filter(|&&i| self.units[i].span.start() >= c.span.end())
                .map(|&i| self.units[i].text(self.text))
                .collect();
            if role.iter().any(|w| is_title(w)) {
                // "Oman's foreign ministry": a country's body in lowercase words.
                return self
                    .ents
                    .by_role(&role.join(" "))
                    .map(|name| Speaker {
                        name: name.to_string(),
                        role: self.ents.role_of(name).map(str::to_string),
                    })
                    .or_else(|| self.lowercase_body(idx));
            }
        }
        for kind in [Kind::Org, Kind::Unknown, Kind::Country] {
            if let Some(m) = ms
                .iter()
                .find(|m| m.kind == kind && !self.modifies_next(idx, m))
            {
                return Some(self.speaker(m));
            }
        }
        self.lowercase_body(idx)
            .or_else(|| self.named_body(idx))
            .or_else(|| self.unheld_role(idx))
    }

    /// Whether mention `m` of `ms` (the mentions within units `idx`) qualifies the role of a
    /// person named right after it, with only lowercase role words between, the last a title
    /// ("Opposition Socialist leader Pedro Nunes", "Zoo director Helen Marsh", "EU foreign
    /// policy chief Javier Solana"): the role's holder is who is meant. "Ann Cole and Tom
    /// Reid" is two people.
    fn qualifies_role(&self, idx: &[usize], ms: &[&Mention], m: &Mention) -> bool {
        let Some(p) = idx
            .iter()
            .position(|&i| self.units[i].span.start() >= m.span.end())
        else {
            return false;
        };
        let mut q = p;
        while q < p + 4
            && idx.get(q).is_some_and(|&i| {
                let u = self.units[i];
                let low = self.low(i);
                u.word
                    && !u.cap
                    && low.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !PREPOSITIONS.contains(&&*low)
                    && !matches!(&*low, "and" | "or" | "but" | "nor")
            })
        {
            q += 1;
        }
        q > p
            && self.is_title_unit(idx[q - 1])
            && idx.get(q).is_some_and(|&i| {
                let at = self.units[i].span.start();
                ms.iter()
                    .any(|n| n.kind == Kind::Person && n.span.start() == at)
            })
    }

    /// Whether an unknown one-word mention is a capitalized modifier of the lowercase noun
    /// after it ("Forensic experts said", "Pathologist at the university told"), not a name.
    /// The name of an outlet before the noun that says what it is speaks ("Iran's
    /// semi-official Tasnim news agency said"; see [`OUTLET_NOUNS`]).
    fn modifies_next(&self, idx: &[usize], m: &Mention) -> bool {
        // An acronym names a body ("the SANA news agency", "the HNC statement").
        let acronym = m.name.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
        if m.kind != Kind::Unknown || m.name.contains(' ') || acronym {
            return false;
        }
        let Some(p) = idx
            .iter()
            .position(|&i| self.units[i].span.start() == m.span.start())
        else {
            return false;
        };
        let rest = &idx[p + 1..];
        if (1..=3).contains(&rest.len())
            && self.lowercase_run(rest) == rest.len()
            && rest
                .last()
                .is_some_and(|&i| OUTLET_NOUNS.contains(&&*self.low(i)))
        {
            return false;
        }
        idx.get(p + 1).is_some_and(|&n| {
            let u = self.units[n];
            let t = u.text(self.text);
            // "Johnson the former mayor": an apposition, not a modified noun.
            u.word
                && !u.cap
                && t.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(t, "the" | "a" | "an")
        })
    }

    /// Whether mention `m`, a person's name (or an unknown one) in units `idx`, is a
    /// possessive before lowercase words that end in a role or a relation ("Mr Holt's
    /// sister", "Kerry's press secretary"): it tells whose relative or aide is meant, not
    /// who. What a person wrote or said is theirs ("Willoughby's letter continued"); a
    /// country's possessive ("Russia's envoy") is read as qualifying a role (see `named`).
    fn owns_next(&self, idx: &[usize], m: &Mention) -> bool {
        matches!(m.kind, Kind::Person | Kind::Unknown)
            && self.possessive_end(idx, m).is_some_and(|p| {
                let rest = &idx[p + 1..];
                self.names_a_relation(rest) || self.names_a_capitalized_role(rest)
            })
    }

    /// Whether mention `m` owns the name of another of `ms` right after it: "Thames Water's
    /// Helen Marsh said" gives the words to Helen Marsh.
    fn owns_a_name(&self, idx: &[usize], m: &Mention, ms: &[Mention]) -> bool {
        self.possessive_end(idx, m)
            .and_then(|p| idx.get(p + 1))
            .is_some_and(|&next| {
                let start = self.units[next].span.start();
                ms.iter()
                    .any(|o| o.kind == Kind::Person && o.span.start() == start)
            })
    }

    /// The place in units `idx` of the last unit of mention `m` when that unit is a
    /// possessive ("Kerry's", "Thames Water's").
    fn possessive_end(&self, idx: &[usize], m: &Mention) -> Option<usize> {
        idx.iter()
            .position(|&i| self.units[i].span.end() == m.span.end())
            .filter(|&p| is_possessive(&self.low(idx[p])))
    }

    /// Whether units `w` open with capitalized words that end in a title and are all the
    /// description holds, or stand before a name: "Scotland's First Minister called it “…”"
    /// is the First Minister's, not Scotland's.
    fn names_a_capitalized_role(&self, w: &[usize]) -> bool {
        let caps = w
            .iter()
            .take(3)
            .take_while(|&&n| {
                let u = self.units[n];
                u.word && u.cap
            })
            .count();
        caps > 0
            && self.is_title_unit(w[caps - 1])
            && (caps == w.len() || w[..caps].iter().all(|&n| self.is_title_unit(n)))
    }

    /// Whether units `w` open with lowercase words that end in a role or a relation ("sister",
    /// "press secretary"; see [`RELATIONS`]), what someone's possessive may stand before.
    fn names_a_relation(&self, w: &[usize]) -> bool {
        let lowercase = self.lowercase_run(w);
        lowercase > 0 && {
            let last = w[lowercase - 1];
            self.is_title_unit(last) || RELATIONS.contains(&&*self.low(last))
        }
    }

    /// How many of units `w` from the first are lowercase words.
    fn lowercase_run(&self, w: &[usize]) -> usize {
        w.iter()
            .take_while(|&&n| {
                let u = self.units[n];
                u.word && !u.cap
            })
            .count()
    }

    /// The mentions `ms` within units `idx` that may be who spoke: not those governed by a
    /// preposition ("the member of parliament from Prime Minister Theresa May's party said",
    /// "said Lt. Gregg Hastings of the Oregon State Police", "throughout Raqa the statement
    /// said"), where the name is no subject.
    fn subjects<'m>(&self, idx: &[usize], ms: &'m [Mention]) -> Vec<&'m Mention> {
        ms.iter()
            .filter(|m| {
                // "Mr Holt's sister", "Kerry's spokesman": whose relative or aide speaks.
                if self.owns_next(idx, m) || self.owns_a_name(idx, m, ms) {
                    return false;
                }
                // "Speaking to Syrian state TV Barazi said": a participle opening the clause.
                if m.kind == Kind::Unknown
                    && idx
                        .first()
                        .is_some_and(|&i| self.units[i].span.start() == m.span.start())
                    && !m.name.contains(' ')
                    && m.name.ends_with("ing")
                {
                    return false;
                }
                let Some(p) = idx
                    .iter()
                    .position(|&i| self.units[i].span.start() >= m.span.start())
                else {
                    return true;
                };
                // Back over the role and capitalized words before the name, and an article.
                let mut q = p;
                let title = |k: usize| self.is_title_unit(idx[k]);
                while q > 0 {
                    if title(q - 1) {
                        q -= 1;
                    } else if q >= 2 && self.low(idx[q - 1]) == "of" && title(q - 2) {
                        // "Secretary of State John Kerry": "of" inside the role.
                        q -= 2;
                    } else if q >= 2
                        && self.low(idx[q - 1]) == "for"
                        && matches!(
                            &*self.low(idx[q - 2]),
                            "minister" | "secretary" | "commissioner"
                        )
                    {
                        // "Minister for Foreign Affairs Simon Coveney": "for" inside the role
                        // of a minister ("a spokesman for President Assad" is no role of his).
                        q -= 2;
                    } else {
                        break;
                    }
                }
                if q > 0 && matches!(&*self.low(idx[q - 1]), "the" | "a" | "an") {
                    q -= 1;
                }
                if q == 0 {
                    return true;
                }
                let prep = self.low(idx[q - 1]);
                if !PREPOSITIONS.contains(&&*prep) {
                    return true;
                }
                // "the head of the Syrian Observatory said": the body a spokesman speaks for
                // stands for them; a person in that place does not ("a spokesman for
                // President Assad").
                m.kind != Kind::Person
                    && matches!(&*prep, "of" | "for")
                    && q >= 2
                    && is_title(self.units[idx[q - 2]].text(self.text))
            })
            .collect()
    }

    /// The object of a verb or preposition at `w[k..]`: a pronoun or the entity named there.
    fn object(&self, w: &[usize], k: usize) -> Option<Speaker> {
        let mut end = k;
        while end < w.len() && end < k + 8 && !matches!(self.low(w[end]).as_ref(), "," | "." | ";")
        {
            end += 1;
        }
        let idx = &w[k..end];
        if let Some(&p) = idx.first()
            && matches!(self.low(p).as_ref(), "he" | "she")
        {
            return self.named(&idx[..1]);
        }
        if let Some(&p) = idx.first()
            && matches!(self.low(p).as_ref(), "a" | "an")
        {
            // "said a tearful Charlie Kafoury": a person named in the description; "said a
            // spokesman for the Pentagon" names nobody who speaks.
            let (&a, &b) = (idx.first()?, idx.last()?);
            let span = self.units[a].span.cover(self.units[b].span);
            let ms = self.subjects(idx, self.ents.within(span));
            if let Some(person) = ms.iter().find(|m| m.kind == Kind::Person) {
                return Some(self.speaker(person));
            }
            // "said a Sudanese government spokesman, Rabie A. Atti.": the description's
            // holder named in an apposition right after it.
            return self.apposition_after(w, end);
        }
        // "said the Saudi mediator, Faisal al-Rashid.": the same with "the", when the
        // description names no one itself.
        if let Some(&p) = idx.first()
            && self.low(p) == "the"
            && idx.iter().any(|&i| self.is_title_unit(i))
            && let Some(s) = self.apposition_after(w, end)
        {
            let (&a, &b) = (idx.first()?, idx.last()?);
            let span = self.units[a].span.cover(self.units[b].span);
            if !self
                .ents
                .within(span)
                .iter()
                .any(|m| m.kind == Kind::Person)
            {
                return Some(s);
            }
        }
        // The last person named before the clause goes on, else the first entity that is no
        // capitalized modifier: "said Vitaly Churkin, Russia's envoy …", "said Enough Project
        // co-founder John Prendergast", "said Sahel researcher Joris van der Berg".
        let (&a, &b) = (idx.first()?, idx.last()?);
        let span = self.units[a].span.cover(self.units[b].span);
        let all = self.ents.within(span);
        let ms = self.subjects(idx, all);
        // "said Mr Holt's sister, Kerry.", "said his lawyer, Daniel Osei.", "said the boy's
        // mother, Sarah.": a relative or aide of someone's, with no name of their own in the
        // description ("said fisherman's wife Mapahai" has one), names no one who speaks; an
        // apposition right after it does, by a first name alone too.
        let owned = idx.iter().enumerate().any(|(j, &i)| {
            let u = self.units[i];
            let low = self.low(i);
            let owner = if u.cap {
                all.iter()
                    .any(|m| self.owns_next(idx, m) && m.span.end() == u.span.end())
            } else {
                matches!(&*low, "his" | "her" | "their" | "its" | "our") || is_possessive(&low)
            };
            let rest = &idx[j + 1..];
            owner && self.names_a_relation(rest) && self.lowercase_run(rest) == rest.len()
        });
        if owned && !ms.iter().any(|m| m.kind == Kind::Person) {
            return self.apposition_after_as(w, end, true);
        }
        let pick = ms
            .iter()
            .rev()
            .find(|m| m.kind == Kind::Person)
            .or_else(|| ms.iter().find(|m| !self.modifies_next(idx, m)))
            .or(ms.first())?;
        Some(self.speaker(pick))
    }

    /// The person named in an apposition after a description ending at `w[end]`, a comma:
    /// "…, Rabie A. Atti."
    fn apposition_after(&self, w: &[usize], end: usize) -> Option<Speaker> {
        self.apposition_after_as(w, end, false)
    }

    /// [`Around::apposition_after`], where with `first_name` a lone name the article says no
    /// more of, the whole apposition, is a person too ("said Mr Holt's sister, Kerry.").
    fn apposition_after_as(&self, w: &[usize], end: usize, first_name: bool) -> Option<Speaker> {
        if !w.get(end).is_some_and(|&c| self.low(c) == ",") {
            return None;
        }
        let from = end + 1;
        let mut to = from;
        while to < w.len() && to < from + 6 && !self.is_punct(w[to]) {
            to += 1;
        }
        let (&a, &b) = (w.get(from)?, w.get(to.checked_sub(1)?)?);
        let span = self.units[a].span.cover(self.units[b].span);
        // "…, Dr Helen Askew.": a title before the name is the name's.
        let name_at = (from..to)
            .find(|&k| !self.is_title_unit(w[k]))
            .map_or(a, |k| w[k]);
        let person = self.ents.within(span).first().filter(|m| {
            m.span.start() == self.units[name_at].span.start()
                && (m.kind == Kind::Person
                    || (first_name
                        && m.kind == Kind::Unknown
                        && !m.name.contains(' ')
                        && m.span == span))
        })?;
        Some(self.speaker(person))
    }

    /// Attribution right after the closing mark, then anywhere after it, then before the
    /// opening mark.
    pub fn attribute(&self) -> Option<Speaker> {
        self.right_after()
            .or_else(|| self.anywhere(&self.after))
            .or_else(|| self.before_quote())
    }

    fn right_after(&self) -> Option<Speaker> {
        let w = &self.after;
        match self.clause_after()? {
            // "…," said X / "…," said the State Department.
            (k, None) => self.object(w, k + 1),
            // "…" from Raqqa he said.
            (k, Some(v)) if v > k && v <= k + 3 && matches!(&*self.low(w[v - 1]), "he" | "she") => {
                self.named(&w[v - 1..v])
            }
            (k, Some(v)) => self.named(&w[k..v]),
        }
    }

    /// Whether an attribution clause follows the closing mark ("…,” a local barber told
    /// reporters), whether or not it names anyone: such a quotation has a speaker of its own,
    /// not the previous quotation's.
    /// The units of the subject of the attribution clause after the closing mark: before
    /// its verb ("…,” the prime minister said), or up to `reach` units after it ("…,” said
    /// the prime minister).
    fn subject_after(&self, reach: usize) -> Option<&[usize]> {
        let w = &self.after;
        match self.clause_after()? {
            (k, None) => w.get((k + 1).min(w.len())..(k + reach).min(w.len())),
            (k, Some(v)) => w.get(k..v),
        }
    }

    pub fn has_own_clause(&self) -> bool {
        let Some(subject) = self.subject_after(9) else {
            return false;
        };
        // "a local barber told reporters" brings in someone new; "the evangelist said" (or
        // "the doctor", "the devastated man") is most often the person quoted just before,
        // but "the company said" is not a person at all.
        let new_speaker = subject
            .first()
            .is_some_and(|&i| matches!(&*self.low(i), "a" | "an"));
        // A name that is not resolved ("King said") is someone too.
        new_speaker
            || subject.iter().any(|&i| {
                BODY_NOUNS.contains(&&*self.low(i)) || self.units.get(i).is_some_and(|u| u.cap)
            })
    }

    /// The sex of a pronoun that is the whole subject of the clause after the closing mark
    /// ("…,” he said; "…,” said she).
    pub fn pronoun_of_subject(&self) -> Option<Sex> {
        match self.subject_after(2)? {
            [p] => match &*self.low(*p) {
                "he" => Some(Sex::Male),
                "she" => Some(Sex::Female),
                _ => None,
            },
            _ => None,
        }
    }

    /// The office a clause after the closing mark gives its unnamed speaker ("…,” the prime
    /// minister said; "…,” said the foreign minister): the lowercase words after "the", the
    /// last a title.
    pub fn office_of_subject(&self) -> Option<String> {
        let (&the, rest) = self.subject_after(5)?.split_first()?;
        if self.low(the) != "the" {
            return None;
        }
        let words: Vec<usize> = rest
            .iter()
            .copied()
            .take_while(|&i| self.is_lowercase_word(i))
            .take(3)
            .collect();
        let &last = words.last()?;
        self.is_title_unit(last).then(|| {
            words
                .iter()
                .map(|&i| self.low(i).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// Whether the words before the opening mark, all of them since the previous quotation in
    /// the same sentence, go on that quotation's clause: a participle after a comma ("…,”
    /// adding: “…”") or up to [`MAX_JOINING`] words that join it to the previous one
    /// ([`JOINING_WORDS`]: "…” and “…”", "…” that were “…”", "…” after “…”"). Other words may
    /// bring in another speaker ("…” heard a cop yell “…”).
    pub fn goes_on_previous(&self) -> bool {
        let w = &self.before;
        let words: Vec<usize> = w.iter().copied().filter(|&i| !self.is_punct(i)).collect();
        if w.iter().any(|&i| {
            matches!(
                &*self.low(i),
                "." | "?" | "!" | ";" | "(" | ")" | "“" | "”" | "\""
            )
        }) {
            return false;
        }
        if let [p] = words[..]
            && PARTICIPLES.contains(&&*self.low(p))
        {
            return w.first().is_some_and(|&c| self.low(c) == ",");
        }
        // "said the strike was “…” and that the company's offer was “…”", "called it “…”
        // and said it “…”": a second clause of the same speaker, with no one new named.
        if let [first, second, ..] = words[..]
            && self.low(first) == "and"
            && (self.low(second) == "that" || self.is_verb(second))
            && words.len() <= MAX_SECOND_CLAUSE
            && words[1..].iter().all(|&i| {
                !self.units.get(i).is_some_and(|u| u.cap) && !matches!(&*self.low(i), "a" | "an")
            })
        {
            return true;
        }
        words.len() <= MAX_JOINING
            && words.iter().enumerate().all(|(k, &i)| {
                let low = self.low(i);
                // "…” was just a “…”": an article after a verb of being opens its complement,
                // not a new subject ("…” heard a cop yell “…”).
                let predicate = k
                    .checked_sub(1)
                    .is_some_and(|p| PREDICATE_OPENERS.contains(&&*self.low(words[p])));
                JOINING_WORDS.contains(&&*low) || (predicate && matches!(&*low, "a" | "an" | "the"))
            })
    }

    /// The attribution clause right after the closing mark: where it starts in `after` and,
    /// for "X said", where its verb is (`None`: the verb comes first, "said X").
    fn clause_after(&self) -> Option<(usize, Option<usize>)> {
        *self.clause.get_or_init(|| self.find_clause_after())
    }

    /// [`Around::clause_after`], looked for in `after`.
    fn find_clause_after(&self) -> Option<(usize, Option<usize>)> {
        let w = &self.after;
        let mut k = 0;
        while k < w.len()
            && self.is_punct(w[k])
            && !matches!(self.low(w[k]).as_ref(), "." | "?" | "!")
        {
            k += 1;
        }
        if k >= w.len() {
            return None;
        }
        // "X said officials were “not on a preset course,” while Y said …": a conjunction
        // opens another clause, whose verb attributes its own words.
        if matches!(
            self.low(w[k]).as_ref(),
            "while" | "whilst" | "whereas" | "and" | "but"
        ) {
            return None;
        }
        if self.is_verb(w[k]) {
            return Some((k, None));
        }
        // "…,” Pieter de Vries, a Dutch tourist who was rescued with his partner, told
        // Italian television": a relative clause in the subject reaches further.
        let relative = w[k..(k + MAX_SUBJECT).min(w.len())]
            .iter()
            .any(|&i| matches!(&*self.low(i), "who" | "whose" | "which"));
        let reach = if relative {
            2 * MAX_SUBJECT
        } else {
            MAX_SUBJECT
        };
        let stop = (k + reach).min(w.len());
        for v in k + 1..stop {
            let low = self.low(w[v]);
            if matches!(low.as_ref(), "." | "?" | "!" | ";" | "“" | "\"") {
                return None;
            }
            let passive = matches!(low.as_ref(), "was" | "were")
                && self.low(w.get(v + 1).copied()?) == "quoted";
            if self.is_verb(w[v]) || passive {
                return Some((k, Some(v)));
            }
        }
        None
    }

    /// "according to X" and "Z cited X as saying" anywhere in `w`.
    fn anywhere(&self, w: &[usize]) -> Option<Speaker> {
        for k in 0..w.len() {
            let low = self.low(w[k]);
            if low == "according"
                && w.get(k + 1).is_some_and(|&t| self.low(t) == "to")
                && let Some(s) = self.object(w, k + 2)
            {
                return Some(s);
            }
            if matches!(low.as_ref(), "cited" | "quoted") {
                let mut e = k + 1;
                while e < w.len() && e < k + 10 && self.low(w[e]) != "as" {
                    e += 1;
                }
                if e > k + 1 && w.get(e + 1).is_some_and(|&t| self.low(t) == "saying") {
                    return self.named(&w[k + 1..e]);
                }
            }
        }
        None
    }
}
