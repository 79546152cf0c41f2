// HTTP of ledger items' files (事项材料): multipart upload, list, download, soft removal.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams, okResponse } from '@xianfeng/shared/schemas/common';
import {
  itemFileParams,
  itemFilesPage,
  itemFilesQuery,
  itemFileView,
  uploadFileQuery,
} from '@xianfeng/shared/schemas/ledgerFiles';
import { ctxOf, type Deps, sendFile } from '../../core/http';
import { diskFileStore, uploadedAttachment } from '../records';
import * as files from './files.service';

const tags = ['ledgers'];

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
      async (req, reply) =>
        reply
          .code(201)
          .send(await files.uploadFile(ctx(req), store, req.params.id, await uploadedAttachment(req), req.query.purpose)),
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
