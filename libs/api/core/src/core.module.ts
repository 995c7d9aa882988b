import { PersonalDataLog } from './personal-data/personal-data-log';
import { PersonalDataAccessEntity } from './personal-data/personal-data-access.entity';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access/access.service';
import { AuditChainHeadEntity, AuditEventEntity } from './audit/audit-event.entity';
import { AuditService } from './audit/audit.service';
import { AuditTrailResolver } from './audit/trail/audit-trail.resolver';
import { AuditTrailService } from './audit/trail/audit-trail.service';
import { AccessGuard } from './auth/access.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { PasswordService } from './auth/password.service';
import { SessionEntity } from './auth/session.entity';
import { SignInThrottlerGuard } from './auth/rate-limit/sign-in-throttler.guard';
import { signInThrottlers } from './auth/rate-limit/sign-in-throttlers';
import { RetiredRefreshTokenEntity } from './auth/retired-refresh-token.entity';
import { RateLimitBucketEntity } from './auth/rate-limit/rate-limit-bucket.entity';
import { RecoveryCodeEntity, SecondFactorEntity } from './auth/second-factor/second-factor.entity';
import { SecondFactorResolver } from './auth/second-factor/second-factor.resolver';
import { SecondFactorService } from './auth/second-factor/second-factor.service';
import { SecretBox } from './auth/second-factor/secret-box';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseConnectionSettings } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { AppErrorFilter } from './errors/app-error.filter';
import { AppValidationPipe } from './errors/validation';
import { GraphQLSetupModule } from './graphql/graphql-setup.module';
import { HealthController } from './health/health.controller';
import { SignatureVerifier } from './signatures/signature-verifier';
import { PilotReportArchiveSource } from './archive/pilot-report-archive';
import { DocumentSystemClient } from './document-system/document-system.client';
import { RequestLoggerMiddleware } from './logging/request-logger.middleware';
import { Clock } from './time/clock';
import { CalendarDayEntity } from './calendar/calendar-day.entity';
import { CalendarService } from './calendar/calendar.service';
import { AfterCommit } from './database/after-commit';
import { DemoContributions } from './demo/demo-contributions';
import { FileReadGrants } from './files/file-read-grants';
import { JobQueue } from './jobs/job-queue.service';
import { RealtimeBus } from './realtime/realtime-bus';
import { LiveSessions } from './realtime/live-sessions';
import { AgencyEntity } from './org-model/agency.entity';
import { PositionEntity } from './org-model/position.entity';
import { RankEntity } from './org-model/rank.entity';
import { UnitEntity } from './org-model/unit.entity';
import { UserEntity } from './org-model/user.entity';
import { AdapterHealth } from './adapters/adapter-health';
import { MailTransport } from './mail/mail-transport';
import { SmtpMailTransport } from './mail/smtp-mail-transport';
import { AppSettingEntity } from './settings/app-setting.entity';
import { SignInSettings } from './settings/sign-in-settings';
import { CitySignInResolver } from './auth/sso/city-sign-in.resolver';
import { CitySignInService } from './auth/sso/city-sign-in.service';
import { IdentityProvider } from './auth/sso/identity-provider';
import { OidcIdentityProvider } from './auth/sso/oidc-identity-provider';
import { SsoSignInEntity } from './auth/sso/sso-sign-in.entity';

export const CORE_ENTITIES = [
  AgencyEntity,
  UnitEntity,
  PositionEntity,
  RankEntity,
  UserEntity,
  SessionEntity,
  RetiredRefreshTokenEntity,
  RateLimitBucketEntity,
  SecondFactorEntity,
  RecoveryCodeEntity,
  AuditEventEntity,
  AuditChainHeadEntity,
  CalendarDayEntity,
  PersonalDataAccessEntity,
  AppSettingEntity,
  SsoSignInEntity,
];

export interface CoreOptions {
  config: AppConfig;
  database: DatabaseConnectionSettings;
  /** false: build without a database connection (emitting schema.gql). */
  connect?: boolean;
}

/**
 * What every feature stands on: config, database, GraphQL, sign-in, the global guard and
 * validation pipe, scope checks (AccessService) and the audit trail.
 */
@Module({})
export class CoreModule implements NestModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [
        ConfigModule.forRoot(options.config),
        DatabaseModule.forRoot(options.database, options.connect ?? true),
        TypeOrmModule.forFeature(CORE_ENTITIES),
        PassportModule,
        JwtModule.register({ secret: options.config.JWT_SECRET, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
        GraphQLSetupModule,
        // Sign-in rate limits, counted in the database (shared by every instance).
        ThrottlerModule.forRootAsync({ inject: [AppConfig, DataSource, Clock], useFactory: signInThrottlers }),
      ],
      controllers: [HealthController],
      providers: [
        Clock,
        CalendarService,
        DemoContributions,
        FileReadGrants,
        SignatureVerifier,
        PilotReportArchiveSource,
        DocumentSystemClient,
        AfterCommit,
        JobQueue,
        RealtimeBus,
        LiveSessions,
        AuditService,
        PersonalDataLog,
        AccessService,
        PasswordService,
        SecretBox,
        SecondFactorService,
        SecondFactorResolver,
        AuthService,
        JwtStrategy,
        LocalStrategy,
        SignInThrottlerGuard,
        AuthResolver,
        AuditTrailService,
        AuditTrailResolver,
        AdapterHealth,
        { provide: MailTransport, useClass: SmtpMailTransport },
        { provide: IdentityProvider, useClass: OidcIdentityProvider },
        SignInSettings,
        CitySignInService,
        CitySignInResolver,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: AppValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
      exports: [
        Clock,
        CalendarService,
        DemoContributions,
        FileReadGrants,
        SignatureVerifier,
        PilotReportArchiveSource,
        DocumentSystemClient,
        AfterCommit,
        JobQueue,
        RealtimeBus,
        LiveSessions,
        AuditService,
        PersonalDataLog,
        AccessService,
        PasswordService,
        SecondFactorService,
        AuthService,
        AdapterHealth,
        MailTransport,
        SignInSettings,
        TypeOrmModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggerMiddleware).forRoutes('*path');
  }
}
