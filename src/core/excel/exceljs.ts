import { createRequire } from 'node:module';
import type { SaxesParser as SaxesParserType } from 'saxes';

/**
 * The one way into exceljs. Its streaming reader decodes each zlib chunk to text on its own, so a
 * Chinese character split across two chunks becomes "��" (exceljs issue #2084, fixes unmerged as of
 * 4.4.0): about one cell in a thousand of a Chinese workbook. Before exceljs loads, its SAX helper is
 * replaced in the module cache by one that decodes the stream as a stream.
 */
const require = createRequire(import.meta.url);
// exceljs's own copy of saxes, so the replacement parses exactly as the original does.
const { SaxesParser } = createRequire(require.resolve('exceljs'))('saxes') as {
  SaxesParser: typeof SaxesParserType;
};

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSaxDecodingAsStream(
  iterable: AsyncIterable<Buffer | string>,
): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let error: Error | undefined;
  let events: SaxEvent[] = [];
  parser.on('error', (e) => {
    error = e;
  });
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  const feed = (text: string) => {
    parser.write(text);
    if (error) throw error;
    const batch = events;
    events = [];
    return batch;
  };
  for await (const chunk of iterable) {
    // stream: true keeps the bytes of an incomplete character for the next chunk.
    yield feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  yield feed(decoder.decode());
}

const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax');
require(parseSaxPath);
require.cache[parseSaxPath]!.exports = parseSaxDecodingAsStream;

const ExcelJS = require('exceljs') as typeof import('exceljs');
export default ExcelJS;
export type * as Excel from 'exceljs';
