/** Half-width ASCII → full-width, for tests that feed input as a Chinese IME types it. */
export function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}
