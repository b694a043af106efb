//! The noun a figure counts: the head of the noun phrase after it ("16
//! political parties" → parties), or none where the noun is implied ("22
//! died"). See the README, "How figures are read".

use nom::Parser;

use crate::extract::grammar::{alpha_word, lower, sp, Res};
use crate::extract::lexicon::{
    is_not_noun, CHANGE_VERBS, MONTHS, NOUNS_LIKE_VERB_FORMS, PARTICIPLES_IN_N, PLURAL_MODIFIERS,
    POST_NOUN_WORDS, SKIPPABLE_ADJECTIVES, SMALL_NUMBERS, TENS, VERBS_AFTER_FIGURES, WEEKDAYS,
};

/// The counted noun after a figure: the head of the noun phrase that
/// follows it ("16 political parties" → parties, "45 new bus drivers" →
/// drivers, "543 Lok Sabha seats" → seats, "4.6 million Syrians" →
/// Syrians). Returns the head and the input after it; fails where no noun
/// is written ("22 died", "42,397 were injured"): the noun is implied.
pub fn counted_noun(i: &str) -> Res<'_, &str> {
    let err = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alpha));
    let (rest, head) = match noun_phrase_head(i) {
        Phrase::Head(rest, head) => (rest, head),
        Phrase::Implied => return Err(err()),
        Phrase::TooLong => first_noun(i)?,
    };
    // "injuring 12 others", "three new ones": a pronoun stands for the
    // noun, which is implied as after "22 died".
    if PRONOUN_HEADS.iter().any(|p| p.eq_ignore_ascii_case(head)) {
        return Err(err());
    }
    Ok((rest, head))
}

/// Whether the noun phrase `head` ends opens with a past tense in -ed
/// that the head does not follow right after ("2020 reflected higher
/// grades": a verb, its object after it); `i` starts right after the
/// figure. "1950 displaced families" is a modifier and its noun.
pub(crate) fn verb_opens_phrase(i: &str, head: &str) -> bool {
    let Ok((r, (_, first))) = (sp, alpha_word).parse(i) else {
        return false;
    };
    let lower = lower(first);
    let verb = first.starts_with(char::is_lowercase)
        && is_verb_form(&lower)
        && !SKIPPABLE_ADJECTIVES.contains(&&*lower);
    let next = (sp, alpha_word).parse(r).map(|(_, (_, w))| w);
    verb && next.is_ok_and(|w| w != head)
}

/// Pronouns that end a noun phrase after a figure in the place of its
/// head: what they count is named elsewhere.
const PRONOUN_HEADS: &[&str] = &["others", "ones"];

/// The most words a noun phrase after a figure is read over, modifiers
/// and head ("500 local and foreign militants" is four: a joiner, and an
/// adverb in -ly that modifies the modifier after it, "97 domestically
/// designed and built Tejas fighter jets", are not counted). A longer run
/// of words with no end in sight is not read as one phrase.
const NOUN_PHRASE_WORDS: usize = 5;

/// The most words read in all, those not counted included.
const NOUN_PHRASE_ALL_WORDS: usize = 2 * NOUN_PHRASE_WORDS;

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
    let mut words: Vec<Word<'_>> = Vec::with_capacity(NOUN_PHRASE_WORDS + 1);
    // The words counted against [`NOUN_PHRASE_WORDS`].
    let mut counted = 0;
    let mut cur = i;
    let mut lowercase_seen = false;
    // Whether a word that can only be a noun or adjective has been read:
    // a verb form after it is the sentence's verb ("two executives funded
    // …", "planets orbiting"), not a modifier ("40 injured people").
    let mut noun_seen = false;
    // Whether the words read last are a designation and the capitalised
    // words of its name after it ("F-35A Lightning II"): one modifier,
    // whose words are no verbs ("Lightning") and count once.
    let mut in_designation = false;
    while counted <= NOUN_PHRASE_WORDS && words.len() <= NOUN_PHRASE_ALL_WORDS {
        let Ok((r, _)) = sp(cur) else { break };
        // "12 Boeing 787 Dreamliners", "eight 787-10 jets": digits after a
        // maker's name, or a designation of digits and hyphens first, name
        // a model.
        let after_name = words
            .last()
            .is_some_and(|w| w.shape == Shape::Letters && w.text.starts_with(char::is_uppercase));
        let digit_model = digit_model_end(r, after_name, words.is_empty()).map(|end| {
            let (w, after) = r.split_at(end);
            (after, w, Shape::Model)
        });
        let Some((after, w, shape)) = digit_model.or_else(|| phrase_word(r)) else {
            break;
        };
        if shape != Shape::Letters {
            // "11,000 U.S. troops", "six 3-point attempts": a name's
            // abbreviation or a figure's compound only modifies a noun
            // after it.
            lowercase_seen |= shape == Shape::Compound;
            noun_seen = true;
            counted += 1;
            in_designation = shape == Shape::Model;
            words.push(Word {
                text: w,
                after,
                shape,
            });
            cur = after;
            if !after.starts_with(crate::extract::grammar::is_space) {
                break;
            }
            continue;
        }
        let lower = lower(w);
        let lower = &*lower;
        let capitalised = w.starts_with(char::is_uppercase);
        // "F-35A Lightning II fighter jets": a capitalised word after a
        // designation goes on with its name.
        let name_part = in_designation && capitalised;
        // "3,017 apparent opioid-related deaths": a hyphened compound in
        // -ed before a noun is an adjective, no verb.
        let compound_adjective = w.contains('-') && lowercase_word_follows(after);
        let verbish = !name_part
            && !compound_adjective
            && (is_verb_form(lower) || is_adverb(lower) || is_participle(lower));
        if is_joiner(lower) {
            // "designed and assembled boats": a participle joins another.
            let participle_before = words
                .last()
                .is_some_and(|w| w.shape == Shape::Letters && is_verb_form(&self::lower(w.text)));
            if words.is_empty() || !joined_words_follow(after, participle_before) {
                break;
            }
        } else if is_not_noun(w) {
            // "800 more troops", "13 such games": a few function words open
            // a phrase as adjectives, never inside one ("40 touchdowns last
            // season").
            if !(words.is_empty() && SKIPPABLE_ADJECTIVES.contains(&lower)) {
                break;
            }
        } else if ends_noun_phrase(lower)
            || (verbish && noun_seen && !joins_a_compound(lower, after))
        {
            break;
        }
        // After a lowercase word, a capitalised one only modifies a
        // lowercase noun after it ("45 new Airbus jets"); else it opens
        // what comes next. After the adjectives that open a phrase alone
        // a capitalised plural is the head ("two more Saudis and …").
        let opening_adjectives = words.iter().all(|w| {
            w.shape == Shape::Letters && SKIPPABLE_ADJECTIVES.contains(&&*self::lower(w.text))
        });
        let plural_name = opening_adjectives
            && ((lower.ends_with('s') && lower.len() > 3 && !lower.ends_with("ss"))
                || acronym_plural(w));
        if capitalised && lowercase_seen && !plural_name && !lowercase_word_follows(after) {
            break;
        }
        lowercase_seen |= !capitalised && !is_joiner(lower);
        if !(is_joiner(lower) || is_adverb(lower) || name_part) {
            counted += 1;
        }
        in_designation = name_part;
        // "two previous reported cases": an adjective by its ending (-ous)
        // is no noun a verb form may follow.
        let adjective = SKIPPABLE_ADJECTIVES.contains(&lower) || lower.ends_with("ous");
        noun_seen |= !verbish && !is_joiner(lower) && !adjective;
        words.push(Word {
            text: w,
            after,
            shape,
        });
        cur = after;
        // A lowercase plural heads its phrase: modifiers before a head are
        // singular ("bus drivers"), so "310,000 voters cast a ballot" ends
        // at "voters" (but "sports fans", "weapons inspectors", and a
        // plural before a compound's participle, "drugs related arrests").
        // A plural without -s heads its phrase as well ("20 million people
        // felt it": the past tense after it is the verb).
        let plural_head = (reads_plural(lower) && !PLURAL_MODIFIERS.contains(&lower))
            || PLURAL_HEADS_WITHOUT_S.contains(&lower);
        if !capitalised
            && plural_head
            && !compound_participle_follows(after)
            && !plural_noun_follows(after)
        {
            break;
        }
        // Punctuation right after a word ends the phrase ("800 troops, …").
        if !after.starts_with(crate::extract::grammar::is_space) {
            break;
        }
    }
    if counted > NOUN_PHRASE_WORDS || words.len() > NOUN_PHRASE_ALL_WORDS {
        return Phrase::TooLong;
    }
    while let Some(word) = words.last() {
        let lower = lower(word.text);
        let trailing = matches!(word.shape, Shape::Compound | Shape::Quoted)
            || (word.shape == Shape::Model && !model_plural(word.text))
            || is_joiner(&lower)
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
    let Some(&Word {
        text: head,
        after: rest,
        ..
    }) = words.last()
    else {
        return Phrase::Implied;
    };
    let lower = lower(head);
    let alone = words.len() == 1;
    // Capitalised words alone are a name ("3 Downing Street") unless
    // their head is a plural ("4.6 million Syrians", "two Liberal and
    // National Party seats"); a lone adjective counts nothing.
    let capitals_only = words
        .iter()
        .all(|w| is_joiner(w.text) || w.text.starts_with(char::is_uppercase));
    if capitals_only && !(lower.ends_with('s') && head.len() > 3) && !acronym_plural(head) {
        return Phrase::Implied;
    }
    if alone && is_not_noun(head) {
        return Phrase::Implied;
    }
    Phrase::Head(rest, head)
}

/// Plurals not in -s that head the phrase they end, as a plural in -s
/// does: they rarely modify a noun after them.
const PLURAL_HEADS_WITHOUT_S: &[&str] = &["people", "children"];

/// A plural of capital letters: "MPs", "NGOs", "CEOs" (two capitals at
/// least and a lowercase "s"; not "Ms").
fn acronym_plural(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// One word of a noun phrase as read, and the input after it.
struct Word<'a> {
    text: &'a str,
    after: &'a str,
    shape: Shape,
}

/// What a word of a noun phrase is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Letters ("drivers", "Lok", "measles-related").
    Letters,
    /// Capital letters each with its point: "U.S.", "U.K.", "U.N.".
    Abbreviation,
    /// A figure joined to a word by a hyphen: "3-point", "10-year".
    Compound,
    /// A model designation: "Mark-1A", "F-404". It only modifies a noun
    /// after it ("113 F-404 engines"); at a phrase's end it is dropped.
    Model,
    /// A name in quotation marks: "‘Vintra’" in "24 ‘Vintra’ mortars". It
    /// names a kind of the noun after it, as a model does.
    Quoted,
}

/// The next word of a noun phrase at `i` (no leading blank): letters, a
/// capitalised abbreviation with its points, or a figure's compound.
fn phrase_word(i: &str) -> Option<(&str, &str, Shape)> {
    if let Some(end) = quoted_name_end(i) {
        let (w, after) = i.split_at(end);
        return Some((after, w, Shape::Quoted));
    }
    if let Some(end) = model_end(i) {
        let (w, after) = i.split_at(end);
        return Some((after, w, Shape::Model));
    }
    if let Ok((after, w)) = alpha_word(i) {
        // "U.S.": a capital then a point, twice or more.
        if let Some(end) = abbreviation_end(i) {
            let (w, after) = i.split_at(end);
            return Some((after, w, Shape::Abbreviation));
        }
        return Some((after, w, Shape::Letters));
    }
    let digits = i
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        .count();
    let joined = i.get(digits..)?.strip_prefix('-')?;
    if digits == 0 || !i.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (after, _) = alpha_word(joined).ok()?;
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let w = crate::extract::grammar::consumed(i, after);
    Some((after, w, Shape::Compound))
}

/// The longest name in quotation marks read, in bytes (marks included).
const QUOTED_MAX: usize = 32;

/// The length of a name in quotation marks at the start of `i` that
/// names a kind of the noun after it ("‘Vintra’" in "24 ‘Vintra’ mortars",
/// "\"Patriot\" batteries"): an opening mark, a capitalised name of
/// letters, digits, blanks and hyphens, its closing mark, then a blank
/// and a lowercase word. A quotation that says something ("‘we will
/// win’") opens lowercase or runs on, and is no name.
fn quoted_name_end(i: &str) -> Option<usize> {
    let open = i.chars().next()?;
    let close = match open {
        '‘' => '’',
        '“' => '”',
        '"' => '"',
        '\'' => '\'',
        _ => return None,
    };
    let inner = i.get(open.len_utf8()..)?;
    if !inner.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let len = inner
        .char_indices()
        .take_while(|&(k, c)| k < QUOTED_MAX && (c.is_alphanumeric() || c == ' ' || c == '-'))
        .last()
        .map(|(k, c)| k + c.len_utf8())?;
    let after = inner.get(len..)?.strip_prefix(close)?;
    let end = i.len() - after.len();
    let name = inner.get(..len)?;
    let noun_follows = after.starts_with(' ') && lowercase_word_follows(after);
    (end <= QUOTED_MAX && !name.ends_with(' ') && noun_follows).then_some(end)
}

/// A model designation in the plural ("A380s", "A350-1000s", "F-16s"):
/// an "s" right after its last digit. It is a noun, the head of its
/// phrase ("12 Airbus A350-1000s"), where a bare designation only
/// modifies the noun after it ("Tejas Mark-1A jets").
fn model_plural(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()))
}

/// The longest model designation read, in bytes.
const MODEL_MAX: usize = 16;

/// The length of a model designation that opens with digits at the start
/// of `i`: after a maker's name (`after_name`) digits, with any hyphened
/// parts and letters glued on ("787" in "Boeing 787 Dreamliners", "787-9",
/// "737s"; not a year, "Budget 2024"); first after a count (`first`) only
/// digits with a hyphened part of digits ("eight 787-10 jets"; "six
/// 3-point attempts" is a figure's compound). Not a figure that goes on
/// (",000", ".5") and no more than [`MODEL_MAX`] bytes.
fn digit_model_end(i: &str, after_name: bool, first: bool) -> Option<usize> {
    if !(after_name || first) {
        return None;
    }
    let b = i.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 5 {
        return None;
    }
    let k = b
        .iter()
        .take(MODEL_MAX + 1)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
        .count();
    let token = i.get(..k)?;
    let next = b.get(k).copied();
    let goes_on = matches!(next, Some(b',' | b'.' | b':' | b'/'))
        && b.get(k + 1).is_some_and(u8::is_ascii_digit);
    let closed = k <= MODEL_MAX
        && !token.ends_with('-')
        && !token.contains("--")
        && !goes_on
        && !matches!(next, Some(b'%' | b'$' | b'\''))
        && next.is_none_or(|c| c.is_ascii());
    if !closed {
        return None;
    }
    // A part after a hyphen that holds a digit: "787-10", "737-8".
    let hyphened_digits = token
        .split('-')
        .skip(1)
        .any(|p| p.starts_with(|c: char| c.is_ascii_digit()));
    if after_name {
        // A year after a name is an edition or a date ("Vision 2030").
        let year = k == 4 && matches!(token.get(..2), Some("18" | "19" | "20"));
        return (!year).then_some(k);
    }
    // "787-10", "787-10s"; letters glued on only after the hyphened part.
    let glued = token.get(digits..).is_some_and(|t| t.starts_with('-'));
    (hyphened_digits && glued).then_some(k)
}

/// The rest of `i` after a model designation that follows a count with
/// no noun of its own ("four Boeing 787-9 and …", "eight 787-10."): a
/// maker's capitalised name, then a designation, or a designation of
/// digits and hyphens alone. The claim reaches over it, as it names what
/// is counted; none of its digits is a figure of its own.
pub(crate) fn model_after_count(i: &str) -> Option<&str> {
    let (r, _) = sp(i).ok()?;
    let named = alpha_word(r)
        .ok()
        .filter(|(_, w)| {
            w.starts_with(char::is_uppercase) && !is_not_noun(w) && !ends_noun_phrase(&lower(w))
        })
        .and_then(|(after, _)| sp(after).ok().map(|(m, _)| m));
    let (at, after_name) = match named {
        Some(m) => (m, true),
        None => (r, false),
    };
    let end = digit_model_end(at, after_name, !after_name)?;
    // Bare digits after a name are a maker's model only by the labels'
    // grammar ("Boeing 737"); here a designation shows its shape: a
    // hyphened part or letters ("787-9", "737s"), not "India 320".
    let shaped = at
        .get(..end)
        .is_some_and(|t| !t.bytes().all(|c| c.is_ascii_digit()));
    shaped.then(|| at.get(end..)).flatten()
}

/// The length of a model designation at the start of `i` ("Mark-1A" in
/// "Tejas Mark-1A jets", "F-404", "Su-30MKI"): an ASCII capital, then
/// letters, digits and inner hyphens holding a digit, then no letter or
/// digit.
fn model_end(i: &str) -> Option<usize> {
    let b = i.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let k = b
        .iter()
        .take(MODEL_MAX + 1)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
        .count();
    let token = i.get(..k)?;
    let model = k <= MODEL_MAX
        && !token.ends_with('-')
        && !token.contains("--")
        && token.bytes().any(|c| c.is_ascii_digit())
        && b.get(k).is_none_or(u8::is_ascii);
    model.then_some(k)
}

/// The length of a capitalised abbreviation with points at the start of
/// `i` ("U.S." in "U.S. troops"): an ASCII capital and a point, at least
/// twice, then no letter or digit.
fn abbreviation_end(i: &str) -> Option<usize> {
    let b = i.as_bytes();
    let mut k = 0;
    while b.get(k).is_some_and(u8::is_ascii_uppercase) && b.get(k + 1) == Some(&b'.') {
        k += 2;
    }
    let ends = !b.get(k).is_some_and(u8::is_ascii_alphanumeric);
    (k >= 4 && ends).then_some(k)
}

/// Participles that join a noun before them into a compound modifier,
/// the hyphen left out ("measles related deaths", "drug linked
/// arrests", "London based firms").
const COMPOUND_PARTICIPLES: &[&str] = &["related", "linked", "based", "induced", "connected"];

/// Whether `lower`, a verb form read after a noun, joins that noun into a
/// compound modifier: one of [`COMPOUND_PARTICIPLES`] with a noun after
/// it ("measles related deaths"; not "cases linked to", a verb).
fn joins_a_compound(lower: &str, after: &str) -> bool {
    COMPOUND_PARTICIPLES.contains(&lower) && lowercase_word_follows(after) && {
        (sp, alpha_word).parse(after).is_ok_and(|(_, (_, w))| {
            let w = crate::extract::grammar::lower(w);
            !(is_verb_form(&w) || is_participle(&w) || is_adverb(&w) || ends_noun_phrase(&w))
        })
    }
}

/// Whether a lowercase plural in -s follows a plural (`after` starts
/// right after it): then the first modifies the second, the head ("150,000
/// vaccines shots", as "sports fans"); a plural verb has no -s. Not a
/// unit of time ("two goals minutes apart": the time is an adverbial),
/// nor a function word.
fn plural_noun_follows(after: &str) -> bool {
    (sp, alpha_word).parse(after).is_ok_and(|(_, (_, w))| {
        let lower = crate::extract::grammar::lower(w);
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && reads_plural(&lower)
            && !is_not_noun(w)
            && !ends_noun_phrase(&lower)
            && !is_verb_form(&lower)
            && !verb_of_a_total(&lower)
            && crate::extract::duration::duration_unit(&lower).is_err()
    })
}

/// Verbs in -s that carry a total to its level, besides the verbs of
/// change ([`CHANGE_VERBS`]): "3 new deaths raises the total", "two cases
/// brings it to 40".
const TOTAL_VERBS: &[&str] = &["brings", "takes", "pushes", "puts", "lifts", "sends"];

/// Whether a word in -s after a plural is the verb of the plural before
/// it, carrying a total or telling a change ("deaths raises total",
/// "sales rises"), not a second plural it modifies: the present of a verb
/// of change, or of one of [`TOTAL_VERBS`].
fn verb_of_a_total(lower: &str) -> bool {
    let base = lower.strip_suffix('s').unwrap_or("");
    TOTAL_VERBS.contains(&lower)
        || (lower.ends_with('s') && (CHANGE_VERBS.contains(&lower) || CHANGE_VERBS.contains(&base)))
}

/// Whether a compound's participle and its noun follow (`after` starts
/// right after a plural): "measles related deaths".
fn compound_participle_follows(after: &str) -> bool {
    (sp, alpha_word)
        .parse(after)
        .is_ok_and(|(r, (_, w))| joins_a_compound(&crate::extract::grammar::lower(w), r))
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
    // A possessive ("the country's soldiers") modifies the noun after it.
    !lower.contains(['\'', '’'])
        && lower.len() > 2
        && lower.ends_with('s')
        && !["ss", "us", "is", "ous"].iter().any(|e| lower.ends_with(e))
}

/// "and", "or": they join modifiers inside a noun phrase.
fn is_joiner(lower: &str) -> bool {
    matches!(lower, "and" | "or")
}

/// Whether two words of a phrase follow a joiner (`after` starts right
/// after it): a modifier and a head ("local and foreign militants"). After
/// a participle in -ed the first may be one too ("designed and assembled
/// boats").
fn joined_words_follow(after: &str, participle_before: bool) -> bool {
    let word = |i, participle_ok: bool| -> Option<(&str, &str)> {
        let (r, _) = sp(i).ok()?;
        let (rest, w) = alpha_word(r).ok()?;
        let lower = lower(w);
        let verbish = if participle_ok && is_verb_form(&lower) {
            VERBS_AFTER_FIGURES.contains(&&*lower)
        } else {
            is_verb_form(&lower) || is_adverb(&lower) || is_participle(&lower)
        };
        (!is_not_noun(w) && !ends_noun_phrase(&lower) && !verbish).then_some((rest, w))
    };
    word(after, participle_before)
        .and_then(|(r, _)| word(r, false))
        .is_some()
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
        // "83 jets worth $2 billion": what the things are worth follows
        // the phrase.
        || lower == "worth"
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
mod tests;
