import * as OpenCC from 'opencc-js';
import { toHalfWidth } from '../ids/index.js';

// Built on first use: the dictionaries take a moment to load and most requests never need them.
let toCn: ((s: string) => string) | undefined;
let toTw: ((s: string) => string) | undefined;

/** Traditional (Taiwan) → simplified, so 醫藥 matches 医药. */
export function toSimplified(text: string): string {
  toCn ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toCn(text);
}

/** Simplified → traditional with Taiwan wording, for zh-TW presentation. */
export function toTraditional(text: string): string {
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTw(text);
}

/** One form for comparing what people type: half-width, simplified script, lower case (醫藥Ａ ≡ 医药a). */
export function foldText(text: string): string {
  return toSimplified(toHalfWidth(text)).toLowerCase();
}
