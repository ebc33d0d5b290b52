#!/usr/bin/env python3
"""Fits the claim-signal weights (Lexicons/data/claim-weights.tsv) and the claim words with their weights
(Lexicons/data/claim-words.generated.tsv) on CheckThat! 2024 training sentences.

usage: Lexicons/scripts/fit_claim_weights.py [--train ../shared/eval/claims/checkthat24-train.jsonl]
                                             [--verbatim .build/release/verbatim]

The words are the 1,000 most telling words of the training sentences (log-odds of check-worthy versus
not, weighted by frequency; seen at least 10 times). The count was chosen by 4-fold cross-validation on
train alone (F1 at 0.5: 200 words 0.640, 600 words 0.655, 1,000 words 0.662), never on devtest. The signals, words included, come from Verbatim
itself (`annotate --min-score 0` lists every sentence's signals, reading this checkout's Lexicons/data),
so the fitted weights describe exactly the features the tool computes. Rebuild (`swift build`) afterwards
so the binary's copy of the lexicons is refreshed. A class-balanced logistic
regression (numpy, plain gradient descent, L2) is fitted; the weights are written as data with the
run's figures in the header. Deterministic: the same inputs give the same file. The training
sentences are read from ../shared and never copied into the project."""
import argparse, json, math, os, re, subprocess, sys
from collections import Counter
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
SIGNALS = ["number", "percentage", "money", "quantity-word", "comparison", "superlative", "causal", "prediction",
           "rule", "date", "person", "organization", "place", "attribution", "question", "opinion", "hedge",
           "courtesy", "boilerplate", "first-person", "second-person", "short", "long", "fact-verb", "policy-topic",
           "promise", "no-final-punctuation", "statistic", "negation", "past-tense"]
# Signals the debate transcripts never show (they have no newsletter prompts, bylines or headlines):
# their weights are set, not fitted, so that the lines a news page wraps around an article stay out.
PINNED = {"boilerplate": -4.0, "no-final-punctuation": -2.0}


WORDS, MINIMUM = 1000, 10


def telling_words(rows, count=WORDS, minimum=MINIMUM):
    word = re.compile(r"[a-z]+")
    positive, negative = Counter(), Counter()
    for r in rows:
        (positive if r["label"] == 1 else negative).update(set(word.findall(r["text"].lower())))
    n_pos = sum(1 for r in rows if r["label"] == 1)
    n_neg = len(rows) - n_pos
    scored = []
    for w in set(positive) | set(negative):
        a, b = positive[w], negative[w]
        if a + b < minimum or len(w) < 2:
            continue
        log_odds = math.log((a + 1) / (n_pos + 2)) - math.log((b + 1) / (n_neg + 2))
        scored.append((abs(log_odds) * math.log(a + b), w))
    return sorted(w for _, w in sorted(scored, reverse=True)[:count])


def signals(verbatim, rows):
    records = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    environment = dict(os.environ, VERBATIM_LEXICONS=os.path.join(root, "Lexicons", "data"))
    out = subprocess.run([verbatim, "annotate", "-", "--input", "jsonl", "--min-score", "0"], input=records.encode(),
                         capture_output=True, check=False, env=environment).stdout.decode()
    found = {}
    for line in out.splitlines():
        record = json.loads(line)
        fired = set()
        for claim in record.get("claims", []):
            fired.update(claim["signals"])
        found[record.get("id")] = fired
    return [found.get(r["id"], set()) for r in rows]


def fit(x, y, l2=0.001, steps=10000, rate=1.0):
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    positive = y.mean()
    sample = np.where(y == 1, 0.5 / positive, 0.5 / (1 - positive))  # class-balanced
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * sample
        w -= rate * (x.T @ g / n + l2 * w)
        b -= rate * g.mean()
    return w, b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default=os.path.join(root, "..", "shared", "eval", "claims", "checkthat24-train.jsonl"))
    parser.add_argument("--verbatim", default=os.path.join(root, ".build", "release", "verbatim"))
    parser.add_argument("--out", default=os.path.join(root, "Lexicons", "data", "claim-weights.tsv"))
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.train, encoding="utf-8") if line.strip()]
    words = telling_words(rows)
    words_path = os.path.join(os.path.dirname(args.out), "claim-words.generated.tsv")
    write_words(words_path, [(w, 0.0) for w in words], len(rows))
    fired = signals(args.verbatim, rows)
    features = SIGNALS + ["word:" + w for w in words]
    x = np.array([[1.0 if f in row else 0.0 for f in features] for row in fired])
    y = np.array([float(r["label"]) for r in rows])
    free = [i for i, name in enumerate(features) if name not in PINNED]
    fitted, b = fit(x[:, free], y)
    w = np.array([PINNED.get(name, 0.0) for name in features])
    w[free] = fitted
    predicted = (1 / (1 + np.exp(-(x[:, free] @ fitted + b)))) >= 0.5
    tp = float((predicted & (y == 1)).sum()); fp = float((predicted & (y == 0)).sum()); fn = float((~predicted & (y == 1)).sum())
    f1 = 2 * tp / (2 * tp + fp + fn)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Logistic-regression weights of the claim signals (score = 1 / (1 + e^-(bias + Σ weights of the\n")
        out.write("# signals that fired))). GENERATED by Lexicons/scripts/fit_claim_weights.py: class-balanced, L2 0.001,\n")
        out.write("# boilerplate and no-final-punctuation set by hand (absent from the training data).\n")
        out.write(f"# fitted on CheckThat! 2024 English train ({len(rows)} sentences, positive-class F1 on train {f1:.3f}).\n")
        out.write("# columns: signal <TAB> weight\n")
        out.write(f"bias\t{b:.4f}\n")
        for name, weight in zip(SIGNALS, w[:len(SIGNALS)]):
            out.write(f"{name}\t{weight:.4f}\n")
    write_words(words_path, list(zip(words, w[len(SIGNALS):])), len(rows))
    print(f"wrote {args.out} and {words_path}: train F1 {f1:.3f}", file=sys.stderr)


def write_words(path, weighted, sentences):
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Words whose presence makes a sentence more or less check-worthy, with their fitted weights.\n")
        out.write(f"# GENERATED by Lexicons/scripts/fit_claim_weights.py: the {WORDS} most telling words of the CheckThat! 2024\n")
        out.write(f"# English training sentences ({sentences}), fitted with the signals in claim-weights.tsv.\n")
        out.write("# columns: word <TAB> weight\n")
        for word, weight in weighted:
            out.write(f"{word}\t{weight:.4f}\n")


if __name__ == "__main__":
    sys.exit(main())
