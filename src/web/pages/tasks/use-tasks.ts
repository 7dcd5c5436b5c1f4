import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { todayInChina } from '../../lib/dates';

function fetchTasks(everyone: boolean) {
  return unwrap(api.GET('/api/tasks', { params: { query: everyone ? { all: 'true' } : {} } }));
}

export type TaskList = Awaited<ReturnType<typeof fetchTasks>>;
export type Task = TaskList['items'][number];

export const taskKeys = {
  /** Prefix of every task list: ticking one off, or a stage move that adds one, refreshes them all. */
  all: ['tasks'] as const,
  // The user: someone signing in after another in the same tab must not see the first one's tasks.
  list: (userId: number, everyone: boolean) => ['tasks', userId, everyone] as const,
};

/** My open tasks (an administrator's `everyone`: all officers'), soonest due first. */
export function tasksQuery(userId: number, everyone: boolean) {
  return queryOptions({ queryKey: taskKeys.list(userId, everyone), queryFn: () => fetchTasks(everyone) });
}

/** Due today or earlier, in China's calendar as the server counts overdue: what the header counts. */
export function isDueByToday(task: Task, today = todayInChina()): boolean {
  return task.overdue || task.dueOn <= today;
}

/**
 * Ticks a task off. Optimistic: it leaves every cached list (and the header's count) at once; a refusal
 * puts the lists back, and either way they are asked for again.
 */
export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: Task) =>
      unwrap(api.POST('/api/tasks/{id}/done', { params: { path: { id: task.id } } })),
    onMutate: async (task: Task) => {
      await queryClient.cancelQueries({ queryKey: taskKeys.all });
      const previous = queryClient.getQueriesData<TaskList>({ queryKey: taskKeys.all });
      queryClient.setQueriesData<TaskList>({ queryKey: taskKeys.all }, (list) =>
        list ? { items: list.items.filter((item) => item.id !== task.id) } : list,
      );
      return previous;
    },
    onError: (_error, _task, previous) => {
      for (const [key, data] of previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
