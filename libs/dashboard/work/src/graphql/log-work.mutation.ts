import { graphql } from '@ketqua/dashboard/data-access';

export const LogWorkMutation = graphql(`
  mutation LogWork($input: LogWorkInput!) {
    logWork(input: $input) {
      id
      minutes
      assignment {
        id
        status
        hoursLogged
      }
    }
  }
`);
