import { graphql } from '@ketqua/dashboard/data-access';

// The page shows one window at a time: only that window's per-official rows travel (`window`); choosing another refetches.
// Only what the page shows is asked: today's counts (the presence list is the Hôm nay page's), the table's columns per official.

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
          # The columns of the officials' table only (the unit's cards use every figure).
          figures {
            assigned
            accepted
            unitsAssigned
            unitsDelivered
            completionRate
            onTimeRate
            meanQuality
            runningScore
            spotCheckCompliance
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
