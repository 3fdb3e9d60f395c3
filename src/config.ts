import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_RESULT_FILE_HOSTS, isResultHostEntry } from './files/result-hosts.ts';
import { DEFAULT_CORS_ORIGINS, isOriginEntry } from './http/origins.ts';
import {
  JOB_KIND_NAMES,
  JOB_KINDS,
  type JobKindName,
  type ProductId,
  productFor,
} from './tencent/job-kinds.ts';
import { DEFAULT_RETRY_SCHEDULE, parseDuration, parseSchedule } from './webhooks/schedule.ts';
import type { WebhooksConfig } from './webhooks/webhooks.ts';

/**
 * The only reader of the environment. Every variable is checked at once and every problem is
 * reported together, naming the variable and what it accepts, so one restart fixes them all.
 */

export interface ApiKey {
  name: string;
  key: string;
  admin: boolean;
}

export interface Config {
  http: { host: string; port: number };
  upstream: {
    endpoint: string;
    region: string;
    version: string;
    /** The Tencent product endpoint and version address: which job kinds this gateway offers. */
    product: ProductId;
    /** Credential-scope service; undefined → derived from the endpoint host. */
    service: string | undefined;
    /** Undefined → no account: the gateway embeds the simulator. */
    credentials: { secretId: string; secretKey: string; token: string | undefined } | undefined;
    /** Requests per action in any sliding second. */
    qps: number;
    slots: Record<JobKindName, number>;
    timeouts: { connectMs: number; headersMs: number; bodyMs: number; totalMs: number };
  };
  store: { path: string };
  redis: { url: string | undefined; keyPrefix: string };
  auth: { keys: ApiKey[] };
  jobs: {
    /** How fresh a non-terminal snapshot must be: N clients within this interval cost one Query. */
    refreshMs: number;
    /** Jobs one API key may have waiting in the gateway's queue. */
    maxQueuedPerKey: number;
    /** Finished jobs (DONE, FAIL, CANCELED) are deleted this many days after they finished. */
    retentionDays: number;
    /**
     * The share of the Query budget for lookups of raw Tencent JobIds the gateway does not know:
     * searches at once, and searches started per second (each costs at most one Query per action).
     */
    lookups: { maxInFlight: number; perSecond: number };
    /** Automatic retries of a job after a transient upstream FAIL (UPSTREAM_FAIL_RETRIES); 0: none. */
    failRetries: number;
    /**
     * Stall detection (UPSTREAM_STALL_FACTOR, UPSTREAM_STALL_LIMIT_MS): flagged past `factor` × the
     * kind's p90 upstream duration; ended as FAIL UPSTREAM_STALLED past `limitMs` (undefined: never).
     */
    stall: { factor: number; limitMs: number | undefined };
  };
  /** Open `jobStatus` subscriptions per graphql-ws socket and per API key (all transports). */
  subscriptions: { maxPerSocket: number; maxPerKey: number };
  simulator: { waitMs: number; runMs: number; port: number };
  files: {
    /** Hosts result files may be fetched from (RESULT_FILE_HOSTS); the simulator's origin is added by the gateway. */
    resultHosts: string[];
    /** Total bytes of the result-file cache on disk; least recently used files go first (FILE_CACHE_MAX_BYTES). */
    cacheMaxBytes: number;
  };
  /** Signed webhooks (src/webhooks/, README "Webhooks"). */
  webhooks: WebhooksConfig;
  log: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' };
  /**
   * OpenTelemetry traces (README "Traces"): on when an OTLP endpoint is set, unless
   * OTEL_SDK_DISABLED=true. `endpoint` is the full OTLP/HTTP traces URL (`…/v1/traces`).
   */
  tracing: { endpoint: string | undefined; serviceName: string };
  /** Production defaults (NODE_ENV=production): see README "Security and operations". */
  security: {
    production: boolean;
    /** Introspection queries allowed (off in production unless GRAPHQL_INTROSPECTION=true). */
    introspection: boolean;
    /** GraphiQL served at GET /graphql (off in production unless GRAPHIQL=true). */
    graphiql: boolean;
    /** Origins answered with CORS headers: '*' any, else a list (default: loopback origins, any port). */
    corsOrigins: '*' | string[];
    /**
     * TRUSTED_DOCUMENTS: the only documents non-admin keys may send, by the sha256 (hex) of their
     * text; undefined: any document (README "Trusted documents").
     */
    trustedDocuments: ReadonlyMap<string, string> | undefined;
  };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.issues = issues;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const KEY_PAIR = /^[A-Za-z0-9_.-]+:[^\s,:]{8,}$/;

function int(min: number, max: number) {
  return z.coerce
    .number({ error: `an integer between ${min} and ${max}` })
    .int({ error: `an integer between ${min} and ${max}` })
    .min(min, { error: `an integer between ${min} and ${max}` })
    .max(max, { error: `an integer between ${min} and ${max}` });
}

const httpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.pathname === '/' && !u.search;
    } catch {
      return false;
    }
  },
  { error: 'an http(s) origin such as https://hunyuan.intl.tencentcloudapi.com or http://127.0.0.1:4010' },
);

/** An OTLP/HTTP endpoint: any http(s) URL, path included (a collector may sit behind a prefix). */
const otlpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'an http(s) URL such as http://127.0.0.1:4318 (OTLP/HTTP)' },
);

const bool = z
  .enum(['true', 'false', '1', '0'], { error: 'true or false' })
  .transform((s) => s === 'true' || s === '1');

const RETRY_SCHEDULE =
  'comma-separated delays before each attempt, such as 0,5s,5m,30m,2h (units ms, s, m, h, d; at most 50, each up to 7d)';
const retrySchedule = z
  .string()
  .refine((s) => parseSchedule(s) !== undefined, { error: RETRY_SCHEDULE })
  .transform((s) => parseSchedule(s) ?? []);

function duration(min: number, max: number) {
  const error = 'a duration such as 30s, 15m, 24h or 0 (units ms, s, m, h, d)';
  return z
    .string()
    .refine(
      (s) => {
        const ms = parseDuration(s);
        return ms !== undefined && ms >= min && ms <= max;
      },
      { error },
    )
    .transform((s) => parseDuration(s) ?? 0);
}

/** An http(s) origin with nothing after the host and port, as clients reach the gateway. */
const httpOrigin = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === s.replace(/\/$/, '');
    } catch {
      return false;
    }
  },
  { error: 'an http(s) origin such as https://gateway.example.com (no path)' },
);

/** Origins are compared exactly with the browser's Origin header: scheme, host, port, no path. */
const originList = z
  .string()
  .refine((s) => s.trim() === '*' || s.split(',').every((o) => isOriginEntry(o.trim())), {
    error:
      '* or comma-separated origins such as https://app.example.com,http://localhost:5173 (http://localhost:* for any port)',
  });

const hostList = z.string().refine((s) => s.split(',').every((h) => isResultHostEntry(h.trim())), {
  error:
    'comma-separated hosts: a name (storage.example.com), a name with port (127.0.0.1:4010), or a suffix (.myqcloud.com)',
});

const keyList = z.string().refine((s) => s.split(',').every((p) => KEY_PAIR.test(p.trim())), {
  error: 'comma-separated name:key pairs, keys at least 8 characters without spaces, commas or colons',
});

type SlotVarName = `UPSTREAM_${JobKindName}_SLOTS`;

/** `UPSTREAM_<KIND>_SLOTS` for every row of the job-kind table, defaulting to the row's slots. */
const SLOT_VARS = Object.fromEntries(
  JOB_KIND_NAMES.map((kind) => [
    slotVar(kind),
    { schema: int(1, 100), default: String(JOB_KINDS[kind].slots) },
  ]),
) as Record<SlotVarName, { schema: ReturnType<typeof int>; default: string }>;

function slotVar(kind: JobKindName): SlotVarName {
  return `UPSTREAM_${kind}_SLOTS`;
}

const RETENTION_DAYS = 'a whole number of days from 1 to 36500 (finished jobs older than that are deleted)';

/** Retired for 3D (docs/hunyuan-api.md §1.2): its To3DJob actions were removed in 2025. */
const CHINA_HUNYUAN_HOST = 'hunyuan.tencentcloudapi.com';

/** Each variable: its schema and default. '' counts as unset, as in most deployment tools. */
const VARS = {
  PORT: { schema: int(0, 65535), default: '4000' },
  HOST: { schema: z.string().min(1), default: '127.0.0.1' },
  TENCENTCLOUD_SECRET_ID: { schema: z.string().min(1).optional(), default: undefined },
  TENCENTCLOUD_SECRET_KEY: { schema: z.string().min(1).optional(), default: undefined },
  TENCENTCLOUD_SESSION_TOKEN: { schema: z.string().min(1).optional(), default: undefined },
  // Default: the product's first region (ap-singapore on intl, ap-guangzhou on China ai3d).
  TENCENTCLOUD_REGION: {
    schema: z
      .string()
      .regex(/^[a-z]+(-[a-z]+)+(-\d+)?$/, { error: 'a region such as ap-singapore' })
      .optional(),
    default: undefined,
  },
  HUNYUAN_ENDPOINT: { schema: httpUrl, default: 'https://hunyuan.intl.tencentcloudapi.com' },
  HUNYUAN_API_VERSION: {
    schema: z
      .enum(['2023-09-01', '2025-05-13'], { error: '2023-09-01 (hunyuan) or 2025-05-13 (ai3d)' })
      .optional(),
    default: undefined,
  },
  HUNYUAN_SERVICE: {
    schema: z.enum(['hunyuan', 'ai3d'], { error: 'hunyuan or ai3d' }).optional(),
    default: undefined,
  },
  UPSTREAM_QPS: { schema: int(1, 1000), default: '20' },
  ...SLOT_VARS,
  UPSTREAM_TIMEOUT_MS: { schema: int(100, 600_000), default: '30000' },
  GATEWAY_DB: { schema: z.string().min(1), default: './data/gateway.db' },
  REDIS_URL: {
    schema: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, { error: 'a redis:// or rediss:// URL' })
      .optional(),
    default: undefined,
  },
  REDIS_KEY_PREFIX: {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9:_.-]{1,64}$/, { error: 'letters, digits and : _ . - (at most 64)' }),
    default: 'h3dgw:',
  },
  GATEWAY_API_KEYS: { schema: keyList.optional(), default: undefined },
  GATEWAY_ADMIN_KEYS: { schema: keyList.optional(), default: undefined },
  GATEWAY_KEYS_FILE: { schema: z.string().min(1).optional(), default: undefined },
  TRUSTED_DOCUMENTS: { schema: z.string().min(1).optional(), default: undefined },
  JOB_REFRESH_MS: { schema: int(100, 60_000), default: '1000' },
  MAX_QUEUED_JOBS_PER_KEY: { schema: int(1, 1_000_000), default: '200' },
  JOB_RETENTION_DAYS: {
    schema: z.coerce
      .number({ error: RETENTION_DAYS })
      .int({ error: RETENTION_DAYS })
      .min(1, { error: RETENTION_DAYS })
      .max(36_500, { error: RETENTION_DAYS }),
    default: '30',
  },
  MAX_SUBSCRIPTIONS_PER_SOCKET: { schema: int(1, 1_000_000), default: '100' },
  MAX_SUBSCRIPTIONS_PER_KEY: { schema: int(1, 10_000_000), default: '1000' },
  EXTERNAL_LOOKUP_CONCURRENCY: { schema: int(1, 1000), default: '2' },
  UPSTREAM_FAIL_RETRIES: { schema: int(0, 10), default: '1' },
  UPSTREAM_STALL_FACTOR: {
    schema: z.coerce
      .number({ error: 'a number from 1 to 1000' })
      .min(1, { error: 'a number from 1 to 1000' })
      .max(1000, { error: 'a number from 1 to 1000' }),
    default: '3',
  },
  /** Default: off (a stalled job is flagged, never ended). */
  UPSTREAM_STALL_LIMIT_MS: { schema: int(1000, 86_400_000).optional(), default: undefined },
  /** Default: a fifth of UPSTREAM_QPS (at least 1). */
  EXTERNAL_LOOKUP_QPS: { schema: int(1, 1000).optional(), default: undefined },
  SIMULATOR_PORT: { schema: int(0, 65535), default: '4010' },
  SIMULATOR_WAIT_MS: { schema: int(0, 3_600_000), default: '1000' },
  SIMULATOR_RUN_MS: { schema: int(0, 3_600_000), default: '5000' },
  NODE_ENV: { schema: z.string().optional(), default: undefined },
  GRAPHQL_INTROSPECTION: { schema: bool.optional(), default: undefined },
  GRAPHIQL: { schema: bool.optional(), default: undefined },
  CORS_ORIGINS: { schema: originList.optional(), default: undefined },
  RESULT_FILE_HOSTS: { schema: hostList.optional(), default: undefined },
  FILE_CACHE_MAX_BYTES: { schema: int(1_048_576, 2 ** 50), default: String(2 * 1024 ** 3) },
  WEBHOOK_ALLOW_PRIVATE_TARGETS: { schema: bool, default: 'false' },
  WEBHOOK_RETRY_SCHEDULE: { schema: retrySchedule, default: DEFAULT_RETRY_SCHEDULE },
  WEBHOOK_TIMEOUT_MS: { schema: int(100, 120_000), default: '15000' },
  WEBHOOK_SECRET_OVERLAP: { schema: duration(0, 7 * 24 * 3_600_000), default: '24h' },
  WEBHOOK_MAX_PER_KEY: { schema: int(1, 1000), default: '20' },
  WEBHOOK_DELIVERY_RETENTION_DAYS: { schema: int(2, 3650), default: '7' },
  WEBHOOK_DELIVERIES_PER_ENDPOINT: { schema: int(10, 1_000_000), default: '1000' },
  WEBHOOK_PUBLIC_ORIGIN: { schema: httpOrigin.optional(), default: undefined },
  LOG_LEVEL: {
    schema: z.enum(LOG_LEVELS, { error: LOG_LEVELS.join(', ') }),
    default: 'info',
  },
  // The OpenTelemetry names, so tracing is configured as for any other service (README "Traces").
  OTEL_EXPORTER_OTLP_ENDPOINT: { schema: otlpUrl.optional(), default: undefined },
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: { schema: otlpUrl.optional(), default: undefined },
  OTEL_SERVICE_NAME: { schema: z.string().min(1), default: 'hunyuan3d-gateway' },
  // As the specification says: only a case-insensitive "true" disables; anything else does not.
  OTEL_SDK_DISABLED: {
    schema: z.string().transform((s) => s.trim().toLowerCase() === 'true'),
    default: 'false',
  },
} as const;

type VarName = keyof typeof VARS;
type Parsed = { [K in VarName]: z.output<(typeof VARS)[K]['schema']> };

export const CONFIG_VARIABLES = Object.keys(VARS) as VarName[];

/**
 * A keys file keeps keys out of the process environment: one `name:key` per line, `name:key:admin`
 * for admin keys; blank lines and lines starting with # are ignored.
 */
function readKeysFile(path: string, issues: string[]): ApiKey[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    issues.push(`GATEWAY_KEYS_FILE=${JSON.stringify(path)}: cannot read it (${(err as Error).message})`);
    return [];
  }
  const keys: ApiKey[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^([A-Za-z0-9_.-]+):([^\s,:]{8,})(:admin)?$/.exec(line);
    if (!m?.[1] || !m[2]) {
      issues.push(
        `GATEWAY_KEYS_FILE line ${i + 1}: expected name:key or name:key:admin (key at least 8 characters without spaces, commas or colons)`,
      );
      return;
    }
    keys.push({ name: m[1], key: m[2], admin: m[3] !== undefined });
  });
  return keys;
}

const TRUSTED_DOCUMENTS_FORMAT =
  'a JSON object mapping the sha256 (64 lowercase hex digits) of each document to its text, as `npm run build` writes to dist/trusted-documents.json';

/**
 * The trusted documents manifest. Every entry's key must be the sha256 of its text: a key that is
 * not would let a client run a document by a hash that does not name it.
 */
function readTrustedDocuments(path: string, issues: string[]): Map<string, string> | undefined {
  const at = `TRUSTED_DOCUMENTS=${JSON.stringify(path)}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    issues.push(
      err instanceof SyntaxError
        ? `${at}: not JSON (${err.message}); expected ${TRUSTED_DOCUMENTS_FORMAT}`
        : `${at}: cannot read it (${(err as Error).message})`,
    );
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    issues.push(`${at}: expected ${TRUSTED_DOCUMENTS_FORMAT}`);
    return undefined;
  }
  const documents = new Map<string, string>();
  for (const [hash, text] of Object.entries(json)) {
    if (!/^[0-9a-f]{64}$/.test(hash) || typeof text !== 'string') {
      issues.push(`${at}: entry ${JSON.stringify(hash)}: expected ${TRUSTED_DOCUMENTS_FORMAT}`);
      return undefined;
    }
    if (createHash('sha256').update(text, 'utf8').digest('hex') !== hash) {
      issues.push(`${at}: entry ${JSON.stringify(hash)} is not the sha256 of its text`);
      return undefined;
    }
    documents.set(hash, text);
  }
  if (documents.size === 0) {
    issues.push(`${at}: holds no documents; expected ${TRUSTED_DOCUMENTS_FORMAT}`);
    return undefined;
  }
  return documents;
}

/**
 * The traces URL as the OTLP exporter specification derives it: the signal's own variable as given,
 * else the base endpoint with `v1/traces` appended.
 */
function otlpTracesUrl(
  v: Pick<Parsed, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'>,
) {
  if (v.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return v.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = v.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!base) return undefined;
  return `${base.endsWith('/') ? base : `${base}/`}v1/traces`;
}

function parseKeys(list: string | undefined, admin: boolean): ApiKey[] {
  if (!list) return [];
  return list.split(',').map((pair) => {
    const [name = '', key = ''] = pair.trim().split(':');
    return { name, key, admin };
  });
}

export function loadConfig(env: Env = process.env): Config {
  const issues: string[] = [];
  const values: Record<string, unknown> = {};
  for (const name of CONFIG_VARIABLES) {
    const spec = VARS[name];
    const raw = env[name] === '' ? undefined : env[name];
    const input = raw ?? spec.default;
    const result = spec.schema.safeParse(input);
    if (result.success) values[name] = result.data;
    else
      issues.push(
        `${name}=${JSON.stringify(raw)}: expected ${result.error.issues[0]?.message ?? 'a valid value'}`,
      );
  }
  const v = values as Parsed;
  if (Boolean(v.TENCENTCLOUD_SECRET_ID) !== Boolean(v.TENCENTCLOUD_SECRET_KEY)) {
    issues.push(
      'TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY: set both (talk to Tencent) or neither (embedded simulator)',
    );
  }
  if (
    v.EXTERNAL_LOOKUP_QPS !== undefined &&
    v.UPSTREAM_QPS !== undefined &&
    v.EXTERNAL_LOOKUP_QPS >= v.UPSTREAM_QPS
  ) {
    issues.push(
      `EXTERNAL_LOOKUP_QPS=${JSON.stringify(env.EXTERNAL_LOOKUP_QPS)}: expected less than UPSTREAM_QPS (${v.UPSTREAM_QPS}), so polling of running jobs keeps a share`,
    );
  }
  const keys = [
    ...parseKeys(v.GATEWAY_API_KEYS, false),
    ...parseKeys(v.GATEWAY_ADMIN_KEYS, true),
    ...(v.GATEWAY_KEYS_FILE ? readKeysFile(v.GATEWAY_KEYS_FILE, issues) : []),
  ];
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k.key))
      issues.push(
        `GATEWAY_API_KEYS/GATEWAY_ADMIN_KEYS/GATEWAY_KEYS_FILE: the key of "${k.name}" is used twice`,
      );
    seen.add(k.key);
  }
  if (v.HUNYUAN_ENDPOINT && new URL(v.HUNYUAN_ENDPOINT).hostname.toLowerCase() === CHINA_HUNYUAN_HOST) {
    issues.push(
      `HUNYUAN_ENDPOINT=${JSON.stringify(env.HUNYUAN_ENDPOINT)}: the China hunyuan product has no 3D actions any more; use https://ai3d.tencentcloudapi.com (China) or https://hunyuan.intl.tencentcloudapi.com (international)`,
    );
  }
  const trustedDocuments = v.TRUSTED_DOCUMENTS
    ? readTrustedDocuments(v.TRUSTED_DOCUMENTS, issues)
    : undefined;
  if (issues.length > 0) throw new ConfigError(issues);

  const endpoint = v.HUNYUAN_ENDPOINT.replace(/\/$/, '');
  const host = new URL(endpoint).hostname;
  const version = v.HUNYUAN_API_VERSION ?? (host.startsWith('ai3d.') ? '2025-05-13' : '2023-09-01');
  const product = productFor(host, version).id;
  const credentials =
    v.TENCENTCLOUD_SECRET_ID && v.TENCENTCLOUD_SECRET_KEY
      ? {
          secretId: v.TENCENTCLOUD_SECRET_ID,
          secretKey: v.TENCENTCLOUD_SECRET_KEY,
          token: v.TENCENTCLOUD_SESSION_TOKEN,
        }
      : undefined;
  const totalMs = v.UPSTREAM_TIMEOUT_MS;
  const production = v.NODE_ENV === 'production';
  return {
    http: { host: v.HOST, port: v.PORT },
    upstream: {
      endpoint,
      region: v.TENCENTCLOUD_REGION ?? (product === 'china-ai3d' ? 'ap-guangzhou' : 'ap-singapore'),
      version,
      product,
      service: v.HUNYUAN_SERVICE,
      credentials,
      qps: v.UPSTREAM_QPS,
      slots: Object.fromEntries(JOB_KIND_NAMES.map((kind) => [kind, v[slotVar(kind)]])) as Record<
        JobKindName,
        number
      >,
      timeouts: {
        connectMs: Math.min(5000, totalMs),
        headersMs: Math.min(15000, totalMs),
        bodyMs: Math.min(15000, totalMs),
        totalMs,
      },
    },
    store: { path: v.GATEWAY_DB },
    redis: { url: v.REDIS_URL, keyPrefix: v.REDIS_KEY_PREFIX },
    auth: { keys },
    jobs: {
      refreshMs: v.JOB_REFRESH_MS,
      maxQueuedPerKey: v.MAX_QUEUED_JOBS_PER_KEY,
      retentionDays: v.JOB_RETENTION_DAYS,
      lookups: {
        maxInFlight: v.EXTERNAL_LOOKUP_CONCURRENCY,
        perSecond: v.EXTERNAL_LOOKUP_QPS ?? Math.max(1, Math.floor(v.UPSTREAM_QPS / 5)),
      },
      failRetries: v.UPSTREAM_FAIL_RETRIES,
      stall: { factor: v.UPSTREAM_STALL_FACTOR, limitMs: v.UPSTREAM_STALL_LIMIT_MS },
    },
    subscriptions: { maxPerSocket: v.MAX_SUBSCRIPTIONS_PER_SOCKET, maxPerKey: v.MAX_SUBSCRIPTIONS_PER_KEY },
    simulator: { waitMs: v.SIMULATOR_WAIT_MS, runMs: v.SIMULATOR_RUN_MS, port: v.SIMULATOR_PORT },
    files: {
      resultHosts: v.RESULT_FILE_HOSTS
        ? v.RESULT_FILE_HOSTS.split(',').map((h) => h.trim().toLowerCase())
        : [...DEFAULT_RESULT_FILE_HOSTS],
      cacheMaxBytes: v.FILE_CACHE_MAX_BYTES,
    },
    webhooks: {
      allowPrivateTargets: v.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      retrySchedule: v.WEBHOOK_RETRY_SCHEDULE,
      timeoutMs: v.WEBHOOK_TIMEOUT_MS,
      secretOverlapMs: v.WEBHOOK_SECRET_OVERLAP,
      maxPerKey: v.WEBHOOK_MAX_PER_KEY,
      retentionDays: v.WEBHOOK_DELIVERY_RETENTION_DAYS,
      deliveriesPerEndpoint: v.WEBHOOK_DELIVERIES_PER_ENDPOINT,
      publicOrigin: v.WEBHOOK_PUBLIC_ORIGIN?.replace(/\/$/, ''),
    },
    log: { level: v.LOG_LEVEL },
    tracing: {
      endpoint: v.OTEL_SDK_DISABLED ? undefined : otlpTracesUrl(v),
      serviceName: v.OTEL_SERVICE_NAME,
    },
    security: {
      production,
      introspection: v.GRAPHQL_INTROSPECTION ?? !production,
      graphiql: v.GRAPHIQL ?? !production,
      // Same origin plus loopback origins in every mode: never any origin unless configured (audit F7).
      corsOrigins:
        v.CORS_ORIGINS === undefined
          ? [...DEFAULT_CORS_ORIGINS]
          : v.CORS_ORIGINS.trim() === '*'
            ? '*'
            : v.CORS_ORIGINS.split(',').map((o) => o.trim()),
      trustedDocuments,
    },
  };
}
