import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { DataSource } from 'typeorm';
import { AccessTokenPayload, AuthUser } from '../auth/auth-user';
import { loadSessionUser } from '../auth/jwt.strategy';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/error-formatter';
import { languagePlugin, localise, wantsEnglish } from '../errors/language.plugin';
import { serviceUnavailablePlugin } from '../errors/service-unavailable.plugin';
import { Loaders } from '../loaders/loaders';
import { Clock } from '../time/clock';
import { ClosableSocket, LiveSessions } from '../realtime/live-sessions';
import { rateLimitPlugin } from '../auth/rate-limit/rate-limit.plugin';
import { ACCESS_COOKIE, cookiesOf, isCrossSite, trustedOriginsOf } from '../auth/session-cookies';
import type { IncomingMessage } from 'node:http';
import { boundDateTimeInputs } from './local-date.scalar';
import { armorProtection, assignFieldCosts, complexityPlugin } from './operation-limits';
import { notePersonalRecordReads, PersonalDataReads, personalDataAccessPlugin } from '../personal-data/personal-data-access.plugin';

/** Every answer is the caller's own and current: never stored by a browser or proxy (what Apollo's cache-control plugin sent). */
const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Code-first GraphQL at /graphql: error mapping, language, operation limits (operation-limits.ts), per-request loaders. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, DataSource, Clock, LiveSessions],
      useFactory: (config: AppConfig, dataSource: DataSource, clock: Clock, live: LiveSessions) => {
        const jwt = new JwtService({ secret: config.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } });
        let host: GraphQLSchemaHost | undefined;
        const armor = armorProtection(config);
        const trustedOrigins = trustedOriginsOf(config);
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Nest would also run the introspection query over the schema it built from the classes, as a
          // self-check (~5 % of each start): the schema served is checked anyway, by graphql when it is
          // built from the printed SDL and by Apollo (assertValidSchema) when it starts.
          buildSchemaOptions: { skipCheck: true },
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
              ? { req: arg.req, res: arg.res, loaders: new Loaders(dataSource), personalData: new PersonalDataReads() }
              : { req: { user: arg.extra?.user, headers: {} }, loaders: new Loaders(dataSource) },
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              // A bearer client sends { authorization: 'Bearer <access token>' } as connection params; the
              // browser sends nothing: its session cookie came with the upgrade request.
              onConnect: async (ctx: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
                const request = (ctx.extra as { request?: IncomingMessage }).request;
                const user = await authenticateSocket(jwt, dataSource, clock, ctx.connectionParams, request, trustedOrigins);
                if (!user) return false;
                const extra = ctx.extra as { user?: AuthUser; socket?: ClosableSocket };
                extra.user = user;
                // Closed when the session ends (sign-out, password change, deactivation).
                if (extra.socket) live.register(extra.socket, user);
                return true;
              },
              onClose: (ctx: { extra: unknown }) => {
                const socket = (ctx.extra as { socket?: ClosableSocket }).socket;
                if (socket) live.forget(socket);
              },
              // The same error contract as over HTTP: code, reason, and the language of the connection params.
              onError: (ctx: { connectionParams?: Record<string, unknown> }, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
                socketErrors(ctx.connectionParams, errors),
              onNext: (ctx: { connectionParams?: Record<string, unknown> }, _id: string, _payload: unknown, _args: unknown, result: FormattedExecutionResult | ExecutionResult) =>
                result.errors?.length ? { ...result, errors: socketErrors(ctx.connectionParams, result.errors as readonly GraphQLError[]) } : undefined,
            },
          },
          formatError: formatGraphQLError,
          plugins: [
            // No response is cached by HTTP hints (none is set anywhere): Apollo's default cache-control plugin
            // would still compute a hint on every resolved field (about 8% of the CPU of a 60-official overview)
            // to end up, always, at the header it sent: `cache-control: no-store`, which noStorePlugin now sets.
            ApolloServerPluginCacheControlDisabled(),
            noStorePlugin,
            languagePlugin,
            rateLimitPlugin,
            serviceUnavailablePlugin,
            // Reads of other people's evaluations and spot checks, logged in bulk (docs/SECURITY.md "Dữ liệu cá nhân").
            personalDataAccessPlugin(dataSource, clock),
            ...armor.plugins,
            complexityPlugin(() => {
              if (!host) throw new Error('schema not built yet');
              return host.schema;
            }, config.GRAPHQL_MAX_COMPLEXITY),
          ],
          transformSchema: (schema) => {
            // Costs read each resolver as built, so the access-log wrapping comes after them.
            host = { schema: notePersonalRecordReads(assignFieldCosts(boundDateTimeInputs(schema))) } as GraphQLSchemaHost;
            return schema;
          },
        };
      },
    }),
  ],
})
export class GraphQLSetupModule {}

/**
 * The socket's session: the bearer token of the connection params, else the session cookie of the
 * upgrade request. A cookie is taken only from a same-site page (the browser always sends Origin on a
 * WebSocket): another site's page must not open a socket on its visitor's session (cross-site
 * WebSocket hijacking; SameSite=Strict already keeps the cookie off such upgrades in current browsers).
 */
async function authenticateSocket(
  jwt: JwtService,
  dataSource: DataSource,
  clock: Clock,
  params: Record<string, unknown> | undefined,
  request: IncomingMessage | undefined,
  trustedOrigins: readonly string[],
): Promise<AuthUser | null> {
  const header = typeof params?.['authorization'] === 'string' ? params['authorization'] : '';
  let token = header.replace(/^Bearer\s+/i, '');
  if (!token && request) {
    const cookie = cookiesOf(request.headers)[ACCESS_COOKIE];
    if (cookie && isCrossSite(request.headers, trustedOrigins)) {
      new Logger('Subscriptions').warn('refused a WebSocket connection: session cookie from another site');
      return null;
    }
    token = cookie ?? '';
  }
  if (!token) return null;
  try {
    return await loadSessionUser(dataSource, jwt.verify<AccessTokenPayload>(token), clock.now());
  } catch (error) {
    new Logger('Subscriptions').debug(`refused a WebSocket connection: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function socketErrors(params: Record<string, unknown> | undefined, errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  const english = wantsEnglish(String(params?.['accept-language'] ?? ''));
  return errors.map((e) => {
    const formatted = formatGraphQLError(e instanceof GraphQLError ? e.toJSON() : (e as GraphQLFormattedError), e);
    return localise({ ...formatted, extensions: { ...formatted.extensions } }, english) as GraphQLFormattedError;
  });
}
