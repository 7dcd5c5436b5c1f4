import { useEffect } from 'react';

/** Sets the tab title; screen readers announce it on navigation, so every page names itself. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · MedZone` : 'MedZone';
  }, [title]);
}
