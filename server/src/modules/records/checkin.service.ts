// 签到 by QR code — a convenience, never a daily habit. The host shows a code that rotates every 30 s
// (HMAC of the record's secret and the time window); a listed member scans it and is marked present.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CHECK_IN_WINDOW_SECONDS, LATE_AFTER_MINUTES } from '@xianfeng/shared/schemas/records';
import type { Ctx } from '../../core/context';
import { forbidden, invalid, notFound } from '../../core/errors';
import { recordAudit } from '../audit';
import * as policy from './records.policy';
import * as q from './records.queries';
import { loadRecord } from './records.service';
import * as roll from './roll.queries';

const WINDOW_MS = CHECK_IN_WINDOW_SECONDS * 1000;

/** Six digits from the HMAC-SHA256 of the window number (dynamic truncation, as in RFC 4226). */
export function codeFor(secret: string, window: number): string {
  const mac = createHmac('sha256', secret).update(String(window)).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

async function loadForManaging(ctx: Ctx, id: number) {
  const r = await loadRecord(ctx, id, 'read');
  if (!policy.canManageCheckIn(ctx.actor, r)) throw r.status === 'cancelled' ? invalid('record.checkInNotAvailable') : forbidden();
  if (r.lockedAt) throw invalid('record.locked');
  return r;
}

/** Opens check-in (keeps the secret if already open) and answers the current code. */
export async function openCheckIn(ctx: Ctx, id: number, now = new Date()) {
  const r = await loadForManaging(ctx, id);
  if (!r.checkInSecret) {
    await ctx.db.transaction(async (tx) => {
      await q.setCheckInSecret(tx, id, randomBytes(32).toString('base64url'));
      await recordAudit(tx, ctx, { action: 'record.checkInOpen', entityType: 'record', entityId: id, orgId: r.orgId, summary: r.topic });
    });
  }
  return currentCode(ctx, id, now);
}

export async function currentCode(ctx: Ctx, id: number, now = new Date()) {
  await loadForManaging(ctx, id);
  const r = (await q.findRecord(ctx.db, id))!;
  if (!r.checkInSecret) throw invalid('record.checkInClosed');
  const window = Math.floor(now.getTime() / WINDOW_MS);
  const code = codeFor(r.checkInSecret, window);
  return { code, expiresAt: new Date((window + 1) * WINDOW_MS).toISOString(), url: `/check-in/${id}?code=${code}` };
}

export async function closeCheckIn(ctx: Ctx, id: number) {
  const r = await loadForManaging(ctx, id);
  if (!r.checkInSecret) return;
  await ctx.db.transaction(async (tx) => {
    await q.setCheckInSecret(tx, id, null);
    await recordAudit(tx, ctx, { action: 'record.checkInClose', entityType: 'record', entityId: id, orgId: r.orgId, summary: r.topic });
  });
}

/** The caller checks in: only people on the record's list, with the current or the previous code. */
export async function checkIn(ctx: Ctx, id: number, code: string, now = new Date()) {
  const r = await q.findRecord(ctx.db, id);
  if (!r) throw notFound('record.notFound');
  const mine = await roll.findAttendee(ctx.db, id, ctx.actor.personId);
  if (!mine) throw policy.canReadRecords(ctx.actor, r) ? forbidden('record.notOnList') : notFound('record.notFound');
  if (r.status === 'cancelled') throw invalid('record.checkInNotAvailable');
  if (!r.checkInSecret) throw invalid('record.checkInClosed');
  const window = Math.floor(now.getTime() / WINDOW_MS);
  if (!sameCode(code, codeFor(r.checkInSecret, window)) && !sameCode(code, codeFor(r.checkInSecret, window - 1)))
    throw invalid('record.checkInCodeWrong');
  if (mine.checkedInAt) return { recordId: id, checkedInAt: mine.checkedInAt.toISOString(), late: mine.late };
  const late = now.getTime() > r.startsAt.getTime() + LATE_AFTER_MINUTES * 60_000;
  const row = await ctx.db.transaction(async (tx) => {
    const done = await roll.checkIn(tx, id, ctx.actor.personId, now, late);
    await recordAudit(tx, ctx, {
      action: 'record.checkIn',
      entityType: 'record',
      entityId: id,
      orgId: r.orgId,
      summary: r.topic,
      before: { personId: mine.personId, attendance: mine.attendance },
      after: { personId: mine.personId, attendance: 'present', late },
    });
    return done;
  });
  return { recordId: id, checkedInAt: row.checkedInAt!.toISOString(), late: row.late };
}
