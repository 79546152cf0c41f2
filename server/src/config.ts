import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  XIANFENG_DATA_DIR: z.string().default('./data'),
  XIANFENG_TIME_ZONE: z.string().default('Asia/Shanghai'),
  /** Minutes of inactivity after which a session ends. */
  XIANFENG_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  /** 'true' behind HTTPS: session cookies are then Secure. */
  XIANFENG_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  /** 'false' skips the demo data on first start (a real installation). */
  XIANFENG_DEMO: z.enum(['true', 'false']).default('true'),
  /** Name of the top committee created on a real installation's first start. */
  XIANFENG_ROOT_ORG_NAME: z.string().min(1).default('集团党委'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  timeZone: string;
  sessionIdleMinutes: number;
  secureCookies: boolean;
  demo: boolean;
  rootOrgName: string;
  logLevel: string;
  /** Where uploaded files are kept. */
  filesDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = envSchema.parse(env);
  const dataDir = path.resolve(e.XIANFENG_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir,
    timeZone: e.XIANFENG_TIME_ZONE,
    sessionIdleMinutes: e.XIANFENG_SESSION_IDLE_MINUTES,
    secureCookies: e.XIANFENG_SECURE_COOKIES === 'true',
    demo: e.XIANFENG_DEMO === 'true',
    rootOrgName: e.XIANFENG_ROOT_ORG_NAME,
    logLevel: e.LOG_LEVEL,
    filesDir: path.join(dataDir, 'files'),
  };
}
