import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { DocumentNode, GraphQLError, GraphQLSchema, isObjectType, ValidationRule } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';

/**
 * What one GraphQL operation may ask for before anything runs (issue 10 §4): aliases, depth,
 * directives (graphql-armor's validation rules), tokens (graphql-js's own parser limit), and a cost
 * computed from page sizes and the fields that reach the database. Every refusal is HTTP 400 with
 * `BAD_USER_INPUT` and a reason: QUERY_TOO_MANY_ALIASES, QUERY_TOO_DEEP, QUERY_TOO_MANY_DIRECTIVES,
 * QUERY_TOO_MANY_TOKENS, QUERY_TOO_COMPLEX.
 */
export type OperationLimits = Pick<
  AppConfig,
  'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_TOKENS' | 'GRAPHQL_MAX_DIRECTIVES' | 'GRAPHQL_MAX_COMPLEXITY' | 'isProduction'
>;

/** A field with its own resolver (a root field, a loader, a count): it reaches the database or a loader. */
export const RESOLVED_FIELD_COST = 5;

const tooBig = (reason: string, vi: string, en: string, details: Record<string, unknown>) => new AppError('BAD_USER_INPUT', reason, { vi, en }, details);

export const operationLimitError = {
  aliases: (max: number) =>
    tooBig('QUERY_TOO_MANY_ALIASES', `Truy vấn dùng quá nhiều bí danh (alias), tối đa ${max}.`, `The query uses too many aliases (at most ${max}).`, { max }),
  depth: (max: number) => tooBig('QUERY_TOO_DEEP', `Truy vấn lồng quá sâu, tối đa ${max} cấp.`, `The query is nested too deeply (at most ${max} levels).`, { max }),
  directives: (max: number) =>
    tooBig('QUERY_TOO_MANY_DIRECTIVES', `Truy vấn dùng quá nhiều chỉ thị (directive), tối đa ${max}.`, `The query uses too many directives (at most ${max}).`, { max }),
  tokens: (max: number) => tooBig('QUERY_TOO_MANY_TOKENS', `Truy vấn quá dài, tối đa ${max} ký hiệu.`, `The query is too long (at most ${max} tokens).`, { max }),
  complexity: (complexity: number, max: number) =>
    tooBig(
      'QUERY_TOO_COMPLEX',
      `Truy vấn quá lớn (độ phức tạp ${complexity}, tối đa ${max}); hãy giảm số bản ghi mỗi trang hoặc số trường.`,
      `The query is too large (complexity ${complexity}, at most ${max}); ask for smaller pages or fewer fields.`,
      { complexity, maxComplexity: max },
    ),
};

/** graphql-js's message when `parseOptions.maxTokens` stops the parser (16.x writes "more that"). */
export const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens/;

/** An armor refusal reported as a validation error (HTTP 400) that carries our typed error. */
const report =
  (error: () => AppError): GraphQLArmorRejectCallback =>
  (ctx) =>
    ctx?.reportError(new GraphQLError(error().message, { originalError: error() }));

/**
 * graphql-armor for Apollo: aliases, depth and directives as validation rules, and field
 * suggestions ("Did you mean …") masked in production, where introspection is off too. Its cost
 * limit stays off: our estimator (below) knows page sizes, armor's does not, and two costs would
 * refuse the dashboard twice over. Its token limit stays off as well: graphql-js counts tokens in
 * the one parse Apollo does (`parseOptions.maxTokens`), armor's plugin parses a second time.
 */
export function armorProtection(limits: OperationLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxAliases: { n: limits.GRAPHQL_MAX_ALIASES, propagateOnRejection: false, onReject: [report(() => operationLimitError.aliases(limits.GRAPHQL_MAX_ALIASES))] },
    maxDepth: { n: limits.GRAPHQL_MAX_DEPTH, propagateOnRejection: false, onReject: [report(() => operationLimitError.depth(limits.GRAPHQL_MAX_DEPTH))] },
    maxDirectives: { n: limits.GRAPHQL_MAX_DIRECTIVES, propagateOnRejection: false, onReject: [report(() => operationLimitError.directives(limits.GRAPHQL_MAX_DIRECTIVES))] },
    blockFieldSuggestion: { enabled: limits.isProduction, mask: '' },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
  }).protect();
  return { plugins, validationRules };
}

/**
 * Nest gives every plain property of an output model this resolver (it reads `root[name]`); a root
 * field or a @ResolveField (a loader, a count) has its own. Apollo later wraps every resolver for its
 * plugins, so the difference is read once, when the schema is built (assignFieldCosts).
 */
const isPropertyRead = (resolve: unknown) => typeof resolve === 'function' && resolve.name === 'rootFieldResolver';

/**
 * Writes each field's own cost into `extensions.complexity` (unless `@Field({ complexity })` gave
 * one): 1 for a property read, RESOLVED_FIELD_COST for a field with its own resolver.
 */
export function assignFieldCosts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (typeof field.extensions['complexity'] === 'number') continue;
      const cost = isPropertyRead(field.resolve) ? 1 : RESOLVED_FIELD_COST;
      (field as { extensions: Record<string, unknown> }).extensions = { ...field.extensions, complexity: cost };
    }
  }
  return schema;
}

/**
 * A field costs its own cost (assignFieldCosts) plus its children; a list field with `first`
 * costs its page size times its children: `first: 200` of something deep is expensive.
 */
const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const declared = field.extensions?.['complexity'];
  const own = typeof declared === 'number' ? declared : RESOLVED_FIELD_COST;
  const first = typeof args['first'] === 'number' ? args['first'] : undefined;
  return first === undefined ? own + childComplexity : own + first * Math.max(1, childComplexity);
};

/** The cost of one operation as the limit sees it (the dashboard's documents are checked against it in a test). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  return getComplexity({
    schema,
    operationName: operationName ?? undefined,
    query: document,
    variables,
    estimators: [costEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** How many variable sets' costs are kept per parsed document (Apollo reuses one DocumentNode per query text). */
const COSTS_PER_DOCUMENT = 64;

/**
 * Refuses an operation whose estimated cost exceeds the limit, before any resolver runs. The cost only
 * depends on the schema, the document, the variables and the operation: it is remembered per parsed
 * document (held weakly) for its last variable sets, so a page asked again is not walked again.
 */
export function complexityPlugin(getSchema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number => {
    let byDocument = costs.get(schema);
    if (!byDocument) costs.set(schema, (byDocument = new WeakMap()));
    let known = byDocument.get(document);
    if (!known) byDocument.set(document, (known = new Map()));
    const key = JSON.stringify([operationName ?? null, variables ?? {}]);
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const cost = operationCost(schema, document, variables, operationName);
    if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value as string);
    known.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = costOf(getSchema(), document, request.variables, request.operationName);
          } catch (error) {
            // Variables that do not fit their types (an unknown enum value, …): execution refuses them
            // next, as BAD_USER_INPUT naming the variable; the estimate must not turn them into a 500.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (complexity > maxComplexity) {
            const refusal = operationLimitError.complexity(complexity, maxComplexity);
            // Apollo answers an error thrown here with 500 unless it names its own status.
            throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400, headers: new HeaderMap() } } });
          }
        },
      };
    },
  };
}
