import { z } from 'zod';
import { idSchema, pageOf, pageQuery } from './common';

// Files of a ledger item (事项材料): evidence for 申请销号 and photos of progress. Upload is multipart (field `file`),
// type checked by content like records' files (RECORD_FILE_EXTENSIONS, RECORD_FILE_MAX_MB).

/** What a file is for a research topic (调研课题): its 调研报告 and its A3 report; other files have none. */
export const FILE_PURPOSES = ['research_report', 'a3_report'] as const;
export const filePurpose = z.enum(FILE_PURPOSES);
export type FilePurpose = z.infer<typeof filePurpose>;
export const uploadFileQuery = z.object({ purpose: filePurpose.optional() });

export const itemFileView = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  /** The uploader's name, when the account still names a person. */
  uploadedByName: z.string().nullable(),
  /** The 申请销号 update the file backs; null while it backs none (such a file may still be removed). */
  updateId: z.number().int().nullable(),
  purpose: filePurpose.nullable(),
  /** Whether the caller may remove it now. */
  canRemove: z.boolean(),
});
export type ItemFileView = z.infer<typeof itemFileView>;

export const itemFilesQuery = pageQuery;
export type ItemFilesQuery = z.infer<typeof itemFilesQuery>;
export const itemFilesPage = pageOf(itemFileView);

export const itemFileParams = z.object({ id: idSchema, fileId: idSchema });
