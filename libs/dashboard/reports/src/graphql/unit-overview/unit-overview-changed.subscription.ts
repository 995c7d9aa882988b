import { graphql } from '@ketqua/dashboard/data-access';

export const UnitOverviewChangedSubscription = graphql(`
  subscription UnitOverviewChanged($unitId: ID) {
    unitOverviewChanged(unitId: $unitId) {
      unitId
      assignmentId
      change
      at
    }
  }
`);
