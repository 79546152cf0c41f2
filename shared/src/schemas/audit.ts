import { z } from 'zod';
import { dateSchema, idSchema, pageQuery } from './common';

export const auditQuery = pageQuery.extend({
  orgId: idSchema.optional(),
  entityType: z.string().max(50).optional(),
  entityId: idSchema.optional(),
  action: z.string().max(50).optional(),
  actor: z.string().trim().max(50).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  accountId: z.number().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.number().nullable(),
  orgId: z.number().nullable(),
  summary: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
