import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { campaignFigures, figuresQuery } from '@xianfeng/shared/schemas/campaigns';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import { ctxOf, type Deps } from '../../core/http';
import * as figures from './figures.service';

export const figuresRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/campaigns/:id/figures',
      {
        schema: {
          tags: ['campaigns'],
          summary: 'Key figures at a node of the campaign, as of a day (default today)',
          params: idParams,
          querystring: figuresQuery,
          response: { 200: campaignFigures, 400: errorResponse },
        },
      },
      (req) => figures.campaignFigures(ctxOf(req, deps), req.params.id, req.query),
    );
  };
