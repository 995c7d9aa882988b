import { graphql } from '@ketqua/dashboard/data-access';

export const MySecondFactorQuery = graphql(`
  query MySecondFactor {
    mySecondFactor {
      enabled
      required
      enabledAt
      recoveryCodesLeft
    }
  }
`);

export const BeginTotpEnrolmentMutation = graphql(`
  mutation BeginTotpEnrolment {
    beginTotpEnrolment {
      secret
      otpauthUrl
      qrCodeSvg
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {
    confirmTotpEnrolment(input: $input) {
      codes
    }
  }
`);

export const DisableSecondFactorMutation = graphql(`
  mutation DisableSecondFactor($input: DisableSecondFactorInput!) {
    disableSecondFactor(input: $input)
  }
`);

export const RenewRecoveryCodesMutation = graphql(`
  mutation RenewRecoveryCodes($input: RenewRecoveryCodesInput!) {
    renewRecoveryCodes(input: $input) {
      codes
    }
  }
`);
