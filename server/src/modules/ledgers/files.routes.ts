// HTTP of ledger items' files (事项材料): multipart upload, list, download, soft removal.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams, okResponse } from '@xianfeng/shared/schemas/common';
import { itemFileParams, itemFilesPage, itemFilesQuery, itemFileView, uploadFileQuery } from '@xianfeng/shared/schemas/ledgerFiles';
import { RECORD_FILE_MAX_MB } from '@xianfeng/shared/schemas/records';
import { DomainError, invalid } from '../../core/errors';
import { ctxOf, type Deps, sendFile } from '../../core/http';
import { diskFileStore } from '../records';
import * as files from './files.service';

const tags = ['ledgers'];

/** The one uploaded file of a multipart request (20 MB at most). */
async function uploaded(req: FastifyRequest): Promise<files.Upload> {
  try {
    const part = await req.file({ limits: { fileSize: RECORD_FILE_MAX_MB * 1024 * 1024, files: 1 } });
    if (!part) throw invalid('record.fileMissing');
    return { fileName: part.filename, body: await part.toBuffer() };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new DomainError(413, 'TOO_LARGE', 'record.fileTooLarge', { max: RECORD_FILE_MAX_MB });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw invalid('record.fileMissing');
    throw err;
  }
}

export const ledgerFilesRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const store = diskFileStore(deps.config.filesDir);

    app.post(
      '/ledger-items/:id/files',
      {
        schema: {
          tags,
          summary: 'Upload a file to an item (jpg, png, webp, pdf, doc, docx, xls, xlsx; checked by content)',
          params: idParams,
          querystring: uploadFileQuery,
          response: { 201: itemFileView, 400: errorResponse, 409: errorResponse, 413: errorResponse },
        },
      },
      async (req, reply) => reply.code(201).send(await files.uploadFile(ctx(req), store, req.params.id, await uploaded(req), req.query.purpose)),
    );
    app.get(
      '/ledger-items/:id/files',
      {
        schema: {
          tags,
          summary: 'Files of an item, oldest first',
          params: idParams,
          querystring: itemFilesQuery,
          response: { 200: itemFilesPage },
        },
      },
      (req) => files.listFiles(ctx(req), req.params.id, req.query),
    );
    app.get(
      '/ledger-items/:id/files/:fileId',
      { schema: { tags, summary: 'Download a file of an item', params: itemFileParams } },
      async (req, reply) => {
        const { file, body } = await files.readFile(ctx(req), store, req.params.id, req.params.fileId);
        return sendFile(reply, file.fileName, file.mime, body);
      },
    );
    app.delete(
      '/ledger-items/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: 'Remove a file (kept for the audit trail)',
          params: itemFileParams,
          response: { 200: okResponse, 409: errorResponse },
        },
      },
      async (req) => {
        await files.removeFile(ctx(req), req.params.id, req.params.fileId);
        return { ok: true as const };
      },
    );
  };
