// SQL of one assignment's life (submit → approve / return) and of a node's to-do list.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { orgs } from '../orgs/orgs.schema';
import { people } from '../people/people.schema';
import { assignmentEvents, assignments, campaigns, requiredActions } from './campaigns.schema';

export type AssignmentRow = typeof assignments.$inferSelect;

/** The assignment with what its rules need: the campaign (status, start), the action, the node's name. */
export async function findAssignment(db: Executor, id: number) {
  const [row] = await db
    .select({
      assignment: assignments,
      action: requiredActions,
      campaignStatus: campaigns.status,
      campaignTitle: campaigns.title,
      periodStart: campaigns.periodStart,
      needsApproval: requiredActions.needsApproval,
      orgName: orgs.name,
    })
    .from(assignments)
    .innerJoin(campaigns, eq(campaigns.id, assignments.campaignId))
    .innerJoin(requiredActions, eq(requiredActions.id, assignments.actionId))
    .innerJoin(orgs, eq(orgs.id, assignments.orgId))
    .where(eq(assignments.id, id));
  return row;
}
export type FoundAssignment = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

/** The paths of the nodes a person supervises in the campaign's guidance group (指导组). */
export async function guidedPaths(db: Executor, campaignId: number, personId: number) {
  const rows = await rowsOf<{ path: string }>(
    db,
    sql`select o.path from campaign_members m join orgs o on o.id = any(m.org_ids)
        where m.campaign_id = ${campaignId} and m.role = 'guidance' and m.person_id = ${personId}`,
  );
  return rows.map((r) => r.path);
}

export type Change = Partial<Pick<AssignmentRow, 'status' | 'submittedAt' | 'reviewedAt' | 'reviewerPersonId' | 'comment' | 'satisfiedOn'>>;

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

/** The history of an assignment with the names of who acted, oldest first; reminders (marks of what was sent) left out. */
export function eventsOf(db: Executor, assignmentId: number) {
  return db
    .select({ kind: assignmentEvents.kind, comment: assignmentEvents.comment, personName: people.name, at: assignmentEvents.at })
    .from(assignmentEvents)
    .leftJoin(people, eq(people.id, assignmentEvents.personId))
    .where(and(eq(assignmentEvents.assignmentId, assignmentId), sql`${assignmentEvents.kind} not like 'remind%'`))
    .orderBy(asc(assignmentEvents.at), asc(assignmentEvents.id));
}

const todoColumns = {
  assignment: assignments,
  campaignTitle: campaigns.title,
  actionTitle: requiredActions.title,
  needsApproval: requiredActions.needsApproval,
  completion: requiredActions.completion,
  orgName: orgs.name,
};

/** Open assignments of launched campaigns: of the node itself (to do) or submitted by its children (to review). */
export function todoOf(db: Executor, orgId: number, which: 'own' | 'children') {
  const where =
    which === 'own'
      ? // Open, and not already done by its evidence alone (an action without approval).
        and(
          eq(assignments.orgId, orgId),
          sql`${assignments.status} in ('pending', 'returned')`,
          sql`not (${assignments.satisfiedOn} is not null and not ${requiredActions.needsApproval})`,
        )
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
