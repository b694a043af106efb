#!/usr/bin/env python3
"""Stress benchmark: does every input shape run in linear time and memory?

Each shape is a generator of a large, structured input (a long list without
full stops, a table of figures, a pasted data dump, many facts …). It is run
at N, 2N, 4N and 8N, and the growth exponent of time and of peak memory
between N and 8N is printed:

    exponent = log(value(8N) / value(N)) / log(8)

1.0 is linear; 2.0 is quadratic. Issue 13 asks for ≤ 1.15 on every shape.
A crash (killed by a signal, e.g. a stack overflow) or a timeout is reported
as such and counts as a failure.

    benches/stress.py                     # every shape
    benches/stress.py --only dash,zones   # some shapes
    benches/stress.py --scale 0.5         # every N halved
    benches/stress.py --list              # the shapes and what they test
    benches/stress.py --strict            # exit 1 if any shape fails

Inputs are generated under --dir (default /tmp/factlint-stress) and never
committed. The release binary is built first unless --bin is given. Peak
memory is the child's own maximum resident set (wait4's ru_maxrss), so each
run is measured alone.
"""

import argparse
import math
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 1.15


# --- generators -------------------------------------------------------------
# Each returns (files, extra_args): files is {relative path: text}; the
# article(s) come first in the command line, extra_args follow. "{dir}" in an
# argument is replaced by the shape's directory.


def text(name, body, *args):
    return {name: body}, list(args)


def zones(n, fmt="json"):
    facts = "".join(
        f"  - id: zone/z{i}\n    value: 800\n    unit: troops\n"
        f"    match: {{all: [zone{i}]}}\n"
        for i in range(n)
    )
    body = "".join(f"zone{i} has 800 troops; " for i in range(n))
    return (
        {"article.txt": body, "refs/zones.yaml": "facts:\n" + facts},
        ["--refs", "{dir}/refs", "--format", fmt],
    )


def long_terms(n):
    # n facts, each with a long `all` term list; one short article.
    facts = "".join(
        f"  - id: long/f{i}\n    value: {i + 1}\n    unit: troops\n"
        f"    match: {{all: [alpha{i} beta{i} gamma{i} delta{i}], any: [epsilon{i}, zeta{i}]}}\n"
        for i in range(n)
    )
    body = "alpha7 beta7 gamma7 delta7 epsilon7 had 9 troops.\n"
    return (
        {"article.txt": body, "refs/long.yaml": "facts:\n" + facts},
        ["--refs", "{dir}/refs"],
    )


def synonyms(n):
    words = ", ".join(f"syn{i}" for i in range(n))
    refs = (
        f"units:\n  troops: [troops, {words}]\n"
        "facts:\n  - id: a/b\n    value: 800\n    unit: troops\n"
        "    match: {all: [Italy]}\n"
    )
    body = "Italy has 800 syn5 in Iraq.\n"
    return {"article.txt": body, "refs/syn.yaml": refs}, ["--refs", "{dir}/refs"]


def many_files(n):
    files = {
        f"articles/a{i}.txt": (
            f"Article {i}. Italy, with over 800 units between Iraq and Kuwait, "
            "said on Monday that some 2.5 million people were counted by June 2022. "
            * 20
        )
        for i in range(n)
    }
    return files, ["--refs", os.path.join(ROOT, "rules"), "--format", "sarif"]


def deep_yaml(n):
    # Flow nesting: serde_yaml's parser is quadratic on it (DESIGN, Bad input).
    refs = "facts: " + "[" * n + "]" * n + "\n"
    return {"article.txt": "Italy has 800 troops.\n", "refs/deep.yaml": refs}, [
        "--refs",
        "{dir}/refs",
    ]


# Shapes whose right answer is a clear error (exit 2), not a report.
REFUSED = {"deep-yaml"}


SEED = (
    "Italy, with over 800 units between Iraq and Kuwait, said on Monday that "
    "some 2.5 million people were counted by June 2022; "
)
RULES = ["--refs", os.path.join(ROOT, "rules")]

# name: (base N, generator(n) -> (files, args), what it reproduces)
SHAPES = {
    # Issue 13's table.
    "dash": (32000, lambda n: text("a.txt", "-".join(["1"] * n), *RULES),
             '"1-1-1-…": a range chain (stack overflow on main)'),
    "million": (16000, lambda n: text("a.txt", "1 million " * n + "troops", *RULES),
                '"1 million 1 million … troops" (stack overflow on main)'),
    "thousand": (16000, lambda n: text("a.txt", "2 thousand " * n + "troops", *RULES),
                 '"2 thousand …" scale chain'),
    "hundred": (16000, lambda n: text("a.txt", "3 hundred " * n + "troops", *RULES),
                '"3 hundred …" scale chain'),
    "dollar-million": (16000, lambda n: text("a.txt", "$1 million " * n + "troops", *RULES),
                       '"$1 million …": currency and scale chain'),
    "zones": (2000, zones, "n sentences each matching one of n one-term facts"),
    "zones-html": (2000, lambda n: zones(n, "html"), "the same, as an HTML report"),
    "zones-diff": (2000, lambda n: zones(n, "diff"), "the same, as a diff"),
    "italy-lines": (8000, lambda n: text("a.txt", "Italy has 800 troops in Iraq\n" * n, *RULES),
                    "lines without full stops matching a fact (.txt)"),
    "italy-lines-md": (8000, lambda n: text("a.md", "Italy has 800 troops in Iraq\n" * n, *RULES),
                       "the same as Markdown"),
    "md-table": (8000, lambda n: text("a.md", "| Italy in Iraq | 800 troops |\n" * n, *RULES),
                 "Markdown table rows of figures"),
    "integers": (40000, lambda n: text("a.txt", " ".join(str(i) for i in range(n)), *RULES),
                 "a data dump: integers separated by spaces"),
    "next-week": (40000, lambda n: text("a.txt", "next week " * n, *RULES),
                  '"next week next week …"'),
    "years": (40000, lambda n: text("a.txt", " ".join(str(1900 + i % 200) for i in range(n)), *RULES),
              "a run of years"),
    "ip-addresses": (40000, lambda n: text("a.txt", " ".join("10.0.0.%d" % (i % 250) for i in range(n)), *RULES),
                     "a run of dotted numbers"),
    "comment-opens": (160000, lambda n: text("a.md", "<!-- " * n + "Italy has 800 troops.", *RULES),
                      "unclosed HTML comment openers in Markdown"),
    "seed-line": (8000, lambda n: text("a.txt", SEED * n, *RULES),
                  "one line of the seed sentence repeated (1 MB at 8N)"),
    "long-terms": (8000, long_terms, "n facts with long match terms"),
    "synonyms": (80000, synonyms, "one unit with n synonyms"),
    "sarif-files": (250, many_files, "n small articles as one SARIF report"),
    # Shapes of our own.
    "number-words": (24000, lambda n: text("a.txt", "one two three four five six seven eight nine ten " * n, *RULES),
                     "number words without a noun"),
    "and-chain": (24000, lambda n: text("a.txt", "between 1 and " + " and ".join(str(i) for i in range(n)) + " troops", *RULES),
                  '"between 1 and 2 and 3 …"'),
    "qualifiers": (24000, lambda n: text("a.txt", "about nearly over more than " * n + "800 troops", *RULES),
                   "a run of qualifiers before one figure"),
    "date-list": (16000, lambda n: text("a.txt", ", ".join(f"June {1 + i % 28}, {2000 + i % 30}" for i in range(n)), *RULES),
                  "a list of dates without full stops"),
    "percent-list": (24000, lambda n: text("a.txt", ", ".join(f"{i % 100}%" for i in range(n)), *RULES),
                     "a list of percentages (arithmetic rule)"),
    "shares-sentence": (16000, lambda n: text("a.txt", "In the vote " + ", ".join(f"{i % 50}% said {i}" for i in range(n)) + ".", *RULES),
                        "one sentence of many shares (sum-to-100 rule)"),
    "md-list": (16000, lambda n: text("a.md", "".join(f"- {800 + i % 7} troops in zone {i}\n" for i in range(n)), *RULES),
                "a Markdown list of figures"),
    "blockquote": (40000, lambda n: text("a.md", ">" * n + " Italy has 800 troops.\n", *RULES),
                   "deeply nested Markdown blockquote"),
    "html-nest": (40000, lambda n: text("a.html", "<div>" * n + "Italy has 800 troops." + "</div>" * n, *RULES),
                  "deeply nested HTML"),
    "front-matter": (80000, lambda n: text("a.md", "---\n" + "k: 1\n" * n + "Italy has 800 troops.\n", *RULES),
                     "unterminated front matter"),
    "no-spaces": (800000, lambda n: text("a.txt", "a1" * n, *RULES),
                  "one word of letters and digits"),
    "prose-no-stops": (16000, lambda n: text("a.txt", "the committee met and Italy sent 800 troops and " * n, *RULES),
                       "long prose with no full stop"),
    "on-monday": (40000, lambda n: text("a.txt", "on Monday " * n, *RULES),
                  '"on Monday on Monday …" (weekday resolution per claim)'),
    "fractions": (40000, lambda n: text("a.txt", "1/2 " * n, *RULES),
                  '"1/2 1/2 …": fractions and numeric dates'),
    "articles-run": (40000, lambda n: text("a.txt", "in the " + "the " * n + "morning", *RULES),
                     '"in the the the … morning": a date gate skipping articles'),
    "duration-run": (24000, lambda n: text("a.txt", "2 years 1 month " * n, *RULES),
                     '"2 years 1 month …": compound durations'),
    "later-run": (24000, lambda n: text("a.txt", "2 years and " * n + "later", *RULES),
                  '"2 years and … later": a span before "later"'),
    "urls": (32000, lambda n: text("a.txt", "http://x.org/" * n, *RULES),
             "a run of URLs without spaces"),
    "bangs": (400000, lambda n: text("a.txt", "troops" + "!" * n, *RULES),
              "a run of closing punctuation"),
    "grouped": (40000, lambda n: text("a.txt", " ".join(["100"] * n) + ",5", *RULES),
                '"100 100 100 …,5": digit groups'),
    "front-matter-deep": (20000, lambda n: text("a.md", "---\nk: " + "[" * n + "\n---\nItaly has 800 troops.\n", *RULES),
                          "front matter nested deeply (serde_yaml is quadratic on it)"),
    "deep-yaml": (2000, deep_yaml, "deeply nested YAML flow sequence in reference data"),
}


# --- running ----------------------------------------------------------------


def run(cmd, timeout):
    """Seconds, peak RSS in MB and exit description of one run of `cmd`.

    Peak memory comes from GNU time, not from this process's wait4: a child
    forked from Python starts with Python's resident set as its high-water
    mark, which would hide the growth of a small process.
    """
    report = os.environ.get("FACTLINT_STRESS_RSS", "/tmp/factlint-stress-rss")
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report, *cmd],
                                stdout=null, stderr=null, start_new_session=True)
    # A blocking wait (Popen.wait with a timeout polls, in steps of up to
    # 50 ms, which would swamp short runs); a timer kills a run too long.
    timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
    timer.start()
    status = proc.wait()
    seconds = time.perf_counter() - start
    timed_out = not timer.is_alive()
    timer.cancel()
    if timed_out:
        return timeout, float("nan"), "timeout"
    try:
        with open(report) as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
        mb = int(lines[-1]) / 1024
        signalled = any("terminated by signal" in l for l in lines)
    except (OSError, ValueError, IndexError):
        mb, signalled = float("nan"), False
    if signalled:
        outcome = "signal"
    elif status in (0, 1):
        outcome = "ok"
    else:
        outcome = f"exit {status}"
    return seconds, mb, outcome


def materialise(base, files):
    shutil.rmtree(base, ignore_errors=True)
    total = 0
    for rel, body in files.items():
        path = os.path.join(base, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            out.write(body)
        total += len(body.encode())
    return total


def exponent(a, b, ratio=8):
    if a <= 0 or b <= 0:
        return float("nan")
    return math.log(b / a) / math.log(ratio)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated shape names")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every N")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    ap.add_argument("--dir", default=os.environ.get("FACTLINT_STRESS_DIR", "/tmp/factlint-stress"))
    ap.add_argument("--bin", help="factlint binary (default: build the release binary)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a shape fails")
    args = ap.parse_args()

    if args.list:
        for name, (_, _, what) in SHAPES.items():
            print(f"{name:16} {what}")
        return 0
    names = args.only.split(",") if args.only else list(SHAPES)
    unknown = [n for n in names if n not in SHAPES]
    if unknown:
        ap.error(f"unknown shape(s): {', '.join(unknown)}")

    binary = args.bin
    if not binary:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "factlint"], cwd=ROOT, check=True)
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
        binary = os.path.join(target, "release", "factlint")

    print(f"factlint stress — {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, scale {args.scale}, limit {LIMIT}")
    print(f"{'shape':16} {'bytes N..8N':>17} {'seconds N / 2N / 4N / 8N':>30} {'exp':>5} "
          f"{'peak MB N / 2N / 4N / 8N':>27} {'exp':>5}  verdict")
    failures = 0
    for name in names:
        base_n, gen, _ = SHAPES[name]
        n = max(1, int(base_n * args.scale))
        times, mems, sizes, outcome = [], [], [], "ok"
        for k in (1, 2, 4, 8):
            files, extra = gen(n * k)
            work = os.path.join(args.dir, name)
            size = materialise(work, files)
            inputs = [os.path.join(work, p) for p in files if not p.startswith("refs/")]
            if any(p.startswith("articles/") for p in files):
                inputs = [os.path.join(work, "articles")]
            extra = [a.replace("{dir}", work) for a in extra]
            cmd = [binary, "check", *inputs, "--color", "never", *extra]
            if "--format" not in extra:
                cmd += ["--format", "json"]
            seconds, mb, outcome = run(cmd, args.timeout)
            if name in REFUSED and outcome == "exit 2":
                outcome = "ok"
            times.append(seconds)
            mems.append(mb)
            sizes.append(size)
            if outcome != "ok":
                break
        if outcome != "ok" or len(times) < 4:
            verdict = f"FAIL ({outcome} at {len(times) and 2 ** (len(times) - 1)}N)"
            t_exp = m_exp = float("nan")
        else:
            t_exp, m_exp = exponent(times[0], times[3]), exponent(mems[0], mems[3])
            bad = t_exp > LIMIT or m_exp > LIMIT
            verdict = "FAIL" if bad else "ok"
        if name == "seed-line" and outcome == "ok" and len(times) == 4:
            # Issue 13: the 8 MB line in at most 5x the time of the 2 MB one.
            ratio = times[3] / times[1]
            if ratio > 5:
                verdict = "FAIL"
            verdict += f" (8N/2N time {ratio:.1f}x)"
        failures += verdict.startswith("FAIL")
        fmt_s = " / ".join(f"{t:.3f}" for t in times)
        fmt_m = " / ".join(f"{m:.0f}" for m in mems)
        span = f"{sizes[0]}..{sizes[-1]}"
        print(f"{name:16} {span:>17} {fmt_s:>30} {t_exp:5.2f} {fmt_m:>27} {m_exp:5.2f}  {verdict}", flush=True)
    print(f"\n{failures} of {len(names)} shapes failed")
    return 1 if (args.strict and failures) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(0)
