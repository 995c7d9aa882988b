import { graphql } from '@ketqua/dashboard/data-access';

export const ChangeAccountRoleMutation = graphql(`
  mutation ChangeAccountRole($input: UpdateOfficialInput!) {
    updateOfficial(input: $input) {
      ...AccountRow
    }
  }
`);

export const IssueTemporaryPasswordMutation = graphql(`
  mutation IssueTemporaryPassword($id: ID!) {
    issueTemporaryPassword(id: $id) {
      temporaryPassword
      official {
        ...AccountRow
      }
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($id: ID!) {
    unlockOfficial(id: $id) {
      ...AccountRow
    }
  }
`);

export const DeactivateAccountMutation = graphql(`
  mutation DeactivateAccount($id: ID!) {
    deactivateOfficial(id: $id) {
      ...AccountRow
    }
  }
`);

export const ReactivateAccountMutation = graphql(`
  mutation ReactivateAccount($id: ID!) {
    reactivateOfficial(id: $id) {
      ...AccountRow
    }
  }
`);

/** Administrators only: removes the account's authenticator (lost phone); its sessions end, the person is told. */
export const ResetSecondFactorMutation = graphql(`
  mutation ResetSecondFactor($id: ID!) {
    resetOfficialSecondFactor(id: $id) {
      ...AccountRow
    }
  }
`);

/** Sets or clears (null) the employee code (mã cán bộ) only: a partial update, like the role. */
export const SetEmployeeCodeMutation = graphql(`
  mutation SetEmployeeCode($input: UpdateOfficialInput!) {
    updateOfficial(input: $input) {
      ...AccountRow
    }
  }
`);
