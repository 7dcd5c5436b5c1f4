import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import { FieldErrors } from './field-errors';
import { type EditorPart, moveKey, toggleMove } from './pipeline-draft';

/**
 * The moves allowed, as a matrix: a row per stage a project is in, a column per stage it may go to. A
 * stage never moves to itself, so the diagonal has no box.
 */
export function MoveMatrix({ draft, change, errors, stageName }: EditorPart) {
  const { t } = useTranslation();
  const allowed = new Set(draft.moves);
  if (draft.stages.length < 2) return null;
  const rowErrors = draft.stages.flatMap((stage) => errors[`moves:${stage.id}`] ?? []);

  return (
    <section className="editor-section" aria-labelledby="moves-heading">
      <h2 id="moves-heading" className="editor-heading">
        {t('pipelineAdmin.movesTitle')}
      </h2>
      <p className="muted" id="moves-hint">
        {t('pipelineAdmin.movesHint')}
      </p>
      <FieldErrors id="moves-errors" messages={rowErrors} />
      <TableScroll labelledBy="moves-heading">
        <table className="editor-table move-matrix" aria-describedby="moves-hint" data-testid="move-matrix">
          <thead>
            <tr>
              <th scope="col">{t('pipelineAdmin.movesCorner')}</th>
              {draft.stages.map((to) => (
                <th scope="col" key={to.id}>
                  {stageName(to)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.stages.map((from, i) => (
              <tr key={from.id}>
                <th scope="row">{stageName(from)}</th>
                {draft.stages.map((to, j) => (
                  <td key={to.id} className="editor-center">
                    {from.id === to.id ? (
                      <span aria-hidden="true">—</span>
                    ) : (
                      <Checkbox
                        checked={allowed.has(moveKey(from.id, to.id))}
                        onChange={(event) =>
                          change(
                            (d) => toggleMove(d, from.id, to.id, event.target.checked),
                            [`moves:${from.id}`],
                          )
                        }
                        aria-label={t('pipelineAdmin.moveLabel', {
                          from: stageName(from),
                          to: stageName(to),
                        })}
                        data-testid={`move-${i}-${j}`}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
