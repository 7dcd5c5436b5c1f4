import { useNavigate } from '@tanstack/react-router';
import { Badge, Button, Popover } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeRedirect } from '../auth/redirect';
import { useDataText } from '../i18n/use-data-text';
import { formatRelativeTime } from '../lib/dates';
import { type Notice, useInbox, useMarkAllNoticesRead, useMarkNoticeRead } from './use-inbox';
import { useLanguage } from './use-language';

/** How many notices the popover lists: the unread come first, so these are what needs reading. */
const SHOWN = 10;

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/** One notice: its title in the reader's language, how long ago, and whether it is still unread. */
function NoticeItem({ notice, onOpen }: { notice: Notice; onOpen: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useDataText();
  // The server words the title in zh or en; zh-TW readers get it in traditional characters.
  const title = language === 'en' ? notice.title : text(notice.title);
  return (
    <li>
      <button
        type="button"
        className={notice.read ? 'inbox-item' : 'inbox-item inbox-item-unread'}
        onClick={() => onOpen(notice)}
        data-testid={`inbox-item-${notice.id}`}
      >
        {!notice.read && (
          <span className="inbox-unread-dot">
            <span className="visually-hidden">{t('inbox.unread')}: </span>
          </span>
        )}
        <span className="inbox-item-title">{title}</span>
        <time className="inbox-item-time" dateTime={notice.createdAt}>
          {formatRelativeTime(notice.createdAt, language) ?? t('inbox.justNow')}
        </time>
      </button>
    </li>
  );
}

/**
 * The header's bell: the unread count, and on click the latest notices. Opening one marks it read and goes
 * where it points (an app path); the list can be marked read all at once.
 */
export function InboxBell({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inbox = useInbox(userId);
  const markRead = useMarkNoticeRead();
  const markAllRead = useMarkAllNoticesRead();
  const [open, setOpen] = useState(false);
  const bell = useRef<HTMLButtonElement>(null);
  const unread = inbox.data?.unread ?? 0;

  // The panel is rendered at the end of the page: keyboard users are taken into it when it opens (it is
  // mounted afresh each time), and back to the bell when it closes.
  const focusPanel = useCallback((panel: HTMLDivElement | null) => {
    const first = panel?.querySelector<HTMLElement>('.inbox-item') ?? panel?.querySelector('button');
    first?.focus({ preventScroll: true });
  }, []);

  const close = () => {
    setOpen(false);
    bell.current?.focus();
  };

  const openNotice = (notice: Notice) => {
    if (!notice.read) markRead.mutate(notice.id);
    setOpen(false);
    // Links are paths of this app; anything else stays put rather than leave the site.
    if (notice.link && safeRedirect(notice.link) === notice.link) void navigate({ href: notice.link });
  };

  const items = inbox.data?.items.slice(0, SHOWN) ?? [];
  const content = (
    // Escape closes the list and gives the focus back to the bell.
    // biome-ignore lint/a11y/noStaticElementInteractions: a keyboard shortcut for the buttons inside
    <div
      ref={focusPanel}
      className="inbox-panel"
      data-testid="inbox-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <div className="inbox-panel-header">
        <h2 className="inbox-panel-title" id="inbox-panel-title">
          {t('inbox.title')}
        </h2>
        {unread > 0 && (
          <Button
            type="link"
            size="small"
            onClick={() => markAllRead.mutate()}
            loading={markAllRead.isPending}
            data-testid="inbox-mark-all"
          >
            {t('inbox.markAllRead')}
          </Button>
        )}
      </div>
      {inbox.isError && (
        <p className="inbox-empty" role="alert">
          {t('inbox.loadFailed')}{' '}
          <Button size="small" onClick={() => void inbox.refetch()}>
            {t('app.retry')}
          </Button>
        </p>
      )}
      {inbox.isSuccess && items.length === 0 && <p className="inbox-empty">{t('inbox.empty')}</p>}
      {items.length > 0 && (
        <ul className="inbox-list" aria-labelledby="inbox-panel-title">
          {items.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} onOpen={openNotice} />
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      // Centred under the bell and shifted to stay on screen (a corner placement can only flip).
      placement="bottom"
      open={open}
      onOpenChange={setOpen}
      destroyOnHidden
    >
      <Button
        ref={bell}
        type="text"
        className="inbox-bell"
        aria-label={unread > 0 ? t('inbox.bellLabel', { n: unread }) : t('inbox.bellLabelNone')}
        aria-expanded={open}
        data-testid="inbox-bell"
        data-unread={unread}
      >
        <Badge count={unread} size="small" overflowCount={99} offset={[4, -2]}>
          <BellIcon />
        </Badge>
      </Button>
    </Popover>
  );
}
