import { problemOf } from '@ketqua/dashboard/data-access';
import { useMutationAction } from '@ketqua/dashboard/ui';

/** An account or session mutation with its outcome told. */
export const useAction = () => useMutationAction(problemOf, 6);
