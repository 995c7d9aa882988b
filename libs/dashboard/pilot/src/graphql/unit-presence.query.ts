import { graphql } from '@ketqua/dashboard/data-access';

/** "Hôm nay": where each official of a unit is on a day. */
export const UnitPresenceQuery = graphql(`
  query UnitPresence($unitId: ID!, $date: LocalDate) {
    unitPresence(unitId: $unitId, date: $date) {
      date
      unitId
      workingDay
      holidayName
      total
      homeCount
      officeCount
      awayCount
      capPercent
      entries {
        status
        absenceKind
        holidayName
        official {
          id
          fullName
          position {
            id
            name
          }
        }
      }
    }
  }
`);
