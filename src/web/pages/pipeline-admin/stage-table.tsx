import { Button, Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import { FieldErrors, invalidProps } from './field-errors';
import {
  type EditorPart,
  newStage,
  type Outcome,
  outcomes,
  removeStage,
  type StageDraft,
  shiftStage,
} from './pipeline-draft';

type StageField = 'code' | 'nameZh' | 'nameEn';

/** The stages in board order: codes (for new stages), names, outcome and what entering one needs. */
export function StageTable({ draft, change, errors }: EditorPart) {
  const { t } = useTranslation();

  const update = (id: string, values: Partial<StageDraft>, answered: string[]) =>
    change((d) => ({ ...d, stages: d.stages.map((s) => (s.id === id ? { ...s, ...values } : s)) }), answered);
  // Signed stages usually need the amount and lost ones a reason: the likely choice, still changeable.
  const setOutcome = (stage: StageDraft, outcome: Outcome) =>
    update(
      stage.id,
      {
        outcome,
        requiresAmount: outcome === 'signed' ? true : stage.requiresAmount,
        requiresReason: outcome === 'lost' ? true : stage.requiresReason,
      },
      [`stage:${stage.id}:outcome`, `stage:${stage.id}:requiresAmount`],
    );

  const textCell = (stage: StageDraft, index: number, field: StageField, maxLength: number) => {
    const key = `stage:${stage.id}:${field}`;
    const errorId = `stage-${index}-${field}-errors`;
    return (
      <td>
        <Input
          value={stage[field]}
          maxLength={maxLength}
          onChange={(event) => update(stage.id, { [field]: event.target.value }, [key])}
          aria-label={t('pipelineAdmin.fieldOf', {
            field: t(`pipelineAdmin.stageFields.${field}`),
            n: index + 1,
          })}
          data-testid={`stage-${field}-${index}`}
          {...invalidProps(errorId, errors[key])}
        />
        <FieldErrors id={errorId} messages={errors[key]} />
      </td>
    );
  };

  const flagCell = (stage: StageDraft, index: number, field: 'requiresAmount' | 'requiresReason') => {
    const key = `stage:${stage.id}:${field}`;
    const errorId = `stage-${index}-${field}-errors`;
    return (
      <td className="editor-center">
        <Checkbox
          checked={stage[field]}
          onChange={(event) => update(stage.id, { [field]: event.target.checked }, [key])}
          aria-label={t('pipelineAdmin.fieldOf', { field: t(`pipelineAdmin.${field}`), n: index + 1 })}
          data-testid={`stage-${field}-${index}`}
          {...(errors[key]?.length ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
        />
        <FieldErrors id={errorId} messages={errors[key]} />
      </td>
    );
  };

  return (
    <section className="editor-section" aria-labelledby="stages-heading">
      <h2 id="stages-heading" className="editor-heading">
        {t('pipelineAdmin.stagesTitle')}
      </h2>
      <p className="muted">{t('pipelineAdmin.stagesHint')}</p>
      <FieldErrors id="stages-errors" messages={errors.stages} />
      {draft.stages.length === 0 ? (
        <p data-testid="stages-empty">{t('pipelineAdmin.noStages')}</p>
      ) : (
        <TableScroll labelledBy="stages-heading">
          <table className="editor-table" data-testid="stage-table">
            <thead>
              <tr>
                <th scope="col">{t('pipelineAdmin.order')}</th>
                <th scope="col">{t('pipelineAdmin.stageFields.code')}</th>
                <th scope="col">{t('pipelineAdmin.stageFields.nameZh')}</th>
                <th scope="col">{t('pipelineAdmin.stageFields.nameEn')}</th>
                <th scope="col">{t('pipelineAdmin.outcome')}</th>
                <th scope="col">{t('pipelineAdmin.requiresAmount')}</th>
                <th scope="col">{t('pipelineAdmin.requiresReason')}</th>
                <th scope="col">{t('pipelineAdmin.projects')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('pipelineAdmin.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.stages.map((stage, index) => {
                const n = index + 1;
                const outcomeKey = `stage:${stage.id}:outcome`;
                const outcomeErrorId = `stage-${index}-outcome-errors`;
                return (
                  <tr key={stage.id} data-testid={`stage-row-${index}`}>
                    <td className="nowrap">
                      <span className="editor-order">{n}</span>
                      <Button
                        size="small"
                        type="text"
                        disabled={index === 0}
                        onClick={() => change((d) => shiftStage(d, index, -1))}
                        aria-label={t('pipelineAdmin.moveUpOf', { n })}
                        data-testid={`stage-up-${index}`}
                      >
                        ↑
                      </Button>
                      <Button
                        size="small"
                        type="text"
                        disabled={index === draft.stages.length - 1}
                        onClick={() => change((d) => shiftStage(d, index, 1))}
                        aria-label={t('pipelineAdmin.moveDownOf', { n })}
                        data-testid={`stage-down-${index}`}
                      >
                        ↓
                      </Button>
                    </td>
                    {stage.saved ? (
                      <td>
                        <code data-testid={`stage-code-${index}`}>{stage.code}</code>
                      </td>
                    ) : (
                      textCell(stage, index, 'code', 40)
                    )}
                    {textCell(stage, index, 'nameZh', 100)}
                    {textCell(stage, index, 'nameEn', 100)}
                    <td>
                      <Select<Outcome>
                        value={stage.outcome}
                        onChange={(value) => setOutcome(stage, value)}
                        options={outcomes.map((value) => ({
                          value,
                          label: t(`pipelineAdmin.outcomes.${value}`),
                        }))}
                        aria-label={t('pipelineAdmin.fieldOf', { field: t('pipelineAdmin.outcome'), n })}
                        popupMatchSelectWidth={false}
                        className="editor-outcome"
                        data-testid={`stage-outcome-${index}`}
                        {...invalidProps(outcomeErrorId, errors[outcomeKey])}
                      />
                      <FieldErrors id={outcomeErrorId} messages={errors[outcomeKey]} />
                    </td>
                    {flagCell(stage, index, 'requiresAmount')}
                    {flagCell(stage, index, 'requiresReason')}
                    <td className="editor-center">{stage.projects}</td>
                    <td>
                      <Button
                        size="small"
                        danger
                        disabled={stage.projects > 0}
                        title={
                          stage.projects > 0 ? t('pipelineAdmin.inUse', { count: stage.projects }) : undefined
                        }
                        onClick={() => change((d) => removeStage(d, stage.id), ['stages'])}
                        aria-label={t('pipelineAdmin.removeOf', { n })}
                        data-testid={`stage-remove-${index}`}
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
        onClick={() => change((d) => ({ ...d, stages: [...d.stages, newStage()] }), ['stages'])}
        data-testid="stage-add"
      >
        {t('pipelineAdmin.addStage')}
      </Button>
    </section>
  );
}
