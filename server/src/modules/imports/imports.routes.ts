import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '@xianfeng/shared/schemas/common';
import { IMPORT_KINDS, IMPORT_MAX_MB, importQuery, importResult, type ImportQuery } from '@xianfeng/shared/schemas/imports';
import { DomainError, invalid } from '../../core/errors';
import { ctxOf, type Deps, sendFile, XLSX_MIME } from '../../core/http';
import * as service from './imports.service';
import { buildTemplate } from './imports.templates';

const tags = ['imports'];

/** The one uploaded .xlsx of a multipart request, with its file name. */
export async function uploadedFile(req: FastifyRequest) {
  try {
    const part = await req.file({ limits: { fileSize: IMPORT_MAX_MB * 1024 * 1024, files: 1 } });
    if (!part) throw invalid('import.badFile');
    return { fileName: part.filename, file: await part.toBuffer() };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(413, 'TOO_LARGE', 'import.tooLarge', { mb: IMPORT_MAX_MB });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw invalid('import.badFile');
    throw err;
  }
}

export const importsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    for (const kind of IMPORT_KINDS) {
      app.get(
        `/imports/templates/${kind}.xlsx`,
        { schema: { tags, summary: `Template (.xlsx) of the ${kind} import, in the caller's language` } },
        async (req, reply) => {
          const { fileName, body } = await buildTemplate(kind, req.locale);
          return sendFile(reply, fileName, XLSX_MIME, body);
        },
      );

      const run = kind === 'orgs' ? service.importOrgs : service.importPeople;
      app.post(
        `/imports/${kind}`,
        {
          schema: {
            tags,
            summary: `Import ${kind} from an .xlsx file (multipart, one file): all rows or none`,
            consumes: ['multipart/form-data'],
            querystring: importQuery,
            response: { 200: importResult, 400: errorResponse },
          },
        },
        async (req) => {
          const ctx = ctxOf(req, deps);
          const { underOrgId, dryRun } = req.query as ImportQuery;
          const upload = await uploadedFile(req);
          return run(ctx, { underOrgId, dryRun, ...upload, locale: req.locale });
        },
      );
    }
  };
