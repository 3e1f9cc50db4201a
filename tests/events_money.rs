//! Money, shares and measures on constructed events (tests/fixtures/events/money/): each
//! event is told by a wire service, a newspaper, a broadcaster and a non-native English
//! outlet, in different currencies, roundings and words. What a careful fact-checker reports
//! was decided before claimdiff ran on them.

mod common;

use claimdiff::model::{Comparison, Finding, Verdict};
use common::{article, run, words};

/// Extracts and compares one event of tests/fixtures/events/money/.
fn event(name: &str) -> Comparison {
    common::constructed_event("money", name, 4)
}

/// Each claim of a finding as (source, words).
fn claims<'a>(cmp: &'a Comparison, f: &Finding) -> Vec<(&'a str, &'a str)> {
    f.claims
        .iter()
        .map(|&i| cmp.claims[i].source.as_str())
        .zip(words(cmp, f))
        .collect()
}

/// The finding that holds the claim of `source` with these words.
fn finding<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    cmp.findings
        .iter()
        .find(|f| claims(cmp, f).contains(&(source, text)))
        .unwrap_or_else(|| panic!("no finding holds {source}: {text:?}: {:#?}", cmp.findings))
}

/// Asserts the finding holding (`source`, `text`) has `verdict` and holds each of `with`,
/// and none of `without`.
fn check(
    cmp: &Comparison,
    (source, text): (&str, &str),
    verdict: Verdict,
    with: &[(&str, &str)],
    without: &[(&str, &str)],
) {
    let f = finding(cmp, source, text);
    let held = claims(cmp, f);
    assert_eq!(f.verdict, verdict, "{text}: {held:?}");
    for c in with {
        assert!(
            held.contains(c),
            "{text} should be lined up with {c:?}: {held:?}"
        );
    }
    for c in without {
        assert!(
            !held.contains(c),
            "{text} must not be lined up with {c:?}: {held:?}"
        );
    }
}

fn no_contradiction(cmp: &Comparison) {
    for f in &cmp.findings {
        assert_ne!(f.verdict, Verdict::Contradict, "{:?}", claims(cmp, f));
    }
}

#[test]
fn acquisition_in_three_currencies() {
    let cmp = event("acquisition");
    // The deal's value, in four wordings; the price per share, the sales and the pound and
    // euro restatements are other things.
    check(
        &cmp,
        ("wire", "$3.5 billion"),
        Verdict::Compatible,
        &[
            ("newspaper", "$3.5bn"),
            ("broadcaster", "about $3.5 billion"),
            ("foreign", "3.5 billion US dollars"),
        ],
        &[("wire", "$42.50"), ("wire", "$1.2 billion")],
    );
    assert_eq!(finding(&cmp, "wire", "$3.5 billion").topic, "deal in USD");
    check(
        &cmp,
        ("wire", "$42.50"),
        Verdict::Agree,
        &[
            ("newspaper", "$42.50"),
            ("broadcaster", "$42.50"),
            ("foreign", "42.50 dollars"),
        ],
        &[],
    );
    check(
        &cmp,
        ("wire", "28 percent"),
        Verdict::Agree,
        &[("newspaper", "28%"), ("foreign", "28 per cent")],
        &[],
    );
    // The buyer's shares fell, the target's rose: two facts, never one contradiction.
    check(
        &cmp,
        ("wire", "4.1 percent"),
        Verdict::Compatible,
        &[("newspaper", "4%"), ("foreign", "4.1 per cent")],
        &[("wire", "22 percent"), ("newspaper", "21%")],
    );
    check(
        &cmp,
        ("wire", "22 percent"),
        Verdict::Agree,
        &[("foreign", "22 per cent")],
        &[("wire", "4.1 percent")],
    );
    // Last year's sales, told with "last year" in every sentence: still lined up.
    check(
        &cmp,
        ("wire", "$1.2 billion"),
        Verdict::Agree,
        &[("newspaper", "$1.2bn"), ("foreign", "1.2 billion dollars")],
        &[("newspaper", "$1.12bn")],
    );
    // The enterprise value (debt included) is not the price paid for the shares.
    check(
        &cmp,
        ("newspaper", "$3.5bn"),
        Verdict::Compatible,
        &[],
        &[("newspaper", "$4.1bn"), ("wire", "about $4.1 billion")],
    );
    no_contradiction(&cmp);
}

#[test]
fn quarterly_earnings_against_last_year_and_a_rival() {
    let cmp = event("earnings");
    // Revenue in four roundings; the rival's revenue is another company's.
    check(
        &cmp,
        ("wire", "4.1 billion euros"),
        Verdict::Compatible,
        &[
            ("newspaper", "€4.1bn"),
            ("broadcaster", "4.12 billion euros"),
            ("foreign", "4.1 billion euros"),
        ],
        &[("broadcaster", "2.2 billion euros")],
    );
    // This year's profit and last year's are two facts. The newspaper's "€521m" is the
    // others' 512 million with two digits swapped: the contradiction a fact-checker wants.
    check(
        &cmp,
        ("wire", "512 million euros"),
        Verdict::Contradict,
        &[("foreign", "512 million euros"), ("newspaper", "€521m")],
        &[("wire", "430 million euros"), ("newspaper", "€430m")],
    );
    assert_eq!(
        finding(&cmp, "wire", "512 million euros").topic,
        "profit in EUR"
    );
    check(
        &cmp,
        ("wire", "430 million euros"),
        Verdict::Agree,
        &[("foreign", "430 million euros"), ("newspaper", "€430m")],
        &[("foreign", "512 million euros")],
    );
    // A rise of 19 percent, "nearly a fifth" in words.
    check(
        &cmp,
        ("wire", "19 percent"),
        Verdict::Compatible,
        &[("broadcaster", "nearly a fifth"), ("foreign", "19 percent")],
        &[("wire", "6.2 percent")],
    );
    check(
        &cmp,
        ("wire", "6.2 percent"),
        Verdict::Compatible,
        &[("newspaper", "6%"), ("foreign", "6.2 percent")],
        &[],
    );
    // The shares' rise; the rival's 4% fall in profit is not "almost 4%".
    check(
        &cmp,
        ("wire", "3.8 percent"),
        Verdict::Compatible,
        &[("newspaper", "almost 4%"), ("broadcaster", "3.8%")],
        &[("broadcaster", "4%")],
    );
    // The outlook is a forecast, not the quarter's growth.
    check(
        &cmp,
        ("wire", "5-7 percent"),
        Verdict::Agree,
        &[("foreign", "between 5 and 7 percent")],
        &[("wire", "6.2 percent")],
    );
    check(
        &cmp,
        ("wire", "0.45 euros"),
        Verdict::Agree,
        &[("foreign", "0.45 euros")],
        &[("wire", "0.40 euros")],
    );
    let contradicted: Vec<_> = cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradict)
        .map(|f| claims(&cmp, f))
        .collect();
    assert_eq!(contradicted.len(), 1, "{contradicted:?}");
}

#[test]
fn election_shares_turnout_and_margin() {
    let cmp = event("election");
    // Turnout is a share of its own: not the first round's, not a candidate's. The
    // newspaper's "64.1%" is the others' 61.4 with two digits swapped: a contradiction.
    check(
        &cmp,
        ("wire", "61.4 percent"),
        Verdict::Contradict,
        &[
            ("foreign", "61.4 percent"),
            ("broadcaster", "Around 61%"),
            ("newspaper", "64.1%"),
        ],
        &[("wire", "53 percent"), ("wire", "52.3 percent")],
    );
    assert_eq!(
        finding(&cmp, "wire", "61.4 percent").topic,
        "turnout in percent"
    );
    check(
        &cmp,
        ("wire", "53 percent"),
        Verdict::Agree,
        &[("foreign", "53 percent")],
        &[],
    );
    // The loser's share, rounded by the broadcaster, apart from the winner's.
    check(
        &cmp,
        ("wire", "47.7 percent"),
        Verdict::Compatible,
        &[("broadcaster", "48%"), ("newspaper", "47.7%")],
        &[("broadcaster", "52%"), ("newspaper", "52.3%")],
    );
    check(
        &cmp,
        ("wire", "52.3 percent"),
        Verdict::Compatible,
        &[("broadcaster", "52%")],
        &[("broadcaster", "48%")],
    );
    // A margin in percentage points is no share.
    let margin = finding(&cmp, "newspaper", "just over four percentage points");
    assert_eq!(margin.verdict, Verdict::Unique);
    assert_eq!(margin.topic, "margin in percentage points");
    let contradicted = cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradict)
        .count();
    assert_eq!(contradicted, 1);
}

#[test]
fn quake_magnitude_depth_and_distance() {
    let cmp = event("quake");
    // Depth in km and kilometres; never lined up with the distance.
    check(
        &cmp,
        ("wire", "35 km"),
        Verdict::Agree,
        &[("newspaper", "35 kilometres"), ("foreign", "35 kilometres")],
        &[("wire", "about 60 km"), ("newspaper", "60 kilometres")],
    );
    assert!(
        finding(&cmp, "wire", "35 km")
            .topic
            .starts_with("depth in ")
    );
    check(
        &cmp,
        ("wire", "about 60 km"),
        Verdict::Compatible,
        &[("newspaper", "60 kilometres"), ("broadcaster", "60km")],
        &[("foreign", "170 kilometres")],
    );
    check(
        &cmp,
        ("wire", "22 miles"),
        Verdict::Compatible,
        &[("broadcaster", "22 miles")],
        &[],
    );
    // The main shock's magnitude; an aftershock's and an earlier quake's are others.
    check(
        &cmp,
        ("newspaper", "6.1"),
        Verdict::Agree,
        &[("broadcaster", "6.1-magnitude")],
        &[("wire", "4.8"), ("wire", "8.0")],
    );
    no_contradiction(&cmp);
}

#[test]
fn two_quakes_distances_from_one_city_do_not_contradict() {
    // ECB+ 37: a story of two quakes gives each one's distance from Manokwari.
    let cmp = run(vec![
        article(
            "a",
            "2009-01-04",
            "The quake struck off the coast, 75 kilometers (50 miles) west of the main city of Manokwari, the U.S. Geological Survey said.",
        ),
        article(
            "b",
            "2009-01-04",
            "The quake's epicenter was about 85 miles (135 kilometers) from Manokwari, the U.S. Geological Survey said.",
        ),
    ]);
    no_contradiction(&cmp);
}

#[test]
fn a_fall_at_the_close_is_not_the_fall_during_the_day() {
    // ECB+ 8: "plunged 5.4 per cent" during the day, "closed down 3.9 percent".
    let cmp = run(vec![
        article(
            "a",
            "2010-05-05",
            "Markets reacted to the violence with alarm as Greek stocks plunged 5.4 per cent.",
        ),
        article(
            "b",
            "2010-05-05",
            "Markets reacted with alarm as Greek stocks closed down 3.9 percent.",
        ),
    ]);
    no_contradiction(&cmp);
    let f = finding(&cmp, "b", "3.9 percent");
    assert_eq!(f.topic, "shares fall at close in percent");
}

#[test]
fn this_year_and_last_year_line_up_apart() {
    let cmp = run(vec![
        article(
            "a",
            "2026-10-22",
            "Norvik said net profit rose to 512 million euros from 430 million euros a year earlier.",
        ),
        article(
            "b",
            "2026-10-22",
            "Norvik said its net profit was 430 million euros in the same quarter last year and 512 million euros now.",
        ),
    ]);
    no_contradiction(&cmp);
    check(
        &cmp,
        ("a", "512 million euros"),
        Verdict::Agree,
        &[("b", "512 million euros")],
        &[],
    );
}

#[test]
fn changes_of_unnamed_things_need_more_than_a_shared_verb() {
    // "Exports" and "imports" name nothing claimdiff knows: two falls of different things in
    // like sentences are no contradiction.
    let cmp = run(vec![
        article(
            "a",
            "2026-02-10",
            "Figures released on Tuesday showed that exports fell 3 percent in January.",
        ),
        article(
            "b",
            "2026-02-10",
            "Figures released on Tuesday showed that imports fell 5 percent in January.",
        ),
    ]);
    no_contradiction(&cmp);
}

#[test]
fn one_sum_told_once_late_in_each_article_lines_up() {
    // "$300 million" comes late in each article, beside another sum of no named measure
    // ("$90 million"), in sentences that share little but the lender's name: each article
    // states it once, so it is one fact.
    let cmp = run(vec![
        article(
            "a",
            "2026-03-12",
            "Kenya signed a $1.2 billion deal on Wednesday to build a solar plant in Marsabit. \
             The 500MW plant will be the largest in East Africa. Construction starts this year. \
             Its panels, made in China, cost $400 million. \
             The African Development Bank is lending $300 million, with the rest coming from \
             commercial banks in the Gulf.",
        ),
        article(
            "b",
            "2026-03-12",
            "Kenya on Wednesday signed a deal worth $1.2 billion for a solar farm in the north. \
             The plant is to produce 500 megawatts. Work is due to begin within months. \
             A new road to the site will need $90 million more. \
             The financing will come from a consortium including the African Development \
             Bank, which has committed $300 million, and a group of Gulf lenders.",
        ),
    ]);
    no_contradiction(&cmp);
    check(
        &cmp,
        ("a", "$300 million"),
        Verdict::Agree,
        &[("b", "$300 million")],
        &[],
    );
}

#[test]
fn one_sum_in_words_that_share_nothing_stays_apart() {
    // The same sum of two different thefts, each beside another sum, in sentences with no
    // word in common.
    let cmp = run(vec![
        article(
            "a",
            "2013-08-06",
            "Four men rammed their car into a jewellery store in central Paris on Monday. \
             Police said the thieves fled in a second car. Nobody was hurt. \
             The watches alone were worth $900,000. \
             Paris thieves nab $2.5 million worth of jewellery.",
        ),
        article(
            "b",
            "2013-08-06",
            "Four robbers smashed their way into a Paris jewelry store on Monday. \
             They escaped before police arrived. No injuries were reported. \
             The shop had reopened after a $400,000 refit in May. \
             Days later a $2.5 million necklace was lifted by a crook at a movie party.",
        ),
    ]);
    check(
        &cmp,
        ("a", "$2.5 million"),
        Verdict::Unique,
        &[],
        &[("b", "$2.5 million")],
    );
}
