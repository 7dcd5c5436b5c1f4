import type { Executor } from '../../core/db/db.js';
import { pipelineStages, pipelines, pipelineTransitions, stageActions } from './tables.js';

type StageSpec = {
  code: string;
  zh: string;
  en: string;
  outcome: 'open' | 'signed' | 'lost';
  requiresAmount?: boolean;
  requiresReason?: boolean;
};

type ActionSpec = {
  stage: string;
  action: 'notify_officer' | 'notify_admins' | 'follow_up_task';
  zh: string;
  en: string;
  dueInDays?: number;
};

type PipelineSpec = { code: string; zh: string; en: string; stages: StageSpec[]; actions: ActionSpec[] };

/**
 * The pipelines a new installation starts with (product configuration, not facts from the documents).
 * Moves allowed: one stage forward, one stage back while open, to lost from any open stage, and from lost
 * back to the first stage (a project revived).
 */
export const defaultPipelines: PipelineSpec[] = [
  {
    code: 'investment',
    zh: '招商项目',
    en: 'Investment projects',
    stages: [
      { code: 'contacted', zh: '初步接洽', en: 'Contacted', outcome: 'open' },
      { code: 'site_visit', zh: '实地考察', en: 'Site visit', outcome: 'open' },
      { code: 'negotiating', zh: '洽谈中', en: 'Negotiating', outcome: 'open' },
      { code: 'signed', zh: '已签约', en: 'Signed', outcome: 'signed', requiresAmount: true },
      { code: 'registered', zh: '已注册', en: 'Registered', outcome: 'signed' },
      { code: 'under_construction', zh: '在建', en: 'Under construction', outcome: 'signed' },
      { code: 'operating', zh: '投产运营', en: 'Operating', outcome: 'signed' },
      { code: 'lost', zh: '已流失', en: 'Lost', outcome: 'lost', requiresReason: true },
    ],
    actions: [
      {
        stage: 'site_visit',
        action: 'follow_up_task',
        zh: '考察后跟进：{project}',
        en: 'Follow up the site visit: {project}',
        dueInDays: 3,
      },
      {
        stage: 'signed',
        action: 'notify_admins',
        zh: '项目已签约：{project}',
        en: 'Project signed: {project}',
      },
      { stage: 'lost', action: 'notify_admins', zh: '项目已流失：{project}', en: 'Project lost: {project}' },
    ],
  },
  {
    code: 'leasing',
    zh: '租赁洽谈',
    en: 'Leasing deals',
    stages: [
      { code: 'enquiry', zh: '咨询', en: 'Enquiry', outcome: 'open' },
      { code: 'viewing', zh: '看房', en: 'Viewing', outcome: 'open' },
      { code: 'offer', zh: '报价', en: 'Offer', outcome: 'open' },
      {
        code: 'contract_signed',
        zh: '已签租约',
        en: 'Lease signed',
        outcome: 'signed',
        requiresAmount: true,
      },
      { code: 'moved_in', zh: '已入驻', en: 'Moved in', outcome: 'signed' },
      { code: 'lost', zh: '已流失', en: 'Lost', outcome: 'lost', requiresReason: true },
    ],
    actions: [
      {
        stage: 'contract_signed',
        action: 'follow_up_task',
        zh: '安排入驻：{project}',
        en: 'Arrange the move-in: {project}',
        dueInDays: 14,
      },
    ],
  },
];

export function transitionsOf(spec: PipelineSpec): [string, string][] {
  const moves: [string, string][] = [];
  const chain = spec.stages.filter((s) => s.outcome !== 'lost');
  const lost = spec.stages.find((s) => s.outcome === 'lost');
  chain.forEach((stage, i) => {
    const next = chain[i + 1];
    const previous = chain[i - 1];
    if (next) moves.push([stage.code, next.code]);
    if (previous && stage.outcome === 'open') moves.push([stage.code, previous.code]);
    if (lost && stage.outcome === 'open') moves.push([stage.code, lost.code]);
  });
  if (lost && chain[0]) moves.push([lost.code, chain[0].code]);
  return moves;
}

/** Creates the default pipelines where missing; a zone's own edits to them are kept (idempotent). */
export async function ensureDefaultPipelines(db: Executor): Promise<void> {
  for (const spec of defaultPipelines) {
    const [created] = await db
      .insert(pipelines)
      .values({ code: spec.code, nameZh: spec.zh, nameEn: spec.en })
      .onConflictDoNothing()
      .returning({ code: pipelines.code });
    if (!created) continue;
    await db.insert(pipelineStages).values(
      spec.stages.map((s, position) => ({
        pipelineCode: spec.code,
        code: s.code,
        nameZh: s.zh,
        nameEn: s.en,
        position,
        outcome: s.outcome,
        requiresAmount: s.requiresAmount ?? false,
        requiresReason: s.requiresReason ?? false,
      })),
    );
    if (spec.actions.length > 0) {
      await db.insert(stageActions).values(
        spec.actions.map((a) => ({
          pipelineCode: spec.code,
          stageCode: a.stage,
          action: a.action,
          titleZh: a.zh,
          titleEn: a.en,
          dueInDays: a.dueInDays ?? null,
        })),
      );
    }
    await db
      .insert(pipelineTransitions)
      .values(
        transitionsOf(spec).map(([fromStage, toStage]) => ({ pipelineCode: spec.code, fromStage, toStage })),
      )
      .onConflictDoNothing();
  }
}
