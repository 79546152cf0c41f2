// S1's campaign: the group's 第二批主题教育 launched onto its 9 units and 73 branches on 2019-09-16, with the
// evidence the units left in autumn 2019 — documents, linked meetings, 已传达, the guidance group's visits and
// reviews. Written after the records, in SQL over them, so every figure of the campaign page (issue 5) is
// computed from the records the demo already holds: nothing here states a total.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { insertAssignments, reconcile } from '../modules/campaigns';
import type { FileStore } from '../modules/records';
import { nextIds, resetIdentities } from './bulk';
import { ACTIONS, type ActionKey, DOCUMENTS, MEMBERS, PHASES, S1_CAMPAIGN, S1_ZONE } from './campaign-s1-data';
import { DOCX_MIME, buildDocx, storeDocument } from './campaign-s1-docs';
import { linkMeetings, recordApprovals, recordReceipts, recordVisits } from './campaign-s1-evidence';
import { dayOf } from './dates';
import { cycle } from './records-calendar';
import { RosterIndex } from './records-roster';
import type { OrgRow, Roster } from './writer';

const TABLES = ['campaigns', 'campaign_phases', 'required_actions', 'campaign_members', 'campaign_documents'] as const;

export interface S1CampaignOptions {
  /** The app's file store for the documents' bytes; without it only their rows are written. */
  files?: FileStore;
  /** The group's demo administrator (s1admin), a member of the campaign's office. */
  admin: number;
  /** People holding other demo accounts: kept out of the campaign's staff. */
  exclude: readonly number[];
}

export interface S1CampaignContext {
  db: Executor;
  campaignId: number;
  root: OrgRow;
  units: OrgRow[];
  actions: Record<ActionKey, number>;
  /** People of the guidance group (指导组), in seat order; member i supervises the units u with u % 4 = i. */
  guidance: number[];
}

export async function seedS1Campaign(db: Executor, roster: Roster, o: S1CampaignOptions): Promise<number> {
  const idx = new RosterIndex(roster);
  const root = idx.byCode('S1');
  const units = idx.childrenOf(root, 'committee');
  const ids = await nextIds(db, TABLES);
  const campaignId = ids.campaigns;
  const { periodStart: start, periodEnd: end } = S1_CAMPAIGN;

  await db.execute(sql`
    insert into campaigns (id, owner_org_id, owner_path, title, kind, period_start, period_end, status, launched_at, created_by, version, created_at, updated_at)
    overriding system value
    values (${campaignId}, ${root.id}, ${root.path}, ${S1_CAMPAIGN.title}, ${S1_CAMPAIGN.kind}, ${start}, ${end}, 'launched', ${S1_CAMPAIGN.launchedAt}::timestamptz,
      (select a.id from accounts a where a.person_id = ${o.admin} limit 1), 2, ${S1_CAMPAIGN.createdAt}::timestamptz, ${S1_CAMPAIGN.launchedAt}::timestamptz)`);
  const phaseId = Object.fromEntries(PHASES.map((p, i) => [p.key, ids.campaign_phases + i]));
  await db.execute(sql`
    insert into campaign_phases (id, campaign_id, name, sort_order, starts_on, ends_on) overriding system value
    values ${sql.join(
      PHASES.map((p, i) => sql`(${phaseId[p.key]}, ${campaignId}, ${p.name}, ${i + 1}, ${p.startsOn}::date, ${p.endsOn}::date)`),
      sql`, `,
    )}`);

  const staff = pickStaff(idx, root, o);
  const actions = Object.fromEntries(ACTIONS.map((a, i) => [a.key, ids.required_actions + i])) as Record<ActionKey, number>;
  await db.execute(sql`
    insert into required_actions (id, campaign_id, phase_id, title, guidance, deadline, target_types, target_depth, contact_person_id,
      completion, record_kind, record_scope, min_count, needs_approval, sort_order) overriding system value
    values ${sql.join(
      ACTIONS.map((a, i) => {
        const [types, depth] = a.targets === 'branches' ? [['branch'], null] : [['committee'], 1];
        return sql`(${actions[a.key]}, ${campaignId}, ${phaseId[a.phase]}, ${a.title}, ${a.guidance}, ${a.deadline}::date, ${sql.param(types)}::text[], ${depth}::int,
          ${staff.office[a.contact] ?? null}::bigint, ${a.completion}, ${a.recordKind ?? null}, ${a.recordScope ?? 'node'}, ${a.minCount ?? null}::int, ${a.needsApproval ?? false}, ${i + 1})`;
      }),
      sql`, `,
    )}`);
  // 部署: the launch's own statement, at the launch's time.
  await insertAssignments(db, campaignId, root.id, root.path);
  await db.execute(
    sql`update assignments set created_at = ${S1_CAMPAIGN.launchedAt}::timestamptz where campaign_id = ${campaignId}`,
  );

  const members = (Object.keys(MEMBERS) as (keyof typeof MEMBERS)[]).flatMap((role) =>
    MEMBERS[role].map((title, i) => ({ role, title, i, personId: staff[role][i]! })),
  );
  await db.execute(sql`
    insert into campaign_members (id, campaign_id, person_id, role, title, org_ids, sort_order) overriding system value
    values ${sql.join(
      members.map((m, k) => {
        const supervised =
          m.role === 'guidance' ? units.filter((_, u) => u % MEMBERS.guidance.length === m.i).map((u) => u.id) : [];
        return sql`(${ids.campaign_members + k}, ${campaignId}, ${m.personId}, ${m.role}, ${m.title}, ${sql.param(supervised)}::bigint[], ${m.i + 1})`;
      }),
      sql`, `,
    )}`);

  const c: S1CampaignContext = { db, campaignId, root, units, actions, guidance: staff.guidance };
  await seedDocuments(c, ids.campaign_documents, o.files);
  await linkMeetings(c);
  await recordReceipts(c);
  await recordVisits(c);
  await reconcile(db, { campaignId }, S1_ZONE);
  await recordApprovals(c);
  await resetIdentities(db, TABLES);
  return campaignId;
}

/**
 * The group's 领导小组, 办公室 and 指导组. S1 has no headquarters branch: like the group's demo administrator
 * (a member of 大华公司's 机关 branch), they are members of the units' 机关 branches without other seats.
 */
function pickStaff(idx: RosterIndex, root: OrgRow, o: S1CampaignOptions) {
  const seated = new Set(
    idx
      .under(root)
      .flatMap((n) =>
        idx.holders(n, [
          'secretary',
          'deputy_secretary',
          'committee_member',
          'organisation_member',
          'publicity_member',
          'discipline_member',
          'group_leader',
        ]),
      ),
  );
  const skip = new Set([...o.exclude, o.admin]);
  const offices = idx.under(root, 'branch').filter((b) => b.name.includes('机关'));
  // 大华公司's first, where the administrator is.
  offices.sort((a, b) => Number(b.name.startsWith('大华')) - Number(a.name.startsWith('大华')));
  const pool = offices
    .flatMap((b) => idx.membersOn(b, dayOf(S1_CAMPAIGN.periodStart)))
    .filter((id) => !seated.has(id) && !skip.has(id));
  const take = (n: number) => pool.splice(0, n);
  const leading = take(MEMBERS.leading_group.length);
  const office = [...take(MEMBERS.office.length - 1), o.admin];
  return { leading_group: leading, office, guidance: take(MEMBERS.guidance.length) };
}

/** Each unit's documents as real .docx files in the file store, linked to their action on the upload day. */
async function seedDocuments(c: S1CampaignContext, firstId: number, files: FileStore | undefined): Promise<void> {
  const specs = c.units.flatMap((unit, u) => DOCUMENTS.map((d) => ({ unit, u, d })));
  const built = await Promise.all(
    specs.map(({ unit, d }) => {
      const name = unit.unitName ?? unit.name;
      return buildDocx(d.title(name), d.paragraphs(name), `中共${unit.name}`);
    }),
  );
  if (files) for (const b of built) await storeDocument(files, b);
  const rows = specs.map(({ unit, u, d }, k) => {
    const b = built[k]!;
    const at = d.days ? `${cycle(d.days, u)}T10:30:00+08:00` : null;
    return sql`(${firstId + k}::bigint, ${unit.id}::bigint, ${unit.path}, ${d.title(unit.unitName ?? unit.name)}, ${b.fileName}, ${b.size}::int, ${b.sha256}, ${b.storageKey},
      ${at}::timestamptz, ${d.afterRecord ?? null}::text, ${c.actions[d.action]}::bigint)`;
  });
  // A document that follows a meeting is uploaded at 16:00 on the day the unit held it.
  await c.db.execute(sql`
    with v (id, org_id, org_path, title, file_name, size, sha256, storage_key, at, after_kind, action_id) as (values ${sql.join(rows, sql`, `)}),
    docs as (
      insert into campaign_documents (id, campaign_id, org_id, org_path, title, file_name, mime, size, sha256, storage_key, uploaded_at)
      overriding system value
      select v.id, ${c.campaignId}, v.org_id, v.org_path, v.title, v.file_name, ${DOCX_MIME}, v.size, v.sha256, v.storage_key,
        coalesce(v.at, (select (min(r.held_on) + time '16:00') at time zone ${S1_ZONE} from records r
          where r.org_id = v.org_id and r.kind = v.after_kind and r.status = 'held' and r.held_on >= ${S1_CAMPAIGN.periodStart}::date),
          ${S1_CAMPAIGN.periodEnd}::timestamptz)
      from v
      returning id, org_id, uploaded_at)
    insert into assignment_evidence (assignment_id, document_id, at)
    select a.id, docs.id, docs.uploaded_at + interval '10 minutes'
    from docs join v on v.id = docs.id join assignments a on a.action_id = v.action_id and a.org_id = docs.org_id`);
}
