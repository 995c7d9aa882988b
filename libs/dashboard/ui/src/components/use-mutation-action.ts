import { App } from 'antd';
import { useState } from 'react';
import { useProblemText, type ProblemLike } from './problem-text';

/**
 * Runs a mutation and says how it went: a toast with the server's own sentence on failure (also kept
 * in `failure` for pages that show it beside the thing refused, and as `problem` for forms to show
 * per field), the given text on success. `problemOf` reads the problem out of the mutation's error
 * (data-access's, which this library may not import).
 */
export function useMutationAction<E, P extends ProblemLike>(problemOf: (error: E | undefined) => P | null, toastSeconds: number) {
  const { message } = App.useApp();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<P | null>(null);
  const run = async (work: () => Promise<{ error?: E | undefined }>, done?: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      const { error } = await work();
      const p = problemOf(error);
      if (p) {
        setProblem(p);
        void message.error(problemText(p), toastSeconds);
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
