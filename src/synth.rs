//! Deterministic synthetic data for benchmarks: news-like prose with about
//! one figure or date every 150 characters, and reference data whose match
//! terms are drawn from the same vocabulary. A fixed seed gives the same
//! bytes on every machine.

/// A small, fast, deterministic generator (xorshift64*).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

const SYLLABLES_A: &[&str] = &[
    "Ka", "Mo", "Ve", "Lu", "Sa", "Tor", "Bri", "Da", "El", "Fa", "Ga", "Ho", "Is", "Jo", "Ke",
    "Lo", "Ma", "No", "Or", "Pe",
];
const SYLLABLES_B: &[&str] = &[
    "len", "ran", "vis", "mor", "del", "sin", "bar", "cot", "lam", "ner",
];
const SYLLABLES_C: &[&str] = &[
    "dor", "ia", "ton", "ville", "mark", "by", "ford", "stad", "holm", "gard",
];

/// The number of distinct place names the generators use.
pub const PLACES: usize = 2_000;

/// The `n`th place name ("Kalendor", "Moranville"): the subject vocabulary
/// that facts match on.
pub fn place(n: usize) -> String {
    let a = SYLLABLES_A.get(n % 20).copied().unwrap_or("Ka");
    let b = SYLLABLES_B.get(n / 20 % 10).copied().unwrap_or("len");
    let c = SYLLABLES_C.get(n / 200 % 10).copied().unwrap_or("dor");
    format!("{a}{b}{c}")
}

const NOUNS: &[&str] = &[
    "troops",
    "people",
    "residents",
    "homes",
    "doses",
    "nurses",
    "teachers",
    "vehicles",
    "turbines",
    "volunteers",
    "voters",
    "schools",
    "jobs",
    "refugees",
    "students",
    "patients",
    "flights",
    "units",
];

const QUALIFIERS: &[&str] = &[
    "",
    "",
    "",
    "nearly ",
    "over ",
    "more than ",
    "about ",
    "some ",
    "up to ",
    "at least ",
    "fewer than ",
];

const FIGURES: &[&str] = &[
    "800",
    "1,200",
    "45",
    "12,500",
    "8.5 million",
    "eight million",
    "two hundred",
    "3.2 billion",
    "650",
    "90",
    "thirty-five",
    "2,400",
    "17",
    "a dozen",
    "150",
];

const DATES: &[&str] = &[
    "on Monday",
    "by June 2022",
    "in the fall of 2021",
    "on March 3, 2021",
    "in 2019",
    "last week",
    "next year",
    "on 29 June 2021",
    "by the end of 2024",
    "in the spring of 2023",
    "since January",
    "earlier this month",
    "two weeks ago",
    "in Q3 2022",
];

const FILLER: &[&str] = &[
    "Officials said the plan was discussed at length during the meeting.",
    "The decision followed weeks of negotiations between the parties.",
    "Critics argued that the measures did not go far enough.",
    "The minister declined to comment on the details of the agreement.",
    "Local groups welcomed the announcement but asked for more transparency.",
    "Observers expect the debate to continue in the coming weeks.",
];

const VERBS: &[&str] = &["said", "reported", "announced", "confirmed", "estimated"];
const COMMITMENTS: &[&str] = &[
    "will hold",
    "pledged to open",
    "is expected to finish",
    "plans to complete",
];

/// One news-like paragraph of about `target` bytes.
pub fn paragraph(rng: &mut Rng, target: usize) -> String {
    let mut out = String::with_capacity(target + 200);
    while out.len() < target {
        let subject = place(rng.below(PLACES));
        let sentence = match rng.below(5) {
            0 => format!(
                "{subject} {} that {}{} {} were affected {}. ",
                rng.pick(VERBS),
                rng.pick(QUALIFIERS),
                rng.pick(FIGURES),
                rng.pick(NOUNS),
                rng.pick(DATES)
            ),
            1 => format!(
                "{subject} {} the new centre {}. ",
                rng.pick(COMMITMENTS),
                rng.pick(DATES)
            ),
            2 => format!(
                "The share rose from {} to {}, a {}% increase, {} {}. ",
                rng.below(900) + 100,
                rng.below(900) + 1000,
                rng.below(90) + 5,
                rng.pick(VERBS),
                subject
            ),
            _ => rng.pick(FILLER).to_owned() + " ",
        };
        out.push_str(&sentence);
    }
    out.push_str("\n\n");
    out
}

/// An article of about `bytes` bytes with a header date line.
pub fn article(rng: &mut Rng, bytes: usize) -> String {
    let mut out = String::from("date 2021-06-29 A synthetic article for benchmarks\n\n");
    while out.len() < bytes {
        let size = 400 + rng.below(600);
        out.push_str(&paragraph(rng, size));
    }
    out
}

/// Reference data with `facts` facts and `facts / 10` events, as YAML.
pub fn reference_yaml(rng: &mut Rng, facts: usize) -> String {
    let mut out = String::with_capacity(facts * 160);
    out.push_str("units:\n  troops: [troops, soldiers, units]\n  people: [people, residents, persons]\nfacts:\n");
    for i in 0..facts {
        let subject = place(rng.below(PLACES));
        let noun = rng.pick(NOUNS);
        let value = rng.below(100_000) + 1;
        out.push_str(&format!(
            "  - id: synth/fact-{i}\n    value: \"{value}\"\n    unit: {noun}\n    source: synthetic\n    match:\n      all: [\"{subject}\"]\n      any: [\"{}\"]\n",
            rng.pick(VERBS)
        ));
    }
    out.push_str("events:\n");
    for i in 0..facts / 10 {
        let subject = place(rng.below(PLACES));
        out.push_str(&format!(
            "  - id: synth/event-{i}\n    date: 2022-{:02}\n    match:\n      all: [\"{subject}\", centre]\n",
            rng.below(12) + 1
        ));
    }
    out
}

/// Reference data of `facts` facts of which only the `matching` of
/// [`reference_yaml`] (seeded with `matching`, as `gen_corpus refs` seeds
/// it) can match the corpus: the others name subjects no generated article
/// contains. Against the same articles it gives the same findings as the
/// `matching` facts alone, so the two runs differ only in the size of the
/// reference index.
pub fn reference_yaml_padded(facts: usize, matching: usize) -> String {
    let base = reference_yaml(&mut Rng::new(matching as u64), matching);
    let (head, events) = base.split_once("events:\n").unwrap_or((&base, ""));
    let pad = facts.saturating_sub(matching);
    let mut out = String::with_capacity(base.len() + pad * 170);
    out.push_str(head);
    for i in 0..pad {
        // "Qx…" names: no syllable table starts with "Q".
        out.push_str(&format!(
            "  - id: synth/pad-fact-{i}\n    value: \"{}\"\n    unit: people\n    source: synthetic\n    match:\n      all: [\"Qx{i:x}\"]\n      any: [said]\n",
            i % 100_000 + 1
        ));
    }
    out.push_str("events:\n");
    out.push_str(events);
    for i in 0..pad / 10 {
        out.push_str(&format!(
            "  - id: synth/pad-event-{i}\n    date: 2022-{:02}\n    match:\n      all: [\"Qx{i:x}\", centre]\n",
            i % 12 + 1
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic() {
        let a = article(&mut Rng::new(7), 5_000);
        let b = article(&mut Rng::new(7), 5_000);
        assert_eq!(a, b);
        assert!(a.len() >= 5_000);
    }

    #[test]
    fn padded_reference_data_loads_and_keeps_the_matching_facts() {
        let yaml = reference_yaml_padded(60, 20);
        let set = crate::reference::load_sources(&[("synth.yaml".to_owned(), yaml)]).unwrap();
        assert_eq!(set.facts.len(), 60);
        assert_eq!(set.events.len(), 2 + 4);
        let base = reference_yaml(&mut Rng::new(20), 20);
        let yaml = reference_yaml_padded(60, 20);
        assert!(yaml.starts_with(base.split("events:").next().unwrap_or("")));
        assert!(!SYLLABLES_A.iter().any(|s| s.starts_with('Q')));
    }

    #[test]
    fn generated_reference_data_loads() {
        let yaml = reference_yaml(&mut Rng::new(1), 50);
        let set = crate::reference::load_sources(&[("synth.yaml".to_owned(), yaml)]).unwrap();
        assert_eq!(set.facts.len(), 50);
        assert_eq!(set.events.len(), 5);
    }
}
