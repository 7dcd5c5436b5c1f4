import { type SQL, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../tests/support/test-database.js';
import { type Db, queryRows } from '../../../core/db/db.js';
import { enterpriseProfiles } from '../profiles.js';
import { type AttrType, attributeList, type Profile } from './attributes.js';
import { compileRule } from './compile-sql.js';
import { decimalOf, decimalText } from './decimal.js';
import { evaluateRule } from './evaluate.js';
import { profileFromRow } from './profile.js';
import { profileArb, ruleArb } from './rule-arbitraries.js';
import type { Rule } from './rule-schema.js';

/**
 * SQL = JS: a compiled rule selects exactly the rows the evaluator finds eligible, on PGlite and on
 * PostgreSQL, over random profiles (with NULLs) and random rules.
 */

const columnType: Record<AttrType, string> = {
  boolean: 'boolean',
  number: 'numeric',
  string: 'text',
  stringSet: 'text[]',
  date: 'date',
};

// Shared database, parallel workers: a table of our own, named per process.
const table = sql.identifier(`rule_profiles_${process.pid}_${Date.now()}`);
let db: Db;
let profiles: Profile[];

function sqlType(attr: (typeof attributeList)[number]): string {
  return 'integer' in attr && attr.integer ? 'integer' : columnType[attr.type];
}

function literal(attr: (typeof attributeList)[number], value: unknown): SQL {
  if (value === null || value === undefined) return sql`NULL::${sql.raw(sqlType(attr))}`;
  if (attr.type === 'stringSet') {
    const items = (value as string[]).map((v) => sql`${v}::text`);
    return sql`ARRAY[${sql.join(items, sql`, `)}]::text[]`;
  }
  const param = attr.type === 'number' ? decimalText(decimalOf(value as number)) : value;
  return sql`${param}::${sql.raw(sqlType(attr))}`;
}

async function selected(where: SQL): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, sql`SELECT id FROM ${table} p WHERE ${where} ORDER BY id`);
  return rows.map((r) => Number(r.id));
}

function eligibleIds(rule: Rule): number[] {
  return profiles.flatMap((p, i) => (evaluateRule(rule, p).eligible ? [i + 1] : []));
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  const columns = attributeList.map((a) => sql.raw(`${a.column} ${sqlType(a)}`));
  await db.execute(sql`CREATE TABLE ${table} (id integer PRIMARY KEY, ${sql.join(columns, sql`, `)})`);
  profiles = fc.sample(profileArb, { numRuns: 200, seed: 20_261_123 });
  // A few fixed rows for the edges: everything missing, empty chain links, LIKE wildcards in codes.
  profiles.push(
    {},
    { chainLinks: [], industryCode: 'C2_2%', zone: 'x%y' },
    { industryCode: 'C2720', zone: 'x_y' },
  );
  const rows = profiles.map(
    (p, i) =>
      sql`(${i + 1}, ${sql.join(
        attributeList.map((a) => literal(a, p[a.key])),
        sql`, `,
      )})`,
  );
  const names = attributeList.map((a) => sql.identifier(a.column));
  await db.execute(
    sql`INSERT INTO ${table} (id, ${sql.join(names, sql`, `)}) VALUES ${sql.join(rows, sql`, `)}`,
  );
});

afterAll(async () => {
  await db.execute(sql`DROP TABLE IF EXISTS ${table}`);
});

describe('compileRule', () => {
  it('reads back as the same profiles (profileFromRow: numeric strings, dates, arrays, NULL)', async () => {
    const rows = await queryRows<Record<string, unknown>>(db, sql`SELECT * FROM ${table} ORDER BY id`);
    const full = (p: Profile) => Object.fromEntries(attributeList.map((a) => [a.key, p[a.key] ?? null]));
    expect(rows.map(profileFromRow)).toEqual(profiles.map(full));
  });

  it('selects the documents’ cases, with and without an alias', async () => {
    const rule: Rule = {
      all: [
        { attr: 'industryCode', op: 'startsWith', value: 'C2_' },
        { not: { attr: 'zone', op: 'in', value: ['x_y'] } },
      ],
    };
    const wildcard = profiles.length - 1; // industry code 'C2_2%', zone 'x%y'
    const literal = profiles.length; // industry code 'C2720', zone 'x_y': '_' must not match '7'
    const ids = await selected(compileRule(rule, 'p'));
    expect(ids).toContain(wildcard);
    expect(ids).not.toContain(literal);
    expect(ids).toEqual(eligibleIds(rule));
    expect(await selected(compileRule(rule))).toEqual(ids);
    // Every row has a value or not; exists and not-exists split the table in two.
    const known = await selected(compileRule({ attr: 'employees', op: 'exists' }, 'p'));
    const unknown = await selected(compileRule({ not: { attr: 'employees', op: 'exists' } }, 'p'));
    expect(known.length + unknown.length).toBe(profiles.length);
    // An integer column compared with a fraction: the parameter is numeric, not a guessed integer.
    expect(await selected(compileRule({ attr: 'employees', op: 'gt', value: 2.5 }, 'p'))).toEqual(
      eligibleIds({ attr: 'employees', op: 'gt', value: 2.5 }),
    );
  });

  it('selects exactly the rows the evaluator finds eligible, and NOT selects the rest (property)', async () => {
    const all = profiles.map((_, i) => i + 1);
    await fc.assert(
      fc.asyncProperty(ruleArb(4), async (rule) => {
        const expected = eligibleIds(rule);
        const compiled = compileRule(rule, 'p');
        expect(await selected(compiled)).toEqual(expected);
        // Two-valued: the negation is the exact complement (no row lost to NULL).
        expect(await selected(sql`NOT ${compiled}`)).toEqual(all.filter((id) => !expected.includes(id)));
      }),
      { numRuns: 100 },
    );
  });

  it('runs over the enterprise profile relation: every catalogue column is there, and SQL = JS', async () => {
    const rule: Rule = {
      any: [
        ...attributeList.map((a) => ({ attr: a.key, op: 'exists' as const })),
        { not: { attr: 'registeredCapitalWan', op: 'gte', value: 100 } },
      ],
    };
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM ${enterpriseProfiles()} p WHERE ${compileRule(rule, 'p')} ORDER BY id`,
    );
    const everyone = await queryRows<Record<string, unknown>>(
      db,
      sql`SELECT * FROM ${enterpriseProfiles()} p`,
    );
    const eligible = everyone.filter((row) => evaluateRule(rule, profileFromRow(row)).eligible);
    expect(rows.map((r) => Number(r.id))).toEqual(eligible.map((r) => Number(r.id)).sort((a, b) => a - b));
  });
});
