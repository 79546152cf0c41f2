// Synthetic records of organisational life (组织生活) for a group made by generateSyntheticGroup: a year of
// meetings per node and attendance rows ≈ members × meetings, bulk-loaded 10,000 rows a statement.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { escapeLike } from '../core/scope-sql';
import { type BulkTable, BulkWriter, nextIds, resetIdentities, rowsOf, vacuumAnalyze } from './bulk';
import { DEMO_TODAY, type Day, dayOf, isoOf } from './dates';
import { Rng } from './random';

// prettier-ignore
const RECORDS: BulkTable = { name: 'records', columns: [['id', 'bigint'], ['org_id', 'bigint'], ['org_path', 'text'], ['kind', 'text'], ['status', 'text'], ['topic', 'text'], ['starts_at', 'timestamptz'], ['held_on', 'date'], ['study_hours', 'integer'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']] };
// prettier-ignore
const ATTENDEES: BulkTable = { name: 'record_attendees', columns: [['record_id', 'bigint'], ['person_id', 'bigint'], ['attendance', 'text'], ['reason', 'text'], ['held_on', 'date']] };

export interface SyntheticRecordsOptions {
  /** The synthetic group's root path (SyntheticResult.rootPath). */
  rootPath: string;
  /** Attendance rows to reach at least: each branch gets its share by its members. */
  attendance: number;
  /** Months of records, ending with the month before `today` (12 by default). */
  months?: number;
  today?: string;
  seed?: number;
  onProgress?: (message: string, progress: { stage: string; done: number; total: number }) => void;
}

export interface SyntheticRecordsResult {
  records: number;
  attendance: number;
  /** The months generated, 'YYYY-MM' inclusive: the window to ask compliance for. */
  from: string;
  to: string;
  /** The branch with the most members (for a record-a-meeting benchmark with many attendees). */
  largestBranchId: number;
  largestBranchMembers: number;
}

/** Full-attendance meetings, in the order a branch holds them through the year. */
const FULL = [
  'theme_party_day',
  'branch_assembly',
  'party_lecture',
  'theme_party_day',
  'organisational_life_meeting',
  'branch_assembly',
  'member_appraisal',
  'theme_party_day',
];
const STUDY_HOURS: Record<string, number> = { theme_party_day: 2, party_lecture: 2, central_group_study: 3 };
const TOPICS: Record<string, string> = {
  branch_committee_meeting: '研究支部月度工作',
  theme_party_day: '主题党日：学习贯彻党的二十大精神',
  branch_assembly: '支部党员大会',
  party_lecture: '书记讲党课',
  organisational_life_meeting: '年度组织生活会',
  member_appraisal: '民主评议党员',
  party_group_meeting: '党小组学习',
  central_group_study: '理论学习中心组集体学习',
};

interface Member {
  id: number;
  since: Day;
}

const monthStart = (year: number, month: number): Day => dayOf(`${year}-${String(month).padStart(2, '0')}-01`);

export async function generateSyntheticRecords(db: Executor, options: SyntheticRecordsOptions): Promise<SyntheticRecordsResult> {
  const rng = new Rng(options.seed ?? 11);
  const report = options.onProgress ?? (() => {});
  const prefix = escapeLike(options.rootPath) + '%';
  const nodes = await rowsOf<{ id: number; path: string; type: string; depth: number }>(
    db,
    sql`
    select id, path, type, depth from orgs where path like ${prefix} and dissolved_on is null order by id`,
  );
  const memberRows = await rowsOf<{ personId: number; orgId: number; startOn: string }>(
    db,
    sql`
    select m.person_id as "personId", m.org_id as "orgId", m.start_on::text as "startOn"
    from memberships m join orgs o on o.id = m.org_id
    where o.path like ${prefix} and m.end_on is null order by m.org_id, m.person_id`,
  );
  const byOrg = new Map<number, Member[]>();
  for (const m of memberRows) {
    const list = byOrg.get(Number(m.orgId)) ?? [];
    list.push({ id: Number(m.personId), since: dayOf(m.startOn) });
    byOrg.set(Number(m.orgId), list);
  }
  // A branch's roll takes in its 党小组's members (a record lists its node's subtree).
  const rollOf = new Map<number, Member[]>();
  for (const g of nodes) {
    if (g.type !== 'party_group') continue;
    const branch = Number(g.path.split('/').at(-3)); // '/…/branch/group/'
    rollOf.set(branch, [...(rollOf.get(branch) ?? byOrg.get(branch) ?? []), ...(byOrg.get(Number(g.id)) ?? [])]);
  }

  // The window: `months` whole months before today's month.
  const today = new Date(`${options.today ?? DEMO_TODAY}T00:00:00Z`);
  const months = options.months ?? 12;
  const starts: Day[] = [];
  for (let i = months; i >= 1; i--) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - i, 1));
    starts.push(monthStart(d.getUTCFullYear(), d.getUTCMonth() + 1));
  }

  let nextId = (await nextIds(db, ['records'])).records;
  const records = new BulkWriter(db, RECORDS);
  const attendees = new BulkWriter(db, ATTENDEES, [records]);
  let attendanceRows = 0;
  const add = async (node: { id: number; path: string }, kind: string, day: Day, list: readonly Member[]) => {
    const id = nextId++;
    const heldOn = isoOf(day);
    // Entered the same evening or up to 12 days later: some are late (> 7 days).
    const entered = `${isoOf(day + (rng.chance(0.8) ? rng.int(0, 3) : rng.int(4, 12)))}T20:00:00+08:00`;
    await records.add(
      id,
      node.id,
      node.path,
      kind,
      'held',
      TOPICS[kind] ?? kind,
      `${heldOn}T09:00:00+08:00`,
      heldOn,
      STUDY_HOURS[kind] ?? null,
      entered,
      entered,
    );
    for (const m of list) {
      if (m.since > day) continue;
      const roll = rng.next();
      const [attendance, reason] = roll < 0.9 ? ['present', null] : roll < 0.96 ? ['excused', '因公出差'] : ['absent', null];
      await attendees.add(id, m.id, attendance, reason, heldOn);
      attendanceRows++;
    }
  };

  const totalMembers = Math.max(1, memberRows.length);
  let largest = { id: nodes[0]?.id ?? 0, members: -1 };
  let done = 0;
  for (const node of nodes) {
    const day = (month: Day) => month + rng.int(2, 24);
    if (node.type === 'branch') {
      const list = rollOf.get(Number(node.id)) ?? byOrg.get(Number(node.id)) ?? [];
      if (list.length > largest.members) largest = { id: Number(node.id), members: list.length };
      // 支委会 with the committee (the first five members), most months.
      const committee = list.slice(0, 5);
      let rows = 0;
      for (const m of starts) {
        if (!rng.chance(0.92)) continue;
        await add(node, 'branch_committee_meeting', day(m), committee);
        rows += committee.length;
      }
      // Then full-attendance meetings until the branch has its share of the attendance rows.
      const quota = Math.ceil((options.attendance * list.length) / totalMembers);
      const full = list.length === 0 ? 0 : Math.max(0, Math.ceil((quota - rows) / list.length));
      for (let i = 0; i < full; i++) {
        const month = starts[Math.floor((i * months) / full) % months]!;
        await add(node, FULL[i % FULL.length]!, day(month), list);
      }
    } else if (node.type === 'party_group') {
      for (const m of starts)
        if (rng.chance(0.85)) await add(node, 'party_group_meeting', day(m), byOrg.get(Number(node.id)) ?? []);
    } else if (node.type === 'committee' && node.depth > 0) {
      for (const m of starts) if (rng.chance(0.8)) await add(node, 'central_group_study', day(m), []);
    }
    if (++done % 5000 === 0) report(`records: ${done}/${nodes.length} nodes`, { stage: 'records', done, total: nodes.length });
  }
  await attendees.flush();
  await records.flush();
  await resetIdentities(db, ['records']);
  report('records: analyzing', { stage: 'analyze', done: 0, total: 1 });
  await vacuumAnalyze(db, ['records', 'record_attendees']);

  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  return {
    records: records.count,
    attendance: attendanceRows,
    from: isoOf(starts[0]!).slice(0, 7),
    to: last,
    largestBranchId: largest.id,
    largestBranchMembers: largest.members,
  };
}
