// Recording organisational life (组织生活): create, edit (an amendment once locked), cancel; planned meetings
// notify their listed attendees in the app.
import type { Locale } from '@xianfeng/shared/domain';
import { translate } from '@xianfeng/shared/i18n';
import type { CreateRecordBody, GuestInput, UpdateRecordBody } from '@xianfeng/shared/schemas/records';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { emitRecordChanged } from '../../core/events';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { type NotificationInput, notify } from '../notifications';
import { loadOrgInScope, type OrgRow } from '../orgs';
import { findKind, type KindRow } from './kinds.queries';
import * as policy from './records.policy';
import * as q from './records.queries';
import { auditView, dayOf, localDateTime } from './records.format';
import { checkContent, sanitizeMinutes } from './records.validate';
import * as roll from './roll.queries';

/**
 * The record if the caller may read it (the subtree's administrators, or a person on its list) or write it.
 * Out of reach answers 404; a reader who may not write gets 403.
 */
export async function loadRecord(ctx: Ctx, id: number, need: 'read' | 'write', db: Executor = ctx.db) {
  const r = await q.findRecord(db, id);
  if (!r) throw notFound('record.notFound');
  if (need === 'write' && policy.canWriteRecord(ctx.actor, r)) return r;
  const readable = policy.canReadRecords(ctx.actor, r) || !!(await roll.findAttendee(db, id, ctx.actor.personId));
  if (need === 'read' && readable) return r;
  throw readable ? forbidden() : notFound('record.notFound');
}

const listOf = (a: readonly { personId: number; attendance: string; reason?: string | null }[]) => a.map((x) => ({ personId: x.personId, attendance: x.attendance, reason: x.reason ?? null }));
const guestsOf = (g: readonly GuestInput[]) => g.map((x) => ({ name: x.name, title: x.title ?? null, personId: x.personId ?? null }));
const hours = (h: number | null | undefined) => (h === null || h === undefined ? null : String(h));

export async function createRecord(ctx: Ctx, body: CreateRecordBody, locale: Locale) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, body.orgId, 'record.write', tx);
    const startsAt = new Date(body.startsAt);
    const endsAt = body.endsAt ? new Date(body.endsAt) : null;
    const heldOn = dayOf(startsAt, ctx.timeZone);
    const people = {
      hostPersonId: body.hostPersonId ?? null,
      recorderPersonId: body.recorderPersonId ?? null,
      lecturerPersonId: body.lecturerPersonId ?? null,
      lecturerName: body.lecturerName ?? null,
    };
    const kind = await checkContent(tx, ctx, org, { kind: body.kind, status: body.status, startsAt, endsAt, heldOn, ...people, attendance: body.attendance, guests: body.guests }, locale);
    const rec = await q.insertRecord(tx, {
      orgId: org.id,
      orgPath: org.path,
      kind: kind.code,
      status: body.status,
      topic: body.topic,
      startsAt,
      endsAt,
      heldOn,
      place: body.place ?? null,
      ...people,
      agenda: body.agenda ?? null,
      minutes: sanitizeMinutes(body.minutes),
      studyHours: hours(body.studyHours),
      createdBy: ctx.actor.accountId,
    });
    const list = listOf(body.attendance);
    const guests = guestsOf(body.guests);
    await roll.replaceAttendees(tx, rec.id, heldOn, list);
    await roll.replaceGuests(tx, rec.id, guests);
    if (rec.status === 'held') await emitRecordChanged(tx, { recordId: rec.id, paths: [rec.orgPath] });
    await recordAudit(tx, ctx, { action: 'record.create', entityType: 'record', entityId: rec.id, orgId: org.id, summary: `${kind.nameZh}：${rec.topic}`, after: auditView(rec, list, guests) });
    if (rec.status === 'planned') await notifyList(tx, ctx, rec, org, kind, list.map((a) => a.personId), 'record.planned');
    return rec;
  });
}

/** Whether what campaigns count a record by (kind, held, day, node) changed. */
const countsChanged = (a: q.RecordRow, b: q.RecordRow) =>
  (a.status === 'held' || b.status === 'held') && (a.kind !== b.kind || a.status !== b.status || a.heldOn !== b.heldOn || a.orgPath !== b.orgPath);

/** Edits a record. A held record stays held; a locked one needs a reason and is logged as an amendment (更正). */
export async function updateRecord(ctx: Ctx, id: number, body: UpdateRecordBody, locale: Locale) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadRecord(ctx, id, 'write', tx);
    if (before.status === 'cancelled') throw invalid('record.cancelled');
    if (body.status === 'planned' && before.status === 'held') throw invalid('record.cannotUnhold');
    const locked = before.lockedAt !== null;
    if (locked && !body.amendReason) throw invalid('record.amendReasonRequired');
    const org = await loadOrgInScope(ctx, before.orgId, 'record.write', tx);
    const beforeList = listOf(await roll.attendeesOf(tx, id));
    const beforeGuests = guestsOf(await roll.guestsOf(tx, id));

    const startsAt = body.startsAt ? new Date(body.startsAt) : before.startsAt;
    const endsAt = body.endsAt === undefined ? before.endsAt : body.endsAt ? new Date(body.endsAt) : null;
    const heldOn = dayOf(startsAt, ctx.timeZone);
    const keep = <T>(v: T | null | undefined, old: T | null): T | null => (v === undefined ? old : (v ?? null));
    const fields = {
      kind: body.kind ?? before.kind,
      status: body.status ?? before.status,
      topic: body.topic ?? before.topic,
      startsAt,
      endsAt,
      heldOn,
      place: keep(body.place, before.place),
      hostPersonId: keep(body.hostPersonId, before.hostPersonId),
      recorderPersonId: keep(body.recorderPersonId, before.recorderPersonId),
      lecturerPersonId: keep(body.lecturerPersonId, before.lecturerPersonId),
      lecturerName: keep(body.lecturerName, before.lecturerName),
      agenda: keep(body.agenda, before.agenda),
      minutes: body.minutes === undefined ? before.minutes : sanitizeMinutes(body.minutes),
      studyHours: body.studyHours === undefined ? before.studyHours : hours(body.studyHours),
    };
    const list = body.attendance ? listOf(body.attendance) : beforeList;
    const guests = body.guests ? guestsOf(body.guests) : beforeGuests;
    // An unchanged list on an unchanged day was checked when it was written.
    const recheck = !!body.attendance || heldOn !== before.heldOn;
    const kind = await checkContent(
      tx,
      ctx,
      org,
      { ...fields, kindUnchanged: fields.kind === before.kind, attendance: recheck ? list : [], guests },
      locale,
    );
    const after = await q.updateRecord(tx, id, body.version, fields);
    if (!after) throw conflict();
    if (body.attendance) await roll.replaceAttendees(tx, id, heldOn, list);
    else if (heldOn !== before.heldOn) await roll.redateAttendees(tx, id, heldOn);
    if (body.guests) await roll.replaceGuests(tx, id, guests);
    if (countsChanged(before, after)) await emitRecordChanged(tx, { recordId: id, paths: [...new Set([before.orgPath, after.orgPath])] });
    await recordAudit(tx, ctx, {
      action: locked ? 'record.amend' : 'record.update',
      entityType: 'record',
      entityId: id,
      orgId: after.orgId,
      summary: locked ? translate('zh-CN', 'record.amendSummary', { reason: body.amendReason! }) : after.topic,
      before: auditView(before, beforeList, beforeGuests),
      after: auditView(after, list, guests),
    });
    if (after.status === 'planned') {
      const was = new Set(beforeList.map((a) => a.personId));
      const now = list.map((a) => a.personId);
      await notifyList(tx, ctx, after, org, kind, now.filter((p) => !was.has(p)), 'record.planned');
      const moved = startsAt.getTime() !== before.startsAt.getTime() || after.place !== before.place;
      if (moved) await notifyList(tx, ctx, after, org, kind, now.filter((p) => was.has(p)), 'record.rescheduled');
    }
    return after;
  });
}

/** Calls off a planned meeting (its list is told) or withdraws a held record entered by mistake; not once locked. */
export async function cancelRecord(ctx: Ctx, id: number, body: { version: number; reason?: string | null }) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadRecord(ctx, id, 'write', tx);
    if (before.status === 'cancelled') throw invalid('record.cancelled');
    if (before.lockedAt) throw invalid('record.locked');
    const after = await q.updateRecord(tx, id, body.version, { status: 'cancelled', checkInSecret: null });
    if (!after) throw conflict();
    if (before.status === 'held') await emitRecordChanged(tx, { recordId: id, paths: [before.orgPath] });
    await recordAudit(tx, ctx, { action: 'record.cancel', entityType: 'record', entityId: id, orgId: after.orgId, summary: body.reason ?? after.topic, before: auditView(before), after: auditView(after) });
    if (before.status === 'planned') {
      const org = await loadOrgInScope(ctx, before.orgId, 'record.write', tx);
      const kind = (await findKind(tx, before.kind))!;
      await notifyList(tx, ctx, before, org, kind, await roll.listedIds(tx, id), 'record.cancelled');
    }
    return after;
  });
}

const both = (key: Parameters<typeof translate>[1]) => ({ zh: translate('zh-CN', key), en: translate('en-US', key) });

/** 站内通知 to the listed people of a planned meeting. */
async function notifyList(tx: Executor, ctx: Ctx, rec: q.RecordRow, org: OrgRow, kind: KindRow, personIds: number[], what: NotificationInput['kind']) {
  if (personIds.length === 0) return;
  await notify(tx, personIds, {
    kind: what,
    title: rec.topic,
    link: `/records/${rec.id}`,
    params: {
      recordId: rec.id,
      topic: rec.topic,
      kind: { zh: kind.nameZh, en: kind.nameEn },
      org: org.name,
      when: localDateTime(rec.startsAt, ctx.timeZone),
      place: rec.place ?? both('record.noPlace'),
    },
  });
}
