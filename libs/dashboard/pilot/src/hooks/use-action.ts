import { problemOf } from '@ketqua/dashboard/data-access';
import { useMutationAction, type MutationForm } from '@ketqua/dashboard/ui';

/** A pilot mutation with its outcome told; with a form, field problems go beside their fields (refusals here are long sentences: 8 seconds to read). */
export const useAction = (form?: MutationForm) => useMutationAction(problemOf, 8, form);
