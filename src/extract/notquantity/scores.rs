//! Scores and tallies: "a 6-3 vote", "a 28-24 win", "12-4 on the season",
//! the sets of one match ("won 6-2, 3-6, 7-5"), a batting line ("went
//! 4-for-4") and a cricket score ("132 for 4"). In sports copy a score
//! that looks like a month and a day ("won 11-8") is a score, and so are
//! the goals of a result line in capitals ("ROVERS 3 CITY 2").

use super::*;

/// Up to three digits.
pub(super) fn small_digits(i: &str) -> Res<'_, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)
}

/// A score or tally: two or three whole numbers joined by dashes, with no
/// plural noun, scale, percent or unit after them ("a 6-3 vote", "a 28-24
/// comeback win", "improved to 12-4", "shot 12-18 from the field", a
/// "2-5-1" record). A plural noun makes it a range ("300-400 new homes",
/// "5-10 years"), as does anything glued to it ("3-4%", "11-13m").
pub fn tally<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    tally_read(before, i, false)
}

/// A score in sports copy: a [`tally`] that may look like a month and a
/// day ("won 11-8", "Holmes (2-4)", "cut the deficit to 2-1": a match
/// report writes no dates so), a batting line ("went 4-for-4", "(3-for-6,
/// three runs)"), or another figure of play (a golf round, a rank, a
/// shot's name, a score in play, a stretch of the game clock: see
/// `play`). The bytes to skip. The driver asks this only of a
/// document [`date::is_sports_copy`] holds to be a match report.
pub fn sports_score(before: &str, i: &str) -> Option<usize> {
    // A score, a tally, a batting line and a result line open with digits,
    // and every figure of play with a figure ("cut the lead to two"): at a
    // word that opens none ("a", "the", most of a match report) nothing
    // more is read. The figure is remembered for the grammars that read
    // it next (`number::memo`).
    if !i.starts_with(|c: char| c.is_ascii_digit()) && numeral(i).is_err() {
        return None;
    }
    let (rest, _) = alt((
        |x| tally_read(before, x, true),
        batting_line,
        |x| result_line(before, x),
        |x| super::play::figure_of_play(before, x),
    ))
    .parse(i)
    .ok()?;
    Some(i.len() - rest.len())
}

/// How long a result line in capitals may be before its figure (bytes).
const RESULT_LINE_MAX: usize = 80;

/// "ROVERS 3 CITY 2", the result a match report puts on its heading line:
/// a goal count right after a team's name, on a line in capitals. The
/// line holds no lowercase letter on either side of the figure, and
/// after it comes the line's end or the next name.
fn result_line<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let line = crate::extract::grammar::tail(before, RESULT_LINE_MAX);
    let line = match line.rfind('\n') {
        Some(k) => &line[k + 1..],
        None if line.len() == before.len() => line,
        None => return fail(i),
    };
    let name = line.trim_end_matches(' ');
    let capitals = name.len() < line.len()
        && name.ends_with(|c: char| c.is_uppercase())
        && !name.chars().any(char::is_lowercase);
    if !capitals {
        return fail(i);
    }
    let (rest, figure) = small_digits(i)?;
    let to = rest.find('\n').unwrap_or(rest.len());
    let after = &rest[..to];
    let next_name = after
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    if !(after.trim_end().is_empty() || next_name) || after.chars().any(char::is_lowercase) {
        return fail(i);
    }
    Ok((rest, figure))
}

/// "3-for-4", "0-for-12": hits for at-bats, made for attempted.
fn batting_line(i: &str) -> Res<'_, &str> {
    let (rest, text) = recognize((small_digits, tag("-for-"), small_digits)).parse(i)?;
    word_end(rest)?;
    Ok((rest, text))
}

/// [`tally`], and in sports copy (`sports`) also the tallies that could
/// be a month and a day.
fn tally_read<'a>(before: &str, i: &'a str, sports: bool) -> Res<'a, &'a str> {
    let (mut rest, text) = tally_shape(i)?;
    // "a 6-3, 7-5 victory", "won 6-2, 3-6, 7-5": the sets of one match,
    // judged together by the words after the last.
    for _ in 0..SETS_MAX {
        match rest.strip_prefix(", ").map(tally_shape) {
            Some(Ok((r, _))) => rest = r,
            _ => break,
        }
    }
    let listed = rest.len() + text.len() < i.len();
    let mut chars = rest.chars();
    let next = chars.next();
    let glued = next.is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '%' | '-' | '–' | '/' | '$' | '€' | '£' | '¥' | '°')
    });
    let figure_goes_on =
        matches!(next, Some('.' | ',')) && chars.next().is_some_and(|c| c.is_ascii_digit());
    // "11-12 €", "3-4 %": a spaced sign after the figures.
    let spaced = rest.trim_start_matches(crate::extract::grammar::is_space);
    let sign_after = spaced.starts_with('%')
        || POSTFIX_CURRENCY_SYMBOLS
            .iter()
            .any(|(sym, _)| spaced.starts_with(sym));
    if glued || figure_goes_on || sign_after {
        return fail(i);
    }
    if let Ok((_, (_, word))) = (sp, alpha_word).parse(rest) {
        // "11-12 million-dollar": the first part of a hyphenated word.
        let w = word.split('-').next().unwrap_or(word);
        let lower = w.to_lowercase();
        let lower = lower.as_str();
        // "a 1-0 win over Leeds", "the 52-47 vote sends it": a tally's
        // noun right after the figures decides, whatever follows it.
        if TALLY_NOUNS.contains(&lower) {
            return Ok((rest, consumed(i, rest)));
        }
        let scale = [SCALES, MORE_SCALES, SCALE_ABBREVIATIONS]
            .iter()
            .any(|t| lookup(t, lower).is_some());
        let percent = matches!(lower, "percent" | "per" | "percentage" | "pct");
        let measure = MEASURES.iter().any(|m| m.eq_ignore_ascii_case(w));
        let money = CURRENCY_WORDS
            .iter()
            .any(|(c, _)| c.eq_ignore_ascii_case(w));
        if scale || percent || measure || money {
            return fail(i);
        }
    }
    let noun = crate::extract::noun_phrase::counted_noun(rest)
        .ok()
        .map(|(_, n)| n);
    if noun.is_some_and(crate::extract::noun_phrase::plural_count) {
        return fail(i);
    }
    // Two numbers that could be a month and a day ("2-15", "10-31-74") are
    // a date unless a tally's words stand beside them ("a 6-3 vote",
    // "won 2-1").
    let parts: Vec<u32> = text
        .split(['-', '–'])
        .filter_map(|p| p.parse().ok())
        .collect();
    // A nought is no month and no day: "4-0" is a score.
    let date_like = match parts.as_slice() {
        [a, b, ..] if *a > 0 && *b > 0 => (*a <= 12 && *b <= 31) || (*a <= 31 && *b <= 12),
        _ => false,
    };
    // "3-1 against Leeds": a record against an opponent.
    let cue_after = noun.is_some_and(|n| TALLY_NOUNS.contains(&n.to_lowercase().as_str()))
        || rest.starts_with(" against ");
    let cue_before = before_words(before)
        .iter()
        .any(|w| TALLY_VERBS.contains(&w.to_lowercase().as_str()))
        || follows_a_tally(before);
    if date_like && !cue_after && !cue_before && !listed && !sports {
        return fail(i);
    }
    Ok((rest, consumed(i, rest)))
}

/// The most sets of one match read as one tally ("6-3, 3-6, 7-5, 6-4").
const SETS_MAX: usize = 4;

/// Two or three whole numbers of up to three digits joined by dashes.
fn tally_shape(i: &str) -> Res<'_, &str> {
    let dash = || alt((tag("-"), tag("–")));
    recognize((
        small_digits,
        dash(),
        small_digits,
        opt((dash(), small_digits)),
    ))
    .parse(i)
}

/// How far back in its sentence a figure looks for a tally it follows.
const TALLY_LOOKBACK: usize = 160;

/// Whether a tally a verb governs ("shot 9-15 from the field", "went
/// 7-12") stands shortly before, in the same sentence: the splits listed
/// after it ("including 3-6 from 3-point range", "(2-4 on 3-pointers)")
/// are tallies too.
fn follows_a_tally(before: &str) -> bool {
    let tail = crate::extract::grammar::tail(before, TALLY_LOOKBACK);
    let mut words = tail.split(crate::extract::grammar::is_space);
    let mut prev = words.next().unwrap_or("");
    for word in words {
        let figures = word.trim_end_matches([',', ';', ')']);
        if tally_shape(figures).is_ok_and(|(r, _)| r.is_empty())
            && TALLY_VERBS.contains(&prev.to_lowercase().as_str())
        {
            return true;
        }
        prev = word;
    }
    false
}

/// The words of `before`, last first, as far as a figure looks back in its
/// sentence.
pub(super) fn before_words_all(before: &str) -> impl Iterator<Item = &str> {
    crate::extract::grammar::tail(before, TALLY_LOOKBACK)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
}

/// The last two words of `before`.
pub(super) fn before_words(before: &str) -> Vec<&str> {
    before
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .collect()
}

/// A cricket score, runs for wickets: "ended the day on 132 for 4",
/// "at 33 for 0", "India scored 252 for 7." — a figure, "for", and ten
/// wickets or fewer with nothing counted after them ("for 4 years", "for 5
/// runs" count).
pub fn runs_for_wickets(i: &str) -> Res<'_, &str> {
    let (rest, text) = recognize((
        nom::character::complete::digit1,
        sp,
        kw("for"),
        sp,
        nom::character::complete::digit1,
    ))
    .parse(i)?;
    let wickets = text.rsplit(' ').next().and_then(|w| w.parse::<u32>().ok());
    let next = rest.trim_start_matches(' ');
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let ends = next.is_empty()
        || next.starts_with(['.', ',', ';', ':', ')', '('])
        || (!word.is_empty()
            && rest.starts_with(' ')
            && crate::extract::lexicon::is_not_noun_lowercase(&word));
    if !(wickets.is_some_and(|w| w <= 10) && ends) {
        return fail(i);
    }
    Ok((rest, text))
}
