import { analyzeFolded, foldedCharacters, foldForSearch, nameCharacters } from '../text/index.js';
import type { SearchType } from './tables.js';

/** What a module says about one of its entities for search; see SearchSource. */
export type SearchDocumentInput = {
  entityId: number;
  title: string;
  subtitle?: string | null;
  /** Short labels (direction, use, grade, flags, codes): weighted like the subtitle. */
  tags?: readonly (string | null | undefined)[];
  body?: string | null;
  url: string;
  audience: 'public' | 'staff';
};

/** Name character pairs are lexemes of their own, marked so no word token can be mistaken for one. */
export const CHARACTER_MARK = '~';
/** Every public document has this lexeme (no token can start with @): see SEARCH_AUDIENCES. */
export const PUBLIC_LEXEME = '@public';

// tsvector limits: positions 1–16383, 256 positions per lexeme, 2,046 bytes per lexeme.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 255;
const MAX_TOKEN_LENGTH = 100;
// Sections start at least this far apart so that a phrase of characters never spans two of them.
const SECTION_GAP = 3;
/** Bodies are indexed and excerpted up to here: a policy's full text fits, a book would not. */
export const MAX_BODY_CHARACTERS = 20_000;
const EXCERPT_CHARACTERS = 2_000;

type Weight = 'A' | 'B' | 'C';

class VectorBuilder {
  private readonly lexemes = new Map<string, string[]>();
  private position = 0;

  add(tokens: Iterable<string>, weight: Weight): void {
    for (const token of tokens) {
      if (token.length > MAX_TOKEN_LENGTH) continue;
      if (this.position >= MAX_POSITION) return;
      this.position++;
      const positions = this.lexemes.get(token) ?? [];
      if (positions.length < MAX_POSITIONS_PER_LEXEME) positions.push(`${this.position}${weight}`);
      this.lexemes.set(token, positions);
    }
    this.position = Math.min(MAX_POSITION, this.position + SECTION_GAP);
  }

  /** The tsvector's text form; lexemes quoted, quotes and backslashes escaped. */
  toString(): string {
    const parts: string[] = [];
    for (const [lexeme, positions] of this.lexemes) {
      parts.push(`'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${positions.join(',')}`);
    }
    return parts.join(' ');
  }
}

/**
 * A name's characters as lexemes: its character pairs (瑞科医药 → ~瑞科 ~科医 ~医药) at consecutive
 * positions, or the one character of a one-character name. Pairs, not single characters: a pair is rare
 * enough for the index to find a name by a part of it quickly (医 alone is in a third of all names).
 */
export function characterLexemes(chars: readonly string[]): string[] {
  if (chars.length === 1) return [CHARACTER_MARK + chars[0]];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(CHARACTER_MARK + chars[i] + chars[i + 1]);
  return out;
}

/** The name as an exact-match key: folded, spaces and punctuation gone. */
export function nameKey(name: string): string {
  return nameCharacters(name).join('');
}

/**
 * A document's tsvector: the title's character pairs and words (A), the subtitle's words and the tags
 * (B), the body's words (C). Characters make any part of a name findable (瑞科 in
 * 瑞科医药健康产业园) whatever the segmenter did with it. Each field is folded once.
 */
function vectorAndKey(doc: SearchDocumentInput): { vector: string; key: string } {
  const builder = new VectorBuilder();
  const title = foldForSearch(doc.title);
  const titleChars = foldedCharacters(title);
  builder.add(characterLexemes(titleChars), 'A');
  builder.add(analyzeFolded(title), 'A');
  // The subtitle's words only: its characters would give every target firm the pairs of 目标企业.
  if (doc.subtitle) builder.add(analyzeFolded(foldForSearch(doc.subtitle)), 'B');
  const tags = (doc.tags ?? []).filter(Boolean).join('\n');
  if (tags) builder.add(analyzeFolded(foldForSearch(tags)), 'B');
  if (doc.body) builder.add(analyzeFolded(foldForSearch(doc.body.slice(0, MAX_BODY_CHARACTERS))), 'C');
  // The audience as a lexeme too: an anonymous query ANDs it, so the index itself skips staff documents.
  if (doc.audience === 'public') builder.add([PUBLIC_LEXEME], 'C');
  return { vector: builder.toString(), key: titleChars.join('') };
}

/** The row stored for a document. */
export function documentRow(type: SearchType, doc: SearchDocumentInput) {
  const { vector, key } = vectorAndKey(doc);
  return {
    type,
    entityId: doc.entityId,
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    url: doc.url,
    audience: doc.audience,
    nameKey: key,
    excerpt: (doc.body ?? '').slice(0, EXCERPT_CHARACTERS),
    document: vector,
  };
}
