//! Tests of `noun_phrase`.

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
    // A model designation in the plural is the noun; a bare one only
    // modifies the noun after it.
    assert_eq!(unit("12 Airbus A350-1000s will follow"), some("A350-1000s"));
    assert_eq!(unit("nine A380s in service"), some("A380s"));
    assert_eq!(unit("24 Kestrel F-16s"), some("F-16s"));
    assert_eq!(unit("40 Kestrel Mark-2A jets"), some("jets"));
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
    // A plural without -s heads its phrase too; the verb after it is no
    // noun ("felt" is a past tense without -ed).
    assert_eq!(unit("20 million people felt it"), some("people"));
    assert_eq!(unit("30 children sang"), some("children"));
    // A plural before a plural modifies it: the second is the head.
    assert_eq!(unit("150,000 vaccines shots a day"), some("shots"));
    // Not a unit of time after it, nor a verb.
    assert_eq!(unit("two goals minutes apart"), some("goals"));
    assert_eq!(unit("5 apples and oranges"), some("apples"));
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

#[test]
fn a_name_abbreviated_with_points_modifies_the_noun() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(unit("roughly 2,300 U.K. nurses left"), some("nurses"));
    assert_eq!(unit("some 40 U.N. observers arrived"), some("observers"));
    assert_eq!(
        q("roughly 2,300 U.K. nurses").len,
        "roughly 2,300 U.K. nurses".len()
    );
    // The abbreviation alone is a name, not what is counted.
    assert_eq!(unit("about 900 U.S. The rest"), None);
    assert_eq!(unit("about 900 U.S."), None);
}

#[test]
fn a_model_designation_modifies_the_noun() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(unit("48 Kestrel Mk-2B gliders were"), some("gliders"));
    assert_eq!(unit("about 210 T-55 turbines on order"), some("turbines"));
    assert_eq!(unit("12 Orla Z-9 trainer aircraft."), some("aircraft"));
    assert_eq!(
        unit("12 Orla Z-9 aircraft worth $40 million"),
        some("aircraft")
    );
    assert_eq!(
        q("48 Kestrel Mk-2B gliders were").len,
        "48 Kestrel Mk-2B gliders".len()
    );
    // The designation alone names the thing, as a name does.
    assert_eq!(unit("30 Kestrel Mk-2B. The rest"), None);
    assert_eq!(unit("30 T-55 in May"), None);
}

#[test]
fn digits_after_a_maker_or_hyphened_after_a_count_name_a_model() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    // Digits after a maker's name modify the noun after them.
    assert_eq!(
        unit("12 Orla 787 Dreamliners on order"),
        some("Dreamliners")
    );
    assert_eq!(unit("40 Kestrel 320 jets were"), some("jets"));
    // In the plural the model is the noun.
    assert_eq!(unit("four Orla 737s arrived"), some("737s"));
    // Digits and hyphens right after a count: a model before its noun.
    assert_eq!(unit("eight 787-10 jet deliveries"), some("deliveries"));
    assert_eq!(
        q("eight 787-10 jet deliveries").len,
        "eight 787-10 jet deliveries".len()
    );
    // With no noun the claim reaches over the model, which is no figure.
    let read = q("four Orla 787-9 and eight more");
    assert_eq!((read.unit, read.len), (None, "four Orla 787-9".len()));
    let read = q("eight 787-10.");
    assert_eq!((read.unit, read.len), (None, "eight 787-10".len()));
    // A compound of a figure and a word is no model: it modifies.
    assert_eq!(unit("six 3-point attempts"), some("attempts"));
    // A year after a name is no model; bare digits with no noun are left
    // to the labels ("Boeing 737").
    assert_eq!(q("12 Kestrel 2024 in all").len, 2);
    assert_eq!(q("320 India 245 for 3").len, 3);
}

#[test]
fn a_pointing_word_before_the_noun_is_skipped() {
    assert_eq!(q("9 such storms in a row").unit.as_deref(), Some("storms"));
    assert_eq!(q("9 such").unit, None);
}

#[test]
fn a_noun_joined_by_a_participle_without_its_hyphen_modifies() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        unit("12 flu related admissions were logged"),
        some("admissions")
    );
    assert_eq!(unit("7 mumps linked absences"), some("absences"));
    assert_eq!(unit("30 bonds based funds"), some("funds"));
    // The participle as the verb after the noun: the noun is counted.
    assert_eq!(unit("60 cases linked to the fair"), some("cases"));
    assert_eq!(unit("60 cases related to it"), some("cases"));
    assert_eq!(unit("14 firms based in Leeds"), some("firms"));
}

#[test]
fn a_figures_compound_before_the_noun_modifies_it() {
    let p = q("four 10-minute breaks were taken");
    assert_eq!(p.unit.as_deref(), Some("breaks"));
    assert_eq!(p.len, "four 10-minute breaks".len());
    assert_eq!(q("five 2.5-litre bottles").unit.as_deref(), Some("bottles"));
    // A compound alone counts nothing: "20 3-pointers" names no noun of
    // its own here.
    assert_eq!(q("20 3-pointers").unit, None);
}

#[test]
fn a_possessive_modifies_the_noun_after_it() {
    assert_eq!(q("40 league's referees").unit.as_deref(), Some("referees"));
}

#[test]
fn a_plural_of_capitals_is_the_counted_noun() {
    assert_eq!(q("eleven MPs walked out").unit.as_deref(), Some("MPs"));
    assert_eq!(q("40 NGOs signed").unit.as_deref(), Some("NGOs"));
    // A capital and "s" alone is no acronym's plural; a name stays a name.
    assert_eq!(q("3 Ms").unit, None);
    assert_eq!(q("3 Downing Street").unit, None);
}

#[test]
fn the_head_past_adverbs_and_joined_participles() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    // An adverb in -ly and a joiner do not count against the phrase's
    // length; participles in -ed and irregular ones join.
    assert_eq!(
        unit("97 domestically designed and built Tejas fighter jets to"),
        some("jets")
    );
    assert_eq!(
        unit("24 locally designed and assembled Korrin patrol boats"),
        some("boats")
    );
    // Still a bound: six counted words with no end in sight is no phrase.
    assert_eq!(
        unit("12 big red old wooden farm barn doors"),
        q("12 big").unit
    );
    // A verb after the joiner still ends the phrase ("apples and ate").
    assert_eq!(unit("5 imported and assembled cars"), some("cars"));
    assert_eq!(unit("22 died and injured"), None);
}

#[test]
fn a_pronoun_after_the_figure_leaves_its_noun_implied() {
    assert_eq!(q("12 others were hurt").unit, None);
    assert_eq!(q("three new ones").unit, None);
    assert_eq!(q("12 other passengers").unit.as_deref(), Some("passengers"));
    assert!(crate::extract::noun_phrase::counted_noun(" others, officials said").is_err());
}

#[test]
fn a_quoted_name_modifies_the_noun() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(unit("24 ‘Vintra’ mortars and"), some("mortars"));
    assert_eq!(unit("9 “Sea Lark” patrol boats were"), some("boats"));
    assert_eq!(unit("16 \"Orvel-2\" drones"), some("drones"));
    assert_eq!(
        q("24 ‘Vintra’ mortars and").len,
        "24 ‘Vintra’ mortars".len()
    );
    // A quotation that says something, or a name with no noun after it,
    // counts nothing.
    assert_eq!(unit("24 ‘we will win’ banners"), None);
    assert_eq!(unit("24 ‘Vintra’. The rest"), None);
}

#[test]
fn a_designations_name_counts_once_and_holds_no_verb() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    // The capitalised words after a designation name it: "Thunder" is no
    // participle, and the name counts once against the phrase's length.
    assert_eq!(unit("48 Z-7B Thunder IV attack jets for"), some("jets"));
    assert_eq!(
        unit("48 Z-7B Thunder IV attack strike attack jets"),
        some("jets")
    );
    assert_eq!(
        q("48 Z-7B Thunder IV attack jets for").len,
        "48 Z-7B Thunder IV attack jets".len()
    );
    // A lowercase participle after a designation is still the verb.
    assert_eq!(unit("30 T-55 trailing behind"), None);
}

#[test]
fn a_hyphened_compound_in_ed_modifies_the_noun() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        unit("410 suspected heat-related deaths in May"),
        some("deaths")
    );
    assert_eq!(unit("12 new state-owned banks"), some("banks"));
    // At the phrase's end it is no modifier.
    assert_eq!(unit("410 were heat-related"), None);
}

#[test]
fn an_adjective_in_ous_is_no_noun_a_verb_follows() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(unit("two previous confirmed flu cases"), some("cases"));
    assert_eq!(unit("five dangerous escaped convicts"), some("convicts"));
    // A noun before the verb form still ends the phrase.
    assert_eq!(
        unit("two executives funded lavish lifestyles"),
        some("executives")
    );
}

#[test]
fn a_capitalised_plural_after_an_opening_adjective_is_the_head() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(unit("four more Omanis and a visitor"), some("Omanis"));
    assert_eq!(unit("three new MPs."), some("MPs"));
    // A capitalised singular there is a name that opens what follows.
    assert_eq!(unit("four more Smith and"), None);
}

#[test]
fn a_verb_of_a_total_after_a_plural_is_no_second_plural() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(unit("5 new flu deaths lifts toll to 90"), some("deaths"));
    assert_eq!(unit("12 job losses brings total to 300"), some("losses"));
    assert_eq!(unit("3 more cases raises the count"), some("cases"));
    // A plural noun after a plural still heads the phrase.
    assert_eq!(unit("150,000 vaccines shots a day"), some("shots"));
}
