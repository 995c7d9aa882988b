import { graphql } from '@ketqua/dashboard/data-access';

export const UnitOverviewQuery = graphql(`
  query UnitOverview($unitId: ID) {
    unitOverview(unitId: $unitId) {
      unitId
      unitName
      asOf
      overdue
      reviewQueue
      overdueByOfficial {
        officialId
        count
      }
      today {
        date
        workingDay
        home
        office
        away
        entries {
          status
          official {
            id
            fullName
          }
        }
      }
      windows {
        kind
        from
        to
        periodId
        periodName
        unit {
          ...OverviewFiguresFields
        }
        officials {
          homeWorker
          parityFlag
          belowOfficeAveragePercent
          official {
            id
            fullName
          }
          figures {
            ...OverviewFiguresFields
          }
        }
      }
      trend {
        label
        from
        to
        assigned
        accepted
        unitsAssigned
        unitsDelivered
        completionRate
        onTimeRate
      }
    }
  }
`);
