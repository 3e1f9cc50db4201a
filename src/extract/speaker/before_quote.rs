//! The speaker named before a quotation's opening mark: "X told reporters that “…”", "X
//! said in a statement that … “…”", "according to X, “…”", a colon after the subject, a verb
//! that names what something is ("called it “…”"), and the subject of a participle clause.

use super::lists::{ASIDES, MAX_SUBJECT, NAMING_VERBS, PARTICIPLES, PREPOSITIONS};
use super::{Around, Speaker};
use crate::extract::entity::is_title;
use crate::extract::words::is_possessive;

impl Around<'_> {
    pub(super) fn before_quote(&self) -> Option<Speaker> {
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
                .or_else(|| self.said_x_adding(w, v))
                .or_else(|| self.before_relative_clause(w, v));
        }
        self.named(subject).or_else(|| {
            // "Gabriela Shalev, Israel's ambassador to the UN, said that “…”".
            let wide = &w[lo..v];
            self.named(wide)
        })
    }

    /// The subject of the verb at `v` of `w`: the words before it back to a comma, colon or
    /// quotation mark, at most [`MAX_SUBJECT`] of them; and where that reach starts.
    pub(super) fn subject_before<'w>(&self, w: &'w [usize], v: usize) -> (usize, &'w [usize]) {
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
    pub(super) fn naming_verb(&self, w: &[usize]) -> Option<Speaker> {
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
    pub(super) fn quoted_as(&self, w: &[usize]) -> Option<Speaker> {
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
    pub(super) fn said_x_adding(&self, w: &[usize], v: usize) -> Option<Speaker> {
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
    pub(super) fn before_apposition(&self, w: &[usize]) -> Option<Speaker> {
        let close = w.len().checked_sub(1).filter(|&c| self.low(w[c]) == ",")?;
        let mut open = (0..close).rev().find(|&k| self.low(w[k]) == ",")?;
        let first = *w.get(open + 1)?;
        // "Colin Aldous, Ipswich's harbour master, told …": a place's or a body's possessive
        // before the role describes too.
        let lowercase_role_from = |from: usize| {
            w.get(from..close).is_some_and(|rest| {
                self.names_a_relation(rest) && self.lowercase_run(rest) == rest.len()
            })
        };
        let owned_role = self.units[first].cap
            && is_possessive(&self.low(first))
            && lowercase_role_from(open + 2);
        // "Samuel Okoye, medical director, said:": lowercase words that end in a role.
        let bare_role = lowercase_role_from(open + 1);
        let describes = matches!(&*self.low(first), "a" | "an" | "the")
            || self.is_title_unit(first)
            || owned_role
            || bare_role;
        let aside = self.is_aside(&w[open + 1..close]);
        if open + 1 == close {
            return None;
        }
        // "Claire Dobson, 38, from Bridlington, said:": asides one after another; "Jade
        // Olowe, 29, a care worker, said:": an age before a description.
        if aside || describes {
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
        // apposition that is a title and a name; the name speaks. So it does when the words
        // before name a body, not a person ("The Food Standards Agency's head of incidents,
        // Dr Alison Kerr, told shoppers").
        let before = self.named(&w[start..open]);
        if before.as_ref().is_some_and(|s| self.is_person(&s.name)) {
            return before;
        }
        (describes && !aside)
            .then(|| self.named(&w[open + 1..close]))
            .flatten()
            .filter(|s| self.is_person(&s.name))
            .or(before)
    }

    /// "Graeme Laidlaw, who is leading the police inquiry alongside the Health and Safety
    /// Executive, said:": a relative clause set off by commas between a name and its verb at
    /// `v`, longer than a subject's reach ([`MAX_SUBJECT`]); the name before it speaks.
    pub(super) fn before_relative_clause(&self, w: &[usize], v: usize) -> Option<Speaker> {
        let close = v.checked_sub(1).filter(|&c| self.low(w[c]) == ",")?;
        let lo = v.saturating_sub(2 * MAX_SUBJECT);
        let open = (lo..close).rev().find(|&k| self.is_punct(w[k]))?;
        if self.low(w[open]) != ","
            || !matches!(&*self.low(*w.get(open + 1)?), "who" | "whose" | "which")
        {
            return None;
        }
        // "Tim Gorman, chief executive of the NHS Confederation, which represents trusts,
        // said:": the clause may follow an apposition, whose name before it speaks.
        self.before_apposition(&w[lo..v])
            .or_else(|| self.before_apposition(&w[lo..=open]))
    }

    /// Whether the words `w`, set off by commas after a name, are an aside, not a description
    /// of who speaks: "Kerry, for his part, said:", "Lavrov, speaking separately, said", and
    /// an age alone, "Janet Stead, 58, said:".
    pub(super) fn is_aside(&self, w: &[usize]) -> bool {
        let Some(&first) = w.first() else {
            return false;
        };
        let age = w.len() == 1
            && self.units[first]
                .text(self.text)
                .bytes()
                .all(|b| b.is_ascii_digit());
        let low = self.low(first);
        // "Sameena Rahat, visiting a monitoring station on Monday, said:": what the speaker
        // was doing.
        let doing = !self.units[first].cap && low.len() > 5 && low.ends_with("ing");
        age || doing || PREPOSITIONS.contains(&&*low) || ASIDES.contains(&&*low)
    }

    /// The speaker named by the subject at the start of `w`, a main clause: its opening
    /// words as long as they are capitalized, titles, articles or "of" ("Greek President
    /// Carolos Papoulias", "The mayor", "He"), with an apposition set off by commas ("The
    /// mayor, Anne Hidalgo,").
    pub(super) fn main_subject(&self, w: &[usize]) -> Option<Speaker> {
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
