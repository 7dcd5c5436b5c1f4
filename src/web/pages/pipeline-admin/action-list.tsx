import { Button, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import { FieldErrors, invalidProps } from './field-errors';
import { type ActionDraft, type ActionKind, actionKinds, type EditorPart, newAction } from './pipeline-draft';

/** What entering a stage sets off: a notice to the officer or the admins, or a follow-up task. */
export function ActionList({ draft, change, errors, stageName }: EditorPart) {
  const { t } = useTranslation();

  const update = (id: string, values: Partial<ActionDraft>, answered: string[]) =>
    change(
      (d) => ({ ...d, actions: d.actions.map((a) => (a.id === id ? { ...a, ...values } : a)) }),
      answered,
    );
  const label = (field: 'stage' | 'action' | 'titleZh' | 'titleEn' | 'dueInDays', n: number) =>
    t('pipelineAdmin.actionFieldOf', { field: t(`pipelineAdmin.actionFields.${field}`), n });
  const stageOptions = draft.stages.map((s) => ({ value: s.id, label: stageName(s) }));

  const titleCell = (action: ActionDraft, index: number, field: 'titleZh' | 'titleEn') => {
    const key = `action:${action.id}:${field}`;
    const errorId = `action-${index}-${field}-errors`;
    return (
      <td>
        <Input
          value={action[field]}
          maxLength={200}
          onChange={(event) => update(action.id, { [field]: event.target.value }, [key])}
          aria-label={label(field, index + 1)}
          data-testid={`action-${field}-${index}`}
          {...invalidProps(errorId, errors[key])}
        />
        <FieldErrors id={errorId} messages={errors[key]} />
      </td>
    );
  };

  return (
    <section className="editor-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="editor-heading">
        {t('pipelineAdmin.actionsTitle')}
      </h2>
      <p className="muted">{t('pipelineAdmin.actionsHint')}</p>
      {draft.actions.length === 0 ? (
        <p>{t('pipelineAdmin.noActions')}</p>
      ) : (
        <TableScroll labelledBy="actions-heading">
          <table className="editor-table" data-testid="action-table">
            <thead>
              <tr>
                <th scope="col">{t('pipelineAdmin.actionFields.stage')}</th>
                <th scope="col">{t('pipelineAdmin.actionFields.action')}</th>
                <th scope="col">{t('pipelineAdmin.actionFields.titleZh')}</th>
                <th scope="col">{t('pipelineAdmin.actionFields.titleEn')}</th>
                <th scope="col">{t('pipelineAdmin.actionFields.dueInDays')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('pipelineAdmin.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.actions.map((action, index) => {
                const n = index + 1;
                const key = (field: string) => `action:${action.id}:${field}`;
                const errorId = (field: string) => `action-${index}-${field}-errors`;
                return (
                  <tr key={action.id} data-testid={`action-row-${index}`}>
                    <td>
                      <Select<string>
                        value={action.stageId ?? undefined}
                        placeholder={t('pipelineAdmin.chooseStage')}
                        onChange={(stageId) => update(action.id, { stageId }, [key('stage')])}
                        options={stageOptions}
                        aria-label={label('stage', n)}
                        popupMatchSelectWidth={false}
                        className="editor-select"
                        data-testid={`action-stage-${index}`}
                        {...invalidProps(errorId('stage'), errors[key('stage')])}
                      />
                      <FieldErrors id={errorId('stage')} messages={errors[key('stage')]} />
                    </td>
                    <td>
                      <Select<ActionKind>
                        value={action.action}
                        onChange={(kind) =>
                          update(
                            action.id,
                            {
                              action: kind,
                              dueInDays: kind === 'follow_up_task' ? (action.dueInDays ?? 3) : null,
                            },
                            [key('action'), key('dueInDays')],
                          )
                        }
                        options={actionKinds.map((value) => ({
                          value,
                          label: t(`pipelineAdmin.actionKinds.${value}`),
                        }))}
                        aria-label={label('action', n)}
                        popupMatchSelectWidth={false}
                        className="editor-select"
                        data-testid={`action-kind-${index}`}
                        {...invalidProps(errorId('action'), errors[key('action')])}
                      />
                      <FieldErrors id={errorId('action')} messages={errors[key('action')]} />
                    </td>
                    {titleCell(action, index, 'titleZh')}
                    {titleCell(action, index, 'titleEn')}
                    <td>
                      {action.action === 'follow_up_task' ? (
                        <InputNumber<number>
                          value={action.dueInDays}
                          min={1}
                          max={365}
                          precision={0}
                          onChange={(value) => update(action.id, { dueInDays: value }, [key('dueInDays')])}
                          aria-label={label('dueInDays', n)}
                          data-testid={`action-due-${index}`}
                          {...invalidProps(errorId('dueInDays'), errors[key('dueInDays')])}
                        />
                      ) : (
                        <span className="muted">—</span>
                      )}
                      <FieldErrors id={errorId('dueInDays')} messages={errors[key('dueInDays')]} />
                    </td>
                    <td>
                      <Button
                        size="small"
                        danger
                        onClick={() =>
                          change((d) => ({ ...d, actions: d.actions.filter((a) => a.id !== action.id) }))
                        }
                        aria-label={t('pipelineAdmin.removeActionOf', { n })}
                        data-testid={`action-remove-${index}`}
                      >
                        {t('pipelineAdmin.remove')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Button
        onClick={() => change((d) => ({ ...d, actions: [...d.actions, newAction(d.stages[0]?.id ?? null)] }))}
        disabled={draft.stages.length === 0}
        data-testid="action-add"
      >
        {t('pipelineAdmin.addAction')}
      </Button>
    </section>
  );
}
