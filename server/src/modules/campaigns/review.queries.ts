// SQL of one assignment's life (submit → approve / return) and of a node's to-do list.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgs } from '../orgs/orgs.schema';
import { assignmentEvents, assignments, campaigns, requiredActions } from './campaigns.schema';

export type AssignmentRow = typeof assignments.$inferSelect;

/** The assignment with what its rules need: the campaign's status and whether the action needs approval. */
export async function findAssignment(db: Executor, id: number) {
  const [row] = await db
    .select({ assignment: assignments, campaignStatus: campaigns.status, needsApproval: requiredActions.needsApproval })
    .from(assignments)
    .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
    .innerJoin(requiredActions, eq(requiredActions.id, assignments.actionId))
    .where(eq(assignments.id, id));
  return row;
}

type Change = Partial<Pick<AssignmentRow, 'status' | 'submittedAt' | 'reviewedAt' | 'reviewerPersonId' | 'comment'>>;

/** Updates when the version matches; undefined means someone else changed it first. */
export async function updateAssignment(db: Executor, id: number, version: number, values: Change) {
  const [row] = await db
    .update(assignments)
    .set({ ...values, version: sql`${assignments.version} + 1` })
    .where(and(eq(assignments.id, id), eq(assignments.version, version)))
    .returning();
  return row;
}

export async function insertEvent(db: Executor, values: typeof assignmentEvents.$inferInsert) {
  await db.insert(assignmentEvents).values(values);
}

const todoColumns = {
  assignment: assignments,
  campaignTitle: campaigns.title,
  actionTitle: requiredActions.title,
  needsApproval: requiredActions.needsApproval,
  orgName: orgs.name,
};

/** Open assignments of launched campaigns: of the node itself (to do) or submitted by its children (to review). */
export function todoOf(db: Executor, orgId: number, which: 'own' | 'children') {
  const where =
    which === 'own'
      ? and(eq(assignments.orgId, orgId), sql`${assignments.status} in ('pending', 'returned')`)
      : and(eq(orgs.parentId, orgId), eq(assignments.status, 'submitted'));
  return db
    .select(todoColumns)
    .from(assignments)
    .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
    .innerJoin(requiredActions, eq(requiredActions.id, assignments.actionId))
    .innerJoin(orgs, eq(orgs.id, assignments.orgId))
    .where(and(eq(campaigns.status, 'launched'), where))
    .orderBy(asc(assignments.deadline), asc(assignments.id))
    .limit(500);
}
