#!/usr/bin/env python3
"""The text five independent PDF readers get from each PDF: the "reader matrix" of issue 17.

    extract.py FILE.pdf...

prints one JSON object, {file: {engine: text}}, with each engine's text exactly as the
engine gives it (no normalisation: the test that reads this decides what counts as equal).

The engines are the ones parents' and screen readers' software is built on:

- poppler:  `pdftotext -enc UTF-8` (Evince, Okular, most Linux tools, and the rest of the
            test suite).
- pdfium:   PDFium through pypdfium2, the engine of Chrome's and Edge's PDF viewers:
            the text page's whole range, page after page.
- pdfjs:    pdf.js, Firefox's PDF viewer (tests/readers/pdfjs.mjs).
- mupdf:    MuPDF through PyMuPDF (SumatraPDF, many e-readers): `page.get_text()`.
- tags:     the structure tree read in tag order, as a screen reader walks it: no engine's
            guess from glyph positions, only the tags, the marked content they point at,
            `/ActualText` and the fonts' `/ToUnicode` maps (see `tags_text`).

It runs in the virtual environment that tests/readers/setup makes, and starts itself there
when it is run with another Python.
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
READERS = os.environ.get(
    "IEPRESS_READERS", os.path.join(os.path.expanduser("~"), ".cache/iepress/readers")
)
VENV_PYTHON = os.path.join(READERS, "venv/bin/python")
PDFJS = os.path.join(READERS, "npm/node_modules/pdfjs-dist")

if os.path.exists(VENV_PYTHON) and os.path.realpath(sys.prefix) != os.path.realpath(
    os.path.join(READERS, "venv")
):
    os.execv(VENV_PYTHON, [VENV_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])

import pikepdf  # noqa: E402
import pymupdf  # noqa: E402
import pypdfium2  # noqa: E402


def poppler_text(path):
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def pdfium_text(path):
    doc = pypdfium2.PdfDocument(path)
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        doc.close()


def mupdf_text(path):
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text() for page in doc)


# --- The structure tree, read in tag order ------------------------------------------------


def utf16(hex_digits):
    """A ToUnicode destination (`<00660069>`): UTF-16BE code units."""
    data = bytes.fromhex(hex_digits)
    return data.decode("utf-16-be", errors="replace")


class Font:
    """A font's glyph codes, read through its `/ToUnicode` map.

    A Type0 font with Identity-H (what Typst writes for every font) takes two bytes a
    code; a simple font takes one. A code the map lacks reads as U+FFFD, so that a gap in
    the map shows in the text instead of vanishing."""

    def __init__(self, font):
        self.width = 2 if font.get("/Subtype") == "/Type0" else 1
        self.map = {}
        cmap = font.get("/ToUnicode")
        if cmap is None:
            return
        text = cmap.read_bytes().decode("latin-1")
        for body in re.findall(r"begincodespacerange(.*?)endcodespacerange", text, re.S):
            first = re.findall(r"<([0-9A-Fa-f]+)>", body)
            if first:
                self.width = len(first[0]) // 2
        for body in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
            codes = re.findall(r"<([0-9A-Fa-f]*)>", body)
            for src, dst in zip(codes[0::2], codes[1::2]):
                self.map[int(src, 16)] = utf16(dst)
        for body in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
            # `<lo> <hi> <dst>` (the last code unit counts up) or `<lo> <hi> [<d> <d>...]`.
            for lo, hi, dst, array in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])",
                body,
            ):
                lo, hi = int(lo, 16), int(hi, 16)
                if array:
                    for i, d in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", array)):
                        self.map[lo + i] = utf16(d)
                    continue
                units = bytes.fromhex(dst)
                if len(units) < 2:
                    continue
                stem, last = units[:-2], int.from_bytes(units[-2:], "big")
                for i, code in enumerate(range(lo, hi + 1)):
                    unit = ((last + i) & 0xFFFF).to_bytes(2, "big")
                    self.map[code] = (stem + unit).decode("utf-16-be", errors="replace")

    def decode(self, data):
        """The text of each glyph code in the string, one item a glyph."""
        out = []
        for i in range(0, len(data) - self.width + 1, self.width):
            code = int.from_bytes(data[i : i + self.width], "big")
            out.append(self.map.get(code, "\ufffd"))
        return out


def text_string(obj):
    """A PDF text string (`/ActualText`) as Python text: UTF-16 with a BOM, or
    PDFDocEncoding, which pikepdf decodes."""
    return str(obj)


class Frame:
    """One open marked-content sequence: its MCID, its `/ActualText`, whether it is a
    `/ReversedChars` sequence, and the text shown in it."""

    def __init__(self, mcid=None, actual=None, reversed_chars=False):
        self.mcid = mcid
        self.actual = actual
        self.reversed_chars = reversed_chars
        self.parts = []


def marked_content(pdf):
    """The text of every marked-content sequence with an MCID, by (page or form XObject's
    object number and generation, MCID).

    A sequence's text is the text shown in it, or its `/ActualText` when its property list
    has one (which then stands for everything inside it, nested sequences included). Text
    outside any sequence with an MCID (artifacts, untagged content) belongs to no tag and
    is left out, as a screen reader that follows the tags leaves it out."""
    found = {}
    fonts = {}

    def font_of(resources, name):
        font = resources.get("/Font", {}).get(name) if resources is not None else None
        if font is None:
            return None
        key = font.objgen if font.is_indirect else id(font)
        if key not in fonts:
            fonts[key] = Font(font)
        return fonts[key]

    def walk(container, resources, stack, depth=0):
        if depth > 20:
            return
        font = None
        saved = []
        for operands, operator in pikepdf.parse_content_stream(container):
            op = str(operator)
            if op == "q":
                saved.append(font)
            elif op == "Q":
                font = saved.pop() if saved else font
            elif op == "Tf":
                font = font_of(resources, operands[0])
            elif op in ("BDC", "BMC"):
                props = operands[1] if op == "BDC" and len(operands) > 1 else None
                if isinstance(props, pikepdf.Name):
                    props = resources.get("/Properties", {}).get(props)
                mcid = actual = None
                if isinstance(props, pikepdf.Dictionary):
                    if "/MCID" in props:
                        mcid = int(props.MCID)
                    if "/ActualText" in props:
                        actual = text_string(props.ActualText)
                reversed_chars = operands[0] == "/ReversedChars" or any(
                    f.reversed_chars for f in stack
                )
                stack.append(Frame(mcid, actual, reversed_chars))
            elif op == "EMC" and stack:
                frame = stack.pop()
                text = frame.actual if frame.actual is not None else "".join(frame.parts)
                if frame.mcid is not None:
                    found[(container.objgen, frame.mcid)] = text
                elif stack:
                    stack[-1].parts.append(text)
            elif op in ("Tj", "TJ", "'", '"'):
                if not stack or font is None:
                    continue
                shown = operands[-1]
                pieces = shown if isinstance(shown, pikepdf.Array) else [shown]
                for piece in pieces:
                    if isinstance(piece, pikepdf.String):
                        glyphs = font.decode(bytes(piece))
                        # PDF 32000-1, 14.8.2.3.3: in a `/ReversedChars` sequence each show
                        # string holds its characters in reverse; the strings keep their
                        # order. Reversed here glyph by glyph, so that a ligature's text
                        # (`لا`) stays whole.
                        if stack[-1].reversed_chars:
                            glyphs.reverse()
                        stack[-1].parts.append("".join(glyphs))
            elif op == "Do" and resources is not None:
                xobject = resources.get("/XObject", {}).get(operands[0])
                if xobject is not None and xobject.get("/Subtype") == "/Form":
                    inner = xobject.get("/Resources", resources)
                    walk(xobject, inner, stack, depth + 1)
        # A sequence left open at the end of a stream ends with it.
        while len(stack) > 0 and depth == 0:
            frame = stack.pop()
            if frame.mcid is not None:
                found[(container.objgen, frame.mcid)] = "".join(frame.parts)

    for page in pdf.pages:
        walk(page.obj, page.obj.get("/Resources"), [])
    return found


# Structure types that a screen reader reads as a block of their own: their text is set
# on its own line. Everything else (Span, Link, Quote, Code, Lbl...) runs on within its
# block, as it does on the page.
BLOCKS = {
    "/Document", "/Part", "/Art", "/Sect", "/Div", "/BlockQuote", "/Caption", "/TOC",
    "/TOCI", "/Index", "/NonStruct", "/Private", "/P", "/H", "/H1", "/H2", "/H3", "/H4",
    "/H5", "/H6", "/L", "/LI", "/LBody", "/Table", "/THead", "/TBody", "/TFoot", "/TR",
    "/TH", "/TD", "/Figure", "/Formula", "/Form", "/Title", "/Note", "/BibEntry",
}


def tags_text(path):
    """The document's text in tag order.

    Depth first through `/StructTreeRoot /K`: each marked-content reference (a bare MCID,
    whose page is the nearest `/Pg` above it, or an MCR dictionary with its own `/Pg` and
    maybe `/Stm`) is replaced by that marked content's text, and an element with
    `/ActualText` by that text instead of its children's. A block element starts and ends
    a line of its own. The page content is taken as it is stored: tagged PDF keeps text in
    logical order (PDF 32000-1, 14.8.2.3.3), so right-to-left text stored in the order it
    is drawn reads backwards here, as it does to a reader that trusts the tags, unless a
    `/ReversedChars` sequence or `/ActualText` says otherwise.
    Marked content of one element is joined as it is, without a space: a space a reader
    should hear must be in the text itself (PDF 32000-1, 14.8.2.5, on word breaks)."""
    with pikepdf.open(path) as pdf:
        content = marked_content(pdf)
        root = pdf.Root.get("/StructTreeRoot")
        if root is None:
            return ""
        role_map = root.get("/RoleMap", pikepdf.Dictionary())

        def role(kind):
            seen = set()
            while kind in role_map and kind not in seen:
                seen.add(kind)
                kind = role_map[kind]
            return str(kind)

        out = []
        visited = set()

        def walk(node, page, depth=0):
            if depth > 500:
                return
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    walk(kid, page, depth + 1)
                return
            if isinstance(node, int):  # pikepdf gives PDF integers as Python ints
                if page is not None:
                    out.append(content.get((page.objgen, int(node)), ""))
                return
            if not isinstance(node, pikepdf.Dictionary):
                return
            if node.is_indirect:
                if node.objgen in visited:
                    return
                visited.add(node.objgen)
            kind = node.get("/Type")
            if kind == "/MCR":
                owner = node.get("/Stm", node.get("/Pg", page))
                if owner is not None:
                    out.append(content.get((owner.objgen, int(node.MCID)), ""))
                return
            if kind == "/OBJR":
                return
            page = node.get("/Pg", page)
            block = "/S" in node and role(node.S) in BLOCKS
            if block:
                out.append("\n")
            if "/ActualText" in node:
                out.append(text_string(node.ActualText))
            elif "/K" in node:
                walk(node.K, page, depth + 1)
            if block:
                out.append("\n")

        walk(root.get("/K"), None)
        return "".join(out)


# --- All together ---------------------------------------------------------------------------


def pdfjs_texts(paths):
    """Starts pdf.js on every file at once (one Node process); `.result()` waits for it."""
    process = subprocess.Popen(
        ["node", os.path.join(HERE, "pdfjs.mjs"), PDFJS, *paths],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )

    class Pending:
        def result(self):
            stdout, stderr = process.communicate()
            if process.returncode != 0:
                sys.stderr.write(stderr.decode("utf-8", "replace"))
                raise RuntimeError(f"pdf.js exited with {process.returncode}")
            return json.loads(stdout)

    return Pending()


ENGINES = {
    "poppler": poppler_text,
    "pdfium": pdfium_text,
    "mupdf": mupdf_text,
    "tags": tags_text,
}


def main(paths):
    if not paths:
        sys.stderr.write("usage: extract.py FILE.pdf...\n")
        return 2
    pending = pdfjs_texts(paths)
    result = {path: {} for path in paths}
    failed = False
    for path in paths:
        for engine, read in ENGINES.items():
            try:
                result[path][engine] = read(path)
            except Exception as error:  # one engine's failure must not hide the others
                sys.stderr.write(f"extract.py: {engine} failed on {path}: {error!r}\n")
                result[path][engine] = ""
                failed = True
    try:
        pdfjs = pending.result()
    except Exception as error:
        sys.stderr.write(f"extract.py: pdfjs failed: {error!r}\n")
        pdfjs = {}
        failed = True
    for path in paths:
        result[path]["pdfjs"] = pdfjs.get(path, "")
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
