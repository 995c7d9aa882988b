import type { ReactNode } from 'react';

/** A section's heading inside a card title or above a group of cards (the page's h1 is PageHeading's). */
export function CardTitle({ level = 2, children, id }: { level?: 2 | 3; children: ReactNode; id?: string }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} style={{ fontSize: level === 2 ? 16 : 14, fontWeight: 600, margin: 0, whiteSpace: 'normal' }}>
      {children}
    </Tag>
  );
}

export function SectionTitle({ children, id }: { children: ReactNode; id: string }) {
  return (
    <h2 id={id} style={{ fontSize: 18, fontWeight: 600, margin: '0 0 8px' }}>
      {children}
    </h2>
  );
}

/**
 * A wide table's own horizontal scroll area, reachable and scrollable by keyboard (WCAG 2.1.1; axe
 * scrollable-region-focusable) and named for screen readers; the page itself never scrolls sideways.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="kq-scroll-region" style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </div>
  );
}
