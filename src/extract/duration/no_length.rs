//! Durations the grammar reads that measure nothing in their sentence:
//! a bulletin's window ("cases in the last 48 hours"), game time ("play 80
//! minutes", "four minutes left"), a day named rather than measured ("a
//! day of relief"), a results period ("profit for the half year", "the
//! three months that ended Dec. 2") and periods counted over ("across all
//! five years of the plan").

use crate::extract::claim::DurationUnit;
use crate::extract::grammar::word_end;

/// Whether `after` says the minutes before it are what is left of a game:
/// "left", "remaining", "to go", "to play".
pub fn is_clock_left(after: &str) -> bool {
    let rest = after.trim_start_matches(crate::extract::grammar::is_space);
    if rest.len() == after.len() {
        return false;
    }
    let lower: String = rest.chars().take(10).collect::<String>().to_lowercase();
    ["left", "remaining", "to go", "to play"]
        .iter()
        .any(|w| lower.starts_with(w) && word_end(rest.get(w.len()..).unwrap_or("")).is_ok())
}

/// Whether a duration the grammar read is no length of anything in its
/// sentence: a day's reporting window ("cases in the last 48 hours"), game
/// time ("play 80 minutes", "four minutes left"), a day named rather than
/// measured ("a day of relief"), a results period ("profit for the half
/// year") and periods counted over ("across all five years of the
/// plan"). `text` is the duration as read, `before` the sentence up
/// to it, `after` the rest.
pub fn not_a_length(before: &str, text: &str, after: &str, unit: DurationUnit) -> bool {
    // The last word only: the sentence before may be long.
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let last = last.as_str();
    let lower = text.to_lowercase();
    let short = matches!(
        unit,
        DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
    );
    // "in the last 48 hours", "over the past 72 hours": a bulletin's window.
    if short && matches!(last, "last" | "past") {
        return true;
    }
    let game = matches!(unit, DurationUnit::Second | DurationUnit::Minute);
    // "we must play 80 minutes", "with two minutes left".
    if game && (matches!(last, "play" | "played" | "playing") || is_clock_left(after)) {
        return true;
    }
    let next_is_of = after
        .trim_start_matches(crate::extract::grammar::is_space)
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && after.starts_with(crate::extract::grammar::is_space);
    // "a day of relief", "a year of records": the unit named.
    if next_is_of && (lower.starts_with("a ") || lower.starts_with("an ")) {
        return true;
    }
    // "across all five years of the plan".
    if next_is_of && last == "all" {
        return true;
    }
    // "for the three months that ended Dec. 2": a results period its end
    // dates, no length claimed.
    if last == "the" && ends_a_period(after) {
        return true;
    }
    // "profit for the half year": the first half of a results year.
    lower.starts_with("half") && last == "the"
}

/// Whether `after` (what follows a count of time) dates the period by its
/// end: " ended", " ending", " that ended", " which ended".
fn ends_a_period(after: &str) -> bool {
    let rest = after.trim_start_matches(crate::extract::grammar::is_space);
    if rest.len() == after.len() {
        return false;
    }
    let rest = ["that ", "which "]
        .iter()
        .find_map(|w| {
            rest.get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .and_then(|_| rest.get(w.len()..))
        })
        .unwrap_or(rest);
    ["ended", "ending", "ends"].iter().any(|w| {
        rest.len() >= w.len()
            && rest
                .get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && word_end(&rest[w.len()..]).is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_that_measure_nothing() {
        use DurationUnit::{Day, Hour, Minute, Year};
        // A bulletin's window.
        assert!(not_a_length("cases in the last ", "24 hours", ".", Hour));
        assert!(not_a_length("over the past ", "72 hours", " the", Hour));
        assert!(!not_a_length("over the past ", "three days", ".", Day));
        assert!(!not_a_length("worked for ", "12 hours", ".", Hour));
        // Game time.
        assert!(not_a_length("we must play ", "80 minutes", " well", Minute));
        assert!(not_a_length("with ", "four minutes", " left", Minute));
        assert!(!not_a_length("a walk of ", "20 minutes", ".", Minute));
        // A day named, a results period, periods counted over.
        assert!(not_a_length("It was ", "a day", " of mourning.", Day));
        assert!(!not_a_length("talks lasted ", "a day", ".", Day));
        assert!(not_a_length("profit for the ", "half year", " rose", Year));
        assert!(!not_a_length("after ", "half a year", ".", Year));
        assert!(not_a_length(
            "across all ",
            "five years",
            " of the plan",
            Year
        ));
        assert!(!not_a_length("over ", "five years", " of talks", Year));
    }

    #[test]
    fn a_period_dated_by_its_end_is_no_length() {
        use DurationUnit::Month;
        assert!(not_a_length(
            "earned $5 for the ",
            "three months",
            " that ended Dec. 2",
            Month
        ));
        assert!(not_a_length(
            "for the ",
            "six months",
            " ended June 30",
            Month
        ));
        assert!(!not_a_length(
            "for ",
            "three months",
            " that ended in a strike",
            Month
        ));
        assert!(!not_a_length("the ", "three months", " of talks", Month));
    }
}
