import { graphql } from '@ketqua/dashboard/data-access';

// The page shows one window at a time: only that window's per-official rows travel (`window`); choosing another refetches.

export const UnitOverviewQuery = graphql(`
  query UnitOverview($unitId: ID, $window: OverviewWindowKind) {
    unitOverview(unitId: $unitId, window: $window) {
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
