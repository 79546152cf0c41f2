import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, idParams, pageOf } from '@xianfeng/shared/schemas/common';
import {
  createOrgBody,
  dissolveOrgBody,
  mergeOrgBody,
  mergeResult,
  moveOrgBody,
  orgChildrenQuery,
  orgDetail,
  orgSearchHit,
  orgSearchQuery,
  orgStats,
  orgStatsQuery,
  orgSummary,
  orgVersion,
  updateOrgBody,
} from '@xianfeng/shared/schemas/orgs';
import { ctxOf, type Deps } from '../../core/http';
import { mergeOrg } from './orgs.restructure';
import * as service from './orgs.service';

const tags = ['orgs'];

export const orgsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const detail = async (req: Parameters<typeof ctxOf>[0], id: number) => service.getOrgDetail(ctx(req), id);

    app.get('/orgs/roots', { schema: { tags, summary: 'Tops of the tree the caller may see', response: { 200: z.array(orgSummary) } } }, (req) =>
      service.listRoots(ctx(req)),
    );
    app.get('/orgs/search', { schema: { tags, querystring: orgSearchQuery, response: { 200: z.array(orgSearchHit) } } }, (req) =>
      service.searchOrgs(ctx(req), req.query.q, req.query.limit),
    );
    app.get('/orgs/:id', { schema: { tags, params: idParams, response: { 200: orgDetail } } }, (req) => detail(req, req.params.id));
    app.get(
      '/orgs/:id/children',
      { schema: { tags, params: idParams, querystring: orgChildrenQuery, response: { 200: pageOf(orgSummary) } } },
      (req) => service.listChildren(ctx(req), req.params.id, req.query),
    );
    app.get(
      '/orgs/:id/stats',
      { schema: { tags, summary: 'Counts of the subtree, today or as it stood on a date', params: idParams, querystring: orgStatsQuery, response: { 200: orgStats } } },
      (req) => service.getStats(ctx(req), req.params.id, req.query.asOf),
    );
    app.get('/orgs/:id/history', { schema: { tags, params: idParams, response: { 200: z.array(orgVersion) } } }, async (req) =>
      (await service.getHistory(ctx(req), req.params.id)) as z.infer<typeof orgVersion>[],
    );
    app.post('/orgs', { schema: { tags, body: createOrgBody, response: { 201: orgDetail } } }, async (req, reply) => {
      const org = await service.createOrg(ctx(req), req.body);
      return reply.code(201).send(await detail(req, org.id));
    });
    app.patch('/orgs/:id', { schema: { tags, params: idParams, body: updateOrgBody, response: { 200: orgDetail } } }, async (req) => {
      await service.updateOrg(ctx(req), req.params.id, req.body);
      return detail(req, req.params.id);
    });
    app.post('/orgs/:id/move', { schema: { tags, params: idParams, body: moveOrgBody, response: { 200: orgDetail } } }, async (req) => {
      await service.moveOrg(ctx(req), req.params.id, req.body);
      return detail(req, req.params.id);
    });
    app.post('/orgs/:id/dissolve', { schema: { tags, params: idParams, body: dissolveOrgBody, response: { 200: orgDetail } } }, async (req) => {
      await service.dissolveOrg(ctx(req), req.params.id, req.body);
      return detail(req, req.params.id);
    });
    app.post(
      '/orgs/:id/merge',
      { schema: { tags, summary: 'Merge (合并) the node into another of its type', params: idParams, body: mergeOrgBody, response: { 200: mergeResult, 400: errorResponse } } },
      async (req) => {
        const { into, moved } = await mergeOrg(ctx(req), req.params.id, req.body, req.locale);
        return { org: await detail(req, req.params.id), into: await detail(req, into.id), moved };
      },
    );
  };
