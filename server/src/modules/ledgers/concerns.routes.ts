import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import {
  acceptConcernBody,
  acceptLedger,
  channelsQuery,
  concernChannelsPage,
  concernChannelView,
  concernsPage,
  concernsQuery,
  concernView,
  openChannelBody,
  regenerateChannelBody,
  rejectConcernBody,
  updateChannelBody,
} from '@xianfeng/shared/schemas/concerns';
import { ctxOf, type Deps } from '../../core/http';
import * as service from './concerns.service';

const tags = ['concerns'];
const refusals = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Staff side of 急难愁盼: triage in the caller's subtree and the nodes' public channels. */
export const concernsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    type Req = Parameters<typeof ctxOf>[0];
    const ctx = (req: Req) => ctxOf(req, deps);

    app.get(
      '/concerns',
      {
        schema: {
          tags,
          summary: 'Concerns submitted to nodes in the caller’s subtrees, newest first',
          querystring: concernsQuery,
          response: { 200: concernsPage },
        },
      },
      (req) => service.listConcerns(ctx(req), req.query),
    );
    app.get('/concerns/:id', { schema: { tags, params: idParams, response: { 200: concernView } } }, (req) =>
      service.getConcern(ctx(req), req.params.id),
    );
    app.get(
      '/concerns/:id/ledgers',
      {
        schema: {
          tags,
          summary: 'The 办实事 lists the caller may accept the concern into, the nearest owner first',
          params: idParams,
          response: { 200: z.array(acceptLedger) },
        },
      },
      (req) => service.ledgersForConcern(ctx(req), req.params.id),
    );
    app.post(
      '/concerns/:id/accept',
      {
        schema: {
          tags,
          summary: 'Accept (受理) as a 我为群众办实事 item of a practical_matter list, in one transaction',
          params: idParams,
          body: acceptConcernBody,
          response: { 200: concernView, ...refusals },
        },
      },
      async (req) => {
        await service.acceptConcern(ctx(req), req.params.id, req.body);
        return service.getConcern(ctx(req), req.params.id);
      },
    );
    app.post(
      '/concerns/:id/reject',
      {
        schema: {
          tags,
          summary: 'Reject (不予受理) with a reason the submitter sees',
          params: idParams,
          body: rejectConcernBody,
          response: { 200: concernView, ...refusals },
        },
      },
      async (req) => {
        await service.rejectConcern(ctx(req), req.params.id, req.body);
        return service.getConcern(ctx(req), req.params.id);
      },
    );

    app.get(
      '/concern-channels',
      {
        schema: {
          tags,
          summary: 'Public intake channels of nodes in the caller’s subtrees',
          querystring: channelsQuery,
          response: { 200: concernChannelsPage },
        },
      },
      (req) => service.listChannels(ctx(req), req.query),
    );
    app.post(
      '/concern-channels',
      {
        schema: {
          tags,
          summary: 'Open a node’s public channel (one per node) with an unguessable link',
          body: openChannelBody,
          response: { 201: concernChannelView, ...refusals },
        },
      },
      async (req, reply) => {
        const row = await service.openChannel(ctx(req), req.body.orgId);
        return reply.code(201).send(await service.getChannel(ctx(req), row.id));
      },
    );
    app.patch(
      '/concern-channels/:id',
      {
        schema: {
          tags,
          summary: 'Enable or disable a channel',
          params: idParams,
          body: updateChannelBody,
          response: { 200: concernChannelView, ...refusals },
        },
      },
      async (req) => {
        await service.setChannelEnabled(ctx(req), req.params.id, req.body.version, req.body.enabled);
        return service.getChannel(ctx(req), req.params.id);
      },
    );
    app.post(
      '/concern-channels/:id/regenerate',
      {
        schema: {
          tags,
          summary: 'A new link: the old one and its printed QR codes stop working',
          params: idParams,
          body: regenerateChannelBody,
          response: { 200: concernChannelView, ...refusals },
        },
      },
      async (req) => {
        await service.regenerateChannel(ctx(req), req.params.id, req.body.version);
        return service.getChannel(ctx(req), req.params.id);
      },
    );
  };
