//! The noun a figure counts: the head of the noun phrase after it ("16
//! political parties" → parties), or none where the noun is implied ("22
//! died"). See the README, "How figures are read".

use nom::Parser;

use crate::extract::grammar::{alpha_word, lower, sp, Res};
use crate::extract::lexicon::{
    is_not_noun, MONTHS, NOUNS_LIKE_VERB_FORMS, PARTICIPLES_IN_N, PLURAL_MODIFIERS,
    POST_NOUN_WORDS, SKIPPABLE_ADJECTIVES, SMALL_NUMBERS, TENS, VERBS_AFTER_FIGURES, WEEKDAYS,
};

/// The counted noun after a figure: the head of the noun phrase that
/// follows it ("16 political parties" → parties, "45 new bus drivers" →
/// drivers, "543 Lok Sabha seats" → seats, "4.6 million Syrians" →
/// Syrians). Returns the head and the input after it; fails where no noun
/// is written ("22 died", "42,397 were injured"): the noun is implied.
pub fn counted_noun(i: &str) -> Res<'_, &str> {
    let err = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alpha));
    match noun_phrase_head(i) {
        Phrase::Head(rest, head) => Ok((rest, head)),
        Phrase::Implied => Err(err()),
        Phrase::TooLong => first_noun(i),
    }
}

/// The most words a noun phrase after a figure is read over, modifiers
/// and head ("500 local and foreign militants" is five). A longer run of
/// words with no end in sight is not read as one phrase.
const NOUN_PHRASE_WORDS: usize = 5;

/// What [`noun_phrase_head`] read.
enum Phrase<'a> {
    /// The head noun and the input after it.
    Head(&'a str, &'a str),
    /// No noun is written after the figure.
    Implied,
    /// More words than a phrase holds, with no end: not read as one.
    TooLong,
}

/// The noun phrase after a figure, read word by word up to its end (a
/// function word, a number, a date word, punctuation), and its head: the
/// last word, once trailing verbs and adverbs are left out ("22 died",
/// "22 died instantly"). Capitalised words may modify ("two Liberal and
/// National Party seats"), but a capitalised word alone heads the phrase
/// only as a plural ("Syrians", not "Smith"). "and"/"or" join modifiers
/// only when the phrase goes on for two more words ("local and foreign
/// militants", but "apples and oranges" is two phrases).
fn noun_phrase_head(i: &str) -> Phrase<'_> {
    // (word, input after it)
    let mut words: Vec<(&str, &str)> = Vec::with_capacity(NOUN_PHRASE_WORDS + 1);
    let mut cur = i;
    let mut lowercase_seen = false;
    // Whether a word that can only be a noun or adjective has been read:
    // a verb form after it is the sentence's verb ("two executives funded
    // …", "planets orbiting"), not a modifier ("40 injured people").
    let mut noun_seen = false;
    while words.len() <= NOUN_PHRASE_WORDS {
        let Ok((r, _)) = sp(cur) else { break };
        let Ok((after, w)) = alpha_word(r) else { break };
        let lower = lower(w);
        let lower = &*lower;
        let verbish = is_verb_form(lower) || is_adverb(lower) || is_participle(lower);
        if is_joiner(lower) {
            if words.is_empty() || !joined_words_follow(after) {
                break;
            }
        } else if is_not_noun(w) {
            // "800 more troops": a few function words open a phrase as
            // adjectives, never inside one ("40 touchdowns last season").
            if !(words.is_empty() && SKIPPABLE_ADJECTIVES.contains(&lower)) {
                break;
            }
        } else if ends_noun_phrase(lower) || (verbish && noun_seen) {
            break;
        }
        let capitalised = w.starts_with(char::is_uppercase);
        // After a lowercase word, a capitalised one only modifies a
        // lowercase noun after it ("45 new Airbus jets"); else it opens
        // what comes next.
        if capitalised && lowercase_seen && !lowercase_word_follows(after) {
            break;
        }
        lowercase_seen |= !capitalised && !is_joiner(lower);
        noun_seen |= !verbish && !is_joiner(lower) && !SKIPPABLE_ADJECTIVES.contains(&lower);
        words.push((w, after));
        cur = after;
        // A lowercase plural heads its phrase: modifiers before a head are
        // singular ("bus drivers"), so "310,000 voters cast a ballot" ends
        // at "voters" (but "sports fans", "weapons inspectors").
        if !capitalised && reads_plural(lower) && !PLURAL_MODIFIERS.contains(&lower) {
            break;
        }
        // Punctuation right after a word ends the phrase ("800 troops, …").
        if !after.starts_with(crate::extract::grammar::is_space) {
            break;
        }
    }
    if words.len() > NOUN_PHRASE_WORDS {
        return Phrase::TooLong;
    }
    while let Some(&(w, _)) = words.last() {
        let lower = lower(w);
        let trailing = is_joiner(&lower)
            || is_adverb(&lower)
            || is_verb_form(&lower)
            || POST_NOUN_WORDS.contains(&&*lower)
            // "three planets orbiting"; but "1 building" is the noun.
            || (words.len() > 1 && is_participle(&lower));
        if trailing {
            words.pop();
        } else {
            break;
        }
    }
    let Some(&(head, rest)) = words.last() else {
        return Phrase::Implied;
    };
    let lower = lower(head);
    let alone = words.len() == 1;
    // Capitalised words alone are a name ("3 Downing Street") unless
    // their head is a plural ("4.6 million Syrians", "two Liberal and
    // National Party seats"); a lone adjective counts nothing.
    let capitals_only = words
        .iter()
        .all(|(w, _)| is_joiner(w) || w.starts_with(char::is_uppercase));
    if capitals_only && !(lower.ends_with('s') && head.len() > 3) {
        return Phrase::Implied;
    }
    if alone && is_not_noun(head) {
        return Phrase::Implied;
    }
    Phrase::Head(rest, head)
}

/// The counted noun by the first word after the figure, skipping a
/// capitalised or common adjective ("800 Italian troops", "800 more
/// troops"): the reading where the phrase runs on too long to find its end.
fn first_noun(i: &str) -> Res<'_, &str> {
    let (rest, _) = sp(i)?;
    let (after, word) = alpha_word(rest)?;
    let not_noun = is_not_noun(word);
    let err = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alpha));
    let adjective = || {
        let lower = word.to_lowercase();
        SKIPPABLE_ADJECTIVES.contains(&lower.as_str())
    };
    if not_noun && !adjective() {
        return Err(err());
    }
    let capitalised = word.starts_with(char::is_uppercase);
    if capitalised || adjective() {
        // An adjective only if a lowercase noun follows.
        if let Ok((after2, noun)) = (sp, alpha_word).parse(after).map(|(r, (_, n))| (r, n)) {
            if noun.starts_with(char::is_lowercase) && !is_not_noun(noun) {
                return Ok((after2, noun));
            }
        }
        if capitalised || not_noun {
            return Err(err());
        }
    }
    Ok((after, word))
}

/// Whether a lowercase word reads as a plural in -s ("voters"; not
/// "bus", "class", "analysis", "famous").
fn reads_plural(lower: &str) -> bool {
    lower.len() > 2
        && lower.ends_with('s')
        && !["ss", "us", "is", "ous"].iter().any(|e| lower.ends_with(e))
}

/// "and", "or": they join modifiers inside a noun phrase.
fn is_joiner(lower: &str) -> bool {
    matches!(lower, "and" | "or")
}

/// Whether two words of a phrase follow a joiner (`after` starts right
/// after it): a modifier and a head ("local and foreign militants").
fn joined_words_follow(after: &str) -> bool {
    let word = |i| -> Option<(&str, &str)> {
        let (r, _) = sp(i).ok()?;
        let (rest, w) = alpha_word(r).ok()?;
        let lower = lower(w);
        let verbish = is_verb_form(&lower) || is_adverb(&lower) || is_participle(&lower);
        (!is_not_noun(w) && !ends_noun_phrase(&lower) && !verbish).then_some((rest, w))
    };
    word(after).and_then(|(r, _)| word(r)).is_some()
}

/// Whether a lowercase word that is not a function word follows.
fn lowercase_word_follows(after: &str) -> bool {
    (sp, alpha_word)
        .parse(after)
        .is_ok_and(|(_, (_, w))| w.starts_with(char::is_lowercase) && !is_not_noun(w))
}

/// Words that end a noun phrase although they are no function words:
/// number words, months and weekdays (a date follows), verbs that often
/// follow a count.
fn ends_noun_phrase(lower: &str) -> bool {
    let table = |t: &[(&str, u32)]| t.iter().any(|(w, _)| *w == lower);
    table(SMALL_NUMBERS)
        || table(TENS)
        || MONTHS
            .iter()
            .any(|(w, _)| w.len() > 3 && w.eq_ignore_ascii_case(lower))
        || WEEKDAYS.iter().any(|(w, _)| w.eq_ignore_ascii_case(lower))
        || VERBS_AFTER_FIGURES.contains(&lower)
}

/// An adverb ending a phrase ("22 died instantly").
fn is_adverb(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ly") && !NOUNS_LIKE_VERB_FORMS.contains(&lower)
}

/// A present participle or a past participle in -n ("orbiting",
/// "given", "known"): a modifier before a noun ("5 known cases"), the verb
/// after one ("2.7 million shots given").
fn is_participle(lower: &str) -> bool {
    (lower.len() >= 5 && lower.ends_with("ing") && !NOUNS_LIKE_VERB_FORMS.contains(&lower))
        || PARTICIPLES_IN_N.contains(&lower)
}

/// A past tense or participle ending a phrase ("22 died", "5 killed"):
/// no counted noun. A word in -ed before a noun still modifies it ("40
/// injured people").
fn is_verb_form(lower: &str) -> bool {
    (lower.len() > 3
        && lower.ends_with("ed")
        && !lower.ends_with("eed")
        && !NOUNS_LIKE_VERB_FORMS.contains(&lower))
        || VERBS_AFTER_FIGURES.contains(&lower)
}

/// Whether a noun reads as a plural count ("residents", "people"), which
/// makes a glued lowercase `m` million rather than metres.
pub(crate) fn plural_count(noun: &str) -> bool {
    let n = lower(noun);
    (n.ends_with('s') && !n.ends_with("ss"))
        // Adjectives in -less counted as people: "1,100 jobless", "200 homeless".
        || n.ends_with("less")
        || matches!(
            &*n,
            "people"
                | "children"
                | "men"
                | "women"
                | "personnel"
                | "staff"
                | "cattle"
                | "police"
                | "aircraft"
                | "livestock"
                | "crew"
                | "offspring"
                | "sheep"
                | "deer"
                | "fish"
                | "feet"
                | "teeth"
                | "geese"
                | "mice"
                | "data"
                | "media"
                | "criteria"
                | "bacteria"
                | "alumni"
                | "clergy"
                | "youth"
                | "infantry"
                | "cavalry"
                | "artillery"
                | "military"
                | "workforce"
                | "head"
        )
}

#[cfg(test)]
mod tests {
    use crate::extract::quantity::quantity;

    fn q(s: &str) -> crate::extract::quantity::ParsedQuantity {
        quantity(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}")).1
    }

    #[test]
    fn head_of_the_noun_phrase() {
        let unit = |s: &str| q(s).unit;
        let some = |s: &str| Some(s.to_owned());
        // The head, past its modifiers.
        assert_eq!(unit("16 political parties took part"), some("parties"));
        assert_eq!(unit("45 new bus drivers were hired"), some("drivers"));
        assert_eq!(unit("12 police officers on patrol"), some("officers"));
        assert_eq!(unit("26 scoring passes in a season"), some("passes"));
        assert_eq!(unit("about 4,200 affected homes"), some("homes"));
        assert_eq!(unit("40 injured people."), some("people"));
        assert_eq!(unit("9 critically ill children"), some("children"));
        assert_eq!(unit("500 local and foreign fighters"), some("fighters"));
        assert_eq!(unit("two Liberal and National Party seats"), some("seats"));
        assert_eq!(unit("543 Lok Sabha seats"), some("seats"));
        assert_eq!(unit("4.6 million Syrians have fled"), some("Syrians"));
        assert_eq!(unit("12 new Airbus jets"), some("jets"));
        assert_eq!(unit("5,655 measles cases"), some("cases"));
        assert_eq!(unit("300 weapons inspectors"), some("inspectors"));
        // The phrase ends at a plural, a function word, a verb, a date.
        assert_eq!(unit("310,000 voters cast a ballot"), some("voters"));
        assert_eq!(unit("5 apples and oranges"), some("apples"));
        assert_eq!(unit("40 touchdowns last season"), some("touchdowns"));
        assert_eq!(
            unit("two executives funded lavish lifestyles"),
            some("executives")
        );
        assert_eq!(unit("three planets orbiting a star"), some("planets"));
        assert_eq!(unit("95 people dead"), some("people"));
        assert_eq!(unit("800 troops Monday"), some("troops"));
        // No noun written: the noun is implied.
        assert_eq!(unit("22 died"), None);
        assert_eq!(unit("22 died instantly"), None);
        assert_eq!(unit("11,000 were injured"), None);
        assert_eq!(unit("3 say so"), None);
        // After a count other than one, a singular noun is named, not
        // counted ("the 272 majority mark").
        assert_eq!(unit("272 majority mark"), None);
        assert_eq!(unit("1 pregnant woman"), some("woman"));
        assert_eq!(unit("1,100 jobless in the north"), some("jobless"));
    }
}
