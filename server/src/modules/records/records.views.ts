// Reading records: the list, one record in full, the figures of a subtree, the roll for the form.
import type { Locale, OrgType, PartyStatus } from '@xianfeng/shared/domain';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { Attendance, RecordDetail, RecordsQuery, RecordsSummary, RecordsSummaryQuery, RecordSummary, RollEntry } from '@xianfeng/shared/schemas/records';
import type { Ctx } from '../../core/context';
import { loadOrgInScope } from '../orgs';
import { kindNames } from './kinds.queries';
import { filesOf } from './files.queries';
import * as policy from './records.policy';
import * as q from './records.queries';
import { toSummary } from './records.format';
import { loadRecord } from './records.service';
import * as roll from './roll.queries';

export async function listRecords(ctx: Ctx, query: RecordsQuery, locale: Locale): Promise<Page<RecordSummary>> {
  const under = query.orgId ? (await loadOrgInScope(ctx, query.orgId, 'record.read')).path : undefined;
  const filter = { scope: policy.readScope(ctx.actor), under, kinds: query.kind, statuses: query.status, from: query.from, to: query.to, q: query.q };
  const { rows, total } = await q.listRecords(ctx.db, filter, query.pageSize, (query.page - 1) * query.pageSize);
  return { items: rows.map((r) => toSummary(r, locale)), total, page: query.page, pageSize: query.pageSize };
}

export async function getRecordDetail(ctx: Ctx, id: number, locale: Locale): Promise<RecordDetail> {
  const r = await loadRecord(ctx, id, 'read');
  const [summary, attendees, guests, files, amendments, named] = await Promise.all([
    q.recordSummaryRow(ctx.db, id),
    roll.attendeesOf(ctx.db, id),
    roll.guestsOf(ctx.db, id),
    filesOf(ctx.db, id),
    q.amendmentsOf(ctx.db, id),
    roll.peopleByIds(ctx.db, [r.hostPersonId, r.recorderPersonId, r.lecturerPersonId].filter((p): p is number => p !== null)),
  ]);
  const ref = (pid: number | null) => {
    const p = pid === null ? undefined : named.find((n) => n.id === pid);
    return p ? { id: p.id, name: p.name } : null;
  };
  const listed = attendees.some((a) => a.personId === ctx.actor.personId);
  const write = policy.canWriteRecord(ctx.actor, r) && r.status !== 'cancelled';
  return {
    ...toSummary(summary!, locale),
    orgPath: r.orgPath,
    host: ref(r.hostPersonId),
    recorder: ref(r.recorderPersonId),
    lecturer: ref(r.lecturerPersonId),
    lecturerName: r.lecturerName,
    agenda: r.agenda,
    minutes: r.minutes,
    lockedAt: r.lockedAt?.toISOString() ?? null,
    checkInOpen: r.checkInSecret !== null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    attendees: attendees.map((a) => ({ ...a, attendance: a.attendance as Attendance, checkedInAt: a.checkedInAt?.toISOString() ?? null })),
    guests,
    files: files.map((f) => ({ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size, sha256: f.sha256, uploadedAt: f.uploadedAt.toISOString() })),
    amendments: amendments.map((a) => ({ ...a, at: a.at.toISOString() })),
    can: {
      write,
      lock: policy.canLockRecord(ctx.actor, r) && r.status === 'held',
      checkIn: listed && r.checkInSecret !== null && r.status !== 'cancelled',
      manageCheckIn: policy.canManageCheckIn(ctx.actor, r) && r.lockedAt === null,
    },
  };
}

/** Held records of a subtree by kind, with the distinct nodes that held each, and per child node. */
export async function summariseRecords(ctx: Ctx, query: RecordsSummaryQuery, locale: Locale): Promise<RecordsSummary> {
  const org = await loadOrgInScope(ctx, query.orgId, 'record.read');
  const [rows, children] = await Promise.all([
    q.heldFigures(ctx.db, { path: org.path, kinds: query.kind, from: query.from, to: query.to }),
    q.childrenOf(ctx.db, org.id),
  ]);
  const names = new Map((await kindNames(ctx.db, [...new Set(rows.flatMap((r) => (r.kind ? [r.kind] : [])))])).map((k) => [k.code, k]));
  const total = rows.find((r) => r.child === null && r.kind === null);
  const perChild = new Map<string, { records: number; nodes: number; byKind: Record<string, number> }>();
  for (const r of rows) {
    if (r.child === null) continue;
    const c = perChild.get(r.child) ?? { records: 0, nodes: 0, byKind: {} };
    if (r.kind === null) Object.assign(c, { records: r.records, nodes: r.nodes });
    else c.byKind[r.kind] = r.records;
    perChild.set(r.child, c);
  }
  const own = perChild.get('');
  return {
    orgId: org.id,
    total: total?.records ?? 0,
    nodes: total?.nodes ?? 0,
    byKind: rows
      .filter((r) => r.child === null && r.kind !== null)
      .map((r) => {
        const k = names.get(r.kind!);
        return { kind: r.kind!, kindName: k ? (locale === 'en-US' ? k.nameEn : k.nameZh) : r.kind!, records: r.records, nodes: r.nodes };
      })
      .sort((a, b) => b.records - a.records || a.kind.localeCompare(b.kind)),
    byChild: children
      .filter((c) => !c.dissolvedOn || perChild.has(String(c.id)))
      .map((c) => {
        const f = perChild.get(String(c.id)) ?? { records: 0, nodes: 0, byKind: {} };
        return { orgId: c.id, orgName: c.name, orgType: c.type as OrgType, ...f };
      }),
    own: { records: own?.records ?? 0, byKind: own?.byKind ?? {} },
  };
}

/** The people expected on a record of the node on that day (the form pre-fills its list with them). */
export async function rollFor(ctx: Ctx, orgId: number, on: string, filter: roll.RollFilter & { all?: boolean }): Promise<RollEntry[]> {
  const org = await loadOrgInScope(ctx, orgId, 'record.write');
  return toRoll(await roll.rollOn(ctx.db, org.path, on, undefined, { ...filter, membersOnly: !filter.all }));
}

export async function rollOfRecord(ctx: Ctx, id: number, filter: roll.RollFilter & { all?: boolean }): Promise<RollEntry[]> {
  const r = await loadRecord(ctx, id, 'write');
  return toRoll(await roll.rollOn(ctx.db, r.orgPath, r.heldOn, undefined, { ...filter, membersOnly: !filter.all }));
}

const toRoll = (rows: roll.RollRow[]): RollEntry[] => rows.map((r) => ({ ...r, partyStatus: r.partyStatus as PartyStatus }));
