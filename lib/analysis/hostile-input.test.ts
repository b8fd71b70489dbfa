import { describe, expect, test } from "vitest";
import { analyze, AnalysisLimitError } from ".";

const words = (n: number, word = "budget") => Array.from({ length: n }, (_, i) => `${word}${i % 50}`).join(" ");
const story = "The council approved the budget on Tuesday after a long debate. The mayor said the vote was close.";

describe("bad and hostile input to the engine: a correct result or a clear error, quickly", () => {
  test("whitespace-only text is refused by name", () => {
    expect(() => analyze([{ label: "A", text: story }, { label: "B", text: " \n\t " }])).toThrow(/B is empty/);
  });

  test("a 5 MB source and a 50,000-word article are refused with the limit", () => {
    const huge = "x".repeat(5 * 1024 * 1024);
    expect(() => analyze([{ label: "A", text: story }, { label: "Huge", text: huge }])).toThrow(AnalysisLimitError);
    expect(() => analyze([{ label: "A", text: story }, { label: "Long", text: `${words(50_000)}.` }])).toThrow(/characters; the limit is 200,000/);
  });

  test("a 10,000-word sentence with no punctuation is cut into bounded pieces and analysed", () => {
    const started = performance.now();
    const result = analyze([{ label: "A", text: story }, { label: "RunOn", text: words(10_000) }]);
    expect(result.sources[1]?.sentences.length).toBeGreaterThanOrEqual(80);
    expect(Math.max(...(result.sources[1]?.sentences ?? []).map((s) => s.text.split(" ").length))).toBeLessThanOrEqual(120);
    expect(performance.now() - started).toBeLessThan(60_000); // a bound on runaway work, not a speed target
  });

  test("Ukrainian, Korean, right-to-left and emoji text keep their characters and offsets", () => {
    const uk = "Посол України Дмитро Пономаренко звернувся до Сеула по допомогу. Він виступив у п'ятницю.";
    const ko = "우크라이나 대사가 한국에 도움을 요청했다. 그는 금요일에 기자회견을 열었다.";
    const ar = "طلب السفير الأوكراني المساعدة من سيول. وتحدث يوم الجمعة.";
    const emoji = "The ambassador 🇺🇦 asked Seoul for help 🙏. He spoke on Friday 📅.";
    const result = analyze([{ label: "UK", text: uk }, { label: "KO", text: ko }, { label: "AR", text: ar }, { label: "EM", text: emoji }]);
    for (const [i, source] of result.sources.entries()) {
      expect(source.sentences.length, source.label).toBeGreaterThan(0);
      for (const s of source.sentences) expect(source.text.slice(s.start, s.end)).toBe(s.text);
      expect(source.text.length).toBeGreaterThan([uk, ko, ar, emoji][i]!.length * 0.9);
    }
    expect(result.sources[0]?.text).toContain("Пономаренко");
    expect(result.sources[3]?.text).toContain("🇺🇦");
  });

  test("markup in a paste is text, never interpreted", () => {
    const hostile = `<script>alert(1)</script> The council approved the budget on Tuesday. <img src=x onerror="alert(2)"> The mayor said so.`;
    const result = analyze([{ label: "A", text: story }, { label: "H", text: hostile }]);
    expect(result.sources[1]?.text).toContain("<script>alert(1)</script>");
  });
});
