import { problemOf, type ApiProblem } from '@ketqua/dashboard/data-access';
import { useProblemText } from '@ketqua/dashboard/ui';
import { App } from 'antd';
import { useState } from 'react';
import type { CombinedError } from 'urql';

/**
 * Runs a mutation and says how it went: the server's own sentence on failure (kept in `failure`
 * for pages that show it beside the thing refused), the given text on success.
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
        void message.error(problemText(p), 8);
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
