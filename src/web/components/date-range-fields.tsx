import { Input } from 'antd';
import type { ReactNode } from 'react';

export type DateRange = { from?: string; to?: string };

/**
 * A period as two native date inputs in a labelled fieldset: each end bounds the other, and clearing one
 * gives undefined (no limit on that side). `idPrefix` names the inputs (`-from`, `-to`) for labels and tests.
 */
export function DateRangeFields({
  idPrefix,
  className,
  legend,
  fromLabel,
  toLabel,
  value,
  onChange,
  children,
}: {
  idPrefix: string;
  className: string;
  legend: string;
  fromLabel: string;
  toLabel: string;
  value: DateRange;
  onChange: (change: DateRange) => void;
  /** Placed after the inputs, inside the fieldset (e.g. a button that clears the period). */
  children?: ReactNode;
}) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      <div className="pipeline-control">
        <label htmlFor={`${idPrefix}-from`}>{fromLabel}</label>
        <Input
          id={`${idPrefix}-from`}
          type="date"
          value={value.from ?? ''}
          max={value.to}
          onChange={(event) => onChange({ from: event.target.value || undefined })}
          data-testid={`${idPrefix}-from`}
        />
      </div>
      <div className="pipeline-control">
        <label htmlFor={`${idPrefix}-to`}>{toLabel}</label>
        <Input
          id={`${idPrefix}-to`}
          type="date"
          value={value.to ?? ''}
          min={value.from}
          onChange={(event) => onChange({ to: event.target.value || undefined })}
          data-testid={`${idPrefix}-to`}
        />
      </div>
      {children}
    </fieldset>
  );
}
