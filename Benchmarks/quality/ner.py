#!/usr/bin/env python3
"""Exact-span F1 of Verbatim's people, places and organizations against NER gold.

    python3 Benchmarks/quality/ner.py --gold FILE [--errors]

No NER gold ships with the project or ../shared (newswire NER corpora belong to their publishers);
point --gold at a file you may use, kept outside the project. Two formats are read:
- CoNLL-2003 columns: one token per line, the tag (IOB1 or IOB2) last, blank lines between sentences,
  `-DOCSTART-` between documents. Tokens are joined with spaces, without attaching punctuation.
- Bracketed text: `[PER Jane Holt] visited [LOC Kent].`, paragraphs separated by blank lines,
  documents by `=====` lines, `#` lines ignored.
MISC gold spans are not scored; Verbatim's nationalities and role phrases are not predictions.
Scores are typed (PER/LOC/ORG must agree) and untyped (the span alone), micro-averaged.
"""
import os, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from runner import ROOT, annotate  # noqa: E402
import argparse  # noqa: E402

KINDS = {"person": "PER", "place": "LOC", "organization": "ORG"}
SCORED = {"PER", "LOC", "ORG"}


def read_bracketed(path):
    documents, current = [], []
    for block in re.split(r"\n\s*\n", open(path, encoding="utf-8").read()):
        block = "\n".join(line for line in block.splitlines() if not line.startswith("#")).strip()
        if block == "=====":
            if current:
                documents.append(current)
            current = []
        elif block:
            current.append(block)
    if current:
        documents.append(current)
    result = []
    for paragraphs in documents:
        text, spans = "", []
        for paragraph in paragraphs:
            if text:
                text += "\n\n"
            position = 0
            for match in re.finditer(r"\[(PER|LOC|ORG|MISC) ([^\]]+)\]", paragraph):
                text += paragraph[position:match.start()]
                spans.append((len(text), len(text) + len(match.group(2)), match.group(1)))
                text += match.group(2)
                position = match.end()
            text += paragraph[position:]
        result.append((text, spans))
    return result


def read_conll(path):
    documents, sentences, tokens = [], [], []

    def end_sentence():
        if tokens:
            sentences.append(list(tokens))
            tokens.clear()

    def end_document():
        end_sentence()
        if sentences:
            documents.append(list(sentences))
            sentences.clear()

    for line in open(path, encoding="utf-8"):
        fields = line.split()
        if not fields:
            end_sentence()
        elif fields[0] == "-DOCSTART-":
            end_document()
        else:
            tokens.append((fields[0], fields[-1] if len(fields) > 1 else "O"))
    end_document()
    result = []
    for sentences in documents:
        text, spans = "", []
        for sentence in sentences:
            if text:
                text += "\n\n"
            open_span = None
            for index, (token, tag) in enumerate(sentence):
                if index:
                    text += " "
                kind = tag[2:] if len(tag) > 2 else None
                starts = tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != kind))
                if open_span and (tag == "O" or starts):
                    spans.append(tuple(open_span))
                    open_span = None
                if starts:
                    open_span = [len(text), None, kind]
                text += token
                if open_span:
                    open_span[1] = len(text)
            if open_span:
                spans.append(tuple(open_span))
        result.append((text, spans))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--verbatim", default=os.path.join(ROOT, ".build", "release", "verbatim"))
    parser.add_argument("--errors", action="store_true", help="list missed and spurious spans")
    options = parser.parse_args()
    if not os.path.exists(options.gold):
        print(f"no gold file at {options.gold}", file=sys.stderr)
        return 2
    is_conll = not any("[" in line and "]" in line for line in open(options.gold, encoding="utf-8"))
    documents = read_conll(options.gold) if is_conll else read_bracketed(options.gold)
    records = []
    for index, (text, _) in enumerate(documents):
        dateline = re.search(r"\b(\d{4}-\d\d-\d\d)\b", text)
        record = {"id": str(index), "text": text}
        if dateline:
            record["published"] = dateline.group(1)
        records.append(record)
    outputs = annotate(options.verbatim, records)
    counts = Counter()
    for (text, gold_spans), output in zip(documents, outputs):
        gold = {(s, e, k) for s, e, k in gold_spans if k in SCORED}
        predicted = {(m["start"], m["end"], KINDS[m["type"]]) for m in output.get("entities", []) if m["type"] in KINDS}
        # Text the gold marks MISC is neither right nor wrong to find.
        misc = {(s, e) for s, e, k in gold_spans if k == "MISC"}
        predicted = {p for p in predicted if (p[0], p[1]) not in misc}
        for kind in SCORED:
            counts[kind, "tp"] += len({g for g in gold if g[2] == kind} & predicted)
            counts[kind, "gold"] += sum(1 for g in gold if g[2] == kind)
            counts[kind, "predicted"] += sum(1 for p in predicted if p[2] == kind)
        counts["untyped", "tp"] += len({g[:2] for g in gold} & {p[:2] for p in predicted})
        counts["untyped", "gold"] += len(gold)
        counts["untyped", "predicted"] += len(predicted)
        if options.errors:
            for s, e, k in sorted(gold - predicted):
                print(f"missed   {k} {text[s:e]!r}  …{text[max(0, s - 40):s]!r}")
            for s, e, k in sorted(predicted - gold):
                print(f"spurious {k} {text[s:e]!r}  …{text[max(0, s - 40):s]!r}")

    def report(name, tp, gold, predicted):
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:8} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (gold {gold}, predicted {predicted})")

    print(f"{len(documents)} documents")
    for kind in ["PER", "LOC", "ORG"]:
        report(kind, counts[kind, "tp"], counts[kind, "gold"], counts[kind, "predicted"])
    report("typed", sum(counts[k, "tp"] for k in SCORED), sum(counts[k, "gold"] for k in SCORED),
           sum(counts[k, "predicted"] for k in SCORED))
    report("untyped", counts["untyped", "tp"], counts["untyped", "gold"], counts["untyped", "predicted"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
