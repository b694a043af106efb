//! The install routes, each with its real consumer:
//!
//! - the wheel: `maturin build --release` (pyproject.toml), installed into a
//!   fresh virtualenv with no index, runs as `factlint`;
//! - the pre-commit hooks (`.pre-commit-hooks.yaml`, `language: python`)
//!   through real pre-commit on a temporary content repository, once from a
//!   git clone of this checkout (pip builds the package with maturin) and once
//!   as a `repo: local` hook that installs the wheel with no Rust toolchain
//!   on PATH;
//! - the workflows through actionlint (which runs shellcheck on their
//!   scripts), the composite action's scripts through shellcheck;
//! - the composite action's steps run as a runner runs them, on a release
//!   made by the release workflow's own packaging and checksum steps.
//!
//! The tools (maturin, pre-commit, actionlint in `.ci/tools/packaging-venv`,
//! shellcheck, git) are installed by `.ci/run`, which sets
//! `FACTLINT_REQUIRE_EXTERNAL=1`: then a missing tool fails the test.
//! Without that variable a missing tool skips the test with a notice.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_yaml::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The virtualenv `.ci/run` installs maturin, pre-commit and actionlint into
/// (`FACTLINT_PACKAGING_TOOLS` overrides it).
fn tools_bin() -> PathBuf {
    std::env::var_os("FACTLINT_PACKAGING_TOOLS").map_or_else(
        || Path::new(ROOT).join(".ci/tools/packaging-venv/bin"),
        PathBuf::from,
    )
}

/// Every tool named is at hand, or `false` (with a notice) when one is
/// missing and CI did not ask for them.
fn have(tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|t| find(t).is_none())
        .collect();
    if missing.is_empty() {
        return true;
    }
    let hint = format!(
        "{} not found in {} or on PATH; .ci/run installs them",
        missing.join(", "),
        tools_bin().display()
    );
    if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
        panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
    }
    // Straight to stderr, past the test harness's capture, so it is seen.
    let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    false
}

/// A tool from the tools virtualenv, else from PATH.
fn find(tool: &str) -> Option<PathBuf> {
    std::iter::once(tools_bin())
        .chain(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ))
        .map(|dir| dir.join(tool))
        .find(|p| p.is_file())
}

fn tool(name: &str) -> Command {
    Command::new(find(name).unwrap_or_else(|| PathBuf::from(name)))
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[track_caller]
fn ok(cmd: &mut Command) -> Output {
    let out = run(cmd);
    assert!(out.status.success(), "{cmd:?} failed:\n{}", text(&out));
    out
}

fn git(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .args([
            "-c",
            "user.name=factlint test",
            "-c",
            "user.email=test@factlint.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("GIT_WORK_TREE");
    cmd
}

/// The cargo target directory this test was built in: the wheel's release
/// build and pre-commit's reuse its cache instead of compiling into a
/// fresh one.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_factlint"))
        .parent() // debug/
        .and_then(Path::parent)
        .unwrap()
        .to_path_buf()
}

/// Environment for anything that builds factlint: the shared target
/// directory, and crates from the local registry cache only (the lock file
/// is committed; no crates.io round trip).
fn build_env(cmd: &mut Command) -> &mut Command {
    cmd.env("CARGO_TARGET_DIR", target_dir())
        .env("CARGO_NET_OFFLINE", "true")
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .env_remove("CARGO_BUILD_TARGET_DIR")
}

/// PATH with no Rust toolchain on it: no `cargo`, `rustc` or `rustup`.
fn path_without_rust() -> OsString {
    let dirs = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .filter(|d| {
            !["cargo", "rustc", "rustup"]
                .iter()
                .any(|t| d.join(t).exists())
        })
        .collect::<Vec<_>>();
    std::env::join_paths(dirs).unwrap()
}

const RULES: &str = "\
units:
  troops: [troops, soldiers, units]
facts:
  - id: italy/troops-iraq-kuwait
    about: Italian troops between Iraq and Kuwait
    value: 650
    unit: troops
    as_of: 2021-06
    source: \"Test value for the packaging test\"
    match:
      all: [Italy]
      any: [Iraq, Kuwait]
";
const AGREES: &str = "Italy has about 650 soldiers between Iraq and Kuwait.\n";
const MISMATCH: &str = "Italy, with over 800 units between Iraq and Kuwait, will stay.\n";

/// A git clone of this checkout as it is now (tracked and new files, not
/// ignored ones, uncommitted edits included), committed: pre-commit installs
/// hooks from a git repository at a revision. Returns (path, revision).
fn clone_of_checkout(into: &Path) -> String {
    let files = ok(Command::new("git").current_dir(ROOT).args([
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
    ]));
    for name in files.stdout.split(|&b| b == 0).filter(|n| !n.is_empty()) {
        let name = std::str::from_utf8(name).unwrap();
        let from = Path::new(ROOT).join(name);
        if !from.is_file() {
            continue; // deleted in the checkout, not yet committed
        }
        let to = into.join(name);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap();
    }
    ok(git(into).args(["init", "-q"]));
    ok(git(into).args(["add", "-A"]));
    ok(git(into).args(["commit", "-q", "-m", "checkout under test"]));
    let rev = ok(git(into).args(["rev-parse", "HEAD"]));
    String::from_utf8(rev.stdout).unwrap().trim().to_owned()
}

/// A content repository: `rules/` and one article, staged.
fn content_repo(dir: &Path, article: &str) {
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    std::fs::create_dir_all(dir.join("content")).unwrap();
    std::fs::write(dir.join("rules/troops.yaml"), RULES).unwrap();
    std::fs::write(dir.join("content/italy.md"), article).unwrap();
    ok(git(dir).args(["init", "-q"]));
    ok(git(dir).args(["add", "-A"]));
}

/// `pre-commit run --all-files` in `dir` with config `config`.
fn pre_commit(dir: &Path, config: &str, home: &Path, path: Option<&OsString>) -> Output {
    let mut cmd = tool("pre-commit");
    build_env(&mut cmd)
        .current_dir(dir)
        .args(["run", "--all-files", "--color", "never", "-c", config])
        .env("PRE_COMMIT_HOME", home)
        .env_remove("PRE_COMMIT_COLOR")
        .env_remove("SKIP");
    if let Some(path) = path {
        cmd.env("PATH", path);
    }
    run(&mut cmd)
}

/// The agreeing article passes, the planted mismatch fails and the output
/// names the finding: the same for every way the hook was installed.
/// Returns the article as the failing run left it.
fn assert_hook_passes_then_fails(
    dir: &Path,
    config: &str,
    home: &Path,
    path: Option<&OsString>,
) -> String {
    let pass = pre_commit(dir, config, home, path);
    assert_eq!(
        pass.status.code(),
        Some(0),
        "{config}: the agreeing article passes:\n{}",
        text(&pass)
    );
    assert!(text(&pass).contains("Passed"), "{}", text(&pass));

    std::fs::write(dir.join("content/italy.md"), MISMATCH).unwrap();
    ok(git(dir).args(["add", "content/italy.md"]));
    let fail = pre_commit(dir, config, home, path);
    let out = text(&fail);
    assert_eq!(
        fail.status.code(),
        Some(1),
        "{config}: the mismatch fails:\n{out}"
    );
    for expected in [
        "Failed",
        "error[fact-mismatch]",
        "content/italy.md:1:",
        "reference says 650 troops",
    ] {
        assert!(
            out.contains(expected),
            "{config}: no {expected:?} in:\n{out}"
        );
    }
    let left = std::fs::read_to_string(dir.join("content/italy.md")).unwrap();
    // Back to the agreeing article for the next run.
    std::fs::write(dir.join("content/italy.md"), AGREES).unwrap();
    ok(git(dir).args(["add", "content/italy.md"]));
    left
}

#[test]
fn the_wheel_installs_and_pre_commit_runs_the_hooks() {
    if !have(&["maturin", "pre-commit", "python3", "git"]) {
        return;
    }
    let scratch = tempfile::tempdir().unwrap();
    let s = scratch.path();
    let start = std::time::Instant::now();
    let lap = |what: &str| eprintln!("packaging: {what} at {:.1?}", start.elapsed());

    // 1. The wheel, as the release workflow builds it.
    let wheels = s.join("wheels");
    ok(build_env(&mut tool("maturin"))
        .current_dir(ROOT)
        .args(["build", "--release", "--locked", "--quiet", "--out"])
        .arg(&wheels));
    let wheel = std::fs::read_dir(&wheels)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .expect("maturin wrote a wheel");
    lap("wheel built");
    let name = wheel.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!("factlint-{VERSION}-py3-none-")),
        "{name}"
    );

    // 2. Installed into a fresh virtualenv from the file alone.
    let venv = s.join("venv");
    ok(tool("python3").args(["-m", "venv"]).arg(&venv));
    ok(Command::new(venv.join("bin/pip")).args([
        "install",
        "--quiet",
        "--no-index",
        "--disable-pip-version-check",
        wheel.to_str().unwrap(),
    ]));
    let factlint = venv.join("bin/factlint");
    let version = ok(Command::new(&factlint).arg("--version"));
    assert_eq!(
        String::from_utf8_lossy(&version.stdout),
        format!("factlint {VERSION}\n")
    );
    // It checks: the shipped example holds planted mismatches.
    let example = run(Command::new(&factlint)
        .current_dir(ROOT)
        .args(["check", "fixtures/articles", "--refs", "rules"])
        .args(["--color", "never", "--quiet"]));
    assert_eq!(example.status.code(), Some(1), "{}", text(&example));
    // The release profile strips it (45.6 MB with debug info, see BENCHMARKS.md).
    let size = std::fs::metadata(&factlint).unwrap().len();
    assert!(size < 15_000_000, "the wheel's binary is {size} bytes");
    // The metadata PyPI shows comes from pyproject.toml and Cargo.toml.
    let metadata = std::fs::read_to_string(
        std::fs::read_dir(venv.join("lib"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path()
            .join(format!(
                "site-packages/factlint-{VERSION}.dist-info/METADATA"
            )),
    )
    .unwrap();
    for line in [
        "Name: factlint".to_owned(),
        format!("Version: {VERSION}"),
        format!("Summary: {}", env!("CARGO_PKG_DESCRIPTION")),
        "License-Expression: MIT".to_owned(),
        "Project-URL: Repository, https://github.com/factlint/factlint".to_owned(),
        "Classifier: Topic :: Software Development :: Quality Assurance".to_owned(),
        "Description-Content-Type: text/markdown".to_owned(), // ; charset=UTF-8; variant=GFM
    ] {
        assert!(
            metadata.lines().any(|l| l.starts_with(&line)),
            "no {line:?} in\n{metadata}"
        );
    }

    lap("wheel installed and checked");
    // 3. The hooks of `.pre-commit-hooks.yaml` from a git clone of this
    //    checkout: pre-commit pip-installs the repository, maturin builds it.
    let hooks = s.join("hooks");
    std::fs::create_dir(&hooks).unwrap();
    let rev = clone_of_checkout(&hooks);
    let content = s.join("content");
    std::fs::create_dir(&content).unwrap();
    content_repo(&content, AGREES);
    std::fs::write(
        content.join("from-repo.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: factlint\n        args: [--refs, rules, --color, never]\n      - id: factlint-fix\n        args: [--refs, rules, --color, never]\n",
            hooks.display()
        ),
    )
    .unwrap();
    // 4. The route with no Rust toolchain: the wheel as a dependency of a
    //    local hook (from PyPI: `factlint==VERSION`; here: the file).
    std::fs::write(
        content.join("from-wheel.yaml"),
        format!(
            "repos:\n  - repo: local\n    hooks:\n      - id: factlint\n        name: factlint\n        entry: factlint check\n        language: python\n        additional_dependencies: [\"{}\"]\n        files: \\.(md|markdown|txt)$\n        args: [--refs, rules, --color, never]\n",
            wheel.display()
        ),
    )
    .unwrap();
    ok(git(&content).args(["add", "-A"]));
    let home = s.join("pre-commit-home");
    let fixed = assert_hook_passes_then_fails(&content, "from-repo.yaml", &home, None);
    // factlint-fix ran after factlint and applied the safe suggestion.
    assert_eq!(
        fixed,
        "Italy, with about 650 units between Iraq and Kuwait, will stay.\n"
    );
    lap("hooks from the repository ran");
    let no_rust = path_without_rust();
    let left = assert_hook_passes_then_fails(&content, "from-wheel.yaml", &home, Some(&no_rust));
    assert_eq!(left, MISMATCH, "the check alone changes nothing");
    lap("hooks from the wheel ran");
}

#[test]
fn the_workflows_pass_actionlint() {
    if !have(&["actionlint", "shellcheck"]) {
        return;
    }
    let mut workflows: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join(".github/workflows"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml" || e == "yaml"))
        .collect();
    workflows.sort();
    assert!(workflows.iter().any(|p| p.ends_with("release.yml")));
    // actionlint checks workflows, not action files; it checks the inputs a
    // workflow gives a local action against that action's action.yml, so
    // release.yml's job that runs `uses: ./` covers action.yml's inputs.
    let release = yaml(".github/workflows/release.yml");
    assert!(release["jobs"]["action"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .any(|s| s["uses"] == "./"));
    // actionlint runs shellcheck on every `run:` script when it is on PATH;
    // `-shellcheck` names it so a missing one cannot pass silently.
    let shellcheck = find("shellcheck").unwrap();
    ok(tool("actionlint")
        .current_dir(ROOT)
        .arg("-shellcheck")
        .arg(&shellcheck)
        .args(&workflows));
}

fn yaml(path: &str) -> Value {
    serde_yaml::from_str(&std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap())
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The names `name.xxx` refers to in a text, e.g. `inputs.paths`.
fn references<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    text.match_indices(prefix)
        .map(|(i, _)| {
            let rest = &text[i + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn the_action_is_a_composite_action_with_safe_scripts() {
    let action = yaml("action.yml");
    let raw = std::fs::read_to_string(Path::new(ROOT).join("action.yml")).unwrap();
    for key in ["name", "description"] {
        assert!(action[key].as_str().is_some_and(|s| !s.is_empty()), "{key}");
    }
    assert_eq!(action["runs"]["using"], "composite");
    let inputs = action["inputs"].as_mapping().unwrap();
    for name in ["paths", "refs", "version", "args", "changed-since", "sarif"] {
        assert!(inputs.contains_key(name), "input {name}");
    }
    for (name, input) in inputs {
        assert!(input["description"].as_str().is_some(), "{name:?}");
    }
    // Every `inputs.X` and `steps.X` the file uses exists.
    for used in references(&raw, "inputs.") {
        assert!(inputs.contains_key(used), "inputs.{used} is not an input");
    }
    let steps = action["runs"]["steps"].as_sequence().unwrap();
    let ids: Vec<&str> = steps.iter().filter_map(|s| s["id"].as_str()).collect();
    for used in references(&raw, "steps.") {
        assert!(ids.contains(&used), "steps.{used} is not a step id");
    }

    let scripts: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    for step in steps.iter().filter(|s| s["run"].is_string()) {
        assert_eq!(
            step["shell"], "bash",
            "a composite run step names its shell"
        );
    }
    for script in &scripts {
        // Inputs reach the scripts through env only: an expression in the
        // script text would be pasted in as shell code.
        assert!(
            !script.contains("${{"),
            "an expression in a script:\n{script}"
        );
    }
    let all = scripts.join("\n");
    assert!(all.contains("--format github"), "annotations");
    assert!(all.contains("--format sarif"), "SARIF");
    assert!(steps.iter().any(|s| s["uses"]
        .as_str()
        .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@"))));

    // The action downloads what the release workflow publishes: an archive
    // per target named `factlint-TARGET`, and the checksums.
    let release = yaml(".github/workflows/release.yml");
    let targets: Vec<&str> = release["jobs"]["binaries"]["strategy"]["matrix"]["include"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|m| m["target"].as_str().unwrap())
        .collect();
    for target in &targets {
        assert!(all.contains(&format!("target={target} ")), "{target}");
    }
    assert!(all.contains("\"factlint-$target.$ext\""));
    let package = release["jobs"]["binaries"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Package")
        .unwrap();
    let package = package["run"].as_str().unwrap();
    assert!(package.contains("dir=\"factlint-$TARGET\""));
    assert!(package.contains("\"dist/$dir.tar.gz\"") && package.contains("\"dist/$dir.zip\""));
    let release_job = release["jobs"]["release"]["steps"].as_sequence().unwrap();
    assert!(release_job
        .iter()
        .filter_map(|s| s["run"].as_str())
        .any(|r| r.contains("> SHA256SUMS")));

    if !have(&["shellcheck"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (i, script) in scripts.iter().enumerate() {
        let file = dir.path().join(format!("step{i}.sh"));
        std::fs::write(&file, format!("#!/usr/bin/env bash\n{script}")).unwrap();
        ok(tool("shellcheck").arg(&file));
    }
}

#[test]
fn the_release_workflow_covers_every_target_and_publishes() {
    let release = yaml(".github/workflows/release.yml");
    assert_eq!(release["on"]["push"]["tags"][0], "v*");
    let jobs = &release["jobs"];
    let targets: Vec<&str> = jobs["binaries"]["strategy"]["matrix"]["include"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|m| m["target"].as_str().unwrap())
        .collect();
    for target in [
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-musl",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(targets.contains(&target), "{target}");
    }
    let uses = |job: &str| -> Vec<String> {
        jobs[job]["steps"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(|s| s["uses"].as_str().map(str::to_owned))
            .collect()
    };
    assert!(uses("wheels")
        .iter()
        .any(|u| u.starts_with("PyO3/maturin-action@")));
    assert!(uses("pypi")
        .iter()
        .any(|u| u.starts_with("pypa/gh-action-pypi-publish@")));
    // Trusted publishing: an OIDC token, no stored PyPI secret.
    assert_eq!(jobs["pypi"]["permissions"]["id-token"], "write");
    assert!(!serde_yaml::to_string(&jobs["pypi"])
        .unwrap()
        .contains("secrets."));
    // The tag is Cargo.toml's version (`rev: vX.Y.Z`); a pushed tag that is
    // not fails the release.
    let tag_step = script(&jobs["version"]["steps"], "Tag from Cargo.toml's version");
    let tmp = tempfile::tempdir().unwrap();
    let output = tmp.path().join("output");
    let push = OsString::from("push");
    let wrong = OsString::from("v9.9.9");
    let right = OsString::from(format!("v{VERSION}"));
    let out = step(
        tag_step,
        Path::new(ROOT),
        &[
            ("EVENT", &push),
            ("REF_NAME", &wrong),
            ("GITHUB_OUTPUT", &output.as_os_str().to_owned()),
        ],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("does not match Cargo.toml's version"));
    let out = step(
        tag_step,
        Path::new(ROOT),
        &[
            ("EVENT", &push),
            ("REF_NAME", &right),
            ("GITHUB_OUTPUT", &output.as_os_str().to_owned()),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let major = VERSION.split('.').next().unwrap();
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        format!("tag=v{VERSION}\nmajor=v{major}\n")
    );
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    assert!(readme.contains(&format!("rev: v{VERSION}")));
}

/// A `run:` script of a step, found by name, from a list of steps.
fn script<'a>(steps: &'a Value, name: &str) -> &'a str {
    steps
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no step {name:?}"))["run"]
        .as_str()
        .unwrap()
}

/// Run a step's script the way the runner does for `shell: bash`.
fn step(script: &str, dir: &Path, env: &[(&str, &OsString)]) -> Output {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), script).unwrap();
    let mut cmd = Command::new("bash");
    cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
        .arg(file.path())
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY");
    for (k, v) in env {
        cmd.env(k, v);
    }
    run(&mut cmd)
}

/// The release workflow's packaging and checksum steps make a release; the
/// action's steps download it (through a stand-in `gh` that serves that
/// release from a directory), verify it, put it on PATH and run the check,
/// the SARIF file and the result as on a runner.
#[test]
fn the_action_runs_on_what_the_release_publishes() {
    let release = yaml(".github/workflows/release.yml");
    let action = yaml("action.yml");
    let steps = &action["runs"]["steps"];
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let os = |p: &Path| p.as_os_str().to_owned();
    let s = |v: &str| OsString::from(v);

    // The `binaries` job's Package step, with this test's factlint as the
    // musl build, then the `release` job's checksums.
    let checkout = t.join("checkout");
    let built = checkout.join("target/x86_64-unknown-linux-musl/release");
    std::fs::create_dir_all(&built).unwrap();
    for file in ["README.md", "LICENSE"] {
        std::fs::copy(Path::new(ROOT).join(file), checkout.join(file)).unwrap();
    }
    std::fs::copy(env!("CARGO_BIN_EXE_factlint"), built.join("factlint")).unwrap();
    let target = s("x86_64-unknown-linux-musl");
    let out = step(
        script(&release["jobs"]["binaries"]["steps"], "Package"),
        &checkout,
        &[("TARGET", &target)],
    );
    assert!(out.status.success(), "{}", text(&out));
    let published = checkout.join("dist");
    let out = step(
        script(&release["jobs"]["release"]["steps"], "Checksums"),
        &published,
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));

    // A stand-in for `gh release download [TAG] --repo R --dir D --pattern P…`.
    let bin = t.join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::fs::write(
        bin.join("gh"),
        "#!/usr/bin/env bash\nset -eu\necho \"$*\" >> \"$GH_LOG\"\n\
         [ \"$1 $2\" = 'release download' ] || exit 64\nshift 2\n\
         dir=.; patterns=()\n\
         while [ $# -gt 0 ]; do case $1 in\n\
           --dir) dir=$2; shift 2;; --repo) shift 2;;\n\
           --pattern) patterns+=(\"$2\"); shift 2;; *) shift;; esac; done\n\
         for p in \"${patterns[@]}\"; do cp \"$FAKE_RELEASE/$p\" \"$dir/\"; done\n",
    )
    .unwrap();
    let mut perms = std::fs::metadata(bin.join("gh")).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(bin.join("gh"), perms).unwrap();

    let runner_temp = t.join("runner");
    std::fs::create_dir(&runner_temp).unwrap();
    let github_path = t.join("github_path");
    let github_output = t.join("github_output");
    let gh_log = t.join("gh.log");
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    let download = |version: &str, runner_os: &str, arch: &str| {
        step(
            script(steps, "Download factlint"),
            t,
            &[
                ("PATH", &path),
                ("GH_TOKEN", &s("token")),
                ("VERSION", &s(version)),
                ("ACTION_REPO", &s("factlint/factlint")),
                ("RUNNER_OS_NAME", &s(runner_os)),
                ("RUNNER_ARCH_NAME", &s(arch)),
                ("RUNNER_TEMP", &os(&runner_temp)),
                ("GITHUB_PATH", &os(&github_path)),
                ("GH_LOG", &os(&gh_log)),
                ("FAKE_RELEASE", &os(&published)),
            ],
        )
    };

    // A runner with no binary is told so.
    let out = download("latest", "Windows", "ARM64");
    assert!(!out.status.success());
    assert!(text(&out).contains("no release binary for Windows/ARM64"));
    // A tampered archive fails its checksum.
    let archive = published.join("factlint-x86_64-unknown-linux-musl.tar.gz");
    let good = std::fs::read(&archive).unwrap();
    std::fs::write(&archive, [&good[..], b"tampered"].concat()).unwrap();
    let out = download("latest", "Linux", "X64");
    assert!(!out.status.success(), "{}", text(&out));
    assert!(!github_path.exists());
    std::fs::write(&archive, &good).unwrap();
    // The real thing: a pinned version, then the latest.
    let out = download("v0.1.0", "Linux", "X64");
    assert!(out.status.success(), "{}", text(&out));
    let out = download("latest", "Linux", "X64");
    assert!(out.status.success(), "{}", text(&out));
    let log = std::fs::read_to_string(&gh_log).unwrap();
    let calls: Vec<&str> = log.lines().collect();
    assert!(calls[calls.len() - 2].starts_with("release download v0.1.0 --repo factlint/factlint"));
    assert!(calls[calls.len() - 1].starts_with("release download --repo factlint/factlint"));
    let added = std::fs::read_to_string(&github_path).unwrap();
    let added = PathBuf::from(added.lines().last().unwrap());
    assert!(added.join("factlint").is_file());

    // Annotate, SARIF and Result, with the downloaded binary first on PATH.
    let path =
        std::env::join_paths(std::iter::once(added).chain(std::env::split_paths(&path))).unwrap();
    let inputs = |extra: &[(&'static str, OsString)]| {
        let mut env: Vec<(&str, OsString)> = vec![
            ("PATH", path.clone()),
            ("PATHS", s("fixtures/articles")),
            ("REFS", s("rules")),
            ("ARGS", s("--color never")),
            ("CHANGED_SINCE", s("")),
            ("RUNNER_TEMP", os(&runner_temp)),
            ("GITHUB_OUTPUT", os(&github_output)),
        ];
        env.extend(extra.iter().cloned());
        env
    };
    let env = inputs(&[]);
    let env: Vec<(&str, &OsString)> = env.iter().map(|(k, v)| (*k, v)).collect();
    let out = step(script(steps, "Annotate"), Path::new(ROOT), &env);
    assert!(
        out.status.success(),
        "the step records the status:\n{}",
        text(&out)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&format!("factlint {VERSION}")), "{stdout}");
    assert!(
        stdout.contains("::error file=fixtures/articles/coalition-rome.txt,line=17"),
        "{stdout}"
    );
    let out = step(script(steps, "SARIF"), Path::new(ROOT), &env);
    assert!(out.status.success(), "{}", text(&out));
    let outputs = std::fs::read_to_string(&github_output).unwrap();
    assert!(outputs.lines().any(|l| l == "exit-code=1"), "{outputs}");
    let sarif = runner_temp.join("factlint.sarif");
    assert!(outputs
        .lines()
        .any(|l| l == format!("file={}", sarif.display())));
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let status = s("1");
    let out = step(script(steps, "Result"), t, &[("STATUS", &status)]);
    assert_eq!(out.status.code(), Some(1), "findings fail the action");
}
