import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Anything that says whether the server answered and, if so, what it said (an ApiProblem). */
export interface ProblemLike {
  network: boolean;
  message: string | null;
}

/** The sentence to show for a failed request: the server's own words, or ours when it never answered. */
export function useProblemText(): (problem: ProblemLike) => string {
  const { t } = useTranslation();
  return useCallback((p: ProblemLike) => (p.network ? t('errors.network') : p.message ?? t('errors.unknown')), [t]);
}
