import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** proxy-addr's names for address ranges, accepted in TRUST_PROXY besides addresses and CIDR ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * The reverse proxies whose `X-Forwarded-For` is believed: off by default (the client address is
 * the socket's), else a comma-separated list of addresses, CIDR ranges or `loopback`. "true" is
 * refused: trusting every sender lets any client choose its address and escape the sign-in limits.
 */
const TrustProxy = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length > 0, { message: 'list the proxy addresses, or leave unset' })
  .transform((list) => (list.length === 1 && ['false', '0', 'off'].includes(list[0]!) ? [] : list))
  .refine((list) => list.every(isProxyAddress), {
    message:
      '须为代理服务器的地址列表（如 127.0.0.1,10.0.0.0/8）/ must list proxy addresses or CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8), not true',
  });

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A real PostgreSQL server; when absent the embedded PGlite database is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded database. */
  DATA_DIR: z.string().min(1).default(path.resolve('data/pglite')),
  COOKIE_SECURE: boolFlag.default(true),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(3).max(20).default(5),
  /** Sign-in attempts per client address per minute (slows password spraying across accounts). */
  SIGN_IN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(30),
  /** Public portal requests (/p/…) per client address per minute and kind of page (villagers behind one carrier address share it). */
  PORTAL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1000000).default(600),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /**
   * Failed sign-ins for one phone number from all addresses together within LOCKOUT_MINUTES; beyond
   * it the number waits out the rest of that period (slows guessing spread over many addresses).
   */
  SIGN_IN_PHONE_CEILING: z.coerce.number().int().min(3).max(10000).default(20),
  /** Proxies whose X-Forwarded-For is believed; default none (see TrustProxy). */
  TRUST_PROXY: TrustProxy.default([]),
  /** The address users open, e.g. https://cunzhi.example.cn: accepted as Origin of state-changing requests. */
  PUBLIC_ORIGIN: z
    .string()
    .url()
    .transform((v) => new URL(v).origin)
    .optional(),
  /** The deployment is served over HTTPS (by a TLS proxy): send HSTS and upgrade-insecure-requests. Defaults to whether PUBLIC_ORIGIN is https://. */
  HTTPS: boolFlag.optional(),
  /**
   * The SMS gateway that sends villagers the one-time code for asking a question on the public
   * portal without an account: a webhook the server POSTs JSON {phone, text} to. Unset, the
   * portal offers no code and tells villagers to ask the clerk (docs/disclosure.md).
   */
  SMS_GATEWAY_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), { message: 'must be an http:// or https:// address' })
    .optional(),
  /** Sent to the gateway as `Authorization: Bearer …` when set. */
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  /**
   * Where the notification outbox sends SMS (docs/notifications.md): `file` (default) appends each
   * as a JSON line to OUTBOX_FILE; `webhook` POSTs to SMS_GATEWAY_URL; `aliyun` uses Alibaba
   * Cloud SMS with the ALIYUN_SMS_* settings.
   */
  OUTBOX_ADAPTER: z.enum(['file', 'webhook', 'aliyun']).default('file'),
  /** The file adapter's file; default outbox-sms.jsonl in DATA_DIR. */
  OUTBOX_FILE: z.string().min(1).optional(),
  /** Run the outbox's delivery loop inside the server (off: run `cli.ts outbox` from cron instead). */
  OUTBOX_WORKER: boolFlag.default(true),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  /** The registered signature (签名), e.g. 某某村村委会. */
  ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
  /** An approved template whose one variable is ${text}. */
  ALIYUN_SMS_TEMPLATE_CODE: z.string().min(1).optional(),
  ALIYUN_SMS_ENDPOINT: z.string().url().default('https://dysmsapi.aliyuncs.com/'),
  DEMO: boolFlag.default(true),
  DEMO_SEED: z.coerce.number().int().default(20081028),
  /** The showcase community's year of books and seed 002's ¥450,000 in the demo; off, its ledger starts empty (for a clerk entering last month's papers, as one e2e flow does). */
  DEMO_BOOKS: boolFlag.default(true),
  /**
   * Where a case's photos and documents are kept (docs/services.md "Attachments"): `database`, as
   * PostgreSQL large objects beside the rows (one backup, one transaction), or `disk`, as files
   * under ATTACHMENTS_DIR (a volume every app server shares). Unset: `database` on PostgreSQL,
   * `disk` on PGlite, whose one connection would be held seconds by a 10 MB photo (storeFor).
   * Files kept before a change stay readable where they are.
   */
  ATTACHMENT_STORE: z.enum(['database', 'disk']).optional(),
  ATTACHMENTS_DIR: z.string().min(1).default(path.resolve('data/attachments')),
  /**
   * The engine that reads a notice's 广播稿 into a WAV for the village loudspeaker
   * (docs/broadcast.md): `espeak-ng` (its Mandarin voice) when installed, `off` for the script alone.
   */
  TTS: z.enum(['espeak-ng', 'off']).default('espeak-ng'),
  /** The espeak-ng program, if not on PATH. */
  TTS_COMMAND: z.string().min(1).default('espeak-ng'),
  WEB_DIST: z.string().default(path.resolve('packages/web/dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * The bearer token Prometheus sends to read GET /metrics (docs/operations.md); unset, the server
   * has no /metrics. At least 16 characters: it guards the deployment's load figures.
   */
  METRICS_TOKEN: z.string().min(16).optional(),
  TIME_ZONE: z.string().default('Asia/Shanghai'),
  /** Check every answer against its contract schema before sending (tests; slower). */
  CHECK_RESPONSES: boolFlag.default(false),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads and checks the environment once at start-up; a bad setting stops the process with a list of problems. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // an empty variable (DATABASE_URL= in a .env or a shell) means "not set"
  const given = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = ConfigSchema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置有误 / invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Whether the deployment says it serves HTTPS: HTTPS=1, or a PUBLIC_ORIGIN starting with https://. */
export function servesHttps(config: Pick<Config, 'HTTPS' | 'PUBLIC_ORIGIN'>): boolean {
  return config.HTTPS ?? config.PUBLIC_ORIGIN?.startsWith('https://') ?? false;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    COOKIE_SECURE: false,
    DEMO: false,
    LOG_LEVEL: 'silent',
    SIGN_IN_RATE_PER_MINUTE: 10_000,
    // every answer a test receives has been checked against the contract
    CHECK_RESPONSES: true,
    // a test's files go where the machine keeps temporary ones, not into the work tree's data/
    ATTACHMENTS_DIR: path.join(os.tmpdir(), 'cunzhi-test-attachments'),
    ...overrides,
  };
}
