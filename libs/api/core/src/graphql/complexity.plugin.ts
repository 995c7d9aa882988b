import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';

/** A list field costs its page size times its children: `first: 200` of something deep is expensive. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  return first === undefined ? undefined : 1 + first * Math.max(1, childComplexity);
};

/** Refuses an operation whose estimated cost exceeds the limit, before any resolver runs. */
export function complexityPlugin(getSchema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: getSchema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types (an unknown enum value, …): execution refuses them
            // next, as BAD_USER_INPUT naming the variable; the estimate must not turn them into a 500.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new AppError('BAD_USER_INPUT', 'QUERY_TOO_COMPLEX', {
              vi: `Truy vấn quá lớn (độ phức tạp ${complexity}, tối đa ${maxComplexity}); hãy giảm số bản ghi mỗi trang hoặc số trường.`,
              en: `The query is too large (complexity ${complexity}, at most ${maxComplexity}); ask for smaller pages or fewer fields.`,
            }, { complexity, maxComplexity });
          }
        },
      };
    },
  };
}
