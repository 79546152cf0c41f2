// Synthetic ledgers (清单) for a group made by generateSyntheticGroup: K lists kept by the root and its second-level
// units, and N items (2,000,000 by default) registered over two years across the group's nodes, bulk-loaded 10,000
// rows a statement. Items come in registration order (a unit's items are spread over the table, as in real use);
// only a sample of them carries a history of updates, since the benchmark reads items.
import { sql } from 'drizzle-orm';
import { LEDGER_KINDS, type LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { Executor } from '../db/client';
import { escapeLike } from '../core/scope-sql';
import { type BulkTable, BulkWriter, insertColumns, nextIds, resetIdentities, rowsOf, vacuumAnalyze } from './bulk';
import { DEMO_TODAY, type Day, dayOf, isoOf } from './dates';
import { Rng, WeightedPicker } from './random';

// prettier-ignore
const LEDGERS: BulkTable = { name: 'ledgers', columns: [['id', 'bigint'], ['owner_org_id', 'bigint'], ['owner_path', 'text'], ['kind', 'text'], ['title', 'text'], ['created_at', 'timestamptz']] };
// prettier-ignore
const ITEMS: BulkTable = { name: 'ledger_items', columns: [['id', 'bigint'], ['ledger_id', 'bigint'], ['kind', 'text'], ['external_no', 'text'], ['title', 'text'], ['category', 'text'], ['fields', 'jsonb'], ['fixed_at_once', 'boolean'], ['responsible_org_id', 'bigint'], ['responsible_path', 'text'], ['responsible_person_id', 'bigint'], ['deadline', 'date'], ['status', 'text'], ['progress', 'integer'], ['closed_on', 'date'], ['parent_item_id', 'bigint'], ['registered_on', 'date'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']] };
// prettier-ignore
const UPDATES: BulkTable = { name: 'ledger_item_updates', columns: [['item_id', 'bigint'], ['kind', 'text'], ['on', 'date'], ['text', 'text'], ['progress', 'integer'], ['new_deadline', 'date'], ['person_id', 'bigint'], ['at', 'timestamptz']] };

export interface SyntheticLedgersOptions {
  /** The synthetic group's root path (SyntheticResult.rootPath). */
  rootPath: string;
  /** Items in all (2,000,000 by default). */
  items?: number;
  /** Lists in all: one per kind at the root first, then one per second-level unit in turn (default 5 + units). */
  ledgers?: number;
  /** Share of the items that get their dated updates written (0.05 by default). */
  updatesShare?: number;
  /** Items are registered over the `days` before `today` (730 by default). */
  days?: number;
  today?: string;
  seed?: number;
  onProgress?: (message: string, progress: { stage: string; done: number; total: number }) => void;
}

export interface SyntheticLedgersResult {
  ledgers: number;
  items: number;
  updates: number;
  /** Items per status, as generated. */
  byStatus: Record<string, number>;
  /** The lists kept by the root, one per kind (when `ledgers` ≥ 5). */
  rootLedgers: { id: number; kind: LedgerKind }[];
}

/** Categories of each kind: S2's five 办实事 categories, S3's special checks, a few aspects and fields of problems. */
export const SYNTHETIC_CATEGORIES: Record<LedgerKind, readonly string[]> = {
  practical_matter: ['服务基层', '关爱员工', '为军惠军', '助力乡村振兴', '支持合作伙伴'],
  problem: ['理论学习', '组织建设', '作风建设', '纪律建设', '业务工作', '制度机制'],
  research_topic: ['改革发展', '党的建设', '安全生产', '职工关切'],
  key_task: ['学习教育', '办实事', '开新局', '组织保障', '宣传引导', '督导检查'],
  special_check: ['组织关系', '按期换届', '党费收缴', '违纪未处理'],
};
const KIND_NAME: Record<LedgerKind, string> = {
  practical_matter: '我为群众办实事',
  problem: '问题整改',
  research_topic: '调研课题',
  key_task: '重点任务',
  special_check: '专项排查',
};
const PREFIX: Record<LedgerKind, string> = {
  practical_matter: 'BSS',
  problem: 'WT',
  research_topic: 'DY',
  key_task: 'ZD',
  special_check: 'PC',
};
const TITLES: Record<LedgerKind, readonly string[]> = {
  practical_matter: ['解决职工通勤难', '改善食堂就餐条件', '帮扶困难职工家庭', '建设职工书屋', '开展健康体检', '修缮职工宿舍'],
  problem: ['理论学习不够深入', '联系群众不够紧密', '制度执行不到位', '会议记录不规范', '党费收缴不及时', '整改台账不健全'],
  research_topic: ['基层党建与生产经营深度融合', '青年职工思想状况', '安全生产责任落实', '新业态员工诉求'],
  key_task: ['开展专题学习', '落实办实事清单', '推进重点项目攻坚', '完善组织体系', '加强宣传报道', '组织督导检查'],
  special_check: ['排查组织关系', '排查逾期未换届', '排查党费收缴', '排查违纪未处理'],
};
const KIND_WEIGHT = new WeightedPicker<LedgerKind>([
  ['practical_matter', 40],
  ['problem', 35],
  ['key_task', 10],
  ['special_check', 10],
  ['research_topic', 5],
]);
const ESCALATION = JSON.stringify([
  { step: 'reminder', afterDays: 0 },
  { step: 'urge', afterDays: 7 },
  { step: 'notice', afterDays: 30 },
  { step: 'interview', afterDays: 60 },
]);
const PM_SOURCES = ['走下去听', '请上来讲', '坐下来议', 'employee_submission'];
const PHASES = ['筹划部署', '组织实施', '检查验收'];
const PROBLEM_SOURCES = ['research_topic', 'inspection', 'self_check', 'guidance_finding', 'masses'];
const SEVERITY = new WeightedPicker([
  ['general', 80],
  ['serious', 17],
  ['critical', 3],
] as const);
const METHODS = ['individual_interview', 'group_discussion', 'questionnaire', 'field_visit', 'case_study'];

interface Node {
  id: number;
  path: string;
  /** The second-level unit the node lies in; the root's own id for the root. */
  unit: number;
  /** A person holding a position at the node (its 书记 first), the item's 责任人. */
  person: number | null;
}

interface Ledger {
  id: number;
  kind: LedgerKind;
  next: number;
}

const stamp = (day: Day, time = '09:00') => `${isoOf(day)}T${time}:00+08:00`;

export async function generateSyntheticLedgers(db: Executor, options: SyntheticLedgersOptions): Promise<SyntheticLedgersResult> {
  const rng = new Rng(options.seed ?? 13);
  const report = options.onProgress ?? (() => {});
  const total = options.items ?? 2_000_000;
  const today = dayOf(options.today ?? DEMO_TODAY);
  const days = options.days ?? 730;
  const updatesShare = options.updatesShare ?? 0.05;
  const prefix = escapeLike(options.rootPath) + '%';

  const orgRows = await rowsOf<{ id: number; path: string; type: string; name: string; person: number | null }>(
    db,
    sql`
    select o.id::int, o.path, o.type, o.name, p.person_id::int as person
    from orgs o
    left join lateral (
      select person_id from positions where org_id = o.id and end_on is null order by (title = 'secretary') desc, id limit 1
    ) p on true
    where o.path like ${prefix} and o.dissolved_on is null order by o.id`,
  );
  const root = orgRows.find((o) => o.path === options.rootPath);
  if (!root) throw new Error(`no node at ${options.rootPath}`);
  const depthOf = (path: string) => path.split('/').length - 3; // '/1/' is 0
  const rootDepth = depthOf(root.path);
  const seconds = orgRows.filter((o) => depthOf(o.path) === rootDepth + 1);
  // Items go to committees, general branches and branches (a 党小组 is no responsible unit).
  const nodes: Node[] = orgRows
    .filter((o) => o.type !== 'party_group')
    .map((o) => ({
      id: o.id,
      path: o.path,
      unit: o.id === root.id ? root.id : Number(o.path.split('/')[rootDepth + 2]),
      person: o.person === null ? null : Number(o.person),
    }));
  const anyPerson = nodes.find((n) => n.person !== null)?.person ?? null;

  // The lists: one per kind at the root, then the second-level units in turn, kinds in turn.
  const ledgerCount = options.ledgers ?? LEDGER_KINDS.length + seconds.length;
  if (ledgerCount < 1) throw new Error('at least one ledger');
  let ledgerId = (await nextIds(db, ['ledgers'])).ledgers;
  const ledgerData: (string | number)[][] = LEDGERS.columns.map(() => []);
  const byOwner = new Map<number, Map<LedgerKind, Ledger[]>>();
  const rootLedgers: { id: number; kind: LedgerKind }[] = [];
  for (let j = 0; j < ledgerCount; j++) {
    const owner: typeof root =
      j < LEDGER_KINDS.length || seconds.length === 0 ? root : seconds[(j - LEDGER_KINDS.length) % seconds.length]!;
    const kind = LEDGER_KINDS[j % LEDGER_KINDS.length]!;
    const ledger: Ledger = { id: ledgerId++, kind, next: 1 };
    const kinds = byOwner.get(owner.id) ?? new Map<LedgerKind, Ledger[]>();
    kinds.set(kind, [...(kinds.get(kind) ?? []), ledger]);
    byOwner.set(owner.id, kinds);
    if (owner === root) rootLedgers.push({ id: ledger.id, kind });
    const row = [ledger.id, owner.id, owner.path, kind, `${owner.name}${KIND_NAME[kind]}清单`, stamp(today - days - 7)];
    row.forEach((v, i) => ledgerData[i]!.push(v));
  }
  for (let i = 0; i < ledgerData[0]!.length; i += 10_000)
    await insertColumns(
      db,
      LEDGERS,
      ledgerData.map((c) => c.slice(i, i + 10_000)),
    );
  for (const kind of LEDGER_KINDS)
    await db.execute(sql`
      update ledgers set categories = ${sql.param([...SYNTHETIC_CATEGORIES[kind]])}::text[], escalation = ${ESCALATION}::jsonb
      where owner_path like ${prefix} and kind = ${kind} and id >= ${ledgerId - ledgerCount}`);
  report(`ledgers: ${ledgerCount} lists`, { stage: 'ledgers', done: ledgerCount, total: ledgerCount });

  /** A list the node's item may go in: its unit's list of the kind (60 %) or the root's; else any of theirs. */
  const ledgerFor = (node: Node, kind: LedgerKind): Ledger => {
    const unitOwn = node.unit === root.id ? undefined : byOwner.get(node.unit)?.get(kind);
    const rootOwn = byOwner.get(root.id)?.get(kind);
    if (unitOwn && (!rootOwn || rng.chance(0.6))) return rng.pick(unitOwn);
    if (rootOwn) return rng.pick(rootOwn);
    const unit = node.unit === root.id ? [] : [...(byOwner.get(node.unit)?.values() ?? [])];
    return rng.pick([...unit, ...byOwner.get(root.id)!.values()].flat());
  };

  let itemId = (await nextIds(db, ['ledger_items'])).ledger_items;
  const items = new BulkWriter(db, ITEMS);
  const updates = new BulkWriter(db, UPDATES, [items]);
  const byStatus: Record<string, number> = {};
  /** The latest research topic of each unit: a problem from a research topic points at it. */
  const lastTopic = new Map<number, number>();
  const start = today - days;

  for (let n = 0; n < total; n++) {
    const node = rng.pick(nodes);
    const ledger = ledgerFor(node, KIND_WEIGHT.pick(rng));
    const kind = ledger.kind;
    const id = itemId++;
    const registered = start + Math.floor((n * days) / total);
    const category = rng.pick(SYNTHETIC_CATEGORIES[kind]);
    let fields: Record<string, unknown>;
    let parent: number | null = null;
    let fixedAtOnce = false;
    switch (kind) {
      case 'practical_matter':
        fields = { source: rng.pick(PM_SOURCES), phase: rng.pick(PHASES), beneficiaries: '职工群众' };
        break;
      case 'problem': {
        const source = rng.pick(PROBLEM_SOURCES);
        fields = { source, severity: SEVERITY.pick(rng), measures: '制定整改措施，明确责任人和完成时限' };
        fixedAtOnce = rng.chance(0.4);
        if (source === 'research_topic') parent = lastTopic.get(node.unit) ?? null;
        break;
      }
      case 'research_topic':
        fields = { leaderPersonId: node.person ?? anyPerson, methods: [rng.pick(METHODS), 'group_discussion'] };
        lastTopic.set(node.unit, id);
        break;
      case 'key_task':
        fields = { aspect: category };
        break;
      case 'special_check':
        fields = { checkType: category };
        break;
    }

    // 立行立改 is closed on the day it is registered; the rest move along against their deadline.
    let deadline: Day | null = null;
    let status: string;
    let closedOn: Day | null = null;
    let extendedFrom: Day | null = null;
    if (fixedAtOnce) {
      status = 'closed';
      closedOn = registered;
    } else {
      deadline = registered + rng.int(14, 180);
      const r = rng.next();
      if (deadline < today) {
        if (r < 0.85) {
          status = 'closed';
          closedOn = rng.chance(0.8) ? rng.int(registered, deadline) : Math.min(today, rng.int(deadline + 1, deadline + 60));
        } else status = r < 0.92 ? 'in_progress' : r < 0.94 ? 'close_requested' : r < 0.95 ? 'registered' : 'extended';
      } else if (r < 0.25) {
        status = 'closed';
        closedOn = rng.int(registered, today);
      } else status = r < 0.7 ? 'in_progress' : r < 0.85 ? 'registered' : r < 0.95 ? 'close_requested' : 'extended';
      if (status === 'extended') {
        extendedFrom = deadline;
        deadline += rng.int(30, 120);
      }
    }
    const progress = status === 'closed' || status === 'close_requested' ? 100 : status === 'registered' ? 0 : rng.int(1, 9) * 10;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    const entered = stamp(registered);
    await items.add(
      id,
      ledger.id,
      kind,
      `${PREFIX[kind]}-${String(ledger.next++).padStart(7, '0')}`,
      `${rng.pick(TITLES[kind])}（${n + 1}）`,
      category,
      JSON.stringify(fields),
      fixedAtOnce,
      node.id,
      node.path,
      node.person,
      deadline === null ? null : isoOf(deadline),
      status,
      progress,
      closedOn === null ? null : isoOf(closedOn),
      parent,
      isoOf(registered),
      entered,
      closedOn === null ? entered : stamp(closedOn, '17:00'),
    );

    if (rng.chance(updatesShare)) {
      const add = (
        kind: string,
        on: Day,
        text: string | null,
        percent: number | null,
        newDeadline: Day | null,
        person: number | null,
      ) =>
        updates.add(
          id,
          kind,
          isoOf(on),
          text,
          percent,
          newDeadline === null ? null : isoOf(newDeadline),
          person,
          stamp(on, '18:00'),
        );
      if (fixedAtOnce) await add('close', registered, '立行立改', null, null, null);
      else {
        const until = closedOn ?? today;
        const steps = status === 'registered' ? 0 : rng.int(1, 3);
        for (let k = 1; k <= steps; k++) {
          const on = registered + Math.floor(((until - registered) * k) / (steps + 1));
          await add('progress', on, '按计划推进', Math.round((progress * k) / steps), null, node.person);
        }
        if (extendedFrom !== null) {
          await add('extend_request', Math.min(today, extendedFrom), '情况复杂，申请延期', null, deadline, node.person);
          await add('extend', Math.min(today, extendedFrom), null, null, deadline, null);
        }
        if (status === 'close_requested' || status === 'closed')
          await add('close_request', until, '已完成，申请销号', null, null, node.person);
        if (status === 'closed') await add('close', until, null, null, null, null);
      }
    }
    if ((n + 1) % 100_000 === 0) report(`ledgers: ${n + 1}/${total} items`, { stage: 'items', done: n + 1, total });
  }
  await updates.flush();
  await items.flush();
  await resetIdentities(db, ['ledgers', 'ledger_items', 'ledger_item_updates']);
  report('ledgers: analyzing', { stage: 'analyze', done: 0, total: 1 });
  await vacuumAnalyze(db, ['ledgers', 'ledger_items', 'ledger_item_updates']);
  return { ledgers: ledgerCount, items: items.count, updates: updates.count, byStatus, rootLedgers };
}
