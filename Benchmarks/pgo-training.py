#!/usr/bin/env python3
"""Writes Benchmarks/pgo-training.txt, the text the profile-guided release build trains on
(`Benchmarks/pgo-build.sh`): the example sentences of our own unit tests, one paragraph each.

usage: Benchmarks/pgo-training.py

The tests were written to reach the rules of every stage, so their sentences exercise the branches
news articles do; they are our own text, unlike the evaluation data in ../shared/eval, and unlike the
bench's corpus (Benchmarks/corpus-prose.txt), which the profile must not be fitted to. Run it again
after the tests change; a stale training text only makes the profile a little less apt."""
import glob, os, re

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)

# A Swift string literal on one line, at least 40 characters, and a multi-line literal.
ONE_LINE = re.compile(r'"((?:[^"\\\n]|\\.){40,})"')
MULTI_LINE = re.compile(r'"""\n(.*?)\n\s*"""', re.S)
INTERPOLATION = re.compile(r"\\#*\(")
ESCAPE = re.compile(r"\\(u\{([0-9A-Fa-f]+)\}|.)")
SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}


def unescape(text):
    # Each escape read once, left to right (replacing one kind after another read "\\n" as a line break).
    return ESCAPE.sub(lambda match: chr(int(match.group(2), 16)) if match.group(2)
                      else SIMPLE.get(match.group(1), match.group(1)), text)


def looks_like_prose(text):
    # Words and spaces, not code or a table of expected values ("more than a year earlier|DATE|…").
    return ("|" not in text and text.count(" ") >= 3
            and sum(c.isalpha() for c in text) >= 0.6 * len(text) and (text[0].isalnum() or text[0] in "“\"'‘("))


def main():
    paragraphs, seen = [], set()
    for path in sorted(glob.glob(os.path.join(root, "Tests", "**", "*.swift"), recursive=True)):
        with open(path, encoding="utf-8") as file:
            source = file.read()
        # (A literal with an interpolation, "\\(…)" or a raw string's "\\#(…)", is code's text, not a sentence.)
        found = [unescape(m.group(1)) for m in ONE_LINE.finditer(source) if not INTERPOLATION.search(m.group(1))]
        # (A multi-line literal's indentation dropped, and a line that ends in "\\" joined to the next.)
        found += [unescape(re.sub(r"\n[ \t]+", "\n", m.group(1)).strip().replace("\\\n", ""))
                  for m in MULTI_LINE.finditer(source) if not INTERPOLATION.search(m.group(1))]
        for text in found:
            if looks_like_prose(text) and text not in seen:
                seen.add(text)
                paragraphs.append(text)
    out = os.path.join(here, "pgo-training.txt")
    with open(out, "w", encoding="utf-8") as file:
        file.write("\n\n".join(paragraphs) + "\n")
    print(f"{out}: {len(paragraphs)} paragraphs, {sum(len(p.encode()) for p in paragraphs)} bytes")


if __name__ == "__main__":
    main()
