import type { CreatePositionBody, PositionView, UpdatePositionBody } from '@xianfeng/shared/schemas/people';
import type { Ctx } from '../../core/context';
import { conflict, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import * as policy from './people.policy';
import { findPerson } from './people.queries';
import * as q from './positions.queries';

/** Titles one person holds at a time at a node (a node has one 书记). */
const SINGLE_HOLDER = new Set(['secretary']);

const auditView = (p: q.PositionRow) => ({
  orgId: p.orgId,
  personId: p.personId,
  title: p.title,
  startOn: p.startOn,
  endOn: p.endOn,
});

/** The leadership of a node (书记, 副书记, 委员 …), for readers of its roster. */
export async function listPositionsAt(ctx: Ctx, orgId: number, current: boolean | undefined): Promise<PositionView[]> {
  await loadOrgInScope(ctx, orgId, 'person.read');
  return (await q.positionsAt(ctx.db, orgId, current, todayIn(ctx.timeZone))) as PositionView[];
}

async function checkTerm(tx: Executor, term: q.Term, excludeId?: number) {
  if (term.endOn && term.endOn < term.startOn) throw invalid('person.positionEndBeforeStart');
  const mine = await q.clashingTerm(tx, term, false, excludeId);
  if (mine) throw invalid('person.positionOverlap', { title: `position.${term.title}` });
  if (SINGLE_HOLDER.has(term.title)) {
    const other = await q.clashingTerm(tx, term, true, excludeId);
    if (other) throw invalid('person.positionTaken', { title: `position.${term.title}`, name: other.personName });
  }
}

/**
 * Appoints a person to a position at a node: the caller keeps the node's roster (person.write there)
 * and sees the person, whose membership may be elsewhere in the scope (a unit's leaders sit on its
 * committee while members of a branch).
 */
export async function createPosition(ctx: Ctx, body: CreatePositionBody) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, body.orgId, 'person.write', tx);
    if (org.dissolvedOn) throw invalid('org.dissolved');
    const person = await findPerson(tx, body.personId);
    if (!person || !policy.inRoster(ctx.actor, person)) throw notFound('person.notFound');
    const term = { orgId: org.id, personId: person.id, title: body.title, startOn: body.startOn, endOn: body.endOn ?? null };
    await checkTerm(tx, term);
    const row = await q.insertPosition(tx, term);
    await recordAudit(tx, ctx, {
      action: 'position.create',
      entityType: 'position',
      entityId: row.id,
      orgId: org.id,
      summary: `${person.name} ${body.title}`,
      after: auditView(row),
    });
    return row;
  });
}

/** Ends a term or corrects it (dates, title). */
export async function updatePosition(ctx: Ctx, id: number, body: UpdatePositionBody) {
  return ctx.db.transaction(async (tx) => {
    const found = await q.findPosition(tx, id);
    if (!found || !policy.canManagePositionsAt(ctx.actor, { path: found.orgPath })) throw notFound('person.positionNotFound');
    const before = found.position;
    const term = {
      orgId: before.orgId,
      personId: before.personId,
      title: body.title ?? before.title,
      startOn: body.startOn ?? before.startOn,
      endOn: body.endOn === undefined ? before.endOn : body.endOn,
    };
    await checkTerm(tx, term, id);
    const after = await q.updatePosition(tx, id, body.version, { title: term.title, startOn: term.startOn, endOn: term.endOn });
    if (!after) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'position.update',
      entityType: 'position',
      entityId: id,
      orgId: before.orgId,
      summary: after.title,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

export async function getPosition(ctx: Ctx, id: number): Promise<PositionView> {
  return (await q.findPositionView(ctx.db, id, todayIn(ctx.timeZone))) as PositionView;
}

/**
 * Ends every term at a node that runs past `endOn` (a node merged away keeps no leadership); a term
 * that only starts after that date is refused rather than given an end before its start.
 */
export async function endTermsAt(tx: Executor, ctx: Ctx, orgId: number, endOn: string): Promise<number> {
  const running = await q.termsRunningAfter(tx, orgId, endOn);
  const late = running.find((r) => r.position.startOn > endOn);
  if (late)
    throw invalid('person.positionStartsAfter', { name: late.personName, title: `position.${late.position.title}`, date: late.position.startOn });
  await q.endTerms(
    tx,
    running.map((r) => r.position.id),
    endOn,
  );
  const entries = running.map(({ position: p, personName }) => ({
    action: 'position.end',
    entityType: 'position',
    entityId: p.id,
    orgId,
    summary: `${personName} ${p.title}`,
    before: auditView(p),
    after: auditView({ ...p, endOn }),
  }));
  if (entries.length > 0) await recordAudit(tx, ctx, ...entries);
  return running.length;
}
