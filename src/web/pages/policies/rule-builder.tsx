import { Button, Checkbox, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDataText } from '../../i18n/use-data-text';
import { FieldErrors, invalidProps } from '../pipeline-admin/field-errors';
import { useUnitText } from './profile-fields';
import {
  type AttributeInfo,
  addChild,
  type ClauseNode,
  type GroupNode,
  newClause,
  newGroup,
  numberedNodes,
  type Op,
  opsByType,
  removeNode,
  updateNode,
  type ValueKind,
  valueKind,
  withAttr,
  withOp,
} from './rule-draft';
import { isCodedAttr, useCodeOptions } from './use-code-options';

/** How the editor's parts change the rule: an update of the tree, and the error keys the edit answers. */
export type RuleChange = (update: (root: GroupNode) => GroupNode, answered?: string[]) => void;

type Shared = {
  change: RuleChange;
  attributes: readonly AttributeInfo[];
  errors: Record<string, string[]>;
  /** Each node's place as readers count it ("2.1"), for labels and test ids. */
  labels: ReadonlyMap<string, string>;
};

type Pair<T> = [T | null, T | null];

function pairOf<T>(value: unknown): Pair<T> {
  return Array.isArray(value)
    ? [(value[0] ?? null) as T | null, (value[1] ?? null) as T | null]
    : [null, null];
}

/** The value input(s) for a clause, by what its attribute and operator take. */
function ValueInput({
  clause,
  kind,
  attribute,
  label,
  onChange,
  invalid,
}: {
  clause: ClauseNode;
  kind: ValueKind;
  attribute: AttributeInfo | undefined;
  label: string;
  onChange: (value: unknown) => void;
  invalid: ReturnType<typeof invalidProps>;
}) {
  const { t } = useTranslation();
  const unitText = useUnitText();
  const codes = useCodeOptions();
  const testId = `rule-value-${label}`;
  const name = t('policies.rule.valueOf', { n: label });
  const unit = attribute?.unit ? unitText(attribute.unit) : undefined;
  const coded = isCodedAttr(clause.attr) ? codes.options[clause.attr] : null;
  const number = (value: number | null, onNumber: (n: number | null) => void, aria: string, id: string) => (
    <InputNumber<number>
      min={0}
      precision={attribute?.integer ? 0 : undefined}
      value={value}
      onChange={(next) => onNumber(typeof next === 'number' ? next : null)}
      suffix={unit}
      aria-label={aria}
      className="rule-number"
      data-testid={id}
      {...invalid}
    />
  );
  const date = (value: string | null, onDate: (d: string | null) => void, aria: string, id: string) => (
    <Input
      type="date"
      value={value ?? ''}
      onChange={(event) => onDate(event.target.value || null)}
      aria-label={aria}
      className="rule-date"
      data-testid={id}
      {...invalid}
    />
  );

  switch (kind) {
    case 'none':
      return <span className="muted rule-no-value">{t('policies.rule.noValue')}</span>;
    case 'boolean':
      return (
        <Select<'true' | 'false'>
          value={clause.value === false ? 'false' : clause.value === true ? 'true' : undefined}
          onChange={(next) => onChange(next === 'true')}
          options={[
            { value: 'true', label: t('policies.tri.yes') },
            { value: 'false', label: t('policies.tri.no') },
          ]}
          aria-label={name}
          className="rule-select-short"
          data-testid={testId}
          {...invalid}
        />
      );
    case 'number':
      return number(typeof clause.value === 'number' ? clause.value : null, onChange, name, testId);
    case 'numberRange': {
      const [from, to] = pairOf<number>(clause.value);
      return (
        <span className="rule-range">
          {number(from, (n) => onChange([n, to]), t('policies.rule.fromOf', { n: label }), `${testId}-from`)}
          <span aria-hidden="true">–</span>
          {number(to, (n) => onChange([from, n]), t('policies.rule.toOf', { n: label }), `${testId}-to`)}
        </span>
      );
    }
    case 'date':
      return date(typeof clause.value === 'string' ? clause.value : null, onChange, name, testId);
    case 'dateRange': {
      const [from, to] = pairOf<string>(clause.value);
      return (
        <span className="rule-range">
          {date(from, (d) => onChange([d, to]), t('policies.rule.fromOf', { n: label }), `${testId}-from`)}
          <span aria-hidden="true">–</span>
          {date(to, (d) => onChange([from, d]), t('policies.rule.toOf', { n: label }), `${testId}-to`)}
        </span>
      );
    }
    case 'text':
      if (coded)
        return (
          <Select<string>
            value={typeof clause.value === 'string' ? clause.value : undefined}
            onChange={onChange}
            options={coded.map(({ value, label: text }) => ({ value, label: text }))}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={name}
            popupMatchSelectWidth={false}
            className="rule-select"
            data-testid={testId}
            {...invalid}
          />
        );
      return (
        <Input
          value={typeof clause.value === 'string' ? clause.value : ''}
          maxLength={64}
          onChange={(event) => onChange(event.target.value || undefined)}
          aria-label={name}
          className="rule-text"
          data-testid={testId}
          {...invalid}
        />
      );
    case 'textList':
      return (
        <Select<string[]>
          mode={coded ? 'multiple' : 'tags'}
          value={Array.isArray(clause.value) ? (clause.value as string[]) : []}
          onChange={(next) => onChange(next.length > 0 ? next : undefined)}
          options={coded ? coded.map(({ value, label: text }) => ({ value, label: text })) : undefined}
          tokenSeparators={coded ? undefined : [',', '，', ' ']}
          notFoundContent={coded ? undefined : null}
          placeholder={coded ? undefined : t('policies.profile.tagsPlaceholder')}
          aria-label={name}
          popupMatchSelectWidth={false}
          className="rule-select rule-select-wide"
          data-testid={testId}
          {...invalid}
        />
      );
  }
}

/** One clause: attribute → operator (by the attribute's type) → value (by the operator), and "not". */
function ClauseRow({ clause, change, attributes, errors, labels }: Shared & { clause: ClauseNode }) {
  const { t } = useTranslation();
  const text = useDataText();
  const label = labels.get(clause.id) ?? '';
  const attribute = attributes.find((a) => a.key === clause.attr);
  const kind = attribute && clause.op ? valueKind(attribute.type, clause.op) : null;
  const key = (field: string) => `${clause.id}:${field}`;
  const errorId = (field: string) => `rule-${clause.id}-${field}-errors`;
  const update = (next: (node: ClauseNode) => ClauseNode, answered: string[]) =>
    change(
      (root) => updateNode(root, clause.id, (node) => (node.kind === 'clause' ? next(node) : node)),
      [clause.id, ...answered],
    );

  return (
    <fieldset
      className={`rule-clause${clause.negated ? ' rule-negated' : ''}`}
      data-testid={`rule-clause-${label}`}
    >
      <legend className="visually-hidden">{t('policies.rule.clause', { n: label })}</legend>
      <span className="rule-label" aria-hidden="true">
        {label}
      </span>
      <Checkbox
        checked={clause.negated}
        onChange={(event) => update((c) => ({ ...c, negated: event.target.checked }), [])}
        data-testid={`rule-negate-${label}`}
      >
        {t('policies.rule.negate')}
      </Checkbox>
      <Select<string>
        value={clause.attr ?? undefined}
        onChange={(attr) => {
          const type = attributes.find((a) => a.key === attr)?.type;
          if (type) update((c) => withAttr(c, attr, type), [key('attr'), key('op'), key('value')]);
        }}
        options={attributes.map((a) => ({ value: a.key, label: text(a.labelZh, a.labelEn) }))}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('policies.rule.attrPlaceholder')}
        aria-label={t('policies.rule.attrOf', { n: label })}
        popupMatchSelectWidth={false}
        className="rule-select rule-attr"
        data-testid={`rule-attr-${label}`}
        {...invalidProps(errorId('attr'), errors[key('attr')])}
      />
      <Select<Op>
        value={clause.op ?? undefined}
        onChange={(op) => update((c) => withOp(c, op, attribute?.type), [key('op'), key('value')])}
        options={(attribute ? (opsByType[attribute.type] as readonly Op[]) : []).map((op) => ({
          value: op,
          label: t(`policies.ops.${op}`),
        }))}
        notFoundContent={t('policies.rule.attrFirst')}
        aria-label={t('policies.rule.opOf', { n: label })}
        popupMatchSelectWidth={false}
        className="rule-select-short"
        data-testid={`rule-op-${label}`}
        {...invalidProps(errorId('op'), errors[key('op')])}
      />
      {kind && (
        <ValueInput
          clause={clause}
          kind={kind}
          attribute={attribute}
          label={label}
          onChange={(value) => update((c) => ({ ...c, value }), [key('value')])}
          invalid={invalidProps(errorId('value'), errors[key('value')])}
        />
      )}
      <Button
        size="small"
        danger
        onClick={() => change((root) => removeNode(root, clause.id), [clause.id])}
        aria-label={t('policies.rule.removeClauseOf', { n: label })}
        data-testid={`rule-remove-${label}`}
      >
        {t('policies.rule.remove')}
      </Button>
      <div className="rule-errors">
        <FieldErrors id={`rule-${clause.id}-errors`} messages={errors[clause.id]} />
        <FieldErrors id={errorId('attr')} messages={errors[key('attr')]} />
        <FieldErrors id={errorId('op')} messages={errors[key('op')]} />
        <FieldErrors id={errorId('value')} messages={errors[key('value')]} />
      </div>
    </fieldset>
  );
}

/** A group: all or any of its members, optionally negated, with buttons to add a clause or a group. */
function GroupBox({ group, isRoot, ...shared }: Shared & { group: GroupNode; isRoot: boolean }) {
  const { t } = useTranslation();
  const { change, errors, labels } = shared;
  const label = isRoot ? '' : (labels.get(group.id) ?? '');
  const slug = label || 'root';
  const modeId = `rule-mode-${slug}`;
  const update = (next: Partial<GroupNode>) =>
    change(
      (root) => updateNode(root, group.id, (node) => (node.kind === 'group' ? { ...node, ...next } : node)),
      [group.id],
    );

  return (
    <fieldset
      className={`rule-group${group.negated ? ' rule-negated' : ''}${isRoot ? ' rule-root' : ''}`}
      data-testid={`rule-group-${slug}`}
    >
      <legend>{isRoot ? t('policies.rule.rootGroup') : t('policies.rule.group', { n: label })}</legend>
      <div className="rule-group-head">
        <label htmlFor={modeId}>{t('policies.rule.mode')}</label>
        <Select<'all' | 'any'>
          id={modeId}
          value={group.mode}
          onChange={(mode) => update({ mode })}
          options={[
            { value: 'all', label: t('policies.rule.all') },
            { value: 'any', label: t('policies.rule.any') },
          ]}
          popupMatchSelectWidth={false}
          className="rule-select"
          data-testid={`rule-mode-${slug}`}
        />
        {!isRoot && (
          <Checkbox
            checked={group.negated}
            onChange={(event) => update({ negated: event.target.checked })}
            data-testid={`rule-negate-${label}`}
          >
            {t('policies.rule.negateGroup')}
          </Checkbox>
        )}
        {!isRoot && (
          <Button
            size="small"
            danger
            onClick={() => change((root) => removeNode(root, group.id), [group.id])}
            aria-label={t('policies.rule.removeGroupOf', { n: label })}
            data-testid={`rule-remove-${label}`}
          >
            {t('policies.rule.removeGroup')}
          </Button>
        )}
      </div>
      <FieldErrors id={`rule-${group.id}-errors`} messages={errors[group.id]} />
      {group.children.length === 0 ? (
        <p className="muted">{t('policies.rule.emptyGroup')}</p>
      ) : (
        <ol className="rule-children">
          {group.children.map((child) => (
            <li key={child.id}>
              {child.kind === 'group' ? (
                <GroupBox group={child} isRoot={false} {...shared} />
              ) : (
                <ClauseRow clause={child} {...shared} />
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="rule-group-actions">
        <Button
          size="small"
          onClick={() => change((root) => addChild(root, group.id, newClause()), [group.id])}
          data-testid={`rule-add-clause-${slug}`}
        >
          {isRoot ? t('policies.rule.addClause') : t('policies.rule.addClauseTo', { n: label })}
        </Button>
        <Button
          size="small"
          onClick={() =>
            change((root) => addChild(root, group.id, newGroup('any', [newClause()])), [group.id])
          }
          data-testid={`rule-add-group-${slug}`}
        >
          {isRoot ? t('policies.rule.addGroup') : t('policies.rule.addGroupTo', { n: label })}
        </Button>
      </div>
    </fieldset>
  );
}

/**
 * The rule builder: nested groups (all / any, each negatable) of clauses over the attribute catalogue.
 * The server's errors stand at the clause and field they name (`rule.all.1.value`).
 */
export function RuleBuilder({
  root,
  change,
  attributes,
  errors,
}: {
  root: GroupNode;
  change: RuleChange;
  attributes: readonly AttributeInfo[];
  errors: Record<string, string[]>;
}) {
  const { t } = useTranslation();
  const labels = new Map(numberedNodes(root).map(({ node, label }) => [node.id, label]));
  return (
    <section
      className="editor-section policy-rule-builder"
      aria-labelledby="rule-title"
      data-testid="rule-builder"
    >
      <h2 id="rule-title" className="editor-heading">
        {t('policies.rule.title')}
      </h2>
      <p className="muted editor-hint">{t('policies.rule.hint')}</p>
      <FieldErrors id="rule-top-errors" messages={errors.rule} />
      <GroupBox group={root} isRoot change={change} attributes={attributes} errors={errors} labels={labels} />
    </section>
  );
}
