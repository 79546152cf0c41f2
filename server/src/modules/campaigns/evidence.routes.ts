// HTTP of one assignment: its detail with evidence, linking and unlinking evidence, reopening an approved one.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import { assignmentDetail, assignmentView, evidenceParams, linkEvidenceBody, reopenAssignmentBody } from '@xianfeng/shared/schemas/campaigns';
import { ctxOf, type Deps } from '../../core/http';
import * as evidence from './evidence.service';
import * as review from './review.service';

const tags = ['campaigns'];

export const evidenceRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    evidence.subscribeToRecords(deps.config.timeZone);
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);

    app.get('/assignments/:id', { schema: { tags, summary: 'An assignment with its evidence, history and what the caller may do', params: idParams, response: { 200: assignmentDetail } } }, (req) =>
      evidence.getAssignmentDetail(ctx(req), req.params.id),
    );
    app.post('/assignments/:id/reopen', { schema: { tags, summary: 'Reopen an approved assignment, with the reason', params: idParams, body: reopenAssignmentBody, response: { 200: assignmentView } } }, (req) =>
      review.moveAssignment(ctx(req), req.params.id, 'reopen', req.body),
    );
    app.post(
      '/assignments/:id/evidence',
      { schema: { tags, summary: 'Link a held record of the node’s subtree, or a document, as evidence', params: idParams, body: linkEvidenceBody, response: { 201: assignmentDetail, 400: errorResponse, 409: errorResponse } } },
      async (req, reply) => reply.code(201).send(await evidence.linkEvidence(ctx(req), req.params.id, req.body)),
    );
    app.delete('/assignments/:id/evidence/:evidenceId', { schema: { tags, summary: 'Unlink evidence while the assignment is open', params: evidenceParams, response: { 200: assignmentDetail } } }, (req) =>
      evidence.unlinkEvidence(ctx(req), req.params.id, req.params.evidenceId),
    );
  };
