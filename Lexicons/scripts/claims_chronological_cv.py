#!/usr/bin/env python3
"""Estimates how the claim weights do on debates they were not fitted on: the CheckThat! 2024 training
sentences, ordered by id (which follows the debates' order), are cut into six blocks; the weights are
fitted on the blocks before block k and scored on block k, for k = 2..5 (positive-class F1 at 0.5).

usage: Lexicons/scripts/claims_chronological_cv.py [--train ../shared/eval/claims/checkthat24-train.jsonl]
                                                   [--verbatim .build/release/verbatim] [--words 1000]

The same signals and fitting as fit_claim_weights.py (Verbatim's own signals, the most telling words
of the blocks fitted on, a class-balanced logistic regression; the words are found here by a regular
expression, not by the tool's tokenizer); nothing is written and the devtest file is not read. Takes
a minute or two (numpy, dense matrices). Measured 2 December 2026: 0.647, 0.710, 0.647, 0.600, mean 0.651."""
import argparse, json, os, re, sys
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_claim_weights as fit  # noqa: E402

WORD = re.compile(r"[a-z]+")


def matrix(rows, fired, vocabulary):
    names = fit.SIGNALS + ["word:" + w for w in vocabulary]
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (row, signals) in enumerate(zip(rows, fired)):
        for name in signals:
            if name in column and not name.startswith("word:"):
                x[i, column[name]] = 1
        for word in set(WORD.findall(row["text"].lower())):
            if "word:" + word in column:
                x[i, column["word:" + word]] = 1
    free = [i for i, name in enumerate(names) if name not in fit.PINNED]
    return x[:, free]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default=os.path.join(fit.root, "..", "shared", "eval", "claims", "checkthat24-train.jsonl"))
    parser.add_argument("--verbatim", default=os.path.join(fit.root, ".build", "release", "verbatim"))
    parser.add_argument("--words", type=int, default=fit.WORDS)
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.train, encoding="utf-8") if line.strip()]
    fired = fit.signals(args.verbatim, rows)
    order = np.argsort([int(r["id"]) for r in rows])
    blocks = np.array_split(order, 6)
    scores = []
    for k in range(2, 6):
        train, test = np.concatenate(blocks[:k]), blocks[k]
        vocabulary = fit.telling_words([rows[i] for i in train], count=args.words)
        x = matrix([rows[i] for i in train], [fired[i] for i in train], vocabulary)
        y = np.array([float(rows[i]["label"]) for i in train])
        w, b = fit.fit(x, y, steps=3000)
        xt = matrix([rows[i] for i in test], [fired[i] for i in test], vocabulary)
        yt = np.array([rows[i]["label"] for i in test])
        predicted = 1 / (1 + np.exp(-(xt @ w + b))) >= 0.5
        tp = (predicted & (yt == 1)).sum(); fp = (predicted & (yt == 0)).sum(); fn = (~predicted & (yt == 1)).sum()
        scores.append(2 * tp / (2 * tp + fp + fn))
        print(f"block {k}: fitted on {len(train)} sentences, scored on {len(test)}: F1 {scores[-1]:.3f}", flush=True)
    print(f"mean F1 {np.mean(scores):.3f}")


if __name__ == "__main__":
    sys.exit(main())
