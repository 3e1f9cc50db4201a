//! What a figure counts and measures in phrasings news writes every day: a toll a death
//! toll rose to, a move and the level it reached, a year before a happening, a number in a
//! name, a group named after a verb, and the parts a toll includes.

mod common;

use claimdiff::extract::extract;
use claimdiff::model::{Claim, Value};
use common::article;

/// Each figure of the sentence: its words, topic, and bounds.
fn figures(s: &str) -> Vec<(String, String, Option<f64>, Option<f64>)> {
    let a = article("t", "2026-06-10", s);
    extract(&a)
        .claims
        .into_iter()
        .filter_map(|c: Claim| match &c.value {
            Value::Quantity(q) => Some((
                c.span.slice(&a.text).to_string(),
                c.topic.clone(),
                q.interval.low(),
                q.interval.high(),
            )),
            _ => None,
        })
        .collect()
}

fn topic_of(s: &str, words: &str) -> String {
    let all = figures(s);
    all.iter()
        .find(|f| f.0 == words)
        .unwrap_or_else(|| panic!("no figure {words:?} in {all:?}"))
        .1
        .clone()
}

#[test]
fn a_death_toll_that_rose_counts_the_dead_whatever_stands_nearer() {
    let s = "The death toll from the shooting rose to seven on Sunday.";
    assert_eq!(topic_of(s, "seven"), "people killed");
    let s = "The death toll from the bombing rose to 34, as more of the critically wounded \
             succumbed to their injuries.";
    assert_eq!(topic_of(s, "34"), "people killed");
    let s = "The number of those injured climbed to 230.";
    assert_eq!(topic_of(s, "230"), "people injured");
}

#[test]
fn a_move_and_the_level_it_reached_are_two_figures() {
    let s = "Goldman Sachs raised its Brent forecast by $4 to $76 a barrel.";
    let all = figures(s);
    assert!(
        all.iter().any(|f| f.0 == "$4" && f.2 == Some(4.0)),
        "{all:?}"
    );
    assert!(
        all.iter().any(|f| f.0 == "$76" && f.2 == Some(76.0)),
        "{all:?}"
    );
    let all = figures("Shares rose 5 cents to $12.40.");
    assert!(all.iter().any(|f| f.0 == "$12.40"), "{all:?}");
    // A range of a change is still a range.
    let all = figures("Exports fell by 10 to 15 percent.");
    assert_eq!((all[0].2, all[0].3), (Some(10.0), Some(15.0)), "{all:?}");
}

#[test]
fn a_year_before_a_happening_and_a_number_in_a_name_count_nothing() {
    let all = figures("It was the 2019 shooting at a Walmart that killed 23 people.");
    assert!(all.iter().all(|f| f.0 != "2019"), "{all:?}");
    let all = figures("The crash on Highway 401 killed 12 people.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "12 people");
    let all = figures("Rescue 1122 spokesman Farooq Ahmed said 14 people were killed.");
    assert_eq!(all.len(), 1, "{all:?}");
}

#[test]
fn a_day_word_is_no_counted_noun() {
    assert_eq!(
        topic_of("The toll rose to 15 yesterday.", "15"),
        "people killed"
    );
}

#[test]
fn a_group_named_after_another_verb_is_no_measure_of_the_count() {
    let s = "More than 200 rescuers searched for the missing skier.";
    assert_eq!(topic_of(s, "More than 200 rescuers"), "rescuers");
    // "of the wounded" still names the group a part is of.
    let s = "Fifteen of the wounded were in critical condition.";
    assert!(topic_of(s, "Fifteen").starts_with("people injured"));
}

#[test]
fn what_the_dead_include_is_a_part() {
    let s = "The dead include nine civilians, two police officers and all four gunmen.";
    assert_eq!(
        topic_of(s, "nine civilians"),
        "civilians killed (part of a larger count)"
    );
}

#[test]
fn thousands_set_apart_by_spaces_before_things_or_a_scale() {
    let all = figures("Revenue was 2 950 bn yen.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].2, Some(2_950_000_000_000.0), "{all:?}");
    let all = figures("Deliveries fell to 781 000 vehicles.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].2, Some(781_000.0), "{all:?}");
}

#[test]
fn a_count_before_a_verb_with_a_pronoun_object_is_the_agent() {
    let s = "Two officers shot him outside the store.";
    assert_eq!(topic_of(s, "Two officers"), "officers");
    // Headlines list tolls without commas: the count after the verb is no object.
    let s = "Three people killed five injured.";
    assert_eq!(topic_of(s, "Three people"), "people killed");
}

#[test]
fn a_count_that_leaves_a_group_out_is_a_part_of_the_toll() {
    let s = "Eleven persons lost their lives, without counting the four assailants.";
    assert_eq!(
        topic_of(s, "Eleven persons"),
        "persons killed (part of a larger count)"
    );
    let s = "The attack killed 20 people, not including the attackers.";
    assert_eq!(
        topic_of(s, "20 people"),
        "people killed (part of a larger count)"
    );
    let s = "The attack killed 20 people, including five children.";
    assert_eq!(topic_of(s, "20 people"), "people killed");
}

#[test]
fn days_of_a_date_written_day_first_are_no_counts() {
    for s in [
        "Italy held a vote. They voted on 22 and 23 March.",
        "Italy mourned. The President declared national mourning from 14 to 16 October.",
    ] {
        let all = figures(s);
        assert!(all.is_empty(), "{s}: {all:?}");
    }
}

#[test]
fn measures_told_in_other_words() {
    for (s, words, topic) in [
        (
            "Nearly 3,500 people were moved to relief camps.",
            "Nearly 3,500 people",
            "people displaced",
        ),
        (
            "About 200 residents were shifted to safe places.",
            "About 200 residents",
            "residents displaced",
        ),
        (
            "A total of 243 people were admitted to hospitals.",
            "243 people",
            "people hospitalised",
        ),
        (
            "Eleven persons lost their life.",
            "Eleven persons",
            "persons killed",
        ),
        (
            "Six people are still disappeared.",
            "Six people",
            "people missing",
        ),
        (
            "Two of the victims died.",
            "Two",
            "people killed (part of a larger count)",
        ),
    ] {
        assert_eq!(topic_of(s, words), topic, "{s}");
    }
    // What a council is split into is no toll.
    let all = figures("The council will be split into two bodies.");
    assert!(all.iter().all(|f| !f.1.contains("killed")), "{all:?}");
    assert_eq!(
        topic_of("Rescuers recovered 12 bodies from the rubble.", "12"),
        "people killed"
    );
}

#[test]
fn a_gas_explosion_is_an_accident_and_tornadoes_a_disaster() {
    let a = article(
        "t",
        "2026-11-12",
        "A gas explosion destroyed an apartment block on Wednesday. A string of tornadoes tore \
         through Arkansas on Sunday night.",
    );
    let topics: Vec<String> = extract(&a)
        .claims
        .into_iter()
        .filter(|c| matches!(c.value, Value::Date(_)))
        .map(|c| c.topic)
        .collect();
    assert!(topics[0].starts_with("date of the accident"), "{topics:?}");
    assert!(topics[1].starts_with("date of the disaster"), "{topics:?}");
}

#[test]
fn a_value_compared_with_an_earlier_one_keeps_its_own_time() {
    let s = "Turnout was 46.9%, well below the 65.5% recorded at the last constitutional \
             referendum in 2016.";
    assert_eq!(topic_of(s, "46.9%"), "turnout in percent");
    let s = "Sales were $5 billion, up from $4 billion in 2024.";
    assert_eq!(topic_of(s, "$5 billion"), "revenue in USD");
    assert_eq!(topic_of(s, "$4 billion"), "earlier revenue in USD");
}

#[test]
fn bare_rupees_are_the_currency_of_the_story_s_country() {
    let s = "A gas blast in Lahore killed 12 people. Pakistan's government announced \
             compensation of Rs1 million for the family of each deceased.";
    assert_eq!(topic_of(s, "Rs1 million"), "damages in PKR");
    let s = "A bus fell into a gorge near Mumbai. The state announced Rs 5 lakh for each family.";
    assert_eq!(topic_of(s, "Rs 5 lakh"), "payout per family in INR");
}

#[test]
fn a_nationality_counts_people_and_an_adjective_before_a_thing_does_not() {
    assert_eq!(
        topic_of("Two Chinese were among the dead.", "Two Chinese"),
        "chinese killed (part of a larger count)"
    );
    assert_eq!(
        topic_of(
            "Three Chinese companies won contracts.",
            "Three Chinese companies"
        ),
        "chinese companies"
    );
    // "Poles" is no nationality to count: poles are things as often.
    assert_eq!(
        topic_of(
            "The storm downed 300 poles and cut power to 40,000 homes.",
            "300 poles"
        ),
        "poles"
    );
}

/// The bounds of the figure with these words.
fn bounds_of(s: &str, words: &str) -> (Option<f64>, Option<f64>) {
    let all = figures(s);
    let f = all
        .iter()
        .find(|f| f.0 == words)
        .unwrap_or_else(|| panic!("no figure {words:?} in {all:?}"));
    (f.2, f.3)
}

#[test]
fn scales_written_glued_or_abbreviated_scale_the_number() {
    assert_eq!(
        bounds_of("The club paid £73.5million for him.", "£73.5million"),
        (Some(73_500_000.0), Some(73_500_000.0))
    );
    assert_eq!(
        bounds_of("They pledged two bln dollars.", "two bln dollars"),
        (Some(2e9), Some(2e9))
    );
    let (low, _) = bounds_of("The gang took over one mln rand.", "over one mln rand");
    assert_eq!(low, Some(1e6));
}

#[test]
fn an_ordinal_or_a_unit_of_time_in_a_hyphenated_compound_is_no_fraction_nor_length() {
    let s = "Two third-stage failures in 13 months hurt the agency.";
    assert!(
        figures(s).iter().all(|f| f.2 != Some(2.0 / 3.0)),
        "{:?}",
        figures(s)
    );
    let a = article("t", "2026-06-10", "He scored two second-half goals.");
    assert!(
        extract(&a)
            .claims
            .iter()
            .all(|c| !matches!(c.value, Value::Duration(_))),
        "{:?}",
        extract(&a).claims
    );
}

#[test]
fn hospital_treatment_is_a_hospital_count_and_a_gunpoint_hold_a_hostage_taking() {
    // Compare reads a hospital count as the injured where its article counts no injured
    // (`compare/hospitalised.rs`).
    assert_eq!(
        topic_of(
            "43 civilians had needed hospital treatment, officials said.",
            "43 civilians"
        ),
        "civilians hospitalised"
    );
    assert_eq!(
        topic_of(
            "14 people were held at gunpoint for two hours.",
            "14 people"
        ),
        "people kidnapped"
    );
}

#[test]
fn a_noun_of_people_within_a_name_is_no_counted_noun() {
    assert_eq!(
        topic_of(
            "Power was cut to some 120,000 National Grid customers on Monday.",
            "some 120,000 National Grid customers"
        ),
        "customers"
    );
    assert_eq!(
        topic_of(
            "About 200 National Guard members were deployed.",
            "About 200 National Guard members"
        ),
        "members"
    );
    // A headline's title case keeps its nouns of people.
    assert_eq!(
        topic_of("Three People Killed In Ambush", "Three People"),
        "people killed"
    );
}

#[test]
fn the_stranded_are_a_count_of_people_and_bare_shillings_take_the_story_s_country() {
    assert_eq!(
        topic_of(
            "About 35,000 passengers were left stranded abroad.",
            "About 35,000 passengers"
        ),
        "passengers stranded"
    );
    assert_eq!(
        topic_of(
            "A Nairobi court fined him 588 million shillings. Kenya's anti-graft agency welcomed it.",
            "588 million shillings"
        ),
        "fine in KES"
    );
}

#[test]
fn who_flees_the_police_is_no_one_displaced() {
    assert_eq!(
        topic_of(
            "The protests followed the deaths of two teenagers fleeing police.",
            "two teenagers"
        ),
        "teenagers killed"
    );
    assert_eq!(
        topic_of(
            "About 2,000 residents fled the fighting on Monday.",
            "About 2,000 residents"
        ),
        "residents displaced"
    );
}

#[test]
fn a_market_index_is_a_name_and_the_best_part_of_a_number_lies_just_under_it() {
    for s in [
        "The sell-off wiped $2.1 trillion from the value of S&P 500 companies.",
        "Utilities in the S&P 500 rose 0.6%.",
        "The FTSE 100 fell 2% on Monday.",
        "Japan's Nikkei 225 dropped 3%.",
        "The Russell 2000 index of small caps slid 4%.",
    ] {
        let all = figures(s);
        assert_eq!(all.len(), 1, "{s}: {all:?}");
        assert!(
            all[0].0.starts_with('$') || all[0].0.ends_with('%'),
            "{all:?}"
        );
    }
    // The small caps' fall is this day's, not an earlier one of 2000.
    assert_eq!(
        topic_of("The Russell 2000 index of small caps slid 4%.", "4%"),
        "small caps fall in percent"
    );
    let all = figures("The best part of 200 people were evacuated.");
    assert_eq!(all[0].0, "The best part of 200 people");
    assert!(
        all[0].2.is_some_and(|l| l < 200.0) && all[0].3 == Some(200.0),
        "{all:?}"
    );
}

#[test]
fn a_year_s_level_a_census_of_a_year_a_manner_and_a_multiple_count_nothing() {
    for s in [
        "Ridership is still about 15 per cent below 2019 levels.",
        "Elephants number about 36,000, according to a 2021 national census.",
        "McKeown, a three-time Olympic champion, won 12 races.",
        "Each of the 40 workers gets a one-off payment.",
        "He said infections were three to four times the 4,213 confirmed cases.",
    ] {
        let all = figures(s);
        assert_eq!(all.len(), 1, "{s}: {all:?}");
    }
}

#[test]
fn a_part_of_the_dead_told_by_a_relative_clause_is_a_part_and_over_60_their_age() {
    let all = figures("Five of the seven people who died were over 60.");
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(all[0].0, "Five");
    assert_eq!(all[0].1, "");
    assert_eq!(all[1].0, "seven people");
    assert_eq!(all[1].1, "people killed");
    // A count said with "were over": no age.
    assert_eq!(
        topic_of("Casualties were over 60.", "over 60"),
        "people casualties"
    );
}

#[test]
fn a_time_told_by_the_hour_hand_counts_nothing() {
    for s in [
        "The canopy collapsed shortly before twenty to six on Monday, killing 2 people.",
        "The lights went out shortly before a quarter to eight, trapping 40 cars.",
        "The tanker was surrounded at twenty past six by 5 boats.",
        "He rang at half past ten and again at twenty-five past eleven, 3 times.",
    ] {
        let all = figures(s);
        assert_eq!(all.len(), 1, "{s}: {all:?}");
    }
    // A range of counts is still a range.
    let all = figures("Five to six people were hurt.");
    assert_eq!((all[0].2, all[0].3), (Some(5.0), Some(6.0)), "{all:?}");
}

#[test]
fn over_of_a_verb_is_no_bound() {
    let all = figures("The jackpot had rolled over 38 times.");
    assert_eq!((all[0].2, all[0].3), (Some(38.0), Some(38.0)), "{all:?}");
    let all = figures("The militants handed over 12 rifles.");
    assert_eq!((all[0].2, all[0].3), (Some(12.0), Some(12.0)), "{all:?}");
    let all = figures("Police seized over 12 rifles.");
    assert_eq!((all[0].2, all[0].3), (Some(12.0), None), "{all:?}");
}

#[test]
fn the_jailed_are_convicted_not_arrested() {
    assert_eq!(
        topic_of(
            "Five people were convicted in that case and jailed.",
            "Five people"
        ),
        "people convicted"
    );
    assert_eq!(
        topic_of("Police arrested three people.", "three people"),
        "people arrested"
    );
}
