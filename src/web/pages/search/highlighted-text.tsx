import { Fragment } from 'react';
import { useLanguage } from '../../app/use-language';
import { useDataText } from '../../i18n/use-data-text';
import type { TextPiece } from './search-types';
import { convertPieces, hasHan } from './text-pieces';

/**
 * Text from the search index with the server's matches in <mark>: data, so zh-TW readers see it in
 * traditional characters (the marks kept in place), and an English page marks Chinese text as such.
 */
export function HighlightedText({ pieces }: { pieces: TextPiece[] }) {
  const dataText = useDataText();
  const language = useLanguage();
  const shown = convertPieces(pieces, (text) => dataText(text));
  const chinese = language === 'en' && shown.some((piece) => hasHan(piece.text));
  return (
    <span lang={chinese ? 'zh-CN' : undefined}>
      {shown.map((piece, index) =>
        // Pieces have no identity beyond their place, and the list is rebuilt whole for each answer.
        piece.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <mark key={index}>{piece.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </span>
  );
}

/** A plain data line (a subtitle) in the reader's script. */
export function PlainDataText({ text }: { text: string }) {
  return <HighlightedText pieces={[{ text, hit: false }]} />;
}
