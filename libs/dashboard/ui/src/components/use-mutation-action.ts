import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldProblems } from './field-problems';
import { useProblemText, type ProblemLike } from './problem-text';

export interface MutationForm {
  /** The form whose fields show a BAD_USER_INPUT's field problems. */
  form?: Pick<FormInstance, 'getFieldsError' | 'setFields'>;
  /** API field → form field, where the form names or splits it otherwise (deadline → day). */
  fieldAliases?: Record<string, string>;
}

/**
 * Runs a mutation and says how it went: a toast with the server's own sentence on failure (also kept
 * in `failure` for pages that show it beside the thing refused, and as `problem`), the given text on
 * success. With a `form`, every field problem goes beside its field (no field path reaches the user)
 * and the toast only asks to correct them. `problemOf` reads the problem out of the mutation's error
 * (data-access's, which this library may not import).
 */
export function useMutationAction<E, P extends ProblemLike>(problemOf: (error: E | undefined) => P | null, toastSeconds: number, options: MutationForm = {}) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<P | null>(null);
  const toastOf = (p: P): string => {
    if (!options.form || !p.fields?.length) return problemText(p);
    const unplaced = placeFieldProblems(options.form, p.fields, options.fieldAliases);
    return unplaced.length ? unplaced.map((f) => f.message).join('; ') : t('errors.checkFields');
  };
  const run = async (work: () => Promise<{ error?: E | undefined }>, done?: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      const { error } = await work();
      const p = problemOf(error);
      if (p) {
        setProblem(p);
        void message.error(toastOf(p), toastSeconds);
        return false;
      }
      if (done) void message.success(done);
      return true;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, problem, failure: problem ? problemText(problem) : null, clear: () => setProblem(null) };
}
