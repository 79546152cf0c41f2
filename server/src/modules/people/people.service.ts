import { MEMBER_STATUSES, type PartyStatus } from '@xianfeng/shared/domain';
import type {
  CreatePersonBody,
  PersonDetail,
  StatusChangeBody,
  UpdatePersonBody,
} from '@xianfeng/shared/schemas/people';
import type { Ctx } from '../../core/context';
import { conflict, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import { nameSearchKeys } from './people.pinyin';
import * as policy from './people.policy';
import * as q from './people.queries';
import { positionsOf } from './positions.queries';

export type { PersonRow } from './people.queries';

const auditView = (p: q.PersonRow) => ({
  name: p.name,
  gender: p.gender,
  birthDate: p.birthDate,
  ethnicity: p.ethnicity,
  education: p.education,
  phone: p.phone,
  employeeNo: p.employeeNo,
  partyStatus: p.partyStatus,
  joinedOn: p.joinedOn,
  fullMemberOn: p.fullMemberOn,
  orgId: p.orgId,
});

/** '' clears a text field; undefined leaves it as it is. */
const blankToNull = <T extends string | null | undefined>(v: T) => (v === '' ? null : v);

/**
 * The person if the actor may read them (`person.read`) or write them (`person.write`) over their
 * branch — or is them, for reading; otherwise 404, so existence does not leak.
 */
export async function findPersonInScope(
  ctx: Ctx,
  id: number,
  permission: 'person.read' | 'person.write' = 'person.read',
  db: Executor = ctx.db,
) {
  const person = await q.findPerson(db, id);
  const allowed =
    person && (permission === 'person.read' ? policy.canReadPerson(ctx.actor, person) : policy.canWritePerson(ctx.actor, person));
  if (!allowed) throw notFound('person.notFound');
  return person;
}

export async function getPersonDetail(ctx: Ctx, id: number): Promise<PersonDetail> {
  const found = await q.findPersonWithOrg(ctx.db, id);
  if (!found || !policy.canReadPerson(ctx.actor, found.person)) throw notFound('person.notFound');
  const { person } = found;
  const today = todayIn(ctx.timeZone);
  const [statusHistory, memberships, positionHistory] = await Promise.all([
    q.statusHistory(ctx.db, id),
    q.membershipHistory(ctx.db, id),
    positionsOf(ctx.db, id, today),
  ]);
  const { nameInitials: _i, namePinyin: _p, createdAt: _c, updatedAt: _u, ...fields } = person;
  return {
    ...(fields as PersonDetail),
    orgName: found.orgName,
    positions: positionHistory.filter((p) => p.current).map((p) => ({ orgId: p.orgId, orgName: p.orgName, title: p.title })),
    statusHistory,
    memberships,
    positionHistory,
    can: { write: policy.canWritePerson(ctx.actor, person) },
  } as PersonDetail;
}

/** The status history a new person starts with: 入党 as probationary, then 转正, or the status itself. */
function initialHistory(status: PartyStatus, startOn: string, joinedOn: string | null, fullMemberOn: string | null) {
  const rows: { status: PartyStatus; effectiveOn: string }[] = [];
  if (status === 'full_member' && joinedOn && (!fullMemberOn || joinedOn < fullMemberOn))
    rows.push({ status: 'probationary_member', effectiveOn: joinedOn });
  const since = status === 'full_member' ? (fullMemberOn ?? joinedOn) : status === 'probationary_member' ? joinedOn : null;
  rows.push({ status, effectiveOn: since ?? startOn });
  return rows;
}

function checkDates(status: PartyStatus, joinedOn: string | null, fullMemberOn: string | null) {
  if (!policy.datesFitStatus(status, joinedOn, fullMemberOn))
    throw invalid('person.datesNotForStatus', { status: `partyStatus.${status}` });
  if (joinedOn && fullMemberOn && fullMemberOn < joinedOn) throw invalid('person.fullMemberBeforeJoined');
}

async function checkEmployeeNo(tx: Executor, employeeNo: string | null | undefined, personId?: number) {
  if (!employeeNo) return;
  const holder = await q.findByEmployeeNo(tx, employeeNo);
  if (holder && holder.id !== personId) throw conflict('person.employeeNoTaken', { employeeNo });
}

export async function createPerson(ctx: Ctx, body: CreatePersonBody) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, body.orgId, 'person.write', tx);
    if (org.dissolvedOn) throw invalid('org.dissolved');
    if (!policy.canHoldMembership(body.partyStatus, org.type)) throw invalid('person.targetNotBranch');
    const joinedOn = body.joinedOn ?? null;
    const fullMemberOn = body.fullMemberOn ?? null;
    checkDates(body.partyStatus, joinedOn, fullMemberOn);
    const employeeNo = blankToNull(body.employeeNo) ?? null;
    await checkEmployeeNo(tx, employeeNo);
    const keys = nameSearchKeys(body.name);
    const person = await q.insertPerson(tx, {
      name: body.name,
      nameInitials: keys.initials,
      namePinyin: keys.pinyin,
      gender: body.gender ?? null,
      birthDate: body.birthDate ?? null,
      ethnicity: blankToNull(body.ethnicity) ?? null,
      education: blankToNull(body.education) ?? null,
      phone: blankToNull(body.phone) ?? null,
      employeeNo,
      partyStatus: body.partyStatus,
      joinedOn,
      fullMemberOn,
      orgId: org.id,
      orgPath: org.path,
    });
    const startOn = body.startOn ?? todayIn(ctx.timeZone);
    await q.insertMembership(tx, { personId: person.id, orgId: org.id, startOn });
    const history = initialHistory(body.partyStatus, startOn, joinedOn, fullMemberOn);
    await q.insertStatusChanges(
      tx,
      history.map((h) => ({ ...h, personId: person.id })),
    );
    await recordAudit(tx, ctx, {
      action: 'person.create',
      entityType: 'person',
      entityId: person.id,
      orgId: org.id,
      summary: person.name,
      after: auditView(person),
    });
    return person;
  });
}

export async function updatePerson(ctx: Ctx, id: number, body: UpdatePersonBody) {
  return ctx.db.transaction(async (tx) => {
    const before = await findPersonInScope(ctx, id, 'person.write', tx);
    const { version, ...fields } = body;
    const values = Object.fromEntries(
      Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, blankToNull(v)]),
    ) as Partial<q.NewPerson>;
    if (body.joinedOn !== undefined || body.fullMemberOn !== undefined) {
      checkDates(
        before.partyStatus as PartyStatus,
        values.joinedOn !== undefined ? values.joinedOn : before.joinedOn,
        values.fullMemberOn !== undefined ? values.fullMemberOn : before.fullMemberOn,
      );
    }
    if (values.employeeNo !== before.employeeNo) await checkEmployeeNo(tx, values.employeeNo, id);
    if (body.name && body.name !== before.name) {
      const keys = nameSearchKeys(body.name);
      Object.assign(values, { nameInitials: keys.initials, namePinyin: keys.pinyin });
    }
    const after = await q.updatePerson(tx, id, version, values);
    if (!after) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      orgId: after.orgId,
      summary: after.name,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/** Status changes and transfers record what happened, never what is planned. */
export function notInFuture(ctx: Ctx, date: string) {
  const today = todayIn(ctx.timeZone);
  if (date > today) throw invalid('person.dateInFuture', { date: today });
}

/** A party status change (入党, 转正, …): appended to the history, dated no earlier than the last one. */
export async function changeStatus(ctx: Ctx, id: number, body: StatusChangeBody) {
  return ctx.db.transaction(async (tx) => {
    const before = await findPersonInScope(ctx, id, 'person.write', tx);
    if (body.status === before.partyStatus) throw invalid('person.sameStatus', { status: `partyStatus.${body.status}` });
    notInFuture(ctx, body.effectiveOn);
    const last = await q.lastStatusChange(tx, id);
    if (last && body.effectiveOn < last.effectiveOn) throw invalid('person.statusDateOrder', { date: last.effectiveOn });
    const org = await loadOrgInScope(ctx, before.orgId, 'person.write', tx);
    if (!policy.canHoldMembership(body.status, org.type)) throw invalid('person.targetNotBranch');
    const values: Partial<q.NewPerson> = { partyStatus: body.status };
    if (body.status === 'probationary_member') values.joinedOn = body.effectiveOn;
    if (body.status === 'full_member') values.fullMemberOn = body.effectiveOn;
    if (!MEMBER_STATUSES.includes(body.status) && body.status !== 'non_member')
      Object.assign(values, { joinedOn: null, fullMemberOn: null });
    const after = await q.updatePerson(tx, id, body.version, values);
    if (!after) throw conflict();
    await q.insertStatusChanges(tx, [
      { personId: id, status: body.status, effectiveOn: body.effectiveOn, note: blankToNull(body.note) ?? null },
    ]);
    await recordAudit(tx, ctx, {
      action: 'person.status',
      entityType: 'person',
      entityId: id,
      orgId: after.orgId,
      summary: `${after.name}: ${before.partyStatus} → ${after.partyStatus}`,
      before: auditView(before),
      after: { ...auditView(after), effectiveOn: body.effectiveOn, note: body.note ?? null },
    });
    return after;
  });
}
