import { z } from 'zod';
import { idSchema } from './common';

/** What an import can load from an .xlsx file (导入): the organisation tree or the roster. */
export const IMPORT_KINDS = ['orgs', 'people'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** POST /api/imports/{kind}?underOrgId=…&dryRun=true|false, with the file as multipart form data. */
export const importQuery = z.object({
  underOrgId: idSchema,
  /** Validate and count only; nothing is written. */
  dryRun: z.stringbool().default(false),
});
export type ImportQuery = z.infer<typeof importQuery>;

export const importResult = z.object({
  /** New rows created (organisations or people). */
  created: z.number().int(),
  /** Existing people updated by their employee number (always 0 for organisations). */
  updated: z.number().int(),
  /** Data rows read from the file. */
  rows: z.number().int(),
  dryRun: z.boolean(),
});
export type ImportResult = z.infer<typeof importResult>;

/**
 * One problem in the file: `row` is the Excel row number, `column` the header in the user's
 * language, `field` its stable key (e.g. 'parent'), `message` in the user's language.
 * A rejected import answers 400 { error: 'IMPORT_INVALID', details: ImportRowError[] }.
 */
export const importRowError = z.object({
  row: z.number().int(),
  column: z.string(),
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

export const IMPORT_MAX_MB = 20;
export const IMPORT_MAX_ROWS = 50_000;
