import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, okResponse } from '@xianfeng/shared/schemas/common';
import { checkInBody, checkInCode, checkInResult } from '@xianfeng/shared/schemas/records';
import { ctxOf, type Deps } from '../../core/http';
import * as checkIn from './checkin.service';

const tags = ['check-in'];

export const checkInRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    app.post('/records/:id/check-in/open', { schema: { tags, summary: 'Open QR check-in (host, recorder or staff); answers the current code', params: idParams, response: { 200: checkInCode } } }, (req) =>
      checkIn.openCheckIn(ctx(req), req.params.id),
    );
    app.get('/records/:id/check-in/code', { schema: { tags, summary: 'The current code (rotates every 30 s)', params: idParams, response: { 200: checkInCode } } }, (req) =>
      checkIn.currentCode(ctx(req), req.params.id),
    );
    app.post('/records/:id/check-in/close', { schema: { tags, params: idParams, response: { 200: okResponse } } }, async (req) => {
      await checkIn.closeCheckIn(ctx(req), req.params.id);
      return { ok: true as const };
    });
    app.post(
      '/records/:id/check-in',
      {
        schema: { tags, summary: 'Check in with the scanned code (people on the list only)', params: idParams, body: checkInBody, response: { 200: checkInResult } },
        // A code has a million values: a few guesses a minute per account make guessing pointless.
        config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: (req) => `check-in:${req.actor?.accountId ?? req.ip}` } },
      },
      (req) => checkIn.checkIn(ctx(req), req.params.id, req.body.code),
    );
  };
