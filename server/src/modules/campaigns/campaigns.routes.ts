import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, idParams, okResponse } from '@xianfeng/shared/schemas/common';
import {
  actionBody,
  approveAssignmentBody,
  assignmentView,
  campaignDetail,
  campaignsPage,
  campaignsQuery,
  childParams,
  createCampaignBody,
  launchResult,
  phaseBody,
  progressMatrix,
  progressQuery,
  returnAssignmentBody,
  submitAssignmentBody,
  todoList,
  todoQuery,
  updateActionBody,
  updateCampaignBody,
  updatePhaseBody,
} from '@xianfeng/shared/schemas/campaigns';
import { versionSchema } from '@xianfeng/shared/schemas/common';
import { ctxOf, type Deps } from '../../core/http';
import * as service from './campaigns.service';
import * as plan from './plan.service';
import * as progress from './progress.service';
import * as review from './review.service';
import { evidenceRoutes } from './evidence.routes';
import { documentsRoutes } from './documents.routes';
import { cascadeRoutes } from './cascade.routes';
import { membersRoutes } from './members.routes';

const tags = ['campaigns'];

export const campaignsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    type Req = Parameters<typeof ctxOf>[0];
    const ctx = (req: Req) => ctxOf(req, deps);
    const detail = (req: Req, id: number) => service.getCampaign(ctx(req), id);
    await app.register(evidenceRoutes(deps));
    await app.register(documentsRoutes(deps));
    await app.register(cascadeRoutes(deps));
    await app.register(membersRoutes(deps));

    app.get('/campaigns', { schema: { tags, summary: 'Campaigns owned in, or assigned to, the caller’s subtrees', querystring: campaignsQuery, response: { 200: campaignsPage } } }, (req) =>
      service.listCampaigns(ctx(req), req.query),
    );
    app.post('/campaigns', { schema: { tags, summary: 'Create a draft owned by a node', body: createCampaignBody, response: { 201: campaignDetail, 400: errorResponse } } }, async (req, reply) => {
      const row = await service.createCampaign(ctx(req), req.body);
      return reply.code(201).send(await detail(req, row.id));
    });
    app.get('/campaigns/todo', { schema: { tags, summary: 'A node’s open assignments and its children’s submissions to review', querystring: todoQuery, response: { 200: todoList } } }, (req) =>
      review.todoList(ctx(req), req.query.orgId),
    );
    app.get('/campaigns/:id', { schema: { tags, params: idParams, response: { 200: campaignDetail } } }, (req) => detail(req, req.params.id));
    app.patch('/campaigns/:id', { schema: { tags, summary: 'Edit a draft', params: idParams, body: updateCampaignBody, response: { 200: campaignDetail } } }, async (req) => {
      await service.updateCampaign(ctx(req), req.params.id, req.body);
      return detail(req, req.params.id);
    });

    app.post('/campaigns/:id/phases', { schema: { tags, params: idParams, body: phaseBody, response: { 201: campaignDetail } } }, async (req, reply) => {
      await plan.addPhase(ctx(req), req.params.id, req.body);
      return reply.code(201).send(await detail(req, req.params.id));
    });
    app.patch('/campaigns/:id/phases/:childId', { schema: { tags, params: childParams, body: updatePhaseBody, response: { 200: campaignDetail } } }, async (req) => {
      await plan.updatePhase(ctx(req), req.params.id, req.params.childId, req.body);
      return detail(req, req.params.id);
    });
    app.delete('/campaigns/:id/phases/:childId', { schema: { tags, params: childParams, response: { 200: okResponse } } }, async (req) => {
      await plan.removePhase(ctx(req), req.params.id, req.params.childId);
      return { ok: true as const };
    });

    app.post('/campaigns/:id/actions', { schema: { tags, summary: 'Add a required action (规定动作)', params: idParams, body: actionBody, response: { 201: campaignDetail, 400: errorResponse } } }, async (req, reply) => {
      await plan.addAction(ctx(req), req.params.id, req.body);
      return reply.code(201).send(await detail(req, req.params.id));
    });
    app.patch('/campaigns/:id/actions/:childId', { schema: { tags, params: childParams, body: updateActionBody, response: { 200: campaignDetail } } }, async (req) => {
      await plan.updateAction(ctx(req), req.params.id, req.params.childId, req.body);
      return detail(req, req.params.id);
    });
    app.delete('/campaigns/:id/actions/:childId', { schema: { tags, params: childParams, response: { 200: okResponse } } }, async (req) => {
      await plan.removeAction(ctx(req), req.params.id, req.params.childId);
      return { ok: true as const };
    });

    app.post('/campaigns/:id/launch', { schema: { tags, summary: 'Launch: one assignment per action per target node', params: idParams, body: z.object({ version: versionSchema }), response: { 200: launchResult } } }, (req) =>
      progress.launchCampaign(ctx(req), req.params.id, req.body.version),
    );
    app.get('/campaigns/:id/progress', { schema: { tags, summary: 'The matrix: children of a node × actions', params: idParams, querystring: progressQuery, response: { 200: progressMatrix } } }, (req) =>
      progress.progress(ctx(req), req.params.id, req.query),
    );

    for (const [step, body] of [['submit', submitAssignmentBody], ['approve', approveAssignmentBody], ['return', returnAssignmentBody]] as const)
      app.post(`/assignments/:id/${step}`, { schema: { tags, params: idParams, body, response: { 200: assignmentView } } }, (req) =>
        review.moveAssignment(ctx(req), req.params.id, step, req.body),
      );
  };
