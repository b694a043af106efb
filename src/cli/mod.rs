//! The command line: parse arguments, run the pipeline, print, exit.
//!
//! Flags are read by clap into `Cli`; `run` turns them into work. Per-file
//! problems are reported and remembered, the run goes on, and the exit
//! status says what happened: 0 clean, 1 findings at or above `--fail-on`,
//! 2 a usage, reference-data or I/O error.

mod baseline;
mod changed;
mod import;
mod interrupt;
mod lsp;
mod output;
mod records;
mod serve;
mod setup;
mod walk;

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::check::coverage::{ClaimVerdict, Coverage, Usage};
use crate::check::finding::{Finding, Severity};
use crate::check::rules::RULES;
use crate::check::CheckOptions;
use crate::config::{Config, Level, PathFilter};
use crate::document::{Document, Format, LoadError};
use crate::extract::claim::Claim;
use crate::reference::index::Target;
use crate::reference::ReferenceSet;
use crate::report::{
    CheckFormat, CheckReport, ClaimMark, DocumentCoverage, DocumentDetail, ExtractFormat,
    RenderOptions,
};

/// Checks the figures and dates in articles against reference data.
#[derive(Debug, Parser)]
#[command(name = "factlint", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

// Parsed once per run: the size of the largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against reference data and report every mismatch.
    Check(CheckArgs),
    /// Print the claims found in articles, without checking them.
    Extract(ExtractArgs),
    /// Serve the checker over HTTP: an API and a page for editors.
    Serve(serve::ServeArgs),
    /// Work with reference data.
    Refs {
        #[command(subcommand)]
        command: RefsCommand,
    },
    /// List the rules, or explain one.
    Rules {
        /// A rule id, such as fact-mismatch.
        id: Option<String>,
    },
    /// Write a commented factlint.yaml and an example rules/example.yaml.
    Init {
        /// The directory to write them in (default: here).
        #[arg(value_name = "DIR", default_value = ".")]
        dir: PathBuf,
    },
    /// Print the shell completion script: `source <(factlint completions bash)`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Language server over stdio, for editors (see "In your editor" in the README).
    Lsp,
    /// Print the manual page (roff): `factlint man | man -l -`.
    Man {
        /// A command's own page (factlint-check), instead of factlint's.
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
        /// Write the page to a file instead of stdout.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RefsCommand {
    /// Validate reference data only.
    Check {
        /// Reference files or directories (default: rules/).
        #[arg(long = "refs", value_name = "PATH")]
        refs: Vec<PathBuf>,
    },
    /// Write YAML stubs for every claim found in articles, to be filled in
    /// (for CSV / JSON-lines tables: a `tables:` mapping from the header).
    Draft {
        /// Articles or directories, or tables.
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        /// The article date for relative dates (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Write the stubs to a file instead of stdout.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write a table (CSV, JSON lines) out as YAML facts.
    Import(import::ImportArgs),
    /// Run the `examples:` (pass/fail sentences) kept in the reference data.
    Test {
        /// Reference files or directories (default: rules/).
        #[arg(long = "refs", value_name = "PATH")]
        refs: Vec<PathBuf>,
        /// The date relative dates in examples resolve against (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any error.
    Error,
    /// Any error or warning.
    Warning,
    /// Any finding.
    Info,
    /// Any claim that no fact or event checked (with the severity given
    /// beside it, else error): demands full coverage.
    Unchecked,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Articles or directories (.txt, .md, .markdown); `-` reads stdin.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Reference files or directories (default: rules/).
    #[arg(long = "refs", value_name = "PATH")]
    pub refs: Vec<PathBuf>,
    /// The article date for relative dates (YYYY-MM-DD); overrides the file's own.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Write the report to a file instead of stdout (`-`: stdout).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print findings only, no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Also list each document's claim counts and the facts and events that
    /// no claim matched (human format; the other formats always carry them).
    #[arg(long, short, conflicts_with = "quiet")]
    pub verbose: bool,
    /// What makes the exit status 1: findings of this severity or above
    /// (error, warning, info), and with `unchecked` any claim that no fact or
    /// event checked. Comma-separated or repeated: `--fail-on warning,unchecked`.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "error")]
    pub fail_on: Vec<FailOn>,
    /// The name to report for stdin.
    #[arg(long, value_name = "NAME", default_value = "<stdin>")]
    pub stdin_filename: String,
    /// How to read `-`: one article, or JSON Lines of {"id", "date", "text"}
    /// (factlint as the map step of Spark or Hadoop Streaming).
    #[arg(long, value_enum, default_value_t = StdinFormat::Text)]
    pub stdin_format: StdinFormat,
    /// Apply the safe suggestions in place (same file, owner and links), then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// Check only the files changed since this git revision (and untracked ones).
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// With --changed-since: report only the findings on lines the diff
    /// added or changed (every line of an untracked file), as reviewdog's
    /// `added` filter, so that a pull request is annotated for what it
    /// touched, not for the old findings of the files it touched.
    #[arg(long, requires = "changed_since")]
    pub changed_lines: bool,
    /// Report only findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every current finding in this baseline file. Not with
    /// `--changed-since`: a baseline from the changed files alone would
    /// drop every other file's findings.
    #[arg(long, value_name = "FILE", conflicts_with = "changed_since")]
    pub write_baseline: Option<PathBuf>,
    /// Documents checked in parallel (default: one per core). More than
    /// the cores cannot help, so a larger N is lowered to the core count.
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// A configuration file (default: factlint.yaml or .factlint.yaml here or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Set a rule's level: ID=off|info|warning|error (repeatable).
    #[arg(long = "rule", value_name = "ID=LEVEL", value_parser = parse_rule_level)]
    pub rules: Vec<(String, Level)>,
    /// Report commitments whose deadline passed by this date (YYYY-MM-DD or `today`).
    #[arg(long, value_name = "DATE", value_parser = parse_as_of)]
    pub as_of: Option<NaiveDate>,
}

fn parse_rule_level(s: &str) -> Result<(String, Level), String> {
    let (id, level) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}`: expected ID=LEVEL, e.g. loose-bound=off"))?;
    if crate::check::rules::find(id).is_none() {
        let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        return Err(format!("no rule `{id}`; known rules: {}", known.join(", ")));
    }
    let level = Level::parse(level)
        .ok_or_else(|| format!("`{level}`: expected off, info, warning or error"))?;
    Ok((id.to_owned(), level))
}

fn parse_as_of(s: &str) -> Result<NaiveDate, String> {
    if s.eq_ignore_ascii_case("today") {
        // The user asked for the clock by name; nothing else reads it.
        return Ok(chrono::Local::now().date_naive());
    }
    parse_date(s)
}

/// The configuration, or `None` after printing why it could not be read
/// (the caller exits with status 2).
fn config_or_report(explicit: Option<&PathBuf>) -> Option<Config> {
    match load_config(explicit) {
        Ok(config) => Some(config),
        Err(messages) => {
            eprint_all(&messages);
            None
        }
    }
}

/// The configuration for a run: `--config`, or the one found from the
/// working directory upwards, or the defaults.
fn load_config(explicit: Option<&PathBuf>) -> Result<Config, Vec<String>> {
    let found = match explicit {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir()
            .ok()
            .and_then(|d| discover_in_repository(&d)),
    };
    match found {
        None => Ok(Config::default()),
        Some(path) => {
            let mut config = crate::config::load(&path).map_err(|errs| {
                errs.iter()
                    .map(|e| format!("error: {e}"))
                    .collect::<Vec<_>>()
            })?;
            // Paths in the file are relative to it; show them relative to here.
            if let Ok(cwd) = std::env::current_dir() {
                config.refs = config
                    .refs
                    .iter()
                    .map(|p| {
                        p.strip_prefix(&cwd)
                            .map(PathBuf::from)
                            .unwrap_or_else(|_| p.clone())
                    })
                    .collect();
                if let Ok(root) = config.root.strip_prefix(&cwd) {
                    config.root = if root.as_os_str().is_empty() {
                        PathBuf::from(".")
                    } else {
                        root.to_path_buf()
                    };
                }
            }
            Ok(config)
        }
    }
}

/// The configuration file for `dir`: the first of
/// [`crate::config::FILE_NAMES`] in it or a parent, up to the root of the
/// git repository it is in (the directory holding `.git`). A file above
/// the repository (a shared `/tmp`, someone else's directory) could turn
/// every rule off for a checkout that never asked for it. Outside any
/// repository, every parent is looked in.
fn discover_in_repository(dir: &std::path::Path) -> Option<PathBuf> {
    for d in dir.ancestors() {
        for name in crate::config::FILE_NAMES {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        if d.join(".git").exists() {
            return None;
        }
    }
    None
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Articles or directories; `-` reads stdin.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,
    /// The article date for relative dates (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    #[arg(long, value_name = "NAME", default_value = "<stdin>")]
    pub stdin_filename: String,
    /// How to read `-`: one article, or JSON Lines of {"id", "date", "text"}.
    #[arg(long, value_enum, default_value_t = StdinFormat::Text)]
    pub stdin_format: StdinFormat,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

/// What a run prints on stderr and how it ends.
#[derive(Default)]
struct Outcome {
    /// Notes and errors for stderr.
    messages: Vec<String>,
    /// An I/O or input error happened (exit status 2).
    failed: bool,
    /// How many inputs could not be read.
    unread: usize,
}

impl Outcome {
    fn note(&mut self, msg: String) {
        self.messages.push(format!("note: {msg}"));
    }
    fn warn(&mut self, msg: String) {
        self.messages.push(format!("warning: {msg}"));
    }
    fn error(&mut self, msg: String) {
        self.messages.push(format!("error: {msg}"));
        self.failed = true;
    }
    /// An input that could not be read: an error, and one document missing
    /// from the report.
    fn unread(&mut self, msg: String) {
        self.error(msg);
        self.unread += 1;
    }
}

/// Run factlint with the process's arguments.
pub fn main() -> ExitCode {
    interrupt::install();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // `--help`, `--version`: nothing from input in them.
            let _ = e.print();
            return ExitCode::from(0);
        }
        Err(e) => {
            print_usage_error(&e);
            return ExitCode::from(2);
        }
    };
    ExitCode::from(run(cli))
}

/// clap's error, whose quote of the argument it rejects is made visible as
/// every message is ([`crate::escape::visible`]): an argument can come from
/// a file (a name passed by `xargs -0`, a value copied into `--date`), and
/// clap strips escape sequences but keeps line breaks, so a name holding
/// `\n::error::` would start a workflow command. The arguments are parsed
/// again escaped, which gives the same error quoting them escaped.
fn print_usage_error(error: &clap::Error) {
    let escaped: Vec<String> = std::env::args_os()
        .map(|a| crate::escape::visible(&a.to_string_lossy()).into_owned())
        .collect();
    match Cli::try_parse_from(escaped) {
        Err(again) if again.kind() == error.kind() => {
            let _ = again.print();
        }
        // Not the same error (an argument that is not UTF-8): the
        // original, on one line.
        _ => eprint_all(&[error.render().to_string()]),
    }
}

/// Run a parsed command; returns the exit status.
pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Check(mut args) => {
            args.output = stdout_if_dash(args.output);
            run_check(args)
        }
        Command::Extract(args) => run_extract(args),
        Command::Serve(args) => serve::run(args),
        Command::Refs {
            command: RefsCommand::Check { refs },
        } => run_refs_check(refs),
        Command::Refs {
            command:
                RefsCommand::Draft {
                    paths,
                    date: _,
                    output,
                },
        } if paths.iter().all(|p| import::is_table(p)) => {
            import::run_draft(&paths, stdout_if_dash(output).as_ref())
        }
        Command::Refs {
            command:
                RefsCommand::Draft {
                    paths,
                    date,
                    output,
                },
        } => run_refs_draft(&paths, date, stdout_if_dash(output).as_ref()),
        Command::Refs {
            command: RefsCommand::Import(mut args),
        } => {
            args.output = stdout_if_dash(args.output);
            import::run(args)
        }
        Command::Refs {
            command: RefsCommand::Test { refs, date },
        } => run_refs_test(refs, date),
        Command::Rules { id } => run_rules(id),
        Command::Init { dir } => setup::run_init(&dir),
        Command::Completions { shell } => setup::run_completions(shell),
        Command::Lsp => lsp::run(),
        Command::Man { command, output } => {
            setup::run_man(command.as_deref(), stdout_if_dash(output).as_ref())
        }
    }
}

/// `--output -` is standard output, as `-` among the paths is standard
/// input: no output file.
fn stdout_if_dash(output: Option<PathBuf>) -> Option<PathBuf> {
    output.filter(|o| o.as_os_str() != "-")
}

/// Print messages on stderr, one line each: whatever they quote from input
/// (file names, ids, units, dates, record ids) is made visible, so it can
/// neither drive the terminal nor start a line of its own (a workflow
/// command, in a CI runner's log).
fn eprint_all(messages: &[String]) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for m in messages {
        let _ = writeln!(err, "{}", crate::escape::visible(m));
    }
}

/// Write `text` to stdout or, whole or not at all, to a file; a closed pipe
/// is not an error. What no format may pass on raw goes out escaped
/// ([`crate::escape::outgoing`]).
fn emit(text: &str, output: Option<&PathBuf>) -> Result<(), String> {
    let text = crate::escape::outgoing(text);
    match output {
        Some(path) => output::write_whole(path, text.as_bytes()),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(format!("cannot write to stdout: {e}")),
            }
        }
    }
}

/// The reference paths to load: as given, or `rules/` when it exists.
fn reference_paths(given: Vec<PathBuf>) -> Vec<PathBuf> {
    if !given.is_empty() {
        return given;
    }
    let default = PathBuf::from("rules");
    if default.is_dir() {
        vec![default]
    } else {
        Vec::new()
    }
}

fn load_references(paths: &[PathBuf]) -> Result<ReferenceSet, Vec<String>> {
    crate::reference::load(paths)
        .map_err(|errors| errors.iter().map(|e| format!("error: {e}")).collect())
}

/// What `check` says when there is no reference data at all.
const NO_REFERENCE_DATA_NOTE: &str = "note: no reference data (no --refs, no `refs` in the \
     configuration, no rules/ directory): only the articles' internal consistency is checked";

/// Reference data that holds no fact and no event checks nothing: an error
/// when the user named it (a mistyped path must not pass a CI job), a note
/// for the default `rules/` directory. Errors come back as the message.
fn require_reference_items(
    refs: &ReferenceSet,
    paths: &[PathBuf],
    explicit: bool,
) -> Result<(), Vec<String>> {
    if !refs.facts.is_empty() || !refs.events.is_empty() || paths.is_empty() {
        return Ok(());
    }
    let named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let named = named.join(", ");
    if explicit {
        return Err(vec![format!(
            "error: {named}: no facts and no events in the reference data; \
             nothing to check the articles against"
        )]);
    }
    eprint_all(&[format!(
        "note: {named}: no facts and no events; only the articles' internal consistency is checked"
    )]);
    Ok(())
}

/// The stubs of `refs draft` not yet filled in (`source: TODO`), one line
/// each (the first few): their values are the article's own, so every
/// claim they cover would agree with itself.
fn unfilled_drafts(refs: &ReferenceSet, level: &str) -> Option<Vec<String>> {
    const SHOWN: usize = 10;
    let drafts = refs.unfilled_drafts();
    if drafts.is_empty() {
        return None;
    }
    let mut lines: Vec<String> = drafts
        .iter()
        .take(SHOWN)
        .map(|(id, origin)| {
            format!(
                "{level}: {}:{}: {id}: a draft not filled in (source: TODO); its value is the \
                 article's own: write the reference value and its source, or remove it \
                 (check refuses it)",
                origin.file, origin.line
            )
        })
        .collect();
    if drafts.len() > SHOWN {
        lines.push(format!(
            "{level}: and {} more drafts not filled in",
            drafts.len() - SHOWN
        ));
    }
    Some(lines)
}

/// [`load_references`] on `pool`: the pieces of a large file are parsed on
/// its threads, not on rayon's global pool, so `--jobs` holds for the load.
fn load_references_in(
    pool: &rayon::ThreadPool,
    paths: &[PathBuf],
) -> Result<ReferenceSet, Vec<String>> {
    pool.install(|| load_references(paths))
}

/// One input: a path, or stdin under a name.
enum Input {
    File(PathBuf),
    Stdin(String),
    /// One article of a JSON Lines stream on stdin.
    Record(records::Record),
}

/// How stdin (`-`) is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StdinFormat {
    /// One article.
    Text,
    /// JSON Lines, one article per line: {"id", "date", "text"}.
    Jsonl,
}

/// The order in which [`Inputs`] come out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    /// Path by path as given, each directory in path order (`extract`,
    /// `refs draft`).
    AsGiven,
    /// All of them in path order, compared component by component (`check`,
    /// whose reports are ordered by path): each command-line path's inputs
    /// are in that order already, so merging them sorts without a list.
    Merged,
}

/// The inputs of one command-line path.
enum Source {
    /// `-` read as one article, under this name.
    Stdin(Option<String>),
    /// `-` read as JSON Lines (`Order::Merged`: sorted by id).
    Records(std::vec::IntoIter<records::Record>),
    /// A file or a directory, walked as the inputs are taken.
    Articles(walk::Articles),
}

/// The next input of one source, ordered for [`Order::Merged`]: least
/// path first, ties in command-line order.
struct Head {
    key: PathBuf,
    source: usize,
    input: Input,
}

impl Head {
    fn new(source: usize, input: Input) -> Head {
        let key = match &input {
            Input::File(path) => path.clone(),
            Input::Stdin(name) => PathBuf::from(name),
            Input::Record(r) => PathBuf::from(&r.id),
        };
        Head { key, source, input }
    }
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // Reversed: `BinaryHeap` pops its greatest.
        (&other.key, other.source).cmp(&(&self.key, self.source))
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

impl Eq for Head {}

/// The inputs named on the command line, found as they are taken: a
/// directory is walked as its articles are checked, so a corpus of any
/// size costs no memory per file but its identity (device and inode, 16
/// bytes, so that a file named twice is taken once; a million files hold
/// about 32 MB with the table). Problems met on the way (a path that
/// cannot be read, a bad record) are kept per command-line path and
/// reported in that order, as when every path was walked up front.
struct Inputs {
    sources: Vec<Source>,
    /// Each source's problems, without the `error: ` prefix.
    errors: Vec<Vec<String>>,
    order: Order,
    /// [`Order::AsGiven`]: the source being read.
    current: usize,
    /// [`Order::Merged`]: the next input of every source not yet done,
    /// filled on the first call.
    heads: Option<std::collections::BinaryHeap<Head>>,
    /// Whether stdin (one article or records) was among the inputs taken.
    stdin_taken: bool,
    /// The files taken so far (device, inode): a file named twice (`a.md`
    /// and `./a.md`, through a link, or inside two directories given) is
    /// checked, and fixed, once.
    seen: std::collections::HashSet<(u64, u64)>,
}

impl Inputs {
    /// Stdin read as JSON Lines is read (and its records parsed) here;
    /// directories are walked only as inputs are taken.
    fn new(paths: &[PathBuf], stdin_name: &str, stdin_format: StdinFormat, order: Order) -> Inputs {
        let mut sources = Vec::with_capacity(paths.len());
        let mut errors = Vec::with_capacity(paths.len());
        let mut stdin_named = false;
        for path in paths {
            if path.as_os_str() == "-" && std::mem::replace(&mut stdin_named, true) {
                // Read once: named again, it would be one more, empty,
                // document in the counts.
                continue;
            }
            let mut problems = Vec::new();
            let source = if path.as_os_str() != "-" {
                Source::Articles(walk::articles(path))
            } else if stdin_format == StdinFormat::Jsonl {
                let mut text = String::new();
                let mut parsed = Vec::new();
                match std::io::stdin().read_to_string(&mut text) {
                    Err(e) => problems.push(format!("{stdin_name}: cannot read stdin: {e}")),
                    Ok(_) => {
                        let (records, bad) = records::parse(stdin_name, &text);
                        problems.extend(bad);
                        parsed = records;
                    }
                }
                drop(text);
                if order == Order::Merged {
                    // Stable, as the whole-report sort was.
                    parsed.sort_by(|a, b| {
                        std::path::Path::new(&a.id).cmp(std::path::Path::new(&b.id))
                    });
                }
                Source::Records(parsed.into_iter())
            } else {
                Source::Stdin(Some(stdin_name.to_owned()))
            };
            sources.push(source);
            errors.push(problems);
        }
        Inputs {
            sources,
            errors,
            order,
            current: 0,
            heads: None,
            stdin_taken: false,
            seen: std::collections::HashSet::new(),
        }
    }

    /// Whether `path` names a file taken before (one that cannot be looked
    /// up is left for loading to report).
    fn taken_before(&mut self, path: &std::path::Path) -> bool {
        use std::os::unix::fs::MetadataExt as _;
        match std::fs::metadata(path) {
            Ok(m) => !self.seen.insert((m.dev(), m.ino())),
            Err(_) => false,
        }
    }

    /// The next input of source `i`; its problems on the way are kept.
    fn pull(&mut self, i: usize) -> Option<Input> {
        loop {
            return match self.sources.get_mut(i)? {
                Source::Stdin(name) => name.take().map(Input::Stdin),
                Source::Records(records) => records.next().map(Input::Record),
                Source::Articles(articles) => match articles.next()? {
                    Ok(path) if self.taken_before(&path) => continue,
                    Ok(path) => Some(Input::File(path)),
                    Err(problem) => {
                        if let Some(problems) = self.errors.get_mut(i) {
                            problems.push(problem);
                        }
                        continue;
                    }
                },
            };
        }
    }

    /// The problems met so far, in command-line order.
    fn take_errors(&mut self) -> Vec<String> {
        self.errors.iter_mut().flat_map(std::mem::take).collect()
    }
}

impl Iterator for Inputs {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        let input = match self.order {
            Order::AsGiven => loop {
                if self.current >= self.sources.len() {
                    return None;
                }
                match self.pull(self.current) {
                    Some(input) => break input,
                    None => self.current += 1,
                }
            },
            Order::Merged => {
                if self.heads.is_none() {
                    let mut heads = std::collections::BinaryHeap::with_capacity(self.sources.len());
                    for i in 0..self.sources.len() {
                        if let Some(input) = self.pull(i) {
                            heads.push(Head::new(i, input));
                        }
                    }
                    self.heads = Some(heads);
                }
                let head = self.heads.as_mut()?.pop()?;
                if let Some(next) = self.pull(head.source) {
                    if let Some(heads) = self.heads.as_mut() {
                        heads.push(Head::new(head.source, next));
                    }
                }
                head.input
            }
        };
        if matches!(input, Input::Stdin(_) | Input::Record(_)) {
            self.stdin_taken = true;
        }
        Some(input)
    }
}

/// Every input at once, its problems reported to `outcome`.
fn collect_inputs(
    paths: &[PathBuf],
    stdin_name: &str,
    stdin_format: StdinFormat,
    order: Order,
    outcome: &mut Outcome,
) -> Vec<Input> {
    let mut inputs = Inputs::new(paths, stdin_name, stdin_format, order);
    let all: Vec<Input> = inputs.by_ref().collect();
    for problem in inputs.take_errors() {
        outcome.error(problem);
    }
    all
}

/// Load one input; binary files are skipped with a note.
fn load_input(input: &Input, date: Option<NaiveDate>) -> Result<Document, (bool, String)> {
    match input {
        Input::File(path) => Document::load(path, date).map_err(|e| match e {
            LoadError::Binary => (false, format!("{}: binary file skipped", path.display())),
            LoadError::Io(reason) => (true, format!("{}: cannot read: {reason}", path.display())),
        }),
        Input::Record(r) => Ok(Document::from_text(
            &r.id,
            r.text.clone(),
            Format::Text,
            date.or(r.date),
            Vec::new(),
        )),
        Input::Stdin(name) => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| (true, format!("{name}: cannot read stdin: {e}")))?;
            let format = Format::from_path(std::path::Path::new(name)).unwrap_or(Format::Text);
            Document::from_vec(name, bytes, format, date).map_err(|e| match e {
                LoadError::Binary => (false, format!("{name}: binary input skipped")),
                LoadError::Io(reason) => (true, format!("{name}: {reason}")),
            })
        }
    }
}

/// A document that failed to load: whether it is an error (else a note), and why.
type Failure = (bool, String);

/// A document and its claims.
type Extracted = (Document, Vec<Claim>);

/// Per-document result of a check.
struct Checked {
    path: String,
    claims: usize,
    /// How many claims agree, mismatch, or went unchecked.
    coverage: Coverage,
    /// The facts and events its claims matched, sorted, each once.
    matched: Vec<Target>,
    findings: Vec<Finding>,
    warnings: Vec<String>,
    /// The text and claim verdicts, for the formats that show the article.
    detail: Option<DocumentDetail>,
    /// Findings fixed in place by `--fix`.
    fixed: usize,
    /// Why `--fix` could not write the file.
    fix_error: Option<String>,
}

/// What `--fix` says when stdin is among the inputs.
const FIX_STDIN_NOTE: &str = "--fix does not rewrite stdin; use --format diff to see the fixes";

/// Runs with at least this many documents show a progress bar (on a terminal).
const PROGRESS_MIN_DOCUMENTS: usize = 200;

fn run_check(args: CheckArgs) -> u8 {
    let Some(config) = config_or_report(args.config.as_ref()) else {
        return 2;
    };
    let mut options = CheckOptions {
        as_of: args.as_of,
        // Only human, html and markdown (also github's step summary) show
        // a finding's context; `--fix` does not use it. Without it, a
        // document dense with findings costs a fraction of the memory.
        without_context: matches!(
            args.format,
            CheckFormat::Jsonl
                | CheckFormat::Sarif
                | CheckFormat::Json
                | CheckFormat::Junit
                | CheckFormat::Rdjson
                | CheckFormat::Diff
                | CheckFormat::Codeclimate
        ),
        ..config.check_options()
    };
    for (id, level) in &args.rules {
        options.levels.insert(id.clone(), *level);
    }
    let extract_options = config.extract_options();
    let given = if args.refs.is_empty() {
        config.refs.clone()
    } else {
        args.refs.clone()
    };
    // Reference data named by the user must hold something to check
    // against; only the default `rules/` may be missing or empty.
    let explicit = !given.is_empty();
    let ref_paths = reference_paths(given);
    // Before anything is read: no output may replace an input.
    if let Err(e) = output::refuse_check_inputs(&args, &config, &ref_paths) {
        eprint_all(&[format!("error: {e}")]);
        return 2;
    }
    // Built first: loading large reference files is parallel too, and
    // `--jobs` bounds it as it bounds the checking.
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(worker_threads(args.jobs, cores))
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            eprint_all(&[format!("error: cannot start worker threads: {e}")]);
            return 2;
        }
    };
    // Freed by the process exit, not item by item (100,000 facts take
    // ~0.2 G instructions to drop).
    let refs = std::mem::ManuallyDrop::new(if ref_paths.is_empty() {
        eprint_all(&[NO_REFERENCE_DATA_NOTE.to_owned()]);
        match crate::reference::load(&[]) {
            Ok(r) => r,
            Err(_) => return 2,
        }
    } else {
        match load_references_in(&pool, &ref_paths) {
            Ok(r) => r,
            Err(messages) => {
                eprint_all(&messages);
                return 2;
            }
        }
    });
    if let Err(messages) = require_reference_items(&refs, &ref_paths, explicit) {
        eprint_all(&messages);
        return 2;
    }
    if let Some(drafts) = unfilled_drafts(&refs, "error") {
        eprint_all(&drafts);
        return 2;
    }
    let mut baseline = match &args.baseline {
        Some(path) => match baseline::Baseline::load(path) {
            Ok(b) => Some(b),
            Err(e) => {
                eprint_all(&[format!("error: {e}")]);
                return 2;
            }
        },
        None => None,
    };
    // Findings a baseline records were accepted as they stand (an archive
    // as published): `--fix` fixes what the run reports, not those.
    let recorded = baseline
        .as_ref()
        .filter(|_| args.fix)
        .map(baseline::Baseline::fingerprints)
        .unwrap_or_default();
    let mut outcome = Outcome::default();
    let filter = PathFilter::new(&config);
    let changed = match &args.changed_since {
        Some(rev) => match changed::files_changed_since(rev) {
            Ok(changed) => Some(changed),
            Err(e) => {
                eprint_all(&[format!("error: {e}")]);
                return 2;
            }
        },
        None => None,
    };
    let mut changed_lines = match (&args.changed_since, args.changed_lines) {
        (Some(rev), true) => match changed::lines_changed_since(rev) {
            Ok(lines) => Some(lines),
            Err(e) => {
                eprint_all(&[format!("error: {e}")]);
                return 2;
            }
        },
        _ => None,
    };
    // New reference data or configuration can make any article wrong,
    // changed or not: then every article is checked.
    let changed = changed.and_then(|changed| {
        let references = crate::reference::load::collect_files(&ref_paths).0;
        let inputs = references.iter().chain(config.file.iter());
        match changed::first_changed(&changed, inputs) {
            Some(path) => {
                eprint_all(&[format!(
                    "note: {} changed since {}: every article is checked{}",
                    path.display(),
                    args.changed_since.as_deref().unwrap_or_default(),
                    if changed_lines.take().is_some() {
                        ", on every line"
                    } else {
                        ""
                    }
                )]);
                None
            }
            None => Some(changed),
        }
    });
    let keep = |input: &Input| match input {
        Input::File(path) => {
            filter.allows(path)
                && changed
                    .as_ref()
                    .is_none_or(|changed| changed.contains(&changed::canonical(path)))
        }
        Input::Stdin(_) | Input::Record(_) => true,
    };
    let mut inputs = Inputs::new(
        &args.paths,
        &args.stdin_filename,
        args.stdin_format,
        Order::Merged,
    );
    let details = args.format.needs_details();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    };
    let render_options = RenderOptions {
        color,
        quiet: args.quiet,
        verbose: args.verbose,
    };
    // Every format but the diff (whose patches need every document's
    // text at once) is written as it goes.
    if args.format != CheckFormat::Diff && args.write_baseline.is_none() {
        // How many documents there are is known only at the end of the
        // walk: the bar counts, and shows once the run is long.
        let progress = progress_bar(None, args.quiet);
        let check = |input: &Input| {
            let checked = check_input(
                input,
                &args,
                &refs,
                &options,
                &extract_options,
                &recorded,
                changed_lines.as_ref(),
                details,
            );
            progress.inc(1);
            checked
        };
        // A long article is checked a window of sentences at a time, its
        // findings written as they are settled (not in html: see
        // `check_streaming`).
        let windowed = |input: &Input, out: &mut dyn FnMut(Finding, &Document)| {
            if args.fix || !is_long(input) {
                return None;
            }
            let checked = check_input_windows(
                input,
                &args,
                &refs,
                &options,
                &extract_options,
                changed_lines.as_ref(),
                out,
            );
            progress.inc(1);
            Some(checked)
        };
        let status = check_streaming(
            &args,
            &mut inputs,
            &keep,
            &pool,
            &check,
            &windowed,
            &refs,
            baseline,
            &progress,
            &render_options,
        );
        progress.finish_and_clear();
        return status;
    }
    // The whole report: every input first, in the same order.
    let inputs_found: Vec<Input> = inputs.by_ref().filter(|i| keep(i)).collect();
    for problem in inputs.take_errors() {
        outcome.unread(problem);
    }
    if args.fix && inputs.stdin_taken {
        outcome.note(FIX_STDIN_NOTE.to_owned());
    }
    let inputs = inputs_found;
    let progress = progress_bar(Some(inputs.len()), args.quiet);
    let results: Vec<Result<Checked, Failure>> = pool.install(|| {
        inputs
            .par_iter()
            .map(|input| {
                let checked = check_input(
                    input,
                    &args,
                    &refs,
                    &options,
                    &extract_options,
                    &recorded,
                    changed_lines.as_ref(),
                    details,
                );
                progress.inc(1);
                checked
            })
            .collect()
    });
    progress.finish_and_clear();

    // Whatever the parallelism, documents come out in the order of the
    // inputs (path order, `Order::Merged`), as the streamed formats do.
    let mut checked: Vec<Checked> = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(c) => checked.push(c),
            Err((true, msg)) => outcome.unread(msg),
            Err((false, msg)) => outcome.note(msg),
        }
    }
    let mut report = CheckReport {
        // A new baseline is written whatever the findings (status 0).
        fail_unchecked: args.fail_on.contains(&FailOn::Unchecked) && args.write_baseline.is_none(),
        ..CheckReport::default()
    };
    let mut usage = Usage::new(&refs);
    let (mut fixed, mut fixed_files) = (0, 0);
    for mut c in checked {
        report.documents += 1;
        report.claims += c.claims;
        report.coverage.add(c.coverage);
        report.document_coverage.push(document_coverage(&c, &usage));
        for t in &c.matched {
            usage.mark(*t);
        }
        report.paths.push(c.path);
        c.findings
            .sort_by(|a, b| (a.start, a.end, a.rule).cmp(&(b.start, b.end, b.rule)));
        report.findings.extend(c.findings);
        report.details.extend(c.detail);
        for w in c.warnings {
            outcome.warn(w);
        }
        fixed += c.fixed;
        fixed_files += usize::from(c.fixed > 0);
        if let Some(e) = c.fix_error {
            outcome.error(e);
        }
    }
    fill_usage(&mut report, &usage, &refs);
    report.unreadable = outcome.unread;
    if args.fix {
        outcome.note(format!(
            "fixed {} in {}",
            crate::report::plural_count(fixed, "finding"),
            crate::report::plural_count(fixed_files, "file")
        ));
    }
    if let Some(path) = args.write_baseline.as_ref().filter(|_| outcome.failed) {
        // A baseline lists every finding: one from a run that failed (an
        // article unread, a fix not written) would drop some, and the next
        // run would report them as new.
        outcome.messages.push(format!(
            "error: --write-baseline {}: not written, since the run failed; the old baseline is kept",
            path.display()
        ));
    } else if let Some(path) = &args.write_baseline {
        if let Err(e) = baseline::write(path, &report.findings) {
            eprint_all(&[format!("error: {e}")]);
            return 2;
        }
        outcome.note(format!(
            "wrote {} to {}",
            crate::report::plural_count(report.findings.len(), "finding"),
            path.display()
        ));
    }
    if let Some(baseline) = baseline.as_mut() {
        let excused = baseline.filter(&mut report.findings);
        if excused > 0 && !args.quiet {
            outcome.note(format!(
                "{} recorded in the baseline not shown",
                crate::report::plural_count(excused, "finding")
            ));
        }
    }
    let text = if args.format == CheckFormat::Github {
        let summary = append_step_summary(
            |room| Some(crate::report::markdown::render_within(&report, room)),
            &mut outcome,
        );
        crate::report::github::render_with(&report, summary)
    } else {
        crate::report::render_check(args.format, &report, &render_options)
    };
    eprint_all(&outcome.messages);
    if let Err(e) = emit(&text, args.output.as_ref()) {
        eprint_all(&[format!("error: {e}")]);
        return 2;
    }
    if outcome.failed {
        return 2;
    }
    if args.write_baseline.is_some() {
        return 0;
    }
    let worst = report.findings.iter().map(|f| f.severity).max();
    findings_status(&args.fail_on, worst, report.coverage)
}

/// How many worker threads `--jobs` asks for on a machine of `cores`:
/// one per core by default, and never more (the work is CPU-bound: more
/// threads than cores only add switching, and `--jobs 4000` on a few
/// articles took 37 s to start and stop them).
fn worker_threads(jobs: Option<u16>, cores: usize) -> usize {
    let cores = cores.max(1);
    jobs.map_or(cores, |j| usize::from(j).clamp(1, cores))
}

/// The lowest severity that makes the exit status 1: the lowest named,
/// error when none is.
fn threshold(fail_on: &[FailOn]) -> Severity {
    fail_on
        .iter()
        .filter_map(|f| match f {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Unchecked => None,
        })
        .min()
        .unwrap_or(Severity::Error)
}

/// The exit status of a run that read every input: 1 when a finding is at
/// or above the threshold, or a claim went unchecked under
/// `--fail-on unchecked`.
fn findings_status(fail_on: &[FailOn], worst: Option<Severity>, coverage: Coverage) -> u8 {
    let severe = worst.is_some_and(|w| w >= threshold(fail_on));
    let uncovered = fail_on.contains(&FailOn::Unchecked) && coverage.unchecked > 0;
    u8::from(severe || uncovered)
}

/// One document's counts for the report.
fn document_coverage(c: &Checked, usage: &Usage) -> DocumentCoverage {
    coverage_of(&c.path, c.coverage, &c.matched, usage)
}

/// A document's claim counts and how many references it left unused (of
/// `matched`, the targets its claims matched).
fn coverage_of(
    path: &str,
    coverage: Coverage,
    matched: &[Target],
    usage: &Usage,
) -> DocumentCoverage {
    DocumentCoverage {
        path: path.to_owned(),
        coverage,
        unused_references: usage.references().saturating_sub(matched.len()),
    }
}

/// The run's reference counts: how many items, how many unused, which.
fn fill_usage(report: &mut CheckReport, usage: &Usage, refs: &ReferenceSet) {
    report.references = usage.references();
    report.unused_references = usage.unused();
    report.unused_ids = usage
        .unused_ids(refs, crate::report::UNUSED_IDS_SHOWN)
        .into_iter()
        .map(str::to_owned)
        .collect();
}

/// Where a streamed report goes: stdout or `--output`; a closed pipe stops
/// the writing, not the run (as [`emit`] does for a whole report).
enum Sink {
    Stdout,
    /// Renamed into place by [`Sink::finish`]; an old report stays whole
    /// until then.
    File(output::Pending),
    Closed,
}

impl Sink {
    fn open(output: Option<&PathBuf>) -> Result<Sink, String> {
        match output {
            None => Ok(Sink::Stdout),
            Some(path) => output::Pending::create(path).map(Sink::File),
        }
    }

    fn write(&mut self, text: &str) -> Result<(), String> {
        if text.is_empty() {
            return Ok(());
        }
        // As `emit` does.
        let text = &*crate::escape::outgoing(text);
        match self {
            Sink::Closed => Ok(()),
            Sink::File(file) => file.write(text.as_bytes()),
            Sink::Stdout => {
                let mut out = std::io::stdout().lock();
                match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                    Ok(()) => Ok(()),
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                        *self = Sink::Closed;
                        Ok(())
                    }
                    Err(e) => Err(format!("cannot write to stdout: {e}")),
                }
            }
        }
    }

    fn finish(self) -> Result<(), String> {
        match self {
            Sink::File(file) => file.commit(),
            Sink::Stdout | Sink::Closed => Ok(()),
        }
    }
}

/// Add `piece` to `text`, handing the text on to `sink` once it passes
/// the flush bound.
fn write_piece(piece: &str, sink: &mut Sink, text: &mut String, write_error: &mut Option<String>) {
    text.push_str(piece);
    if text.len() >= STREAM_FLUSH_BYTES {
        write_out(sink, text, write_error);
    }
}

/// Documents per batch when `check` streams its report: checked in
/// parallel, rendered and written in order, then dropped.
const CHECK_BATCH: usize = 256;

/// A streamed report is handed to its sink in pieces of about this size.
const STREAM_FLUSH_BYTES: usize = 1 << 20;

/// Write `text` to `sink` and empty it; after a failed write nothing more
/// is written and the first error is kept for the end of the run.
fn write_out(sink: &mut Sink, text: &mut String, write_error: &mut Option<String>) {
    if write_error.is_none() {
        if let Err(e) = sink.write(text) {
            *write_error = Some(e);
        }
    }
    text.clear();
}

/// `check` for the formats that can be written as they go (jsonl, human,
/// sarif, json):
/// the same bytes as rendering the whole report at once, but only a batch
/// of documents, their findings and the counts are ever held, so memory is
/// bounded by the largest document, not the corpus.
///
/// The inputs are taken a batch at a time as the walk finds them, in the
/// order of the whole report ([`Order::Merged`]): no list of every path is
/// ever made either.
#[allow(clippy::too_many_arguments)]
fn check_streaming(
    args: &CheckArgs,
    inputs: &mut Inputs,
    keep: &dyn Fn(&Input) -> bool,
    pool: &rayon::ThreadPool,
    check: &(dyn Fn(&Input) -> Result<Checked, Failure> + Sync),
    windowed: &WindowedCheck<'_>,
    refs: &ReferenceSet,
    mut baseline: Option<baseline::Baseline>,
    progress: &indicatif::ProgressBar,
    render_options: &RenderOptions,
) -> u8 {
    // The documents' own notes and errors; the walk's go first at the end.
    let mut outcome = Outcome::default();
    let mut sink = match Sink::open(args.output.as_ref()) {
        Ok(sink) => sink,
        Err(e) => {
            // Nothing walked yet: only the problems of reading stdin.
            for problem in inputs.take_errors() {
                eprint_all(&[format!("error: {problem}")]);
            }
            eprint_all(&[format!("error: {e}")]);
            return 2;
        }
    };
    // A long document's findings are held rendered in a temporary file
    // (its heading, which counts them, comes first), not in memory.
    let mut human = crate::report::human::Stream::spilling(render_options);
    let (mut documents, mut claims, mut excused) = (0usize, 0usize, 0usize);
    // The counts of the summary line (no findings: they are written as
    // they come).
    let mut summary = CheckReport {
        fail_unchecked: args.fail_on.contains(&FailOn::Unchecked),
        ..CheckReport::default()
    };
    let mut usage = Usage::new(refs);
    let (mut fixed, mut fixed_files) = (0usize, 0usize);
    let mut worst: Option<Severity> = None;
    let mut write_error = None;
    let mut sarif = crate::report::sarif::Stream::default();
    // The JSON report's findings wait for its summary in a temporary file.
    let mut json = crate::report::json::Stream::new();
    // The other formats whose head counts what follows hold their findings
    // rendered the same way (github: only the few it shows, and the job
    // summary's report when there is one).
    let step_summary = std::env::var_os("GITHUB_STEP_SUMMARY").is_some_and(|v| !v.is_empty());
    let mut streamed = crate::report::Streamed::new(args.format, step_summary);
    // Whether a long document is checked a window at a time (html shows
    // the whole article with its claims: it is checked whole).
    let windows = streamed
        .as_ref()
        .is_none_or(crate::report::Streamed::windows);
    if args.format == CheckFormat::Sarif {
        let mut head = String::new();
        sarif.start(&mut head);
        write_out(&mut sink, &mut head, &mut write_error);
    }
    let mut taken = 0usize;
    // A long document found while a batch was being taken: checked alone
    // once the batch before it is written.
    let mut long: Option<Input> = None;
    loop {
        if let Some(input) = long.take() {
            taken += 1;
            if taken >= PROGRESS_MIN_DOCUMENTS {
                reveal(progress, args.quiet);
            }
            let mut text = String::new();
            let mut shown = |f: Finding, doc: &Document| {
                if baseline.as_mut().is_some_and(|b| b.excuses(&f)) {
                    excused += 1;
                    return;
                }
                worst = worst.max(Some(f.severity));
                match args.format {
                    CheckFormat::Sarif => sarif.push(&f, &mut text),
                    CheckFormat::Json => json.push(&f),
                    CheckFormat::Human => human.push(f, &mut |piece| {
                        write_piece(piece, &mut sink, &mut text, &mut write_error)
                    }),
                    _ => match streamed.as_mut() {
                        Some(s) => s.push(f, &doc.text, &doc.lines),
                        None => crate::report::jsonl::push_line(&f, &mut text),
                    },
                }
                if text.len() >= STREAM_FLUSH_BYTES {
                    write_out(&mut sink, &mut text, &mut write_error);
                }
            };
            let result = windowed(&input, &mut shown);
            write_out(&mut sink, &mut text, &mut write_error);
            match result {
                Some(Ok(c)) => {
                    documents += 1;
                    claims += c.claims;
                    summary.coverage.add(c.coverage);
                    let counts = || coverage_of(&c.path, c.coverage, &c.matched, &usage);
                    match args.format {
                        CheckFormat::Human => human.document_after(counts()),
                        _ if streamed.is_some() => {
                            if let Some(s) = streamed.as_mut() {
                                s.document_after(counts());
                            }
                        }
                        CheckFormat::Json => summary.document_coverage.push(counts()),
                        _ => {}
                    }
                    for t in &c.matched {
                        usage.mark(*t);
                    }
                    for w in c.warnings {
                        outcome.warn(w);
                    }
                }
                Some(Err((true, msg))) => outcome.unread(msg),
                Some(Err((false, msg))) => outcome.note(msg),
                None => {}
            }
            continue;
        }
        let mut batch: Vec<Input> = Vec::new();
        for input in inputs.by_ref().filter(|i| keep(i)) {
            if is_long(&input) && !args.fix && windows {
                long = Some(input);
                break;
            }
            batch.push(input);
            if batch.len() == CHECK_BATCH {
                break;
            }
        }
        if batch.is_empty() {
            if long.is_some() {
                continue;
            }
            break;
        }
        taken += batch.len();
        if taken >= PROGRESS_MIN_DOCUMENTS {
            reveal(progress, args.quiet);
        }
        // jsonl without a baseline: each document's lines are written on
        // the worker that checked it (sorted as below), so the threads do
        // not wait while this one renders a batch.
        let rendered_by_workers = args.format == CheckFormat::Jsonl && baseline.is_none();
        let results: Vec<(Result<Checked, Failure>, Option<Rendered>)> = pool.install(|| {
            batch
                .par_iter()
                .map(|input| {
                    let mut result = check(input);
                    let rendered = match &mut result {
                        Ok(c) if rendered_by_workers => Some(Rendered::jsonl(&mut c.findings)),
                        _ => None,
                    };
                    (result, rendered)
                })
                .collect()
        });
        drop(batch);
        let mut text = String::new();
        for (result, rendered) in results {
            let mut c = match result {
                Ok(c) => c,
                Err((true, msg)) => {
                    outcome.unread(msg);
                    continue;
                }
                Err((false, msg)) => {
                    outcome.note(msg);
                    continue;
                }
            };
            documents += 1;
            claims += c.claims;
            summary.coverage.add(c.coverage);
            let counts = document_coverage(&c, &usage);
            for t in &c.matched {
                usage.mark(*t);
            }
            crate::check::finding::sort_findings(&mut c.findings);
            for w in c.warnings {
                outcome.warn(w);
            }
            fixed += c.fixed;
            fixed_files += usize::from(c.fixed > 0);
            if let Some(e) = c.fix_error {
                outcome.error(e);
            }
            if let Some(baseline) = baseline.as_mut() {
                excused += baseline.filter(&mut c.findings);
            }
            worst = c.findings.iter().map(|f| f.severity).chain(worst).max();
            if let Some(rendered) = rendered {
                worst = worst.max(rendered.worst);
                text.push_str(&rendered.lines);
                if text.len() >= STREAM_FLUSH_BYTES {
                    write_out(&mut sink, &mut text, &mut write_error);
                }
            } else if args.format == CheckFormat::Human {
                human.document(counts);
                for f in c.findings {
                    human.push(f, &mut |piece| {
                        write_piece(piece, &mut sink, &mut text, &mut write_error)
                    });
                }
            } else if args.format == CheckFormat::Json {
                summary.document_coverage.push(counts);
                for f in &c.findings {
                    json.push(f);
                }
            } else if let Some(s) = streamed.as_mut() {
                s.document(counts, c.detail.take(), std::mem::take(&mut c.findings));
            } else if args.format == CheckFormat::Sarif {
                for f in c.findings {
                    sarif.push(&f, &mut text);
                    if text.len() >= STREAM_FLUSH_BYTES {
                        write_out(&mut sink, &mut text, &mut write_error);
                    }
                }
            } else {
                // Line by line, each finding dropped once written out, and
                // the text handed on whenever it grows past a bound: a large
                // document's report is never held whole.
                for f in c.findings {
                    crate::report::jsonl::push_line(&f, &mut text);
                    if text.len() >= STREAM_FLUSH_BYTES {
                        write_out(&mut sink, &mut text, &mut write_error);
                    }
                }
            }
        }
        write_out(&mut sink, &mut text, &mut write_error);
    }
    if args.fix {
        outcome.note(format!(
            "fixed {} in {}",
            crate::report::plural_count(fixed, "finding"),
            crate::report::plural_count(fixed_files, "file")
        ));
    }
    if excused > 0 && !args.quiet {
        outcome.note(format!(
            "{} recorded in the baseline not shown",
            crate::report::plural_count(excused, "finding")
        ));
    }
    // As when every input was found before the first was checked: the
    // walk's problems, then the note on stdin, then the documents'.
    let mut walk = Outcome::default();
    for problem in inputs.take_errors() {
        walk.unread(problem);
    }
    if args.fix && inputs.stdin_taken {
        walk.note(FIX_STDIN_NOTE.to_owned());
    }
    // The problems before the summary line, which must know of them: a
    // run that could not read an input does not end with "ok".
    eprint_all(&walk.messages);
    eprint_all(&outcome.messages);
    outcome.failed |= walk.failed;
    if matches!(
        args.format,
        CheckFormat::Human | CheckFormat::Sarif | CheckFormat::Json
    ) || streamed.is_some()
    {
        summary.documents = documents;
        summary.claims = claims;
        summary.unreadable = walk.unread + outcome.unread;
        fill_usage(&mut summary, &usage, refs);
        // github: the job summary first, since the annotations say what it
        // holds (its warnings last, as when the report is made whole).
        let mut late = Outcome::default();
        let step = match streamed.as_mut().and_then(|s| s.github()) {
            Some(g) => append_step_summary(|room| g.step_summary(&summary, room), &mut late),
            None => crate::report::github::StepSummary::Absent,
        };
        eprint_all(&late.messages);
        let mut text = String::new();
        let mut piece = |piece: &str| write_piece(piece, &mut sink, &mut text, &mut write_error);
        let held = match (args.format, streamed) {
            (CheckFormat::Human, _) => human.finish(&summary, &mut piece),
            (CheckFormat::Json, _) => json.finish(&summary, &mut piece),
            (_, Some(s)) => s.finish(&summary, step, &mut piece),
            _ => Ok(()),
        };
        if let Err(e) = held {
            write_error.get_or_insert(e);
        }
        if args.format == CheckFormat::Sarif {
            sarif.finish(&summary, &mut text);
        }
        if write_error.is_none() {
            write_error = sink.write(&text).and_then(|()| sink.finish()).err();
        }
    } else if write_error.is_none() {
        write_error = sink.finish().err();
    }
    if let Some(e) = write_error {
        eprint_all(&[format!("error: {e}")]);
        return 2;
    }
    if outcome.failed {
        return 2;
    }
    findings_status(&args.fail_on, worst, summary.coverage)
}

/// A document's findings as `check --format jsonl` writes them, made
/// where the document was checked.
struct Rendered {
    /// Its lines, in the order of [`crate::check::finding::sort_findings`].
    lines: String,
    /// The most severe of its findings.
    worst: Option<Severity>,
}

impl Rendered {
    /// Sort `findings`, write them as jsonl lines, and drop them.
    fn jsonl(findings: &mut Vec<Finding>) -> Rendered {
        crate::check::finding::sort_findings(findings);
        let mut lines = String::new();
        for f in findings.iter() {
            crate::report::jsonl::push_line(f, &mut lines);
        }
        let worst = findings.iter().map(|f| f.severity).max();
        findings.clear();
        Rendered { lines, worst }
    }
}

/// Documents of at least this many bytes are checked (`check --format
/// jsonl`, `human`, `sarif` or `json`, without `--fix`) and extracted (`extract --format jsonl`) a window of
/// sentences at a time, each window's findings or claims written before
/// the next is read: their memory is the text's, not its claims' and
/// findings'.
const LONG_DOCUMENT_BYTES: u64 = 4 << 20;

/// About how much text each such window holds.
const WINDOW_BYTES: usize = 256 << 10;

/// Whether an input is a file long enough to be read a window at a time.
fn is_long(input: &Input) -> bool {
    match input {
        Input::File(path) => std::fs::metadata(path).is_ok_and(|m| m.len() >= LONG_DOCUMENT_BYTES),
        Input::Stdin(_) | Input::Record(_) => false,
    }
}

/// A document checked a window at a time: its findings are handed on as
/// they come; this is the rest.
struct CheckedWindows {
    path: String,
    claims: usize,
    coverage: Coverage,
    matched: Vec<Target>,
    warnings: Vec<String>,
}

/// Check one input a window at a time, handing its findings to `out`
/// (`None`: the input is not for this path).
type WindowedCheck<'a> = dyn Fn(&Input, &mut dyn FnMut(Finding, &Document)) -> Option<Result<CheckedWindows, Failure>>
    + 'a;

/// [`check_input`] without `--fix` for a long document, a window at a
/// time ([`crate::check::check_document_windows`]), its findings handed
/// to `out` in the order `check_input` would give them.
fn check_input_windows(
    input: &Input,
    args: &CheckArgs,
    refs: &ReferenceSet,
    options: &CheckOptions,
    extract: &crate::extract::ExtractOptions,
    changed_lines: Option<&changed::ChangedLines>,
    out: &mut dyn FnMut(Finding, &Document),
) -> Result<CheckedWindows, Failure> {
    let doc = load_input(input, args.date)?;
    let path = match (changed_lines, input) {
        (Some(_), Input::File(path)) => Some(changed::canonical(path)),
        _ => None,
    };
    let mut keep = |f: Finding| match (changed_lines, &path) {
        (Some(lines), Some(path)) if !lines.touches(path, f.line, f.end_line) => {}
        _ => out(f, &doc),
    };
    let checked =
        crate::check::check_document_windows(&doc, refs, options, extract, WINDOW_BYTES, &mut keep);
    Ok(CheckedWindows {
        path: doc.path.clone(),
        claims: checked.claims,
        coverage: checked.coverage,
        matched: checked.matched,
        warnings: doc.warnings,
    })
}

/// Load, extract, check and (with `--fix`) fix one document.
// One argument per thing a document's check depends on.
#[allow(clippy::too_many_arguments)]
fn check_input(
    input: &Input,
    args: &CheckArgs,
    refs: &ReferenceSet,
    options: &CheckOptions,
    extract: &crate::extract::ExtractOptions,
    recorded: &std::collections::HashSet<String>,
    changed_lines: Option<&changed::ChangedLines>,
    details: bool,
) -> Result<Checked, Failure> {
    let doc = load_input(input, args.date)?;
    let claims = crate::extract::extract_with(&doc, extract);
    let checked = crate::check::check_document_full(&doc, &claims, refs, options);
    let coverage = checked.coverage();
    let detail = details.then(|| detail_of(&doc, &claims, refs, &checked.verdicts));
    let (mut findings, matched) = (checked.findings, checked.matched);
    // `--changed-lines`: the findings on lines the diff touched (stdin and
    // records, which git knows nothing of, keep theirs); `--fix` then
    // fixes those alone.
    if let (Some(lines), Input::File(path)) = (changed_lines, input) {
        let path = changed::canonical(path);
        findings.retain(|f| lines.touches(&path, f.line, f.end_line));
    }
    let (mut fixed, mut fix_error) = (0, None);
    if let (true, Input::File(path)) = (args.fix, input) {
        let result = if recorded.is_empty() {
            crate::fix::apply(&doc.text, &findings)
        } else {
            // The same findings, those a baseline records without their
            // suggestion: indexes stay those of `findings`.
            let open: Vec<Finding> = findings
                .iter()
                .map(|f| {
                    let mut f = f.clone();
                    if recorded.contains(&f.fingerprint) {
                        f.suggestion = None;
                    }
                    f
                })
                .collect();
            crate::fix::apply(&doc.text, &open)
        };
        if result.changed() {
            let written = {
                let _writing = interrupt::hold();
                crate::fix::write_in_place(path, doc.text.as_bytes(), result.text.as_bytes())
            };
            match written {
                Ok(()) => {
                    fixed = result.applied.len();
                    let mut i = 0;
                    findings.retain(|_| {
                        i += 1;
                        result.applied.binary_search(&(i - 1)).is_err()
                    });
                }
                Err(e) => fix_error = Some(format!("{}: {e}", doc.path)),
            }
        }
    }
    Ok(Checked {
        path: doc.path,
        claims: claims.len(),
        coverage,
        matched,
        findings,
        warnings: doc.warnings,
        detail,
        fixed,
        fix_error,
    })
}

/// Every claim of a document with its verdict and the reference item it
/// was judged against.
fn detail_of(
    doc: &Document,
    claims: &[Claim],
    refs: &ReferenceSet,
    verdicts: &[ClaimVerdict],
) -> DocumentDetail {
    let marks = claims
        .iter()
        .zip(verdicts)
        .map(|(claim, v)| ClaimMark {
            span: claim.span,
            kind: claim.kind.name(),
            status: v.status,
            reference: match v.target {
                Some(Target::Fact(i)) => refs.facts.get(i).map(|f| f.id.clone()),
                Some(Target::Event(i)) => refs.events.get(i).map(|e| e.id.clone()),
                None => None,
            },
        })
        .collect();
    DocumentDetail {
        path: doc.path.clone(),
        text: doc.text.clone(),
        claims: marks,
    }
}

/// A progress bar on stderr for long runs on a terminal; hidden otherwise.
/// With no total known up front (inputs taken as the walk finds them) it
/// counts documents, and stays hidden until [`reveal`]ed.
fn progress_bar(total: Option<usize>, quiet: bool) -> indicatif::ProgressBar {
    let Some(total) = total else {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden());
        if let Ok(style) = indicatif::ProgressStyle::with_template("{pos} documents {elapsed}") {
            bar.set_style(style);
        }
        return bar;
    };
    if quiet || total < PROGRESS_MIN_DOCUMENTS || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

/// Show a bar made without a total, once the run is known to be long
/// (on a terminal, not `--quiet`).
fn reveal(bar: &indicatif::ProgressBar, quiet: bool) {
    if bar.is_hidden() && !quiet && std::io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    }
}

/// Append the Markdown report to `$GITHUB_STEP_SUMMARY`, when set, cut to
/// what GitHub shows: the whole summary of a step (what earlier commands of
/// the step wrote included) stays under its 1 MiB limit. Says what the
/// summary holds, for the annotations' overflow notice.
fn append_step_summary(
    render: impl FnOnce(usize) -> Option<crate::report::markdown::Bounded>,
    outcome: &mut Outcome,
) -> crate::report::github::StepSummary {
    use crate::report::github::StepSummary;
    use crate::report::markdown::STEP_SUMMARY_LIMIT;
    let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|v| !v.is_empty()) else {
        return StepSummary::Absent;
    };
    let path = std::path::Path::new(&summary);
    let written = std::fs::metadata(path).map_or(0, |m| m.len());
    let room = usize::try_from(written)
        .map_or(0, |w| STEP_SUMMARY_LIMIT.saturating_sub(w))
        .saturating_sub(1);
    let Some(markdown) = render(room) else {
        return StepSummary::Absent;
    };
    if markdown.text.len() > room {
        outcome.warn(format!(
            "GITHUB_STEP_SUMMARY already holds {written} bytes: the report does not fit GitHub's 1 MiB limit and is not added"
        ));
        return StepSummary::Absent;
    }
    match append(path, &markdown.text) {
        Ok(()) if markdown.left_out == 0 => StepSummary::Complete,
        Ok(()) => StepSummary::Cut,
        Err(e) => {
            outcome.warn(format!("cannot append to GITHUB_STEP_SUMMARY: {e}"));
            StepSummary::Absent
        }
    }
}

/// Append `text` to a file, creating it when missing.
fn append(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

/// Documents per batch when `extract` streams JSON Lines: each batch is
/// extracted in parallel, written, and dropped, so memory is bounded by a
/// batch of documents rather than the corpus.
const STREAM_BATCH: usize = 256;

fn run_extract(args: ExtractArgs) -> u8 {
    let Some(config) = config_or_report(None) else {
        return 2;
    };
    let extract_options = config.extract_options();
    if args.format == ExtractFormat::Jsonl {
        return run_extract_streaming(&args, &extract_options);
    }
    let mut outcome = Outcome::default();
    let inputs = collect_inputs(
        &args.paths,
        &args.stdin_filename,
        args.stdin_format,
        Order::AsGiven,
        &mut outcome,
    );
    let results: Vec<Result<Extracted, Failure>> = inputs
        .par_iter()
        .map(|input| {
            let doc = load_input(input, args.date)?;
            let claims = crate::extract::extract_with(&doc, &extract_options);
            Ok((doc, claims))
        })
        .collect();
    let mut docs = Vec::new();
    for r in results {
        match r {
            Ok((doc, claims)) => {
                for w in &doc.warnings {
                    outcome.warn(w.clone());
                }
                docs.push((doc, claims));
            }
            Err((true, msg)) => outcome.error(msg),
            Err((false, msg)) => outcome.note(msg),
        }
    }
    let view: Vec<(&Document, &[Claim])> = docs.iter().map(|(d, c)| (d, c.as_slice())).collect();
    let text = crate::report::render_extract(args.format, &view);
    eprint_all(&outcome.messages);
    if let Err(e) = emit(&text, None) {
        eprint_all(&[format!("error: {e}")]);
        return 2;
    }
    if outcome.failed {
        2
    } else {
        0
    }
}

/// `extract --format jsonl`: the same lines as rendering every document at
/// once, written batch by batch as the walk finds the documents; no
/// document outlives its batch, and no list of every path is made.
fn run_extract_streaming(args: &ExtractArgs, options: &crate::extract::ExtractOptions) -> u8 {
    let mut inputs = Inputs::new(
        &args.paths,
        &args.stdin_filename,
        args.stdin_format,
        Order::AsGiven,
    );
    // The documents' own messages; the walk's go first, as when every
    // path was found before the first document was read.
    let mut outcome = Outcome::default();
    let walk_messages = |inputs: &mut Inputs| {
        let mut walk = Outcome::default();
        for problem in inputs.take_errors() {
            walk.error(problem);
        }
        walk
    };
    // A write failed: every message so far, the walk's first, then the
    // error; the run stops with status 2.
    let stop = |inputs: &mut Inputs, outcome: &Outcome, e: &dyn std::fmt::Display| {
        eprint_all(&walk_messages(inputs).messages);
        eprint_all(&outcome.messages);
        eprint_all(&[format!("error: {e}")]);
        2
    };
    // A long document found while a batch was being taken: extracted
    // alone, a window at a time, once the batch before it is written.
    let mut long: Option<Input> = None;
    loop {
        if let Some(input) = long.take() {
            let result = load_input(&input, args.date).map(|doc| {
                let mut error = None;
                crate::extract::extract_windows(&doc, options, WINDOW_BYTES, &mut |_, claims| {
                    let text = crate::report::render_extract(args.format, &[(&doc, &claims)]);
                    if error.is_none() {
                        error = emit(&text, None).err();
                    }
                });
                (error, doc.warnings)
            });
            match result {
                Ok((error, warnings)) => {
                    for w in warnings {
                        outcome.warn(w);
                    }
                    if let Some(e) = error {
                        return stop(&mut inputs, &outcome, &e);
                    }
                }
                Err((true, msg)) => outcome.error(msg),
                Err((false, msg)) => outcome.note(msg),
            }
            continue;
        }
        let mut batch: Vec<Input> = Vec::new();
        for input in inputs.by_ref() {
            if is_long(&input) {
                long = Some(input);
                break;
            }
            batch.push(input);
            if batch.len() == STREAM_BATCH {
                break;
            }
        }
        if batch.is_empty() {
            if long.is_some() {
                continue;
            }
            break;
        }
        let results: Vec<Result<(String, Vec<String>), Failure>> = batch
            .par_iter()
            .map(|input| {
                let doc = load_input(input, args.date)?;
                let claims = crate::extract::extract_with(&doc, options);
                let text = crate::report::render_extract(args.format, &[(&doc, &claims)]);
                Ok((text, doc.warnings))
            })
            .collect();
        drop(batch);
        for r in results {
            match r {
                Ok((text, warnings)) => {
                    for w in warnings {
                        outcome.warn(w);
                    }
                    if let Err(e) = emit(&text, None) {
                        return stop(&mut inputs, &outcome, &e);
                    }
                }
                Err((true, msg)) => outcome.error(msg),
                Err((false, msg)) => outcome.note(msg),
            }
        }
    }
    let walk = walk_messages(&mut inputs);
    eprint_all(&walk.messages);
    eprint_all(&outcome.messages);
    if outcome.failed || walk.failed {
        2
    } else {
        0
    }
}

fn run_refs_check(refs: Vec<PathBuf>) -> u8 {
    let Some(config) = config_or_report(None) else {
        return 2;
    };
    let paths = reference_paths(if refs.is_empty() { config.refs } else { refs });
    if paths.is_empty() {
        eprint_all(&["error: no reference data: pass --refs PATH or create rules/".to_owned()]);
        return 2;
    }
    match load_references(&paths) {
        Ok(set) => {
            // Valid but empty data is no "ok": `check` would refuse it.
            if let Err(messages) = require_reference_items(&set, &paths, true) {
                eprint_all(&messages);
                return 2;
            }
            // A draft is valid reference data, not yet usable: `check`
            // refuses it, and says so here first.
            if let Some(drafts) = unfilled_drafts(&set, "warning") {
                eprint_all(&drafts);
            }
            let text = format!(
                "ok: {} facts, {} events, {} unit names in {} files\n",
                set.facts.len(),
                set.events.len(),
                set.units.synonyms.len(),
                set.files.len()
            );
            match emit(&text, None) {
                Ok(()) => 0,
                Err(_) => 2,
            }
        }
        Err(messages) => {
            eprint_all(&messages);
            2
        }
    }
}

fn run_refs_draft(paths: &[PathBuf], date: Option<NaiveDate>, output: Option<&PathBuf>) -> u8 {
    // The claims are read as `check` would read them (date order, seasons).
    let Some(config) = config_or_report(None) else {
        return 2;
    };
    if let Err(e) = output::refuse_draft_inputs(paths, output, &config) {
        eprint_all(&[format!("error: {e}")]);
        return 2;
    }
    let extract_options = config.extract_options();
    let mut outcome = Outcome::default();
    let inputs = collect_inputs(
        paths,
        "<stdin>",
        StdinFormat::Text,
        Order::AsGiven,
        &mut outcome,
    );
    let mut docs = Vec::new();
    for input in &inputs {
        match load_input(input, date) {
            Ok(doc) => {
                let claims = crate::extract::extract_with(&doc, &extract_options);
                docs.push((doc, claims));
            }
            Err((true, msg)) => outcome.error(msg),
            Err((false, msg)) => outcome.note(msg),
        }
    }
    let view: Vec<(&Document, &[Claim])> = docs.iter().map(|(d, c)| (d, c.as_slice())).collect();
    let text = crate::reference::draft::draft(&view);
    eprint_all(&outcome.messages);
    if let Err(e) = emit(&text, output) {
        eprint_all(&[format!("error: {e}")]);
        return 2;
    }
    if outcome.failed {
        2
    } else {
        0
    }
}

fn run_refs_test(refs: Vec<PathBuf>, date: Option<NaiveDate>) -> u8 {
    let Some(config) = config_or_report(None) else {
        return 2;
    };
    let paths = reference_paths(if refs.is_empty() { config.refs } else { refs });
    // As `refs check`: no data to test is no "0 failed".
    if paths.is_empty() {
        eprint_all(&["error: no reference data: pass --refs PATH or create rules/".to_owned()]);
        return 2;
    }
    let set = match load_references(&paths) {
        Ok(set) => set,
        Err(messages) => {
            eprint_all(&messages);
            return 2;
        }
    };
    if let Err(messages) = require_reference_items(&set, &paths, true) {
        eprint_all(&messages);
        return 2;
    }
    let results = crate::check::examples::run(&set, date);
    let mut text = String::new();
    let failed = results.iter().filter(|r| r.problem.is_some()).count();
    // The sentence, the id and where they are from are the file's words:
    // each stays on its line, with nothing raw.
    let visible = crate::escape::visible;
    for r in &results {
        if let Some(problem) = &r.problem {
            text.push_str(&format!(
                "FAIL {}: {} ({} example): {}\n    {}\n",
                visible(&r.origin.to_string()),
                visible(&r.id),
                r.expects,
                visible(problem),
                visible(&r.sentence)
            ));
        }
    }
    text.push_str(&format!(
        "refs test: {} examples, {} passed, {failed} failed\n",
        results.len(),
        results.len() - failed
    ));
    if emit(&text, None).is_err() {
        return 2;
    }
    u8::from(failed > 0)
}

fn run_rules(id: Option<String>) -> u8 {
    let text = match id {
        None => {
            let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
            let mut s = String::new();
            for r in RULES {
                let level = if crate::check::rules::OFF_BY_DEFAULT.contains(&r.id) {
                    "off"
                } else {
                    r.default_severity.name()
                };
                s.push_str(&format!("{:width$}  {:8}  {}\n", r.id, level, r.summary()));
            }
            s
        }
        Some(id) => match crate::check::rules::find(&id) {
            Some(rule) => format!(
                "{}\n\nDefault severity: {}\n",
                rule.doc(),
                rule.default_severity.name()
            ),
            None => {
                let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
                eprint_all(&[format!(
                    "error: no rule `{id}`; known rules: {}",
                    known.join(", ")
                )]);
                return 2;
            }
        },
    };
    match emit(&text, None) {
        Ok(()) => 0,
        Err(_) => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_file_is_checked_a_window_at_a_time_with_the_same_findings() {
        // Over the bound, so `jsonl` takes the windowed path; `json` with
        // `--write-baseline` (the whole report) does not: their findings
        // must be the same.
        let dir = tempfile::tempdir().unwrap();
        let mut rng = crate::synth::Rng::new(11);
        let text = crate::synth::article(&mut rng, LONG_DOCUMENT_BYTES as usize + 50_000);
        let article = dir.path().join("long.txt");
        std::fs::write(&article, text).unwrap();
        assert!(is_long(&Input::File(article.clone())));
        let mut refs = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        refs.push("fixtures/refs");
        let run_format = |format: &str| {
            let out = dir.path().join(format!("out.{format}"));
            let mut args: Vec<std::ffi::OsString> = ["factlint", "check", "--format", format]
                .iter()
                .map(Into::into)
                .collect();
            args.extend(["--refs".into(), refs.clone().into_os_string()]);
            args.extend(["--output".into(), out.clone().into_os_string()]);
            if format == "json" {
                let baseline = dir.path().join("baseline.json");
                args.extend(["--write-baseline".into(), baseline.into_os_string()]);
            }
            args.push(article.clone().into_os_string());
            let status = run(Cli::try_parse_from(args).unwrap());
            (status, std::fs::read_to_string(out).unwrap())
        };
        let (status, lines) = run_format("jsonl");
        // Writing a baseline exits 0: the status is not compared.
        let (_, whole) = run_format("json");
        assert_eq!(status, 1);
        let windowed: Vec<serde_json::Value> = lines
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let whole: serde_json::Value = serde_json::from_str(&whole).unwrap();
        let whole = whole["findings"].as_array().unwrap();
        assert!(whole.len() > 1000, "{}", whole.len());
        assert_eq!(windowed.len(), whole.len());
        for (k, (a, b)) in windowed.iter().zip(whole).enumerate() {
            assert_eq!(a, b, "finding {k}");
        }
    }

    #[test]
    fn a_long_file_in_the_human_format_reads_as_the_whole_report() {
        streamed_reads_as_whole("human");
    }

    #[test]
    fn a_long_file_in_the_json_format_reads_as_the_whole_report() {
        streamed_reads_as_whole("json");
    }

    /// `check --format FORMAT` over a long file and a short one, streamed
    /// and whole, byte for byte.
    fn streamed_reads_as_whole(format: &str) {
        // A long file and a short one: the long one is checked a window at
        // a time and its group held in a temporary file (its rendered text
        // passes the spill bound), and both get headings. `--write-baseline`
        // takes the path that renders the whole report at once.
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("articles");
        std::fs::create_dir(&articles).unwrap();
        let mut rng = crate::synth::Rng::new(13);
        let long = crate::synth::article(&mut rng, LONG_DOCUMENT_BYTES as usize + 50_000);
        std::fs::write(articles.join("a-long.txt"), long).unwrap();
        std::fs::write(
            articles.join("b-short.txt"),
            crate::synth::article(&mut rng, 3_000),
        )
        .unwrap();
        assert!(is_long(&Input::File(articles.join("a-long.txt"))));
        let mut refs = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        refs.push("fixtures/refs");
        let run_human = |baseline: bool| {
            let out = dir.path().join(format!("out-{baseline}.txt"));
            let mut args: Vec<std::ffi::OsString> = ["factlint", "check", "--format", format]
                .iter()
                .map(Into::into)
                .collect();
            args.extend(["--refs".into(), refs.clone().into_os_string()]);
            args.extend(["--output".into(), out.clone().into_os_string()]);
            if baseline {
                args.extend([
                    "--write-baseline".into(),
                    dir.path().join("baseline.json").into(),
                ]);
            }
            args.push(articles.clone().into_os_string());
            run(Cli::try_parse_from(args).unwrap());
            std::fs::read_to_string(out).unwrap()
        };
        let streamed = run_human(false);
        let whole = run_human(true);
        assert!(streamed.len() > 2 * (4 << 20), "{}", streamed.len());
        assert!(streamed.contains("a-long.txt") && streamed.contains("b-short.txt"));
        if format == "human" {
            assert!(streamed.contains("a-long.txt (") && streamed.contains("b-short.txt ("));
        }
        assert!(
            streamed == whole,
            "the streamed {format} report differs from the whole one"
        );
    }

    #[test]
    fn jsonl_written_by_the_workers_is_the_whole_reports_findings_in_order() {
        // More documents than a batch, on two threads: each document's
        // lines are made where it was checked ([`Rendered`]); they must be
        // the findings of the whole report (`json` with `--write-baseline`),
        // in its order.
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("articles");
        std::fs::create_dir(&articles).unwrap();
        let mut rng = crate::synth::Rng::new(5);
        for i in 0..CHECK_BATCH + 40 {
            let text = crate::synth::article(&mut rng, 1_500);
            std::fs::write(articles.join(format!("{i:04}.txt")), text).unwrap();
        }
        let mut refs = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        refs.push("fixtures/refs");
        let run_format = |format: &str| {
            let out = dir.path().join(format!("out.{format}"));
            let mut args: Vec<std::ffi::OsString> =
                ["factlint", "check", "--jobs", "2", "--format", format]
                    .iter()
                    .map(Into::into)
                    .collect();
            args.extend(["--refs".into(), refs.clone().into_os_string()]);
            args.extend(["--output".into(), out.clone().into_os_string()]);
            if format == "json" {
                let baseline = dir.path().join("baseline.json");
                args.extend(["--write-baseline".into(), baseline.into_os_string()]);
            }
            args.push(articles.clone().into_os_string());
            let status = run(Cli::try_parse_from(args).unwrap());
            (status, std::fs::read_to_string(out).unwrap())
        };
        let (status, lines) = run_format("jsonl");
        // Writing a baseline exits 0: the status is not compared.
        let (_, whole) = run_format("json");
        assert_eq!(status, 1);
        let whole: serde_json::Value = serde_json::from_str(&whole).unwrap();
        let whole = whole["findings"].as_array().unwrap();
        assert!(whole.len() > CHECK_BATCH, "{}", whole.len());
        let streamed: Vec<serde_json::Value> = lines
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(streamed.len(), whole.len());
        for (k, (a, b)) in streamed.iter().zip(whole).enumerate() {
            assert_eq!(a, b, "finding {k}");
        }
    }

    #[test]
    fn rendered_lines_are_the_findings_sorted() {
        let mut findings = crate::report::fixtures::report().findings;
        findings.reverse();
        let mut sorted = findings.clone();
        crate::check::finding::sort_findings(&mut sorted);
        let mut expected = String::new();
        for f in &sorted {
            crate::report::jsonl::push_line(f, &mut expected);
        }
        let worst = sorted.iter().map(|f| f.severity).max();
        let rendered = Rendered::jsonl(&mut findings);
        assert_eq!(rendered.lines, expected);
        assert_eq!(rendered.worst, worst);
        assert!(findings.is_empty());
    }

    #[test]
    fn jobs_are_bounded_by_the_cores() {
        assert_eq!(worker_threads(None, 8), 8);
        assert_eq!(worker_threads(Some(1), 8), 1);
        assert_eq!(worker_threads(Some(3), 8), 3);
        assert_eq!(worker_threads(Some(4000), 8), 8);
        assert_eq!(worker_threads(Some(u16::MAX), 2), 2);
        assert_eq!(worker_threads(None, 0), 1);
    }

    #[test]
    fn references_load_on_the_pool_given() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("refs.yaml");
        // Well over one piece (2,048 items), so the file is parsed in parallel.
        let yaml = crate::synth::reference_yaml(&mut crate::synth::Rng::new(7), 5000);
        std::fs::write(&path, yaml).unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .thread_name(|i| format!("factlint-jobs-1-test-{i}"))
            .build()
            .unwrap();
        let refs = load_references_in(&pool, &[path]).unwrap();
        assert_eq!((refs.facts.len(), refs.events.len()), (5000, 500));
        // Every piece was parsed on that pool's one thread.
        assert!(crate::reference::load::test_hook::chunks_on("factlint-jobs-1-test-") >= 2);
    }

    fn file_paths(inputs: impl Iterator<Item = Input>, root: &std::path::Path) -> Vec<String> {
        inputs
            .map(|input| match input {
                Input::File(path) => path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
                Input::Stdin(name) => name,
                Input::Record(r) => r.id,
            })
            .collect()
    }

    #[test]
    fn merged_inputs_are_in_path_order_and_problems_in_argument_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "a/b.md",
            "a/c.txt",
            "a b.md",
            "a-b.md",
            "a.md",
            "b/a.md",
            "b/skip.rs",
        ] {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "Over 800 units.\n").unwrap();
        }
        let paths: Vec<PathBuf> = [
            "b",
            "missing-1",
            "a.md",
            "a-b.md",
            "a",
            "missing-2",
            "a b.md",
        ]
        .iter()
        .map(|p| root.join(p))
        .collect();
        let mut inputs = Inputs::new(&paths, "<stdin>", StdinFormat::Text, Order::Merged);
        let found = file_paths(inputs.by_ref(), root);
        assert_eq!(
            found,
            ["a/b.md", "a/c.txt", "a b.md", "a-b.md", "a.md", "b/a.md"]
        );
        let errors = inputs.take_errors();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].contains("missing-1: no such file or directory"));
        assert!(errors[1].contains("missing-2: no such file or directory"));
        assert!(!inputs.stdin_taken);

        // As given: path by path, each directory in path order.
        let mut inputs = Inputs::new(&paths, "<stdin>", StdinFormat::Text, Order::AsGiven);
        let found = file_paths(inputs.by_ref(), root);
        assert_eq!(
            found,
            ["b/a.md", "a.md", "a-b.md", "a/b.md", "a/c.txt", "a b.md"]
        );
    }

    #[test]
    fn directories_are_walked_as_inputs_are_taken() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for sub in ["a", "b", "c"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        std::fs::write(root.join("a/1.md"), "x\n").unwrap();
        std::fs::write(root.join("b/2.md"), "x\n").unwrap();
        let mut inputs = Inputs::new(
            &[root.to_path_buf()],
            "<stdin>",
            StdinFormat::Text,
            Order::Merged,
        );
        assert_eq!(file_paths(inputs.by_ref().take(1), root), ["a/1.md"]);
        // Written after the first input was taken, and still found: the
        // walk (one input ahead, for the merge) had not reached `c/`, nor
        // kept a list of what it saw.
        std::fs::write(root.join("c/3.md"), "x\n").unwrap();
        assert_eq!(file_paths(inputs.by_ref(), root), ["b/2.md", "c/3.md"]);
    }
}
