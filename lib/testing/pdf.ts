import { createCanvas } from "@napi-rs/canvas";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * For tests that check an exported PDF: its text and its pages as PNG images, read with
 * pdf.js (pdfjs-dist) in Node and painted on @napi-rs/canvas, so no test needs a system
 * program such as pdftotext or pdftoppm.
 */

const PDFJS = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const folder = (name: string) => `${pathToFileURL(path.join(PDFJS, name)).href}/`;

function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(bytes), // pdf.js takes the buffer it is given: hand it a copy
    standardFontDataUrl: folder("standard_fonts"),
    cMapUrl: folder("cmaps"),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

/** The number of pages and every page's text, in page order, pages separated by a blank line. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await open(bytes);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    return { pages: doc.numPages, text: pages.join("\n\n") };
  } finally {
    await doc.destroy();
  }
}

/** Pages `first` to `last` (1-based, inclusive, within the document) as PNG bytes; `scale` 1 is 72 dpi. */
export async function pdfPagesAsPng(bytes: Uint8Array, { first = 1, last = first, scale = 1 }: { first?: number; last?: number; scale?: number } = {}): Promise<Buffer[]> {
  const doc = await open(bytes);
  try {
    const images: Buffer[] = [];
    for (let n = Math.max(1, first); n <= Math.min(last, doc.numPages); n += 1) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
      images.push(canvas.toBuffer("image/png"));
    }
    return images;
  } finally {
    await doc.destroy();
  }
}
