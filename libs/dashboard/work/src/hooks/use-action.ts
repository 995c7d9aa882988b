import { problemOf } from '@ketqua/dashboard/data-access';
import { useMutationAction, type MutationForm } from '@ketqua/dashboard/ui';

/** A work mutation with its outcome told; with a form, field problems go beside their fields. */
export const useAction = (form?: MutationForm) => useMutationAction(problemOf, 6, form);
