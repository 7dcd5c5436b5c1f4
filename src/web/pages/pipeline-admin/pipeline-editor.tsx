import { App, Button, Input } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { FormAlert } from '../../components/form-alert';
import { useDataText } from '../../i18n/use-data-text';
import { inReaderScript } from '../pipeline/server-errors';
import type { PipelineDefinition } from '../pipeline/use-pipeline';
import { ActionList } from './action-list';
import { FieldErrors, invalidProps } from './field-errors';
import { MoveMatrix } from './move-matrix';
import {
  type Draft,
  type DraftChange,
  type EditorPart,
  placeErrors,
  type StageDraft,
  toBody,
  toDraft,
} from './pipeline-draft';
import { StageTable } from './stage-table';
import { useSavePipeline } from './use-pipeline-admin';

/** The same form as the server checks it (schema.ts definitionCodePattern), to catch a typo before sending. */
const CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

type HeaderField = 'code' | 'nameZh' | 'nameEn';

/**
 * One pipeline's definition as a form: its names, the stages, the moves allowed between them and the stage
 * actions, saved together (PUT replaces the whole definition). The server's field errors are shown at the
 * row and input they name.
 */
export function PipelineEditor({
  initial,
  onSaved,
}: {
  initial: Draft;
  onSaved: (saved: PipelineDefinition) => void;
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const { message } = App.useApp();
  const save = useSavePipeline();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [alert, setAlert] = useState<string[]>([]);

  const change: DraftChange = (update, answered = []) => {
    setDraft(update);
    if (!answered.some((key) => key in errors)) return;
    const remaining = Object.fromEntries(Object.entries(errors).filter(([key]) => !answered.includes(key)));
    setErrors(remaining);
    // Every marked field answered: the alert that pointed at them has nothing left to say.
    if (Object.keys(remaining).length === 0) setAlert([]);
  };

  const stageName = (stage: StageDraft) =>
    text(stage.nameZh.trim(), stage.nameEn.trim()) ||
    stage.code ||
    t('pipelineAdmin.stageNumber', { n: draft.stages.indexOf(stage) + 1 });
  const part: EditorPart = { draft, change, errors, stageName };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAlert([]);
    const code = draft.code.trim();
    if (!CODE_PATTERN.test(code)) {
      setErrors({ code: [t(code ? 'pipelineAdmin.codeInvalid' : 'pipelineAdmin.codeRequired')] });
      return;
    }
    const sent = draft;
    save.mutate(
      { code, body: toBody(sent) },
      {
        onSuccess: (saved) => {
          void message.success(t('pipelineAdmin.saved', { name: text(saved.nameZh, saved.nameEn) }));
          setErrors({});
          setDraft(toDraft(saved));
          onSaved(saved);
        },
        onError: (error) => {
          const readable = inReaderScript(error, text);
          if (!(readable instanceof ApiError)) {
            setAlert([readable instanceof Error ? readable.message : String(readable)]);
            return;
          }
          const placed = placeErrors(sent, readable.fields, {
            stage: stageName,
            move: (from, to, reason) => t('pipelineAdmin.moveError', { from, to, message: reason }),
          });
          setErrors(placed.byField);
          setAlert([readable.message, ...placed.unplaced]);
        },
      },
    );
  };

  const headerField = (field: HeaderField, label: string, hint?: string) => {
    const id = `pipeline-${field}`;
    const errorId = `${id}-errors`;
    return (
      <div className="editor-field">
        <label htmlFor={id}>{label}</label>
        <Input
          id={id}
          value={draft[field]}
          maxLength={field === 'code' ? 40 : 100}
          onChange={(event) => change((d) => ({ ...d, [field]: event.target.value }), [field])}
          data-testid={id}
          {...invalidProps(errorId, errors[field])}
        />
        {hint && <p className="muted editor-hint">{hint}</p>}
        <FieldErrors id={errorId} messages={errors[field]} />
      </div>
    );
  };

  return (
    <form className="pipeline-editor" onSubmit={submit} noValidate data-testid="pipeline-editor">
      <FormAlert messages={alert} />
      <div className="editor-fields">
        {draft.isNew ? (
          headerField('code', t('pipelineAdmin.code'), t('pipelineAdmin.codeHint'))
        ) : (
          <div className="editor-field">
            <span className="editor-label">{t('pipelineAdmin.code')}</span>
            <code data-testid="pipeline-code">{draft.code}</code>
          </div>
        )}
        {headerField('nameZh', t('pipelineAdmin.nameZh'))}
        {headerField('nameEn', t('pipelineAdmin.nameEn'))}
      </div>
      <StageTable {...part} />
      <MoveMatrix {...part} />
      <ActionList {...part} />
      <div className="editor-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="pipeline-save">
          {t('pipelineAdmin.save')}
        </Button>
      </div>
    </form>
  );
}
