// HTTP of campaign documents (材料): multipart upload, list, download, soft removal.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { documentsPage, documentsQuery, documentView } from '@xianfeng/shared/schemas/campaigns';
import { errorResponse, idParams, okResponse } from '@xianfeng/shared/schemas/common';
import { RECORD_FILE_MAX_MB } from '@xianfeng/shared/schemas/records';
import { DomainError, invalid } from '../../core/errors';
import { ctxOf, type Deps, sendFile } from '../../core/http';
import { diskFileStore } from '../records';
import * as documents from './documents.service';

const tags = ['campaigns'];

/** The file and the text fields of a multipart request, in whatever order they come (one file, 20 MB at most). */
async function uploaded(req: FastifyRequest): Promise<documents.Upload> {
  const fields: Record<string, string> = {};
  let file: { fileName: string; body: Buffer } | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: RECORD_FILE_MAX_MB * 1024 * 1024, files: 1, fields: 10 } })) {
      if (part.type === 'file') file = { fileName: part.filename, body: await part.toBuffer() };
      else fields[part.fieldname] = String(part.value);
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(413, 'TOO_LARGE', 'record.fileTooLarge', { max: RECORD_FILE_MAX_MB });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_FILES_LIMIT') throw invalid('record.fileMissing');
    throw err;
  }
  if (!file) throw invalid('record.fileMissing');
  return { ...file, fields };
}

export const documentsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const store = diskFileStore(deps.config.filesDir);

    app.post(
      '/campaigns/:id/documents',
      { schema: { tags, summary: 'Upload a document (multipart: file, orgId, title; type checked by content)', params: idParams, response: { 201: documentView, 400: errorResponse, 413: errorResponse } } },
      async (req, reply) => reply.code(201).send(await documents.uploadDocument(ctx(req), store, req.params.id, await uploaded(req))),
    );
    app.get('/campaigns/:id/documents', { schema: { tags, summary: 'Documents of the campaign in the caller’s scope', params: idParams, querystring: documentsQuery, response: { 200: documentsPage } } }, (req) =>
      documents.listDocuments(ctx(req), req.params.id, req.query),
    );
    app.get('/campaign-documents/:id/file', { schema: { tags, summary: 'Download a document', params: idParams } }, async (req, reply) => {
      const { doc, body } = await documents.documentFile(ctx(req), store, req.params.id);
      return sendFile(reply, doc.fileName, doc.mime, body);
    });
    app.delete('/campaign-documents/:id', { schema: { tags, summary: 'Remove a document (kept for the audit trail)', params: idParams, response: { 200: okResponse } } }, async (req) => {
      await documents.removeDocument(ctx(req), req.params.id);
      return { ok: true as const };
    });
  };
