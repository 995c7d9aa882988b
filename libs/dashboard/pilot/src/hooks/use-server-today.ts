import { useQuery } from 'urql';
import { ServerTodayQuery } from '../graphql/server-today.query';

/** The server's today as YYYY-MM-DD (undefined while loading): defaults of date pickers start from it. */
export function useServerToday(): string | undefined {
  const [{ data }] = useQuery({ query: ServerTodayQuery });
  return data?.myPresence.date;
}
