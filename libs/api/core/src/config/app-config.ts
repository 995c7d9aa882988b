import { existsSync } from 'node:fs';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy, validateSync, ValidateIf } from 'class-validator';
import { secretWeakness } from './secret-strength';

const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase()));

/**
 * Every setting Ketqua reads, validated once at boot. Nothing else reads process.env
 * (ENGINEERING.md); `.env.example` documents each variable.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /**
   * Which proxies may set X-Forwarded-For (express `trust proxy`): the client address the sign-in
   * rate limits and the audit see. `loopback` (default), a list of addresses/CIDRs, or a hop count.
   */
  @IsString()
  @Matches(/^[\w.:/, -]+$/, { message: 'TRUST_PROXY must be loopback, addresses or CIDRs separated by commas, or a number of hops' })
  TRUST_PROXY = 'loopback';

  /**
   * Other origins (scheme://host[:port], comma-separated) from which a browser may use the cookie
   * session, besides the API's own (as seen through TRUST_PROXY). Empty by default: the dashboard is
   * served by the API itself, and the Vite dev server forwards its own host (X-Forwarded-Host).
   */
  @IsOptional()
  @Matches(/^(\s*https?:\/\/[\w.:[\]-]+\s*)(,\s*https?:\/\/[\w.:[\]-]+\s*)*$|^$/, {
    message: 'TRUSTED_ORIGINS must be origins such as https://ketqua.example.vn, separated by commas',
  })
  TRUSTED_ORIGINS?: string;

  /** A PostgreSQL server; without it Ketqua runs its embedded PostgreSQL under KETQUA_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must look like postgres://user:password@host:5432/database' })
  DATABASE_URL?: string;

  /**
   * A PostgreSQL streaming replica (hot standby) of DATABASE_URL for heavy reads (ReadDatabase:
   * reports, exports, aggregates); writes and transactions always go to DATABASE_URL. Needs DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_READ_URL must look like postgres://user:password@replica:5432/database' })
  @ValidateBy({
    name: 'readNeedsPrimary',
    validator: {
      validate: (_value: unknown, args) => !!(args?.object as AppConfig | undefined)?.DATABASE_URL,
      defaultMessage: () => 'DATABASE_READ_URL needs DATABASE_URL (the primary); the embedded database has no replica',
    },
  })
  DATABASE_READ_URL?: string;

  /**
   * A session connection to the primary (direct, or a PgBouncer pool in session mode) when
   * DATABASE_URL goes through PgBouncer in transaction mode: the realtime bus LISTENs on it and the
   * migrations take their session advisory lock on it. Default: DATABASE_URL. Needs DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_SESSION_URL must look like postgres://user:password@host:5432/database' })
  @ValidateBy({
    name: 'sessionNeedsPrimary',
    validator: {
      validate: (_value: unknown, args) => !!(args?.object as AppConfig | undefined)?.DATABASE_URL,
      defaultMessage: () => 'DATABASE_SESSION_URL needs DATABASE_URL; the embedded database has no PgBouncer in front',
    },
  })
  DATABASE_SESSION_URL?: string;

  /**
   * Size of the connection pool per API instance (pg-boss keeps 3 more, realtime 1). 20: a request
   * holds a connection only per statement (reads run outside transactions) and its DataLoaders send
   * several at once, so at 50 concurrent clients 10 connections made requests queue in Node while a
   * 2-core PostgreSQL had idle time; far more than a few per database core only adds contention.
   * See docs/OPERATIONS.md, "Connection pool".
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  /** Size of the replica's connection pool per API instance (DATABASE_READ_URL); default DATABASE_POOL_SIZE. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_READ_POOL_SIZE?: number;

  /** Embedded database, uploaded files and the development JWT secret live here. */
  @IsString()
  @MinLength(1)
  KETQUA_DATA_DIR = '.data';

  /** Port of the embedded PostgreSQL socket (0 = any free port, written to KETQUA_DATA_DIR/embedded.json). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_DB_PORT = 0;

  /**
   * HS256 secret for access tokens; required in production, and there it must look random
   * (length, entropy, no repeated pattern or dictionary word: see secret-strength.ts).
   */
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (openssl rand -base64 48)' })
  @ValidateBy({
    name: 'strongSecret',
    validator: {
      // Production only: tests and development use readable or generated secrets.
      validate: (value: unknown, args) => (args?.object as AppConfig | undefined)?.NODE_ENV !== 'production' || typeof value !== 'string' || secretWeakness(value) === null,
      defaultMessage: (args) => `JWT_SECRET ${secretWeakness(String(args?.value ?? '')) ?? 'is weak'}; generate one with: openssl rand -base64 48`,
    },
  })
  JWT_SECRET?: string;

  /**
   * Key (at least 32 characters) from which the encryption of second-factor secrets and the pepper
   * of recovery codes are derived; without it they are derived from JWT_SECRET. Set it to rotate
   * JWT_SECRET without making everyone enrol their authenticator again.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SECOND_FACTOR_KEY must be at least 32 characters (openssl rand -base64 48)' })
  SECOND_FACTOR_KEY?: string;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** How often open subscription sockets are checked against their sessions (ended ones are closed). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300)
  LIVE_SESSION_CHECK_SECONDS = 5;

  /** Consecutive wrong passwords before the account is locked. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_LOCK_MINUTES = 15;

  /**
   * The argon2id cost of new password hashes: `standard` (argon2's own defaults: 64 MiB, 3 passes,
   * 4 lanes, ~50 ms and ~190 ms of CPU a check) or `test-only-low` (1 MiB, 1 pass: under 1 ms) for
   * test runs, which sign in thousands of times; NODE_ENV=test only, refused anywhere else. A hash
   * carries its parameters, so checks follow whatever cost the hash was made with.
   */
  @IsIn(['standard', 'test-only-low'])
  @ValidateBy({
    name: 'testOnlyCost',
    validator: {
      validate: (value: unknown, args) => value === 'standard' || (args?.object as AppConfig | undefined)?.NODE_ENV === 'test',
      defaultMessage: () => 'PASSWORD_HASH_COST=test-only-low is for NODE_ENV=test only',
    },
  })
  PASSWORD_HASH_COST: 'standard' | 'test-only-low' = 'standard';

  /** Every refused sign-in is answered this much later, whatever the reason (same time for all). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3000)
  LOGIN_FAILURE_DELAY_MS = 300;

  /** A refresh token presented again this soon after its rotation is refused without ending the session (two tabs). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  REFRESH_REUSE_GRACE_SECONDS = 10;

  /** Window of the sign-in rate limits below; a caller over a limit waits until the window ends. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** `login` calls per IP address per window: generous, a whole office may sign in behind one NAT. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_IP = 120;

  /** `login` calls per e-mail (known or not) per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_ACCOUNT = 10;

  /** `refreshSession` calls per IP address per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  REFRESH_RATE_LIMIT_PER_IP = 600;

  /** `refreshSession` calls per account per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  REFRESH_RATE_LIMIT_PER_ACCOUNT = 60;

  /** Built dashboard served at /; empty to serve the API only. */
  @IsString()
  DASHBOARD_DIR = 'dist/apps/dashboard';

  /** Seed the demo city on an empty database (never in production). */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  /** Run background jobs (draws, reminders) in this process; tests turn it off and drive them directly. */
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED = true;

  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'pretty';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Upper bound of a GraphQL operation's cost (fields x page sizes; a field that reaches the database costs more). */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 20000;

  /** Aliases per operation (one query asking the same field thousands of times under new names). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  GRAPHQL_MAX_ALIASES = 20;

  /** Nesting depth of an operation's selections. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(100)
  GRAPHQL_MAX_DEPTH = 12;

  /** Tokens in an operation's text; the parser stops counting past it. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(100000)
  GRAPHQL_MAX_TOKENS = 2000;

  /** Directives per operation (@include/@skip repeated). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  GRAPHQL_MAX_DIRECTIVES = 20;

  /** Largest JSON request body (GraphQL and its variables: the CSV imports are the biggest). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  HTTP_JSON_LIMIT_BYTES = 10 * 1024 * 1024;

  /** Bytes of uploaded files one user may keep in all (attached or not). */
  @Type(() => Number)
  @IsInt()
  @Min(1024 * 1024)
  UPLOAD_QUOTA_BYTES = 500 * 1024 * 1024;

  /** Uploaded files never attached to a deliverable or assignment are deleted after this many hours. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  UNATTACHED_FILE_TTL_HOURS = 24;

  /** Report export files (personal data) are deleted this many days after they were made; the export row and its manifest stay. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  EXPORT_RETENTION_DAYS = 30;

  /**
   * The dashboard's public address (https://ketqua.example.gov.vn), for the links in e-mails; no
   * trailing slash. Empty: mail carries no link.
   */
  @IsOptional()
  @Matches(/^(https?:\/\/[^\s/]+(\/[^\s]*[^\s/])?)?$/, { message: 'PUBLIC_URL must be an http(s) address without a trailing slash' })
  PUBLIC_URL = '';

  /**
   * Official e-mail (thư điện tử công vụ): the SMTP server, e.g. smtps://user:password@mail.example.gov.vn:465
   * or smtp://relay.internal:25. Empty (default): mail is off, notifications stay in the app.
   */
  @IsOptional()
  @Matches(/^(smtps?:\/\/.+)?$/, { message: 'SMTP_URL must look like smtp://host:25 or smtps://user:password@host:465' })
  SMTP_URL = '';

  /** The sender of official e-mail: "Ketqua <ketqua@example.gov.vn>". */
  @IsString()
  MAIL_FROM = 'Ketqua <no-reply@ketqua.local>';

  /** Hour (0–23, Asia/Ho_Chi_Minh) at which the daily digest goes to those who chose it. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(23)
  MAIL_DIGEST_HOUR = 7;

  /**
   * Single sign-on with the city's identity provider (OpenID Connect). All four set: the sign-in
   * page offers "Đăng nhập bằng tài khoản của Thành phố". Empty (default): password sign-in only.
   */
  @IsOptional()
  @Matches(/^(https?:\/\/.+)?$/, { message: "OIDC_ISSUER_URL must be the identity provider's http(s) issuer address" })
  OIDC_ISSUER_URL = '';

  @IsString()
  OIDC_CLIENT_ID = '';

  @IsString()
  OIDC_CLIENT_SECRET = '';

  /** Where the identity provider sends the browser back: the dashboard's /dang-nhap/thanh-pho page. */
  @IsOptional()
  @Matches(/^(https?:\/\/.+)?$/, { message: "OIDC_REDIRECT_URI must be an http(s) address (the dashboard's /dang-nhap/thanh-pho)" })
  OIDC_REDIRECT_URI = '';

  /**
   * Which claim of the identity provider names the Ketqua account: `email` (default) matches the
   * account's e-mail; any other claim (e.g. `employee_code`) matches the account's employee code.
   */
  @Matches(/^[A-Za-z_][\w.:-]{0,63}$/, { message: 'OIDC_MATCH_CLAIM must be a claim name such as email or employee_code' })
  OIDC_MATCH_CLAIM = 'email';

  get mailConfigured(): boolean {
    return this.SMTP_URL !== '';
  }

  get ssoConfigured(): boolean {
    return this.OIDC_ISSUER_URL !== '' && this.OIDC_CLIENT_ID !== '' && this.OIDC_CLIENT_SECRET !== '' && this.OIDC_REDIRECT_URI !== '';
  }

  /**
   * Digital signatures (chữ ký số): the trusted root certificates (PEM, one or more) a signed
   * evaluation record's signer must chain to. Either the PEM text itself (newlines may be written
   * as \\n) or a file holding it. Unset: signature upload is off (SIGNATURES_NOT_CONFIGURED).
   */
  @IsOptional()
  @IsString()
  SIGNATURE_TRUSTED_ROOTS_PEM?: string;

  @IsOptional()
  @IsString()
  SIGNATURE_TRUSTED_ROOTS_FILE?: string;

  /** The largest signed PDF accepted for verification. */
  @Type(() => Number)
  @IsInt()
  @Min(64 * 1024)
  @Max(25 * 1024 * 1024)
  SIGNED_PDF_MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Document management and operations system (hệ thống quản lý văn bản và điều hành): the URL that
   * answers the incoming documents assigned to units (JSON shape in docs/OPERATIONS.md), and its
   * bearer token. Unset: the adapter is off (no scheduled pull; pulling on demand is refused).
   */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'DOCUMENT_SYSTEM_URL must be an http(s) URL' })
  DOCUMENT_SYSTEM_URL?: string;

  @IsOptional()
  @IsString()
  DOCUMENT_SYSTEM_TOKEN?: string;

  /** When the scheduled pull runs (cron, Asia/Ho_Chi_Minh). */
  @IsString()
  DOCUMENT_SYSTEM_PULL_CRON = '*/15 * * * *';

  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(120000)
  DOCUMENT_SYSTEM_TIMEOUT_MS = 10000;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export class ConfigValidationError extends Error {}

/** Reads ./.env into process.env when present (variables already set win), for the app and CLIs. */
export function loadDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  const before = { ...process.env };
  process.loadEnvFile(path);
  Object.assign(process.env, before);
}

/** Variables whose value never reaches a log, even when it is refused. */
const SECRETS = new Set(['JWT_SECRET', 'SECOND_FACTOR_KEY', 'OIDC_CLIENT_SECRET', 'DOCUMENT_SYSTEM_TOKEN']);

/** A refused value as the message shows it: secrets hidden, a database password masked. */
function shown(key: string, value: unknown): string {
  if (SECRETS.has(key)) return typeof value === 'string' ? `(hidden, ${value.length} characters)` : '(hidden)';
  if ((key === 'DATABASE_URL' || key === 'DATABASE_READ_URL' || key === 'DATABASE_SESSION_URL' || key === 'SMTP_URL') && typeof value === 'string')
    return JSON.stringify(value.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@'));
  return JSON.stringify(value);
}

/** Builds the config from an environment, or throws one message naming every bad variable. */
export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(
    'DATABASE_URL',
    'DATABASE_READ_URL',
    'DATABASE_READ_POOL_SIZE',
    'DATABASE_SESSION_URL',
    'JWT_SECRET',
    'SECOND_FACTOR_KEY',
    'SIGNATURE_TRUSTED_ROOTS_PEM',
    'SIGNATURE_TRUSTED_ROOTS_FILE',
    'DOCUMENT_SYSTEM_URL',
    'DOCUMENT_SYSTEM_TOKEN',
  );
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}=${shown(e.property, picked[e.property] ?? e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigValidationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
