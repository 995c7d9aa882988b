import { graphql } from '@ketqua/dashboard/data-access';

/** One cohort × phase cell of the report (the same fields for the summary and every breakdown). */
export const PilotReportMetricsFragment = graphql(`
  fragment PilotReportMetrics on PilotReportMetrics {
    cohort
    phase
    headcount
    assignments
    completed
    completionRatePercent
    onTime
    onTimeRatePercent
    evaluations
    meanQualityPercent
    meanScore
    spotChecks
    spotCheckCompliancePercent
    assignedUnits
    workloadPerOfficial
  }
`);

/** Báo cáo thí điểm: everything the page shows, as the exports write it. */
export const PilotReportQuery = graphql(`
  query PilotReport($input: PilotReportInput!) {
    pilotReport(input: $input) {
      asOf
      dataCutOff
      ruleSetVersions
      pilot {
        id
        name
        decisionNumber
        startDate
        endDate
      }
      period {
        from
        to
        startsOn
        endsOn
        months
      }
      baseline {
        from
        to
        startsOn
        endsOn
        months
      }
      summary {
        ...PilotReportMetrics
      }
      did {
        estimate
        lower
        upper
        confidenceLevel
        homeBaseline
        homePilot
        officeBaseline
        officePilot
        clusters
        observations
        resamples
        seed
        unavailableReason
      }
      byAgency {
        id
        name
        agencyId
        agencyName
        cells {
          ...PilotReportMetrics
        }
      }
      byUnit {
        id
        name
        agencyId
        agencyName
        cells {
          ...PilotReportMetrics
        }
      }
      byPosition {
        id
        name
        agencyId
        agencyName
        cells {
          ...PilotReportMetrics
        }
      }
      gradeDistribution {
        cohort
        phase
        grade
        count
        percent
      }
      preTrend {
        month
        homeMean
        homeCount
        officeMean
        officeCount
      }
      balance {
        dimension
        key
        label
        homeCount
        homeSharePercent
        officeCount
        officeSharePercent
      }
      dataQuality {
        missingEvaluations {
          count
          listLimit
          items {
            officialId
            officialName
            unitName
            cohort
            phase
            month
          }
        }
        movedCohort {
          count
          listLimit
          items {
            officialId
            officialName
            unitName
            cohort
            reasons
          }
        }
      }
      methodNote {
        vi
        en
      }
    }
  }
`);

/** The pilots HR may report on, with their agencies and units for the filters. */
export const ReportPilotsQuery = graphql(`
  query ReportPilots {
    pilots(first: 100) {
      edges {
        node {
          id
          name
          decisionNumber
          startDate
          endDate
          phase
          agencies {
            id
            name
          }
          units {
            id
            name
            agencyId
          }
        }
      }
    }
  }
`);

/** Citizens' dossiers and satisfaction of the admitted positions, home vs office, pilot vs baseline. */
export const CitizenServiceComparisonQuery = graphql(`
  query CitizenServiceComparison($input: PilotReportInput!) {
    citizenServiceComparison(input: $input) {
      pilotId
      cells {
        cohort
        phase
        officials
        dossiers
        onTime
        onTimeRatePercent
        meanSatisfactionPercent
      }
      onTimeRate {
        baseline
        pilot
        differenceInDifferences
      }
      satisfaction {
        baseline
        pilot
        differenceInDifferences
      }
    }
  }
`);
