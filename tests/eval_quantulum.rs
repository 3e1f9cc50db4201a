//! Figure value F1 on the quantulum3 gold set (../shared/corpus/quantulum3-tests, MIT).
//!
//! Each sentence is its own article. A gold quantity is found when a claim's span overlaps its
//! surface form and the claim's value equals the gold value: the estimate of a figure or a
//! duration (its TIMEX3 amount), or the first year of a year or decade. Claims that name no single value ("dozens") count as
//! false positives. The gold marks quantities, not dates: a date claim ("last year", "2 pm")
//! counts only where it overlaps a gold quantity. Run `cargo test --release --test eval_quantulum -- --nocapture` to see
//! the figures and each miss.

mod common;

use claimdiff::extract::extract;
use claimdiff::model::{Article, Claim, Granularity, Value};

#[derive(serde::Deserialize)]
struct Case {
    req: String,
    res: Vec<Gold>,
}

#[derive(serde::Deserialize)]
struct Gold {
    surface: String,
    value: f64,
}

fn value_of(c: &Claim) -> Option<f64> {
    match &c.value {
        Value::Quantity(q) => q.estimate,
        // The normalized amount: "P4Y" → 4, "PT3.5H" → 3.5.
        Value::Duration(d) => d
            .timex
            .trim_start_matches(['P', 'T'])
            .trim_end_matches(char::is_alphabetic)
            .parse()
            .ok(),
        // A year or decade counts by its first year ("the end of the 1960s" → 1960).
        Value::Date(d) if d.granularity == Granularity::Decade => {
            d.timex.parse::<f64>().ok().map(|t| t * 10.0)
        }
        Value::Date(d) => d.start.as_deref()?.get(..4)?.parse().ok(),
        _ => None,
    }
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

#[test]
fn figure_value_f1_is_at_least_90() {
    let Some(dir) = common::corpus("quantulum3-tests") else {
        return;
    };
    let data = std::fs::read_to_string(dir.join("quantities.json")).expect("quantities.json reads");
    let cases: Vec<Case> = serde_json::from_str(&data).expect("quantities.json parses");
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (n, case) in cases.iter().enumerate() {
        let article = Article::from_text(format!("q{n}"), case.req.clone());
        let claims = extract(&article).claims;
        let mut used = vec![false; claims.len()];
        for g in &case.res {
            let Some(start) = case.req.find(&g.surface) else {
                fn_ += 1;
                continue;
            };
            let end = start + g.surface.len();
            let hit = claims.iter().enumerate().position(|(i, c)| {
                !used[i]
                    && c.span.start() < end
                    && start < c.span.end()
                    && value_of(c).is_some_and(|v| same(v, g.value))
            });
            match hit {
                Some(i) => {
                    used[i] = true;
                    tp += 1;
                }
                None => {
                    fn_ += 1;
                    eprintln!("miss: {:?} = {} in {:?}", g.surface, g.value, case.req);
                }
            }
        }
        for (i, c) in claims.iter().enumerate() {
            // The gold marks quantities, not dates: a date claim is scored only where the
            // gold reads its number as a quantity ("1960" in "the 1960s").
            let date = matches!(c.value, Value::Date(_));
            let on_gold = case.res.iter().any(|g| {
                case.req
                    .find(&g.surface)
                    .is_some_and(|s| c.span.start() < s + g.surface.len() && s < c.span.end())
            });
            if !used[i] && (!date || on_gold) {
                fp += 1;
                eprintln!(
                    "extra: {:?} = {:?} in {:?}",
                    c.span.slice(&article.text),
                    value_of(c),
                    case.req
                );
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "quantulum3 figure value: P {:.1} R {:.1} F1 {:.1} (tp {tp}, fp {fp}, fn {fn_})",
        100.0 * p,
        100.0 * r,
        100.0 * f1
    );
    assert!(f1 >= 0.90, "figure value F1 {:.1} is below 90", 100.0 * f1);
}
