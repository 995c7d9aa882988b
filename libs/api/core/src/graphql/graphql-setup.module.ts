import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccessTokenPayload, AuthUser } from '../auth/auth-user';
import { loadSessionUser } from '../auth/jwt.strategy';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/error-formatter';
import { languagePlugin } from '../errors/language.plugin';
import { Loaders } from '../loaders/loaders';
import { boundDateTimeInputs } from './local-date.scalar';
import { armorProtection, assignFieldCosts, complexityPlugin } from './operation-limits';

/** Code-first GraphQL at /graphql: error mapping, language, operation limits (operation-limits.ts), per-request loaders. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) => {
        const jwt = new JwtService({ secret: config.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } });
        let host: GraphQLSchemaHost | undefined;
        const armor = armorProtection(config);
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !config.isProduction,
          csrfPrevention: true,
          // One operation per request: a batch would multiply every limit below.
          allowBatchedHttpRequests: false,
          parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
          validationRules: armor.validationRules,
          // HTTP requests carry req/res; WebSocket subscriptions carry the user checked at connection_init.
          context: (arg: { req?: unknown; res?: unknown; extra?: { user?: AuthUser } }) =>
            arg.req
              ? { req: arg.req, res: arg.res, loaders: new Loaders(dataSource) }
              : { req: { user: arg.extra?.user, headers: {} }, loaders: new Loaders(dataSource) },
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              // The client sends { authorization: 'Bearer <access token>' } as connection params.
              onConnect: async (ctx: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
                const user = await authenticateSocket(jwt, dataSource, ctx.connectionParams);
                if (!user) return false;
                (ctx.extra as { user?: AuthUser }).user = user;
                return true;
              },
            },
          },
          formatError: formatGraphQLError,
          plugins: [
            languagePlugin,
            ...armor.plugins,
            complexityPlugin(() => {
              if (!host) throw new Error('schema not built yet');
              return host.schema;
            }, config.GRAPHQL_MAX_COMPLEXITY),
          ],
          transformSchema: (schema) => {
            host = { schema: assignFieldCosts(boundDateTimeInputs(schema)) } as GraphQLSchemaHost;
            return schema;
          },
        };
      },
    }),
  ],
})
export class GraphQLSetupModule {}

async function authenticateSocket(jwt: JwtService, dataSource: DataSource, params: Record<string, unknown> | undefined): Promise<AuthUser | null> {
  const header = typeof params?.['authorization'] === 'string' ? params['authorization'] : '';
  const token = header.replace(/^Bearer\s+/i, '');
  if (!token) return null;
  try {
    return await loadSessionUser(dataSource, jwt.verify<AccessTokenPayload>(token));
  } catch (error) {
    new Logger('Subscriptions').debug(`refused a WebSocket connection: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
