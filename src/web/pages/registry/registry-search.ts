import { z } from 'zod';
import type { paths } from '../../api/schema';

export type RegistryRequest = NonNullable<paths['/api/registry/enterprises']['get']['parameters']['query']>;
export type RegistryStatus = NonNullable<RegistryRequest['status']>;
export type RegistryFlag = 'mahHolder' | 'taiwanFunded' | 'leading' | 'backbone' | 'highTech';

export const registryStatuses = [
  'target',
  'in_contact',
  'settled',
  'left',
] as const satisfies readonly RegistryStatus[];
export const registryFlags = ['mahHolder', 'taiwanFunded', 'leading', 'backbone', 'highTech'] as const;

export const REGISTRY_PAGE_SIZE = 20;

// Each field of a link (from the dashboard, the chain map or a colleague) is checked on its own and dropped
// when invalid, so a stale link still opens the list with the filters that make sense.
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}
const id = z.coerce.number().int().positive();

/**
 * The list's URL: exactly the API's query names (agreed with the dashboard and the chain map, which link
 * here), so that the page, its request and its export read alike. Defaults are left out.
 */
export const registrySearchSchema = z.object({
  q: optional(z.string().max(100)),
  status: optional(z.enum(registryStatuses)),
  zoneId: optional(id),
  blockId: optional(id),
  parkId: optional(id),
  directionCode: optional(z.string().min(1).max(64)),
  chainLinkCode: optional(z.string().min(1).max(64)),
  divisionCode: optional(z.coerce.string().regex(/^\d{6}$/)),
  flag: optional(z.string().regex(/^[a-zA-Z]+(,[a-zA-Z]+)*$/)),
  year: optional(z.coerce.number().int().min(1949).max(2100)),
  sort: optional(z.enum(['revenue', 'name'])),
  page: optional(z.coerce.number().int().positive()),
  pageSize: optional(z.coerce.number().int().min(1).max(200)),
});
export type RegistrySearch = z.output<typeof registrySearchSchema>;

export function splitFlags(flag: string | undefined): RegistryFlag[] {
  return (flag ?? '')
    .split(',')
    .filter((f): f is RegistryFlag => (registryFlags as readonly string[]).includes(f));
}

/** The filters in the API's terms, without paging (the export takes these as they are). */
export function toRegistryFilters(search: RegistrySearch): Omit<RegistryRequest, 'page' | 'pageSize'> {
  const flags = splitFlags(search.flag);
  return {
    q: search.q?.trim() || undefined,
    status: search.status,
    zoneId: search.zoneId,
    blockId: search.blockId,
    parkId: search.parkId,
    directionCode: search.directionCode,
    chainLinkCode: search.chainLinkCode,
    divisionCode: search.divisionCode,
    flag: flags.length > 0 ? (flags.join(',') as unknown as RegistryRequest['flag']) : undefined,
    year: search.year,
    sort: search.sort,
  };
}

export function toRegistryRequest(search: RegistrySearch): RegistryRequest {
  return {
    ...toRegistryFilters(search),
    page: search.page ?? 1,
    pageSize: search.pageSize ?? REGISTRY_PAGE_SIZE,
  };
}

/** The export link: the same filters as the list shows. */
export function registryExportHref(search: RegistrySearch): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toRegistryFilters(search))) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return `/api/registry/export.xlsx${query ? `?${query}` : ''}`;
}
