import { z } from 'zod';
import { IMPORT_MAX_ROWS } from './imports';
import { itemsQuery } from './ledgers';

// Ledger items from and to .xlsx: POST /api/ledgers/{id}/import, GET /api/ledgers/{id}/import-template,
// GET /api/ledger-items/export. A rejected file answers 400 IMPORT_INVALID with ImportRowError details
// (schemas/imports.ts), like the tree and roster imports.

/** POST /api/ledgers/{id}/import?dryRun=true|false, the file as multipart form data (field "file"). */
export const ledgerImportQuery = z.object({
  /** 校验: check every row and count, write nothing. */
  dryRun: z.stringbool().default(false),
});
export type LedgerImportQuery = z.infer<typeof ledgerImportQuery>;

export const ledgerImportResult = z.object({
  /** Data rows read from the file. */
  rows: z.number().int(),
  /** New items (rows whose 编号 is blank or not yet in the list). */
  created: z.number().int(),
  /** Items whose 编号 matched and whose plan fields changed. */
  updated: z.number().int(),
  /** Items whose 编号 matched and whose plan fields were already as in the file. */
  unchanged: z.number().int(),
  dryRun: z.boolean(),
});
export type LedgerImportResult = z.infer<typeof ledgerImportResult>;

/** The filters of GET /api/ledger-items without paging: the export holds every matching item. */
export const itemsExportQuery = itemsQuery.omit({ page: true, pageSize: true });
export type ItemsExportQuery = z.infer<typeof itemsExportQuery>;

/**
 * An export holds at most this many items (more is refused, never cut silently): the import's own row limit,
 * so every exported file can be imported again.
 */
export const ITEMS_EXPORT_MAX_ROWS = IMPORT_MAX_ROWS;
