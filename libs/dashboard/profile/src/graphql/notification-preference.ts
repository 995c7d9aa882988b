import { graphql } from '@ketqua/dashboard/data-access';

export const MyNotificationPreferenceQuery = graphql(`
  query MyNotificationPreference {
    myNotificationPreference {
      delivery
      mailAvailable
      email
    }
  }
`);

export const SetMyNotificationDeliveryMutation = graphql(`
  mutation SetMyNotificationDelivery($input: SetNotificationDeliveryInput!) {
    setMyNotificationDelivery(input: $input) {
      delivery
      mailAvailable
      email
    }
  }
`);
