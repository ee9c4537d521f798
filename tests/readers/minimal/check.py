#!/usr/bin/env python3
"""The evidence of tests/readers/minimal/README.md, re-run: each minimal PDF read by the five
readers of the reader matrix (tests/readers/extract.py, the same engines and versions).

    python3 tests/readers/minimal/check.py [FILE.pdf...]

With no files it reads every PDF in this folder. For each file it prints the text that is
printed on the page, then each reader's text as the reader gives it (repr, so that U+200C,
bidi controls and line breaks show) and whether it equals the printed text once normalised
as tests/it/readers.rs compares it (NFC, bidi controls dropped, whitespace squashed):
`exact` or `NOT exact`. Run tests/readers/setup first if the readers are not installed.
"""

import glob
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRACT = os.path.join(HERE, "..", "extract.py")
READERS = os.environ.get(
    "IEPRESS_READERS", os.path.join(os.path.expanduser("~"), ".cache/iepress/readers")
)
ENGINES = ["poppler", "pdfium", "pdfjs", "mupdf", "tags"]

# What each file prints (its page looks exactly like this text, set as in the real copy).
# A variant prints the same as the file it was made from.
PRINTED = {
    "poppler-mark-gap": "ਨੰਬਰ",
    "poppler-rtl-brackets": "بغیر وقت لیے ملاقات (drop-in)",
    "pdfium-rtl-latin-run": "Amira Khan کے لیے مدد کا پلان",
    "poppler+pdfium-harakah": "أعدّ",
    "poppler+pdfium-zwnj": "هدف\u200cها",
    "nastaliq-all-engines": "فون",
    "pdfium-space-after-mark": "મેળવે છે",
    "pdfjs-cluster-gap": "முன்னேற்றம்",
    "pdfjs+mupdf-rtl-order": "عن هذه الخطة",
    "mupdf-two-part-vowel": "ফোন",
    "tags-bidi-isolates": "لدى Amira 3 أهداف",
}


def normal(text):
    """As tests/it/languages.rs `normal`: NFC, bidi controls dropped, whitespace squashed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        c
        for c in text
        if not (ord(c) in (0x200E, 0x200F) or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069)
    )
    return " ".join(text.split())


def printed(path):
    name = os.path.basename(path)[: -len(".pdf")]
    return PRINTED.get(name.split(".variant-")[0])


def main(paths):
    if not paths:
        paths = sorted(glob.glob(os.path.join(HERE, "*.pdf")))
    python = os.path.join(READERS, "venv/bin/python")
    if not os.path.exists(python):
        python = sys.executable
    out = subprocess.run([python, EXTRACT, *paths], capture_output=True, check=False)
    if out.returncode != 0:
        sys.stderr.write(out.stderr.decode("utf-8", "replace"))
    texts = json.loads(out.stdout)
    inexact = 0
    for path in paths:
        want = printed(path)
        print(f"{os.path.basename(path)}  ({os.path.getsize(path)} bytes)")
        print(f"  printed  {want!r}")
        for engine in ENGINES:
            got = texts.get(path, {}).get(engine, "")
            verdict = ""
            if want is not None:
                ok = normal(got) == normal(want)
                inexact += not ok
                verdict = "exact    " if ok else "NOT exact"
            print(f"  {engine:8} {verdict} {got!r}")
        print()
    print(f"{inexact} inexact readings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
