import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readSource, type SourceFields } from "./read-source";

const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, bytes: async () => bytes });
const fields = (over: Partial<SourceFields>): SourceFields => ({ mode: "paste", outlet: "", url: "", publishedAt: "", pasted: "", file: null, ...over });

describe("readSource", () => {
  test("an untouched source block is skipped; a named one without text is kept for validation", async () => {
    expect(await readSource(fields({}))).toBeNull();
    expect(await readSource(fields({ outlet: "AP" }))).toMatchObject({ outlet: "AP", text: "", inputKind: "paste" });
  });

  test("uploads: binary, invalid UTF-8, wrong type and non-HTML .html are refused with what to do", async () => {
    await expect(readSource(fields({ mode: "upload", file: file("a.txt", new Uint8Array([65, 0, 66])) }))).rejects.toThrow(/not text or HTML/);
    await expect(readSource(fields({ mode: "upload", file: file("a.txt", new Uint8Array([0xff, 0xfe, 0x41])) }))).rejects.toThrow(/not UTF-8/);
    await expect(readSource(fields({ mode: "upload", file: file("a.pdf", new TextEncoder().encode("x")) }))).rejects.toThrow(/\.html, \.htm or \.txt/);
    await expect(readSource(fields({ mode: "upload", file: file("a.html", new TextEncoder().encode("plain words")) }))).rejects.toThrow(/not HTML/);
    await expect(readSource(fields({ mode: "upload", outlet: "AP" }))).rejects.toMatchObject({ field: "file" });
  });

  test("a .txt upload is text, byte-order mark removed", async () => {
    const draft = await readSource(fields({ mode: "upload", outlet: "AP", file: file("a.txt", new TextEncoder().encode("\uFEFFДмитро said so.")) }));
    expect(draft).toMatchObject({ inputKind: "upload", text: "Дмитро said so." });
  });

  test("an uploaded HTML page gives the article's text, title and byline; a blank outlet takes the site's name", async () => {
    const html = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "herald-ferry-fire.html"));
    const draft = await readSource(fields({ mode: "upload", file: file("herald.html", new Uint8Array(html)) }));
    expect(draft).toMatchObject({ inputKind: "upload", outlet: "Coastal Herald", title: "Islanders stranded as fire puts Marrow Island ferry out of action", byline: "Tomas Reyes" });
    expect(draft?.text).toMatch(/^Passengers leave the MV Corran after the fire\. .*\n\nIslanders on Marrow Island face three weeks /);
    expect(draft?.rawInput).toBe(html.toString("utf8"));
    const named = await readSource(fields({ mode: "upload", outlet: "Herald", file: file("herald.htm", new Uint8Array(html)) }));
    expect(named?.outlet).toBe("Herald");
  });

  test("an HTML page's article:published_time is taken, with its time, unless a date was typed", async () => {
    const html = new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, "fixtures", "wire-ferry-fire.html")));
    const draft = await readSource(fields({ mode: "upload", outlet: "Wire", file: file("wire.html", html) }));
    expect(draft?.publishedAt).toBe("2026-03-10T10:20:00.000Z"); // 11:20 at +01:00
    const typed = await readSource(fields({ mode: "upload", outlet: "Wire", publishedAt: "2026-03-09", file: file("wire.html", html) }));
    expect(typed?.publishedAt).toBe("2026-03-09");
  });

  test("a URL to a private address is refused on the url field", async () => {
    await expect(readSource(fields({ mode: "url", outlet: "X", url: "http://192.168.1.1/" }))).rejects.toMatchObject({ field: "url" });
  });
});
