import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createStudyBody, myRecordsPage, myRecordsQuery, myStudy, myStudyQuery, studyRecordView } from '@xianfeng/shared/schemas/records';
import { ctxOf, type Deps } from '../../core/http';
import * as me from './me.service';

const tags = ['me'];

export const meRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    app.get('/me/records', { schema: { tags, summary: 'Meetings that list me: upcoming or history, with my attendance', querystring: myRecordsQuery, response: { 200: myRecordsPage } } }, (req) =>
      me.listMyRecords(ctx(req), req.query, req.locale),
    );
    app.get('/me/study', { schema: { tags, summary: 'My study hours (meetings attended and my own study)', querystring: myStudyQuery, response: { 200: myStudy } } }, (req) =>
      me.myStudy(ctx(req), req.query, req.locale),
    );
    app.post('/me/study', { schema: { tags, summary: 'Add a study record of mine', body: createStudyBody, response: { 201: studyRecordView } } }, async (req, reply) =>
      reply.code(201).send(await me.addStudy(ctx(req), req.body)),
    );
  };
