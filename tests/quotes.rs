//! Quotes, speakers and positions on the seed event (articles/kerry-putin-2015) and on
//! constructed pairs of articles: identical quotes agree, misquotes and attribution conflicts
//! contradict, quotes that share a few words are not lined up.

use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff::model::{Article, Claim, ClaimKind, Comparison, Quote, Value, Verdict};
use std::path::PathBuf;

fn seed() -> Vec<Article> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("articles/kerry-putin-2015");
    load_paths(&[dir], &LoadOptions::default()).expect("seed event loads")
}

fn quotes(a: &Article) -> Vec<(String, Quote)> {
    extract(a)
        .claims
        .into_iter()
        .filter_map(|c| match c.value {
            Value::Quote(q) => {
                assert!(!c.span.slice(&a.text).is_empty());
                assert!(c.sentence.contains(c.span));
                Some((c.span.slice(&a.text).to_string(), q))
            }
            _ => None,
        })
        .collect()
}

fn bloomberg() -> (Article, Vec<(String, Quote)>) {
    let a = seed()
        .into_iter()
        .find(|a| a.id.starts_with("bloomberg"))
        .expect("bloomberg article");
    let q = quotes(&a);
    (a, q)
}

fn speaker_of(q: &[(String, Quote)], words: &str) -> Option<String> {
    q.iter()
        .find(|(_, v)| v.text.contains(words))
        .unwrap_or_else(|| panic!("no quote with {words:?} in {q:#?}"))
        .1
        .speaker
        .clone()
}

#[test]
fn josh_earnest_is_quoted() {
    let (_, q) = bloomberg();
    assert_eq!(
        speaker_of(&q, "the first item on Secretary Kerry’s agenda").as_deref(),
        Some("Josh Earnest")
    );
    let (span, quote) = q
        .iter()
        .find(|(_, v)| v.text.starts_with("support and encouragement"))
        .expect("the separatists quote");
    assert_eq!(quote.speaker.as_deref(), Some("Josh Earnest"));
    assert_eq!(
        span,
        "support and encouragement to Russian-backed separatists in eastern Ukraine is destabilizing that country and is undermining their territorial integrity,"
    );
    assert_eq!(
        quote.speaker_role.as_deref(),
        Some("White House press secretary")
    );
}

#[test]
fn lavrov_is_quoted() {
    let (_, q) = bloomberg();
    let lavrov = q
        .iter()
        .find(|(_, v)| {
            v.text == "We consider such an approach artificial and against international law."
        })
        .expect("Lavrov's quote");
    assert_eq!(lavrov.1.speaker.as_deref(), Some("Sergei Lavrov"));
    assert_eq!(
        speaker_of(&q, "they insist on a date").as_deref(),
        Some("Sergei Lavrov")
    );
}

#[test]
fn churkin_resolves_with_his_role() {
    let (_, q) = bloomberg();
    for words in ["real work", "close to terrorist"] {
        let (_, quote) = q.iter().find(|(_, v)| v.text == words).expect(words);
        assert_eq!(quote.speaker.as_deref(), Some("Vitaly Churkin"), "{words}");
        assert_eq!(
            quote.speaker_role.as_deref(),
            Some("Russia’s envoy to the United Nations")
        );
    }
}

#[test]
fn kerry_and_the_state_department_speak_for_themselves() {
    let (_, q) = bloomberg();
    assert_eq!(
        speaker_of(&q, "including a consensus on principles").as_deref(),
        Some("John Kerry")
    );
    assert_eq!(
        speaker_of(&q, "will discuss ongoing efforts").as_deref(),
        Some("State Department")
    );
}

#[test]
fn seed_positions() {
    let (a, _) = bloomberg();
    let positions: Vec<(String, String, String)> = extract(&a)
        .claims
        .into_iter()
        .filter_map(|c| match c.value {
            Value::Position(p) => Some((p.holder, p.stance, p.target)),
            _ => None,
        })
        .collect();
    assert!(
        positions.contains(&(
            "United States".into(),
            "demand".into(),
            "ouster of Syrian President Bashar al-Assad".into()
        )),
        "{positions:#?}"
    );
    assert!(positions.contains(&(
        "Russia".into(),
        "disagree".into(),
        "Syrian opposition".into()
    )));
}

fn article(id: &str, body: &str) -> Article {
    Article::from_text(id, body)
}

fn compare_texts(a: &str, b: &str) -> Comparison {
    let arts = vec![article("a", a), article("b", b)];
    let claims: Vec<Claim> = arts.iter().flat_map(|x| extract(x).claims).collect();
    compare(arts, claims)
}

fn quote_findings(c: &Comparison) -> Vec<(Verdict, usize, String)> {
    c.findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Quote)
        .map(|f| (f.verdict, f.claims.len(), f.explanation.clone()))
        .collect()
}

#[test]
fn identical_quotes_agree() {
    let c = compare_texts(
        "“We consider such an approach artificial and against international law,” Foreign Minister Sergei Lavrov said.",
        "Russia’s top diplomat was blunt. \"We consider such an approach artificial and against international law,\" said Lavrov.",
    );
    let f = quote_findings(&c);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].0, Verdict::Agree, "{f:#?}");
    assert_eq!(f[0].1, 2);
}

#[test]
fn misquotes_contradict_with_a_diff() {
    // Other wording of the same quote is a misquote (issue 4), shown as a word diff: another
    // word, a "not" dropped, another number, another name.
    for (a, b, diff) in [
        (
            "“We do not consider such an approach artificial or against international law,” Foreign Minister Sergei Lavrov said.",
            "“We consider such an approach artificial and against international law,” Foreign Minister Sergei Lavrov said.",
            "[-do not-]",
        ),
        (
            "“We have lost 15 of our best people in this fire,” fire chief Anna Berg said.",
            "“We have lost 50 of our best people in this fire,” fire chief Anna Berg said.",
            "[-15-] {+50+}",
        ),
        (
            "“We consider such an approach artificial and against international law,” Foreign Minister Sergei Lavrov said.",
            "“We consider such an approach unlawful and against international law,” Foreign Minister Sergei Lavrov said.",
            "[-artificial-] {+unlawful+}",
        ),
        (
            "“We will rebuild every home in Halden before the winter,” Mayor Anna Berg said.",
            "“We will rebuild every home in Marsby before the winter,” Mayor Anna Berg said.",
            "[-Halden-] {+Marsby+}",
        ),
    ] {
        let c = compare_texts(a, b);
        let f = quote_findings(&c);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].0, Verdict::Contradict, "{}", f[0].2);
        assert!(f[0].2.contains("Misquote"), "{}", f[0].2);
        assert!(f[0].2.contains(diff), "{}", f[0].2);
    }
}

#[test]
fn a_misquote_is_filed_under_the_speaker_one_source_names() {
    // The first source gives no speaker (its attribution is a paragraph away), the second
    // names him: the finding is his words, not an unnamed speaker's.
    let c = compare_texts(
        "The president spoke to the nation.\n\n“Our country has reached the edge of the abyss and must not take the step into the void.”",
        "“Our country is on the edge of the abyss and must not take the step into the void,” Greek President Karolos Papoulias said.",
    );
    let f: Vec<_> = c
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Quote)
        .collect();
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].verdict, Verdict::Contradict);
    assert_eq!(f[0].topic, "words of Karolos Papoulias");
    assert!(
        f[0].explanation
            .contains("quote Karolos Papoulias with different words"),
        "{}",
        f[0].explanation
    );
}

#[test]
fn same_words_different_speaker_is_an_attribution_conflict() {
    let c = compare_texts(
        "“We consider such an approach artificial and against international law,” Foreign Minister Sergei Lavrov said.",
        "“We consider such an approach artificial and against international law,” said Vitaly Churkin, Russia's envoy to the United Nations.",
    );
    let f = quote_findings(&c);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].0, Verdict::Contradict);
    assert!(f[0].2.contains("Attribution conflict"), "{}", f[0].2);
    assert!(f[0].2.contains("Vitaly Churkin"));
}

#[test]
fn quotes_sharing_a_few_words_are_not_aligned() {
    let c = compare_texts(
        "“We will discuss the situation in Syria with our partners in the coming days,” Sergei Lavrov said.",
        "“The situation in eastern Ukraine is destabilizing that country and its people,” Josh Earnest said.",
    );
    let f = quote_findings(&c);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert!(f.iter().all(|x| x.0 == Verdict::Unique && x.1 == 1));
}

#[test]
fn opposite_positions_contradict() {
    let c = compare_texts(
        "Moscow talks. Russia supports the ouster of Assad, officials said.",
        "Moscow talks. Russia opposes the ouster of Assad, officials said.",
    );
    let f: Vec<&claimdiff::model::Finding> = c
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Position)
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", c.findings);
    assert_eq!(f[0].verdict, Verdict::Contradict);
}

#[test]
fn seed_event_quote_findings_follow_the_invariants() {
    let arts = seed();
    let claims: Vec<Claim> = arts.iter().flat_map(|x| extract(x).claims).collect();
    let c = compare(arts, claims);
    for f in &c.findings {
        assert!(!f.claims.is_empty());
        let mut sources: Vec<&str> = f
            .claims
            .iter()
            .map(|&i| c.claims[i].source.as_str())
            .collect();
        sources.sort();
        sources.dedup();
        if f.verdict == Verdict::Unique {
            assert_eq!(sources.len(), 1, "{f:?}");
        } else {
            assert!(sources.len() >= 2, "{f:?}");
        }
    }
}

#[test]
fn a_speaker_only_guessed_from_he_said_makes_no_attribution_conflict() {
    // ECB+ 37: "he said" after a sentence that names a village; another outlet names the
    // spokesman. The pronoun's speaker is a guess, so the same words agree instead.
    let c = compare_texts(
        "In Suka Makmur village a landslide engulfed a coffee plantation, killing one man, said \
         the official who uses one name. \"A man was working at a coffee plantation with his wife \
         when a landslide caused by the quake struck,\" he said.",
        "\"A man was working at a coffee plantation with his wife when a landslide caused by the \
         quake struck,\" said Sutopo Purwo Nugroho, a spokesman for the disaster agency.",
    );
    let f = quote_findings(&c);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].0, Verdict::Agree, "{f:#?}");
}

#[test]
fn a_named_rival_speaker_is_an_attribution_conflict() {
    let c = compare_texts(
        "\"We will not accept this deal at all,\" Foreign Minister Sergei Lavrov said on Friday.",
        "\"We will not accept this deal at all,\" Secretary of State John Kerry said on Friday.",
    );
    let f = quote_findings(&c);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].0, Verdict::Contradict, "{f:#?}");
    assert!(f[0].2.contains("Attribution conflict"), "{f:#?}");
}

fn speakers_in(body: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let a = article("x", body);
    quotes(&a)
        .into_iter()
        .map(|(_, q)| (q.text, q.speaker, q.speaker_role))
        .collect()
}

#[test]
fn a_title_abbreviation_goes_on_into_the_name() {
    // "Lt." no longer cuts the name: the words before the title are the role.
    let a = "A bomb killed two officers on Friday.\n\n\"That person is dangerous and needs to be found as soon as possible,\" said Oregon State Police Lt. Gregg Hastings.";
    let b = "Police searched the town.\n\n\"That person is dangerous and needs to be found as soon as possible,\" said Lt. Gregg Hastings of the Oregon State Police.";
    let sa = speakers_in(a);
    assert_eq!(sa[0].1.as_deref(), Some("Gregg Hastings"), "{sa:?}");
    assert_eq!(
        sa[0].2.as_deref(),
        Some("Oregon State Police Lt."),
        "{sa:?}"
    );
    let sb = speakers_in(b);
    assert_eq!(sb[0].1.as_deref(), Some("Gregg Hastings"), "{sb:?}");
    let f = quote_findings(&compare_texts(a, b));
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].0, Verdict::Agree, "{f:#?}");
    assert!(f[0].2.contains("Gregg Hastings"), "{}", f[0].2);
    // "Const. Fanning said": a title and a lone surname, resolved to the full name.
    let s = speakers_in(
        "Police Constable Tim Fanning spoke on Monday.\n\n\"It's something no business can prepare for,\" Const. Fanning said.",
    );
    assert_eq!(s[0].1.as_deref(), Some("Tim Fanning"), "{s:?}");
}

#[test]
fn names_after_a_preposition_do_not_speak() {
    // The statement spoke, not the place; the member of parliament, not the prime minister.
    let s = speakers_in(
        "Coalition forces \"successfully engaged multiple targets\" throughout Raqa the statement said.",
    );
    assert!(s.iter().all(|q| q.1.is_none()), "{s:?}");
    let s = speakers_in(
        "\"The international community has an avowed responsibility to protect,\" the member of parliament from Prime Minister Theresa May's party said.",
    );
    assert_ne!(s[0].1.as_deref(), Some("Theresa May"), "{s:?}");
    // "of the Noureddin al-Zinki rebel faction" names the group, not who spoke.
    let s = speakers_in(
        "\"The advance will be from the south,\" said Yasser al-Youssef of the Noureddin al-Zinki rebel faction.",
    );
    assert_eq!(s[0].1.as_deref(), Some("Yasser al-Youssef"), "{s:?}");
}

#[test]
fn organizations_with_for_in_their_names_speak_whole() {
    let s = speakers_in(
        "\"Dozens of shells fell overnight on the two villages,\" said the Syrian Observatory for Human Rights.",
    );
    assert_eq!(
        s[0].1.as_deref(),
        Some("Syrian Observatory for Human Rights"),
        "{s:?}"
    );
    // A known name that starts a run ends it: the head of the Observatory is a person.
    let s = speakers_in(
        "\"At least two of the killed were medical staff,\" head of the Syrian Observatory for Human Rights Rami Abdel Rahman said.",
    );
    assert_eq!(s[0].1.as_deref(), Some("Rami Abdel Rahman"), "{s:?}");
}

#[test]
fn places_and_adjectives_are_not_speakers() {
    // "he said" skips a neighbourhood and a compound adjective is no name.
    let s = speakers_in(
        "Taban Deng, the governor of Unity state, visited on Monday. Crowds gathered in East Flatbush.\n\n\"These people should be taken to book,\" he said.",
    );
    assert_eq!(s[0].1.as_deref(), Some("Taban Deng"), "{s:?}");
    let s = speakers_in(
        "\"The death toll may still rise and many are missing,\" the Britain-based group added.",
    );
    assert_eq!(s[0].1, None, "{s:?}");
}

#[test]
fn transliterations_are_no_misquote() {
    let f = quote_findings(&compare_texts(
        "\"Dozens of shells fell on Fuaa and Kafraya which are largely inhabited by Shiite Muslims,\" the Observatory said.",
        "\"Dozens of shells fell on Fuaa and Kafraya which are largely inhabited by Shia Muslims,\" the Observatory said.",
    ));
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_ne!(f[0].0, Verdict::Contradict, "{f:#?}");
}

#[test]
fn two_parts_of_a_quotation_a_third_source_gives_whole_are_no_misquote() {
    // The wire quotes the first sentence, the foreign outlet the second, the newspaper both.
    let arts = vec![
        article(
            "wire",
            "\"We will appeal both the conviction and the sentence,\" defence lawyer Wilfred Nyamu said.",
        ),
        article(
            "daily",
            "\"We will appeal both the conviction and the sentence. My client has been made a \
             scapegoat for a system that failed,\" defence lawyer Wilfred Nyamu said.",
        ),
        article(
            "intl",
            "\"My client has been made a scapegoat,\" defence lawyer Wilfred Nyamu said.",
        ),
    ];
    let claims: Vec<Claim> = arts.iter().flat_map(|x| extract(x).claims).collect();
    let c = compare(arts, claims);
    let f = quote_findings(&c);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].0, Verdict::Compatible, "{f:#?}");
    assert_eq!(f[0].1, 3, "{f:#?}");
}

#[test]
fn a_ministers_portfolio_is_part_of_the_role_and_more_verbs_attribute() {
    let s = speakers_in(
        "Minister of Railways Ashok Rana promised an inquiry.\n\n\"We will find out what went wrong,\" he said.",
    );
    assert_eq!(s[0].1.as_deref(), Some("Ashok Rana"), "{s:?}");
    assert_eq!(s[0].2.as_deref(), Some("Minister of Railways"), "{s:?}");
    // The end of a list of portfolios before the name.
    let s = speakers_in(
        "A plane crashed on Thursday.\n\n\"We will find out what went wrong,\" Minister for Culture, Tourism and Civil Aviation Kamala Oli said.",
    );
    assert_eq!(s[0].1.as_deref(), Some("Kamala Oli"), "{s:?}");
    // "repeated", "promised", "reiterated" attribute as "said" does.
    let s = speakers_in(
        "A riot broke out at the prison.\n\n\"The situation is under control and calm,\" SNAI director Marta Ruiz repeated on Monday.",
    );
    assert_eq!(s[0].1.as_deref(), Some("Marta Ruiz"), "{s:?}");
}

#[test]
fn another_speakers_echo_in_other_words_is_her_own_quote() {
    // The finance chief echoes the spokeswoman in her own words: two quotations of two
    // people, not a misquote of one (the same words given to two people would be an
    // attribution conflict).
    let said = "“Safety is our top priority, and we are asking owners to park outside until the repair is done,” spokeswoman Dana Whitfield said.";
    let arts = vec![
        article("a", said),
        article("b", said),
        article(
            "c",
            "“Our priority is safety, and we're asking owners to park outdoors until the fix is done,” finance chief Ellen Prewitt said.",
        ),
    ];
    let claims: Vec<Claim> = arts.iter().flat_map(|x| extract(x).claims).collect();
    let c = compare(arts, claims);
    let f: Vec<_> = c
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Quote)
        .map(|f| (f.verdict, f.topic.as_str(), f.claims.len()))
        .collect();
    assert_eq!(
        f,
        [
            (Verdict::Agree, "words of Dana Whitfield", 2),
            (Verdict::Unique, "words of Ellen Prewitt", 1)
        ]
    );
}
