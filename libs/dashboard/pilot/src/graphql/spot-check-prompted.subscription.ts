import { graphql } from '@ketqua/dashboard/data-access';

/** The caller's own prompts, pushed as they go out. */
export const SpotCheckPromptedSubscription = graphql(`
  subscription SpotCheckPrompted {
    spotCheckPrompted {
      ...SpotCheckRow
    }
  }
`);
