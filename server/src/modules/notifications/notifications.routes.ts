import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@xianfeng/shared/schemas/common';
import { notificationsPage, notificationsQuery, notificationView, readAllResult } from '@xianfeng/shared/schemas/notifications';
import { ctxOf, type Deps } from '../../core/http';
import * as service from './notifications.service';

const tags = ['notifications'];

export const notificationsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    app.get('/notifications', { schema: { tags, summary: 'My notifications and unread count', querystring: notificationsQuery, response: { 200: notificationsPage } } }, (req) =>
      service.listMine(ctx(req), req.query, req.locale),
    );
    app.post('/notifications/:id/read', { schema: { tags, params: idParams, response: { 200: notificationView } } }, (req) =>
      service.markRead(ctx(req), req.params.id, req.locale),
    );
    app.post('/notifications/read-all', { schema: { tags, response: { 200: readAllResult } } }, (req) => service.markAllRead(ctx(req)));
  };
