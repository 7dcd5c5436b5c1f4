import { z } from 'zod';
import { type PolicyListRequest, policyLevels, policyStatuses } from './policy-types';

/** Policies per page of the library. */
export const POLICIES_PAGE_SIZE = 20;

// Each field of a shared or hand-edited link is checked on its own and dropped when invalid.
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** The library's URL, in the API's own names; defaults are left out. */
export const policySearchSchema = z.object({
  q: optional(z.string().max(100)),
  level: optional(z.enum(policyLevels)),
  zone: optional(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)),
  inForce: optional(z.enum(['true', 'false'])),
  status: optional(z.enum(policyStatuses)),
  page: optional(z.coerce.number().int().positive()),
});

export type PolicySearch = z.output<typeof policySearchSchema>;

/** The request of the page on screen; `status` only for staff (the API shows others no drafts anyway). */
export function toPolicyListQuery(search: PolicySearch, staff: boolean): PolicyListRequest {
  const page = search.page ?? 1;
  const q = search.q?.trim();
  return {
    q: q || undefined,
    level: search.level,
    zone: search.zone,
    inForce: search.inForce,
    status: staff ? search.status : undefined,
    limit: POLICIES_PAGE_SIZE,
    offset: (page - 1) * POLICIES_PAGE_SIZE,
  };
}

export function hasPolicyFilters(search: PolicySearch): boolean {
  const { page: _page, ...filters } = search;
  return Object.values(filters).some((value) => value !== undefined);
}

/** The calculator's URL: the policy to show first (the 免申即享 notice links here) and an enterprise. */
export const calculatorSearchSchema = z.object({
  policy: optional(z.coerce.number().int().positive()),
  enterprise: optional(z.coerce.number().int().positive()),
});

export type CalculatorSearch = z.output<typeof calculatorSearchSchema>;
