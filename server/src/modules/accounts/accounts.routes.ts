import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountRow,
  accountsQuery,
  createAccountBody,
  createdAccount,
  grantBody,
  grantParams,
  temporaryPassword,
  versionBody,
} from '@xianfeng/shared/schemas/accounts';
import { idParams, pageOf } from '@xianfeng/shared/schemas/common';
import { ctxOf, type Deps } from '../../core/http';
import * as service from './accounts.service';

const tags = ['accounts'];

/**
 * Account administration (账号管理), for admins over their subtrees.
 * Callers who administer nowhere (org staff, reviewers, secretaries, members) get 403 on every route;
 * admins get 404 for accounts, people and nodes outside their subtrees, and 403 (account.beyondScope)
 * for an account they see but that holds roles beyond their subtrees.
 */
export const accountsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const row = (req: Parameters<typeof ctxOf>[0], id: number) => service.getAccount(ctx(req), id);

    app.get('/accounts', { schema: { tags, querystring: accountsQuery, response: { 200: pageOf(accountRow) } } }, (req) =>
      service.listAccounts(ctx(req), req.query),
    );
    app.get('/accounts/:id', { schema: { tags, params: idParams, response: { 200: accountRow } } }, (req) =>
      row(req, req.params.id),
    );
    app.post(
      '/accounts',
      {
        schema: {
          tags,
          summary: 'Create an account; a generated password is returned once',
          body: createAccountBody,
          response: { 201: createdAccount },
        },
      },
      async (req, reply) => {
        const { id, temporaryPassword } = await service.createAccount(ctx(req), req.body);
        return reply.code(201).send({ account: await row(req, id), temporaryPassword });
      },
    );
    app.post(
      '/accounts/:id/grants',
      { schema: { tags, params: idParams, body: grantBody, response: { 201: accountRow } } },
      async (req, reply) => {
        await service.addGrant(ctx(req), req.params.id, req.body);
        return reply.code(201).send(await row(req, req.params.id));
      },
    );
    app.delete(
      '/accounts/:id/grants/:grantId',
      { schema: { tags, params: grantParams, response: { 200: accountRow } } },
      async (req) => {
        await service.removeGrant(ctx(req), req.params.id, req.params.grantId);
        return row(req, req.params.id);
      },
    );
    app.post(
      '/accounts/:id/reset-password',
      {
        schema: {
          tags,
          summary: 'A new temporary password, returned once; ends the sessions',
          params: idParams,
          response: { 200: temporaryPassword },
        },
      },
      async (req) => ({ temporaryPassword: await service.resetPassword(ctx(req), req.params.id) }),
    );
    app.post(
      '/accounts/:id/disable',
      { schema: { tags, params: idParams, body: versionBody, response: { 200: accountRow } } },
      async (req) => {
        await service.setDisabled(ctx(req), req.params.id, true, req.body.version);
        return row(req, req.params.id);
      },
    );
    app.post(
      '/accounts/:id/enable',
      { schema: { tags, params: idParams, body: versionBody, response: { 200: accountRow } } },
      async (req) => {
        await service.setDisabled(ctx(req), req.params.id, false, req.body.version);
        return row(req, req.params.id);
      },
    );
    app.post('/accounts/:id/unlock', { schema: { tags, params: idParams, response: { 200: accountRow } } }, async (req) => {
      await service.unlock(ctx(req), req.params.id);
      return row(req, req.params.id);
    });
  };
