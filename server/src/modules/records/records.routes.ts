import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import {
  cancelRecordBody,
  createRecordBody,
  createRecordKindBody,
  lockRecordBody,
  recordDetail,
  recordKind,
  recordKindsQuery,
  recordsPage,
  recordsQuery,
  recordsSummary,
  recordsSummaryQuery,
  rollEntry,
  rollFilter,
  rollQuery,
  unlockRecordBody,
  updateRecordBody,
} from '@xianfeng/shared/schemas/records';
import { ctxOf, type Deps, sendFile } from '../../core/http';
import { checkInRoutes } from './checkin.routes';
import { filesRoutes } from './files.routes';
import * as kinds from './kinds.service';
import { meRoutes } from './me.routes';
import { DOCX_MIME, recordDocx } from './records.docx';
import * as review from './review.service';
import * as service from './records.service';
import * as views from './records.views';

const tags = ['records'];

export const recordsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    type Req = Parameters<typeof ctxOf>[0];
    const ctx = (req: Req) => ctxOf(req, deps);
    const detail = (req: Req, id: number) => views.getRecordDetail(ctx(req), id, req.locale);

    app.get('/record-kinds', { schema: { tags, summary: 'Kinds usable at a node, or at the caller’s nodes', querystring: recordKindsQuery, response: { 200: z.array(recordKind) } } }, (req) =>
      kinds.listRecordKinds(ctx(req), req.query.orgId),
    );
    app.post('/record-kinds', { schema: { tags, summary: 'A committee adds a kind for its subtree', body: createRecordKindBody, response: { 201: recordKind } } }, async (req, reply) =>
      reply.code(201).send(await kinds.createRecordKind(ctx(req), req.body)),
    );

    app.get('/records', { schema: { tags, summary: 'Records of a subtree (default: all the caller may read)', querystring: recordsQuery, response: { 200: recordsPage } } }, (req) =>
      views.listRecords(ctx(req), req.query, req.locale),
    );
    app.get('/records/summary', { schema: { tags, summary: 'Held records of a subtree by kind and by child node', querystring: recordsSummaryQuery, response: { 200: recordsSummary } } }, (req) =>
      views.summariseRecords(ctx(req), req.query, req.locale),
    );
    app.get('/records/roll', { schema: { tags, summary: 'People expected on a new record of the node on that day', querystring: rollQuery, response: { 200: z.array(rollEntry) } } }, (req) =>
      views.rollFor(ctx(req), req.query.orgId, req.query.on, req.query),
    );
    app.post('/records', { schema: { tags, summary: 'Record a meeting or activity (planned or held)', body: createRecordBody, response: { 201: recordDetail, 400: errorResponse } } }, async (req, reply) => {
      const rec = await service.createRecord(ctx(req), req.body, req.locale);
      return reply.code(201).send(await detail(req, rec.id));
    });
    app.get('/records/:id', { schema: { tags, params: idParams, response: { 200: recordDetail } } }, (req) => detail(req, req.params.id));
    app.get('/records/:id/roll', { schema: { tags, summary: 'People expected on the record (its node, its day)', params: idParams, querystring: rollFilter, response: { 200: z.array(rollEntry) } } }, (req) =>
      views.rollOfRecord(ctx(req), req.params.id, req.query),
    );
    app.patch('/records/:id', { schema: { tags, summary: 'Edit (an amendment, with its reason, once locked)', params: idParams, body: updateRecordBody, response: { 200: recordDetail } } }, async (req) => {
      await service.updateRecord(ctx(req), req.params.id, req.body, req.locale);
      return detail(req, req.params.id);
    });
    app.post('/records/:id/cancel', { schema: { tags, params: idParams, body: cancelRecordBody, response: { 200: recordDetail } } }, async (req) => {
      await service.cancelRecord(ctx(req), req.params.id, req.body);
      return detail(req, req.params.id);
    });
    app.post('/records/:id/lock', { schema: { tags, summary: 'Lock by review (the superior’s staff or reviewer)', params: idParams, body: lockRecordBody, response: { 200: recordDetail } } }, async (req) => {
      await review.lockRecord(ctx(req), req.params.id, req.body.version);
      return detail(req, req.params.id);
    });
    app.post('/records/:id/unlock', { schema: { tags, params: idParams, body: unlockRecordBody, response: { 200: recordDetail } } }, async (req) => {
      await review.unlockRecord(ctx(req), req.params.id, req.body.version, req.body.reason);
      return detail(req, req.params.id);
    });
    app.get('/records/:id/export.docx', { schema: { tags, summary: 'The meeting record (会议记录) as .docx', params: idParams } }, async (req, reply) => {
      const { fileName, body } = await recordDocx(ctx(req), req.params.id, req.locale);
      return sendFile(reply, fileName, DOCX_MIME, body);
    });

    await app.register(filesRoutes(deps));
    await app.register(checkInRoutes(deps));
    await app.register(meRoutes(deps));
  };
