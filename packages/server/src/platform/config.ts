import path from 'node:path';
import { z } from 'zod';

const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

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
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  DEMO: boolFlag.default(true),
  DEMO_SEED: z.coerce.number().int().default(20081028),
  WEB_DIST: z.string().default(path.resolve('packages/web/dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    COOKIE_SECURE: false,
    DEMO: false,
    LOG_LEVEL: 'silent',
    SIGN_IN_RATE_PER_MINUTE: 10_000,
    // every answer a test receives has been checked against the contract
    CHECK_RESPONSES: true,
    ...overrides,
  };
}
