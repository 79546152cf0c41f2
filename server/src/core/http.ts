import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '@xianfeng/shared/domain';
import type { Me } from '@xianfeng/shared/schemas/auth';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Actor } from './access';
import type { Ctx } from './context';
import { unauthenticated } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    me: Me | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, docs). */
    public?: boolean;
  }
}


export interface Deps {
  database: Database;
  config: Config;
}

export const SESSION_COOKIE = 'xf_session';
export const LOCALE_COOKIE = 'xf_locale';

/** The service context of an authenticated request. */
export function ctxOf(request: FastifyRequest, deps: Deps): Ctx {
  if (!request.actor) throw unauthenticated();
  return { db: deps.database.db, actor: request.actor, requestId: String(request.id), timeZone: deps.config.timeZone };
}

/** Content-Disposition for a download with a Chinese file name (RFC 5987). */
export function sendFile(reply: FastifyReply, fileName: string, mime: string, body: Buffer) {
  return reply
    .header('content-type', mime)
    .header('content-disposition', `attachment; filename="download${fileName.slice(fileName.lastIndexOf('.'))}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
