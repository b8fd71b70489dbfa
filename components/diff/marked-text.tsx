/**
 * Text with two kinds of marks: words that differ from the other sources (underlined
 * and tinted the same way in every column: no outlet is the reference, and never
 * colour alone) and the words a discrepancy quotes. Text is always rendered as text.
 */
export function MarkedText({ text, changed, spans }: { text: string; changed: Array<[number, number]>; spans: Array<[number, number]> }) {
  const cuts = new Set<number>([0, text.length]);
  for (const [a, b] of [...changed, ...spans]) {
    cuts.add(Math.max(0, Math.min(text.length, a)));
    cuts.add(Math.max(0, Math.min(text.length, b)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const parts: React.ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const piece = text.slice(start, end);
    const isChanged = changed.some(([a, b]) => a <= start && end <= b);
    const isSpan = spans.some(([a, b]) => a <= start && end <= b);
    // Unmarked text stays a bare string: a comparison page holds thousands of these pieces.
    if (isChanged && isSpan) parts.push(<mark key={start} className="span"><mark className="changed">{piece}</mark></mark>);
    else if (isSpan) parts.push(<mark key={start} className="span">{piece}</mark>);
    else if (isChanged) parts.push(<mark key={start} className="changed">{piece}</mark>);
    else parts.push(piece);
  }
  return <>{parts}</>;
}
