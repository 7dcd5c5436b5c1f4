// opencc-js ships no type declarations; this is the part of its API MedZone uses (server and web).
declare module 'opencc-js' {
  export type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 'jp' | 't';
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
}
