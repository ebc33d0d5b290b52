"""What every quality runner does: find the shared gold file, run `verbatim annotate` over records,
write predictions and call the shared scorer that sits beside the gold file."""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def arguments(*gold):
    """A parser with --gold (default ../shared/eval/<gold…>) and --verbatim (the release build)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", default=os.path.join(ROOT, "..", "shared", "eval", *gold))
    parser.add_argument("--verbatim", default=os.path.join(ROOT, ".build", "release", "verbatim"))
    return parser


def read_gold(path):
    """The gold rows, or None (said on stderr) when the shared file is not there."""
    if not os.path.exists(path):
        print(f"no gold file at {path}: nothing to score", file=sys.stderr)
        return None
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def annotate(verbatim, records, *options):
    """Verbatim's output records for input records (dicts), one JSONL batch."""
    batch = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    result = subprocess.run([verbatim, "annotate", "-", "--input", "jsonl", *options], input=batch.encode(),
                            capture_output=True, check=False)
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def write_predictions(rows, path=None):
    """Writes prediction rows as JSONL (to a temporary file unless a path is given); returns the path."""
    out = open(path, "w", encoding="utf-8") if path else tempfile.NamedTemporaryFile(
        "w", suffix=".jsonl", delete=False, encoding="utf-8")
    with out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out.name


def score(gold, predictions, *options):
    """Runs the shared scorer beside the gold file; returns its exit code."""
    scorer = os.path.join(os.path.dirname(gold), "score.py")
    sys.stdout.flush()
    return subprocess.call([sys.executable, scorer, gold, predictions, *options])
