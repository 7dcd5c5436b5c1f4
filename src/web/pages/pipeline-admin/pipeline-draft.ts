import type { paths } from '../../api/schema';
import type { PipelineDefinition } from '../pipeline/use-pipeline';

/** What PUT /api/pipelines/{code} takes: the definition as GET /api/pipelines reads it. */
export type PipelineBody =
  paths['/api/pipelines/{code}']['put']['requestBody']['content']['application/json'];
export type Outcome = PipelineDefinition['stages'][number]['outcome'];
export type ActionKind = PipelineDefinition['actions'][number]['action'];

export const outcomes = ['open', 'signed', 'lost'] as const satisfies readonly Outcome[];
export const actionKinds = [
  'notify_officer',
  'notify_admins',
  'follow_up_task',
] as const satisfies readonly ActionKind[];

/**
 * A stage as the editor holds it. Rows have an id of their own, so that the moves and the actions follow a
 * stage through reordering and through edits of a new stage's code.
 */
export type StageDraft = {
  id: string;
  /** Saved stages keep their code: projects and their history refer to it. */
  saved: boolean;
  projects: number;
  code: string;
  nameZh: string;
  nameEn: string;
  outcome: Outcome;
  requiresAmount: boolean;
  requiresReason: boolean;
};

export type ActionDraft = {
  id: string;
  stageId: string | null;
  action: ActionKind;
  titleZh: string;
  titleEn: string;
  dueInDays: number | null;
};

export type Draft = {
  isNew: boolean;
  code: string;
  nameZh: string;
  nameEn: string;
  stages: StageDraft[];
  /** Allowed moves as `fromId>toId`. */
  moves: string[];
  actions: ActionDraft[];
};

let lastId = 0;
function nextId(prefix: string): string {
  lastId += 1;
  return `${prefix}${lastId}`;
}

export const moveKey = (fromId: string, toId: string) => `${fromId}>${toId}`;

export function emptyDraft(): Draft {
  return { isNew: true, code: '', nameZh: '', nameEn: '', stages: [], moves: [], actions: [] };
}

export function toDraft(definition: PipelineDefinition): Draft {
  const stages = definition.stages.map((s) => ({
    id: nextId('s'),
    saved: true,
    projects: s.projects,
    code: s.code,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    outcome: s.outcome,
    requiresAmount: s.requiresAmount,
    requiresReason: s.requiresReason,
  }));
  const idOf = new Map(stages.map((s) => [s.code, s.id]));
  return {
    isNew: false,
    code: definition.code,
    nameZh: definition.nameZh,
    nameEn: definition.nameEn,
    stages,
    moves: definition.stages.flatMap((s) =>
      s.next.flatMap((to) => {
        const from = idOf.get(s.code);
        const target = idOf.get(to);
        return from && target ? [moveKey(from, target)] : [];
      }),
    ),
    actions: definition.actions.map((a) => ({
      id: nextId('a'),
      stageId: idOf.get(a.stage) ?? null,
      action: a.action,
      titleZh: a.titleZh,
      titleEn: a.titleEn,
      dueInDays: a.dueInDays,
    })),
  };
}

/** The body to send: moves as each stage's `next`, in board order, like the API reads them. */
export function toBody(draft: Draft): PipelineBody {
  const codeOf = new Map(draft.stages.map((s) => [s.id, s.code]));
  const moves = new Set(draft.moves);
  return {
    nameZh: draft.nameZh,
    nameEn: draft.nameEn,
    stages: draft.stages.map((s) => ({
      code: s.code,
      nameZh: s.nameZh,
      nameEn: s.nameEn,
      outcome: s.outcome,
      requiresAmount: s.requiresAmount,
      requiresReason: s.requiresReason,
      next: draft.stages.filter((to) => moves.has(moveKey(s.id, to.id))).map((to) => to.code),
    })),
    actions: draft.actions.map((a) => ({
      stage: (a.stageId && codeOf.get(a.stageId)) || '',
      action: a.action,
      titleZh: a.titleZh,
      titleEn: a.titleEn,
      dueInDays: a.action === 'follow_up_task' ? a.dueInDays : null,
    })),
  };
}

export function newStage(): StageDraft {
  return {
    id: nextId('s'),
    saved: false,
    projects: 0,
    code: '',
    nameZh: '',
    nameEn: '',
    outcome: 'open',
    requiresAmount: false,
    requiresReason: false,
  };
}

export function newAction(stageId: string | null): ActionDraft {
  return { id: nextId('a'), stageId, action: 'notify_officer', titleZh: '', titleEn: '', dueInDays: null };
}

/** A stage moved one place up (-1) or down (+1); the ends stay where they are. */
export function shiftStage(draft: Draft, index: number, by: -1 | 1): Draft {
  const target = index + by;
  if (target < 0 || target >= draft.stages.length) return draft;
  const stages = [...draft.stages];
  [stages[index], stages[target]] = [stages[target]!, stages[index]!];
  return { ...draft, stages };
}

/** A stage removed with the moves to and from it and the actions it set off. */
export function removeStage(draft: Draft, id: string): Draft {
  return {
    ...draft,
    stages: draft.stages.filter((s) => s.id !== id),
    moves: draft.moves.filter((m) => !m.split('>').includes(id)),
    actions: draft.actions.filter((a) => a.stageId !== id),
  };
}

export function toggleMove(draft: Draft, fromId: string, toId: string, allowed: boolean): Draft {
  const key = moveKey(fromId, toId);
  const moves = draft.moves.filter((m) => m !== key);
  return { ...draft, moves: allowed ? [...moves, key] : moves };
}

/**
 * Where the server's field errors belong in the editor: `stages.2.code` → the code of the stage that was
 * third when the draft was sent (by row id, so it stays with that row), `stages.2.next.1` → the moves of
 * that stage, `actions.0.dueInDays` → that action. Anything else stays for the form's alert.
 */
export function placeErrors(
  sent: Draft,
  fields: { path: string; message: string }[],
  words: {
    stage: (stage: StageDraft) => string;
    move: (from: string, to: string, message: string) => string;
  },
): { byField: Record<string, string[]>; unplaced: string[] } {
  const byField: Record<string, string[]> = {};
  const unplaced: string[] = [];
  const add = (key: string, message: string) => {
    byField[key] = [...(byField[key] ?? []), message];
  };
  const body = toBody(sent);
  for (const { path, message } of fields) {
    const [head, index, field, nextIndex] = path.split('.');
    const stage = head === 'stages' ? sent.stages[Number(index)] : undefined;
    const action = head === 'actions' ? sent.actions[Number(index)] : undefined;
    if (['code', 'nameZh', 'nameEn', 'stages'].includes(path)) add(path, message);
    else if (stage && field === 'next') {
      const targetCode = body.stages[Number(index)]?.next?.[Number(nextIndex)];
      const target = sent.stages.find((s) => s.code === targetCode);
      const to = target ? words.stage(target) : (targetCode ?? '');
      add(`moves:${stage.id}`, words.move(words.stage(stage), to, message));
    } else if (stage && field) add(`stage:${stage.id}:${field}`, message);
    else if (action && field) add(`action:${action.id}:${field}`, message);
    else unplaced.push(message);
  }
  return { byField, unplaced };
}

/** How the editor's parts change the draft: an update, and the error keys the edit answers. */
export type DraftChange = (update: (draft: Draft) => Draft, answered?: string[]) => void;

/** What every part of the editor is given. */
export type EditorPart = {
  draft: Draft;
  change: DraftChange;
  errors: Record<string, string[]>;
  /** A stage as the reader knows it: its name in their language, else its code, else its place. */
  stageName: (stage: StageDraft) => string;
};
