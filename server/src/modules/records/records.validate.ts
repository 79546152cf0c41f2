// The rules a record's content must keep, whoever writes it: the kind fits the node, the list holds only the
// node's members on the day (history of transfers counts), host and recorder come from the node or the guests.
import sanitizeHtml from 'sanitize-html';
import type { Locale } from '@xianfeng/shared/domain';
import { translate } from '@xianfeng/shared/i18n';
import type { GuestInput } from '@xianfeng/shared/schemas/records';
import { scopeOf, within } from '../../core/access';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import type { OrgRow } from '../orgs';
import { findKind } from './kinds.queries';
import { kindFor } from './kinds.service';
import * as roll from './roll.queries';

export interface Content {
  kind: string;
  status: string;
  startsAt: Date;
  endsAt: Date | null;
  heldOn: string;
  hostPersonId: number | null;
  recorderPersonId: number | null;
  lecturerPersonId: number | null;
  lecturerName: string | null;
  attendance: readonly { personId: number }[];
  guests: readonly GuestInput[];
  /** On an edit that keeps the kind, a kind since retired still stands. */
  kindUnchanged?: boolean;
}

/** Rich-text minutes keep their structure (paragraphs, lists, emphasis, links) and lose scripts, styles and images. */
export const sanitizeMinutes = (html: string | null | undefined) =>
  html ? sanitizeHtml(html, { allowedTags: sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'img'), allowedSchemes: ['http', 'https', 'mailto'] }) : null;

/** Checks a record's content at `org`; returns the kind. Throws 400 with every refused person listed. */
export async function checkContent(tx: Executor, ctx: Ctx, org: OrgRow, c: Content, locale: Locale) {
  const kind = c.kindUnchanged ? await findKind(tx, c.kind).then((k) => k!) : await kindFor(tx, c.kind, org);
  if (c.endsAt && c.endsAt < c.startsAt) throw invalid('record.endsBeforeStarts');
  if (c.status === 'held' && c.heldOn > todayIn(ctx.timeZone)) throw invalid('record.heldInFuture', { date: c.heldOn });
  if (org.dissolvedOn && c.heldOn >= org.dissolvedOn) throw invalid('org.dissolved');

  const ids = c.attendance.map((a) => a.personId);
  if (new Set(ids).size !== ids.length) throw invalid('record.duplicateAttendee');
  const onRoll = new Set((await roll.rollOn(tx, org.path, c.heldOn, ids)).map((r) => r.personId));
  const refused = ids.filter((id) => !onRoll.has(id));
  if (refused.length > 0) {
    const readable = scopeOf(ctx.actor, 'person.read');
    const names = new Map((await roll.peopleByIds(tx, refused)).filter((p) => within(readable, p.orgPath)).map((p) => [p.id, p.name]));
    const message = translate(locale, 'record.notMemberOn', { date: c.heldOn });
    const details = refused.map((personId) => ({ personId, name: names.get(personId) ?? '', message }));
    throw invalid('record.notOnRoll', { count: refused.length, date: c.heldOn }, details);
  }

  const guestIds = c.guests.flatMap((g) => (g.personId ? [g.personId] : []));
  if ((await roll.peopleByIds(tx, guestIds)).length !== new Set(guestIds).size) throw invalid('record.guestPersonNotFound');

  // 主持人 / 记录人: a person of the node (now or on the day) or a guest.
  const ofNode = async (id: number) =>
    guestIds.includes(id) || onRoll.has(id) || (await roll.peopleUnder(tx, org.path, [id])).length > 0 || (await roll.rollOn(tx, org.path, c.heldOn, [id])).length > 0;
  if (c.hostPersonId && !(await ofNode(c.hostPersonId))) throw invalid('record.personNotInOrg', { role: 'record.role.host' });
  if (c.recorderPersonId && !(await ofNode(c.recorderPersonId))) throw invalid('record.personNotInOrg', { role: 'record.role.recorder' });

  // 主讲人: only for kinds with a lecturer; a person of the node, a guest, or anyone the recorder may see (a leader).
  if ((c.lecturerPersonId || c.lecturerName) && !kind.hasLecturer) throw invalid('record.noLecturer', { kind: kind.nameZh });
  if (c.lecturerPersonId && !(await ofNode(c.lecturerPersonId))) {
    const [p] = await roll.peopleByIds(tx, [c.lecturerPersonId]);
    if (!p || !within(scopeOf(ctx.actor, 'person.read'), p.orgPath)) throw invalid('record.personNotInOrg', { role: 'record.role.lecturer' });
  }
  return kind;
}
