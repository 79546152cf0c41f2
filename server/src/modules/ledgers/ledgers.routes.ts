import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams, okResponse } from '@xianfeng/shared/schemas/common';
import {
  approveExtensionBody,
  closeBody,
  createItemBody,
  createLedgerBody,
  itemDetail,
  itemsPage,
  itemsQuery,
  ledgersPage,
  ledgersQuery,
  ledgerView,
  linkBody,
  linkParams,
  progressBody,
  reasonBody,
  requestCloseBody,
  requestExtensionBody,
  updateItemBody,
  updateLedgerBody,
} from '@xianfeng/shared/schemas/ledgers';
import { ctxOf, type Deps } from '../../core/http';
import * as items from './items.service';
import * as service from './ledgers.service';
import * as links from './links.service';
import { type Step, takeStep } from './workflow.service';

const tags = ['ledgers'];

const STEPS = [
  ['progress', progressBody],
  ['request-close', requestCloseBody],
  ['close', closeBody],
  ['return', reasonBody],
  ['request-extension', requestExtensionBody],
  ['approve-extension', approveExtensionBody],
  ['reopen', reasonBody],
] as const satisfies readonly (readonly [Step, unknown])[];

export const ledgersRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    type Req = Parameters<typeof ctxOf>[0];
    const ctx = (req: Req) => ctxOf(req, deps);

    app.get(
      '/ledgers',
      {
        schema: {
          tags,
          summary: 'Lists (清单) owned in the caller’s subtrees',
          querystring: ledgersQuery,
          response: { 200: ledgersPage },
        },
      },
      (req) => service.listLedgers(ctx(req), req.query),
    );
    app.post(
      '/ledgers',
      {
        schema: {
          tags,
          summary: 'Create a list kept by a node',
          body: createLedgerBody,
          response: { 201: ledgerView, 400: errorResponse },
        },
      },
      async (req, reply) => {
        const row = await service.createLedger(ctx(req), req.body);
        return reply.code(201).send(await service.getLedger(ctx(req), row.id));
      },
    );
    app.get('/ledgers/:id', { schema: { tags, params: idParams, response: { 200: ledgerView } } }, (req) =>
      service.getLedger(ctx(req), req.params.id),
    );
    app.patch(
      '/ledgers/:id',
      { schema: { tags, params: idParams, body: updateLedgerBody, response: { 200: ledgerView } } },
      async (req) => {
        await service.updateLedger(ctx(req), req.params.id, req.body);
        return service.getLedger(ctx(req), req.params.id);
      },
    );

    app.post(
      '/ledgers/:id/items',
      {
        schema: {
          tags,
          summary: 'Register an item',
          params: idParams,
          body: createItemBody,
          response: { 201: itemDetail, 400: errorResponse },
        },
      },
      async (req, reply) => {
        const row = await items.createItem(ctx(req), req.params.id, req.body);
        return reply.code(201).send(await items.getItem(ctx(req), row.id));
      },
    );
    app.get(
      '/ledger-items',
      {
        schema: {
          tags,
          summary: 'Items in the caller’s subtrees, by deadline',
          querystring: itemsQuery,
          response: { 200: itemsPage },
        },
      },
      (req) => items.listItems(ctx(req), req.query),
    );
    app.get('/ledger-items/:id', { schema: { tags, params: idParams, response: { 200: itemDetail } } }, (req) =>
      items.getItem(ctx(req), req.params.id),
    );
    app.patch(
      '/ledger-items/:id',
      { schema: { tags, params: idParams, body: updateItemBody, response: { 200: itemDetail } } },
      async (req) => {
        await items.updateItem(ctx(req), req.params.id, req.body);
        return items.getItem(ctx(req), req.params.id);
      },
    );

    for (const [step, body] of STEPS)
      app.post(
        `/ledger-items/:id/${step}`,
        { schema: { tags, params: idParams, body, response: { 200: itemDetail, 400: errorResponse, 409: errorResponse } } },
        async (req) => {
          await takeStep(ctx(req), req.params.id, step, req.body);
          return items.getItem(ctx(req), req.params.id);
        },
      );

    app.post(
      '/ledger-items/:id/links',
      {
        schema: {
          tags,
          summary: 'Link to another item or a held record',
          params: idParams,
          body: linkBody,
          response: { 201: itemDetail },
        },
      },
      async (req, reply) => {
        await links.addLink(ctx(req), req.params.id, req.body);
        return reply.code(201).send(await items.getItem(ctx(req), req.params.id));
      },
    );
    app.delete(
      '/ledger-items/:id/links/:linkId',
      { schema: { tags, params: linkParams, response: { 200: okResponse } } },
      async (req) => {
        await links.removeLink(ctx(req), req.params.id, req.params.linkId);
        return { ok: true as const };
      },
    );
  };
