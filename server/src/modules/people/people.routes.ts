import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { translate } from '@xianfeng/shared/i18n';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import {
  bulkTransferBody,
  bulkTransferResult,
  createPersonBody,
  createPositionBody,
  peopleFilter,
  peoplePage,
  peopleQuery,
  personDetail,
  positionView,
  positionsQuery,
  statusChangeBody,
  transferBody,
  updatePersonBody,
  updatePositionBody,
} from '@xianfeng/shared/schemas/people';
import { ctxOf, type Deps, sendFile, XLSX_MIME } from '../../core/http';
import * as people from './people.service';
import * as positions from './positions.service';
import { rosterWorkbook } from './roster.export';
import * as roster from './roster.service';
import * as transfers from './transfers.service';

const tags = ['people'];

// Out-of-scope people and nodes answer 404 on every route (see people.policy.ts).
export const peopleRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const detail = (req: Parameters<typeof ctxOf>[0], id: number) => people.getPersonDetail(ctx(req), id);

    app.get(
      '/people',
      {
        schema: {
          tags,
          summary: 'The roster (花名册), filtered and paginated',
          querystring: peopleQuery,
          response: { 200: peoplePage },
        },
      },
      (req) => roster.listPeople(ctx(req), req.query),
    );
    app.get(
      '/people/export.xlsx',
      { schema: { tags, summary: 'The filtered roster as .xlsx', querystring: peopleFilter } },
      async (req, reply) => {
        const rows = await roster.rosterForExport(ctx(req), req.query);
        return sendFile(reply, translate(req.locale, 'person.export.file'), XLSX_MIME, await rosterWorkbook(rows, req.locale));
      },
    );
    app.get('/people/:id', { schema: { tags, params: idParams, response: { 200: personDetail } } }, (req) =>
      detail(req, req.params.id),
    );
    app.post('/people', { schema: { tags, body: createPersonBody, response: { 201: personDetail } } }, async (req, reply) => {
      const person = await people.createPerson(ctx(req), req.body);
      return reply.code(201).send(await detail(req, person.id));
    });
    app.patch(
      '/people/:id',
      { schema: { tags, params: idParams, body: updatePersonBody, response: { 200: personDetail } } },
      async (req) => {
        await people.updatePerson(ctx(req), req.params.id, req.body);
        return detail(req, req.params.id);
      },
    );
    app.post(
      '/people/:id/status',
      {
        schema: {
          tags,
          summary: 'Party status change (政治面貌变更)',
          params: idParams,
          body: statusChangeBody,
          response: { 200: personDetail },
        },
      },
      async (req) => {
        await people.changeStatus(ctx(req), req.params.id, req.body);
        return detail(req, req.params.id);
      },
    );
    app.post(
      '/people/:id/transfer',
      {
        schema: {
          tags,
          summary: 'Membership transfer (组织关系转接)',
          params: idParams,
          body: transferBody,
          response: { 200: personDetail },
        },
      },
      async (req) => {
        await transfers.transferPerson(ctx(req), req.params.id, req.body);
        return detail(req, req.params.id);
      },
    );

    app.post(
      '/people/transfer',
      {
        schema: {
          tags,
          summary: 'Bulk membership transfer (批量转接): everyone or nobody; a 400 lists every refused person',
          body: bulkTransferBody,
          response: { 200: bulkTransferResult, 400: errorResponse },
        },
      },
      (req) => transfers.bulkTransfer(ctx(req), req.body, req.locale),
    );

    // 职务 — positions at a node.
    app.get(
      '/orgs/:id/positions',
      {
        schema: {
          tags,
          summary: 'Leadership of a node',
          params: idParams,
          querystring: positionsQuery,
          response: { 200: z.array(positionView) },
        },
      },
      (req) =>
        positions.listPositionsAt(
          ctx(req),
          req.params.id,
          req.query.current === undefined ? undefined : req.query.current === 'true',
        ),
    );
    app.post(
      '/positions',
      { schema: { tags, body: createPositionBody, response: { 201: positionView } } },
      async (req, reply) => {
        const row = await positions.createPosition(ctx(req), req.body);
        return reply.code(201).send(await positions.getPosition(ctx(req), row.id));
      },
    );
    app.patch(
      '/positions/:id',
      { schema: { tags, params: idParams, body: updatePositionBody, response: { 200: positionView } } },
      async (req) => {
        await positions.updatePosition(ctx(req), req.params.id, req.body);
        return positions.getPosition(ctx(req), req.params.id);
      },
    );
  };
