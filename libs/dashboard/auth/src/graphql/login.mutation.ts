import { graphql } from '@ketqua/dashboard/data-access';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionPayload
    }
  }
`);
