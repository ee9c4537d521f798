// The text Firefox's PDF viewer (pdf.js) gives for a PDF: what its find bar searches and
// what copy and paste is built from. Each page's text items are joined in the order pdf.js
// gives them, with a line break where an item ends a line (`hasEOL`) and after each page.
//
//   node pdfjs.mjs PDFJS_DIR FILE.pdf...
//
// PDFJS_DIR is the `node_modules/pdfjs-dist` folder that tests/readers/setup installed.
// Prints one JSON object, {file: text}, on stdout.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [dir, ...files] = process.argv.slice(2);
if (!dir || files.length === 0) {
  console.error("usage: node pdfjs.mjs PDFJS_DIR FILE.pdf...");
  process.exit(2);
}
// The legacy build is the one pdf.js ships for Node (the other needs a browser's APIs).
const pdfjs = await import(pathToFileURL(path.join(dir, "legacy/build/pdf.mjs")).href);
// The fonts' widths and encodings come from the PDF itself; the standard fonts and CMaps
// are only needed for unembedded fonts, which a PDF/UA file never has, but pdf.js warns
// without them.
const standardFontDataUrl = path.join(dir, "standard_fonts") + path.sep;
const cMapUrl = path.join(dir, "cmaps") + path.sep;

const out = {};
for (const file of files) {
  const data = new Uint8Array(await readFile(file));
  const doc = await pdfjs.getDocument({
    data,
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
    verbosity: 0,
  }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      // Marked-content boundaries come as items without `str`; they carry no text.
      if (typeof item.str !== "string") continue;
      text += item.str;
      if (item.hasEOL) text += "\n";
    }
    text += "\n";
    page.cleanup();
  }
  out[file] = text;
  await doc.destroy();
}
process.stdout.write(JSON.stringify(out));
