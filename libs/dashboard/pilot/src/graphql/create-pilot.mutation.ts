import { graphql } from '@ketqua/dashboard/data-access';

export const CreatePilotMutation = graphql(`
  mutation CreatePilot($input: CreatePilotInput!) {
    createPilot(input: $input) {
      ...PilotDetails
    }
  }
`);
