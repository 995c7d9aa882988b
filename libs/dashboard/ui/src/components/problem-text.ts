import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Anything that says whether the server answered and, if so, what it said (an ApiProblem). */
export interface ProblemLike {
  network: boolean;
  message: string | null;
  /** A BAD_USER_INPUT's refused fields, each with its reason (shown beside the form field). */
  fields?: ReadonlyArray<{ field: string; message: string }>;
}

/** The sentence to show for a failed request: the server's own words, or ours when it never answered. */
export function useProblemText(): (problem: ProblemLike) => string {
  const { t } = useTranslation();
  return useCallback((p: ProblemLike) => (p.network ? t('errors.network') : (p.message ?? t('errors.unknown'))), [t]);
}
