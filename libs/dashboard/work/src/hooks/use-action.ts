import { problemOf, type ApiProblem } from '@ketqua/dashboard/data-access';
import { useProblemText } from '@ketqua/dashboard/ui';
import { App } from 'antd';
import { useState } from 'react';
import type { CombinedError } from 'urql';

/**
 * Runs a mutation and says how it went: a toast with the server's own message on failure, the
 * given text on success. Returns whether it succeeded, and the problem for forms to show per field.
 */
export function useAction() {
  const { message } = App.useApp();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = async (work: () => Promise<{ error?: CombinedError | undefined }>, done?: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      const { error } = await work();
      const p = problemOf(error);
      if (p) {
        setProblem(p);
        void message.error(problemText(p), 6);
        return false;
      }
      if (done) void message.success(done);
      return true;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, problem, clear: () => setProblem(null) };
}
