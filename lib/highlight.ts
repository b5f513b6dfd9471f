// Splits an article's text into plain and highlighted pieces, one <mark> per
// claim span. Overlapping spans (two claims sharing characters) are clipped so
// every claim still gets its own anchor, possibly empty.
export type Piece = { text: string; claimId?: number };

export function splitHighlights(text: string, spans: { id: number; start: number; end: number }[]): Piece[] {
  const sorted = spans
    .map((s) => ({ id: s.id, start: clamp(s.start, text.length), end: clamp(s.end, text.length) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  const pieces: Piece[] = [];
  let pos = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, pos);
    const end = Math.max(s.end, start);
    if (start > pos) pieces.push({ text: text.slice(pos, start) });
    pieces.push({ text: text.slice(start, end), claimId: s.id });
    pos = end;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos) });
  return pieces;
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(0, n), max);
}
