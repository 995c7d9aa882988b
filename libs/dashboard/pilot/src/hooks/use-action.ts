import { problemOf } from '@ketqua/dashboard/data-access';
import { useMutationAction } from '@ketqua/dashboard/ui';

/** A pilot mutation with its outcome told (refusals here are long sentences: 8 seconds to read). */
export const useAction = () => useMutationAction(problemOf, 8);
