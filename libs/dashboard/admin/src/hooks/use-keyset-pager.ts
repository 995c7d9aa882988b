import { useCallback, useState } from 'react';

/**
 * Forward keyset pages with a way back: the cursors of the pages already passed are kept, so
 * "previous" returns to exactly the page seen (a connection has no backward cursor).
 */
export function useKeysetPager() {
  const [trail, setTrail] = useState<Array<string | null>>([]);
  const [after, setAfter] = useState<string | null>(null);
  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setTrail((t) => [...t, after]);
      setAfter(endCursor);
    },
    [after],
  );
  const previous = useCallback(() => {
    setTrail((t) => {
      setAfter(t[t.length - 1] ?? null);
      return t.slice(0, -1);
    });
  }, []);
  const reset = useCallback(() => {
    setTrail([]);
    setAfter(null);
  }, []);
  return { after, page: trail.length + 1, hasPrevious: trail.length > 0, next, previous, reset };
}
