#!/usr/bin/env python3
"""Score factlint on real published news against hand annotations.

Annotations: eval/news/annotations/<slug>.yaml (format in eval/news/README.md).
Article text: $FACTLINT_NEWS_DIR/<slug>.txt (default /work/news/text), never
committed. Exit 0 whatever the scores (this measures); exit 2 when an
annotation is invalid, a text is missing or differs, or the binary cannot run.

    python3 eval/news/score.py                       # all annotations, table
    python3 eval/news/score.py --only SLUG --json    # one article, machine output
    python3 eval/news/score.py --validate            # annotations only, no factlint
    python3 eval/news/score.py --text-dir eval/news/fixtures --ann-dir eval/news/fixtures
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from fractions import Fraction
from pathlib import Path

try:
    import yaml  # PyYAML
except ImportError:  # pragma: no cover
    yaml = None

HERE = Path(__file__).resolve().parent
DEFAULT_ANN = HERE / "annotations"
DEFAULT_TEXT = os.environ.get("FACTLINT_NEWS_DIR", "/work/news/text")
DEFAULT_BIN = str(HERE.parent.parent / "target" / "release" / "factlint")

BEATS = {"politics", "defence", "economy", "companies", "elections", "courts",
         "disasters", "health", "science", "sports"}
KINDS = {"quantity", "date", "duration"}
QUALIFIERS = {"none", "nearly", "over", "at_least", "under", "up_to", "about",
              "between", "exactly"}
RELATIONS = {"on", "in", "by", "before", "after", "since", "until", "between"}
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
TAGS = {"head-noun", "implied-noun", "capitalised-noun", "money", "dollar-ambiguous",
        "hyphenated", "proportion", "fiscal-year", "name-not-date", "sports-period",
        "score", "time-of-day", "age", "tense", "anchored-date", "relative-date",
        "range", "percent", "words",
        # additions (each has a line in README.md):
        "id-number", "per-unit", "year-alone", "dateline", "exchange-rate"}
TOP_KEYS = {"slug", "url", "outlet", "beat", "published", "sha256", "claims",
            "not_claims", "refs", "notes", "fiscal_year"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
CLAIM_KEYS = {"line", "text", "occurrence", "kind", "value", "min", "max", "unit",
              "qualifier", "tags", "interval", "relation", "commitment", "note"}
NOT_CLAIM_KEYS = {"line", "text", "occurrence", "tags", "note"}
FACT_KEYS = {"id", "about", "value", "unit", "tolerance", "as_of", "source", "match", "line"}
EVENT_KEYS = {"id", "about", "date", "status", "source", "match", "line"}
SEVERE = {"error", "warning"}


class Invalid(Exception):
    pass


class TextMissing(Invalid):
    """The article's text is absent or not the annotated bytes (a new machine, a page re-fetched)."""


# ---------------------------------------------------------------- helpers

def iso(v):
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def parse_day(v, where):
    s = iso(v)
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise Invalid(f"{where}: {s!r} is not an ISO date YYYY-MM-DD")


def num(v, where):
    """A number, or a fraction string such as "100/3" (for "one in three")."""
    if isinstance(v, bool):
        raise Invalid(f"{where}: {v!r} is not a number")
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        m = re.fullmatch(r"\s*(-?[\d.]+)\s*/\s*([\d.]+)\s*", v)
        if m:
            return float(Fraction(m.group(1)) / Fraction(m.group(2)))
        try:
            return float(v.replace(",", ""))
        except ValueError:
            pass
    raise Invalid(f"{where}: {v!r} is not a number (write 2500, 4.6e6 or \"100/3\")")


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300)


def load_yaml(path: Path):
    text = path.read_text(encoding="utf-8")
    if yaml is not None:
        return yaml.safe_load(text)
    try:  # refs written as JSON-compatible YAML
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise Invalid(f"{path}: PyYAML is not installed and the file is not JSON: {e}")


def dump_yaml(obj) -> str:
    if yaml is not None:
        return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True)
    return json.dumps(obj, indent=1, ensure_ascii=False)


# ---------------------------------------------------------------- validation

def line_offsets(raw: bytes):
    """Byte offset of the start of each 1-based line (index 0 unused)."""
    offs = [0, 0]
    for i, b in enumerate(raw):
        if b == 0x0A:
            offs.append(i + 1)
    return offs


def locate(raw: bytes, offs, item, where):
    line = item.get("line")
    if not isinstance(line, int) or line < 1 or line >= len(offs):
        raise Invalid(f"{where}.line: {line!r} is not a line of the text (1..{len(offs) - 1})")
    text = item.get("text")
    if not isinstance(text, str) or not text:
        raise Invalid(f"{where}.text: missing or empty")
    start = offs[line]
    end = offs[line + 1] - 1 if line + 1 < len(offs) else len(raw)
    body = raw[start:end]
    needle = text.encode("utf-8")
    occ = item.get("occurrence", 1)
    if not isinstance(occ, int) or occ < 1:
        raise Invalid(f"{where}.occurrence: {occ!r} is not a positive integer")
    pos = -1
    for _ in range(occ):
        pos = body.find(needle, pos + 1)
        if pos < 0:
            shown = body.decode("utf-8", "replace")
            if len(shown) > 160:
                shown = shown[:160] + "…"
            raise Invalid(f"{where}.text: {text!r} (occurrence {occ}) is not on line {line}: {shown!r}")
    if occ == 1 and body.find(needle, pos + 1) >= 0 and "occurrence" not in item:
        raise Invalid(f"{where}.text: {text!r} occurs more than once on line {line}; add occurrence: N")
    return start + pos, start + pos + len(needle)


def check_tags(item, where):
    tags = item.get("tags", []) or []
    if not isinstance(tags, list):
        raise Invalid(f"{where}.tags: not a list")
    for t in tags:
        if t not in TAGS:
            raise Invalid(f"{where}.tags: unknown tag {t!r} (known: {', '.join(sorted(TAGS))})")
    return list(tags)


def norm_claim(c, where):
    unknown = set(c) - CLAIM_KEYS
    if unknown:
        raise Invalid(f"{where}: unknown key(s) {sorted(unknown)}")
    kind = c.get("kind")
    if kind not in KINDS:
        raise Invalid(f"{where}.kind: {kind!r} is not one of {sorted(KINDS)}")
    out = {"kind": kind, "tags": check_tags(c, where)}
    if kind in ("quantity", "duration"):
        has_v = c.get("value") is not None
        has_r = c.get("min") is not None or c.get("max") is not None
        if not has_v and not has_r:
            raise Invalid(f"{where}: a {kind} needs value (or min and max)")
        out["value"] = num(c["value"], f"{where}.value") if has_v else None
        if has_r:
            if c.get("min") is None or c.get("max") is None:
                raise Invalid(f"{where}: a range needs both min and max")
            out["min"] = num(c["min"], f"{where}.min")
            out["max"] = num(c["max"], f"{where}.max")
            if out["min"] > out["max"]:
                raise Invalid(f"{where}: min > max")
        else:
            out["min"] = out["max"] = None
        if "unit" not in c:
            raise Invalid(f"{where}.unit: required (null when the noun is implied)")
        unit = c["unit"]
        if unit is not None and (not isinstance(unit, str) or not unit.strip()):
            raise Invalid(f"{where}.unit: {unit!r} is not a word or null")
        if kind == "duration" and unit not in DURATION_UNITS:
            raise Invalid(f"{where}.unit: a duration's unit is one of {sorted(DURATION_UNITS)}")
        out["unit"] = unit
        q = c.get("qualifier", "none" if kind == "duration" else None)
        if q not in QUALIFIERS:
            raise Invalid(f"{where}.qualifier: {q!r} is not one of {sorted(QUALIFIERS)}")
        out["qualifier"] = q
    else:
        iv = c.get("interval")
        if not isinstance(iv, list) or len(iv) != 2:
            raise Invalid(f"{where}.interval: needs [start, end] ISO dates")
        a, b = parse_day(iv[0], f"{where}.interval[0]"), parse_day(iv[1], f"{where}.interval[1]")
        if a > b:
            raise Invalid(f"{where}.interval: start after end")
        out["interval"] = (a.isoformat(), b.isoformat())
        rel = c.get("relation")
        if rel is True:  # YAML 1.1 reads a bare `on` as true
            rel = "on"
        if rel not in RELATIONS:
            raise Invalid(f"{where}.relation: {rel!r} is not one of {sorted(RELATIONS)}")
        out["relation"] = rel
        com = c.get("commitment", False)
        if not isinstance(com, bool):
            raise Invalid(f"{where}.commitment: true or false")
        out["commitment"] = com
    return out


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-(Q[1-4]|H[12]|spring|summer|fall|autumn|winter))?$")


def check_event_date(d, where):
    if isinstance(d, dict):
        if set(d) - {"from", "to"} or "from" not in d or "to" not in d:
            raise Invalid(f"{where}.date: a range is {{from: …, to: …}}")
        return {"from": check_event_date(d["from"], where), "to": check_event_date(d["to"], where)}
    s = iso(d)
    if not DATE_RE.match(s):
        raise Invalid(f"{where}.date: {s!r} is not 2022-05-11 | 2022-05 | 2022 | 2021-fall | 2022-Q2 | {{from, to}}")
    return s


def check_refs(refs, where):
    if refs is None:
        return {"units": {}, "facts": [], "events": []}
    if not isinstance(refs, dict) or set(refs) - {"units", "facts", "events"}:
        raise Invalid(f"{where}: refs has units, facts, events only")
    units = refs.get("units") or {}
    if not isinstance(units, dict) or not all(isinstance(v, list) for v in units.values()):
        raise Invalid(f"{where}.units: a map of unit: [synonyms]")
    ids = set()
    facts, events = [], []
    for i, f in enumerate(refs.get("facts") or []):
        w = f"{where}.facts[{i}]"
        if not isinstance(f, dict) or set(f) - FACT_KEYS:
            raise Invalid(f"{w}: unknown key(s) {sorted(set(f) - FACT_KEYS) if isinstance(f, dict) else f}")
        fid = f.get("id")
        if not isinstance(fid, str) or not fid or fid in ids:
            raise Invalid(f"{w}.id: missing or duplicate {fid!r}")
        ids.add(fid)
        v = f.get("value")
        if isinstance(v, dict):
            if set(v) != {"min", "max"}:
                raise Invalid(f"{w}.value: a range is {{min: …, max: …}}")
            num(v["min"], f"{w}.value.min"), num(v["max"], f"{w}.value.max")
        else:
            num(v, f"{w}.value")
        m = f.get("match")
        if not isinstance(m, dict) or not any(m.get(k) for k in ("all", "any")) or set(m) - {"all", "any", "none"}:
            raise Invalid(f"{w}.match: needs all: and/or any: term lists")
        facts.append(f)
    for i, e in enumerate(refs.get("events") or []):
        w = f"{where}.events[{i}]"
        if not isinstance(e, dict) or set(e) - EVENT_KEYS:
            raise Invalid(f"{w}: unknown key(s) {sorted(set(e) - EVENT_KEYS) if isinstance(e, dict) else e}")
        eid = e.get("id")
        if not isinstance(eid, str) or not eid or eid in ids:
            raise Invalid(f"{w}.id: missing or duplicate {eid!r}")
        ids.add(eid)
        e = dict(e)
        e["date"] = check_event_date(e.get("date"), w)
        m = e.get("match")
        if not isinstance(m, dict) or not any(m.get(k) for k in ("all", "any")) or set(m) - {"all", "any", "none"}:
            raise Invalid(f"{w}.match: needs all: and/or any: term lists")
        events.append(e)
    return {"units": units, "facts": facts, "events": events}


def load_annotation(path: Path, text_dir: Path):
    """Validate one annotation; return a dict ready for scoring."""
    where = str(path)
    a = load_yaml(path)
    if not isinstance(a, dict):
        raise Invalid(f"{where}: not a YAML map")
    unknown = set(a) - TOP_KEYS
    if unknown:
        raise Invalid(f"{where}: unknown top-level key(s) {sorted(unknown)}")
    slug = a.get("slug")
    if slug != path.stem:
        raise Invalid(f"{where}.slug: {slug!r} differs from the file name {path.stem!r}")
    for k in ("url", "outlet"):
        if not isinstance(a.get(k), str) or not a[k]:
            raise Invalid(f"{where}.{k}: required")
    if a.get("beat") not in BEATS:
        raise Invalid(f"{where}.beat: {a.get('beat')!r} is not one of {sorted(BEATS)}")
    published = parse_day(a.get("published"), f"{where}.published").isoformat()
    txt = text_dir / f"{slug}.txt"
    if not txt.is_file():
        raise TextMissing(f"{where}: text {txt} is missing (fetch it from {a['url']}; see README)")
    raw = txt.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if a.get("sha256") != digest:
        raise TextMissing(f"{where}.sha256: {a.get('sha256')!r} but {txt} has {digest}")
    offs = line_offsets(raw)
    claims, spans = [], {}
    for i, c in enumerate(a.get("claims") or []):
        w = f"{where}.claims[{i}]"
        if not isinstance(c, dict):
            raise Invalid(f"{w}: not a map")
        s, e = locate(raw, offs, c, w)
        if (s, e) in spans:
            raise Invalid(f"{w}: same span as claims[{spans[(s, e)]}]")
        spans[(s, e)] = i
        nc = norm_claim(c, w)
        nc.update(start=s, end=e, line=c["line"], text=c["text"])
        claims.append(nc)
    nots = []
    for i, c in enumerate(a.get("not_claims") or []):
        w = f"{where}.not_claims[{i}]"
        if not isinstance(c, dict) or set(c) - NOT_CLAIM_KEYS:
            raise Invalid(f"{w}: unknown key(s)")
        s, e = locate(raw, offs, c, w)
        nots.append({"start": s, "end": e, "line": c["line"], "text": c["text"],
                     "tags": check_tags(c, w) or ["other"]})
    if not claims:
        raise Invalid(f"{where}.claims: empty")
    refs = check_refs(a.get("refs"), f"{where}.refs")
    fiscal = a.get("fiscal_year")
    if fiscal is not None and str(fiscal).lower() not in MONTHS:
        raise Invalid(f"{where}.fiscal_year: {fiscal!r} is not a month name (january … december)")
    return {"fiscal_year": None if fiscal is None else str(fiscal).lower(),
            "slug": slug, "beat": a["beat"], "outlet": a["outlet"], "url": a["url"],
            "published": published, "txt": txt, "claims": claims, "not_claims": nots,
            "refs": refs, "path": path}


# ---------------------------------------------------------------- running factlint

def run_json(cmd, cwd=None):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=cwd)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()[:500]}")
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError as e:
        raise RuntimeError(f"{' '.join(cmd)}: output is not JSON ({e}): {p.stdout[:300]!r}")


def overlap(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def tool_unit(t):
    u = t.get("unit")
    return u if isinstance(u, str) and u.strip() else None


# Signs several countries' currencies share (src/extract/lexicon.rs
# CURRENCY_FAMILIES): factlint keeps the sign as the unit until the article
# or the configuration decides it. Left undecided, it is read right when the
# annotated currency is one the sign stands for — the text itself does not
# say more (see README, "Units").
SHARED_SIGNS = {
    "$": {"USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "JMD", "BSD", "BBD", "BZD", "BMD",
          "FJD", "GYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL", "BND", "KYD", "MXN",
          "ARS", "CLP", "COP", "UYU"},
    "¥": {"JPY", "CNY"},
    "Rs": {"INR", "PKR", "LKR", "NPR", "MUR", "SCR"},
    "pesos": {"MXN", "PHP", "ARS", "CLP", "COP", "UYU", "DOP", "CUP"},
}


def same_unit(tool, annotated):
    if tool.lower() == annotated.lower():
        return True
    return annotated.upper() in SHARED_SIGNS.get(tool, ())


def mismatch_reasons(ann, t):
    """Why an extracted claim t is not exactly the annotated claim ann ([] = right)."""
    r = []
    if t.get("kind") != ann["kind"]:
        return [f"kind {t.get('kind')} != {ann['kind']}"]
    if ann["kind"] in ("quantity", "duration"):
        if ann["value"] is not None and not close(t.get("value"), ann["value"]):
            r.append(f"value {t.get('value')} != {ann['value']:g}")
        if ann["min"] is not None:
            if not close(t.get("min"), ann["min"]) or not close(t.get("max"), ann["max"]):
                r.append(f"range {t.get('min')}..{t.get('max')} != {ann['min']:g}..{ann['max']:g}")
        tu, au = tool_unit(t), ann["unit"]
        if (tu is None) != (au is None) or (tu and not same_unit(tu, au)):
            r.append(f"unit {tu!r} != {au!r}")
        tq = t.get("qualifier") or "none"
        if tq != ann["qualifier"]:
            r.append(f"qualifier {tq} != {ann['qualifier']}")
    else:
        iv = t.get("interval") or {}
        tiv = (iv.get("start"), iv.get("end"))
        if tiv != ann["interval"]:
            r.append(f"interval {tiv[0]}..{tiv[1]} != {ann['interval'][0]}..{ann['interval'][1]}")
        if (t.get("relation") or "in") != ann["relation"] and not (t.get("relation") is None and ann["relation"] in ("in", "on")):
            r.append(f"relation {t.get('relation')} != {ann['relation']}")
        if bool(t.get("commitment")) != ann["commitment"]:
            r.append(f"commitment {bool(t.get('commitment'))} != {ann['commitment']}")
    return r


class Settings:
    """The working directory factlint runs in for one article: the article's
    configuration (`fiscal_year:`, as a user of a publication would set it)
    in a `factlint.yaml` of a directory of its own (a `.git` marker keeps
    discovery from looking above it); none → the caller's directory."""

    def __init__(self, art):
        self.tmp = None
        if art.get("fiscal_year"):
            self.tmp = tempfile.TemporaryDirectory(prefix="factlint-news-cfg-")
            d = Path(self.tmp.name)
            (d / ".git").mkdir()
            (d / "factlint.yaml").write_text(f"fiscal_year: {art['fiscal_year']}\n", encoding="utf-8")

    @property
    def cwd(self):
        return None if self.tmp is None else self.tmp.name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.tmp is not None:
            self.tmp.cleanup()


def score_extract(art, binary):
    with Settings(art) as st:
        out = run_json([os.path.abspath(binary), "extract", os.path.abspath(art["txt"]),
                        "--date", art["published"], "--format", "json"], cwd=st.cwd)
    tool = [c for d in out.get("documents", []) for c in d.get("claims", [])]
    claims = []
    for ann in art["claims"]:
        cands = [t for t in tool if overlap(ann, t)]
        best, why = None, None
        for t in sorted(cands, key=lambda t: (t.get("kind") != ann["kind"],
                                              -(min(t["end"], ann["end"]) - max(t["start"], ann["start"])))):
            reasons = mismatch_reasons(ann, t)
            if best is None or (not reasons and why):
                best, why = t, reasons
            if not reasons:
                break
        claims.append({"line": ann["line"], "text": ann["text"], "kind": ann["kind"],
                       "tags": ann["tags"], "found": best is not None,
                       "right": best is not None and not why,
                       "got": None if best is None else best.get("text"),
                       "why": why if best is not None else ["not extracted"]})
    spurious = []
    for t in tool:
        if any(overlap(a, t) for a in art["claims"]):
            continue
        tags = sorted({tag for n in art["not_claims"] if overlap(n, t) for tag in n["tags"]}) or ["other"]
        spurious.append({"line": t.get("line"), "text": t.get("text"), "kind": t.get("kind"), "tags": tags})
    return claims, spurious


def planted(item, kind, art):
    """A copy of a fact/event made wrong: value ×2; for a figure the article
    states as a lower bound ("over", "at least") half of that bound, and for an
    upper bound ("under", "up to", "nearly") twice it, so the plant truly
    contradicts the article; an event's date moved 3 years later, or, for
    a date the article gives with "since" or "after", to 3 years before it."""
    p = {k: v for k, v in item.items() if k != "line"}
    if kind == "fact":
        v = item["value"]
        c = best_link(item, "fact", art)
        q = c["qualifier"] if c is not None else "none"
        if isinstance(v, dict):
            p["value"] = {"min": num(v["min"], "") * 2, "max": num(v["max"], "") * 2}
        elif q in ("over", "at_least") and c["value"] is not None:
            # below the article's lower bound, however far above it the true value is
            p["value"] = min(num(v, "") * 0.5, c["value"] * 0.5)
        elif q in ("under", "up_to", "nearly") and c["value"] is not None:
            p["value"] = max(num(v, "") * 2, c["value"] * 2)
        else:
            p["value"] = num(v, "") * 2
    else:
        d = item["date"]
        years = 3
        # "since"/"after" says only that the event reaches past the date's
        # start (DESIGN): any later date still agrees, so the plant goes to
        # three years before the start the article gives, as a lower bound's
        # figure is halved above.
        c = best_link(item, "event", art)
        if c is not None and c.get("relation") in ("since", "after") and c.get("interval"):
            first = str(d["from"] if isinstance(d, dict) else d)
            years = min(-3, int(str(c["interval"][0])[:4]) - 3 - int(first[:4]))

        def shift(s):
            y = int(s[:4]) + years
            rest = s[4:]
            # 29 February moved to a year with none is the 28th, not a date
            # factlint must refuse (the plant is still three years off)
            if rest == "-02-29" and not calendar.isleap(y):
                rest = "-02-28"
            return f"{y:04d}{rest}"
        p["date"] = {"from": shift(d["from"]), "to": shift(d["to"])} if isinstance(d, dict) else shift(d)
    return p


def event_interval(d):
    if isinstance(d, dict):
        return event_interval(d["from"])[0], event_interval(d["to"])[1]
    y = int(d[:4])
    rest = d[5:]
    if not rest:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if re.fullmatch(r"\d{2}-\d{2}", rest):
        x = dt.date.fromisoformat(d)
        return x, x
    def month_span(m1, m2, y2=y):
        end = (dt.date(y2 + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(y, m1, 1), end
    if re.fullmatch(r"\d{2}", rest):
        return month_span(int(rest), int(rest))
    if rest.startswith("Q"):
        q = int(rest[1])
        return month_span(3 * q - 2, 3 * q)
    if rest.startswith("H"):
        h = int(rest[1])
        return month_span(6 * h - 5, 6 * h)
    seasons = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
    if rest in seasons:
        return month_span(*seasons[rest])
    return dt.date(y, 12, 1), (dt.date(y + 1, 3, 1) - dt.timedelta(days=1))  # winter


def link_distance(item, kind, c):
    """How far annotated claim c is from being the one this fact/event checks
    (None = cannot be). An explicit `line:` on the fact/event restricts it to
    claims on that line."""
    if item.get("line") is not None and item["line"] != c["line"]:
        return None
    if kind == "fact":
        # A fact counted in a time unit checks a duration ("at least
        # 300,000 years ago", "for more than 11 years") as it does a figure.
        if c["kind"] not in ("quantity", "duration"):
            return None
        v = item["value"]
        if isinstance(v, dict):
            lo, hi = num(v["min"], ""), num(v["max"], "")
        else:
            lo = hi = num(v, "")
        clo = c["min"] if c["min"] is not None else c["value"]
        chi = c["max"] if c["max"] is not None else c["value"]
        if clo <= hi and lo <= chi:
            return 0.0
        gap = min(abs(lo - chi), abs(clo - hi)) / max(abs(lo), abs(hi), abs(clo), abs(chi), 1e-300)
        return gap if gap <= 0.5 or item.get("line") is not None else None
    if c["kind"] != "date":
        return None
    a, b = event_interval(item["date"])
    ca, cb = dt.date.fromisoformat(c["interval"][0]), dt.date.fromisoformat(c["interval"][1])
    gap = 0 if (a <= cb and ca <= b) else min(abs((a - cb).days), abs((ca - b).days))
    width = (cb - ca).days / 100000.0  # the tightest interval wins a tie
    if gap > 400 and item.get("line") is None:
        return None
    return gap + width


def best_link(item, kind, art):
    ds = [(d, i) for i, c in enumerate(art["claims"])
          if (d := link_distance(item, kind, c)) is not None]
    return art["claims"][min(ds)[1]] if ds else None


def link_tags(item, kind, art):
    c = best_link(item, kind, art)
    return (c["tags"] or ["(untagged)"]) if c else ["(unlinked)"]


def run_check(art, binary, refs, tmp):
    d = Path(tmp)
    for f in d.glob("*.yaml"):
        f.unlink()
    (d / "refs.yaml").write_text(dump_yaml(refs), encoding="utf-8")
    with Settings(art) as st:
        out = run_json([os.path.abspath(binary), "check", os.path.abspath(art["txt"]), "--refs",
                        os.path.abspath(d), "--date", art["published"], "--format", "json"], cwd=st.cwd)
    return out


def clean_refs(refs):
    def strip(x):
        x = {k: v for k, v in x.items() if k != "line"}
        if "date" in x and not isinstance(x["date"], dict):
            x["date"] = iso(x["date"])
        if "as_of" in x:
            x["as_of"] = iso(x["as_of"])
        return x
    out = {}
    if refs["units"]:
        out["units"] = refs["units"]
    if refs["facts"]:
        out["facts"] = [strip(f) for f in refs["facts"]]
    if refs["events"]:
        out["events"] = [strip(e) for e in refs["events"]]
    return out


def score_check(art, binary):
    base = clean_refs(art["refs"])
    items = [("fact", f) for f in art["refs"]["facts"]] + [("event", e) for e in art["refs"]["events"]]
    res = {"false_alarms": [], "planted": [], "unmatched": [], "references": len(items), "error": None}
    if not items:
        return res
    with tempfile.TemporaryDirectory(prefix="factlint-news-") as tmp:
        try:
            out = run_check(art, binary, base, tmp)
        except RuntimeError as e:
            res["error"] = str(e)
            return res
        findings = out.get("findings", [])
        # The agreeing facts and events no claim of the article matched
        # (silently unchecked); factlint lists the first ids it found unused.
        summary = out.get("summary", {})
        ids = summary.get("unused_reference_ids", [])
        kinds = {item["id"]: (kind, item) for kind, item in items}
        for i in ids:
            kind, item = kinds.get(i, ("fact", {"id": i}))
            res["unmatched"].append({"id": i, "kind": kind,
                                     "tags": link_tags(item, kind, art) if i in kinds else ["(unknown)"]})
        for n in range(len(ids), summary.get("unused_references", 0)):
            res["unmatched"].append({"id": None, "kind": None, "tags": ["(not listed)"]})
        seen = set()
        for f in findings:
            if f.get("severity") in SEVERE:
                span = {"start": f.get("start", -1), "end": f.get("end", -1)}
                tags = sorted({t for c in art["claims"] if overlap(c, span) for t in c["tags"]}) or ["other"]
                res["false_alarms"].append({"rule": f.get("rule"), "severity": f.get("severity"),
                                            "line": f.get("line"), "text": (f.get("claim") or {}).get("text"),
                                            "ref": (f.get("reference") or {}).get("id"),
                                            "message": f.get("message"), "tags": tags})
            seen.add((f.get("rule"), f.get("start"), (f.get("reference") or {}).get("id")))
        for kind, item in items:
            wrong = dict(base)
            key = "facts" if kind == "fact" else "events"
            wrong[key] = [planted(x, kind, art) if x["id"] == item["id"] else
                          next(y for y in base[key] if y["id"] == x["id"])
                          for x in art["refs"][key]]
            try:
                fs = run_check(art, binary, wrong, tmp).get("findings", [])
            except RuntimeError as e:
                res["planted"].append({"id": item["id"], "kind": kind, "found": False,
                                       "error": str(e), "tags": link_tags(item, kind, art)})
                continue
            hit = [f for f in fs if (f.get("reference") or {}).get("id") == item["id"]
                   and f.get("severity") in SEVERE
                   and (f.get("rule"), f.get("start"), item["id"]) not in seen]
            res["planted"].append({"id": item["id"], "kind": kind, "found": bool(hit),
                                   "rule": hit[0]["rule"] if hit else None,
                                   "tags": link_tags(item, kind, art)})
    return res


# ---------------------------------------------------------------- report

def new_row():
    return {"articles": 0, "claims": 0, "found": 0, "right": 0, "extracted": 0, "spurious": 0,
            "false_alarms": 0, "references": 0, "unmatched": 0, "planted": 0, "planted_found": 0}


def add(row, r):
    for k in row:
        row[k] += r.get(k, 0)


def pct(a, b):
    return "   -  " if b == 0 else f"{100 * a / b:5.1f}%"


def table(title, rows, key_name, show_articles=True):
    lines = [f"\n{title}",
             f"{key_name:<34} {'arts':>4} {'claims':>6} {'found':>13} {'right':>13} {'spurious':>13}"
             f" {'f.alarms':>8} {'unmatched':>13} {'planted':>7} {'recall':>13}"]
    for k, r in rows:
        lines.append(
            f"{k[:34]:<34} {r['articles'] if show_articles else '':>4} {r['claims']:>6}"
            f" {r['found']:>5} {pct(r['found'], r['claims']):>7} {r['right']:>5} {pct(r['right'], r['claims']):>7}"
            f" {r['spurious']:>5} {pct(r['spurious'], r['extracted']):>7}"
            f" {r['false_alarms']:>8} {r['unmatched']:>5} {pct(r['unmatched'], r['references']):>7}"
            f" {r['planted']:>7} {r['planted_found']:>5} {pct(r['planted_found'], r['planted']):>7}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=DEFAULT_BIN, help=f"factlint binary (default {DEFAULT_BIN})")
    ap.add_argument("--text-dir", default=DEFAULT_TEXT, help="article texts (env FACTLINT_NEWS_DIR; default /work/news/text)")
    ap.add_argument("--ann-dir", default=str(DEFAULT_ANN), help="annotation YAML files (default eval/news/annotations)")
    ap.add_argument("--only", action="append", default=[], metavar="SLUG", help="score only this article (repeatable)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--validate", action="store_true", help="validate annotations only; do not run factlint")
    ap.add_argument("--no-check", action="store_true", help="score extract only")
    ap.add_argument("--details", action="store_true", help="list every miss, wrong reading, spurious claim and false alarm")
    ap.add_argument("--skip-missing", action="store_true",
                    help="skip (and list on stderr) articles whose text is missing or differs from its sha256, "
                         "instead of failing; every other annotation error still fails")
    args = ap.parse_args(argv)

    ann_dir, text_dir = Path(args.ann_dir), Path(args.text_dir)
    paths = sorted(ann_dir.glob("*.yaml"))
    if args.only:
        want = set(args.only)
        paths = [p for p in paths if p.stem in want]
        missing = want - {p.stem for p in paths}
        if missing:
            print(f"score.py: no annotation for {', '.join(sorted(missing))} in {ann_dir}", file=sys.stderr)
            return 2
    if not paths:
        print(f"score.py: no annotations in {ann_dir}", file=sys.stderr)
        return 2
    arts, errors, skipped = [], [], []
    for p in paths:
        try:
            arts.append(load_annotation(p, text_dir))
        except TextMissing as e:
            (skipped if args.skip_missing else errors).append(str(e))
        except Invalid as e:
            errors.append(str(e))
        except Exception as e:  # YAML syntax and the like
            errors.append(f"{p}: {type(e).__name__}: {e}")
    if errors:
        for e in errors:
            print(f"invalid: {e}", file=sys.stderr)
        return 2
    for e in skipped:
        print(f"skipped: {e}", file=sys.stderr)
    if skipped:
        print(f"score.py: {len(skipped)} of {len(paths)} articles skipped (text missing or different)", file=sys.stderr)
    if not arts:
        print("score.py: no article left to score", file=sys.stderr)
        return 2
    if args.validate:
        n = sum(len(a["claims"]) for a in arts)
        print(f"{len(arts)} annotations valid, {n} claims, "
              f"{sum(len(a['refs']['facts']) + len(a['refs']['events']) for a in arts)} reference items")
        return 0
    if not (os.path.isfile(args.bin) and os.access(args.bin, os.X_OK)):
        print(f"score.py: factlint binary {args.bin} is not an executable file", file=sys.stderr)
        return 2

    results = []
    for art in arts:
        try:
            claims, spurious = score_extract(art, args.bin)
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print(f"score.py: {art['slug']}: {e}", file=sys.stderr)
            return 2
        chk = {"false_alarms": [], "planted": [], "unmatched": [], "references": 0, "error": None} if args.no_check else score_check(art, args.bin)
        results.append({"slug": art["slug"], "beat": art["beat"], "outlet": art["outlet"],
                         "claims": claims, "spurious": spurious, "check": chk})

    total, by_beat, by_tag, by_art = new_row(), defaultdict(new_row), defaultdict(new_row), {}
    for r in results:
        row = new_row()
        row["articles"] = 1
        row["claims"] = len(r["claims"])
        row["found"] = sum(c["found"] for c in r["claims"])
        row["right"] = sum(c["right"] for c in r["claims"])
        row["spurious"] = len(r["spurious"])
        row["extracted"] = row["found"] + row["spurious"]
        row["false_alarms"] = len(r["check"]["false_alarms"])
        row["references"] = r["check"].get("references", 0)
        row["unmatched"] = len(r["check"].get("unmatched", []))
        row["planted"] = len(r["check"]["planted"])
        row["planted_found"] = sum(p["found"] for p in r["check"]["planted"])
        by_art[r["slug"]] = row
        add(total, row)
        add(by_beat[r["beat"]], row)
        for c in r["claims"]:
            for t in c["tags"] or ["(untagged)"]:
                tr = by_tag[t]
                tr["claims"] += 1
                tr["found"] += c["found"]
                tr["right"] += c["right"]
                tr["extracted"] += c["found"]
        for s in r["spurious"]:
            for t in s["tags"]:
                by_tag[t]["spurious"] += 1
                by_tag[t]["extracted"] += 1
        for f in r["check"]["false_alarms"]:
            for t in f["tags"]:
                by_tag[t]["false_alarms"] += 1
        for u in r["check"].get("unmatched", []):
            for t in u["tags"]:
                by_tag[t]["unmatched"] += 1
        for p in r["check"]["planted"]:
            for t in p["tags"]:
                by_tag[t]["planted"] += 1
                by_tag[t]["references"] += 1  # one plant per fact/event
                by_tag[t]["planted_found"] += p["found"]

    if args.json:
        json.dump({"version": 1, "binary": args.bin, "total": total,
                   "beats": dict(sorted(by_beat.items())), "tags": dict(sorted(by_tag.items())),
                   "articles": results}, sys.stdout, indent=1)
        print()
        return 0

    print(f"factlint real-news evaluation: {len(results)} articles, binary {args.bin}")
    print("found/right: of annotated claims; spurious: of extracted claims; "
          "f.alarms: error/warning findings with agreeing refs; unmatched: agreeing facts/events no claim matched; "
          "recall: planted mismatches found")
    print(table("per article", [(s, by_art[s]) for s in sorted(by_art)], "article"))
    print(table("per beat", sorted(by_beat.items()), "beat"))
    print(table("per tag (a claim counts under each of its tags; spurious under its not_claims tag)",
                sorted(by_tag.items()), "tag", show_articles=False))
    print(table("total", [("all", total)], ""))
    if args.details:
        for r in results:
            print(f"\n== {r['slug']}")
            for c in r["claims"]:
                if not c["right"]:
                    print(f"  {'WRONG' if c['found'] else 'MISS '} l{c['line']} {c['text']!r}"
                          f" got {c['got']!r}: {'; '.join(c['why'])}  {c['tags']}")
            for s in r["spurious"]:
                print(f"  SPUR  l{s['line']} {s['text']!r} ({s['kind']}) {s['tags']}")
            for f in r["check"]["false_alarms"]:
                print(f"  ALARM l{f['line']} {f['rule']} {f['text']!r} ref {f['ref']}: {f['message']}")
            for u in r["check"].get("unmatched", []):
                print(f"  UNMATCHED {u['kind']} {u['id']} {u['tags']}")
            for p in r["check"]["planted"]:
                if not p["found"]:
                    print(f"  SILENT {p['kind']} {p['id']}{' ' + p['error'] if p.get('error') else ''} {p['tags']}")
            if r["check"]["error"]:
                print(f"  CHECK ERROR {r['check']['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
