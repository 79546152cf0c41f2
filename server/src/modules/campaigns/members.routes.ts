// HTTP of a campaign's people (领导小组, 办公室, 指导组) and guidance visits (指导组参会).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { childParams, memberBody, memberView, updateMemberBody, visitBody, visitsPage, visitsQuery, visitView } from '@xianfeng/shared/schemas/campaigns';
import { errorResponse, idParams, okResponse } from '@xianfeng/shared/schemas/common';
import { ctxOf, type Deps } from '../../core/http';
import * as members from './members.service';
import * as visits from './visits.service';

const tags = ['campaigns'];

export const membersRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);

    app.get('/campaigns/:id/members', { schema: { tags, summary: 'The leading group, office and guidance group', params: idParams, response: { 200: z.array(memberView) } } }, (req) =>
      members.listMembers(ctx(req), req.params.id),
    );
    app.post('/campaigns/:id/members', { schema: { tags, params: idParams, body: memberBody, response: { 201: memberView, 400: errorResponse } } }, async (req, reply) =>
      reply.code(201).send(await members.addMember(ctx(req), req.params.id, req.body)),
    );
    app.patch('/campaigns/:id/members/:childId', { schema: { tags, params: childParams, body: updateMemberBody, response: { 200: memberView, 400: errorResponse } } }, (req) =>
      members.updateMember(ctx(req), req.params.id, req.params.childId, req.body),
    );
    app.delete('/campaigns/:id/members/:childId', { schema: { tags, params: childParams, response: { 200: okResponse } } }, async (req) => {
      await members.removeMember(ctx(req), req.params.id, req.params.childId);
      return { ok: true as const };
    });

    app.get('/campaigns/:id/visits', { schema: { tags, summary: 'Guidance visits to the nodes the caller reads', params: idParams, querystring: visitsQuery, response: { 200: visitsPage } } }, (req) =>
      visits.listVisits(ctx(req), req.params.id, req.query),
    );
    app.post('/campaigns/:id/visits', { schema: { tags, summary: '指导组参会: record a visit or attendance at a node’s meeting', params: idParams, body: visitBody, response: { 201: visitView, 400: errorResponse } } }, async (req, reply) =>
      reply.code(201).send(await visits.addVisit(ctx(req), req.params.id, req.body)),
    );
  };
