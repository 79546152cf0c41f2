import { z } from 'zod';
import { dateSchema, idSchema, pageOf, pageQuery } from './common';
import { escalationStepName, itemColour, itemStatus, ledgerKind } from './ledgers';
import { orgTypeSchema } from './orgs';

// Figures of the ledgers (清单) at a node, and the public 挂牌 board of a node.

export const ledgerFiguresQuery = z.object({
  orgId: idSchema,
  ledgerId: idSchema.optional(),
  kind: ledgerKind.optional(),
  campaignId: idSchema.optional(),
  /** Items registered by this day, closed by this day; today by default. */
  asOf: dateSchema.optional(),
});
export type LedgerFiguresQuery = z.infer<typeof ledgerFiguresQuery>;

const count = z.number().int();
const counted = <K extends z.ZodTypeAny>(key: K) => z.array(z.object({ key, items: count }));

export const ledgerFigures = z.object({
  org: z.object({ id: z.number().int(), name: z.string() }),
  asOf: dateSchema,
  total: count,
  open: count,
  closed: count,
  /** Closed by asOf on or before the deadline (or with none). */
  closedOnTime: count,
  /** 立行立改 */
  fixedAtOnce: count,
  byKind: counted(ledgerKind),
  /** The status now of the items registered by asOf; items closed after asOf count as open (in_progress). */
  byStatus: counted(itemStatus),
  /** null: items without a category. */
  byCategory: counted(z.string().nullable()),
  byColour: counted(itemColour),
  /** Per responsible child of the node (the node itself for its own items). */
  byUnit: z.array(
    z.object({
      orgId: z.number().int(),
      name: z.string(),
      total: count,
      closed: count,
      closedOnTime: count,
      overdue: count,
      fixedAtOnce: count,
    }),
  ),
  /**
   * Escalated items by the highest step (督办阶梯) taken by asOf against the deadline then current, lowest step
   * first; steps no item reached are left out.
   */
  escalated: counted(escalationStepName),
  /** Per ISO week ('2026-W09'): registered and closed that week, up to asOf. */
  trend: z.array(z.object({ week: z.string(), registered: count, closed: count })),
});
export type LedgerFigures = z.infer<typeof ledgerFigures>;

export const boardParams = z.object({ orgId: idSchema });
export const boardQuery = pageQuery.extend({ view: z.enum(['open', 'closed']).default('open') });
export type BoardQuery = z.infer<typeof boardQuery>;

/** One line of the 挂牌 board: names and positions only, no other personal data. */
export const boardItem = z.object({
  id: z.number().int(),
  kind: ledgerKind,
  title: z.string(),
  category: z.string().nullable(),
  deadline: dateSchema.nullable(),
  colour: itemColour,
  closedOn: dateSchema.nullable(),
  responsibleOrg: z.string(),
  responsiblePerson: z.string().nullable(),
  /** The person's current position title(s) at their node(s), joined. */
  position: z.string().nullable(),
});
export type BoardItem = z.infer<typeof boardItem>;

export const ledgerBoard = z.object({
  org: z.object({ id: z.number().int(), name: z.string() }),
  /** The node and its ancestors, root first, with their types (a member's 党小组 leads to its branch's board). */
  line: z.array(z.object({ id: z.number().int(), name: z.string(), type: orgTypeSchema })),
  open: count,
  closed: count,
  page: pageOf(boardItem),
});
export type LedgerBoard = z.infer<typeof ledgerBoard>;
