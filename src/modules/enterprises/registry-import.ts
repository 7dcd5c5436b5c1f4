import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../core/audit/audit.js';
import type { Executor } from '../../core/db/db.js';
import { type FieldMessageKey, fieldMessage, type Lang } from '../../core/errors/index.js';
import type { RequestMeta } from '../../core/http/request-meta.js';
import { indexDocuments } from '../../core/search/index.js';
import { chainLinks, directions } from '../chain/tables.js';
import { foldLabel } from '../space-io/cells.js';
import { type ColumnSpec, mapHeaders } from '../space-io/columns.js';
import { readTable, sniffFormat } from '../space-io/read-table.js';
import { parseSheetRow, problem, type RowProblem } from '../space-io/row-parser.js';
import type { ImportActor } from '../space-io/unit-import.js';
import { afterRegistryWrite } from './after-registry-write.js';
import { wanToYuan } from './amounts.js';
import {
  candidateOf,
  type EnterpriseCandidate,
  type EnterpriseValues,
  enterpriseProblems,
  loadLookups,
  parkScopeProblem,
  type RegistryLookups,
  resolvedChainLink,
} from './enterprise-rules.js';
import { enterpriseColumns, metricColumns, statusOfCell } from './registry-columns.js';
import { enterpriseWriteFields, metricsPutBody, type RegistryImportReport } from './schema.js';
import { enterpriseSearchSource } from './search-source.js';
import { enterpriseMetrics, enterprises } from './tables.js';

/** An enterprises row: the write contract's fields (parks by code, status by its label). */
const enterpriseRow = z.object({
  ...enterpriseWriteFields,
  status: z.preprocess(statusOfCell, enterpriseWriteFields.status),
  nameEn: enterpriseWriteFields.nameEn.optional(),
  uscc: enterpriseWriteFields.uscc.optional(),
  taiwanUbn: enterpriseWriteFields.taiwanUbn.optional(),
  parkCode: z.string().trim().max(64).optional(),
  divisionCode: enterpriseWriteFields.divisionCode.optional(),
  directionCode: z.string().trim().max(64).optional(),
  industryCode: enterpriseWriteFields.industryCode.optional(),
  chainLinkCode: z.string().trim().max(100).optional(),
  isMahHolder: z.boolean().optional(),
  isTaiwanFunded: z.boolean().optional(),
  isLeading: z.boolean().optional(),
  isBackbone: z.boolean().optional(),
  isHighTech: z.boolean().optional(),
  registeredCapitalWan: enterpriseWriteFields.registeredCapitalWan.optional(),
  foundedYear: enterpriseWriteFields.foundedYear.optional(),
  settledOn: enterpriseWriteFields.settledOn.optional(),
  parkId: z.undefined().optional(),
  unitId: z.undefined().optional(),
});
type EnterpriseRowIn = z.output<typeof enterpriseRow>;

const metricRow = z
  .object({
    uscc: enterpriseWriteFields.uscc.optional(),
    nameZh: z.string().trim().max(200).optional(),
    year: z.number().int().min(1949).max(2100),
  })
  .and(metricsPutBody);
type MetricRowIn = z.output<typeof metricRow>;

type Sheet = { kind: 'enterprises' | 'metrics'; positions: Map<string, number> } | { kind: 'skip' };
type Parsed<T> = { sheet: string; rowNumber: number; row: T; present: Set<string> };
type EnterpriseRecord = typeof enterprises.$inferSelect;

export type RegistryImportInput = {
  path: string;
  fileName: string;
  dryRun: boolean;
  actor: ImportActor;
  lang: Lang;
} & Partial<RequestMeta>;

/** Thrown when the file is not one the registry reads (old .xls, no sheet with the registry's columns). */
export class RegistryFileRejected extends Error {
  constructor(
    readonly key: FieldMessageKey,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = 'RegistryFileRejected';
  }
}

/** Which sheet a header row starts: the metrics sheet names a year, the enterprises sheet a status. */
function sheetOf(cells: unknown[]): Sheet {
  const headers = cells.map((c) => (c === null || c === undefined ? null : String(c)));
  const metrics = mapHeaders(metricColumns, headers);
  if (metrics.positions.has('year') && metrics.missing.length === 0)
    return { kind: 'metrics', positions: metrics.positions };
  const e = mapHeaders(enterpriseColumns, headers);
  if (e.positions.has('status') && e.missing.length === 0)
    return { kind: 'enterprises', positions: e.positions };
  return { kind: 'skip' };
}

class Rejections {
  readonly byRow = new Map<string, { sheet: string; rowNumber: number; problems: RowProblem[] }>();
  add(sheet: string, rowNumber: number, problems: RowProblem[]) {
    const key = `${sheet}\u0000${rowNumber}`;
    const entry = this.byRow.get(key) ?? { sheet, rowNumber, problems: [] };
    entry.problems.push(...problems);
    this.byRow.set(key, entry);
  }
}

/** Reads every sheet: rows the contract refuses are rejected, the rest kept with the columns they had. */
async function readRows(input: RegistryImportInput, rejected: Rejections) {
  const format = await sniffFormat(input.path);
  if (format === 'xls') throw new RegistryFileRejected('oldExcelFormat');
  const sheets = new Map<string, Sheet>();
  const enterpriseRows: Parsed<EnterpriseRowIn>[] = [];
  const metricRows: Parsed<MetricRowIn>[] = [];
  let rowsRead = 0;
  for await (const { sheet, rowNumber, cells } of readTable(input.path, {
    format,
    sheetName: input.fileName,
  })) {
    if (cells.every((c) => c === null)) continue;
    const state = sheets.get(sheet);
    if (!state) {
      sheets.set(sheet, sheetOf(cells));
      continue;
    }
    if (state.kind === 'skip') continue;
    rowsRead += 1;
    const columns = state.kind === 'enterprises' ? enterpriseColumns : metricColumns;
    const schema = state.kind === 'enterprises' ? enterpriseRow : metricRow;
    const parsed = parseSheetRow(columns, schema, cells, state.positions);
    if (!parsed.ok) {
      rejected.add(sheet, rowNumber, parsed.problems);
      continue;
    }
    const present = new Set(state.positions.keys());
    if (state.kind === 'enterprises')
      enterpriseRows.push({ sheet, rowNumber, row: parsed.row as EnterpriseRowIn, present });
    else metricRows.push({ sheet, rowNumber, row: parsed.row as MetricRowIn, present });
  }
  if (![...sheets.values()].some((s) => s.kind !== 'skip')) {
    throw new RegistryFileRejected('missingColumns', {
      columns: enterpriseColumns
        .filter((c) => c.required)
        .map((c) => c.zh)
        .join('、'),
    });
  }
  return { enterpriseRows, metricRows, rowsRead };
}

const column = (columns: readonly ColumnSpec[], key: string) => columns.find((c) => c.key === key) ?? null;

/** Names or codes of directions and chain links, as people type them, to their codes. */
async function labelIndex(db: Executor) {
  const index = new Map<string, string>();
  const rows = [
    ...(await db
      .select({ code: directions.code, zh: directions.nameZh, en: directions.nameEn })
      .from(directions)),
    ...(await db
      .select({ code: chainLinks.code, zh: chainLinks.nameZh, en: chainLinks.nameEn })
      .from(chainLinks)),
  ];
  for (const r of rows) for (const name of [r.code, r.zh, r.en]) index.set(foldLabel(name), r.code);
  return (text: string | null | undefined) =>
    text === null || text === undefined ? text : (index.get(foldLabel(text)) ?? text);
}

/** The enterprises a file's rows may name: by credit code, and by name (for rows without one). */
async function existingFor(db: Executor, codes: string[], names: string[]) {
  const byCode = new Map<string, EnterpriseRecord>();
  const byName = new Map<string, EnterpriseRecord[]>();
  for (let i = 0; i < codes.length; i += 1000) {
    const rows = await db
      .select()
      .from(enterprises)
      .where(inArray(enterprises.uscc, codes.slice(i, i + 1000)));
    for (const r of rows) if (r.uscc) byCode.set(r.uscc, r);
  }
  for (let i = 0; i < names.length; i += 1000) {
    const rows = await db
      .select()
      .from(enterprises)
      .where(inArray(enterprises.nameZh, names.slice(i, i + 1000)));
    for (const r of rows) byName.set(r.nameZh, [...(byName.get(r.nameZh) ?? []), r]);
  }
  return { byCode, byName };
}

type PlannedEnterprise = {
  before: EnterpriseRecord | null;
  values: EnterpriseValues;
  rowNumber: number;
  sheet: string;
};

const RULE_COLUMN: Record<keyof EnterpriseCandidate, string> = {
  status: 'status',
  uscc: 'uscc',
  taiwanUbn: 'taiwanUbn',
  parkId: 'parkCode',
  unitId: 'parkCode',
  directionCode: 'directionCode',
  industryCode: 'industryCode',
  chainLinkCode: 'chainLinkCode',
  isTaiwanFunded: 'isTaiwanFunded',
  settledOn: 'settledOn',
};

const FLAG_KEYS = ['isMahHolder', 'isTaiwanFunded', 'isLeading', 'isBackbone', 'isHighTech'] as const;
const NULLABLE_KEYS = [
  'nameEn',
  'taiwanUbn',
  'divisionCode',
  'directionCode',
  'industryCode',
  'registeredCapitalWan',
  'foundedYear',
  'settledOn',
] as const;

/**
 * The enterprise a row describes, as it would be written: the columns the sheet has set their field
 * (a blank cell clears it, a blank flag is no), the columns it lacks leave the field as it is. The credit
 * code is the key: a blank one never clears a stored code.
 */
function valuesOfRow(
  p: Parsed<EnterpriseRowIn>,
  before: EnterpriseRecord | null,
  parkId: number | null,
  code: (text: string | null | undefined) => string | null | undefined,
  lookups: RegistryLookups,
): EnterpriseValues {
  const r = p.row;
  const base: EnterpriseValues = before
    ? (({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest)(before)
    : { nameZh: r.nameZh, status: r.status, source: r.source };
  const values: EnterpriseValues = {
    ...base,
    nameZh: r.nameZh,
    status: r.status,
    source: r.source,
    isDemo: false,
  };
  if (r.uscc) values.uscc = r.uscc;
  for (const key of FLAG_KEYS) if (p.present.has(key)) values[key] = r[key] ?? false;
  for (const key of NULLABLE_KEYS) {
    if (!p.present.has(key)) continue;
    const value = r[key] ?? null;
    if (key === 'registeredCapitalWan') values.registeredCapitalWanYuan = value as string | null;
    else if (key === 'directionCode') values.directionCode = code(value as string | null) ?? null;
    else (values as Record<string, unknown>)[key] = value;
  }
  if (p.present.has('parkCode')) {
    if (values.parkId !== parkId) values.unitId = null;
    values.parkId = parkId;
  }
  const classificationChanged =
    !before || before.industryCode !== values.industryCode || before.directionCode !== values.directionCode;
  const givenLink = p.present.has('chainLinkCode') ? (code(r.chainLinkCode ?? null) ?? null) : undefined;
  values.chainLinkCode = resolvedChainLink(
    givenLink,
    classificationChanged,
    {
      directionCode: values.directionCode ?? null,
      industryCode: values.industryCode ?? null,
      chainLinkCode: values.chainLinkCode ?? null,
    },
    lookups,
  );
  return values;
}

const COMPARED = [
  'nameZh',
  'nameEn',
  'uscc',
  'taiwanUbn',
  'status',
  'parkId',
  'unitId',
  'divisionCode',
  'directionCode',
  'industryCode',
  'chainLinkCode',
  ...FLAG_KEYS,
  'registeredCapitalWanYuan',
  'foundedYear',
  'settledOn',
  'source',
] as const;

/** Stored numerics come back as "5000.00": compare numbers as numbers. */
function same(a: unknown, b: unknown): boolean {
  if (a === b || ((a ?? null) === null && (b ?? null) === null)) return true;
  if (typeof a === 'string' && typeof b === 'string' && /^\d/.test(a) && /^\d/.test(b))
    return Number(a) === Number(b) && /^[\d.]+$/.test(a) && /^[\d.]+$/.test(b);
  return false;
}

function changed(before: EnterpriseRecord, values: EnterpriseValues): boolean {
  return COMPARED.some((key) => !same(before[key], values[key]));
}

/** Checks the enterprises rows against the database and each other; plans the writes of the good ones. */
function planEnterprises(
  rows: Parsed<EnterpriseRowIn>[],
  existing: Awaited<ReturnType<typeof existingFor>>,
  lookups: RegistryLookups,
  parkIds: Map<string, number>,
  code: (text: string | null | undefined) => string | null | undefined,
  input: RegistryImportInput,
  rejected: Rejections,
): PlannedEnterprise[] {
  const plans: PlannedEnterprise[] = [];
  const firstRow = new Map<string, number>();
  const cols = enterpriseColumns;
  for (const p of rows) {
    const r = p.row;
    const problems: RowProblem[] = [];
    const parkId = r.parkCode ? parkIds.get(r.parkCode) : null;
    if (parkId === undefined)
      problems.push(problem(column(cols, 'parkCode'), r.parkCode!, 'unknownPark', { value: r.parkCode! }));
    // The key of the row: the credit code, else the name in its park.
    const key = r.uscc ? `uscc:${r.uscc}` : `name:${r.nameZh}\u0000${parkId ?? ''}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push(
        problem(column(cols, r.uscc ? 'uscc' : 'nameZh'), r.uscc ?? r.nameZh, 'duplicateRow', { row: first }),
      );
    }
    let before: EnterpriseRecord | null = null;
    if (r.uscc) before = existing.byCode.get(r.uscc) ?? null;
    else {
      const named = (existing.byName.get(r.nameZh) ?? []).filter((e) => e.parkId === (parkId ?? null));
      if (named.length > 1)
        problems.push(problem(column(cols, 'uscc'), null, 'tenantNameAmbiguous', { value: r.nameZh }));
      before = named[0] ?? null;
    }
    if (problems.length > 0 || parkId === undefined) {
      rejected.add(p.sheet, p.rowNumber, problems);
      continue;
    }
    firstRow.set(key, p.rowNumber);
    const values = valuesOfRow(p, before, parkId, code, lookups);
    const candidate = candidateOf(values);
    const ruleProblems = enterpriseProblems(candidate, lookups);
    const scope = parkScopeProblem(input.actor, before, candidate);
    if (scope) ruleProblems.push(scope);
    if (ruleProblems.length > 0) {
      rejected.add(
        p.sheet,
        p.rowNumber,
        ruleProblems.map((rp) => {
          const c = column(cols, RULE_COLUMN[rp.path]);
          const cellValue = (r as Record<string, unknown>)[c?.key ?? ''];
          return problem(c, cellValue === undefined ? null : (cellValue as string), rp.key);
        }),
      );
      continue;
    }
    plans.push({ before, values, rowNumber: p.rowNumber, sheet: p.sheet });
  }
  return plans;
}

type PlannedMetric = {
  enterprise: PlannedEnterprise | EnterpriseRecord;
  values: typeof enterpriseMetrics.$inferInsert;
};

/** Finds each metrics row's enterprise (in the file first, then in the registry) and checks it. */
function planMetrics(
  rows: Parsed<MetricRowIn>[],
  plans: PlannedEnterprise[],
  existing: Awaited<ReturnType<typeof existingFor>>,
  input: RegistryImportInput,
  rejected: Rejections,
): PlannedMetric[] {
  const fileByCode = new Map(plans.filter((p) => p.values.uscc).map((p) => [p.values.uscc!, p]));
  const fileByName = new Map<string, PlannedEnterprise[]>();
  for (const p of plans) fileByName.set(p.values.nameZh, [...(fileByName.get(p.values.nameZh) ?? []), p]);
  const cols = metricColumns;
  const firstRow = new Map<string, number>();
  const out: PlannedMetric[] = [];
  for (const p of rows) {
    const r = p.row;
    let target: PlannedEnterprise | EnterpriseRecord | null = null;
    let issue: RowProblem | null = null;
    if (r.uscc) {
      target = fileByCode.get(r.uscc) ?? existing.byCode.get(r.uscc) ?? null;
      if (!target) issue = problem(column(cols, 'uscc'), r.uscc, 'enterpriseNotFound', { value: r.uscc });
    } else if (r.nameZh) {
      const candidates: (PlannedEnterprise | EnterpriseRecord)[] = fileByName.get(r.nameZh) ?? [];
      const stored = (existing.byName.get(r.nameZh) ?? []).filter(
        (e) => !candidates.some((c) => 'values' in c && c.before?.id === e.id),
      );
      const all = [...candidates, ...stored];
      if (all.length === 1) target = all[0]!;
      else
        issue = problem(
          column(cols, 'nameZh'),
          r.nameZh,
          all.length === 0 ? 'tenantNameNotFound' : 'tenantNameAmbiguous',
          {
            value: r.nameZh,
          },
        );
    } else issue = problem(column(cols, 'uscc'), null, 'enterpriseKeyRequired');
    const parkId = target ? ('values' in target ? (target.values.parkId ?? null) : target.parkId) : null;
    if (target && parkScopeProblem(input.actor, null, { parkId }))
      issue = problem(column(cols, r.uscc ? 'uscc' : 'nameZh'), r.uscc ?? r.nameZh ?? null, 'notYourPark');
    const key = target
      ? `${'values' in target ? `row:${target.rowNumber}:${target.sheet}` : `id:${target.id}`}:${r.year}`
      : '';
    const first = firstRow.get(key);
    if (!issue && first !== undefined)
      issue = problem(column(cols, 'year'), String(r.year), 'duplicateRow', { row: first });
    if (issue || !target) {
      rejected.add(p.sheet, p.rowNumber, issue ? [issue] : []);
      continue;
    }
    firstRow.set(key, p.rowNumber);
    out.push({
      enterprise: target,
      values: {
        enterpriseId: 0,
        year: r.year,
        operatingRevenueYuan: wanToYuan(r.operatingRevenueWan),
        taxYuan: wanToYuan(r.taxWan),
        rdSpendYuan: wanToYuan(r.rdSpendWan),
        outputValueYuan: wanToYuan(r.outputValueWan),
        employees: r.employees ?? null,
        source: r.source,
        isDemo: false,
      },
    });
  }
  return out;
}

type Counts = { created: number; updated: number; unchanged: number };
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/** Writes the planned enterprises; returns each plan's enterprise id (plans in order). */
async function writeEnterprises(tx: Executor, plans: PlannedEnterprise[], counts: Counts) {
  const ids = new Map<PlannedEnterprise, number>();
  for (const plan of plans) {
    if (plan.before && !changed(plan.before, plan.values)) {
      counts.unchanged += 1;
      ids.set(plan, plan.before.id);
      continue;
    }
    if (plan.before) {
      await tx
        .update(enterprises)
        .set({ ...plan.values, updatedAt: sql`now()` })
        .where(sql`${enterprises.id} = ${plan.before.id}`);
      counts.updated += 1;
      ids.set(plan, plan.before.id);
    } else {
      const [created] = await tx.insert(enterprises).values(plan.values).returning({ id: enterprises.id });
      counts.created += 1;
      ids.set(plan, created!.id);
    }
  }
  return ids;
}

/** Upserts the planned years; a year whose figures are the same is left as it is. */
async function writeMetrics(
  tx: Executor,
  planned: PlannedMetric[],
  idOf: (target: PlannedEnterprise | EnterpriseRecord) => number | null,
  counts: Counts,
  dryRun: boolean,
) {
  const rows = planned.map((m) => ({ ...m.values, enterpriseId: idOf(m.enterprise) }));
  const known = rows.filter((r) => r.enterpriseId !== null) as (typeof enterpriseMetrics.$inferSelect)[];
  const stored = new Map<string, typeof enterpriseMetrics.$inferSelect>();
  const ids = [...new Set(known.map((r) => r.enterpriseId))];
  for (let i = 0; i < ids.length; i += 1000) {
    const found = await tx
      .select()
      .from(enterpriseMetrics)
      .where(inArray(enterpriseMetrics.enterpriseId, ids.slice(i, i + 1000)));
    for (const m of found) stored.set(`${m.enterpriseId}:${m.year}`, m);
  }
  const keys = [
    'operatingRevenueYuan',
    'taxYuan',
    'rdSpendYuan',
    'outputValueYuan',
    'employees',
    'source',
  ] as const;
  const writes: (typeof enterpriseMetrics.$inferInsert)[] = [];
  for (const row of rows) {
    const before = row.enterpriseId === null ? undefined : stored.get(`${row.enterpriseId}:${row.year}`);
    if (!before) counts.created += 1;
    else if (keys.some((k) => !same(before[k], row[k]))) counts.updated += 1;
    else {
      counts.unchanged += 1;
      continue;
    }
    if (row.enterpriseId !== null) writes.push(row as typeof enterpriseMetrics.$inferInsert);
  }
  if (dryRun) return;
  for (let i = 0; i < writes.length; i += 1000) {
    await tx
      .insert(enterpriseMetrics)
      .values(writes.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [enterpriseMetrics.enterpriseId, enterpriseMetrics.year],
        set: Object.fromEntries(
          [
            'operating_revenue_yuan',
            'tax_yuan',
            'rd_spend_yuan',
            'output_value_yuan',
            'employees',
            'source',
            'is_demo',
          ].map((c) => [c, sql.raw(`excluded."${c}"`)]),
        ),
      });
  }
}

/**
 * Imports a registry workbook (or a CSV of either sheet): every row checked, every bad row reported by
 * sheet, row number and column; the good rows written in one transaction (as the units import does), or
 * only counted on a dry run. Re-importing the same file changes nothing. See REGISTRY_IMPORT_RULE.
 */
export async function importRegistry(
  db: Executor,
  input: RegistryImportInput,
): Promise<RegistryImportReport> {
  const rejected = new Rejections();
  const { enterpriseRows, metricRows, rowsRead } = await readRows(input, rejected);
  const codes = [
    ...new Set([...enterpriseRows, ...metricRows].map((p) => p.row.uscc).filter((c): c is string => !!c)),
  ];
  const names = [
    ...new Set(
      [...enterpriseRows, ...metricRows].filter((p) => !p.row.uscc && p.row.nameZh).map((p) => p.row.nameZh!),
    ),
  ];
  const existing = await existingFor(db, codes, names);
  const unitIds = [...existing.byCode.values(), ...[...existing.byName.values()].flat()]
    .map((e) => e.unitId)
    .filter((id): id is number => id !== null);
  const lookups = await loadLookups(db, [...new Set(unitIds)]);
  const parkIds = new Map([...lookups.parks].map(([id, code]) => [code, id]));
  const code = await labelIndex(db);
  const plans = planEnterprises(enterpriseRows, existing, lookups, parkIds, code, input, rejected);
  const metrics = planMetrics(metricRows, plans, existing, input, rejected);

  const report: RegistryImportReport = {
    dryRun: input.dryRun,
    rowsRead,
    rowsRejected: rejected.byRow.size,
    enterprises: zero(),
    metrics: zero(),
    errors: [...rejected.byRow.values()]
      .sort((a, b) => (a.sheet === b.sheet ? a.rowNumber - b.rowNumber : a.sheet < b.sheet ? -1 : 1))
      .flatMap((r) =>
        r.problems.map((p) => ({
          sheet: r.sheet,
          rowNumber: r.rowNumber,
          column: p.column,
          value: p.value,
          message: input.lang === 'zh' ? p.zh : p.en,
        })),
      ),
  };
  const idOfExisting = (t: PlannedEnterprise | EnterpriseRecord) =>
    'values' in t ? (t.before?.id ?? null) : t.id;
  if (input.dryRun) {
    for (const plan of plans) {
      if (!plan.before) report.enterprises.created += 1;
      else if (changed(plan.before, plan.values)) report.enterprises.updated += 1;
      else report.enterprises.unchanged += 1;
    }
    await writeMetrics(db, metrics, idOfExisting, report.metrics, true);
    return report;
  }
  await db.transaction(async (tx) => {
    const ids = await writeEnterprises(tx, plans, report.enterprises);
    const idOf = (t: PlannedEnterprise | EnterpriseRecord) => ('values' in t ? (ids.get(t) ?? null) : t.id);
    await writeMetrics(tx, metrics, idOf, report.metrics, false);
    const written = [...new Set([...ids.values(), ...metrics.map((m) => idOf(m.enterprise)!)])];
    await recordAudit(tx, {
      actor: input.actor,
      action: 'enterprise.import',
      entityType: 'enterprise',
      entityId: null,
      before: null,
      after: {
        fileName: input.fileName,
        rowsRead,
        rowsRejected: report.rowsRejected,
        enterprises: report.enterprises,
        metrics: report.metrics,
      },
      ip: input.ip ?? null,
      requestId: input.requestId ?? null,
    });
    await indexDocuments(tx, enterpriseSearchSource, [...ids.values()]);
    // Scores for the file's targets (refreshTargetScores skips, or drops, firms that are not targets).
    await afterRegistryWrite(tx, {
      enterpriseIds: written,
      figuresChanged: written.length > 0,
      targetsChanged: true,
    });
  });
  return report;
}

/** A file-level refusal in the caller's language. */
export function fileRejectionMessage(error: RegistryFileRejected, lang: Lang): string {
  return fieldMessage(error.key, lang, error.params);
}
