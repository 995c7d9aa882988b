import { graphql } from '@ketqua/dashboard/data-access';

export const OverviewFiguresFragment = graphql(`
  fragment OverviewFiguresFields on OverviewFigures {
    assigned
    accepted
    acceptedOnTime
    unitsAssigned
    unitsDelivered
    completionRate
    onTimeRate
    meanQuality
    runningScore
    spotChecksOnTime
    spotChecksOwed
    spotCheckCompliance
    parityFlagged
  }
`);
