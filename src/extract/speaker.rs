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
use crate::extract::word_set::WordSet;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Attribution verbs, lowercase ASCII words (see the test).
static VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("data/attribution_verbs.txt")
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

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

/// Longest subject between a quotation and its verb, in units.
const MAX_SUBJECT: usize = 14;

/// A quotation's speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Canonical name.
    pub name: String,
    pub role: Option<String>,
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
    fn low(&self, i: usize) -> Cow<'a, str> {
        let Some(u) = self.units.get(i) else {
            return Cow::Borrowed("");
        };
        let t = u.text(self.text);
        if t.is_ascii() {
            if t.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(t.to_ascii_lowercase())
            } else {
                Cow::Borrowed(t)
            }
        } else if t.chars().any(char::is_alphabetic) {
            Cow::Owned(t.to_lowercase())
        } else {
            // Marks such as “ and —: only letters change when lowercased (see the test).
            Cow::Borrowed(t)
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
            return self.ents.person_before(at).map(|m| self.speaker(m));
        }
        let span = self.units[first].span.cover(self.units[last].span);
        let ms = self.subjects(idx, self.ents.within(span));
        if let Some(m) = ms.iter().find(|m| m.kind == Kind::Person) {
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
        for kind in [Kind::Org, Kind::Unknown, Kind::Country] {
            if let Some(m) = ms.iter().find(|m| m.kind == kind) {
                return Some(self.speaker(m));
            }
        }
        None
    }

    /// The mentions `ms` within units `idx` that may be who spoke: not those governed by a
    /// preposition ("the member of parliament from Prime Minister Theresa May's party said",
    /// "said Lt. Gregg Hastings of the Oregon State Police", "throughout Raqa the statement
    /// said"), where the name is no subject.
    fn subjects<'m>(&self, idx: &[usize], ms: &'m [Mention]) -> Vec<&'m Mention> {
        ms.iter()
            .filter(|m| {
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
                let title = |k: usize| {
                    let u = self.units[idx[k]];
                    u.word && is_title(u.text(self.text))
                };
                while q > 0 {
                    if title(q - 1) {
                        q -= 1;
                    } else if q >= 2 && self.low(idx[q - 1]) == "of" && title(q - 2) {
                        // "Secretary of State John Kerry": "of" inside the role.
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
            return None;
        }
        // The last person named before the clause goes on, else the first entity: "said
        // Vitaly Churkin, Russia's envoy …", "said Enough Project co-founder John Prendergast".
        let (&a, &b) = (idx.first()?, idx.last()?);
        let span = self.units[a].span.cover(self.units[b].span);
        let ms = self.subjects(idx, self.ents.within(span));
        let pick = ms
            .iter()
            .rev()
            .find(|m| m.kind == Kind::Person)
            .or(ms.first())?;
        Some(self.speaker(pick))
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
        if self.is_verb(w[k]) {
            // "…," said X / "…," said the State Department.
            return self.object(w, k + 1);
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
                return self.named(&w[k..v]);
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
        let v = (0..w.len()).rev().find(|&v| self.is_verb(w[v]))?;
        // "according to X, “…”" before the verb counts too.
        if let Some(s) = self.anywhere(&w[..v]) {
            return Some(s);
        }
        let lo = v.saturating_sub(MAX_SUBJECT);
        let cut = (lo..v)
            .rev()
            .find(|&k| matches!(self.low(w[k]).as_ref(), "," | ";" | ":" | "“" | "\""));
        let subject = &w[cut.map_or(lo, |c| c + 1)..v];
        if subject.is_empty() {
            return None;
        }
        if let Some(&last) = subject.last()
            && matches!(self.low(last).as_ref(), "he" | "she")
        {
            return self.named(&[last]);
        }
        self.named(subject).or_else(|| {
            // "Gabriela Shalev, Israel's ambassador to the UN, said that “…”".
            let wide = &w[lo..v];
            self.named(wide)
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
        // The head of a body speaks for it; a spokesman for a person does not speak as them.
        let t = "\"Hundreds of people fled the town this week,\" the head of the Syrian Observatory said.";
        assert_eq!(speaker_of(t), Some("Syrian Observatory".into()));
        let t = "\"Hundreds of people fled the town this week,\" a spokesman for President Bashar al-Assad said.";
        assert_eq!(speaker_of(t), None);
    }

    #[test]
    fn no_attribution_no_speaker() {
        let t = "The plan calls it “a humanitarian corridor for all the people of the city” in the text.";
        assert_eq!(speaker_of(t), None);
    }
}
