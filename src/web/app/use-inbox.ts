import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useLanguage } from './use-language';

/** How often the header asks for new notices while the tab is visible. */
export const INBOX_POLL_MS = 60_000;

function fetchInbox() {
  return unwrap(api.GET('/api/inbox'));
}

export type Inbox = Awaited<ReturnType<typeof fetchInbox>>;
export type Notice = Inbox['items'][number];

export const inboxKeys = {
  /** Prefix of every inbox: a write refreshes them all. */
  all: ['inbox'] as const,
  // The user: someone signing in after another in the same tab must not see the first one's notices.
  // The language: the server words the titles in the request's language.
  of: (userId: number, language: string) => ['inbox', userId, language] as const,
};

/**
 * The signed-in user's notices, asked for again every minute; TanStack Query leaves a hidden tab alone
 * (refetchIntervalInBackground) and catches up when it is shown again.
 */
export function useInbox(userId: number) {
  const language = useLanguage();
  return useQuery({
    queryKey: inboxKeys.of(userId, language),
    queryFn: fetchInbox,
    refetchInterval: INBOX_POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}

/** Marks notices read in every cached inbox at once, so the count drops before the server has answered. */
async function markReadInCache(queryClient: QueryClient, isTarget: (notice: Notice) => boolean) {
  await queryClient.cancelQueries({ queryKey: inboxKeys.all });
  const previous = queryClient.getQueriesData<Inbox>({ queryKey: inboxKeys.all });
  queryClient.setQueriesData<Inbox>({ queryKey: inboxKeys.all }, (inbox) => {
    if (!inbox) return inbox;
    const marked = inbox.items.filter((notice) => !notice.read && isTarget(notice)).length;
    return {
      unread: Math.max(0, inbox.unread - marked),
      items: inbox.items.map((notice) => (isTarget(notice) ? { ...notice, read: true } : notice)),
    };
  });
  return previous;
}

/** Optimistic, then asks the server again whatever the outcome; a failure puts the old inbox back. */
function useInboxWrite<T>(
  write: (variables: T) => Promise<unknown>,
  isTarget: (variables: T) => (n: Notice) => boolean,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onMutate: (variables: T) => markReadInCache(queryClient, isTarget(variables)),
    onError: (_error, _variables, previous) => {
      for (const [key, data] of previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}

export function useMarkNoticeRead() {
  return useInboxWrite(
    (id: number) => unwrap(api.POST('/api/inbox/{id}/read', { params: { path: { id } } })),
    (id) => (notice) => notice.id === id,
  );
}

export function useMarkAllNoticesRead() {
  return useInboxWrite(
    () => unwrap(api.POST('/api/inbox/read-all')),
    () => () => true,
  );
}
