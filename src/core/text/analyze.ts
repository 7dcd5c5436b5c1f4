import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { DOMAIN_TERMS } from './domain-dictionary.js';
import { foldText } from './script.js';

/**
 * The one text pipeline of search, for documents and queries alike: fold (NFKC — full-width to half-width,
 * m² to m2 —, traditional to simplified, lower case), cut into sentences, segment the Han runs with jieba in
 * search mode (whole words and the dictionary words inside them), keep Latin and number runs as tokens.
 */

/** jieba with its general dictionary plus the domain's words; built on first use (about 60 ms). */
let jieba: Jieba | undefined;
const known = new Set<string>();

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    addWords(jieba, DOMAIN_TERMS);
  }
  return jieba;
}

// A high frequency makes a dictionary word win over the general dictionary's splits.
const FREQUENCY = 100_000;

function addWords(target: Jieba, words: Iterable<string>): number {
  const lines: string[] = [];
  for (const word of words) {
    const folded = foldForSearch(word).replace(/\s+/g, '');
    // One character is no word to add, and jieba's dictionary format has no room for spaces.
    if ([...folded].length < 2 || known.has(folded)) continue;
    known.add(folded);
    lines.push(`${folded} ${FREQUENCY}`);
  }
  if (lines.length > 0) target.loadDict(Buffer.from(lines.join('\n')));
  return lines.length;
}

/**
 * Teaches the segmenter words from the data (park and enterprise names …); returns how many were new.
 * Documents indexed before a word was added keep their tokens: names stay findable through their
 * characters (see nameCharacters), and `medzone reindex` re-segments everything.
 */
export function extendDictionary(words: Iterable<string>): number {
  return addWords(segmenter(), words);
}

/** The form text is compared in: NFKC (full-width → half-width, ² → 2), simplified script, lower case. */
export function foldForSearch(text: string): string {
  return foldText(text.normalize('NFKC'));
}

// Sentences end at these; each is segmented on its own so one long text never becomes one huge call.
const SENTENCE_END = /[。！？!?；;\n\r]+/;
// Longer "sentences" (tables, lists without punctuation) are cut into pieces of this many characters.
const MAX_SENTENCE = 400;
// Han runs go to jieba; Latin letters and digits form their own tokens; everything else separates.
const RUN = /(\p{Script=Han}+)|([a-z0-9]+(?:[.\-_][a-z0-9]+)*)/gu;
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '在',
  '是',
  '为',
  '对',
  '等',
  '之',
  '其',
  '将',
]);

function* sentences(folded: string): Generator<string> {
  for (const sentence of folded.split(SENTENCE_END)) {
    for (let i = 0; i < sentence.length; i += MAX_SENTENCE) yield sentence.slice(i, i + MAX_SENTENCE);
  }
}

// A number with its unit (1000m2, 7.5kw) or letters with their number (iso7, c3): both halves are tokens too.
const NUMBER_UNIT = /^([0-9]+(?:\.[0-9]+)?)([a-z][a-z0-9]*)$/;
const LETTERS_NUMBER = /^([a-z]+)([0-9]+)$/;

/** 1000m2 → 1000m2, 1000, m2; iso7 → iso7, iso, 7; gmp → gmp. */
function latinTokens(run: string): string[] {
  const split = NUMBER_UNIT.exec(run) ?? LETTERS_NUMBER.exec(run);
  return split ? [run, split[1]!, split[2]!] : [run];
}

function sentenceTokens(sentence: string, out: string[]): void {
  let previousLatin: { text: string; end: number } | null = null;
  for (const match of sentence.matchAll(RUN)) {
    const [text, han, latin] = match;
    if (han) {
      for (const word of segmenter().cutForSearch(han, true)) if (!STOP_WORDS.has(word)) out.push(word);
      previousLatin = null;
    } else if (latin) {
      out.push(...latinTokens(latin));
      // "ISO 7", "GMP C": letters and a short code typed apart are also the joined token (iso7, gmpc).
      if (previousLatin && /^\s+$/.test(sentence.slice(previousLatin.end, match.index)))
        if (/^[a-z]+$/.test(previousLatin.text) && /^(?:[0-9]+|[a-z])$/.test(latin))
          out.push(previousLatin.text + latin);
      previousLatin = { text, end: match.index + text.length };
    }
  }
}

/** The tokens of a text, in order, for a document's index and a query's terms alike. */
export function analyze(text: string): string[] {
  return analyzeFolded(foldForSearch(text));
}

/** analyze() of a text already folded with foldForSearch (folding is most of the cost: do it once). */
export function analyzeFolded(folded: string): string[] {
  const out: string[] = [];
  for (const sentence of sentences(folded)) sentenceTokens(sentence, out);
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The characters of a name as search compares them: folded, without spaces and punctuation. */
export function nameCharacters(name: string): string[] {
  return foldedCharacters(foldForSearch(name));
}

/** nameCharacters() of a text already folded. */
export function foldedCharacters(folded: string): string[] {
  return [...folded].filter((c) => LETTER_OR_DIGIT.test(c));
}
