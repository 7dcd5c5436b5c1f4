import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { pipelineKeys } from '../pipeline/use-pipeline';

export type LeadListQuery = NonNullable<paths['/api/leads']['get']['parameters']['query']>;
export type LeadStatus = NonNullable<LeadListQuery['status']>;
export type FollowUpCreate =
  paths['/api/leads/{id}/follow-ups']['post']['requestBody']['content']['application/json'];
export type FollowUpKind = FollowUpCreate['kind'];

export const leadStatuses = [
  'new',
  'contacted',
  'qualified',
  'closed',
] as const satisfies readonly LeadStatus[];
export const followUpKinds = [
  'call',
  'visit',
  'meeting',
  'email',
  'other',
] as const satisfies readonly FollowUpKind[];

/** Rows per page of the leads table (the API pages with limit and offset). */
export const LEADS_PAGE_SIZE = 20;

/** What the leads table shows, as the URL keeps it. */
export type LeadFilters = { status?: LeadStatus; mine?: boolean; overdue?: boolean; page?: number };

export function toLeadListQuery(filters: LeadFilters): LeadListQuery {
  const page = filters.page ?? 1;
  return {
    status: filters.status,
    mine: filters.mine ? 'true' : undefined,
    overdue: filters.overdue ? 'true' : undefined,
    limit: LEADS_PAGE_SIZE,
    offset: (page - 1) * LEADS_PAGE_SIZE,
  };
}

function fetchLeads(query: LeadListQuery) {
  return unwrap(api.GET('/api/leads', { params: { query } }));
}

function fetchLead(id: number) {
  return unwrap(api.GET('/api/leads/{id}', { params: { path: { id } } }));
}

export type LeadPage = Awaited<ReturnType<typeof fetchLeads>>;
export type LeadRow = LeadPage['items'][number];
export type LeadDetail = Awaited<ReturnType<typeof fetchLead>>;
export type FollowUp = LeadDetail['followUps'][number];
export type TimelineEvent = LeadDetail['timeline_events'][number];

// Under the pipeline's 'leads' prefix: whatever refreshes the board's leads refreshes these too.
export const leadKeys = {
  list: (query: LeadListQuery) => [...pipelineKeys.leads, 'list', query] as const,
  detail: (id: number) => [...pipelineKeys.leads, 'detail', id] as const,
};

export function leadsQuery(filters: LeadFilters) {
  const query = toLeadListQuery(filters);
  return queryOptions({ queryKey: leadKeys.list(query), queryFn: () => fetchLeads(query) });
}

export function leadQuery(id: number) {
  return queryOptions({ queryKey: leadKeys.detail(id), queryFn: () => fetchLead(id) });
}

/** The full phone and e-mail (the lead's officer and administrators); the view lands on the timeline. */
export function useRevealLeadContact(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/leads/{id}/contact', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadKeys.detail(id) }),
  });
}

/** Logs a follow-up; the first marks a new lead contacted, so every list of leads is refreshed. */
export function useAddFollowUp(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowUpCreate) =>
      unwrap(api.POST('/api/leads/{id}/follow-ups', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.leads }),
  });
}

export type LeadClose = paths['/api/leads/{id}/close']['post']['requestBody']['content']['application/json'];
export type LeadCloseReason = LeadClose['reason'];
export const leadCloseReasons = [
  'no_response',
  'not_qualified',
  'no_suitable_space',
  'chose_elsewhere',
  'duplicate',
  'other',
] as const satisfies readonly LeadCloseReason[];

/** Closes a lead with its reason: it leaves the open lists, so every list of leads is refreshed. */
export function useCloseLead(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LeadClose) =>
      unwrap(api.POST('/api/leads/{id}/close', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.leads }),
  });
}

export function useReopenLead(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/leads/{id}/reopen', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.leads }),
  });
}
