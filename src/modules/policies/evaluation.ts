import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Principal } from '../../core/auth/roles.js';
import type { Executor } from '../../core/db/db.js';
import { AppError } from '../../core/errors/index.js';
import { enterpriseMembers } from '../enterprises/tables.js';
import {
  codeLabels,
  type EvaluablePolicy,
  enterpriseParkId,
  enterpriseProfile,
  evaluatePolicies,
  mergeProfile,
  policiesInForce,
  today,
} from './calculator.js';
import type { Profile } from './rules/index.js';
import type { evaluateBody, policyTestBody } from './schema.js';

/**
 * Whose registry figures a caller may put through the calculator: the zone's staff any enterprise's, a
 * park manager those of their parks, an enterprise user their own. Anyone may describe an enterprise.
 */
async function assertMayEvaluate(db: Executor, principal: Principal | null, enterpriseId: number) {
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (principal.role === 'admin' || principal.role === 'officer') return;
  if (principal.role === 'park_manager') {
    const parkId = await enterpriseParkId(db, enterpriseId);
    if (parkId !== undefined && parkId !== null && principal.parkIds.includes(parkId)) return;
  }
  if (principal.role === 'enterprise') {
    const [member] = await db
      .select()
      .from(enterpriseMembers)
      .where(
        and(eq(enterpriseMembers.userId, principal.userId), eq(enterpriseMembers.enterpriseId, enterpriseId)),
      );
    if (member) return;
  }
  throw new AppError('FORBIDDEN');
}

/** The profile to evaluate: a registered enterprise's (with the values given on top), or the one given. */
async function subjectOf(
  db: Executor,
  principal: Principal | null,
  input: { enterpriseId?: number; profile?: Profile },
) {
  if (input.enterpriseId === undefined) return { enterprise: null, profile: input.profile ?? {} };
  await assertMayEvaluate(db, principal, input.enterpriseId);
  const registered = await enterpriseProfile(db, input.enterpriseId);
  return { enterprise: registered.enterprise, profile: mergeProfile(registered.profile, input.profile) };
}

async function evaluateAgainst(
  db: Executor,
  list: EvaluablePolicy[],
  subject: { enterprise: { id: number; nameZh: string } | null; profile: Profile },
) {
  const evaluated = evaluatePolicies(list, subject.profile, await codeLabels(db));
  return { asOf: today(), ...subject, ...evaluated };
}

/** The calculator: every policy in force against the profile, explained. */
export async function evaluateForCaller(
  db: Executor,
  principal: Principal | null,
  body: z.output<typeof evaluateBody>,
) {
  const [subject, list] = await Promise.all([subjectOf(db, principal, body), policiesInForce(db)]);
  return evaluateAgainst(db, list, subject);
}

/** The editor's live test: a draft's rule, zones and benefits, not yet saved, against a profile. */
export async function testDraftPolicy(
  db: Executor,
  principal: Principal,
  body: z.output<typeof policyTestBody>,
) {
  const subject = await subjectOf(db, principal, body);
  const draft: EvaluablePolicy = {
    id: 0,
    code: 'draft',
    titleZh: '草稿',
    titleEn: 'Draft',
    issuerZh: '',
    issuerEn: '',
    level: 'zone',
    docNumber: null,
    source: 'draft',
    isDemo: false,
    rule: body.rule,
    zones: body.zones,
    benefits: body.benefits,
  };
  return evaluateAgainst(db, [draft], subject);
}
