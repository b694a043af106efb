#!/usr/bin/env python3
"""Write the sha256 of each article's text into annotations whose sha256 is TODO."""
import hashlib, os, re, sys
from pathlib import Path
text_dir = Path(os.environ.get("FACTLINT_NEWS_DIR", "/work/news/text"))
for p in map(Path, sys.argv[1:]):
    s = p.read_text(encoding="utf-8")
    if "sha256: TODO" in s:
        h = hashlib.sha256((text_dir / f"{p.stem}.txt").read_bytes()).hexdigest()
        p.write_text(s.replace("sha256: TODO", f"sha256: {h}"), encoding="utf-8")
        print(f"{p.name}: {h}")
