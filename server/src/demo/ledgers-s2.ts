// S2's ledgers (seed 001): the group's 我为群众办实事 list — 600 items, 20 at headquarters and the rest across its
// 10 departments and 8 subsidiaries, each with a responsible unit, a 2021 deadline and its weekly progress
// (每周填表上报) — and the 党史学习教育 plan's 39 key tasks in 19 aspects. Figures are counted from the items.
import { type Day, dayOf } from './dates';
import {
  BENEFICIARIES,
  HEADQUARTERS_ITEMS,
  KEY_TASKS,
  type Lead,
  PHASES,
  PRACTICAL_CATEGORIES,
  PRACTICAL_ITEMS,
  type PracticalCategory,
  S2_LEDGERS,
  SOURCES,
  WEEKLY,
} from './ledgers-s2-data';
import type { ItemInput, LedgerWriter, UpdateInput } from './ledgers-writer';
import { isWorkday, weekday, workdays } from './records-calendar';
import { RosterIndex } from './records-roster';
import { Rng, WeightedPicker, hash32, spread } from './random';
import type { OrgRow, Roster } from './writer';

export interface S2LedgersOptions {
  seed: number;
  /** The group's demo administrator (s2admin, of the 党群工作部): keeps the lists, verifies closings at unit level. */
  admin: number;
}

export interface S2LedgersResult {
  practicalLedgerId: number;
  keyTaskLedgerId: number;
}

const END_OF_YEAR = dayOf('2021-12-31');
const onWorkday = (day: Day) => {
  let d = day;
  while (!isWorkday(d)) d--;
  return d;
};

const CATEGORY = new WeightedPicker<PracticalCategory>([
  ['服务基层', 30],
  ['关爱员工', 32],
  ['为军惠军', 14],
  ['助力乡村振兴', 12],
  ['支持合作伙伴', 12],
]);
const SOURCE = new WeightedPicker<(typeof SOURCES)[number]>([
  ['走下去听', 40],
  ['请上来讲', 25],
  ['坐下来议', 35],
]);
type Outcome = 'onTime' | 'late' | 'inProgress' | 'closeRequested' | 'extended';
const OUTCOME = new WeightedPicker<Outcome>([
  ['onTime', 72],
  ['late', 12],
  ['inProgress', 8],
  ['closeRequested', 4],
  ['extended', 4],
]);

interface Target {
  node: OrgRow;
  /** Who verifies and strikes it off: the list's owner for a unit, the unit's secretary for its branches. */
  closer: number;
  person: number;
  place: string;
}

export async function seedS2Ledgers(lw: LedgerWriter, roster: Roster, o: S2LedgersOptions): Promise<S2LedgersResult> {
  const rng = new Rng(hash32(o.seed ^ 0x5332_4c44));
  const idx = new RosterIndex(roster);
  const root = idx.byCode('S2');
  const [hq, ...subsidiaries] = idx.childrenOf(root, 'committee');
  if (!hq || subsidiaries.length !== 8) throw new Error('S2 needs the 直属机关党委 and 8 subsidiaries');
  const departments = idx.childrenOf(hq, 'branch');
  if (departments.length !== 10) throw new Error('S2 needs 10 headquarters departments');
  const owner = { id: root.id, path: root.path };

  const practicalLedgerId = await lw.ledger({
    owner,
    campaignId: null,
    kind: 'practical_matter',
    title: S2_LEDGERS.practicalTitle,
    description:
      '采取走下去听、请上来讲、坐下来议等形式开门问策，区分筹划部署、组织实施、检查验收3个阶段，明确责任单位和完成时限；各部门、各子公司每周填表上报进展。',
    categories: PRACTICAL_CATEGORIES,
    escalation: [
      { step: 'reminder', afterDays: 0 },
      { step: 'urge', afterDays: 14 },
      { step: 'notice', afterDays: 30 },
    ],
    createdByPerson: o.admin,
    createdOn: dayOf('2021-03-15'),
  });

  const leaderOf = (node: OrgRow) => idx.secretary(node) ?? idx.leadership(node)[0] ?? o.admin;
  const pickLeader = (node: OrgRow) => {
    const team = idx.leadership(node);
    return team.length > 0 ? rng.pick(team) : leaderOf(node);
  };
  const nameOf = (n: OrgRow) => n.unitName ?? n.name.replace(/党委$/, '');
  const targets: { of: OrgRow; count: number; pick: () => Target }[] = [
    // 集团总部: the group committee's own 20.
    {
      of: root,
      count: S2_LEDGERS.headquarters,
      pick: () => ({ node: root, closer: o.admin, person: pickLeader(root), place: '' }),
    },
    ...spread(rng, S2_LEDGERS.departments, departments.length, 12, 2.5).map((count, i) => {
      const node = departments[i] as OrgRow;
      return { of: node, count, pick: () => ({ node, closer: leaderOf(hq), person: leaderOf(node), place: '' }) };
    }),
    ...spread(rng, S2_LEDGERS.subsidiaries, subsidiaries.length, 25, 2.5).map((count, i) => {
      const unit = subsidiaries[i] as OrgRow;
      const branches = idx.under(unit, 'branch');
      return {
        of: unit,
        count,
        pick: (): Target => {
          if (branches.length === 0 || rng.chance(0.6))
            return { node: unit, closer: o.admin, person: pickLeader(unit), place: nameOf(unit) };
          const node = rng.pick(branches);
          return { node, closer: leaderOf(unit), person: leaderOf(node), place: siteOf(unit, node) };
        },
      };
    }),
  ];

  const registration = workdays('2021-03-22', '2021-05-28');
  let n = 0;
  for (const t of targets) {
    const titles = new Set<string>();
    for (let k = 0; k < t.count; k++) {
      const target = t.pick();
      const hqItem = t.of === root ? HEADQUARTERS_ITEMS[k] : undefined;
      let category: PracticalCategory = hqItem?.[1] ?? CATEGORY.pick(rng);
      let title = hqItem?.[0] ?? '';
      for (let attempt = 0; title === '' || (titles.has(title) && attempt < 20); attempt++) {
        if (attempt > 0) category = CATEGORY.pick(rng);
        title = rng.pick(PRACTICAL_ITEMS[category]).replace('{p}', target.place);
      }
      // A department's list repeats a theme only for another group of beneficiaries.
      if (titles.has(title)) title = `${title}（第二批）`;
      titles.add(title);
      const registeredOn = rng.pick(registration);
      const deadline = Math.min(END_OF_YEAR, onWorkday(registeredOn + rng.int(45, 240)));
      const [beneficiaries, lo, hi] = BENEFICIARIES[category];
      const life = practicalLife(rng, OUTCOME.pick(rng), registeredOn, deadline, target);
      n++;
      await lw.item(lw.itemId(), {
        ledgerId: practicalLedgerId,
        kind: 'practical_matter',
        externalNo: `BSS${String(n).padStart(4, '0')}`,
        title,
        category,
        fields: {
          source: SOURCE.pick(rng),
          phase: phaseOf(life),
          beneficiaries: beneficiaries.replace('{n}', String(rng.int(lo, hi))),
        },
        fixedAtOnce: false,
        org: target.node,
        personId: target.person,
        parentItemId: null,
        registeredOn,
        ...life,
      });
    }
  }
  if (n !== S2_LEDGERS.items) throw new Error(`S2 needs ${S2_LEDGERS.items} practical matters, has ${n}`);

  const keyTaskLedgerId = await seedKeyTasks(lw, rng, idx, { root, hq, departments, admin: o.admin });
  return { practicalLedgerId, keyTaskLedgerId };
}

/** Fridays (统计表 day) after `from` up to `to`. */
function fridays(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from + 1; d <= to; d++) if (weekday(d) === 5) out.push(d);
  return out;
}

type Life = Pick<ItemInput, 'deadline' | 'status' | 'progress' | 'closedOn' | 'closedBy' | 'updates'>;

/** Weekly progress from registration, percent rising, and the item's end: closed (on time or late) or still open. */
function practicalLife(rng: Rng, outcome: Outcome, on: Day, deadline: Day, t: Target): Life {
  const updates: UpdateInput[] = [];
  const weekly = (to: Day, top: number) => {
    const weeks = fridays(on, to);
    let last = 0;
    for (const [w, day] of weeks.entries()) {
      const target = Math.round((top * (w + 1)) / weeks.length);
      const percent = Math.min(top, Math.max(last + 1, target - rng.int(0, 4)));
      last = percent;
      const band = WEEKLY[Math.min(2, Math.floor((percent * 3) / 100))] as readonly string[];
      updates.push({ kind: 'progress', on: day, text: `第${w + 1}周：${rng.pick(band)}`, progress: percent, personId: t.person });
    }
    return last;
  };
  const close = (closedOn: Day): Life => {
    const requested = onWorkday(closedOn - rng.int(1, 4));
    weekly(requested - 1, rng.int(85, 95));
    updates.push({
      kind: 'close_request',
      on: requested,
      text: '已办结，附服务对象评价和佐证材料，申请销号。',
      personId: t.person,
    });
    updates.push({ kind: 'close', on: closedOn, text: '经核实群众满意，同意销号。', personId: t.closer });
    return { deadline, status: 'closed', progress: 100, closedOn, closedBy: t.closer, updates };
  };
  const open = (status: Life['status'], progress: number, final = deadline): Life => ({
    deadline: final,
    status,
    progress,
    closedOn: null,
    closedBy: null,
    updates,
  });
  switch (outcome) {
    case 'onTime':
      return close(onWorkday(on + 21 + Math.round(rng.next() * Math.max(0, deadline - on - 21))));
    case 'late':
      return close(onWorkday(Math.min(END_OF_YEAR, deadline + rng.int(5, 30))));
    case 'inProgress':
      return open('in_progress', weekly(END_OF_YEAR, rng.int(45, 85)));
    case 'closeRequested': {
      const asked = onWorkday(Math.min(END_OF_YEAR, deadline + rng.int(-5, 10)));
      weekly(asked - 1, 95);
      updates.push({ kind: 'close_request', on: asked, text: '已办结，申请销号。', personId: t.person });
      return open('close_requested', 95);
    }
    case 'extended': {
      // The new deadline stays within 2021: an item due in December runs on past its deadline instead.
      if (deadline + 30 > END_OF_YEAR) return open('in_progress', weekly(END_OF_YEAR, rng.int(45, 85)));
      const ask = onWorkday(Math.max(on + 14, deadline - 10));
      const final = Math.min(END_OF_YEAR, deadline + 45);
      const progress = weekly(ask - 1, rng.int(40, 60));
      updates.push({
        kind: 'extend_request',
        on: ask,
        text: '涉及资金审批和外部协调，申请延期。',
        newDeadline: final,
        personId: t.person,
      });
      updates.push({ kind: 'extend', on: ask + 1, newDeadline: final, personId: t.closer });
      return open('extended', progress, final);
    }
  }
}

/** 筹划部署 for quick wins closed by the end of May, 检查验收 once verified, 组织实施 while under way. */
function phaseOf(life: Life): (typeof PHASES)[number] {
  if (life.closedOn === null) return PHASES[1];
  return life.closedOn <= dayOf('2021-05-31') ? PHASES[0] : PHASES[2];
}

/** A branch's site inside its subsidiary: 三亚接待中心, 华北区域公司; the subsidiary itself for its 机关. */
function siteOf(unit: OrgRow, node: OrgRow): string {
  const name = unit.unitName ?? '';
  const short = node.name
    .replace(name, '')
    .replace(/党支部$/, '')
    .replace(/(第[一二三]|项目|护理)$/, '');
  return short.startsWith('机关') || short === '' ? name : short;
}

async function seedKeyTasks(
  lw: LedgerWriter,
  rng: Rng,
  idx: RosterIndex,
  s: { root: OrgRow; hq: OrgRow; departments: OrgRow[]; admin: number },
): Promise<number> {
  const ledgerId = await lw.ledger({
    owner: { id: s.root.id, path: s.root.path },
    campaignId: null,
    kind: 'key_task',
    title: S2_LEDGERS.keyTaskTitle,
    description: '运用项目化管理手段，系统梳理19个方面39项重点任务，明确牵头单位、责任人和完成时限。',
    categories: KEY_TASKS.map(([aspect]) => aspect),
    escalation: [{ step: 'urge', afterDays: 7 }],
    createdByPerson: s.admin,
    createdOn: dayOf('2021-03-05'),
  });
  const dept = (name: string) => s.departments.find((d) => d.name.includes(name)) ?? s.hq;
  const leads: Record<Lead, OrgRow> = {
    group: s.root,
    hq: s.hq,
    office: dept('办公室'),
    partyAffairs: dept('党群工作部'),
    hr: dept('人力资源部'),
  };
  const tasks = KEY_TASKS.flatMap(([aspect, list]) => list.map(([title, lead]) => ({ aspect, title, lead })));
  if (KEY_TASKS.length !== S2_LEDGERS.aspects || tasks.length !== S2_LEDGERS.keyTasks)
    throw new Error('S2 needs 19 aspects and 39 key tasks');
  const months = ['2021-03-31', '2021-04-30', '2021-05-31', '2021-06-30', '2021-07-30', '2021-08-31', '2021-09-30', '2021-10-29'];
  for (const [k, t] of tasks.entries()) {
    const node = leads[t.lead];
    const person = idx.secretary(node) ?? idx.leadership(node)[0] ?? s.admin;
    const registeredOn = dayOf('2021-03-08');
    // 常态化长效化 and the final review run to the year's end; the rest by their month.
    const ongoing = t.aspect === '总结评估';
    const deadline = ongoing ? END_OF_YEAR : dayOf(months[(k * 3) % months.length] as string);
    const monthly = months.map(dayOf).filter((d) => d > registeredOn && d < deadline);
    const updates: UpdateInput[] = monthly.map((on, m) => ({
      kind: 'progress',
      on,
      text: `${m + 1}月汇总：按计划推进，形成阶段成果。`,
      progress: Math.round((90 * (m + 1)) / (monthly.length + 1)),
      personId: person,
    }));
    const closedOn = ongoing ? null : onWorkday(deadline - rng.int(0, 5));
    if (closedOn !== null) {
      updates.push({ kind: 'close_request', on: onWorkday(closedOn - 1), text: '任务完成，报送工作总结。', personId: person });
      updates.push({ kind: 'close', on: closedOn, text: '领导小组办公室核实完成。', personId: s.admin });
    }
    await lw.item(lw.itemId(), {
      ledgerId,
      kind: 'key_task',
      externalNo: `ZD${String(k + 1).padStart(2, '0')}`,
      title: t.title,
      category: t.aspect,
      fields: { aspect: t.aspect },
      fixedAtOnce: false,
      org: node,
      personId: person,
      deadline,
      status: closedOn === null ? 'in_progress' : 'closed',
      progress: closedOn === null ? (updates.at(-1)?.progress ?? 0) : 100,
      closedOn,
      closedBy: closedOn === null ? null : s.admin,
      parentItemId: null,
      registeredOn,
      updates,
    });
  }
  return ledgerId;
}
