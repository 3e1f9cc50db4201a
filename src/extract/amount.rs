//! What a sum of money, a share or a length measures, from the words around it: "revenue
//! rose 6.2 percent" (a rise in revenue), "a net profit of €521m" (profit), "from 430 million
//! euros a year earlier" (an earlier profit), "a 28% premium", "turnout of 64.1%", "at a depth
//! of 35 km", "60 km southwest of" (a distance). Figures of different measures are never
//! lined up: a deal's value is not compared with its price per share, this year's profit with
//! last year's, a fall in one company's shares with a rise in another's, a quake's depth with
//! its distance.

use crate::extract::lexicon::lexicon;
use crate::extract::payee::payee_after;
use crate::extract::token_starts::strip_possessive;
use crate::extract::words::Words;
use crate::model::Value;

/// Tokens read before a figure for what it measures.
const LEFT_REACH: usize = 12;
/// Tokens read after a figure for "per share", a direction or an earlier time.
const RIGHT_REACH: usize = 6;

/// Measures that only lengths have.
const LENGTH_MEASURES: [&str; 6] = [
    "depth",
    "distance",
    "height",
    "storm surge",
    "rainfall",
    "snowfall",
];

/// What a figure of `unit` (a currency code, "percent", "percentage points" or a length)
/// from token `first` to `last` measures, or `None` for other units or when no word says.
pub fn amount_measure(w: &Words, first: usize, last: usize, unit: &str) -> Option<String> {
    if !measures_amounts(unit) {
        return None;
    }
    let length = is_length(unit);
    if is_speed(unit) || length && per_hour_after(w, last) {
        return Some(speed_measure(w, first).to_string());
    }
    let percent = unit.starts_with("percent");
    let mut found = Found {
        percent,
        // "brought down 70 percent of the network": a share of something is a level.
        share_of: percent && w.low(last + 1) == "of",
        // "100,000 taka to each victim's family": a sum shared out is a sum per payee,
        // whatever it is called (compensation, aid, a payment).
        payee: if percent || length {
            None
        } else {
            payee_after(w, last)
        },
        ..Found::default()
    };
    // "a quarter of a million dollars' bail": the possessive's apostrophe is the sum's.
    let last = if matches!(w.raw(last + 1), "'" | "’") && w.glued(last + 1) {
        last + 1
    } else {
        last
    };
    // "some 350 meters (1,150 feet) below the surface": the words after a conversion in
    // brackets say what both measure.
    read_right(
        w,
        converted_in_brackets(w, last).unwrap_or(last),
        length,
        &mut found,
    );
    read_left(w, first, length, &mut found);
    // "52.6% of valid votes against 47.4% for No": the other side of a vote, no earlier level.
    if first >= 1 && w.low(first - 1) == "against" && w.low(last + 1) == "for" {
        found.earlier = false;
    }
    // "Cascade stock closed up 2.4 per cent at $40.12", "shares rose to $40.05 in afternoon
    // trading": a price of shares is named by the moment of trading it was struck at.
    if !percent
        && !length
        && matches!(found.noun, None | Some("shares"))
        && let Some(moment) = trading_moment(w, first).or_else(|| during_trading(w, last))
    {
        found.noun = Some(moment);
    }
    found.measure()
}

/// The moment of trading a price "at" is of, told by the nearest verb of its clause:
/// "Arvane closed its first session on Thursday at $45.60" (the closing price), "opened
/// yesterday at $46.50", "had been priced on Wednesday night at $38" (the offer price).
fn trading_moment(w: &Words, first: usize) -> Option<&'static str> {
    if first < 2 || w.low(first - 1) != "at" {
        return None;
    }
    for k in (first.saturating_sub(LEFT_REACH)..first - 1).rev() {
        let low = w.low(k);
        // "closed up 2.4 per cent at $40.12": the day's change told on the way.
        let change = w.is_number(k) && matches!(w.low(k + 1), "percent" | "%" | "per" | "pc");
        if ends_clause(low) || (w.is_number(k) && !change) {
            return None;
        }
        let moment = match low {
            "opened" | "opens" | "debuted" => "opening price",
            "closed" | "closes" | "ended" | "ends" | "finished" | "finishes" => "closing price",
            "priced" => "offer price",
            _ => continue,
        };
        return Some(moment);
    }
    None
}

/// "$40.05 in afternoon trading", "in early trade", "in intraday deals": a price struck
/// during the session, not at its close, after the figure ending at `last`.
fn during_trading(w: &Words, last: usize) -> Option<&'static str> {
    let k = last + 1;
    if w.low(k) != "in" {
        return None;
    }
    let session = |j: usize| matches!(w.low(j), "trading" | "trade" | "deals" | "dealings");
    let during = matches!(
        w.low(k + 1),
        "afternoon" | "morning" | "early" | "late" | "midday" | "intraday" | "lunchtime"
    ) && session(k + 2);
    during.then_some("intraday price")
}

/// Longest conversion in brackets right after a figure, in tokens.
const MAX_CONVERSION: usize = 6;

/// The closing bracket of a conversion right after the figure ending at `last` ("350 meters
/// (1,150 feet)"): a number inside, and at most [`MAX_CONVERSION`] tokens.
fn converted_in_brackets(w: &Words, last: usize) -> Option<usize> {
    let open = last + 1;
    let close = w.closing_bracket(open, MAX_CONVERSION + 1)?;
    (open + 1..close).any(|k| w.is_number(k)).then_some(close)
}

/// Whether the words after a length ending at `last` make it a speed: "193km / h", "120
/// miles per hour", "60 kilometres an hour". A speed is no distance, whatever its unit.
fn per_hour_after(w: &Words, last: usize) -> bool {
    matches!(w.low(last + 1), "/" | "per" | "an" | "a")
        && matches!(w.low(last + 2), "h" | "hr" | "hour")
}

/// The unit a speed told as a length "per hour" is written in for short: "70 miles per hour"
/// is "70 mph", and "100 kilometres an hour" is read as "100 km/h" is ("km", a speed by its
/// measure), so each lines up with the short form another outlet writes.
pub fn per_hour_unit(w: &Words, unit: &str, last: usize) -> Option<&'static str> {
    if !per_hour_after(w, last) {
        return None;
    }
    match unit {
        "miles" | "mile" => Some("mph"),
        "kilometres" | "kilometers" | "kilometre" | "kilometer" | "kms" => Some("km"),
        _ => None,
    }
}

/// Words before a speed that make it a gust's: a storm's gusts are faster than its sustained
/// winds, and a story may give either or both.
const GUST_WORDS: [&str; 4] = ["gust", "gusts", "gusting", "gusted"];

/// "gust speed" when a word of [`GUST_WORDS`] stands before the speed starting at token
/// `first` in its clause, before any other figure ("gusts of up to 160 km/h", "winds gusting
/// to 90 mph"), else "speed" ("sustained winds of 120 km/h and gusts of 160 km/h" gives one
/// of each).
fn speed_measure(w: &Words, first: usize) -> &'static str {
    for k in (first.saturating_sub(LEFT_REACH)..first).rev() {
        let low = w.low(k);
        if ends_clause(low) || w.is_number(k) {
            break;
        }
        if GUST_WORDS.contains(&low) {
            return "gust speed";
        }
    }
    "speed"
}

/// Whether figures of `unit` are read for what they measure: sums, shares, lengths and
/// speeds.
pub fn measures_amounts(unit: &str) -> bool {
    is_money_or_share(unit) || is_length(unit) || is_speed(unit)
}

/// Whether a claim's value is a sum or a share with a measure of its own, which reads the
/// earlier times around it ("up from €430m in the same period last year").
pub fn reads_its_time(value: &Value) -> bool {
    match value {
        Value::Quantity(q) => {
            q.measure.is_some() && q.unit.as_deref().is_some_and(is_money_or_share)
        }
        _ => false,
    }
}

/// Whether `unit` is a unit of length (`data/amounts.txt`).
fn is_length(unit: &str) -> bool {
    measure_of(unit) == Some("length")
}

/// Whether `unit` is a unit of speed ("mph", "knots"; `data/amounts.txt`).
fn is_speed(unit: &str) -> bool {
    measure_of(unit) == Some("speed")
}

fn is_money_or_share(unit: &str) -> bool {
    matches!(unit, "percent" | "percentage points" | "cent" | "penny")
        || (unit.len() >= 3 && unit.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The measure of a one-word phrase.
fn measure_of(word: &str) -> Option<&'static str> {
    // "30 nautical miles": a mile at sea is still a length (1,852 metres, see
    // `compare::profile::metres_per`).
    let word = word.strip_prefix("nautical ").unwrap_or(word);
    lexicon()
        .amounts
        .get(word)?
        .iter()
        .find(|(p, _)| p.len() == 1)
        .map(|(_, m)| *m)
}

/// The measure of the longest phrase that ends at token `k` and starts at `from` or later.
fn phrase_ending_at(w: &Words, k: usize, from: usize) -> Option<&'static str> {
    phrase_and_start(w, k, from).map(|(m, _)| m)
}

/// [`phrase_ending_at`], with the token the phrase starts at.
fn phrase_and_start(w: &Words, k: usize, from: usize) -> Option<(&'static str, usize)> {
    let phrases = lexicon().amounts.get(w.low(k))?;
    phrases
        .iter()
        .find(|(p, m)| {
            k + 1 >= from + p.len() && w.matches_before(k + 1, p) && !names_a_thing(w, k, p, m)
        })
        .map(|(p, m)| (*m, k + 1 - p.len()))
}

/// Whether "a share" or "each share" ending at `k` begins a noun phrase ("through a share
/// buyback", "a share sale"), not a price per share ("$42.50 a share", "$42.50 a share in
/// cash"): a word that is no stopword follows.
fn names_a_thing(w: &Words, k: usize, phrase: &[&str], m: &str) -> bool {
    // "It went down about 40 miles south of the port": a craft that went down crashed; it
    // fell by nothing.
    if phrase == ["down"]
        && k >= 1
        && matches!(
            w.low(k - 1),
            "went" | "go" | "goes" | "gone" | "going" | "came" | "come"
        )
    {
        return true;
    }
    // "The share of tests coming back positive rose to 18.4 percent": a proportion, no stock.
    if m == "shares" && phrase == ["share"] && w.low(k + 1) == "of" {
        return true;
    }
    m == "per share"
        && matches!(phrase.first(), Some(&("a" | "each")))
        && w.is_word(k + 1)
        && !lexicon().stopwords.contains(w.low(k + 1))
}

/// What the words around a figure say of it.
#[derive(Default)]
struct Found<'a> {
    /// Whether the figure is a share: a share has no price per share.
    percent: bool,
    /// Whether it is a share of a named whole, which does not change.
    share_of: bool,
    noun: Option<&'static str>,
    change: Option<&'static str>,
    per_share: bool,
    /// Who each share of the sum goes to (see `payee`).
    payee: Option<&'static str>,
    earlier: bool,
    forecast: bool,
    /// Who made the forecast, when it is someone outside the story's own actors (see
    /// [`forecaster_before`]).
    forecaster: Option<&'static str>,
    /// "closed down 3.9 percent": a change over the trading day, not during it.
    at_close: bool,
    /// The place a distance is from: "60 km southwest of Camana".
    place: Option<&'a str>,
    /// What changed when no measure names it: "exports fell 3 percent".
    subject: Option<&'a str>,
}

impl Found<'_> {
    /// "revenue", "profit rise", "earlier profit", "dividend per share", "forecast revenue
    /// rise".
    fn measure(&self) -> Option<String> {
        let base = match (self.per_share, self.noun, self.payee) {
            (true, Some(n @ ("dividend" | "profit" | "revenue")), _) => format!("{n} per share"),
            // "priced at $38 a share", "a range of $33 to $36 a share": a price of one share
            // already, named by the moment or the range it was set for.
            (
                true,
                Some(
                    n @ ("offer price" | "opening price" | "closing price" | "intraday price"
                    | "price range"),
                ),
                _,
            ) => n.to_string(),
            (true, _, _) => "price per share".to_string(),
            // "a reward of $10,000 for the capture of each man": a reward per person.
            (false, Some(n), Some("person")) => format!("{n} per person"),
            (false, _, Some(payee)) => format!("payout per {payee}"),
            (false, Some(n), None) => n.to_string(),
            (false, None, None) => self.subject.map(str::to_lowercase).unwrap_or_default(),
        };
        let base = match (self.noun, self.place) {
            (Some("distance"), Some(place)) => format!("{base} from {place}"),
            _ => base,
        };
        let close = if self.at_close { " at close" } else { "" };
        let m = match self.change {
            Some(c) if base.is_empty() => format!("{c}{close}"),
            Some(c) => format!("{base} {c}{close}"),
            None if self.earlier && base.is_empty() => "earlier level".to_string(),
            None if self.earlier => format!("earlier {base}"),
            None => base,
        };
        match (self.forecast, m.is_empty()) {
            (_, true) => None,
            (true, false) => Some(match self.forecaster {
                Some(who) => format!("{who} forecast {m}"),
                None => format!("forecast {m}"),
            }),
            (false, false) => Some(m),
        }
    }

    /// Reads the word at `k` as a forecast's ("expects", "forecast") and who made it.
    fn see_forecast(&mut self, w: &Words, k: usize) {
        if is_forecast(w.low(k)) {
            self.forecast = true;
            self.forecaster = self.forecaster.or_else(|| forecaster_before(w, k));
        }
    }

    /// Takes measure `m` of a word `adjacent` to the figure (or not).
    fn take(&mut self, m: &'static str, adjacent: bool, length: bool) {
        match m {
            "rise" | "fall" => {
                if adjacent && self.change.is_none() && !self.share_of {
                    self.change = Some(m);
                }
            }
            "per share" => self.per_share |= !self.percent,
            // "opened at $46.50 and finished the session at $45.60": a price of a moment
            // of trading is the figure right after its verb.
            "opening price" | "closing price" | "offer price" if !adjacent => {}
            // "held its benchmark rate in a range of 3.50% to 3.75%": a range of percents is
            // a range of the rate told further on, no price.
            "price range" if self.percent => {}
            // Units are no measure of another figure ("12 knots" is itself a speed).
            "length" | "speed" => {}
            // "180 mm of rain", "rainfall of 180 mm"; not "Rain closed 40 km of road".
            "rainfall" | "snowfall" if !adjacent => {}
            _ if LENGTH_MEASURES.contains(&m) != length => {}
            _ => {
                if self.noun.is_none() {
                    self.noun = Some(m);
                }
            }
        }
    }
}

/// Marks that end a clause for the scans (a sentence's full stops are behind it: a "." in it
/// ends an abbreviation, "U.S.").
fn ends_clause(low: &str) -> bool {
    matches!(low, ";" | ":" | "," | "?" | "!" | "\"" | "“" | "”")
}

/// Words that make a figure a forecast.
fn is_forecast(low: &str) -> bool {
    matches!(
        low,
        "expect"
            | "expects"
            | "expected"
            | "forecast"
            | "forecasts"
            | "outlook"
            | "guidance"
            | "predicted"
            | "projected"
    )
}

/// Who forecasts, when an outside forecaster is named as the subject of the forecast word
/// at `k` ("The IMF expects", "Analysts polled by Reuters had expected", "the World Bank's
/// forecast"): their figure is not the one the story's own actors give ("the government
/// expected the economy to grow 2.6%"), so the two never line up.
fn forecaster_before(w: &Words, k: usize) -> Option<&'static str> {
    for t in (k.saturating_sub(5)..k).rev() {
        if !w.is_word(t) {
            return None;
        }
        let low = strip_possessive(w.low(t));
        let before = t.checked_sub(1).map_or("", |b| w.low(b));
        let who = match low {
            "imf" => "IMF",
            "oecd" => "OECD",
            "bank" if before == "world" => "World Bank",
            "analysts" | "economists" | "forecasters" | "strategists" => "analysts",
            "consensus" => "analysts",
            _ => continue,
        };
        return Some(who);
    }
    None
}

/// Whether the words at `k` close an earlier time: "a year earlier", "a year ago", "the year
/// before", "last year", "the previous year", "the same period last year".
fn earlier_time_at(w: &Words, k: usize) -> bool {
    let prev = k.checked_sub(1).map_or("", |i| w.low(i));
    match w.low(k) {
        "earlier" | "ago" | "before" => matches!(prev, "year" | "quarter" | "month" | "period"),
        "year" | "quarter" => matches!(prev, "last" | "previous" | "prior"),
        "year-ago" | "year-earlier" => true,
        _ => false,
    }
}

/// Whether the words before the comma at `comma` are only an earlier time opening the
/// sentence ("A year ago,", "Last year,", "A year earlier,").
fn opens_with_earlier_time(w: &Words, comma: usize) -> bool {
    const OPENER: usize = 4;
    comma > 0
        && comma <= OPENER
        && earlier_time_at(w, comma - 1)
        && (0..comma).all(|k| w.is_word(k))
}

/// Measures that tell from any place after the figure in its clause: "$42.50 in cash for
/// each share", "61% of registered voters cast a ballot", "58 kilometres to the southwest".
fn tells_from_afar(m: &str, length: bool) -> bool {
    matches!(m, "per share" | "turnout") || (length && m == "distance")
}

/// Reads after the figure (tokens up to `last`): a change or measure right after it ("a 4%
/// fall", "a 28% premium", "$42.50 a share"), the noun a change is in ("a 19 percent rise in
/// net profit"), "per share", an earlier time, a forecast, and for a length its direction.
fn read_right<'a>(w: &Words<'a>, last: usize, length: bool, found: &mut Found<'a>) {
    // "10 km (6 miles) deep": the word after a bracket that restates the figure is as
    // adjacent as the word right after it.
    let after_restated = (w.low(last + 1) == "(")
        .then(|| (last + 2..last + 10).find(|&t| w.low(t) == ")"))
        .flatten()
        .map(|close| close + 1);
    let mut after_change = false;
    let mut in_brackets = false;
    let mut k = last + 1;
    let mut reach = last + RIGHT_REACH;
    while k <= reach && k < w.len() {
        let low = w.low(k);
        if ends_clause(low) {
            break;
        }
        // "took 52.6% of the vote on a turnout of 51.3%": the words after a share's whole are
        // another figure's.
        if found.share_of && k > last + 2 && matches!(low, "on" | "with" | "amid") {
            break;
        }
        match low {
            // "hand €1.2bn back to shareholders through a share buyback": what a sum is paid
            // out through is what it is, however far on.
            "through" | "via" => {
                if let Some(m) = payout_after(w, k) {
                    found.take(m, true, length);
                }
            }
            // "35 km (22 miles)", "37 miles (60km) from": a figure in brackets restates this
            // one.
            "(" => in_brackets = true,
            ")" => in_brackets = false,
            _ if w.is_number(k) => {
                // Another figure's words are its own.
                if !in_brackets {
                    break;
                }
            }
            _ => {
                if earlier_time_at(w, k) {
                    found.earlier = true;
                }
                found.see_forecast(w, k);
                // "will pay £68m up front": paid at once, no rise.
                let up_front = w.low(k) == "up" && w.low(k + 1) == "front";
                if let Some((m, start)) = phrase_and_start(w, k, last + 1).filter(|_| !up_front) {
                    // Right after the figure, or after the bracket that closes it ("($141
                    // billion) loan package"), or after "in" ("110 billion euros in loans").
                    let next = |t: usize| {
                        t == last + 1
                            || (t == last + 2 && w.low(last + 1) == ")")
                            || Some(t) == after_restated
                    };
                    // A length "of" what it measures is as adjacent: "180 mm of rain".
                    // A phrase of several words is adjacent by its first ("380 metres below
                    // ground").
                    let adjacent = next(start)
                        || (next(start - 1)
                            && w.low(start - 1) == "in"
                            && !matches!(m, "rise" | "fall"))
                        || (length && next(start - 1) && w.low(start - 1) == "of");
                    let change = matches!(m, "rise" | "fall");
                    // A noun right after the figure is what it is; further on, only the noun a
                    // change is in and what [`tells_from_afar`] tell.
                    if adjacent || (after_change && !change) || tells_from_afar(m, length) {
                        found.take(m, adjacent, length);
                        if m == "distance" && found.place.is_none() {
                            found.place = place_after(w, k);
                        }
                    }
                    // "a 19 percent rise in third-quarter net profit": read on to the noun.
                    if adjacent && change {
                        after_change = true;
                        reach = last + RIGHT_REACH + 2;
                    }
                }
            }
        }
        k += 1;
    }
}

/// Measures of a way a company pays money out, which name a sum that is paid "through" or
/// "via" them. Other measures after "through" tell how a figure came about ("profit rose to
/// €2bn through higher sales"), not what it is.
const PAYOUTS: [&str; 2] = ["buyback", "dividend"];

/// The payout (see [`PAYOUTS`]) named within a few words after "through" or "via" at token
/// `k`, in its clause and before another figure: "through a share buyback", "via a special
/// dividend".
fn payout_after(w: &Words, k: usize) -> Option<&'static str> {
    for t in k + 1..=k + 4 {
        let low = w.low(t);
        if low.is_empty() || ends_clause(low) || w.is_number(t) {
            return None;
        }
        if let Some(m) = phrase_ending_at(w, t, k + 1).filter(|m| PAYOUTS.contains(m)) {
            return Some(m);
        }
    }
    None
}

/// The word that names what changed, before the change word at `k` ("exports fell",
/// "Halvorsen jumped", "exports have fallen sharply"): the nearest word that is no auxiliary
/// or stopword, read when no measure noun says what changed.
fn subject_before<'a>(w: &Words<'a>, k: usize) -> Option<&'a str> {
    let lex = lexicon();
    let mut t = k;
    for _ in 0..5 {
        t = t.checked_sub(1)?;
        let low = w.low(t);
        if !w.is_word(t) {
            return None;
        }
        if matches!(
            low,
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "also" | "both"
        ) {
            continue;
        }
        // "Services in Egypt were down": the place is no subject.
        if t >= 1 && matches!(w.low(t - 1), "in" | "at" | "on") {
            t -= 1;
            continue;
        }
        let plain = |t: usize| {
            let low = w.low(t);
            w.is_word(t)
                && low.bytes().all(|b| b.is_ascii_alphabetic())
                && low.len() > 2
                && !lex.stopwords.contains(low)
        };
        if !plain(t) {
            return None;
        }
        // "Manufacturing output dropped 0.7 per cent", "Business investment fell": a noun
        // before the subject says which of it changed ("Output fell 0.5 per cent" is
        // another figure).
        let first = match t.checked_sub(1) {
            Some(m)
                if plain(m)
                    && !w.low(m).ends_with("ly")
                    && !lex.measures.contains_key(w.low(m)) =>
            {
                m
            }
            _ => t,
        };
        return Some(&w.text[w.span(first, t).start()..w.span(first, t).end()]);
    }
    None
}

/// The place a distance whose direction word is at `k` is measured from: the name after the
/// last "of" or "from" of its phrase ("southwest of the port city of Camana", "from Papua's
/// main city of Manokwari").
fn place_after<'a>(w: &Words<'a>, k: usize) -> Option<&'a str> {
    let mut seen_of = matches!(w.low(k), "from" | "of" | "off");
    let mut place = None;
    for t in k + 1..k + 9 {
        let low = w.low(t);
        if ends_clause(low) || low.is_empty() || w.is_number(t) {
            break;
        }
        if matches!(low, "of" | "from" | "off") {
            seen_of = true;
        } else if seen_of && w.is_word(t) && w.capitalized(t) {
            // A name of several words: "Tel Aviv", "Bandar Abbas".
            let mut end = t;
            while w.is_word(end + 1) && w.capitalized(end + 1) {
                end += 1;
            }
            place = Some(w.span(t, end).slice(w.text));
            seen_of = false;
        }
    }
    place
}

/// Reads before the figure (from token `first`): a change right before it ("rose 6.2
/// percent", "rose by 19 percent", "growth of 5-7 percent"), an earlier value ("from 430
/// million euros", "against 53 percent", "compared with"), and the nearest measure noun of
/// its clause ("net profit of", "Revenue rose 6.2 percent to 4.1 billion euros"). A figure in
/// brackets restates the one before ("35 km (22 miles)"): the clause is read past them.
fn read_left<'a>(w: &Words<'a>, first: usize, length: bool, found: &mut Found<'a>) {
    if first == 0 {
        return;
    }
    let before = w.low(first - 1);
    let compared = first >= 2 && w.low(first - 2) == "compared";
    if matches!(before, "from" | "against" | "versus" | "vs" | "vs.")
        || (compared && matches!(before, "with" | "to"))
    {
        found.earlier = true;
    }
    // "rose by 19 percent": the change is the nearest of the clause. "growth of 5-7 percent":
    // the change is right before "of".
    let by = before == "by";
    let of = before == "of";
    // An earlier value without a noun of its own is compared with a figure before it, across
    // a comma ("a net profit of €521m in the three months to September, up from €430m").
    let reach = if found.earlier {
        2 * LEFT_REACH
    } else {
        LEFT_REACH
    };
    let stop = first.saturating_sub(reach);
    // "cost the economy 450 million dollars": an economy grows in percent; a sum beside it
    // is what the economy lost or spent, told by other words.
    let sum = !found.percent && !length;
    let mut crossed_figure = false;
    let mut k = first - 1;
    loop {
        let low = w.low(k);
        let bracket = (low == "(" && k + 1 == first) || low == ")";
        let comma_crossed = low == "," && found.earlier && found.noun.is_none();
        if (ends_clause(low) && !comma_crossed) || (matches!(low, "(" | ")") && !bracket) {
            // "A year ago, annual inflation was running at 9.5 per cent": an earlier time
            // that opens the sentence dates all of it.
            found.earlier |= low == "," && !crossed_figure && opens_with_earlier_time(w, k);
            break;
        }
        if w.is_word(k) {
            found.see_forecast(w, k);
            found.at_close |= matches!(low, "closed" | "closing" | "ended" | "finished");
            // "430 million euros last year and 512 million euros now": an earlier time
            // before another figure, or in a conjunct before, is not this figure's.
            crossed_figure |= matches!(low, "and" | "but" | "while" | "whereas");
            if earlier_time_at(w, k) && !crossed_figure {
                found.earlier = true;
            }
            // "a deep ocean trench that runs for about 1,300km": "deep" before a length
            // describes a thing; only after it does it tell a depth ("10 km deep").
            if let Some(m) = phrase_ending_at(w, k, stop)
                .filter(|&m| !((sum && m == "growth") || (m == "depth" && low == "deep")))
            {
                // "rainfall totals of 20 inches": a total of the measure is the measure.
                let total_of = k + 3 == first
                    && matches!(w.low(k + 1), "total" | "totals" | "amount" | "amounts");
                let adjacent = k + 1 == first || by || (of && (k + 2 == first || total_of));
                // "The ride has raised more than $1.2 million": a sum raised right after the
                // verb is money collected, no rise of anything.
                let m = if m == "rise"
                    && sum
                    && k + 1 == first
                    && matches!(low, "raised" | "raise" | "raises" | "raising")
                {
                    "fundraising"
                } else {
                    m
                };
                let had_change = found.change.is_some();
                found.take(m, adjacent, length);
                if !had_change && found.change.is_some() {
                    found.subject = subject_before(w, k);
                }
            }
        }
        crossed_figure |= w.is_number(k);
        if k == stop {
            break;
        }
        k -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::model::Span;

    /// The measure of the figure that starts with `figure` in sentence `s`.
    fn measure(s: &str, figure: &str, unit: &str) -> Option<String> {
        let w = Words::new(s, Span::new(0, s.len()));
        let p = find_phrases(&w)
            .into_iter()
            .find(|p| w.span(p.first, p.last).slice(s).starts_with(figure))
            .unwrap_or_else(|| panic!("no phrase {figure:?} in {s:?}"));
        // The figure ends at its unit word, as `figure` reads it ("six miles").
        let last = if w.low(p.last + 1) == unit {
            p.last + 1
        } else {
            p.last
        };
        amount_measure(&w, p.first, last, unit)
    }

    #[test]
    fn a_sum_paid_to_each_family_or_each_injured_person_is_a_payout_per_payee() {
        let s = "The government would pay 100,000 taka to each victim's family and 50,000 taka \
                 to each of the injured.";
        let per_family = Some("payout per family");
        assert_eq!(measure(s, "100,000", "BDT").as_deref(), per_family);
        let per_injured = Some("payout per injured person");
        assert_eq!(measure(s, "50,000", "BDT").as_deref(), per_injured);
        // Whatever the sum is called.
        let s = "She announced compensation of 200,000 taka for each family.";
        assert_eq!(measure(s, "200,000", "BDT").as_deref(), per_family);
        // A total is no sum per family; nor is a sum whose "each" comes after another figure.
        let s = "The government set aside compensation of 5 million taka for the families.";
        assert_eq!(measure(s, "5 million", "BDT").as_deref(), Some("damages"));
        let s = "It paid $2 million, or $40,000 to each family.";
        assert_eq!(measure(s, "$2 million", "USD"), None);
    }

    #[test]
    fn a_part_of_the_basket_has_its_own_inflation() {
        let s = "Services inflation rose to 4.9% in August.";
        let m = measure(s, "4.9%", "percent");
        assert_eq!(m.as_deref(), Some("services inflation"));
        let s = "Inflation rose to 3.8% in August.";
        assert_eq!(measure(s, "3.8%", "percent").as_deref(), Some("inflation"));
        let s = "Core inflation eased to 3.5%.";
        assert_eq!(
            measure(s, "3.5%", "percent").as_deref(),
            Some("core inflation")
        );
    }

    #[test]
    fn a_sum_paid_up_front_is_no_rise() {
        let s = "The club will pay Sporting Almada £68m up front.";
        assert_ne!(measure(s, "£68m", "GBP").as_deref(), Some("rise"));
        let s = "Prices were up 12% on the year.";
        assert_eq!(measure(s, "12%", "percent").as_deref(), Some("price rise"));
    }

    #[test]
    fn a_sum_raised_is_money_collected_and_bail_is_bail() {
        let s = "The ride has raised more than $1.2 million for cancer research.";
        assert_eq!(
            measure(s, "more than $1.2 million", "USD").as_deref(),
            Some("fundraising")
        );
        // Raised to a sum, a thing rose.
        let s = "The company raised its offer to $5 billion.";
        assert_ne!(
            measure(s, "$5 billion", "USD").as_deref(),
            Some("fundraising")
        );
        let s = "He was held on a quarter of a million dollars' bail.";
        assert_eq!(
            measure(s, "a quarter of a million dollars", "USD").as_deref(),
            Some("bail")
        );
    }

    #[test]
    fn a_craft_that_went_down_fell_by_nothing() {
        let s = "It went down about 40 miles south of Port Fourchon.";
        assert_eq!(
            measure(s, "about 40", "miles").as_deref(),
            Some("distance from Port Fourchon")
        );
        let s = "Output was down 3 percent.";
        assert_eq!(measure(s, "3", "percent").as_deref(), Some("output fall"));
    }

    #[test]
    fn a_length_per_hour_is_a_speed() {
        let s = "Police chased him for 48km at speeds up to 193km / h before he pulled over.";
        assert_eq!(measure(s, "up to 193", "km").as_deref(), Some("speed"));
        assert_eq!(measure(s, "48km", "km"), None);
        let s = "He drove at up to 120 miles per hour for 30 miles.";
        assert_eq!(measure(s, "up to 120", "miles").as_deref(), Some("speed"));
        assert_eq!(measure(s, "30", "miles"), None);
    }

    #[test]
    fn a_length_of_rain_or_snow_is_a_rainfall_or_a_snowfall() {
        let s = "Up to 180 mm of rain fell in the hills, and 30 centimetres of snow on the peaks.";
        assert_eq!(measure(s, "Up to 180", "mm").as_deref(), Some("rainfall"));
        assert_eq!(measure(s, "30", "centimetres").as_deref(), Some("snowfall"));
        let s = "Seven inches of rain fell in a single day.";
        assert_eq!(measure(s, "Seven", "inches").as_deref(), Some("rainfall"));
        // A length of a road is no rainfall however wet the day.
        let s = "Rain closed 40 km of road.";
        assert_eq!(measure(s, "40", "km"), None);
    }

    #[test]
    fn a_phrase_of_several_words_right_after_a_length_is_adjacent() {
        let s = "Ten miners are trapped 380 metres below ground.";
        assert_eq!(measure(s, "380", "metres").as_deref(), Some("depth"));
        let s = "The pipe runs 80 metres, well below ground.";
        assert_eq!(measure(s, "80", "metres"), None);
    }

    #[test]
    fn a_unit_of_speed_is_a_speed_and_gusts_are_their_own() {
        let s = "Winds of 75 mph battered the town and the ferry slowed to 12 knots.";
        assert_eq!(measure(s, "75", "mph").as_deref(), Some("speed"));
        assert_eq!(measure(s, "12", "knots").as_deref(), Some("speed"));
        let s = "Sustained winds of 120 km/h and gusts of up to 160 km/h were measured.";
        assert_eq!(measure(s, "120", "km").as_deref(), Some("speed"));
        assert_eq!(measure(s, "up to 160", "km").as_deref(), Some("gust speed"));
        let s = "The gusts reached 160 kilometres per hour, while winds gusting to 90 kph hit the port.";
        assert_eq!(
            measure(s, "160", "kilometres").as_deref(),
            Some("gust speed")
        );
        assert_eq!(measure(s, "90", "kph").as_deref(), Some("gust speed"));
        let s = "The train was running at 110 kmph.";
        assert_eq!(measure(s, "110", "kmph").as_deref(), Some("speed"));
        // A gust of another clause is not this speed's.
        let s = "Gusts felled trees; winds of 120 km/h were recorded.";
        assert_eq!(measure(s, "120", "km").as_deref(), Some("speed"));
    }

    #[test]
    fn a_sum_paid_out_through_a_buyback_is_a_buyback_and_other_means_tell_nothing() {
        let s = "It will return $2 billion via a special dividend.";
        assert_eq!(measure(s, "$2 billion", "USD").as_deref(), Some("dividend"));
        let s = "Net profit rose to €2bn through higher sales.";
        assert_eq!(measure(s, "€2bn", "EUR").as_deref(), Some("profit"));
    }

    #[test]
    fn a_buyback_of_shares_is_a_buyback() {
        let s = "The carmaker announced a buyback of own shares in the amount of EUR 1.5bn.";
        assert_eq!(measure(s, "EUR 1.5bn", "EUR").as_deref(), Some("buyback"));
        let s = "It will buy back its shares worth 800 million euros.";
        assert_eq!(measure(s, "800", "EUR").as_deref(), Some("buyback"));
    }

    #[test]
    fn a_share_buyback_is_no_price_per_share() {
        let s = "Nordbank will hand €1.2bn back to shareholders through a share buyback after quarterly profit climbed 5% to €840m, the lender said.";
        assert_eq!(measure(s, "€1.2bn", "EUR").as_deref(), Some("buyback"));
        assert_eq!(measure(s, "€840m", "EUR").as_deref(), Some("profit"));
        let s = "Rival offered $42.50 a share in cash.";
        assert_eq!(
            measure(s, "$42.50", "USD").as_deref(),
            Some("price per share")
        );
        let s = "Rival offered $42.50 a share, or $3.5 billion.";
        assert_eq!(
            measure(s, "$42.50", "USD").as_deref(),
            Some("price per share")
        );
    }

    #[test]
    fn changes_and_levels() {
        let s = "Revenue rose 6.2 percent to 4.1 billion euros.";
        assert_eq!(
            measure(s, "6.2", "percent").as_deref(),
            Some("revenue rise")
        );
        assert_eq!(measure(s, "4.1", "EUR").as_deref(), Some("revenue"));
        let s = "The turnover grew by 6.2 percent to 4.1 billion euros.";
        assert_eq!(
            measure(s, "6.2", "percent").as_deref(),
            Some("revenue rise")
        );
        let s =
            "Halvorsen shares fell 4.1 percent in Oslo, while Meridian stock jumped 22 percent.";
        assert_eq!(measure(s, "4.1", "percent").as_deref(), Some("shares fall"));
        assert_eq!(measure(s, "22", "percent").as_deref(), Some("shares rise"));
        let s = "The agency put the damage at $2 billion.";
        assert_eq!(measure(s, "$2", "USD").as_deref(), Some("damages"));
        // An economy grows in percent; a sum beside it is what it cost.
        let s = "The blackout cost the economy 450 million dollars.";
        assert_eq!(measure(s, "450", "USD").as_deref(), Some("cost"));
        let s = "The economy grew by 1.5 percent.";
        assert_eq!(measure(s, "1.5", "percent").as_deref(), Some("growth rise"));
        // Ransoms, bail and rewards are sums of their own.
        let s = "Orvana said it had received a ransom demand of $8 million.";
        assert_eq!(measure(s, "$8", "USD").as_deref(), Some("ransom"));
        let s = "She declined to say whether the company would pay the $8m ransom.";
        assert_eq!(measure(s, "$8m", "USD").as_deref(), Some("ransom"));
        let s = "He was released on bail of $50,000.";
        assert_eq!(measure(s, "$50,000", "USD").as_deref(), Some("bail"));
        // A share of something is a proportion, no stock.
        let s = "The share of tests coming back positive rose to 18.4 percent.";
        assert_ne!(
            measure(s, "18.4", "percent").as_deref(),
            Some("shares rise")
        );
        let s = "Its shares were up almost 4% in Stockholm.";
        assert_eq!(
            measure(s, "almost", "percent").as_deref(),
            Some("shares rise")
        );
        let s = "It reported a 19 percent rise in third-quarter net profit.";
        assert_eq!(measure(s, "19", "percent").as_deref(), Some("profit rise"));
    }

    #[test]
    fn a_change_of_an_unlisted_thing_names_its_subject() {
        let s = "Figures showed that exports fell 3 percent in January.";
        assert_eq!(measure(s, "3", "percent").as_deref(), Some("exports fall"));
        let s = "Meridian jumped 22 percent in New York.";
        assert_eq!(
            measure(s, "22", "percent").as_deref(),
            Some("meridian rise")
        );
        let s = "Exports have fallen 3 percent.";
        assert_eq!(measure(s, "3", "percent").as_deref(), Some("exports fall"));
        // A noun before the subject says which of it changed.
        let s = "Manufacturing output dropped 0.7 per cent.";
        assert_eq!(
            measure(s, "0.7", "percent").as_deref(),
            Some("manufacturing output fall")
        );
        // A listed noun is preferred, and a stopword names nothing.
        let s = "Its shares rose 3.8 percent.";
        assert_eq!(measure(s, "3.8", "percent").as_deref(), Some("shares rise"));
        let s = "It fell 3 percent.";
        assert_eq!(measure(s, "3", "percent").as_deref(), Some("fall"));
    }

    #[test]
    fn earlier_values_and_forecasts() {
        let s = "Net profit rose to 512 million euros from 430 million euros a year earlier.";
        assert_eq!(measure(s, "512", "EUR").as_deref(), Some("profit"));
        assert_eq!(measure(s, "430", "EUR").as_deref(), Some("earlier profit"));
        let s = "One year before the profit amounted to 430 million euros.";
        assert_eq!(measure(s, "430", "EUR").as_deref(), Some("earlier profit"));
        let s = "Analysts had expected a profit of 480 million euros.";
        assert_eq!(
            measure(s, "480", "EUR").as_deref(),
            Some("analysts forecast profit")
        );
        let s = "The company expects a profit of 500 million euros.";
        assert_eq!(measure(s, "500", "EUR").as_deref(), Some("forecast profit"));
    }

    #[test]
    fn an_outside_forecaster_is_part_of_the_forecast() {
        let s = "The IMF expects Chile's economy to grow 2.3% this year.";
        assert_eq!(
            measure(s, "2.3%", "percent").as_deref(),
            Some("IMF forecast growth rise")
        );
        let s = "Finance Minister Tomás Echeverría said the government expected the economy to \
                 grow 2.6% this year.";
        assert_eq!(
            measure(s, "2.6%", "percent").as_deref(),
            Some("forecast growth rise")
        );
        let s = "Economists polled by Reuters had expected a profit of 480 million euros.";
        assert_eq!(
            measure(s, "480", "EUR").as_deref(),
            Some("analysts forecast profit")
        );
    }

    #[test]
    fn deals_prices_and_premiums() {
        let s = "Halvorsen will pay $42.50 a share, a premium of 28 percent to Meridian's closing price.";
        assert_eq!(
            measure(s, "$42.50", "USD").as_deref(),
            Some("price per share")
        );
        assert_eq!(measure(s, "28", "percent").as_deref(), Some("premium"));
        let s = "The offer of $42.50 per share represents a 28% premium.";
        assert_eq!(
            measure(s, "$42.50", "USD").as_deref(),
            Some("price per share")
        );
        assert_eq!(measure(s, "28%", "percent").as_deref(), Some("premium"));
        let s = "Halvorsen agreed to buy U.S. snack maker Meridian Foods for $3.5 billion in cash.";
        assert_eq!(measure(s, "$3.5", "USD").as_deref(), Some("deal"));
        let s = "The turnout of 64.1% was the highest for two decades.";
        assert_eq!(measure(s, "64.1%", "percent").as_deref(), Some("turnout"));
    }

    #[test]
    fn what_follows_a_sum_names_it() {
        let s = "The government agreed to cut spending in return for 110 billion euros in loans.";
        assert_eq!(measure(s, "110", "EUR").as_deref(), Some("loan"));
        let s = "Greece gets a euro 110 billion ($141 billion) loan package.";
        assert_eq!(measure(s, "$141", "USD").as_deref(), Some("loan"));
        // A share of a named whole is a level, whatever verb comes before it.
        let s = "The incident brought down 70 percent of the Internet network.";
        assert_eq!(measure(s, "70", "percent"), None);
        let s = "Services in Egypt were down by 80 percent.";
        assert_eq!(
            measure(s, "80", "percent").as_deref(),
            Some("services fall")
        );
        let s = "Fines of $250 apply for a first breach.";
        assert_eq!(measure(s, "$250", "USD").as_deref(), Some("fine"));
        let s = "Yes won 52.6% of valid votes against 47.4% for No.";
        assert_eq!(measure(s, "47.4%", "percent"), None);
        let s = "The Yes side took 52.6% of the vote on a turnout of 51.3%.";
        assert_eq!(measure(s, "52.6%", "percent"), None);
        assert_eq!(measure(s, "51.3%", "percent").as_deref(), Some("turnout"));
        let s = "Cascade stock closed up 2.4 per cent at $40.12.";
        assert_eq!(
            measure(s, "$40.12", "USD").as_deref(),
            Some("closing price")
        );
        let s = "Cascade shares rose 1.8% to $40.05 in afternoon trading.";
        assert_eq!(
            measure(s, "$40.05", "USD").as_deref(),
            Some("intraday price")
        );
        let s = "Greek stocks closed down 3.9 percent.";
        assert_eq!(
            measure(s, "3.9", "percent").as_deref(),
            Some("shares fall at close")
        );
    }

    #[test]
    fn an_order_backlog_is_a_sum_of_its_own() {
        let s = "The order backlog had reached a record €28bn.";
        assert_eq!(measure(s, "€28bn", "EUR").as_deref(), Some("backlog"));
        let s = "The company's backlog stood at 28 billion euros at the end of June.";
        assert_eq!(measure(s, "28 billion", "EUR").as_deref(), Some("backlog"));
    }

    #[test]
    fn storm_surges_and_rainfall_totals_are_lengths_of_their_own() {
        let s = "The storm surge reached 12 feet in some places.";
        assert_eq!(measure(s, "12", "feet").as_deref(), Some("storm surge"));
        let s = "A storm surge of nearly four metres swept into coastal towns.";
        assert_eq!(
            measure(s, "nearly four", "metres").as_deref(),
            Some("storm surge")
        );
        let s = "Rainfall totals of 15 to 20 inches were recorded.";
        assert_eq!(
            measure(s, "15 to 20", "inches").as_deref(),
            Some("rainfall")
        );
        // A surge of a share price is still a rise.
        let s = "Shares surged 5 percent.";
        assert_eq!(measure(s, "5", "percent").as_deref(), Some("shares rise"));
    }

    #[test]
    fn depths_and_distances() {
        // The words after a conversion in brackets say what the figure before it measures.
        let s = "The miners are trapped some 350 meters (1,150 feet) below the surface.";
        assert_eq!(measure(s, "some 350", "meters").as_deref(), Some("depth"));
        assert_eq!(measure(s, "1,150", "feet").as_deref(), Some("depth"));
        let s = "The quake hit at a depth of 35 km (22 miles), about 60 km southwest of the port.";
        assert_eq!(measure(s, "35", "km").as_deref(), Some("depth"));
        assert_eq!(measure(s, "about 60", "km").as_deref(), Some("distance"));
        let s = "It struck 85 miles (135 kilometers) from Papua's main city of Manokwari.";
        assert_eq!(
            measure(s, "85", "miles").as_deref(),
            Some("distance from Manokwari")
        );
        let s = "It was 35 miles southwest of Bandar Abbas, six miles beneath the surface.";
        assert_eq!(
            measure(s, "35", "miles").as_deref(),
            Some("distance from Bandar Abbas")
        );
        assert_eq!(measure(s, "six", "miles").as_deref(), Some("depth"));
        // A count of other things measures nothing here.
        assert_eq!(measure(s, "35", "people"), None);
        // Past a bracket that restates the figure.
        let s = "The survey said the quake was 10 km (6 miles) deep.";
        assert_eq!(measure(s, "10", "km").as_deref(), Some("depth"));
        // "deep" before a length describes a thing, whose length it is not.
        let s = "It lies on a deep ocean trench that runs for about 1,300km along the coast.";
        assert_eq!(measure(s, "about 1,300", "km"), None);
        // At sea, "off" a port.
        let s = "The attack took place about 150 nautical miles off Aden.";
        assert_eq!(
            measure(s, "about 150", "nautical miles").as_deref(),
            Some("distance from Aden")
        );
    }

    #[test]
    fn a_price_of_a_moment_of_trading_is_told_by_its_verb() {
        let s = "The stock was priced at $38, opened at $46.50 and finished the session at $45.60.";
        assert_eq!(measure(s, "$38", "USD").as_deref(), Some("offer price"));
        assert_eq!(
            measure(s, "$46.50", "USD").as_deref(),
            Some("opening price")
        );
        assert_eq!(
            measure(s, "$45.60", "USD").as_deref(),
            Some("closing price")
        );
        let s = "Arvane closed its first session on Thursday at $45.60.";
        assert_eq!(
            measure(s, "$45.60", "USD").as_deref(),
            Some("closing price")
        );
        // A sum paid at a moment is no price of one.
        let s = "The firm closed the plant and paid the workers $2m.";
        assert_eq!(measure(s, "$2m", "USD"), None);
        let s =
            "The stock opened at $47.10 and rose to $49.80 before paring gains to close at $45.60.";
        assert_eq!(
            measure(s, "$45.60", "USD").as_deref(),
            Some("closing price")
        );
        // A price told per share keeps the moment it was set for.
        let s = "The stock was priced at $38 a share on Wednesday.";
        assert_eq!(measure(s, "$38", "USD").as_deref(), Some("offer price"));
    }

    #[test]
    fn a_price_joined_to_a_share_by_hyphens_is_per_share() {
        for s in [
            "Meridian launched a hostile $62.50-a-share cash offer.",
            "It made a $62.50-per-share offer.",
        ] {
            assert_eq!(
                measure(s, "$62.50", "USD").as_deref(),
                Some("price per share"),
                "{s}"
            );
        }
    }

    #[test]
    fn a_sum_offered_for_information_is_a_reward() {
        let s = "The government has offered half a million leva for information.";
        assert_eq!(
            measure(s, "half a million leva", "BGN").as_deref(),
            Some("reward")
        );
        let s = "The state put a bounty of $1m on his head.";
        assert_eq!(measure(s, "$1m", "USD").as_deref(), Some("reward"));
    }

    #[test]
    fn a_range_a_listing_was_marketed_at_is_no_price_it_sold_at() {
        for (s, figure) in [
            (
                "The shares were marketed at between $33 and $36 each.",
                "between $33 and $36",
            ),
            (
                "The company had set a price range of $33 to $36 a share.",
                "$33 to $36",
            ),
            (
                "The listing was priced above its indicative range of $33 to $36.",
                "$33 to $36",
            ),
        ] {
            assert_eq!(
                measure(s, figure, "USD").as_deref(),
                Some("price range"),
                "{s}"
            );
        }
        let s = "The Fed has held its benchmark rate in a range of 3.50% to 3.75% since December.";
        assert_eq!(
            measure(s, "3.50%", "percent").as_deref(),
            Some("interest rate")
        );
    }
}
