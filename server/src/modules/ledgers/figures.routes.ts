import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { boardParams, boardQuery, ledgerBoard, ledgerFigures, ledgerFiguresQuery } from '@xianfeng/shared/schemas/ledgerFigures';
import { errorResponse } from '@xianfeng/shared/schemas/common';
import { ctxOf, type Deps } from '../../core/http';
import * as board from './board.service';
import * as figures from './figures.service';

/** Figures of the ledgers at a node, and the public 挂牌 board. */
export const ledgerFiguresRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/ledger-figures',
      {
        schema: {
          tags: ['ledgers'],
          summary: 'Figures of the ledgers at a node, live, as of a day (default today)',
          querystring: ledgerFiguresQuery,
          response: { 200: ledgerFigures, 400: errorResponse, 404: errorResponse },
        },
      },
      (req) => figures.ledgerFigures(ctxOf(req, deps), req.query),
    );
    app.get(
      '/ledger-board/:orgId',
      {
        schema: {
          tags: ['ledgers'],
          summary: 'The public 挂牌 board of a node: open and struck-off items, names and positions only',
          params: boardParams,
          querystring: boardQuery,
          response: { 200: ledgerBoard, 404: errorResponse },
        },
      },
      (req) => board.ledgerBoard(ctxOf(req, deps), req.params.orgId, req.query),
    );
  };
