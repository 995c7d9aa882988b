import { graphql } from '@ketqua/dashboard/data-access';

export const CreateCriteriaTemplateMutation = graphql(`
  mutation CreateCriteriaTemplate($input: CreateCriteriaTemplateInput!) {
    createCriteriaTemplate(input: $input) {
      ...CriteriaTemplateFields
    }
  }
`);
