import type { TextPiece } from './search-types';

/**
 * The pieces in the reader's script. The whole text is converted at once, so that phrases split across a
 * highlight still convert as phrases, then cut again at the same places; a conversion that changes the
 * length (not expected of simplified → traditional, but possible) falls back to piece by piece.
 */
export function convertPieces(pieces: TextPiece[], convert: (text: string) => string): TextPiece[] {
  const whole = pieces.map((piece) => piece.text).join('');
  const converted = convert(whole);
  if (converted === whole) return pieces;
  const before = [...whole];
  const after = [...converted];
  if (after.length !== before.length) return pieces.map((piece) => ({ ...piece, text: convert(piece.text) }));
  let at = 0;
  return pieces.map((piece) => {
    const length = [...piece.text].length;
    const text = after.slice(at, at + length).join('');
    at += length;
    return { ...piece, text };
  });
}

/** Chinese characters: shown to an English reader, the text is marked as Chinese for screen readers. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
