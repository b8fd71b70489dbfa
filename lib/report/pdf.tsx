import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { SEVERITIES } from "@/lib/analysis/types";
import { STATUS_LABELS, type Status } from "@/lib/view/decisions";
import type { ReportData, ReportDiscrepancy, ReportRenderer, ReportRowSentence, ReportSentence } from "./types";

/**
 * The PDF report, rendered on the server by @react-pdf/renderer (no browser).
 * DejaVu (shipped in an npm package) covers Latin, Greek and Cyrillic. Marked
 * words are bold and underlined as well as highlighted: never colour alone.
 */
const require = createRequire(import.meta.url);
let registered = false;

/**
 * A DejaVu font file. Found from the project folder at run time: a bundler must
 * neither import a .ttf nor rewrite the lookup into a module id.
 */
function fontFile(name: string): string {
  const local = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", name);
  if (fs.existsSync(local)) return local;
  const pkg = ["dejavu-fonts-ttf", "package.json"].join("/");
  return path.join(path.dirname(require.resolve(pkg)), "ttf", name);
}

function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: "DejaVu",
    fonts: [
      { src: fontFile("DejaVuSans.ttf") },
      { src: fontFile("DejaVuSans-Bold.ttf"), fontWeight: "bold" },
      { src: fontFile("DejaVuSans-Oblique.ttf"), fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

const SEVERITY_COLOURS: Record<string, string> = { high: "#a3161b", medium: "#8a5a00", low: "#4a5563" };

const s = StyleSheet.create({
  page: { fontFamily: "DejaVu", fontSize: 9.5, paddingTop: 36, paddingBottom: 48, paddingHorizontal: 40, color: "#1b1b1f" },
  title: { fontSize: 18, fontWeight: "bold", marginBottom: 6 },
  h2: { fontSize: 12, fontWeight: "bold", marginTop: 14, marginBottom: 6 },
  muted: { color: "#5b5d66" },
  summaryBox: { borderLeftWidth: 3, borderLeftColor: "#1f4e8c", paddingLeft: 8, paddingVertical: 4, marginBottom: 4 },
  sourceBox: { borderWidth: 0.5, borderColor: "#d9dae0", padding: 6, marginBottom: 4 },
  row: { flexDirection: "row", flexWrap: "wrap", gap: 6 },
  badge: { borderWidth: 0.75, borderRadius: 2, paddingHorizontal: 3, paddingVertical: 1, fontSize: 7.5, fontWeight: "bold", marginRight: 4 },
  item: { borderTopWidth: 0.5, borderTopColor: "#d9dae0", paddingTop: 8, marginTop: 8 },
  columns: { flexDirection: "row", gap: 8, marginVertical: 4 },
  column: { flex: 1, borderLeftWidth: 2, borderLeftColor: "#d9dae0", paddingLeft: 5 },
  outlet: { fontSize: 7.5, fontWeight: "bold", color: "#5b5d66", marginBottom: 1 },
  mark: { fontWeight: "bold", textDecoration: "underline", backgroundColor: "#fff1b8" },
  note: { marginLeft: 8, marginTop: 2 },
  // No lineHeight on the page: in @react-pdf/renderer 4 an inherited line height hides this fixed footer.
  footer: { position: "absolute", bottom: 22, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: "#5b5d66" },
  table: { borderWidth: 0.5, borderColor: "#d9dae0" },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#d9dae0" },
  td: { flex: 1, padding: 3 },
  rowNumber: { width: 24, padding: 3, fontSize: 7.5, color: "#5b5d66" },
  also: { fontSize: 7.5, fontStyle: "italic", color: "#5b5d66" },
});

function Marked({ sentence }: { sentence: ReportSentence }) {
  const parts: Array<{ text: string; marked: boolean }> = [];
  let cursor = 0;
  for (const [a, b] of [...sentence.marks].sort((x, y) => x[0] - y[0])) {
    if (a < cursor) continue;
    if (a > cursor) parts.push({ text: sentence.text.slice(cursor, a), marked: false });
    parts.push({ text: sentence.text.slice(a, b), marked: true });
    cursor = b;
  }
  if (cursor < sentence.text.length) parts.push({ text: sentence.text.slice(cursor), marked: false });
  return (
    <Text>
      {parts.map((p, i) => (p.marked ? <Text key={i} style={s.mark}>{p.text}</Text> : <Text key={i}>{p.text}</Text>))}
    </Text>
  );
}

/** One appendix cell: its sentences, each one that also sits in another row marked "also in row N" (in words: never colour alone). */
function RowText({ sentences }: { sentences: ReportRowSentence[] }) {
  return (
    <Text>
      {sentences.map((x, k) => (
        <Text key={k}>
          {k > 0 ? " " : ""}
          {x.text}
          {x.alsoIn.length > 0 ? <Text style={s.also}> (also in row{x.alsoIn.length > 1 ? "s" : ""} {x.alsoIn.join(", ")})</Text> : null}
        </Text>
      ))}
    </Text>
  );
}

function Item({ d }: { d: ReportDiscrepancy }) {
  const colour = SEVERITY_COLOURS[d.severity] ?? "#4a5563";
  return (
    <View style={s.item} wrap={false}>
      <View style={s.row}>
        <Text style={[s.badge, { color: colour, borderColor: colour }]}>{d.type.toUpperCase()}</Text>
        <Text style={[s.badge, { color: colour, borderColor: colour }]}>{d.severity.toUpperCase()}</Text>
        <Text style={s.badge}>{(STATUS_LABELS[d.status as Status] ?? d.status).toUpperCase()}</Text>
        {d.assignee ? <Text style={s.muted}>Assigned to {d.assignee}</Text> : null}
        {d.manual ? <Text style={s.muted}>Flagged by an editor</Text> : null}
        {d.row !== null ? <Text style={s.muted}>Row {d.row}</Text> : null}
      </View>
      <Text style={{ marginTop: 3 }}>{d.explanation}</Text>
      <View style={s.columns}>
        {d.sentences.map((sentence, i) => (
          <View key={i} style={s.column}>
            <Text style={s.outlet}>{sentence.outlet}</Text>
            <Marked sentence={sentence} />
          </View>
        ))}
      </View>
      {d.missingFrom.length > 0 ? <Text style={s.muted}>Not in {d.missingFrom.join(", ")}.</Text> : null}
      {d.notes.map((n, i) => (
        <Text key={i} style={s.note}>
          <Text style={{ fontWeight: "bold" }}>{n.author}</Text> <Text style={s.muted}>{n.at.slice(0, 16).replace("T", " ")} UTC</Text>: {n.text}
        </Text>
      ))}
    </View>
  );
}

/** Counts, most first; with `order`, in that order (severities by rank: "2 high · 10 medium · 9 low"). */
function Counts({ label, counts, order }: { label: string; counts: Record<string, number>; order?: readonly string[] }) {
  const rank = (k: string) => (order?.includes(k) ? order.indexOf(k) : (order?.length ?? 0));
  return (
    <Text>
      <Text style={{ fontWeight: "bold" }}>{label}: </Text>
      {Object.entries(counts)
        .sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1])
        .map(([k, v]) => `${v} ${k}`)
        .join(" · ") || "none"}
    </Text>
  );
}

export function ReportDocument({ data }: { data: ReportData }) {
  return (
    <Document title={data.title} author={data.generatedBy} creator="Parallax" producer="Parallax">
      <Page size={data.options.paper} style={s.page}>
        <Text style={s.title}>{data.title}</Text>
        <Text style={s.muted}>
          Report generated by {data.generatedBy} on {data.generatedAt.slice(0, 16).replace("T", " ")} UTC · engine {data.engine ?? "not run"}
        </Text>
        <Text style={s.h2}>Editor&apos;s summary</Text>
        {data.editorSummary ? (
          <View style={s.summaryBox} wrap={false}>
            <Text>{data.editorSummary.text}</Text>
            <Text style={[s.muted, { marginTop: 4 }]}>
              Signed off by {data.editorSummary.signedOffBy ?? "someone"} on {data.editorSummary.signedOffAt.slice(0, 16).replace("T", " ")} UTC
            </Text>
          </View>
        ) : (
          <Text style={s.muted}>No editor has signed off a summary of this comparison.</Text>
        )}
        <Text style={s.h2}>Sources</Text>
        {data.sources.map((src, i) => (
          <View key={i} style={s.sourceBox} wrap={false}>
            <Text style={{ fontWeight: "bold" }}>{src.outlet}</Text>
            {src.url ? <Text>{src.url}</Text> : null}
            <Text style={s.muted}>
              {[src.byline ? `By ${src.byline}` : null, src.publishedAt ? `published ${src.publishedAt}` : null, `captured ${src.capturedAt.slice(0, 16).replace("T", " ")} UTC`]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </View>
        ))}
        <Text style={s.h2}>Summary</Text>
        <Text>{data.summary.discrepancies}.</Text>
        <Text>{data.summary.shown} shown here (statuses: {data.options.statuses.map((x) => x.replace("_", " ")).join(", ")}).</Text>
        <Text style={s.muted}>{data.summary.rows}.</Text>
        <Counts label="By severity" counts={data.summary.bySeverity} order={SEVERITIES} />
        <Counts label="By type" counts={data.summary.byType} />
        <Counts label="By status" counts={data.summary.byStatus} />
        <Text style={s.h2}>Discrepancies</Text>
        {data.discrepancies.length === 0 ? <Text style={s.muted}>No discrepancies with the chosen statuses.</Text> : null}
        {data.discrepancies.map((d) => <Item key={d.fingerprint} d={d} />)}
        {data.noLongerDetected.length > 0 ? (
          <View>
            <Text style={s.h2}>No longer detected</Text>
            <Text style={s.muted}>Decisions on discrepancies the current analysis does not find any more, kept with the words they were made on.</Text>
            {data.noLongerDetected.map((o, i) => (
              <View key={i} style={s.item} wrap={false}>
                <View style={s.row}>
                  <Text style={s.badge}>{o.type.toUpperCase()}</Text>
                  <Text style={s.badge}>{o.status.toUpperCase()}</Text>
                  {o.assignee ? <Text style={s.muted}>Assigned to {o.assignee}</Text> : null}
                </View>
                <Text style={{ marginTop: 3 }}>“{o.quote}”</Text>
                {o.notes.map((n, k) => (
                  <Text key={k} style={s.note}>
                    <Text style={{ fontWeight: "bold" }}>{n.author}</Text> <Text style={s.muted}>{n.at.slice(0, 16).replace("T", " ")} UTC</Text>: {n.text}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        ) : null}
        {data.appendix ? (
          <View break>
            <Text style={s.h2}>Appendix: the aligned text</Text>
            {data.sources.length <= 3 ? (
              <View style={s.table}>
                <View style={s.tr} fixed>
                  <Text style={[s.rowNumber, { fontWeight: "bold" }]}>Row</Text>
                  {data.sources.map((src, i) => <Text key={i} style={[s.td, { fontWeight: "bold" }]}>{src.outlet}</Text>)}
                </View>
                {data.appendix.map((row) => (
                  <View key={row.number} style={s.tr} wrap={false}>
                    <Text style={s.rowNumber}>{row.number}</Text>
                    {row.cells.map((cell, i) => (cell ? <View key={i} style={s.td}><RowText sentences={cell} /></View> : <Text key={i} style={[s.td, s.muted]}>—</Text>))}
                  </View>
                ))}
              </View>
            ) : (
              // Many sources: one block per claim, one line per outlet that carries it (ten narrow columns would be unreadable).
              data.appendix.map((row) => (
                <View key={row.number} style={s.item} wrap={false}>
                  <Text style={s.outlet}>Row {row.number}{row.cells.some((c) => c === null) ? ` · not in ${row.cells.flatMap((c, i) => (c === null ? [data.sources[i]?.outlet ?? ""] : [])).join(", ")}` : ""}</Text>
                  {row.cells.map((cell, i) => (cell ? <Text key={i}><Text style={{ fontWeight: "bold" }}>{data.sources[i]?.outlet}: </Text><RowText sentences={cell} /></Text> : null))}
                </View>
              ))
            )}
          </View>
        ) : null}
        <View style={s.footer} fixed>
          <Text>{data.title.length > 80 ? `${data.title.slice(0, 77)}…` : data.title}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export const pdfRenderer: ReportRenderer = {
  contentType: "application/pdf",
  extension: "pdf",
  async render(data: ReportData): Promise<Uint8Array> {
    registerFonts();
    return new Uint8Array(await renderToBuffer(<ReportDocument data={data} />));
  },
};
