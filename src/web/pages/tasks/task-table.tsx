import { useQuery } from '@tanstack/react-query';
import { App, Button, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { DataText } from '../../components/data-text';
import { LoadError } from '../../components/query-state';
import { useDataText } from '../../i18n/use-data-text';
import { todayInChina } from '../../lib/dates';
import { type Task, tasksQuery, useCompleteTask } from './use-tasks';

/** The due date, and whether it is past (in red) or today. */
function DueCell({ task, today }: { task: Task; today: string }) {
  const { t } = useTranslation();
  return (
    <span className={task.overdue ? 'task-due task-due-overdue' : 'task-due'}>
      <time dateTime={task.dueOn}>{task.dueOn}</time>
      {task.overdue && (
        <Tag color="error" className="task-due-tag" data-testid={`task-overdue-${task.id}`}>
          {t('tasks.overdue')}
        </Tag>
      )}
      {!task.overdue && task.dueOn === today && (
        <Tag color="warning" className="task-due-tag">
          {t('tasks.dueToday')}
        </Tag>
      )}
    </span>
  );
}

/** My open follow-up tasks (or everyone's), each with a button that ticks it off. */
export function TaskTable({ userId, everyone }: { userId: number; everyone: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  const { message } = App.useApp();
  const tasks = useQuery(tasksQuery(userId, everyone));
  const complete = useCompleteTask();
  const today = todayInChina();
  const titleOf = (task: Task) => (language === 'en' ? task.titleEn : text(task.titleZh));

  const tickOff = (task: Task) =>
    complete.mutate(task, {
      onSuccess: () => void message.success(t('tasks.doneMessage', { title: titleOf(task) })),
      onError: (error) => void message.error(error.message),
    });

  const columns: TableColumnsType<Task> = [
    {
      title: t('tasks.project'),
      dataIndex: 'projectName',
      render: (_, task) => <DataText zh={task.projectName} />,
    },
    {
      title: t('tasks.task'),
      dataIndex: 'titleZh',
      render: (_, task) => <DataText zh={task.titleZh} en={task.titleEn} />,
    },
    {
      title: t('tasks.dueOn'),
      dataIndex: 'dueOn',
      className: 'nowrap',
      render: (_, task) => <DueCell task={task} today={today} />,
    },
    {
      title: <span className="visually-hidden">{t('tasks.actions')}</span>,
      key: 'actions',
      align: 'right',
      render: (_, task) => (
        <Button
          size="small"
          onClick={() => tickOff(task)}
          aria-label={t('tasks.doneLabel', { title: titleOf(task) })}
          data-testid={`task-done-${task.id}`}
        >
          {t('tasks.done')}
        </Button>
      ),
    },
  ];

  if (tasks.isError) return <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <Table<Task>
      rowKey="id"
      columns={columns}
      dataSource={tasks.data?.items ?? []}
      loading={tasks.isPending}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={false}
      locale={{ emptyText: t('tasks.empty') }}
      rowClassName={(task) => (task.overdue ? 'task-row task-row-overdue' : 'task-row')}
      data-testid="tasks-table"
    />
  );
}
