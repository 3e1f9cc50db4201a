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

use crate::extract::entity::{Entities, Kind, Mention, Unit, is_title};
use crate::extract::gender::Sex;
use crate::extract::word_set::WordSet;
use crate::extract::words::is_possessive;
use compact_str::CompactString;
use std::ops::Deref;
use std::sync::LazyLock;

mod described;

/// Attribution verbs, lowercase ASCII words (see the test).
static VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("data/attribution_verbs.txt")
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Whether `w` (lowercase) is a verb that attributes a quotation ("said", "added").
pub(super) fn is_attribution_verb(w: &str) -> bool {
    VERBS.contains(w)
}

/// Words after which a name is an object, not who speaks.
const PREPOSITIONS: [&str; 22] = [
    "of",
    "for",
    "from",
    "to",
    "with",
    "by",
    "at",
    "in",
    "on",
    "near",
    "throughout",
    "across",
    "against",
    "about",
    "under",
    "over",
    "after",
    "before",
    "behind",
    "between",
    "among",
    "into",
];

/// Participles that attribute a quotation to the subject of the clause before them ("…,
/// saying “…”").
const PARTICIPLES: [&str; 10] = [
    "saying",
    "adding",
    "warning",
    "noting",
    "insisting",
    "explaining",
    "stressing",
    "declaring",
    "calling",
    "describing",
];

/// Nouns of bodies, not people: "the company said" after a quotation is not its speaker's
/// "the spokesman said".
const BODY_NOUNS: [&str; 18] = [
    "company",
    "group",
    "ministry",
    "department",
    "army",
    "military",
    "government",
    "agency",
    "office",
    "organization",
    "organisation",
    "council",
    "committee",
    "embassy",
    "monitor",
    "observatory",
    "coalition",
    "police",
];

/// Nouns of the people someone has, who speak for themselves: "Mr Holt's sister said" is not
/// Mr Holt speaking (roles such as "spokesman" or "lawyer" are titles, `data/titles.txt`).
const RELATIONS: [&str; 32] = [
    "mother",
    "father",
    "sister",
    "brother",
    "wife",
    "husband",
    "son",
    "daughter",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "cousin",
    "partner",
    "fiancee",
    "fiance",
    "girlfriend",
    "boyfriend",
    "friend",
    "neighbour",
    "neighbor",
    "family",
    "parents",
    "relatives",
    "colleague",
    "boss",
    "manager",
    "owner",
];

/// Nouns of news outlets and agencies, which a name before them names ("the Tasnim news
/// agency", "the Kommersant daily").
const OUTLET_NOUNS: [&str; 10] = [
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "tabloid",
    "broadcaster",
    "television",
    "radio",
    "channel",
    "website",
];

/// Nouns of official bodies whose lowercase name tells which body speaks ("the transport
/// ministry", "the interior ministry"); "the terrorist group" tells no name.
const OFFICIAL_BODIES: [&str; 8] = [
    "ministry",
    "department",
    "agency",
    "army",
    "military",
    "government",
    "embassy",
    "police",
];

/// Words that open an aside between a subject and its verb ("Lavrov, speaking separately,
/// said"), besides prepositions ("Kerry, for his part, said").
const ASIDES: [&str; 10] = [
    "speaking",
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "separately",
    "later",
    // "President Daniel Mwangi, who visited Garissa, said": a relative clause.
    "who",
    "whose",
];

/// Longest subject between a quotation and its verb, in units.
const MAX_SUBJECT: usize = 14;

/// Verbs that name what something is in someone's words ("called it “…”", "described the
/// strike as “…”", "condemned the boarding as “…”"), how many words before the quotation each
/// may stand, and whether "as" must stand right before it (a verb of judging with no "as",
/// "condemned the “barbaric” attack", may quote others' words).
const NAMING_VERBS: [(&str, usize, bool); 19] = [
    ("called", 6, false),
    ("calls", 6, false),
    ("branded", 6, false),
    ("brands", 6, false),
    ("dubbed", 6, false),
    ("described", 10, true),
    ("describes", 10, true),
    ("condemned", 10, true),
    ("condemns", 10, true),
    ("denounced", 10, true),
    ("denounces", 10, true),
    ("dismissed", 10, true),
    ("dismisses", 10, true),
    ("hailed", 10, true),
    ("hails", 10, true),
    ("praised", 10, true),
    ("praises", 10, true),
    ("criticised", 10, true),
    ("criticized", 10, true),
];

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
}

impl<'a> Around<'a> {
    /// Lowercase text of unit `i` (`""` past the end), borrowed when it is lowercase already.
    fn low(&self, i: usize) -> Low<'a> {
        let Some(u) = self.units.get(i) else {
            return Low::Text("");
        };
        let t = u.text(self.text);
        if t.is_ascii() {
            if t.bytes().any(|b| b.is_ascii_uppercase()) {
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
        self.lowercase_body(idx).or_else(|| self.named_body(idx))
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
        if !matches!(m.kind, Kind::Person | Kind::Unknown) {
            return false;
        }
        let Some(p) = idx
            .iter()
            .position(|&i| self.units[i].span.end() == m.span.end())
        else {
            return false;
        };
        is_possessive(&self.low(idx[p])) && self.names_a_relation(&idx[p + 1..])
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
                if self.owns_next(idx, m) {
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
                matches!(&*low, "his" | "her" | "their") || is_possessive(&low)
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
        let person = self.ents.within(span).first().filter(|m| {
            m.span.start() == self.units[a].span.start()
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
    pub fn has_own_clause(&self) -> bool {
        let w = &self.after;
        let subject = match self.clause_after() {
            None => return false,
            Some((k, None)) => &w[(k + 1).min(w.len())..(k + 9).min(w.len())],
            Some((k, Some(v))) => &w[k..v],
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

    /// The attribution clause right after the closing mark: where it starts in `after` and,
    /// for "X said", where its verb is (`None`: the verb comes first, "said X").
    fn clause_after(&self) -> Option<(usize, Option<usize>)> {
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
        let stop = (k + MAX_SUBJECT).min(w.len());
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

    fn before_quote(&self) -> Option<Speaker> {
        let w = &self.before;
        // "Marta Ruiz, who leads the opposition, was blunt: “…”": a colon right before the
        // quotation gives the words to the sentence's subject when it names a person.
        if let Some(colon) = w.len().checked_sub(1).filter(|&c| self.low(w[c]) == ":")
            && !(0..colon).any(|v| self.is_verb(w[v]))
        {
            return self
                .main_subject(&w[..colon])
                .filter(|s| self.is_person(&s.name));
        }
        if let Some(s) = self.quoted_as(w) {
            return Some(s);
        }
        if let Some(s) = self.naming_verb(w) {
            return Some(s);
        }
        let Some(v) = (0..w.len()).rev().find(|&v| self.is_verb(w[v])) else {
            // "According to Transport Minister Elena Varga, “…”": no verb, the source named.
            if let Some(s) = self.anywhere(w) {
                return Some(s);
            }
            // "X condemned the violence, saying the country had “…”": with no saying verb
            // ("…, Pickell said, describing …" has one), a participle after a comma opens a
            // clause whose subject is the main clause's.
            let p = (0..w.len())
                .rev()
                .find(|&p| PARTICIPLES.contains(&&*self.low(w[p])))?;
            let comma = p.checked_sub(1).filter(|&c| self.low(w[c]) == ",")?;
            return self.main_subject(&w[..comma]);
        };
        // "according to X, “…”" before the verb counts too.
        if let Some(s) = self.anywhere(&w[..v]) {
            return Some(s);
        }
        let (lo, subject) = self.subject_before(w, v);
        if let Some(&last) = subject.last()
            && matches!(self.low(last).as_ref(), "he" | "she")
        {
            return self.named(&[last]);
        }
        if subject.is_empty() {
            return self
                .before_apposition(&w[lo..v])
                .or_else(|| self.said_x_adding(w, v));
        }
        self.named(subject).or_else(|| {
            // "Gabriela Shalev, Israel's ambassador to the UN, said that “…”".
            let wide = &w[lo..v];
            self.named(wide)
        })
    }

    /// The subject of the verb at `v` of `w`: the words before it back to a comma, colon or
    /// quotation mark, at most [`MAX_SUBJECT`] of them; and where that reach starts.
    fn subject_before<'w>(&self, w: &'w [usize], v: usize) -> (usize, &'w [usize]) {
        let lo = v.saturating_sub(MAX_SUBJECT);
        let cut = (lo..v)
            .rev()
            .find(|&k| matches!(self.low(w[k]).as_ref(), "," | ";" | ":" | "“" | "\""));
        (lo, &w[cut.map_or(lo, |c| c + 1)..v])
    }

    /// "Mark Ostrander called it “…”", "Peter Hollis described watching the birds being
    /// loaded as “…”", "The Foreign Secretary, Yvette Hall, condemned the boarding as “…”":
    /// the subject of a verb of [`NAMING_VERBS`] a few words before the quotation (and, for
    /// "described" or "condemned", "as" right before it), with no saying verb after it. "was
    /// called “…”" and "so-called" name no speaker.
    fn naming_verb(&self, w: &[usize]) -> Option<Speaker> {
        let n = w.len();
        let reach = NAMING_VERBS.iter().map(|&(_, r, _)| r).max().unwrap_or(0);
        let v = (n.saturating_sub(reach)..n).rev().find(|&v| {
            let low = self.low(w[v]);
            NAMING_VERBS
                .iter()
                .any(|&(verb, reach, _)| verb == &*low && n - v <= reach)
        })?;
        let verb = self.low(w[v]);
        let needs_as = NAMING_VERBS
            .iter()
            .any(|&(v, _, needs_as)| needs_as && v == &*verb);
        if (v + 1..n).any(|k| self.is_verb(w[k]) || self.is_punct(w[k]))
            || (needs_as && self.low(w[n - 1]) != "as")
        {
            return None;
        }
        if v >= 1
            && matches!(
                &*self.low(w[v - 1]),
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "so" | "-"
            )
        {
            return None;
        }
        let (lo, subject) = self.subject_before(w, v);
        match subject {
            [] => self.before_apposition(&w[lo..v]),
            [.., last] if matches!(self.low(*last).as_ref(), "he" | "she") => self.named(&[*last]),
            _ => self.named(subject),
        }
    }

    /// "Elena Varga was quoted as telling Reuters “…”", "X was quoted as saying “…”": the
    /// subject of the passive, when the quotation follows its participle.
    fn quoted_as(&self, w: &[usize]) -> Option<Speaker> {
        let q = (1..w.len().saturating_sub(2)).rev().find(|&q| {
            self.low(w[q]) == "quoted"
                && matches!(&*self.low(w[q - 1]), "was" | "were")
                && self.low(w[q + 1]) == "as"
                && matches!(&*self.low(w[q + 2]), "saying" | "telling")
        })?;
        let was = q - 1;
        let (lo, subject) = self.subject_before(w, was);
        if subject.is_empty() {
            return self.before_apposition(&w[lo..was]);
        }
        self.named(subject)
    }

    /// "…,” said John F. Kerry, adding “…”": when `w` (the words before a quotation) is the
    /// verb at `v` (said, says, added, adds) with its speaker after it, then a comma and a
    /// participle, the speaker goes on. A verb whose object is a listener ("told NY1") or a
    /// clause ("said the government lied") names no speaker there.
    fn said_x_adding(&self, w: &[usize], v: usize) -> Option<Speaker> {
        if !matches!(&*self.low(w[v]), "said" | "says" | "added" | "adds") {
            return None;
        }
        let mut end = w.len();
        while end > v && matches!(&*self.low(w[end - 1]), "," | ":") {
            end -= 1;
        }
        let p = end.checked_sub(1)?;
        if p <= v + 2 || !PARTICIPLES.contains(&&*self.low(w[p])) || self.low(w[p - 1]) != "," {
            return None;
        }
        self.object(&w[..p - 1], v + 1)
    }

    /// "Tomas Berg, a police spokesman, said officers were “…”": when `w` (the words before
    /// the verb) ends in an apposition set off by commas that opens with an article or a title,
    /// the name before it.
    fn before_apposition(&self, w: &[usize]) -> Option<Speaker> {
        let close = w.len().checked_sub(1).filter(|&c| self.low(w[c]) == ",")?;
        let mut open = (0..close).rev().find(|&k| self.low(w[k]) == ",")?;
        let first = *w.get(open + 1)?;
        let describes =
            matches!(&*self.low(first), "a" | "an" | "the") || self.is_title_unit(first);
        let aside = self.is_aside(&w[open + 1..close]);
        if open + 1 == close {
            return None;
        }
        // "Claire Dobson, 38, from Bridlington, said:": asides one after another.
        if aside {
            while let Some(prev) = (0..open).rev().find(|&k| self.low(w[k]) == ",")
                && prev + 1 < open
                && self.is_aside(&w[prev + 1..open])
            {
                open = prev;
            }
        }
        if !describes && !aside {
            // "His sister, Mahnefah Gray, told …": the apposition names the speaker.
            return self
                .named(&w[open + 1..close])
                .filter(|s| self.is_person(&s.name));
        }
        let start = (0..open)
            .rev()
            .find(|&k| self.is_punct(w[k]))
            .map_or(0, |k| k + 1);
        if start == open {
            return None;
        }
        // "The judge, Chief Magistrate Eunice Wambua, said": a description before an
        // apposition that is a title and a name; the name speaks.
        self.named(&w[start..open]).or_else(|| {
            (describes && !aside)
                .then(|| self.named(&w[open + 1..close]))
                .flatten()
                .filter(|s| self.is_person(&s.name))
        })
    }

    /// Whether the words `w`, set off by commas after a name, are an aside, not a description
    /// of who speaks: "Kerry, for his part, said:", "Lavrov, speaking separately, said", and
    /// an age alone, "Janet Stead, 58, said:".
    fn is_aside(&self, w: &[usize]) -> bool {
        let Some(&first) = w.first() else {
            return false;
        };
        let age = w.len() == 1
            && self.units[first]
                .text(self.text)
                .bytes()
                .all(|b| b.is_ascii_digit());
        let low = self.low(first);
        age || PREPOSITIONS.contains(&&*low) || ASIDES.contains(&&*low)
    }

    /// The speaker named by the subject at the start of `w`, a main clause: its opening
    /// words as long as they are capitalized, titles, articles or "of" ("Greek President
    /// Carolos Papoulias", "The mayor", "He"), with an apposition set off by commas ("The
    /// mayor, Anne Hidalgo,").
    fn main_subject(&self, w: &[usize]) -> Option<Speaker> {
        let noun_phrase_end = |from: usize| {
            let mut end = from;
            while let Some(&i) = w.get(end) {
                let u = self.units[i];
                let t = u.text(self.text);
                // "Sudanese government spokesperson Rabie Atti", "White House press secretary
                // Josh Earnest": a lowercase word before a title is part of the role.
                let before_title = w.get(end + 1).is_some_and(|&n| self.is_title_unit(n));
                let fits = u.word
                    && (t.chars().next().is_some_and(char::is_uppercase)
                        || is_title(t)
                        || before_title
                        || matches!(&*self.low(i), "the" | "a" | "an" | "of" | "'s" | "’s"));
                if !fits {
                    break;
                }
                end += 1;
            }
            end
        };
        let end = noun_phrase_end(0);
        if end == 0 {
            return None;
        }
        // An apposition: ", Anne Hidalgo," or ", a police spokesman,".
        let mut cover = end;
        if w.get(end).is_some_and(|&i| self.low(i) == ",") {
            let apposition = noun_phrase_end(end + 1);
            if apposition > end + 1 && w.get(apposition).is_some_and(|&i| self.low(i) == ",") {
                cover = apposition;
            }
        }
        if end == 1 && matches!(&*self.low(w[0]), "he" | "she") {
            return self.named(&w[..1]);
        }
        // "a police spokesman, Tomas Berg,": `named` turns a description away; the name in
        // the apposition is then the subject.
        self.named(&w[..cover]).or_else(|| {
            (cover > end)
                .then(|| self.named(&w[end + 1..cover]))
                .flatten()
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::people::quote_speakers;

    #[test]
    fn attribution_verbs_are_lowercase_ascii_words() {
        // What lets `Around::is_verb` fold an ASCII unit's letters in the lookup.
        for v in super::VERBS.iter() {
            assert!(
                !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase()),
                "{v:?}"
            );
        }
        assert!(super::VERBS.contains("said"));
    }

    #[test]
    fn only_letters_change_when_lowercased() {
        // What lets `Around::low` borrow a unit with no letter.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if !c.is_alphabetic() {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        quote_speakers(text)
            .into_iter()
            .map(|(q, s)| (q, s.map(|s| s.name)))
            .collect()
    }

    fn speaker_of(text: &str) -> Option<String> {
        speakers(text).into_iter().next().and_then(|(_, s)| s)
    }

    #[test]
    fn a_storm_named_like_a_person_says_nothing() {
        // "Kyle" is the hurricane, not the last person named before "he".
        assert_eq!(
            speaker_of(
                "Hurricane Kyle slammed into the coast early Thursday. Senior hurricane \
                 specialist Robert Alvarez said Kyle had intensified rapidly. \
                 \"We have seen this pattern again,\" he said."
            ),
            Some("Robert Alvarez".into())
        );
    }

    #[test]
    fn x_said() {
        assert_eq!(
            speaker_of(
                "“We will not accept this deal at all,” Foreign Minister Sergei Lavrov said."
            ),
            Some("Sergei Lavrov".into())
        );
    }

    #[test]
    fn said_x_with_role() {
        let t = "\"We think the attack is completely unacceptable,\" said Cristina Gallach, spokesperson of EU foreign policy chief Javier Solana.";
        assert_eq!(speaker_of(t), Some("Cristina Gallach".into()));
    }

    #[test]
    fn according_to_x() {
        let t = "“The talks will go ahead in New York,” according to Mark Toner, a State Department spokesman.";
        assert_eq!(speaker_of(t), Some("Mark Toner".into()));
    }

    #[test]
    fn x_told_reporters() {
        let t = "Josh Earnest told reporters in Washington that “the first item on the agenda” will be Ukraine.";
        assert_eq!(speaker_of(t), Some("Josh Earnest".into()));
        let t = "“We have provided the coordinates of every location,” John Ging told the BBC.";
        assert_eq!(speaker_of(t), Some("John Ging".into()));
    }

    #[test]
    fn x_said_in_a_statement_or_interview() {
        let t = "Kerry said in a statement that the meeting had a productive outcome, “including a consensus on principles.” John Kerry left.";
        assert_eq!(speaker_of(t), Some("John Kerry".into()));
        let t = "Sergei Lavrov spoke. “They insist on a date,” Russia’s Lavrov said in an interview with Italian media.";
        assert_eq!(speaker_of(t), Some("Sergei Lavrov".into()));
    }

    #[test]
    fn x_cited_y_as_saying() {
        let t = "Vitaly Churkin spoke. It needs to be “real work,” and not just talk, RIA Novosti cited Churkin as saying on Friday.";
        assert_eq!(speaker_of(t), Some("Vitaly Churkin".into()));
    }

    #[test]
    fn was_quoted_as_saying() {
        let t = "\"I am very sure it will be considered,\" Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying by Reuters.";
        assert_eq!(speaker_of(t), Some("Gabriela Shalev".into()));
    }

    #[test]
    fn pronouns_resolve_to_the_last_person_outside_quotes() {
        let t = "White House press secretary Josh Earnest told reporters in Washington Friday that “the first item on Secretary Kerry’s agenda” will be Ukraine.\n\n\
                 Russia’s continuing “support to separatists is destabilizing that country,” he said.";
        let s = speakers(t);
        assert_eq!(s[1].1.as_deref(), Some("Josh Earnest"));
    }

    #[test]
    fn organizations_speak_too() {
        let t = "The top U.S. diplomat “will discuss ongoing efforts to achieve a transition,” the State Department said Friday.";
        assert_eq!(speaker_of(t), Some("State Department".into()));
        // A news agency "reported" the words (FA-KES outlets drop the comma before it).
        let t = "\"Three children were killed in the rocket attack on the school\" state news agency SANA reported.";
        assert_eq!(speaker_of(t), Some("SANA".into()));
        let t = "\"The area is empty of militants after the evacuation,\" Sham FM radio reported.";
        assert_eq!(speaker_of(t), Some("Sham FM".into()));
    }

    #[test]
    fn role_descriptions_resolve() {
        let t = "Secretary of State John Kerry arrived. “We made progress today,” the top U.S. diplomat said.";
        assert_eq!(speaker_of(t), Some("John Kerry".into()));
    }

    #[test]
    fn following_quote_keeps_the_speaker() {
        let t = "“They insist on a date,” Sergei Lavrov said in an interview. “We consider such an approach artificial and against international law.”";
        let s = speakers(t);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].1.as_deref(), Some("Sergei Lavrov"));
    }

    #[test]
    fn descriptions_are_not_names() {
        assert_eq!(
            speaker_of("\"Many houses were damaged,\" a Bukit Sama village resident told AP."),
            None
        );
        assert_eq!(
            speaker_of(
                "\"The regime is attempting to provoke a war,\" said Enough Project co-founder John Prendergast."
            ),
            Some("John Prendergast".to_string())
        );
    }

    #[test]
    fn titles_with_periods_and_prepositions() {
        let t = "\"That person must be found as soon as possible,\" said Lt. Gregg Hastings of the Oregon State Police.";
        assert_eq!(speaker_of(t), Some("Gregg Hastings".into()));
        let t = "\"That person must be found as soon as possible,\" said Troy police Lt. Gerry Scherlinck.";
        assert_eq!(speaker_of(t), Some("Gerry Scherlinck".into()));
        let t = "\"We will not accept this deal,\" Secretary of State John Kerry said.";
        assert_eq!(speaker_of(t), Some("John Kerry".into()));
        // A minister "for" a portfolio, as Irish and British papers write it.
        let t =
            "\"We will not accept this deal,\" Minister for Foreign Affairs Simon Coveney said.";
        assert_eq!(speaker_of(t), Some("Simon Coveney".into()));
        let t = "Minister for Enterprise Declan Hayes said the increase was \"a significant step towards a living wage\".";
        assert_eq!(speaker_of(t), Some("Declan Hayes".into()));
        // The head of a body speaks for it; a spokesman for a person does not speak as them.
        let t = "\"Hundreds of people fled the town this week,\" the head of the Syrian Observatory said.";
        assert_eq!(speaker_of(t), Some("Syrian Observatory".into()));
        let t = "\"Hundreds of people fled the town this week,\" a spokesman for President Bashar al-Assad said.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_participle_clause_takes_the_main_subject() {
        let t = "Greek President Carolos Papoulias condemned the violence, saying the debt-hit country had \"reached the edge of the abyss\".";
        assert_eq!(speaker_of(t), Some("Carolos Papoulias".into()));
        let t = "The mayor, Anne Hidalgo, condemned the attack, saying the city was \"in deep shock and mourning tonight\".";
        assert_eq!(speaker_of(t), Some("Anne Hidalgo".into()));
        let t = "Interior Minister Bernard Cazeneuve visited the scene, adding that police would \"spare no effort to find those responsible\".";
        assert_eq!(speaker_of(t), Some("Bernard Cazeneuve".into()));
        let t = "Sudanese government spokesperson Rabie A. Atti defended the government Sunday, saying, \"We are only securing our border.\"";
        assert_eq!(speaker_of(t), Some("Rabie A. Atti".into()));
        // The main clause's object is not who speaks.
        let t = "Troops arrested Ahmed Saleh on Monday, saying he had \"planned the attack for weeks\".";
        assert_ne!(speaker_of(t), Some("Ahmed Saleh".into()));
    }

    #[test]
    fn a_capitalized_modifier_is_no_speaker() {
        let t = "Forensic experts said the bullet was \"a bit deformed\", suggesting it had bounced off a hard surface.";
        assert_eq!(speaker_of(t), None);
        let t = "Medical sources told reporters that the wounded were \"in a critical condition tonight\".";
        assert_eq!(speaker_of(t), None);
        let t = "\"We are securing the border and nothing more,\" Reuters said.";
        assert_eq!(speaker_of(t), Some("Reuters".into()));
        let t = "\"They are an attempt to divert the commission from its mission\" the state-run SANA news agency said.";
        assert_eq!(speaker_of(t), Some("SANA".into()));
    }

    #[test]
    fn a_name_set_off_by_an_apposition_speaks() {
        let t = "Tomas Berg, a police spokesman, said officers were \"still searching the river banks for the missing boy\".";
        assert_eq!(speaker_of(t), Some("Tomas Berg".into()));
        let t = "Kenneth J. Montgomery, an attorney for the family, told the LA Times that the police \"patrol these neighborhoods like they are paramilitary\".";
        assert_eq!(speaker_of(t), Some("Kenneth J. Montgomery".into()));
        // A description, then the title and name of who holds it.
        let t = "The judge, Chief Magistrate Eunice Wambua, said: \"Public officials who steal from the people must be punished.\"";
        assert_eq!(speaker_of(t), Some("Eunice Wambua".into()));
        let t = "The spokesman, Colonel Tshepo Moleleki, said: \"We are closing in on the last member of this gang.\"";
        assert_eq!(speaker_of(t), Some("Tshepo Moleleki".into()));
        // A surname told by its initial.
        let t =
            "\"My son was not a criminal. I want justice, not fire,\" Samira B. said in a video.";
        assert_eq!(speaker_of(t), Some("Samira B".into()));
        let t = "\"My son was not a criminal. I want justice,\" the boy's mother, Samira B., said.";
        assert_eq!(speaker_of(t), Some("Samira B".into()));
        // A relative clause set off by commas is an aside.
        let t = "President Daniel Mwangi, who visited Garissa, said: \"No Kenyan will die of hunger on my watch.\"";
        assert_eq!(speaker_of(t), Some("Daniel Mwangi".into()));
        // A description before the verb is no name, and names further back do not speak.
        let t = "Kenneth J. Montgomery spoke to the LA Times. \"The police have a hard time because there is a lot of crime,\" a local barber told The New York Times.";
        assert_eq!(speaker_of(t), None);
        // Nor does the speaker of the quotation before it.
        let t = "Kenneth J. Montgomery said the police \"patrol these neighborhoods like an army\". \"The police have a hard time because there is a lot of crime,\" a local barber told The New York Times.";
        assert_eq!(speakers(t)[1].1, None);
    }

    #[test]
    fn a_definite_description_goes_on_with_the_speaker_before() {
        let t = "\"I urge the United States to enforce a no-fly zone in the area,\" Samaritan's Purse president Franklin Graham said. \"My prayer is that the world will not just sit by and watch,\" the evangelist said.";
        assert_eq!(speakers(t)[1].1.as_deref(), Some("Franklin Graham"));
        let t = "\"There were three people shot on the stairs,\" said Andy Ryan. \"This is a sad day for the Kraft Foods family,\" the company said in a statement.";
        assert_eq!(speakers(t)[1].1, None);
        let t = "\"She was an essential point of our lives,\" said a tearful Charlie Kafoury.";
        assert_eq!(speaker_of(t), Some("Charlie Kafoury".into()));
        let t = "Thomas Gilleran spoke. \"This was one of the largest engagements we have conducted to date\" from Raqqa he said.";
        assert_eq!(speakers(t)[0].1.as_deref(), Some("Thomas Gilleran"));
        // A name not resolved is someone else.
        let t = "\"We heard shots from the street,\" said Raymond Kelly. \"Kimani started backing up and then he ran,\" King said.";
        assert_eq!(speakers(t)[1].1, None);
    }

    #[test]
    fn a_saying_verb_before_a_participle_names_the_speaker() {
        let t = "LaCalamita said nothing after officers surrounded him, Pickell said, describing the suspect as \"subdued and very, very quiet\".";
        assert_eq!(speaker_of(t), Some("Pickell".into()));
        // A middle initial keeps the name whole and its role.
        let t = "Genesee County Sheriff Robert J. Pickell said the man surrendered. \"He was subdued. Very, very subdued,\" the sheriff said.";
        assert_eq!(speakers(t)[0].1.as_deref(), Some("Robert J. Pickell"));
    }

    #[test]
    fn according_to_x_before_the_quote_and_quoted_as_telling() {
        let t =
            "According to Transport Minister Elena Varga, \"this agreement is fair to workers\".";
        assert_eq!(speaker_of(t), Some("Elena Varga".into()));
        let t = "Mr. Pike took the money. According to his lawyer Daniel Osei, \"my client maintains his innocence\".";
        assert_eq!(speaker_of(t), Some("Daniel Osei".into()));
        let t = "Minister of Transport Elena Varga was quoted as telling Reuters \"the port will be working normally by Wednesday\".";
        assert_eq!(speaker_of(t), Some("Elena Varga".into()));
        let t = "Marek Dudek, the union leader, was quoted as saying \"we got respect at last\".";
        assert_eq!(speaker_of(t), Some("Marek Dudek".into()));
        // Who was quoted is not who is quoted now.
        let t = "He was quoted in the paper. \"We got respect at last,\" a docker said.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_role_with_its_country_adjective_is_its_holder() {
        let t = "Kenya's President Daniel Mwangi and Ethiopia's Prime Minister Tesfaye Bekele met. \"Our two nations have chosen dialogue,\" the Kenyan president said.";
        assert_eq!(speaker_of(t), Some("Daniel Mwangi".into()));
        let t = "Kenya's President Daniel Mwangi and Ethiopia's Prime Minister Tesfaye Bekele met. The Ethiopian prime minister wrote on Twitter that \"the border will reopen within weeks\".";
        assert_eq!(speaker_of(t), Some("Tesfaye Bekele".into()));
        // Another country's president is nobody the article names.
        let t = "Kenyan President Daniel Mwangi arrived. \"Our two nations have chosen dialogue,\" the Ethiopian president said.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn said_a_description_then_the_name() {
        let t = "\"We don't have any intention to go to war again,\" said a Sudanese government spokesman, Rabie A. Atti.";
        assert_eq!(speaker_of(t), Some("Rabie A. Atti".into()));
        // What follows the comma is no name of the speaker.
        let t = "\"We don't have any intention to go to war again,\" said a government spokesman, adding that Khartoum would wait.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_body_in_lowercase_words_speaks_as_itself() {
        let t = "In a statement, the transport ministry said \"the strike cost the economy 400 million zlotys\".";
        assert_eq!(speaker_of(t), Some("transport ministry".into()));
        let t = "\"The guards opened fire on them,\" the interior ministry said.";
        assert_eq!(speaker_of(t), Some("interior ministry".into()));
        let t = "Oman's foreign ministry said the exchange followed \"months of discreet mediation and patient talks\".";
        assert_eq!(speaker_of(t), Some("foreign ministry".into()));
        // The General Staff is a body, not a general named Staff.
        let t = "Ukraine's General Staff said the strike was part of a campaign to \"reduce the enemy's ability to supply its army\".";
        assert_eq!(speaker_of(t), Some("General Staff".into()));
        // A lone noun names no body; a description is no name.
        let t = "\"The city is under siege,\" the terrorist group said.";
        assert_eq!(speaker_of(t), None);
        let t = "\"The guards opened fire on them,\" the ministry said.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_colon_gives_the_words_to_the_subject() {
        let t = "Marta Ruiz, who leads the opposition Social Alliance, was blunt: \"This government is finished.\"";
        assert_eq!(speaker_of(t), Some("Marta Ruiz".into()));
        // A subject that names no person speaks for nobody.
        let t = "The final score was clear: \"Valdora two, visitors nil, after extra time.\"";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_naming_verb_before_the_quotation_names_its_speaker() {
        let t = "Mark Ostrander called it \"the darkest day in our company's history\".";
        assert_eq!(speaker_of(t), Some("Mark Ostrander".into()));
        let t = "Governor Anselm Toric called the decision \"a painful but necessary step to rebuild confidence.\"";
        assert_eq!(speaker_of(t), Some("Anselm Toric".into()));
        let t = "Peter Hollis described watching the birds being loaded as \"the worst day of my working life\".";
        assert_eq!(speaker_of(t), Some("Peter Hollis".into()));
        // A passive names what was said of the subject, not its speaker.
        let t =
            "Mayor Ann Cole was called \"a coward who abandoned the whole city\" by protesters.";
        assert_ne!(speaker_of(t), Some("Ann Cole".into()));
    }

    #[test]
    fn a_verb_of_judging_with_as_names_its_speaker() {
        let t = "The Foreign Secretary, Yvette Hall, condemned the boarding as \"a flagrant breach of international law\".";
        assert_eq!(speaker_of(t), Some("Yvette Hall".into()));
        let t =
            "Mayor Ann Cole dismissed the report as \"a work of fiction from start to finish\".";
        assert_eq!(speaker_of(t), Some("Ann Cole".into()));
        // With no "as" the words may be anyone's; a passive names who was judged.
        let t = "Mayor Ann Cole condemned the \"peaceful protest\" that ended in looting.";
        assert_eq!(speaker_of(t), None);
        let t = "Mayor Ann Cole was hailed as \"the saviour of the whole city\" by residents.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_name_that_qualifies_a_role_is_not_its_holder() {
        let t = "Opposition Socialist leader Pedro Nunes called the reform \"a theft dressed up as arithmetic\".";
        assert_eq!(speaker_of(t), Some("Pedro Nunes".into()));
        let t = "Visitors were ushered indoors at Wolds Valley Zoo. Zoo director Helen Marsh said: \"Our absolute priority was the safety of visitors and staff.\"";
        assert_eq!(speaker_of(t), Some("Helen Marsh".into()));
        // Two people joined by "and": the first is no role of the second.
        let t = "Ann Cole and Tom Reid said the plan was \"a very good start for the town\".";
        assert_eq!(speaker_of(t), Some("Ann Cole".into()));
    }

    #[test]
    fn an_outlet_named_before_its_noun_speaks() {
        let t = "Iran's semi-official Tasnim news agency said the tanker had been detained for \"violating international maritime regulations\".";
        assert_eq!(speaker_of(t), Some("Tasnim".into()));
        let t = "\"The tanker was seized in our waters,\" the Tasnim news agency reported.";
        assert_eq!(speaker_of(t), Some("Tasnim".into()));
        // Before a title, the outlet is still no country's role.
        let t = "Iran's official IRNA news agency said the tanker was \"violating international maritime regulations\".";
        assert_eq!(speaker_of(t), Some("IRNA".into()));
        // A capitalized word before another noun is a modifier still.
        let t = "Forensic experts said the bullet was \"a bit deformed\", suggesting a ricochet.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_possessive_name_before_a_relation_does_not_speak() {
        let t = "Among the dead was Darren Holt, 34. \"He rang me to say he'd be home for breakfast,\" said Mr Holt's sister, Kerry.";
        assert_eq!(speaker_of(t), Some("Kerry".into()));
        // With no name after it, nobody rather than the wrong person.
        let t = "Among the dead was Darren Holt, 34. \"He rang me to say he'd be home for breakfast,\" said Mr Holt's sister.";
        assert_eq!(speaker_of(t), None);
        let t = "Darren Holt's brother said he was \"the kindest man you could ever meet\".";
        assert_eq!(speaker_of(t), None);
        let t = "Rui Carvalho was charged. \"My client will be cleared,\" said his lawyer, Daniel Osei.";
        assert_eq!(speaker_of(t), Some("Daniel Osei".into()));
        let t = "\"It was a miracle nobody died,\" said the boy's mother, Sarah.";
        assert_eq!(speaker_of(t), Some("Sarah".into()));
        // A name in the description itself speaks; what someone wrote is theirs.
        let t = "\"I want to go home but I'm scared,\" said fisherman's wife Mapahai, 35.";
        assert_eq!(speaker_of(t), Some("Mapahai".into()));
        let t = "Matthew Willoughby wrote to parents. \"Kimani should be remembered for who he was,\" Willoughby's letter continued.";
        assert_eq!(speaker_of(t), Some("Matthew Willoughby".into()));
    }

    #[test]
    fn a_title_and_name_before_of_are_the_speaker() {
        let t = "Chief Fire Officer Helen Marsden of Humberside Fire and Rescue said: \"This was a very dangerous incident for everyone.\"";
        assert_eq!(speaker_of(t), Some("Helen Marsden".into()));
        let t = "KRA Commissioner of Customs Lilian Wambui said the cargo was declared as produce. \"The documents looked clean,\" she said.";
        assert_eq!(speaker_of(t), Some("Lilian Wambui".into()));
    }

    #[test]
    fn asides_one_after_another_before_the_verb() {
        let t = "Claire Dobson, 38, from Bridlington, said: \"We were looking at the meerkats when a keeper ran past.\"";
        assert_eq!(speaker_of(t), Some("Claire Dobson".into()));
    }

    #[test]
    fn a_body_or_a_capitalized_modifier_before_a_named_speaker_does_not_speak() {
        let t = "\"We moved people early,\" Disaster Management and Relief Minister Farida Akhter told reporters.";
        assert_eq!(speaker_of(t), Some("Farida Akhter".into()));
        let t = "\"Embassies are among the few targets left,\" said Sahel researcher Joris van der Berg.";
        assert_eq!(speaker_of(t), Some("Joris van der Berg".into()));
    }

    #[test]
    fn an_age_after_a_name_is_an_aside() {
        let t = "Janet Stead, 58, said: \"We got out with our coats and nothing else.\"";
        assert_eq!(speaker_of(t), Some("Janet Stead".into()));
    }

    #[test]
    fn a_country_that_qualifies_a_role_does_not_speak() {
        let t = "Secretary of State John Kerry arrived. \"We will work for a ceasefire,\" the U.S. top diplomat said.";
        assert_eq!(speaker_of(t), Some("John Kerry".into()));
        let t = "Foreign Minister Sergei Lavrov and Vitaly Churkin arrived. \"We will work for a ceasefire,\" Russia's foreign minister said.";
        assert_eq!(speaker_of(t), Some("Sergei Lavrov".into()));
        // A role nobody holds in the article: no speaker, not the country.
        let t = "\"We will work for a ceasefire today,\" the U.S. envoy said.";
        assert_eq!(speaker_of(t), None);
        // A country on its own speaks for itself.
        let t = "\"We will work for a ceasefire today,\" Russia said.";
        assert_eq!(speaker_of(t), Some("Russia".into()));
    }

    #[test]
    fn said_x_adding_goes_on_with_x() {
        let t = "\"Russia supports the transition,\" said John F. Kerry, adding \"We have a long way to go\".";
        let s = speakers(t);
        assert_eq!(s[1].1.as_deref(), Some("John F. Kerry"));
        // The listener of "told" and the subject of a clause after "said" do not speak.
        let t = "His sister, Mahnefah Gray, told NY1 she doubted he was grabbing his belt \"to squeeze it\" then.";
        assert_ne!(speaker_of(t), Some("NY1".into()));
        let t =
            "Susan Rice, U. S. Ambassador, said the Sudan government \"blatantly lied\" about it.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn asides_and_named_appositions_before_the_verb() {
        let t = "Secretary of State John Kerry arrived. Kerry, for his part, said: \"We are not there yet on a ceasefire.\"";
        assert_eq!(speaker_of(t), Some("John Kerry".into()));
        let t = "Sergei Lavrov, speaking separately, said that \"sanctions have never brought anyone to the table\".";
        assert_eq!(speaker_of(t), Some("Sergei Lavrov".into()));
        let t = "His sister, Mahnefah Gray, told NY1 she doubted he was grabbing his belt \"to squeeze it\" then.";
        assert_eq!(speaker_of(t), Some("Mahnefah Gray".into()));
        // An apposition that names no person names no speaker.
        let t =
            "The report, dated Monday, said the town was \"completely cut off from all aid\" then.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn she_said_passes_over_a_man_named_last() {
        let t = "Maria Lindqvist laid out the case. Defence lawyer Paul Okafor was brief. The prosecutor was unmoved. \"The documents speak for themselves,\" she said.";
        assert_eq!(speaker_of(t), Some("Maria Lindqvist".into()));
        let t = "Mayor Anna Kowalski stood by. \"We believe it was vandalism,\" he said.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn a_clause_after_a_conjunction_attributes_its_own_words() {
        let found = speakers(
            "Lisa Hartwell said officials were \"not on a preset course for now,\" while \
             Michael Tran said the bank was \"data dependent and watchful.\"",
        );
        assert_eq!(found[0].1.as_deref(), Some("Lisa Hartwell"), "{found:?}");
        assert_eq!(found[1].1.as_deref(), Some("Michael Tran"), "{found:?}");
    }

    #[test]
    fn no_attribution_no_speaker() {
        let t = "The plan calls it “a humanitarian corridor for all the people of the city” in the text.";
        assert_eq!(speaker_of(t), None);
    }
}

#[cfg(test)]
mod role_and_pronoun_tests {
    use crate::extract::people::quote_speakers;

    fn speakers(text: &str) -> Vec<Option<String>> {
        quote_speakers(text)
            .into_iter()
            .map(|(_, s)| s.map(|s| s.name))
            .collect()
    }

    fn one(name: &str) -> Vec<Option<String>> {
        vec![Some(name.to_string())]
    }

    #[test]
    fn a_pronoun_after_two_people_is_the_one_who_spoke_or_nobody() {
        // Two men named, neither speaking: "he" is nobody.
        assert_eq!(
            speakers(
                "Carvalho's lawyer, Pedro Nunes, met reporters with the bank's chairman, Jorge Matos. “My client will be cleared of every charge,” he said."
            ),
            vec![None]
        );
        // The one who speaks in that sentence goes on speaking.
        assert_eq!(
            speakers(
                "The girl, identified as Yolanda Mandofi, died, said local hospital director Hengky Tewu. “Our ambulances are picking up two more people,” he said."
            ),
            one("Hengky Tewu")
        );
        // "she" is the one the article tells is a woman.
        assert_eq!(
            speakers(
                "Prosecutor Ana Ferreira told the court the bank lost the money because Carvalho approved the transfers. “He treated the accounts as his own wallet,” she said."
            ),
            one("Ana Ferreira")
        );
        // One man named: he.
        assert_eq!(
            speakers(
                "Rui Carvalho rejected the charges on Tuesday. “I never took a cent that was not mine,” he said."
            ),
            one("Rui Carvalho")
        );
    }

    #[test]
    fn a_pronoun_after_a_speaker_named_with_an_age_is_that_speaker() {
        // A business's possessive names no rival: its owner, who speaks past an age, goes on.
        assert_eq!(
            speakers(
                "The Kwik Stop's owner, Harjit Sandhu, 61, said he would share the bonus. “They work hard, they deserve it,” he said."
            ),
            one("Harjit Sandhu")
        );
        // Nobody speaks in the sentence before: nobody.
        assert_eq!(
            speakers(
                "Tom Reid met Harjit Sandhu, 61, at the shop. “They work hard, they deserve it,” he said."
            ),
            vec![None]
        );
        // Past an age, a verb with its subject after it is not the name's before.
        assert_eq!(
            speakers(
                "Among the dead was Darren Holt, 34, said police spokesman Tom Reid. “We are still searching the river,” he said."
            ),
            one("Tom Reid")
        );
    }

    #[test]
    fn a_pronoun_after_an_unnamed_speaker_is_nobody() {
        assert_eq!(
            speakers(
                "Samir Hanna flew home. A ministry spokesman said further talks were possible. “The door remains open to both sides,” he said."
            ),
            vec![None]
        );
        assert_eq!(
            speakers(
                "Samir Hanna flew home. Further talks were possible, said a ministry spokesman. “The door remains open to both sides,” he added."
            ),
            vec![None]
        );
        // An apposition is no new speaker; "he said, an officer stopped him" neither.
        assert_eq!(
            speakers(
                "Tomas Berg, a police spokesman, spoke on Monday. “We have found nothing so far,” he said."
            ),
            one("Tomas Berg")
        );
        assert_eq!(
            speakers(
                "His barber, Julian Clark, concurred. Two years before, he said, an officer stopped him. “They go after innocent people too,” he said."
            ),
            one("Julian Clark")
        );
    }

    #[test]
    fn an_age_a_body_noun_and_an_apposed_role_name_their_one_holder() {
        assert_eq!(
            speakers(
                "Rui Carvalho, 45, is accused of fraud. “I never took a cent that was not mine,” the 45-year-old told the court."
            ),
            one("Rui Carvalho")
        );
        // Two people of that age: nobody.
        assert_eq!(
            speakers(
                "Rui Carvalho, 45, and Pedro Nunes, 45, are accused of fraud. “I never took a cent that was not mine,” the 45-year-old told the court."
            ),
            vec![None]
        );
        assert_eq!(
            speakers(
                "The Ethiopian Water Agency runs the dam. “No country downstream will lose a single drop,” the agency said."
            ),
            one("Ethiopian Water Agency")
        );
        assert_eq!(
            speakers(
                "The Ethiopian Water Agency and the Nile Basin Agency met. “No country downstream will lose a single drop,” the agency said."
            ),
            vec![None]
        );
        assert_eq!(
            speakers(
                "The prosecutor, Ana Ferreira, spoke first. “He treated the accounts like his own wallet,” the prosecutor said."
            ),
            one("Ana Ferreira")
        );
        assert_eq!(
            speakers(
                "“The guns must stay silent for 72 hours,” said the Saudi mediator, Faisal al-Rashid."
            ),
            one("Faisal al-Rashid")
        );
    }

    #[test]
    fn a_role_given_in_an_apposition_names_its_one_holder_every_time_it_speaks() {
        // The role before the name, asked by two quotations (read once, then remembered for
        // the article); the text before holds letters of more than one byte.
        assert_eq!(
            speakers(
                "Judge Maria Kovács opened the trial. The prosecutor, Ana Ferreira, said the money was moved over four years. \"He treated the accounts like his own wallet,\" the prosecutor said. \"The money is gone,\" the prosecutor said."
            ),
            vec![
                Some("Ana Ferreira".to_string()),
                Some("Ana Ferreira".to_string())
            ]
        );
        // The role after the name.
        assert_eq!(
            speakers(
                "Ana Ferreira, the prosecutor, said the money was moved over four years. \"He treated the accounts like his own wallet,\" the prosecutor said."
            ),
            one("Ana Ferreira")
        );
    }
}
