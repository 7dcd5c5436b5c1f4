import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { auditLog } from '../../core/audit/tables.js';

let app: FastifyInstance;
let admin: Client;
let officer: Client;

type Stage = {
  code: string;
  nameZh: string;
  nameEn: string;
  outcome: 'open' | 'signed' | 'lost';
  requiresAmount: boolean;
  requiresReason: boolean;
  next: string[];
  projects?: number;
};
type Action = {
  stage: string;
  action: 'notify_officer' | 'notify_admins' | 'follow_up_task';
  titleZh: string;
  titleEn: string;
  dueInDays: number | null;
};
type Definition = { code?: string; nameZh: string; nameEn: string; stages: Stage[]; actions: Action[] };
type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

/** A pipeline code of this run: unique() joins with '-', which codes do not allow. */
const newCode = () => unique('pl').replaceAll('-', '_');

const stage = (code: string, nameZh: string, outcome: Stage['outcome'], next: string[]): Stage => ({
  code,
  nameZh,
  nameEn: code,
  outcome,
  requiresAmount: outcome === 'signed',
  requiresReason: outcome === 'lost',
  next,
});

/** Office leasing for a park's incubator: three working stages and lost, a task and a notice. */
function incubatorPipeline(): Definition {
  return {
    nameZh: '孵化器入驻',
    nameEn: 'Incubator intake',
    stages: [
      stage('applied', '已申请', 'open', ['reviewed', 'dropped']),
      stage('reviewed', '已评审', 'open', ['admitted', 'applied', 'dropped']),
      stage('admitted', '已入孵', 'signed', []),
      stage('dropped', '已放弃', 'lost', ['applied']),
    ],
    actions: [
      {
        stage: 'reviewed',
        action: 'follow_up_task',
        titleZh: '评审后回访：{project}',
        titleEn: 'Call back after the review: {project}',
        dueInDays: 5,
      },
      {
        stage: 'admitted',
        action: 'notify_officer',
        titleZh: '已入孵：{project}',
        titleEn: 'Admitted: {project}',
        dueInDays: null,
      },
    ],
  };
}

function put(client: Client, code: string, payload: unknown, lang = 'zh-CN') {
  return client.request({
    method: 'PUT',
    url: `/api/pipelines/${code}`,
    payload: payload as Record<string, unknown>,
    headers: { 'accept-language': lang },
  });
}

async function listed(code: string): Promise<Definition | undefined> {
  const res = await officer.request({ url: '/api/pipelines' });
  expect(res.statusCode).toBe(200);
  return (res.json() as { items: Definition[] }).items.find((p) => p.code === code);
}

async function createPipeline(definition = incubatorPipeline()): Promise<string> {
  const code = newCode();
  const res = await put(admin, code, definition);
  expect(res.statusCode, res.body).toBe(201);
  return code;
}

async function newProject(pipeline: string): Promise<{ id: number; stageCode: string }> {
  const res = await officer.request({
    method: 'POST',
    url: '/api/projects',
    payload: { pipeline, name: unique('入孵项目'), companyName: unique('孵化企业') },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; stageCode: string };
}

function move(id: number, payload: Record<string, unknown>) {
  return officer.request({ method: 'POST', url: `/api/projects/${id}/stage`, payload });
}

beforeAll(async () => {
  app = await testApp();
  admin = await signedInClient('admin');
  officer = await signedInClient('officer');
});

describe('a pipeline defined as data', () => {
  it('is created by an administrator, listed for staff, and its projects follow its rules', async () => {
    const code = await createPipeline();
    const definition = await listed(code);
    expect(definition).toMatchObject({
      nameZh: '孵化器入驻',
      stages: [
        { code: 'applied', next: ['reviewed', 'dropped'], projects: 0 },
        { code: 'reviewed', next: ['applied', 'admitted', 'dropped'] },
        { code: 'admitted', outcome: 'signed', requiresAmount: true, next: [] },
        { code: 'dropped', outcome: 'lost', next: ['applied'] },
      ],
    });
    expect((await app.inject({ url: '/api/pipelines' })).statusCode).toBe(401);

    const project = await newProject(code);
    expect(project.stageCode).toBe('applied');
    const illegal = await move(project.id, { to: 'admitted', signedAmountWan: 100 });
    expect(illegal.statusCode).toBe(409);
    expect((illegal.json() as ErrorBody).error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: '不能从“已申请”直接转到“已入孵”。可转到：已评审、已放弃',
    });
    expect((await move(project.id, { to: 'reviewed' })).statusCode).toBe(200);
    expect((await move(project.id, { to: 'admitted' })).statusCode).toBe(400);
    const signed = await move(project.id, { to: 'admitted', signedAmountWan: 320 });
    expect(signed.json()).toMatchObject({ stageCode: 'admitted', signedAmountWan: '320.00' });

    expect((await listed(code))?.stages.map((s) => s.projects)).toEqual([0, 0, 1, 0]);
  });

  it('sets off the actions configured for a stage when a project enters it', async () => {
    const code = await createPipeline();
    const project = await newProject(code);
    const name = ((await officer.request({ url: `/api/projects/${project.id}` })).json() as { name: string })
      .name;
    await move(project.id, { to: 'reviewed' });

    const tasks = (await officer.request({ url: '/api/tasks' })).json() as {
      items: { projectId: number; titleZh: string; dueOn: string }[];
    };
    const task = tasks.items.find((t) => t.projectId === project.id);
    expect(task?.titleZh).toBe(`评审后回访：${name}`);
    const inFiveDays = new Date(Date.now() + 8 * 3_600_000 + 5 * 86_400_000).toISOString().slice(0, 10);
    // The database's date and the test's may straddle midnight: a day either way.
    expect(Math.abs(Date.parse(task!.dueOn) - Date.parse(inFiveDays))).toBeLessThanOrEqual(86_400_000);

    await move(project.id, { to: 'admitted', signedAmountWan: 80 });
    const inbox = (
      await officer.request({ url: '/api/inbox', headers: { 'accept-language': 'en' } })
    ).json() as { items: { title: string; link: string | null }[] };
    expect(inbox.items.find((n) => n.title === `Admitted: ${name}`)?.link).toBe(
      `/workbench/pipeline?pipeline=${code}`,
    );
  });

  it('renames the pipeline and its stages and reorders them, keeping the projects where they are', async () => {
    const code = await createPipeline();
    const project = await newProject(code);
    await move(project.id, { to: 'reviewed' });
    const edited = incubatorPipeline();
    edited.nameZh = '孵化器入驻（二期）';
    edited.nameEn = 'Incubator intake, phase 2';
    edited.stages[1]!.nameZh = '专家评审';
    edited.stages[1]!.nameEn = 'Expert review';
    edited.actions[0]!.titleEn = 'Phone after the expert review: {project}';
    // The lost stage first among the later ones: order is the board's order.
    edited.stages = [edited.stages[0]!, edited.stages[1]!, edited.stages[3]!, edited.stages[2]!];
    const res = await put(admin, code, edited);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      nameZh: '孵化器入驻（二期）',
      stages: [
        { code: 'applied' },
        { code: 'reviewed', nameZh: '专家评审', projects: 1 },
        { code: 'dropped' },
        {},
      ],
      actions: [{ titleEn: 'Phone after the expert review: {project}' }, {}],
    });
    const pipeline = (await officer.request({ url: `/api/pipelines/${code}` })).json() as Definition;
    expect(pipeline.nameEn).toBe('Incubator intake, phase 2');
    expect(pipeline.stages.map((s) => s.code)).toEqual(['applied', 'reviewed', 'dropped', 'admitted']);
    expect(pipeline.stages[1]?.next).toEqual(['applied', 'dropped', 'admitted']);
    const board = (await officer.request({ url: `/api/pipelines/${code}/board` })).json() as {
      columns: { stage: { nameZh: string }; projects: { id: number }[] }[];
    };
    expect(board.columns[1]?.stage.nameZh).toBe('专家评审');
    expect(board.columns[1]?.projects.map((p) => p.id)).toEqual([project.id]);

    const { db } = await testDatabase();
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'pipeline'), eq(auditLog.entityId, code)));
    expect(audits.map((a) => a.action).sort()).toEqual(['pipeline.create', 'pipeline.update']);
    const update = audits.find((a) => a.action === 'pipeline.update')!;
    expect(update.actorUserId).toBe(admin.userId);
    expect(update.before).toMatchObject({ nameZh: '孵化器入驻', stages: [{}, { nameZh: '已评审' }, {}, {}] });
    expect(update.after).toMatchObject({
      nameZh: '孵化器入驻（二期）',
      stages: [{}, { nameZh: '专家评审' }, {}, {}],
    });
  });

  it('reads back what it was sent: GET → PUT → GET leaves every pipeline as it was', async () => {
    const code = await createPipeline();
    for (const pipelineCode of [code, 'investment', 'leasing']) {
      const before = await listed(pipelineCode);
      expect(before).toBeDefined();
      const res = await put(admin, pipelineCode, before);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual(before);
      expect(await listed(pipelineCode)).toEqual(before);
    }
  });
});

describe('what a definition must satisfy', () => {
  type Case = [string, (d: Definition) => void, string];
  const cases: Case[] = [
    [
      'a stage code of the wrong form',
      (d) => {
        d.stages[1]!.code = 'Reviewed-1';
      },
      'stages.1.code',
    ],
    [
      'two stages with one code',
      (d) => {
        d.stages.push({ ...d.stages[3]!, nameZh: '再次放弃' });
      },
      'stages.4.code',
    ],
    [
      'a first stage that is not open',
      (d) => {
        d.stages[0]!.outcome = 'lost';
      },
      'stages.0.outcome',
    ],
    [
      'a move to a stage the pipeline lacks',
      (d) => {
        d.stages[0]!.next = ['reviewed', 'nowhere'];
      },
      'stages.0.next.1',
    ],
    [
      'a move to the same stage',
      (d) => {
        d.stages[1]!.next = ['reviewed'];
      },
      'stages.1.next.0',
    ],
    [
      'a signed stage entered from an open one without asking the amount',
      (d) => {
        d.stages[2]!.requiresAmount = false;
      },
      'stages.2.requiresAmount',
    ],
    [
      'an action on a stage the pipeline lacks',
      (d) => {
        d.actions[0]!.stage = 'nowhere';
      },
      'actions.0.stage',
    ],
    [
      'the same action twice on a stage',
      (d) => {
        d.actions[1] = { ...d.actions[0]! };
      },
      'actions.1.action',
    ],
    [
      'a follow-up task without a due date',
      (d) => {
        d.actions[0]!.dueInDays = null;
      },
      'actions.0.dueInDays',
    ],
    [
      'a task due in more than a year',
      (d) => {
        d.actions[0]!.dueInDays = 400;
      },
      'actions.0.dueInDays',
    ],
    [
      'an empty name',
      (d) => {
        d.stages[3]!.nameEn = ' ';
      },
      'stages.3.nameEn',
    ],
  ];

  it.each(cases)('refuses %s, at the field', async (_, spoil, path) => {
    const code = newCode();
    const definition = incubatorPipeline();
    spoil(definition);
    const res = await put(admin, code, definition);
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.map((f) => f.path)).toEqual([path]);
    expect(body.error.fields[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    // Nothing of a refused definition is kept.
    expect((await officer.request({ url: `/api/pipelines/${code}` })).statusCode).toBe(404);
  });

  it('says what is wrong in English for an English reader', async () => {
    const definition = incubatorPipeline();
    definition.stages[0]!.outcome = 'lost';
    const res = await put(admin, newCode(), definition, 'en');
    expect((res.json() as ErrorBody).error.fields).toEqual([
      {
        path: 'stages.0.outcome',
        message: 'The first stage must be an open stage (new projects start there)',
      },
    ]);
  });

  it('refuses a pipeline code of the wrong form', async () => {
    const res = await put(admin, 'Bad-Code', incubatorPipeline());
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.fields.map((f) => f.path)).toEqual(['code']);
  });

  it('keeps a stage that still has projects, naming it and the count (409)', async () => {
    const code = await createPipeline();
    await newProject(code);
    await newProject(code);
    const without = incubatorPipeline();
    without.stages = without.stages
      .slice(1)
      .map((s) => ({ ...s, next: s.next.filter((n) => n !== 'applied') }));
    without.stages[2]!.next = ['reviewed'];
    const zh = await put(admin, code, without);
    expect(zh.statusCode).toBe(409);
    expect((zh.json() as ErrorBody).error).toMatchObject({
      code: 'CONFLICT',
      message: '数据冲突：阶段“已申请”（applied）仍有 2 个项目，不能删除',
    });
    const en = await put(admin, code, without, 'en');
    expect((en.json() as ErrorBody).error.message).toBe(
      'Conflict: stage “applied” (applied) still has 2 project(s) and cannot be removed',
    );
    expect((await listed(code))?.stages.map((s) => s.code)).toEqual([
      'applied',
      'reviewed',
      'admitted',
      'dropped',
    ]);

    // A stage nobody is in can go.
    const noDropped = incubatorPipeline();
    noDropped.stages = noDropped.stages
      .filter((s) => s.code !== 'dropped')
      .map((s) => ({ ...s, next: s.next.filter((n) => n !== 'dropped') }));
    expect((await put(admin, code, noDropped)).statusCode).toBe(200);
    expect((await listed(code))?.stages.map((s) => s.code)).toEqual(['applied', 'reviewed', 'admitted']);
  });

  it('is for administrators only: an officer gets 403 and nothing changes', async () => {
    const code = newCode();
    const res = await put(officer, code, incubatorPipeline());
    expect(res.statusCode).toBe(403);
    expect(await listed(code)).toBeUndefined();
  });
});
