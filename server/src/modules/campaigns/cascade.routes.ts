// HTTP of the relay (逐级传达): 自选动作, tightened deadlines, 已传达; 督办; copy as template.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  campaignDetail,
  childParams,
  copyCampaignBody,
  launchResult,
  localActionBody,
  overduePage,
  overdueQuery,
  receiptBody,
  receiptsList,
  receiptsQuery,
  receiptView,
  tightenBody,
  tightenResult,
} from '@xianfeng/shared/schemas/campaigns';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import { ctxOf, type Deps } from '../../core/http';
import { getCampaign } from './campaigns.service';
import * as cascade from './cascade.service';
import { copyCampaign } from './copy.service';
import { overdueList } from './overdue.service';

const tags = ['campaigns'];

export const cascadeRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);

    app.post('/campaigns/:id/local-actions', { schema: { tags, summary: '自选动作: an action of a node below the owner for its subtree, assigned at once', params: idParams, body: localActionBody, response: { 201: launchResult, 400: errorResponse } } }, async (req, reply) =>
      reply.code(201).send(await cascade.addLocalAction(ctx(req), req.params.id, req.body)),
    );
    app.post('/campaigns/:id/actions/:childId/tighten', { schema: { tags, summary: 'Bring an action’s deadline forward in a node’s subtree (never back)', params: childParams, body: tightenBody, response: { 200: tightenResult, 400: errorResponse } } }, (req) =>
      cascade.tighten(ctx(req), req.params.id, req.params.childId, req.body),
    );
    app.post('/campaigns/:id/receipts', { schema: { tags, summary: '已传达: a node acknowledges the campaign, once', params: idParams, body: receiptBody, response: { 201: receiptView, 400: errorResponse } } }, async (req, reply) =>
      reply.code(201).send(await cascade.acknowledge(ctx(req), req.params.id, req.body)),
    );
    app.get('/campaigns/:id/receipts', { schema: { tags, summary: 'The children of a node holding assignments, acknowledged or not', params: idParams, querystring: receiptsQuery, response: { 200: receiptsList } } }, (req) =>
      cascade.listReceipts(ctx(req), req.params.id, req.query.orgId),
    );
    app.post('/campaigns/:id/copy', { schema: { tags, summary: '复制为模板: a new draft with the phases and actions, dates shifted', params: idParams, body: copyCampaignBody, response: { 201: campaignDetail, 400: errorResponse } } }, async (req, reply) => {
      const row = await copyCampaign(ctx(req), req.params.id, req.body);
      return reply.code(201).send(await getCampaign(ctx(req), row.id));
    });
    app.get('/assignments/overdue', { schema: { tags, summary: '督办: overdue assignments below a node', querystring: overdueQuery, response: { 200: overduePage } } }, (req) =>
      overdueList(ctx(req), req.query),
    );
  };
