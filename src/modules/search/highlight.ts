import { foldForSearch } from '../../core/text/index.js';
import type { TextPiece } from './schema.js';

/**
 * Marks where a text matches the query. Matching happens in the folded form (醫藥 in the text is found by
 * 医药 in the query), and the pieces are cut from the text as written.
 */

/** The folded text and, for each of its characters, where it came from in the original. */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  const folded = foldForSearch(text);
  // Usually folding keeps one character for one (simplified for traditional, a for Ａ): positions align.
  if (folded.length === text.length) return { folded, origin: [...folded].map((_, i) => i) };
  // Otherwise (㎡ → m2 …) fold character by character and remember each one's origin.
  const origin: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const piece = foldForSearch(text[i]!);
    out += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return { folded: out, origin };
}

/** Ranges [start, end) of the text where any term occurs, longest terms first, not overlapping. */
function hitRanges(
  folded: string,
  terms: readonly string[],
  from = 0,
  to = folded.length,
): [number, number][] {
  const sorted = [...new Set(terms)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(folded.length);
  const ranges: [number, number][] = [];
  for (const term of sorted) {
    for (
      let at = folded.indexOf(term, from);
      at >= 0 && at + term.length <= to;
      at = folded.indexOf(term, at + 1)
    ) {
      if (taken.subarray(at, at + term.length).some((v) => v === 1)) continue;
      taken.fill(1, at, at + term.length);
      ranges.push([at, at + term.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function piecesOf(text: string, origin: number[], ranges: [number, number][], from: number, to: number) {
  const pieces: TextPiece[] = [];
  const originalAt = (i: number) => (i >= origin.length ? text.length : origin[i]!);
  let cursor = originalAt(from);
  const end = originalAt(to);
  for (const [start, stop] of ranges) {
    const a = originalAt(start);
    const b = originalAt(stop);
    if (a > cursor) pieces.push({ text: text.slice(cursor, a), hit: false });
    pieces.push({ text: text.slice(a, b), hit: true });
    cursor = b;
  }
  if (end > cursor) pieces.push({ text: text.slice(cursor, end), hit: false });
  return pieces;
}

/** The whole text in pieces, every match marked (for titles). */
export function highlightAll(text: string, terms: readonly string[]): TextPiece[] {
  const { folded, origin } = foldWithOrigins(text);
  return piecesOf(text, origin, hitRanges(folded, terms), 0, folded.length);
}

const SNIPPET = 90;
const LEAD_IN = 20;

/** A window of the text around its first match (or its start), matches marked, … where it was cut. */
export function snippet(text: string, terms: readonly string[]): TextPiece[] {
  if (!text) return [];
  const { folded, origin } = foldWithOrigins(text);
  const first = hitRanges(folded, terms)[0];
  const from = first ? Math.max(0, first[0] - LEAD_IN) : 0;
  const to = Math.min(folded.length, from + SNIPPET);
  const pieces = piecesOf(text, origin, hitRanges(folded, terms, from, to), from, to);
  if (from > 0) pieces.unshift({ text: '…', hit: false });
  if (to < folded.length) pieces.push({ text: '…', hit: false });
  return pieces;
}
