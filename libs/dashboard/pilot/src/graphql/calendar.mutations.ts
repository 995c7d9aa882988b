import { graphql } from '@ketqua/dashboard/data-access';

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      ...WorkingCalendarYearView
    }
  }
`);

export const RemoveCalendarDayMutation = graphql(`
  mutation RemoveCalendarDay($date: LocalDate!) {
    removeCalendarDay(date: $date) {
      ...WorkingCalendarYearView
    }
  }
`);

export const LoadCalendarYearMutation = graphql(`
  mutation LoadCalendarYear($year: Int!) {
    loadCalendarYear(year: $year) {
      ...WorkingCalendarYearView
    }
  }
`);
