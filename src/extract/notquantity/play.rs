//! Figures of play in sports copy, which tell the state of a game rather
//! than a fact to check: a golf round or total ("a two-under-par 69", "an
//! eight-under total of 276", "a closing 71", "a 279 aggregate", "carded
//! a 68"), a rank ("world number one"), a basketball shot by its name
//! ("hit another 3", "missed a 3"), the score while play goes on ("tied
//! the game at 93", "cut the lead to two", "pulled within four") and the
//! game clock as a stretch of play ("in the final seven minutes"). The
//! driver asks these only of sports copy ([`super::sports_score`]).

use super::scores::before_words_all;
use super::*;

/// The largest figure read as a score in play: a team's points.
const PLAY_MAX: f64 = 200.0;

/// A golf round's strokes, lowest and highest.
const ROUND: std::ops::RangeInclusive<f64> = 55.0..=99.0;

/// A golf score told in strokes, a round (55–99) or a total over rounds
/// (up to 400): "a closing 71", "a 279 aggregate", "a total of 276".
const STROKES: std::ops::RangeInclusive<f64> = 55.0..=400.0;

/// Words that go on with the sentence after a bare figure: connectives
/// and prepositions, never a unit ("percent") or "of" ("12 of 20").
const FOLLOWERS: &[&str] = &[
    "and", "to", "with", "on", "in", "at", "for", "after", "before", "but", "then", "as", "while",
    "when", "from", "by", "the", "a", "an", "is", "was", "were", "had", "has", "that", "which",
    "into", "late", "early", "over", "under",
];

/// Whether what follows a figure leaves it bare: the sentence goes on
/// with punctuation, or with a function word ("to", "and", "with"), not a
/// noun the figure counts.
fn bare(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(' ') => alpha_word(chars.as_str()).is_ok_and(|(_, w)| FOLLOWERS.contains(&w)),
        Some('.') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) => matches!(
            c,
            ',' | ';' | ':' | ')' | '!' | '?' | '—' | '–' | '"' | '”' | '’' | '\n'
        ),
    }
}

/// A figure in digits or words, and the input after it, when its value
/// lies in `range`.
fn figure_in(i: &str, range: std::ops::RangeInclusive<f64>) -> Res<'_, f64> {
    let (rest, n) = numeral(i)?;
    if !range.contains(&n.value) || n.value.fract() != 0.0 {
        return fail(i);
    }
    word_end(rest)?;
    Ok((rest, n.value))
}

/// A golf score against par, and the strokes it stands for if written
/// after it: "two-under-par 69", "an eight-under total of 276", "five
/// under par", "finished eight-under." — the hyphenated form or "par"
/// after it; a word counted after a bare "five-over" ("a five-over
/// spell", overs of cricket) leaves a count.
fn against_par(i: &str) -> Res<'_, &str> {
    let (after, _) = figure_in(i, 0.0..=PLAY_MAX)?;
    let (rest, (joint, _)) =
        (alt((tag("-"), tag(" "))), alt((tnc("under"), tnc("over")))).parse(after)?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') && !rest.starts_with("-par") {
        return fail(i);
    }
    let (rest, par) = opt((alt((tag("-"), tag(" "))), tnc("par"), word_end)).parse(rest)?;
    // "69", "total of 276": the strokes the score stands for.
    let mut strokes = (
        sp,
        opt((
            alt((kw("total"), kw("aggregate"), kw("score"), kw("round"))),
            sp,
            kw("of"),
            sp,
        )),
        |x| figure_in(x, STROKES),
    );
    if let Ok((end, _)) = strokes.parse(rest) {
        return Ok((end, consumed(i, end)));
    }
    if par.is_some() || (joint == "-" && bare(rest)) {
        return Ok((rest, consumed(i, rest)));
    }
    fail(i)
}

/// Words before a golf round's strokes that name the round ("a closing
/// 71", "an opening 66").
const ROUND_WORDS: &[&str] = &["closing", "opening"];

/// Words before "round" that name a round ("a second-round 66", "a final
/// round 70").
const ROUND_ORDINALS: &[&str] = &["first", "second", "third", "fourth", "final", "last"];

/// Verbs a golf round's strokes follow ("shot 65", "carded a 68", "fired
/// a 66").
const ROUND_VERBS: &[&str] = &[
    "shot", "shoots", "shooting", "card", "cards", "carded", "carding", "fired", "fires", "firing",
];

/// Words for strokes over several rounds, after the figure ("a 279
/// aggregate") or before "of" ("a total of 276").
const TOTAL_WORDS: &[&str] = &["total", "aggregate"];

/// A golf round or total in strokes, a bare figure: "a closing 71", "shot
/// 65", "carded a 68", "a 279 aggregate", "a total of 276".
fn strokes<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let (rest, value) = figure_in(i, STROKES)?;
    if !i.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    // "a 279 aggregate": the total's word right after.
    if let Ok((end, word)) = preceded(sp, alpha_word).parse(rest) {
        if is(word, TOTAL_WORDS) && bare(end) {
            return Ok((rest, consumed(i, rest)));
        }
    }
    if !bare(rest) {
        return fail(i);
    }
    let mut words = before_words_all(before);
    let first = words.next().unwrap_or("");
    let article = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
    let verb = if article { words.next() } else { Some(first) };
    let mut named = before_words_all(before);
    let named = match (named.next(), named.next()) {
        (Some(w), _) if is(w, ROUND_WORDS) => true,
        (Some(w), Some(o)) => w.eq_ignore_ascii_case("round") && is(o, ROUND_ORDINALS),
        _ => false,
    };
    let round = ROUND.contains(&value) && (named || verb.is_some_and(|v| is(v, ROUND_VERBS)));
    // "a total of 276": strokes over the rounds.
    let total =
        first.eq_ignore_ascii_case("of") && words.next().is_some_and(|w| is(w, TOTAL_WORDS));
    if round || total {
        return Ok((rest, consumed(i, rest)));
    }
    fail(i)
}

/// A place in a ranking or a shirt's number: "world number one Tiger
/// Woods", "wearing number 23". The figure only.
fn after_number<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let last = before_words_all(before).next().unwrap_or("");
    if !(last.eq_ignore_ascii_case("number") && before.ends_with(' ')) {
        return fail(i);
    }
    let (rest, _) = figure_in(i, 0.0..=PLAY_MAX)?;
    Ok((rest, consumed(i, rest)))
}

/// Words that stand before a basketball shot named by its points ("hit
/// another 3", "missed a 3", "his 3 from the corner").
const SHOT_DETERMINERS: &[&str] = &["a", "another", "his", "her", "their", "its"];

/// A basketball shot named by its points, "3" with no noun after it.
fn shot_name<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let (rest, _) = (tag("3"), word_end).parse(i)?;
    let last = before_words_all(before).next().unwrap_or("");
    let named = SHOT_DETERMINERS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(last));
    if !(named && bare(rest)) {
        return fail(i);
    }
    Ok((rest, consumed(i, rest)))
}

/// Nouns of a lead a score in play is cut or stretched to ("cut the lead
/// to two", "trimmed the deficit to 4").
const LEAD_WORDS: &[&str] = &["lead", "deficit", "margin", "advantage", "gap", "cushion"];

/// Verbs that bring a side within a score of the other ("pulled within
/// four", "got to within two").
const CLOSING_VERBS: &[&str] = &[
    "pulled", "pull", "pulls", "got", "get", "gets", "moved", "move", "moves", "came", "come",
    "comes", "crept", "closed", "drew", "cut", "cuts", "trimmed", "climbed", "rallied",
];

/// Words that tie a game at a score ("tied the game at 93", "knotted at
/// 88", "level at 2").
const TIE_WORDS: &[&str] = &[
    "tie",
    "tied",
    "ties",
    "tying",
    "knotted",
    "knot",
    "level",
    "levelled",
    "leveled",
    "deadlocked",
    "squared",
];

/// How many words before "at" a tie's word may stand ("tie the game at").
const TIE_REACH: usize = 3;

/// A score while play goes on, a bare figure: "cut the lead to two",
/// "pulled within four", "got to within 2", "tie the game at 93".
fn score_in_play<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let (rest, _) = figure_in(i, 0.0..=PLAY_MAX)?;
    if !bare(rest) {
        return fail(i);
    }
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let mut words = before_words_all(before);
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let in_play = if first.eq_ignore_ascii_case("to") {
        is(second, LEAD_WORDS)
    } else if first.eq_ignore_ascii_case("within") {
        let verb = if second.eq_ignore_ascii_case("to") {
            words.next().unwrap_or("")
        } else {
            second
        };
        is(verb, CLOSING_VERBS)
    } else if first.eq_ignore_ascii_case("at") {
        std::iter::once(second)
            .chain(words.take(TIE_REACH - 1))
            .any(|w| is(w, TIE_WORDS))
    } else {
        false
    };
    if in_play {
        return Ok((rest, consumed(i, rest)));
    }
    fail(i)
}

/// Words for the end or start of a game before its last or first minutes
/// ("in the final seven minutes", "the opening 90 seconds").
const STRETCH_WORDS: &[&str] = &[
    "final", "last", "closing", "opening", "first", "dying", "next",
];

/// The game clock as a stretch of play: "in the final seven minutes", "the
/// last two minutes", "the opening 90 seconds" — minutes or seconds after
/// "the" and a word for the end or start of the game; and so the parts of
/// one game or bout it is played in: "the first two rounds", "the next two
/// rounds", "the last three holes", "the final 10 laps" (whole games stay
/// counted: "its first 17 games").
fn stretch_of_play<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let mut words = before_words_all(before);
    let edge = words.next().unwrap_or("");
    let the = words.next().unwrap_or("");
    if !(the.eq_ignore_ascii_case("the")
        && STRETCH_WORDS.iter().any(|w| w.eq_ignore_ascii_case(edge)))
    {
        return fail(i);
    }
    let (rest, _) = (
        |x| figure_in(x, 0.0..=PLAY_MAX),
        sp,
        alt((
            tnc("minutes"),
            tnc("minute"),
            tnc("mins"),
            tnc("seconds"),
            tnc("second"),
            tnc("secs"),
            tnc("rounds"),
            tnc("quarters"),
            tnc("halves"),
            tnc("innings"),
            tnc("periods"),
            tnc("sets"),
            tnc("frames"),
            tnc("holes"),
            tnc("laps"),
        )),
        word_end,
    )
        .parse(i)?;
    Ok((rest, consumed(i, rest)))
}

/// Events a race names itself by after its distance.
const EVENT_WORDS: &[&str] = &[
    "breaststroke",
    "backstroke",
    "butterfly",
    "freestyle",
    "medley",
    "relay",
    "hurdles",
    "steeplechase",
];

/// Words of what a race is run or swum for, which name it by its distance
/// as an event's word does: "the 100m world record", "the 1500m final",
/// "the 10km title".
const RACE_HONOURS: &[&str] = &[
    "world",
    "record",
    "records",
    "final",
    "finals",
    "semifinal",
    "semifinals",
    "heat",
    "heats",
    "title",
    "titles",
    "crown",
    "champion",
];

/// A race's name by its distance: "the 200 metres breaststroke", "the
/// 100m freestyle", "the 400m hurdles", "the 100m world record" — the
/// distance and the event's word ([`EVENT_WORDS`], [`RACE_HONOURS`]) after it (a distance that is a statistic, "swam 200 metres in",
/// has none).
fn event_distance(i: &str) -> Res<'_, &str> {
    let (rest, _) = (
        digit1,
        opt(sp),
        alt((
            tnc("metres"),
            tnc("meters"),
            tnc("metre"),
            tnc("meter"),
            tnc("km"),
            tnc("m"),
        )),
        word_end,
    )
        .parse(i)?;
    let (after, _) = sp(rest)?;
    let (_, word) = alpha_word(after)?;
    let event = EVENT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
        || RACE_HONOURS.iter().any(|w| w.eq_ignore_ascii_case(word));
    if !event {
        return fail(i);
    }
    Ok((rest, consumed(i, rest)))
}

/// The figures of play of this module, tried in order. The bytes to skip.
pub(super) fn figure_of_play<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    if !i.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return fail(i);
    }
    alt((
        against_par,
        |x| strokes(before, x),
        |x| shot_name(before, x),
        |x| score_in_play(before, x),
        |x| stretch_of_play(before, x),
        |x| after_number(before, x),
        event_distance,
    ))
    .parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes [`figure_of_play`] skips at `i` after `before`.
    fn skip(before: &str, i: &str) -> Option<usize> {
        figure_of_play(before, i)
            .ok()
            .map(|(r, _)| i.len() - r.len())
    }

    #[test]
    fn golf_scores_against_par_take_their_strokes_along() {
        assert_eq!(skip("carded a ", "three-under-par 68 on day two"), Some(18));
        assert_eq!(skip("ended on an ", "eleven-under total of 273."), Some(25));
        assert_eq!(skip("sat ", "four under par after"), Some(14));
        assert_eq!(skip("finished ", "six-over, two back"), Some(8));
        // A count of overs, a team's age band: no score.
        assert_eq!(skip("bowled a ", "five-over spell"), None);
        assert_eq!(skip("fielded ", "two under-18 sides"), None);
        assert_eq!(skip("", "three over the limit"), None);
    }

    #[test]
    fn golf_rounds_and_totals_in_strokes() {
        assert_eq!(skip("signed off with a closing ", "67 to win"), Some(2));
        assert_eq!(skip("Kerrow shot ", "64, the best"), Some(2));
        assert_eq!(skip("she carded a ", "70."), Some(2));
        assert_eq!(skip("a third-round ", "66 to lead"), Some(2));
        assert_eq!(skip("and a ", "281 aggregate."), Some(3));
        assert_eq!(skip("a four-round total of ", "268 and"), Some(3));
        // Counted nouns, and figures out of a round's range, stay claims.
        assert_eq!(skip("Kerrow shot ", "64 percent"), None);
        assert_eq!(skip("Kerrow shot ", "12 of 20"), None);
        assert_eq!(skip("a total of ", "276 votes"), None);
        assert_eq!(skip("a closing ", "7 and"), None);
        assert_eq!(skip("posted a ", "33 per cent rise"), None);
    }

    #[test]
    fn ranks_shots_and_scores_in_play() {
        assert_eq!(skip("former world number ", "one Ana Ruiz"), Some(3));
        assert_eq!(skip("Okoro drained another ", "3 to"), Some(1));
        assert_eq!(skip("Lind missed a ", "3 and"), Some(1));
        assert_eq!(skip("Lind missed ", "3 shots"), None);
        assert_eq!(skip("a ", "3-pointer"), None);
        assert_eq!(skip("a free throw tied the game at ", "88 with"), Some(2));
        assert_eq!(skip("knotted at ", "40."), Some(2));
        assert_eq!(skip("a dunk cut the lead to ", "two, and"), Some(3));
        assert_eq!(skip("the Hawks pulled to within ", "four"), Some(4));
        assert_eq!(skip("the Hawks pulled within ", "4 points"), None);
        // Not a score: "sold at", "rose to", "within 30 days".
        assert_eq!(skip("tickets sold at ", "40 each"), None);
        assert_eq!(skip("attendance rose to ", "12,000."), None);
        assert_eq!(skip("the lead to ", "two players"), None);
    }

    #[test]
    fn the_game_clock_as_a_stretch_of_play() {
        assert_eq!(skip("in the final ", "six minutes to"), Some(11));
        assert_eq!(skip("in the opening ", "90 seconds."), Some(10));
        assert_eq!(skip("played ", "36 minutes"), None);
        assert_eq!(skip("the final ", "six games"), None);
    }

    #[test]
    fn a_race_named_by_its_distance_is_no_claim() {
        assert_eq!(skip("won the men's ", "200 metres breaststroke"), Some(10));
        assert_eq!(skip("the ", "100m freestyle final"), Some(4));
        assert_eq!(skip("in the ", "400m hurdles."), Some(4));
        assert_eq!(
            skip("the 50m breaststroke and ", "100m breaststroke titles"),
            Some(4)
        );
        // The event by what it is raced for.
        assert_eq!(skip("I dream of the ", "100m world record."), Some(4));
        assert_eq!(skip("reached the ", "1500m final"), Some(5));
        assert_eq!(skip("won the ", "10km title"), Some(4));
        // A distance swum or run is a statistic.
        assert_eq!(skip("swam ", "200 metres in record time"), None);
        assert_eq!(skip("ran ", "10km on Sunday"), None);
    }

    #[test]
    fn the_parts_of_a_game_it_is_played_in_are_a_stretch_of_play() {
        assert_eq!(skip("The first ", "two rounds went"), Some(10));
        assert_eq!(skip("while the next ", "three rounds"), Some(12));
        assert_eq!(skip("over the last ", "four holes"), Some(10));
        assert_eq!(skip("in the final ", "10 laps,"), Some(7));
        // Whole games, and parts not after "the" and an edge, stay counted.
        assert_eq!(skip("its first ", "17 games"), None);
        assert_eq!(skip("won ", "two rounds"), None);
        assert_eq!(skip("the ", "two rounds"), None);
    }
}
