// HTTP of the escalation ladder: 督办 now (a step taken by hand). The daily steps are taken by escalation.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import { escalateBody, itemDetail } from '@xianfeng/shared/schemas/ledgers';
import { ctxOf, type Deps } from '../../core/http';
import { escalateByHand } from './escalation';
import * as items from './items.service';

export const ledgerEscalationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    app.post(
      '/ledger-items/:id/escalate',
      {
        schema: {
          tags: ['ledgers'],
          summary: 'Take an escalation step now (督办 / 通报 / 约谈), notified to the responsible person and node',
          params: idParams,
          body: escalateBody,
          response: { 200: itemDetail, 400: errorResponse, 409: errorResponse },
        },
      },
      async (req) => {
        await escalateByHand(ctx(req), req.params.id, req.body);
        return items.getItem(ctx(req), req.params.id);
      },
    );
  };
