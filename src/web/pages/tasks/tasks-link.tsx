import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { INBOX_POLL_MS } from '../../app/use-inbox';
import { isDueByToday, tasksQuery } from './use-tasks';

/**
 * The header's "to do" link, with how many of my open tasks are due today or overdue. Asked for again as
 * often as the inbox: a colleague's stage move or the date changing can add to it.
 */
export function TasksLink({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const tasks = useQuery({
    ...tasksQuery(userId, false),
    refetchInterval: INBOX_POLL_MS,
    refetchIntervalInBackground: false,
  });
  const due = tasks.data?.items.filter((task) => isDueByToday(task)).length ?? 0;
  return (
    <Link
      to="/workbench/tasks"
      className="header-link tasks-link"
      data-testid="tasks-link"
      data-due={due}
      // The name begins with the visible text (WCAG 2.5.3) and says what the number counts.
      aria-label={due > 0 ? t('tasks.menuLabel', { n: due }) : undefined}
      activeOptions={{ includeSearch: false }}
      activeProps={{ 'aria-current': 'page' }}
    >
      {t('tasks.menuLink')}
      <Badge count={due} size="small" overflowCount={99} className="tasks-link-badge" />
    </Link>
  );
}
