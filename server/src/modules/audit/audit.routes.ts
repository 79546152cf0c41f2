import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntry, auditQuery } from '@xianfeng/shared/schemas/audit';
import { pageOf } from '@xianfeng/shared/schemas/common';
import { ctxOf, type Deps } from '../../core/http';
import { loadOrgInScope } from '../orgs';
import { listAuditEntries } from './audit.service';

export const auditRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/audit', { schema: { tags: ['audit'], querystring: auditQuery, response: { 200: pageOf(auditEntry) } } }, async (req) => {
      const ctx = ctxOf(req, deps);
      const org = req.query.orgId ? await loadOrgInScope(ctx, req.query.orgId, 'audit.read') : undefined;
      return listAuditEntries(ctx, req.query, org?.path);
    });
  };
