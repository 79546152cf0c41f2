import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams, idSchema, okResponse } from '@xianfeng/shared/schemas/common';
import { RECORD_FILE_MAX_MB, recordFileView } from '@xianfeng/shared/schemas/records';
import { DomainError, invalid } from '../../core/errors';
import { ctxOf, type Deps, sendFile } from '../../core/http';
import * as files from './files.service';
import { diskFileStore } from './files.store';

const tags = ['records'];
const fileParams = idParams.extend({ fileId: idSchema });

/** The one uploaded file of a multipart request (20 MB at most): records' attachments and ledger items' files. */
export async function uploadedAttachment(req: FastifyRequest): Promise<{ fileName: string; body: Buffer }> {
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

export const filesRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const store = diskFileStore(deps.config.filesDir);

    app.post(
      '/records/:id/files',
      {
        schema: {
          tags,
          summary: 'Attach a file (jpg, png, webp, pdf, doc, docx, xls, xlsx; checked by content)',
          params: idParams,
          response: { 201: recordFileView, 400: errorResponse, 413: errorResponse },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await files.addFile(ctx(req), store, req.params.id, await uploadedAttachment(req))),
    );
    app.get(
      '/records/:id/files/:fileId',
      { schema: { tags, summary: 'Download an attachment', params: fileParams } },
      async (req, reply) => {
        const { file, body } = await files.readFileOf(ctx(req), store, req.params.id, req.params.fileId);
        return sendFile(reply, file.fileName, file.mime, body);
      },
    );
    app.delete(
      '/records/:id/files/:fileId',
      {
        schema: {
          tags,
          summary: 'Remove an attachment (kept for the audit trail)',
          params: fileParams,
          response: { 200: okResponse },
        },
      },
      async (req) => {
        await files.removeFile(ctx(req), req.params.id, req.params.fileId);
        return { ok: true as const };
      },
    );
  };
