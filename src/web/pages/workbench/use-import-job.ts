import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { useLanguage } from '../../app/use-language';
import type { Language } from '../../i18n/languages';
import { isFinished } from './import-files';

/** How often a running import is asked for its progress. */
export const POLL_MS = 500;
/** Rejected rows per page of the errors table (the API's errorsLimit). */
export const ERRORS_PAGE_SIZE = 20;

/**
 * Starts an import of units: POST /api/imports/units, multipart/form-data with one field `file`. The
 * generated contract declares no body for this route (requestBody: never), hence the cast; openapi-fetch
 * passes a FormData through unserialised and sets no Content-Type, so the browser writes the multipart type
 * with its boundary, and the client's middleware adds the CSRF token and the interface language.
 */
export function startUnitImport(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/imports/units', {
      params: { query: { dryRun: dryRun ? 'true' : 'false' } },
      body: form as never,
    }),
  );
}

export type ErrorsPage = { limit: number; offset: number };

export function fetchImportJob(id: number, page: ErrorsPage) {
  return unwrap(
    api.GET('/api/imports/{id}', {
      params: { path: { id }, query: { errorsLimit: page.limit, errorsOffset: page.offset } },
    }),
  );
}

export function fetchRecentImports() {
  return unwrap(api.GET('/api/imports'));
}

export type ImportJob = Awaited<ReturnType<typeof fetchImportJob>>;
export type ImportJobSummary = Awaited<ReturnType<typeof fetchRecentImports>>['items'][number];
export type ImportStatus = ImportJob['status'];
export type ImportRowError = ImportJob['errors']['items'][number];

// The language is part of the keys: the server words failures and row messages in the caller's language.
export const importKeys = {
  all: ['imports'] as const,
  recent: (language: Language) => ['imports', 'recent', language] as const,
  recentAll: ['imports', 'recent'] as const,
  job: (id: number, language: Language, page: ErrorsPage) =>
    ['imports', 'job', id, language, page.limit, page.offset] as const,
};

/**
 * One import and a page of its rejected rows, asked again every POLL_MS until it is done or has failed
 * (or the request itself fails). A finished job never changes, so its answer stays fresh.
 */
export function importJobQuery(id: number, language: Language, page: ErrorsPage) {
  return queryOptions({
    queryKey: importKeys.job(id, language, page),
    queryFn: () => fetchImportJob(id, page),
    refetchInterval: (query) => {
      if (query.state.status === 'error') return false;
      const status = query.state.data?.status;
      return status && isFinished(status) ? false : POLL_MS;
    },
    staleTime: (query) => {
      const status = query.state.data?.status;
      return status && isFinished(status) ? Number.POSITIVE_INFINITY : 0;
    },
    // Turning a page of the errors table keeps the previous page (and the summary) on screen meanwhile.
    placeholderData: keepPreviousData,
  });
}

export function recentImportsQuery(language: Language) {
  return queryOptions({
    queryKey: importKeys.recent(language),
    queryFn: fetchRecentImports,
    staleTime: 0,
    // An import started elsewhere (another tab, the CLI) may still be running: follow it, slowly.
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => !isFinished(job.status)) ? POLL_MS * 4 : false,
  });
}

/** After an import has written: everything that shows units, buildings or their roll-ups is out of date. */
function refreshInventory(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['park'] }),
    queryClient.invalidateQueries({ queryKey: queryKeys.parks }),
    queryClient.invalidateQueries({ queryKey: queryKeys.units }),
    queryClient.invalidateQueries({ queryKey: queryKeys.occupancyAll }),
    queryClient.invalidateQueries({ queryKey: queryKeys.overview }),
  ]);
}

/**
 * Follows an import. When it ends, the recent-imports list is refreshed, and after a real import (not a
 * dry run) so is every cached view of the inventory.
 */
export function useImportJob(id: number, page: ErrorsPage) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  const job = useQuery(importJobQuery(id, language, page));
  const status = job.data?.id === id ? job.data.status : undefined;
  const dryRun = job.data?.dryRun;

  useEffect(() => {
    if (!status || !isFinished(status)) return;
    void queryClient.invalidateQueries({ queryKey: importKeys.recentAll });
    if (status === 'done' && dryRun === false) void refreshInventory(queryClient);
  }, [queryClient, status, dryRun]);

  return job;
}

export function useRecentImports() {
  return useQuery(recentImportsQuery(useLanguage()));
}

export type StartImport = { file: File; dryRun: boolean };

/** Uploads a file to check (dry run) or import; the answer is the new job's id. */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: StartImport) => startUnitImport(file, dryRun),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.recentAll }),
  });
}
