import { graphql } from '@ketqua/dashboard/data-access';

export const WorkingCalendarYearFragment = graphql(`
  fragment WorkingCalendarYearView on WorkingCalendarYear {
    year
    source
    workingDays
    updatedAt
    entries {
      date
      kind
      name
      document
    }
  }
`);

export const WorkingCalendarQuery = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      ...WorkingCalendarYearView
    }
  }
`);
