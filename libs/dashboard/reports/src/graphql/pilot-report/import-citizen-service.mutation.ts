import { graphql } from '@ketqua/dashboard/data-access';

/** Nhập số liệu dịch vụ công: the CSV of the administrative-procedure system, all or nothing. */
export const ImportCitizenServiceMutation = graphql(`
  mutation ImportCitizenService($input: ImportCitizenServiceInput!) {
    importCitizenService(input: $input) {
      linesRead
      created
      replaced
    }
  }
`);
