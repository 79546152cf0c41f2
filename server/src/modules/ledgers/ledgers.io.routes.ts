import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import { itemsExportQuery, ledgerImportQuery, ledgerImportResult } from '@xianfeng/shared/schemas/ledgerImports';
import { ctxOf, type Deps, sendFile, XLSX_MIME } from '../../core/http';
import { uploadedFile } from '../imports';
import { exportItems } from './items.export';
import { importLedgerItems, importTemplate } from './items.import';

const tags = ['ledgers'];

/** Ledger items from and to .xlsx: the import template of a list, the import (all rows or none), the export. */
export const ledgerIoRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/ledgers/:id/import-template',
      {
        schema: {
          tags,
          summary: 'The import template (.xlsx) of a list: its kind’s columns and its categories, in the caller’s language',
          params: idParams,
        },
      },
      async (req, reply) => {
        const { fileName, body } = await importTemplate(ctxOf(req, deps), req.params.id, req.locale);
        return sendFile(reply, fileName, XLSX_MIME, body);
      },
    );

    app.post(
      '/ledgers/:id/import',
      {
        schema: {
          tags,
          summary: 'Import items from an .xlsx file (multipart, one file): all rows or none; a known 编号 updates its item',
          consumes: ['multipart/form-data'],
          params: idParams,
          querystring: ledgerImportQuery,
          response: { 200: ledgerImportResult, 400: errorResponse },
        },
      },
      async (req) => {
        const ctx = ctxOf(req, deps);
        const { fileName, file } = await uploadedFile(req);
        return importLedgerItems(ctx, req.params.id, file, { dryRun: req.query.dryRun, fileName, locale: req.locale });
      },
    );

    app.get(
      '/ledger-items/export',
      {
        schema: {
          tags,
          summary: 'Every item the filters of GET /ledger-items match, as .xlsx (at most 50,000: more is refused)',
          querystring: itemsExportQuery,
        },
      },
      async (req, reply) => {
        const { fileName, body } = await exportItems(ctxOf(req, deps), req.query, req.locale);
        return sendFile(reply, fileName, XLSX_MIME, body);
      },
    );
  };
