import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  IntrospectionQuery,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { postGraphQL } from './graphql-client';

/** One root field, callable as is: a document with every required argument filled with a well-typed value. */
export interface CallableOperation {
  kind: 'query' | 'mutation';
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  LocalDate: '2026-03-02',
  DateTime: '2026-03-02T03:00:00.000Z',
};

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type) && type.name in SCALARS) return SCALARS[type.name];
  throw new Error(`no sample value for the scalar ${type.toString()}: add one to schema-walk.ts`);
}

function callable(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): CallableOperation {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    kind,
    name: field.name,
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

/** The schema a running test app serves (introspection is on outside production). */
export async function servedSchema(baseUrl: string): Promise<GraphQLSchema> {
  const res = await postGraphQL<IntrospectionQuery>(baseUrl, getIntrospectionQuery());
  if (!res.data) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
  return buildClientSchema(res.data);
}

/** Every query and mutation of the schema, each as a document a test can send as any role. */
export function everyOperation(schema: GraphQLSchema): CallableOperation[] {
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => callable('query', f));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => callable('mutation', f));
  return [...queries, ...mutations];
}
