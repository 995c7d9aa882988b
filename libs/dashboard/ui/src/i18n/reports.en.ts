import type { reportsVi } from './reports.vi';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The unit overview, English. */
export const reportsEn: Shape<typeof reportsVi> = {
  overview: {
    title: 'Unit overview',
    subtitle: '{{unit}} · figures as of {{asOf}}',
    live: 'Live',
    liveHint: 'The figures refresh by themselves when a deliverable is submitted or reviewed.',
    updated: 'Updated at {{time}}',
    windows: {
      label: 'Period shown',
      WEEK: 'This week',
      MONTH: 'This month',
      PERIOD: 'Evaluation period',
    },
    range: '{{from}} – {{to}}',
    period: 'Open evaluation period: {{name}}',
    noPeriod: 'No evaluation period is open.',
    today: {
      title: 'Today',
      home: 'At home',
      office: 'In the office',
      away: 'Away',
      dayOff: 'Today is a day off.',
      open: 'See who is where today',
    },
    overdue: 'Overdue work',
    reviewQueue: 'Deliverables to review',
    spotChecks: 'Spot checks',
    figures: {
      completionRate: 'Completion rate',
      completionHint: '{{accepted}}/{{assigned}} assignments accepted',
      onTimeRate: 'On-time rate',
      onTimeHint: '{{onTime}}/{{accepted}} accepted were submitted on time',
      units: 'Converted units',
      unitsHint: 'accepted / assigned',
      meanQuality: 'Mean quality',
      meanQualityHint: 'over the accepted assignments',
      runningScore: 'Running task score',
      runningScoreHint: 'out of 70, before the general criteria are scored',
      spotCheckCompliance: 'Spot checks answered on time',
      spotCheckHint: '{{onTime}}/{{owed}} checks',
      parity: 'Workload flags',
      parityHint: 'home workers more than 20% below the office average',
      none: '—',
    },
    officials: {
      title: 'By official',
      name: 'Name',
      home: 'Works from home',
      parityFlag: 'Workload {{percent}} % below the office average',
      overdue: 'Overdue',
      empty: 'The unit has no officials.',
    },
    trend: {
      title: 'Trend over the last 6 months',
      rates: 'Completion and on-time rates by month',
      units: 'Converted units by month',
      completion: 'Completed',
      onTime: 'On time',
      assigned: 'Assigned',
      delivered: 'Accepted',
    },
    openRows: 'Show the assignments: {{what}}',
  },
};
