#!/usr/bin/env python3
"""Fits the cue model (Lexicons/data/quote-cue-model.tsv): which reporting and stance verbs that no quote
rule read still report someone's words, from the words around them.

usage: Lexicons/scripts/fit_quote_cue_model.py [--gold ../shared/eval/quotes/polnear-dev.jsonl]
                                               [--verbatim .build/release/verbatim] [--threshold T]

The candidates and their features come from Verbatim itself: with a copy of this checkout's lexicons
whose model lets every candidate through (threshold 0), `annotate` lists each candidate as a quote
whose rule names its features, so the fitted weights describe exactly what the tool computes. A
candidate is positive when its reported words match (the scorer's word overlap, at least half both
ways) a gold attribution that none of the rules' quotes matches. A logistic regression (numpy, plain
gradient descent, L2) is fitted; features seen fewer than MINIMUM times are dropped. Figures are
printed for five folds split by article (trained on four fifths of the articles, scored on the
rest), then the model is fitted on every article and written as data with those figures in its
header. The threshold (default 0.3: the folds' indirect F1 is highest there, 0.4 and 0.5 report fewer
and find fewer) is kept in the file. Deterministic. The articles are read from
../shared and never copied into the project; rebuild (`swift build`) afterwards so the binary's
copy of the lexicons is refreshed."""
import argparse, json, os, re, shutil, subprocess, sys, tempfile
from collections import Counter
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
WORD = re.compile(r"\w+")
MINIMUM = 3
L2 = 0.01
PREFIX = "cue model "


def annotate(verbatim, docs, model):
    """Verbatim's records for the articles, with a copy of this checkout's lexicons whose cue model is `model`."""
    with tempfile.TemporaryDirectory() as folder:
        lexicons = os.path.join(folder, "data")
        shutil.copytree(os.path.join(root, "Lexicons", "data"), lexicons)
        with open(os.path.join(lexicons, "quote-cue-model.tsv"), "w") as out:
            out.write(model)
        records = "".join(json.dumps({"id": d["id"], "text": d["text"],
                                      "published": (d.get("meta") or {}).get("publication_date")}) + "\n" for d in docs)
        environment = dict(os.environ, VERBATIM_LEXICONS=lexicons)
        out = subprocess.run([verbatim, "annotate", "-", "--input", "jsonl", "--quiet"], input=records.encode(),
                             capture_output=True, check=True, env=environment).stdout.decode()
    return [json.loads(line) for line in out.splitlines()]


def token_set(text, spans):
    found = set()
    for m in WORD.finditer(text):
        if any(m.start() < e and m.end() > s for s, e in spans):
            found.add(m.start())
    return found


def matches(a, b):
    return bool(a) and bool(b) and len(a & b) / max(len(a), len(b)) >= 0.5


def labelled(docs, annotated):
    rows = []
    for number, doc in enumerate(docs):
        text = doc["text"]
        gold = [token_set(text, q.get("quote_fragments") or [(q["quote_start"], q["quote_end"])]) for q in doc["quotes"]]
        quotes = annotated[doc["id"]]["quotes"]
        spans = [token_set(text, [(p["start"], p["end"]) for p in q.get("parts") or []] or [(q["start"], q["end"])]) for q in quotes]
        by_rule = [s for q, s in zip(quotes, spans) if not q["rule"].startswith(PREFIX)]
        open_gold = [g for g in gold if not any(matches(g, s) for s in by_rule)]
        for q, s in zip(quotes, spans):
            if q["rule"].startswith(PREFIX):
                features = with_pairs(q["rule"].split(": ", 1)[1].split(" "))
                rows.append((number, features, any(matches(g, s) for g in open_gold)))
    return rows


def with_pairs(features):
    """The rule lists the features; the lemma's pairings with the form, the words before and after and
    the speaker are implied, as LearnedCues.swift scores them."""
    named = dict(f.split("=", 1) for f in features if "=" in f)
    lemma = named["l"]
    return features + [f"lp={lemma}_{named['p']}", f"ln={lemma}_{named['n']}", f"lf={lemma}_{named['f']}",
                       f"ls={lemma}_{'none' if named['s'] == 'none' else 'some'}"]


def fit(x, y, steps=3000, rate=2.0):
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = p - y
        w -= rate * (x.T @ g / n + L2 * w)
        b -= rate * g.mean()
    return w, b


def matrix(rows, names):
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (_, features, _) in enumerate(rows):
        for f in features:
            if f in index:
                x[r, index[f]] = 1.0
    return x, np.array([1.0 if label else 0.0 for _, _, label in rows])


def model_text(names, w, b, threshold):
    lines = [f"threshold\t{threshold:.2f}", f"bias\t{b:.4f}"]
    lines += [f"{name}\t{weight:.4f}" for name, weight in zip(names, w) if abs(weight) >= 0.0005]
    return "\n".join(lines) + "\n"


def vocabulary(rows):
    counts = Counter(f for _, features, _ in rows for f in features)
    return sorted(f for f, c in counts.items() if c >= MINIMUM)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", default=os.path.join(root, "..", "shared", "eval", "quotes", "polnear-dev.jsonl"))
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    parser.add_argument("--out", default=os.path.join(root, "Lexicons", "data", "quote-cue-model.tsv"))
    parser.add_argument("--threshold", type=float, default=0.3)
    args = parser.parse_args()
    docs = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    # Every candidate: a model that lets all through.
    annotated = {r["id"]: r for r in annotate(args.verbatim, docs, "threshold\t0\nbias\t0\n")}
    rows = labelled(docs, annotated)
    positives = sum(1 for r in rows if r[2])
    print(f"{len(rows)} candidates in {len(docs)} articles, {positives} match a gold attribution no rule found", file=sys.stderr)

    # Five folds by article: each fifth annotated with a model fitted on the other four, then scored
    # by the shared scorer as Benchmarks/quality/quotes.py scores the shipped model.
    records = []
    for fold in range(5):
        train = [r for r in rows if r[0] % 5 != fold]
        names = vocabulary(train)
        w, b = fit(*matrix(train, names))
        records += annotate(args.verbatim, [d for n, d in enumerate(docs) if n % 5 == fold],
                            model_text(names, w, b, args.threshold))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    scored = subprocess.run([sys.executable, os.path.join(root, "Benchmarks", "quality", "quotes.py"), "--gold", args.gold,
                             "--annotated", out.name], capture_output=True, text=True).stdout
    os.unlink(out.name)
    report = [line for line in scored.splitlines()
              if line.startswith("==") or line.startswith("quote span (token") or line.startswith("recall by")
              or line.startswith("attribution (quote")]
    print("\n".join(report), file=sys.stderr)

    names = vocabulary(rows)
    x, y = matrix(rows, names)
    w, b = fit(x, y)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# The cue model: logistic weights of the features of a reporting or stance verb that no quote rule read\n")
        out.write("# (score = 1 / (1 + e^-(bias + Σ weights of its features)); reported at or above the threshold).\n")
        out.write("# GENERATED by Lexicons/scripts/fit_quote_cue_model.py from PolNeAR dev (Newell, Margolin & Ruths 2018;\n")
        out.write("# the articles are not copied here, only weights fitted on them): L2 %.3g, features seen %d times or more;\n" % (L2, MINIMUM))
        out.write(f"# {len(rows)} candidates, {positives} positive. Five folds by article, scored as quotes.py scores:\n")
        for line in report:
            out.write(f"#   {line}\n")
        out.write("# features: l= lemma, k= speech or stance verb, fr= stance frame found, f= form, p=/n=/nn= class of the\n")
        out.write("# words before and after, s= how the speaker was found, len= reported words, lp/ln/lf/ls= lemma with them.\n")
        out.write("# columns: feature <TAB> weight\n")
        out.write(model_text(names, w, b, args.threshold))
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
