import { problemOf } from '@ketqua/dashboard/data-access';
import { useMutationAction, type MutationForm } from '@ketqua/dashboard/ui';

/** An evaluation mutation with its outcome told; with a form, field problems go beside their fields (refusals are sentences: 8 seconds). */
export const useFlowAction = (form?: MutationForm) => useMutationAction(problemOf, 8, form);
