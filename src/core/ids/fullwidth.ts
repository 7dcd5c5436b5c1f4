/**
 * Full-width ASCII (U+FF01–U+FF5E) → half-width, and the ideographic space (U+3000) → a space.
 * Chinese input methods often type digits and letters full-width: １３３ is 133 to a person.
 */
export function toHalfWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
