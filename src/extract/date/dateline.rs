//! A wire story's dateline ("FRANKFURT, Oct 30 (Reuters) -", "New Delhi,
//! Aug 2:", "BERLIN May 3 Volkswagen …", "Aug 22 (Reuters) - …", a date
//! alone on its line under a headline or atop the page) says
//! when the copy was filed: it is the article's own date, not a claim.

/// How far a dateline's place may run before its date (bytes).
const PLACE_MAX: usize = 60;

/// Whether the day at `start..end` of `prose` is a dateline: it opens its
/// paragraph after at most a place name (capitalised words and commas),
/// and is followed by an agency in brackets and a dash, a colon or a dash,
/// or — after a place in capitals — the story itself; or it stands alone
/// on its line.
pub fn is_dateline(prose: &str, start: usize, end: usize) -> bool {
    let Some(head) = prose.get(start.saturating_sub(PLACE_MAX)..start) else {
        return false;
    };
    if in_agency_bracket(head, prose.get(end..).unwrap_or("")) {
        return true;
    }
    let place = match head.rfind('\n') {
        Some(k) => &head[k + 1..],
        None if start <= PLACE_MAX => head,
        None => return false,
    };
    let words: Vec<&str> = place
        // "FUKUOKA (Japan), July 28": a country in brackets is part of the place.
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised =
        |w: &&str| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit());
    if words.len() > 6 || !words.iter().all(capitalised) {
        return false;
    }
    let line_end = prose
        .get(end..)
        .map_or(end, |r| end + r.find('\n').unwrap_or(r.len()));
    let after = prose.get(end..line_end.min(end + PLACE_MAX)).unwrap_or("");
    let after = after.trim_start();
    let dash = |s: &str| s.starts_with(['-', '\u{2013}', '\u{2014}', ':']);
    if words.is_empty() {
        // "Aug 22 (Reuters) - …": a wire's date with no place, its
        // agency's name in capitals in brackets and a dash.
        if let Some((agency, rest)) = after
            .strip_prefix('(')
            .and_then(|inside| inside.split_once(')'))
        {
            return agency.len() <= 30
                && !agency.trim().is_empty()
                && agency
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                && rest.trim_start().starts_with(['-', '\u{2013}', '\u{2014}']);
        }
        // Alone on a line between a headline and the story, or on the
        // first line before the story (a page's publication line); a
        // text that is only a date is a date.
        let opens_text = prose.get(..start).is_some_and(|r| r.trim().is_empty());
        let headline_before = head.contains('\n') || opens_text;
        let story_after = prose.get(line_end..).is_some_and(|r| !r.trim().is_empty());
        return headline_before
            && story_after
            && prose
                .get(end..line_end)
                .is_some_and(|r| r.trim().is_empty());
    }
    if let Some(inside) = after.strip_prefix('(') {
        let Some(k) = inside.find(')').filter(|k| *k <= 30) else {
            return false;
        };
        // "London, May 8 (Wire) Ministers said …": the agency's name in
        // capitals, then the story, with no dash between.
        let agency = inside[..k]
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
        let story = inside[k + 1..].strip_prefix(' ');
        return dash(inside[k + 1..].trim_start())
            || (agency && story.is_some_and(|r| r.starts_with(char::is_uppercase)));
    }
    if dash(after) {
        return true;
    }
    // "FUKUOKA (Japan), July 28" alone on its line above the story: a
    // place that opens with a word in capitals.
    let opens_in_capitals = words.first().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    });
    if opens_in_capitals
        && after.is_empty()
        && prose.get(line_end..).is_some_and(|r| !r.trim().is_empty())
    {
        return true;
    }
    let shouting = place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase);
    shouting && after.starts_with(char::is_uppercase)
}

/// "WASHINGTON (UrduPoint News / Sputnik - 01st April, 2022) US
/// employers …": the date closes the agency's bracket after a place in
/// capitals that opens the paragraph. `head` is the text before the date
/// (at most [`PLACE_MAX`] bytes), `after` the text after it.
fn in_agency_bracket(head: &str, after: &str) -> bool {
    let line = head.rsplit('\n').next().unwrap_or(head);
    if line.len() == head.len() && head.len() >= PLACE_MAX {
        return false;
    }
    let Some((place, agency)) = line.split_once('(') else {
        return false;
    };
    let place = place.trim();
    let capitals = !place.is_empty()
        && place
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == ',' || c == '.');
    let agency = agency.trim_end();
    let separated = agency.ends_with(['-', '\u{2013}', '\u{2014}', ',', '/']);
    capitals && separated && !agency.contains(')') && after.trim_start().starts_with(')')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, date: &str) -> bool {
        let start = text.find(date).unwrap();
        is_dateline(text, start, start + date.len())
    }

    #[test]
    fn a_date_closing_an_agency_bracket_is_a_dateline() {
        let text = "Headline\nOSLO (Nordwire / Agency - 03rd May, 2023) The bank said…";
        assert!(at(text, "03rd May, 2023"));
        // Not in capitals, or the bracket goes on: a date in the story.
        assert!(!at(
            "Headline\nOslo (Nordwire - 03rd May, 2023) The bank said…",
            "03rd May, 2023"
        ));
        assert!(!at(
            "Headline\nThe vote (held on 03rd May, 2023) was close.",
            "03rd May, 2023"
        ));
    }

    #[test]
    fn datelines_in_their_forms() {
        assert!(at(
            "Headline\nLISBON, Mar 4 (Wire) - The bank said…",
            "Mar 4"
        ));
        assert!(at("Oslo, Jun 3: The ministry said…", "Jun 3"));
        assert!(at("Harbury, May 8 (WNS) The council said…", "May 8"));
        assert!(at(
            "PORT TOWN, Ga., Sept. 9 (NNS) -- Scientists say…",
            "Sept. 9"
        ));
        assert!(at("MADRID Jan 7 Iberia reported…", "Jan 7"));
        assert!(at(
            "Headline\nVELDMOOR (Norland), July 28\nThe swimmer won…",
            "July 28"
        ));
        // A title-case headline ending in a date is not a place.
        assert!(!at(
            "Budget Vote Set For March 3\nThe house will vote…",
            "March 3"
        ));
        assert!(at(
            "Storm over the bay\nMay 5, 2019\nRain fell.",
            "May 5, 2019"
        ));
    }

    #[test]
    fn a_wire_date_with_no_place_is_a_dateline() {
        assert!(at(
            "Mill closes early\nJun 4 (Wire) - The mill said on Friday…",
            "Jun 4"
        ));
        assert!(at("Sep 9 (Nordwire News) \u{2013} Rain fell…", "Sep 9"));
        // Not an agency, or no dash: a date in the story.
        assert!(!at("Jun 4 (a Friday) - the mill shut.", "Jun 4"));
        assert!(!at("Jun 4 (Wire) the mill shut.", "Jun 4"));
    }

    #[test]
    fn a_date_alone_on_the_first_line_before_the_story_is_a_dateline() {
        assert!(at(
            "Tuesday, June 4, 2024\nThe mill closed on Monday.",
            "Tuesday, June 4, 2024"
        ));
        assert!(at("\n  June 4, 2024\nThe mill closed.", "June 4, 2024"));
        // The first line with more on it, or nothing after: a date.
        assert!(!at(
            "June 4, 2024 was the day.\nThe mill closed.",
            "June 4, 2024"
        ));
        assert!(!at("June 4, 2024\n", "June 4, 2024"));
    }

    #[test]
    fn dates_in_prose_are_not_datelines() {
        assert!(!at("On May 3 the firm said it would sell.", "May 3"));
        assert!(!at("Lisbon's bank said on Mar 4 (a Friday) that…", "Mar 4"));
        assert!(!at("The Vote, May 3, was close.", "May 3"));
        assert!(!at("Harbury, May 8 (a Friday) The council met.", "May 8"));
        assert!(!at("Harbury, May 8 (WNS) the council said…", "May 8"));
        assert!(!at("May 3: a day to remember, said the mayor.", "May 3"));
        assert!(!at("Madrid Jan 7 Iberia reported…", "Jan 7"));
        assert!(!at("May 5, 2019", "May 5, 2019"));
        assert!(!at("Storm over the bay\nMay 5, 2019", "May 5, 2019"));
    }
}
