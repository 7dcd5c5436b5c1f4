import { describe, expect, it } from 'vitest';
import type { PipelineDefinition } from '../pipeline/use-pipeline';
import {
  newStage,
  placeErrors,
  removeStage,
  type StageDraft,
  shiftStage,
  toBody,
  toDraft,
  toggleMove,
} from './pipeline-draft';

const definition: PipelineDefinition = {
  code: 'incubator',
  nameZh: '孵化器入驻',
  nameEn: 'Incubator intake',
  stages: [
    {
      code: 'applied',
      nameZh: '已申请',
      nameEn: 'Applied',
      outcome: 'open',
      requiresAmount: false,
      requiresReason: false,
      next: ['reviewed', 'dropped'],
      projects: 2,
    },
    {
      code: 'reviewed',
      nameZh: '已评审',
      nameEn: 'Reviewed',
      outcome: 'open',
      requiresAmount: false,
      requiresReason: false,
      next: ['applied'],
      projects: 0,
    },
    {
      code: 'dropped',
      nameZh: '已放弃',
      nameEn: 'Dropped',
      outcome: 'lost',
      requiresAmount: false,
      requiresReason: true,
      next: [],
      projects: 0,
    },
  ],
  actions: [
    { stage: 'reviewed', action: 'follow_up_task', titleZh: '回访', titleEn: 'Call back', dueInDays: 5 },
  ],
};

const words = {
  stage: (s: StageDraft) => s.nameZh || s.code,
  move: (from: string, to: string, message: string) => `${from} → ${to}: ${message}`,
};

describe('the pipeline editor’s draft', () => {
  it('sends back what it read, projects counts aside', () => {
    const { projects: _a, ...applied } = definition.stages[0]!;
    expect(toBody(toDraft(definition)).stages[0]).toEqual(applied);
    expect(toBody(toDraft(definition)).actions).toEqual(definition.actions);
  });

  it('keeps moves and actions with their stages through reordering, and drops them with a removed stage', () => {
    let draft = toDraft(definition);
    draft = shiftStage(draft, 1, -1);
    expect(toBody(draft).stages.map((s) => [s.code, s.next])).toEqual([
      ['reviewed', ['applied']],
      ['applied', ['reviewed', 'dropped']],
      ['dropped', []],
    ]);
    const reviewed = draft.stages[0]!;
    draft = toggleMove(draft, draft.stages[2]!.id, reviewed.id, true);
    expect(toBody(draft).stages[2]?.next).toEqual(['reviewed']);
    draft = removeStage(draft, reviewed.id);
    expect(toBody(draft).stages.map((s) => [s.code, s.next])).toEqual([
      ['applied', ['dropped']],
      ['dropped', []],
    ]);
    expect(draft.actions).toEqual([]);
  });

  it('sends no due date for a notice', () => {
    const draft = toDraft(definition);
    draft.actions[0]!.action = 'notify_admins';
    expect(toBody(draft).actions?.[0]?.dueInDays).toBeNull();
  });

  it('puts the server’s field errors at the row that was sent at that place', () => {
    const draft = toDraft(definition);
    draft.stages.push({ ...newStage(), code: 'applied' });
    const placed = placeErrors(
      draft,
      [
        { path: 'stages.3.code', message: '已有阶段使用此编码' },
        { path: 'stages.1.next.0', message: '阶段不能转到自身' },
        { path: 'actions.0.dueInDays', message: '必填项不能为空' },
        { path: 'nameEn', message: 'Required' },
        { path: 'stages', message: '至少 1 项' },
        { path: 'actions.7.stage', message: '?' },
      ],
      words,
    );
    expect(placed.byField).toEqual({
      [`stage:${draft.stages[3]!.id}:code`]: ['已有阶段使用此编码'],
      [`moves:${draft.stages[1]!.id}`]: ['已评审 → 已申请: 阶段不能转到自身'],
      [`action:${draft.actions[0]!.id}:dueInDays`]: ['必填项不能为空'],
      nameEn: ['Required'],
      stages: ['至少 1 项'],
    });
    expect(placed.unplaced).toEqual(['?']);
  });
});
