import { graphql } from '@ketqua/dashboard/data-access';

export const UpdateCriteriaTemplateMutation = graphql(`
  mutation UpdateCriteriaTemplate($input: UpdateCriteriaTemplateInput!) {
    updateCriteriaTemplate(input: $input) {
      ...CriteriaTemplateFields
    }
  }
`);
