import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { safeRedirect } from '../../auth/redirect';

/** Whether a click asks for something other than following the link here (a new tab, a download). */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * A link to a path the server names (a search result's page), followed inside the app without reloading.
 * It is a real <a href>, so it opens in a new tab and reads as a link; only paths of this app are linked.
 */
export function AppPathLink({
  path,
  className,
  testId,
  children,
}: {
  path: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const href = safeRedirect(path);
  return (
    <a
      href={href}
      className={className}
      data-testid={testId}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        void navigate({ href });
      }}
    >
      {children}
    </a>
  );
}
