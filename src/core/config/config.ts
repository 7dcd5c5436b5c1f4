import path from 'node:path';
import { z } from 'zod';

/** Environment, parsed once. Every setting MedZone reads from the environment is declared here. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  MEDZONE_DATA_DIR: z.string().min(1).default('.medzone'),
  MEDZONE_DEMO: z.enum(['0', '1']).default('1'),
  /** Set when a TLS-terminating proxy sits in front: cookies become Secure and X-Forwarded-* is trusted. */
  MEDZONE_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  MEDZONE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  loadDemo: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof envSchema>['MEDZONE_LOG_LEVEL'];
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.MEDZONE_DATA_DIR),
    loadDemo: e.MEDZONE_DEMO === '1',
    trustProxy: e.MEDZONE_TRUST_PROXY === '1',
    logLevel: e.MEDZONE_LOG_LEVEL,
  };
}
