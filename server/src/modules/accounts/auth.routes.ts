import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordBody, localeBody, loginBody, me } from '@xianfeng/shared/schemas/auth';
import { okResponse } from '@xianfeng/shared/schemas/common';
import { ctxOf, LOCALE_COOKIE, SESSION_COOKIE, type Deps } from '../../core/http';
import * as auth from './auth.service';

const tags = ['auth'];

export const authRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps.database;
    const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.config.secureCookies };

    app.post(
      '/auth/login',
      {
        // Per address and user name, counted once the body is parsed; the lockout guards each account too.
        config: {
          public: true,
          rateLimit: {
            max: 20,
            timeWindow: '1 minute',
            hook: 'preHandler',
            keyGenerator: (req) => `${req.ip}:${(req.body as { username?: string })?.username ?? ''}`,
          },
        },
        schema: { tags, body: loginBody, response: { 200: me } },
      },
      async (req, reply) => {
        const { token, accountId } = await auth.login(db, req.body.username, req.body.password, {
          userAgent: req.headers['user-agent'] ?? null,
          requestId: String(req.id),
        });
        const { me: who } = await auth.loadActor(db, accountId, deps.config.timeZone);
        reply.setCookie(SESSION_COOKIE, token, cookieOptions);
        reply.setCookie(LOCALE_COOKIE, who.locale, { ...cookieOptions, httpOnly: false, maxAge: 365 * 86400 });
        return who;
      },
    );
    app.post(
      '/auth/logout',
      { config: { public: true }, schema: { tags, response: { 200: okResponse } } },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await auth.logout(db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );
    app.get('/auth/me', { schema: { tags, response: { 200: me } } }, async (req) => req.me!);
    app.post('/auth/password', { schema: { tags, body: changePasswordBody, response: { 200: okResponse } } }, async (req) => {
      const ctx = ctxOf(req, deps);
      await auth.changePassword(db, ctx.actor, req.body.currentPassword, req.body.newPassword, ctx.requestId);
      return { ok: true as const };
    });
    app.put('/auth/locale', { schema: { tags, body: localeBody, response: { 200: okResponse } } }, async (req, reply) => {
      const ctx = ctxOf(req, deps);
      await auth.setLocale(db, ctx.actor, req.body.locale, ctx.requestId);
      reply.setCookie(LOCALE_COOKIE, req.body.locale, { ...cookieOptions, httpOnly: false, maxAge: 365 * 86400 });
      return { ok: true as const };
    });
  };
