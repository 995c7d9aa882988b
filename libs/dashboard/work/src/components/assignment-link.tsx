import type { MouseEvent, ReactNode } from 'react';

/** Where one assignment lives and how to go there in the app (the router stays in apps/dashboard). */
export interface AssignmentNavigation {
  onOpen: (id: string) => void;
  hrefOf: (id: string) => string;
}

/**
 * A real link (so it can be opened in a new tab, copied, read out as a link) that moves inside the
 * app on a plain click.
 */
export function AssignmentLink({ id, nav, children }: { id: string; nav: AssignmentNavigation; children: ReactNode }) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.onOpen(id);
  };
  return (
    <a href={nav.hrefOf(id)} onClick={follow}>
      {children}
    </a>
  );
}
