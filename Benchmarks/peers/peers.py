"""Times Verbatim and its peers on one corpus: the seed article and English prose we wrote, split into
articles of about 5 KB. Each tool does the job a user would ask of it (sentences, entities, quotes,
dates) on every article; figures are MB/s of UTF-8 input on one core, best of the runs made.
Run through run.sh, which prepares the virtual environment."""
import argparse
import json
import subprocess
import sys
import tempfile
import time


def corpus(seed_path, prose_path, kilobytes):
    seed = open(seed_path, encoding="utf-8").read()
    prose = open(prose_path, encoding="utf-8").read()
    article = (prose.strip() + "\n\n") * 8
    articles = [seed]
    while sum(len(a.encode()) for a in articles) < kilobytes * 1024:
        articles.append(article)
    return articles


def timed(job, articles, runs=3):
    """Best wall time of `runs` passes of job over every article."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for text in articles:
            job(text)
        best = min(best, time.perf_counter() - start)
    return best


def peers():
    """(name, what it does, a job taking one article) for every peer that imports here."""
    found = []
    try:
        import pysbd
        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found.append(("pySBD 0.3", "sentences", segmenter.segment))
    except ImportError as error:
        found.append(("pySBD", f"not installed ({error})", None))
    try:
        from dateparser.search import search_dates
        settings = {"RELATIVE_BASE": __import__("datetime").datetime(2026, 2, 13)}
        found.append(("dateparser search_dates", "dates", lambda text: search_dates(text, languages=["en"], settings=settings)))
    except ImportError as error:
        found.append(("dateparser", f"not installed ({error})", None))
    try:
        import spacy
        nlp = spacy.load("en_core_web_sm")
        found.append((f"spaCy {spacy.__version__} en_core_web_sm", "sentences, entities", nlp))
        try:
            from textacy.extract.triples import direct_quotations
            found.append(("textacy direct_quotations", "quotes (spaCy parse included)", lambda text: list(direct_quotations(nlp(text)))))
        except ImportError as error:
            found.append(("textacy", f"not installed ({error})", None))
    except (ImportError, OSError) as error:
        found.append(("spaCy en_core_web_sm", f"not measured: {str(error).splitlines()[0][:80]}", None))
        found.append(("textacy direct_quotations", "not measured: needs en_core_web_sm", None))
    return found


def verbatim_seconds(binary, articles, runs=3):
    """Best wall time of `verbatim annotate` over the articles as one JSONL batch, start-up included."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as batch:
        for number, text in enumerate(articles):
            batch.write(json.dumps({"id": str(number), "text": text, "published": "2026-02-13"}) + "\n")
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "annotate", "--jobs", "1", batch.name], check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbatim", required=True)
    parser.add_argument("--seed", required=True)
    parser.add_argument("--prose", required=True)
    parser.add_argument("--kilobytes", type=int, default=256)
    options = parser.parse_args()
    articles = corpus(options.seed, options.prose, options.kilobytes)
    megabytes = sum(len(a.encode()) for a in articles) / 1e6
    print(f"corpus: {len(articles)} articles, {megabytes:.2f} MB; best of 3 runs, one core\n")
    ours = verbatim_seconds(options.verbatim, articles)
    print("| tool | job | MB/s | Verbatim's speed-up |")
    print("|---|---|---|---|")
    print(f"| Verbatim `annotate` (all stages, JSONL out) | sentences, entities, quotes, dates, claims | {megabytes / ours:.2f} | 1× |")
    sys.stdout.flush()
    for name, job_name, job in peers():
        if job is None:
            print(f"| {name} | {job_name} | – | – |")
        else:
            seconds = timed(job, articles)
            print(f"| {name} | {job_name} | {megabytes / seconds:.3f} | {seconds / ours:.0f}× |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
