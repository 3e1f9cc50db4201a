//! What compare must and must not line up, on small constructed articles (DESIGN.md §4b).

mod common;

use claimdiff::model::{Article, ClaimKind, Comparison, Finding, Verdict};
use common::{article, assert_no_contradiction, run, words};

/// The finding that holds a claim with these words.
fn finding_with<'a>(cmp: &'a Comparison, text: &str) -> &'a Finding {
    cmp.findings
        .iter()
        .find(|f| words(cmp, f).contains(&text))
        .unwrap_or_else(|| panic!("no finding holds {text:?}: {:#?}", cmp.findings))
}

#[test]
fn five_killed_and_one_killed_contradict() {
    let cmp = run(vec![
        article(
            "a",
            "2020-05-01",
            "A gunman opened fire at a market on Friday. Five people were killed in the attack at the market.",
        ),
        article(
            "b",
            "2020-05-01",
            "A gunman opened fire at a market on Friday. One person was killed in the attack at the market.",
        ),
    ]);
    let f = finding_with(&cmp, "Five people");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert_eq!(words(&cmp, f).len(), 2);
}

#[test]
fn about_forty_and_forty_two_are_compatible() {
    let cmp = run(vec![
        article(
            "a",
            "2020-05-01",
            "A ferry sank off the coast on Monday. About 40 people died when the ferry sank.",
        ),
        article(
            "b",
            "2020-05-01",
            "A ferry sank off the coast on Monday. 42 people died when the ferry sank.",
        ),
    ]);
    let f = finding_with(&cmp, "About 40 people");
    assert_eq!(f.verdict, Verdict::Compatible);
    assert!(
        f.explanation.contains("between 40 and 44") || f.explanation.contains("42"),
        "{}",
        f.explanation
    );
}

#[test]
fn deaths_never_pair_with_injuries() {
    let cmp = run(vec![
        article(
            "a",
            "2020-05-01",
            "A bus crashed on the highway on Monday, killing 12 people.",
        ),
        article(
            "b",
            "2020-05-01",
            "A bus crashed on the highway on Monday, injuring 12 people.",
        ),
    ]);
    for f in cmp.findings.iter().filter(|f| f.kind == ClaimKind::Figure) {
        assert_eq!(f.verdict, Verdict::Unique, "{f:#?}");
    }
    // The day of the crash is one happening in both.
    let days: Vec<_> = cmp
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Date)
        .collect();
    assert_eq!(days.len(), 1, "{days:#?}");
    assert_eq!(days[0].verdict, Verdict::Agree);
}

#[test]
fn an_earlier_event_in_passing_is_not_this_events_toll() {
    let cmp = run(vec![
        article(
            "a",
            "2023-03-02",
            "A fire swept through a warehouse on Tuesday and killed 12 workers. A similar fire in 2019 killed 30 workers.",
        ),
        article(
            "b",
            "2023-03-02",
            "A warehouse fire on Tuesday killed 12 workers, officials said.",
        ),
    ]);
    let toll = finding_with(&cmp, "12 workers");
    assert_eq!(toll.verdict, Verdict::Agree, "{toll:#?}");
    let earlier = finding_with(&cmp, "30 workers");
    assert_eq!(earlier.verdict, Verdict::Unique, "{earlier:#?}");
}

#[test]
fn a_wars_toll_never_pairs_with_one_strikes_toll() {
    let cmp = run(vec![
        article(
            "a",
            "2015-12-11",
            "The civil war has killed about 300,000 people.",
        ),
        article(
            "b",
            "2015-12-16",
            "Suspected Russian strikes killed 34 civilians on Tuesday.",
        ),
    ]);
    assert!(
        cmp.findings.iter().all(|f| f.verdict == Verdict::Unique),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn a_later_higher_toll_is_called_out() {
    let cmp = run(vec![
        article(
            "a",
            "2020-05-01",
            "An earthquake struck the island on Sunday. At least 10 people were killed in the earthquake.",
        ),
        article(
            "b",
            "2020-05-03",
            "An earthquake struck the island on Sunday. At least 25 people were killed in the earthquake.",
        ),
    ]);
    let f = finding_with(&cmp, "At least 10 people");
    assert_eq!(f.kind, ClaimKind::Figure);
    assert_eq!(f.verdict, Verdict::Compatible);
    assert!(
        f.explanation.contains("may have risen"),
        "{}",
        f.explanation
    );
    // Neither report says the count rose.
    assert!(!f.explanation.contains("says the count rose"));
}

#[test]
fn a_toll_the_later_report_says_rose_is_still_read_at_face_value_with_the_rise_said() {
    let cmp = run(vec![
        article("a", "2026-03-10", "Four people were killed."),
        article(
            "b",
            "2026-03-11",
            "The death toll rose to six on Wednesday.",
        ),
    ]);
    let f = finding_with(&cmp, "Four people");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(
        f.explanation.contains("says the count rose"),
        "{}",
        f.explanation
    );
    // The same rise told by an earlier report is no update of the later one.
    let cmp = run(vec![
        article("a", "2026-03-12", "Four people were killed."),
        article(
            "b",
            "2026-03-11",
            "The death toll rose to six on Wednesday.",
        ),
    ]);
    let f = finding_with(&cmp, "Four people");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(
        !f.explanation.contains("says the count rose"),
        "{}",
        f.explanation
    );
}

#[test]
fn a_distance_does_not_rise_between_reports() {
    // A toll may rise from one report to the next; how far the epicentre lay does not.
    let cmp = run(vec![
        article(
            "a",
            "2005-11-27",
            "The quake's epicentre was 35 miles south-west of Bandar Abbas.",
        ),
        article(
            "b",
            "2005-11-28",
            "The quake's epicentre was about 36 miles south-west of Bandar Abbas.",
        ),
    ]);
    let f = finding_with(&cmp, "35 miles");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(
        !f.explanation.contains("may have risen"),
        "{}",
        f.explanation
    );
}

#[test]
fn a_later_lower_toll_that_contradicts_is_called_out() {
    let cmp = run(vec![
        article(
            "a",
            "2022-01-17",
            "A winter storm killed at least six people across the Carolinas on Sunday.",
        ),
        article(
            "b",
            "2022-01-18",
            "Five people were killed when a winter storm swept through the Carolinas on Sunday.",
        ),
    ]);
    let f = finding_with(&cmp, "at least six people");
    assert_eq!(f.verdict, Verdict::Contradict);
    assert!(
        f.explanation
            .contains("The later report (b, 2022-01-18) gives a lower figure"),
        "{}",
        f.explanation
    );
    // A lower figure that may still be true is no revision.
    let cmp = run(vec![
        article(
            "a",
            "2022-01-17",
            "About 40 people were killed in the storm.",
        ),
        article("b", "2022-01-18", "38 people were killed in the storm."),
    ]);
    let f = finding_with(&cmp, "About 40 people");
    assert_eq!(f.verdict, Verdict::Compatible);
    assert!(!f.explanation.contains("lower figure"), "{}", f.explanation);
}

#[test]
fn the_seed_war_toll_is_one_finding_across_three_sources() {
    let cmp = run(vec![
        article(
            "bloomberg",
            "2015-12-11",
            "Assad controls a quarter of Syrian territory after almost five years of civil war that has killed about 300,000 people and displaced millions.",
        ),
        article(
            "wire-a",
            "2015-12-11",
            "The war, now in its fifth year, has killed more than 250,000 people, according to United Nations estimates.",
        ),
        article(
            "wire-b",
            "2015-12-16",
            "The civil war, which began in March 2011, has killed more than 250,000 people.",
        ),
    ]);
    let f = finding_with(&cmp, "about 300,000 people");
    assert_eq!(f.verdict, Verdict::Compatible);
    assert_eq!(
        words(&cmp, f),
        [
            "about 300,000 people",
            "more than 250,000 people",
            "more than 250,000 people"
        ]
    );
}

/// The seed article, read from `articles/`.
fn seed_bloomberg(id: &str) -> Article {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("articles/kerry-putin-2015/bloomberg-2015-12-11.txt");
    let text = std::fs::read_to_string(path).expect("the seed article is in articles/");
    article(id, "2015-12-11", &text)
}

#[test]
fn two_identical_articles_agree_on_everything() {
    let cmp = run(vec![seed_bloomberg("a"), seed_bloomberg("b")]);
    assert!(cmp.findings.len() > 10, "{} findings", cmp.findings.len());
    for f in &cmp.findings {
        assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    }
}

#[test]
fn one_article_states_everything_alone() {
    let cmp = run(vec![seed_bloomberg("a")]);
    assert!(!cmp.findings.is_empty());
    assert!(cmp.findings.iter().all(|f| f.verdict == Verdict::Unique));
}

#[test]
fn a_generic_sentence_never_contradicts_the_events_figure() {
    // ECB+ 20: "A magnitude 6 quake can cause severe damage" speaks of any such quake.
    let cmp = run(vec![
        article(
            "a",
            "2020-05-01",
            "An earthquake hit the island on Sunday. The 6.1-magnitude quake struck the island, state media said. A magnitude 6 quake can cause severe damage.",
        ),
        article(
            "b",
            "2020-05-01",
            "An earthquake hit the island on Sunday. The 6.1-magnitude quake struck the island, officials said.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_with(&cmp, "6.1-magnitude");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(!words(&cmp, f).contains(&"6"), "{f:#?}");
}

#[test]
fn an_elliptical_part_does_not_contradict_the_whole() {
    // ECB+ 41: "four from friendly fire" is four of the five soldiers, not a second toll.
    let cmp = run(vec![
        article(
            "a",
            "2020-05-01",
            "Fighting went on in the city on Wednesday. Five soldiers were killed in the fighting on Wednesday, four from friendly fire.",
        ),
        article(
            "b",
            "2020-05-01",
            "Fighting went on in the city on Wednesday. Five soldiers were killed in the fighting on Wednesday.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_with(&cmp, "Five soldiers");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    let part = finding_with(&cmp, "four");
    assert_eq!(part.verdict, Verdict::Unique);
    assert_eq!(part.topic, "soldiers killed (part of a larger count)");
}

#[test]
fn the_soldiers_killed_by_friendly_fire_are_the_part_not_the_toll() {
    // ECB+ 41 (41_4ecb, 41_8ecb): "the four Israeli soldiers killed by friendly fire" are the
    // "four from friendly fire" of the other report, not a toll against its five (it was
    // reported as a contradiction).
    let cmp = run(vec![
        article(
            "a",
            "2009-01-07",
            "Five Israeli soldiers lost their lives on Wednesday, four from friendly fire, bringing to 10 the number of Israelis who have been killed.",
        ),
        article(
            "b",
            "2009-01-07",
            "Three of the four Israeli soldiers killed by friendly fire died when a tank mistakenly fired on a building where the soldiers had taken up positions.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_with(&cmp, "four Israeli soldiers");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(f.topic, "soldiers killed (part of a larger count)");
    assert!(words(&cmp, f).contains(&"four"), "{f:#?}");
}

#[test]
fn the_same_figure_relayed_by_two_sources_pairs_before_another_figure() {
    // Both outlets relay the monitor's "at least 56"; the second also gives the activists'
    // "at least 85". The two 56s are one report and agree; the 85 is the second outlet's own.
    let cmp = run(vec![
        article(
            "a",
            "2016-07-19",
            "Children were among at least 56 civilians killed in air strikes on Tuesday near a village held by the militants, a monitor said.",
        ),
        article(
            "b",
            "2016-07-19",
            "Air strikes on two villages in the north killed at least 85 civilians on Tuesday, activists said. \
             The monitoring group said at least 56 civilians including 11 children were killed in the strikes on the villages.",
        ),
    ]);
    let f = finding_with(&cmp, "at least 85 civilians");
    assert!(!words(&cmp, f).contains(&"at least 56 civilians"), "{f:#?}");
    let agreeing: Vec<&Finding> = cmp
        .findings
        .iter()
        .filter(|f| words(&cmp, f) == ["at least 56 civilians", "at least 56 civilians"])
        .collect();
    assert_eq!(agreeing.len(), 1, "{:#?}", cmp.findings);
    assert_eq!(agreeing[0].verdict, Verdict::Agree);
}

#[test]
fn each_articles_only_count_of_one_thing_lines_up_when_the_values_match() {
    // ECB+ 41's school shelling in two outlets' words, past their openings: no word but the
    // noun is shared.
    let cmp = run(vec![
        article(
            "a",
            "2009-01-07",
            "Israeli forces shelled a UN school in Gaza. Dozens died. Residents fled north. \
             UN officials said three shells landed at the perimeter.",
        ),
        article(
            "b",
            "2009-01-07",
            "An Israeli strike hit a school run by the United Nations. Many were killed. The army \
             blamed militants. Three shells hit Fakhura, a girls elementary school in Jabalya, at \
             about 3pm on Tuesday.",
        ),
    ]);
    let f = finding_with(&cmp, "three shells");
    assert_eq!(words(&cmp, f), ["three shells", "Three shells"], "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree);
    // An event's victims are its own (ECB+ 22's plant shooting); "people" are anyone's.
    let cmp = run(vec![
        article(
            "a",
            "2010-09-10",
            "A worker opened fire at a plant. Police came. The plant closed. \
             She worked on the third floor with the three victims.",
        ),
        article(
            "b",
            "2010-09-10",
            "Gunfire erupted at a factory. Officers arrived. Staff fled. \
             Hiller knew the three victims from the mixing department.",
        ),
    ]);
    let f = finding_with(&cmp, "three victims");
    assert_eq!(words(&cmp, f).len(), 2, "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree);
    // Counts of one are left out: "of one family" twice is two families.
    let cmp = run(vec![
        article(
            "a",
            "2009-01-07",
            "At least 12 of one family were killed in an air strike on their house in Gaza City.",
        ),
        article(
            "b",
            "2009-01-07",
            "Earlier that day, a shell hit a house in the Beach refugee camp, killing at least seven members of one family.",
        ),
    ]);
    let f = finding_with(&cmp, "one family");
    assert_eq!(words(&cmp, f).len(), 1, "{f:#?}");
}

#[test]
fn a_figure_converted_to_another_unit_and_rounded_is_no_contradiction() {
    // 650 feet is 198 metres and 44,300 acres 17,928 hectares: outlets round what they
    // convert, and the two can both be true.
    let cmp = run(vec![
        article(
            "a",
            "2026-06-01",
            "The bus fell 200 metres into a gorge. The fire had scorched 44,300 acres.",
        ),
        article(
            "b",
            "2026-06-01",
            "The bus fell 650 feet into a gorge. The fire had scorched 18,000 hectares.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    assert_eq!(
        finding_with(&cmp, "200 metres").verdict,
        Verdict::Compatible
    );
    assert_eq!(
        finding_with(&cmp, "44,300 acres").verdict,
        Verdict::Compatible
    );
    // In one unit a different figure is still another figure.
    let cmp = run(vec![
        article("a", "2026-06-01", "The bus fell 200 metres into a gorge."),
        article("b", "2026-06-01", "The bus fell 190 metres into a gorge."),
    ]);
    assert_eq!(
        finding_with(&cmp, "200 metres").verdict,
        Verdict::Contradict
    );
}

#[test]
fn a_war_monitor_makes_no_strikes_toll_a_wars() {
    // AFP's way of citing the Syrian Observatory: the toll is still the bombing's.
    let cmp = run(vec![
        article(
            "a",
            "2026-06-01",
            "Barrel bombs killed at least 29 people in the town on Sunday, a war monitor said.",
        ),
        article(
            "b",
            "2026-06-02",
            "The bombing of the town on Sunday killed 32 people.",
        ),
    ]);
    let f = finding_with(&cmp, "at least 29 people");
    assert_eq!(f.claims.len(), 2, "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible);
}

#[test]
fn a_raids_seizures_and_charges_line_up_in_any_words() {
    // Masses in kilograms however written, guns and firearms, people charged or indicted.
    let cmp = run(vec![
        article(
            "a",
            "2026-06-01",
            "Police raided 140 addresses on Tuesday. They seized 400 kilograms of cocaine and \
             32 guns. Twenty-four people have been charged.",
        ),
        article(
            "b",
            "2026-06-01",
            "Police raided 140 addresses on Tuesday. Officers seized 400 kilos of cocaine and \
             32 firearms. Prosecutors charged 24 people.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    for text in ["400 kilograms", "32 guns", "Twenty-four people"] {
        let f = finding_with(&cmp, text);
        assert_eq!(f.claims.len(), 2, "{text}: {f:#?}");
        assert_eq!(f.verdict, Verdict::Agree, "{text}: {f:#?}");
    }
}

#[test]
fn now_is_no_rival_of_a_day() {
    // "have now arrested 63" tells how far the count has come; the arrests were on Tuesday.
    let cmp = run(vec![
        article(
            "wire",
            "2026-06-02",
            "British police arrested 61 people in dawn raids across six cities on Tuesday.",
        ),
        article(
            "daily",
            "2026-06-03",
            "Police have now arrested 63 people and charged 29 after a wave of dawn raids on Tuesday.",
        ),
        article(
            "intl",
            "2026-06-02",
            "In the raids sixty-one persons were arrested on Tuesday, police said.",
        ),
    ]);
    // The count that rose is the one contradiction, told with all three outlets.
    let f = finding_with(&cmp, "63 people");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert_eq!(f.claims.len(), 3, "{f:#?}");
    let contradictions: Vec<&Finding> = cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradict)
        .collect();
    assert_eq!(contradictions.len(), 1, "{contradictions:#?}");
}

#[test]
fn one_days_count_is_no_rival_of_the_days_total() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-06-08",
            "Barrel bombs killed at least 29 people in the district on Saturday and Sunday.",
        ),
        article(
            "daily",
            "2026-06-08",
            "Barrel bombs hit the district. Seventeen people were killed on Saturday and another 15 on Sunday.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_with(&cmp, "Seventeen people");
    assert!(f.topic.contains("part of a larger count"), "{f:#?}");
}

#[test]
fn customers_and_clients_seats_and_mandates_counts_and_charges_line_up() {
    // One group named by either noun, as translating outlets write it.
    let cmp = run(vec![
        article(
            "a",
            "2026-09-15",
            "Hackers stole the data of 11.2 million customers. The left bloc won 176 seats. \
             Odera was found guilty on seven counts.",
        ),
        article(
            "b",
            "2026-09-15",
            "Hackers stole the data of 11.2 million clients. The left bloc won 176 mandates. \
             Odera was found guilty on seven charges.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    for text in ["11.2 million customers", "176 seats", "seven counts"] {
        let f = finding_with(&cmp, text);
        assert_eq!(f.claims.len(), 2, "{text}: {f:#?}");
        assert_eq!(f.verdict, Verdict::Agree, "{text}: {f:#?}");
    }
}

#[test]
fn an_elections_turnout_is_one_fact_whatever_its_words() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-09-15",
            "Turnout was 83.1 percent, down from 84.2 percent four years ago, the authority said.",
        ),
        article("intl", "2026-09-15", "The participation was 81.3 percent."),
    ]);
    let f = finding_with(&cmp, "81.3 percent");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    let texts = words(&cmp, f);
    assert_eq!(texts.len(), 2, "{f:#?}");
    // The earlier turnout is no rival of this one.
    assert!(!texts.contains(&"84.2 percent"), "{f:#?}");
}

/// Three sentences of other news before the claim, so it lies past each article's opening.
const OPENING: &str = "Rain fell across the region. Roads were closed. Schools shut early. ";

#[test]
fn two_articles_only_figures_of_one_measure_contradict_past_their_openings() {
    // Worded differently and told past the opening: each article's only rainfall, and its
    // only count of arrests, are one fact told two ways.
    for (a, b, text) in [
        (
            "Officials said 180 millimetres of rain fell in 24 hours.",
            "The agency recorded 280 millimetres of rainfall.",
            "180 millimetres",
        ),
        (
            "Police have arrested 11 people.",
            "The police detained 13 people.",
            "11 people",
        ),
    ] {
        let cmp = run(vec![
            article("a", "2026-06-10", &format!("{OPENING}{a}")),
            article("b", "2026-06-10", &format!("{OPENING}{b}")),
        ]);
        let f = finding_with(&cmp, text);
        assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
        assert_eq!(words(&cmp, f).len(), 2, "{f:#?}");
    }
    // A share of a sum is no rival of the whole: more than twice apart.
    let cmp = run(vec![
        article(
            "a",
            "2026-06-10",
            &format!("{OPENING}Germany's share of the bailout is $28 billion."),
        ),
        article(
            "b",
            "2026-06-10",
            &format!("{OPENING}Greece will get a $144 billion bailout."),
        ),
    ]);
    assert_no_contradiction(&cmp);
}

#[test]
fn a_third_source_agreeing_with_one_side_does_not_hide_a_contradiction() {
    // The newspaper repeats the wire's 58 passengers and four crew; the foreign outlet's 57
    // and 5 line up with the wire's sentence. One value stated by two sources is one value:
    // the 57 and the 5 join their findings as the contradictions they are, not as findings of
    // their own.
    let opening = "A passenger plane crashed on landing at Bhairahawa on Thursday. ";
    let cmp = run(vec![
        article(
            "wire",
            "2026-03-12",
            &format!(
                "{opening}The aircraft was carrying 58 passengers and four crew members, he said."
            ),
        ),
        article(
            "daily",
            "2026-03-13",
            &format!(
                "{opening}All 62 people on board, 58 passengers and four crew, have now been accounted for."
            ),
        ),
        article(
            "intl",
            "2026-03-13",
            &format!("{opening}The aircraft carried 57 passengers and 5 crew members."),
        ),
    ]);
    for text in ["57 passengers", "5 crew"] {
        let f = finding_with(&cmp, text);
        assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
        assert_eq!(words(&cmp, f).len(), 3, "{f:#?}");
    }
}

#[test]
fn one_group_told_with_other_nouns_and_currencies_of_one_name_line_up() {
    for (a, b, text) in [
        (
            "Some 400 pupils attend the school.",
            "The school has some four hundred students.",
            "Some 400 pupils",
        ),
        (
            "Kenya will pay Sh50 million in aid.",
            "Kenya will pay 50 mln Kenyan shillings in aid.",
            "Sh50 million",
        ),
        (
            "Pakistan will spend Rs 500,000 on relief.",
            "Pakistan will spend PKR 500,000 on relief.",
            "Rs 500,000",
        ),
    ] {
        let cmp = run(vec![
            article("a", "2026-06-10", a),
            article("b", "2026-06-10", b),
        ]);
        let f = finding_with(&cmp, text);
        assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
        assert_eq!(words(&cmp, f).len(), 2, "{f:#?}");
    }
}

#[test]
fn prices_of_different_goods_stay_apart() {
    // Each story's only price: an analyst's floor for Brent and a budget's price of Urals.
    let cmp = run(vec![
        article(
            "a",
            "2026-11-30",
            "OPEC+ agreed an output cut. \"Riyadh wants a floor under prices around $70,\" said \
             Priya Sharma, an analyst.",
        ),
        article(
            "b",
            "2026-11-30",
            "OPEC+ agreed an output cut. Russian budget for 2027 is calculated on the price of \
             Urals of 59 dollars per barrel.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_with(&cmp, "around $70");
    assert!(!words(&cmp, f).contains(&"59 dollars"), "{f:#?}");
}

#[test]
fn one_distinctive_sum_told_once_as_about_it_lines_up_among_other_sums() {
    // Each outlet gives two sums in rand; the loot is "about 3.2 million" in one and "3.2 mln"
    // in the other, in sentences that share few words.
    let cmp = run(vec![
        article(
            "wire",
            "2026-03-10",
            "Five gunmen stormed the bank on Monday and escaped with about 3.2 million rand, police said. The bank offered a reward of 250,000 rand.",
        ),
        article(
            "intl",
            "2026-03-12",
            "After around two hours they fled with a booty of 3.2 mln rand. The police found a weapon and over one mln rand of the stolen money.",
        ),
    ]);
    let f = finding_with(&cmp, "about 3.2 million rand");
    assert!(words(&cmp, f).contains(&"3.2 mln rand"), "{f:?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:?}");
}

#[test]
fn dates_of_two_earlier_happenings_do_not_contradict() {
    // Round 21 (a border clash): two outlets recall two different earlier clashes; their
    // dates were a contradiction of "the date of the death".
    let cmp = run(vec![
        article(
            "a",
            "2026-03-14",
            "Troops clashed on the border on Thursday. Fighting in September 2022 killed about 100 people.",
        ),
        article(
            "b",
            "2026-03-14",
            "Troops clashed on the border on Thursday. Clashes in April 2021 killed about 55 people.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    // Dates of the story's own happening still contradict.
    let cmp = run(vec![
        article("a", "2026-03-09", "The tariff takes effect on April 1."),
        article("b", "2026-03-09", "The tariff takes effect on April 15."),
    ]);
    let f = finding_with(&cmp, "April 15");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert_eq!(f.topic, "date of the start");
}

#[test]
fn a_value_of_the_year_a_record_reaches_back_to_is_not_this_one() {
    let cmp = run(vec![
        article(
            "a",
            "2026-03-04",
            "Turnout reached 31 percent, the highest for a city election since 2011, when 34 \
             percent of voters cast ballots.",
        ),
        article(
            "b",
            "2026-03-04",
            "Turnout was about 29% of the city's registered voters.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_with(&cmp, "about 29%");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(words(&cmp, f).contains(&"31 percent"), "{f:#?}");
}

#[test]
fn a_hospital_count_beside_the_injured_lines_up_with_hospital_counts_only() {
    let cmp = run(vec![
        article(
            "a",
            "2026-06-22",
            "Two people were killed and at least 40 injured on Monday. Seven people were taken \
             to hospital.",
        ),
        article(
            "b",
            "2026-06-23",
            "Upwards of forty people were hurt, and nine were taken to hospital.",
        ),
    ]);
    let injured = finding_with(&cmp, "at least 40");
    assert_eq!(injured.verdict, Verdict::Agree, "{injured:#?}");
    assert!(words(&cmp, injured).contains(&"Upwards of forty people"));
    let hospital = finding_with(&cmp, "Seven people");
    assert!(words(&cmp, hospital).contains(&"nine"), "{hospital:#?}");
    assert_eq!(hospital.verdict, Verdict::Contradict, "{hospital:#?}");
}

#[test]
fn flats_and_apartments_families_and_households_line_up() {
    // One block of flats as two outlets name it: the same homes, the same families made
    // homeless, the same passengers hurt.
    let cmp = run(vec![
        article(
            "a",
            "2026-03-10",
            "A gas explosion tore through a block of flats on Monday. The blast flattened 14 \
             flats and left 46 households homeless. Some 40 passengers on a passing bus were hurt.",
        ),
        article(
            "b",
            "2026-03-10",
            "A gas explosion hit an apartment block on Monday. It destroyed 14 apartments, and \
             46 families are expected to need new homes. Some 40 travellers on a passing bus \
             were hurt.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    for text in ["14 flats", "46 households", "Some 40 passengers"] {
        let f = finding_with(&cmp, text);
        assert_eq!(f.claims.len(), 2, "{text}: {f:#?}");
        assert_eq!(f.verdict, Verdict::Agree, "{text}: {f:#?}");
    }
}

#[test]
fn staff_and_employees_are_one_workforce() {
    let cmp = run(vec![
        article(
            "a",
            "2026-03-10",
            "Brightline filed for bankruptcy on Monday. The company employed around 450 staff in \
             New York.",
        ),
        article(
            "b",
            "2026-03-10",
            "Brightline filed for bankruptcy on Monday. The company employed roughly 450 \
             employees in New York.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_with(&cmp, "around 450 staff");
    assert_eq!(f.claims.len(), 2, "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}
