import { graphql } from '@ketqua/dashboard/data-access';

export const UpdatePilotMutation = graphql(`
  mutation UpdatePilot($input: UpdatePilotInput!) {
    updatePilot(input: $input) {
      ...PilotDetails
    }
  }
`);
