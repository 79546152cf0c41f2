// S1's ledgers inside its 第二批主题教育 campaign: 43 调研课题 (one per 班子成员 of the 9 units) and the 问题清单
// the research turned up — 361 problems registered by 2019-10-29, 185 of them 立行立改, and a few more after.
// Every figure is counted from these items; nothing here states a total to the product.
import type { Position } from '@xianfeng/shared/domain';
import { type Day, dayOf } from './dates';
import {
  DEPUTY_THEMES,
  MEASURES,
  MEMBER_THEMES,
  METHOD_SETS,
  PROBLEMS,
  PROBLEM_CATEGORIES,
  PROBLEM_STEPS,
  type ProblemCategory,
  S1_LEDGERS,
  SECRETARY_THEMES,
  TOPIC_CATEGORIES,
  TOPIC_STEPS,
  type Theme,
} from './ledgers-s1-data';
import type { ItemInput, LedgerWriter, UpdateInput } from './ledgers-writer';
import { cycle, isWorkday, workdays } from './records-calendar';
import { RosterIndex } from './records-roster';
import { Rng, WeightedPicker, hash32, spread } from './random';
import type { OrgRow, Roster } from './writer';

export interface S1LedgersOptions {
  seed: number;
  campaignId: number;
  /** The group's demo administrator (s1admin), of the campaign's office: keeps the lists and verifies closings at unit level. */
  admin: number;
}

export interface S1LedgersResult {
  topicsLedgerId: number;
  problemsLedgerId: number;
}

/**
 * The day each unit held its 调研成果交流会, as records-s1-units.ts schedules it (8 units by 10-29, the last on
 * 11-01); the acceptance test checks the two agree. A leader's report is due before it.
 */
export function symposiumDay(u: number): Day {
  if (u === 0) return dayOf('2019-10-24');
  return u < 8 ? cycle(workdays('2019-10-21', '2019-10-29'), u + 2) : dayOf('2019-11-01');
}

const before = (day: Day) => {
  let d = day - 1;
  while (!isWorkday(d)) d--;
  return d;
};
/** The day itself on a working day, else the Friday before. */
const onWorkday = (day: Day) => {
  let d = day;
  while (!isWorkday(d)) d--;
  return d;
};

interface Topic {
  id: number;
  unit: OrgRow;
  u: number;
  leader: number;
  theme: Theme;
  registeredOn: Day;
}

type Outcome = 'onTime' | 'late' | 'extendedClosed' | 'returned' | 'inProgress' | 'closeRequested' | 'extendedOpen';
const OUTCOMES = new WeightedPicker<Outcome>([
  ['onTime', 64],
  ['late', 14],
  ['extendedClosed', 6],
  ['returned', 5],
  ['inProgress', 5],
  ['closeRequested', 3],
  ['extendedOpen', 3],
]);
const SEVERITY = new WeightedPicker<'general' | 'serious' | 'critical'>([
  ['general', 72],
  ['serious', 24],
  ['critical', 4],
]);

export async function seedS1Ledgers(lw: LedgerWriter, roster: Roster, o: S1LedgersOptions): Promise<S1LedgersResult> {
  const rng = new Rng(hash32(o.seed ^ 0x5131_4c44));
  const idx = new RosterIndex(roster);
  const root = idx.byCode('S1');
  const units = idx.childrenOf(root, 'committee');
  const owner = { id: root.id, path: root.path };
  const common = { owner, campaignId: o.campaignId, createdByPerson: o.admin };

  const topicsLedgerId = await lw.ledger({
    ...common,
    kind: 'research_topic',
    title: S1_LEDGERS.topicTitle,
    description: '9家单位班子成员每人确定1个调研题目，深入一线调查研究，形成书面调研报告和A3报告，报指导组审核。',
    categories: TOPIC_CATEGORIES,
    escalation: [
      { step: 'reminder', afterDays: 0 },
      { step: 'urge', afterDays: 3 },
    ],
    createdOn: dayOf('2019-09-18'),
  });
  const problemsLedgerId = await lw.ledger({
    ...common,
    kind: 'problem',
    title: S1_LEDGERS.problemTitle,
    description:
      '班子成员在调研中收集整理的问题：能立即解决的立行立改，其余明确整改措施、责任人和完成时限，整改完成后申请销号，经审核销号。',
    categories: PROBLEM_CATEGORIES,
    escalation: [
      { step: 'reminder', afterDays: 0 },
      { step: 'urge', afterDays: 7 },
      { step: 'notice', afterDays: 30 },
      { step: 'interview', afterDays: 60 },
    ],
    createdOn: dayOf('2019-09-20'),
  });

  // 调研课题: the secretary, the deputy, then the other members of each unit's team, in seat order.
  const themes = { secretary: SECRETARY_THEMES, deputy_secretary: DEPUTY_THEMES, committee_member: MEMBER_THEMES };
  const used = { secretary: 0, deputy_secretary: 0, committee_member: 0 };
  const topics: Topic[] = [];
  const registration = workdays('2019-09-19', '2019-09-27');
  for (const [u, unit] of units.entries()) {
    for (const title of ['secretary', 'deputy_secretary', 'committee_member'] as const satisfies readonly Position[]) {
      for (const leader of idx.holders(unit, [title])) {
        const theme = themes[title][used[title]++];
        if (!theme) throw new Error(`S1 ledgers: no research theme left for ${title}`);
        topics.push({ id: lw.itemId(), unit, u, leader, theme, registeredOn: cycle(registration, u + topics.length) });
      }
    }
  }
  if (topics.length !== S1_LEDGERS.topics) throw new Error(`S1 needs ${S1_LEDGERS.topics} research topics, has ${topics.length}`);

  for (const [k, t] of topics.entries()) {
    const deadline = before(symposiumDay(t.u));
    // Two reports came in after their deadline, the day of the exchange meeting.
    const late = k === 7 || k === 30;
    const closedOn = late ? symposiumDay(t.u) : deadline - rng.int(0, 1);
    const requested = onWorkday(closedOn - rng.int(1, 2));
    const steps = TOPIC_STEPS.map((text, s): UpdateInput => ({
      kind: 'progress',
      on: onWorkday(t.registeredOn + Math.round(((s + 1) * (requested - t.registeredOn)) / (TOPIC_STEPS.length + 1))),
      text,
      progress: [25, 60, 85][s],
      personId: t.leader,
    }));
    await lw.item(t.id, {
      ledgerId: topicsLedgerId,
      kind: 'research_topic',
      externalNo: `DY${String(t.u + 1).padStart(2, '0')}${String(k + 1).padStart(2, '0')}`,
      title: t.theme.title,
      description: `${t.unit.unitName ?? t.unit.name}班子成员调研课题：聚焦主题主线，以问题为导向，深入主管部门和生产一线开展调查研究。`,
      category: t.theme.category,
      fields: { leaderPersonId: t.leader, methods: [...cycle(METHOD_SETS, rng.int(0, METHOD_SETS.length - 1))] },
      fixedAtOnce: false,
      org: t.unit,
      personId: t.leader,
      deadline,
      status: 'closed',
      progress: 100,
      closedOn,
      closedBy: o.admin,
      parentItemId: null,
      registeredOn: t.registeredOn,
      updates: [
        ...steps,
        { kind: 'close_request', on: requested, text: '已提交书面调研报告和A3报告。', personId: t.leader },
        { kind: 'close', on: closedOn, text: '指导组审核通过。', personId: o.admin },
      ],
    });
  }

  // 问题: 361 by 10-29 spread over the topics, 185 of them 立行立改; then a few more after 10-29.
  const counts = spread(rng, S1_LEDGERS.problems, topics.length, 4, 3);
  const fixed = new Set(shuffle(rng, [...Array(S1_LEDGERS.problems).keys()]).slice(0, S1_LEDGERS.fixedAtOnce));
  const problems: { topic: Topic; on: Day; fixedAtOnce: boolean }[] = [];
  const cutoff = dayOf(S1_LEDGERS.problemsBy);
  for (const [k, topic] of topics.entries()) {
    const from = Math.max(topic.registeredOn + 2, dayOf('2019-09-25'));
    const days = workdays('2019-09-25', S1_LEDGERS.problemsBy).filter(
      (d) => d >= from && d <= Math.min(symposiumDay(topic.u), cutoff),
    );
    for (let j = 0; j < (counts[k] ?? 0); j++)
      problems.push({ topic, on: rng.pick(days), fixedAtOnce: fixed.has(problems.length) });
  }
  const later = workdays('2019-10-30', '2019-11-15');
  for (let j = 0; j < S1_LEDGERS.later; j++)
    problems.push({ topic: rng.pick(topics), on: rng.pick(later), fixedAtOnce: j < S1_LEDGERS.laterFixedAtOnce });
  problems.sort((a, b) => a.on - b.on || a.topic.id - b.topic.id);

  const titles = new Set<string>();
  for (const [n, p] of problems.entries()) {
    const { topic } = p;
    const category: ProblemCategory = rng.chance(0.65) ? rng.pick(topic.theme.finds) : rng.pick(PROBLEM_CATEGORIES);
    const branches = idx.under(topic.unit, 'branch').filter((b) => !b.name.endsWith('离退休党支部'));
    let node: OrgRow = topic.unit;
    let title = '';
    for (let attempt = 0; attempt < 6 && (title === '' || titles.has(title)); attempt++) {
      node = rng.chance(0.35) ? topic.unit : rng.pick(branches);
      title = rng.pick(PROBLEMS[category]).replace('{p}', placeOf(topic.unit, node));
    }
    titles.add(title);
    const atUnit = node === topic.unit;
    const person = atUnit ? topic.leader : (idx.secretary(node) ?? topic.leader);
    // 销号 at unit level by the group's office; at a branch by the unit's secretary (its superior).
    const closer = atUnit ? o.admin : (idx.secretary(topic.unit) ?? o.admin);
    const severity = p.fixedAtOnce ? (rng.chance(0.9) ? 'general' : 'serious') : SEVERITY.pick(rng);
    const [measure, fixNow] = MEASURES[category];
    const base = {
      ledgerId: problemsLedgerId,
      kind: 'problem' as const,
      externalNo: `WT${String(n + 1).padStart(4, '0')}`,
      title,
      category,
      fields: { source: 'research_topic', severity, measures: p.fixedAtOnce ? fixNow : measure },
      fixedAtOnce: p.fixedAtOnce,
      org: node,
      personId: person,
      parentItemId: topic.id,
      registeredOn: p.on,
    };
    if (p.fixedAtOnce) {
      await lw.item(lw.itemId(), {
        ...base,
        deadline: null,
        status: 'closed',
        progress: 100,
        closedOn: p.on,
        closedBy: closer,
        updates: [{ kind: 'close', on: p.on, text: fixNow, personId: closer }],
      });
      continue;
    }
    const deadline = onWorkday(
      severity === 'critical'
        ? dayOf(rng.pick(['2019-12-31', '2020-03-31']))
        : p.on + rng.pick(severity === 'serious' ? [45, 60, 90] : [14, 21, 30, 45, 60]),
    );
    await lw.item(lw.itemId(), { ...base, ...rectification(rng, OUTCOMES.pick(rng), p.on, deadline, person, closer, o.admin) });
  }
  return { topicsLedgerId, problemsLedgerId };
}

type Lifecycle = Pick<ItemInput, 'deadline' | 'status' | 'progress' | 'closedOn' | 'closedBy' | 'updates'>;

/** The dated steps of a rectification with a deadline, ending in the given outcome. */
function rectification(
  rng: Rng,
  outcome: Outcome,
  on: Day,
  deadline: Day,
  person: number,
  closer: number,
  admin: number,
): Lifecycle {
  const updates: UpdateInput[] = [];
  const progress = (from: Day, to: Day, steps: number, top: number) => {
    if (to - from < 2) return;
    for (let s = 0; s < steps; s++) {
      const day = onWorkday(from + Math.max(1, Math.round(((s + 1) * (to - from)) / (steps + 1))));
      updates.push({
        kind: 'progress',
        on: Math.min(Math.max(day, from), to),
        text: PROBLEM_STEPS[Math.min(s + (3 - steps), 2)],
        progress: Math.round((top * (s + 1)) / steps),
        personId: person,
      });
    }
  };
  let final = deadline;
  const extend = () => {
    const ask = onWorkday(Math.max(on + 1, deadline - rng.int(3, 7)));
    final = onWorkday(deadline + rng.pick([30, 45, 60]));
    updates.push({
      kind: 'extend_request',
      on: ask,
      text: '涉及设备采购和资金安排，申请延期。',
      newDeadline: final,
      personId: person,
    });
    updates.push({ kind: 'extend', on: ask + 1, newDeadline: final, personId: admin });
    return ask + 1;
  };
  const close = (from: Day, closedOn: Day): Lifecycle => {
    const requested = onWorkday(Math.max(from, closedOn - rng.int(1, 3)));
    progress(from, requested, rng.int(1, 3), 90);
    updates.push({ kind: 'close_request', on: requested, text: '整改完成，提交佐证材料，申请销号。', personId: person });
    updates.push({ kind: 'close', on: closedOn, text: '经核查整改到位，同意销号。', personId: closer });
    return { deadline: final, status: 'closed', progress: 100, closedOn, closedBy: closer, updates };
  };
  const open = (status: Lifecycle['status'], percent: number): Lifecycle => ({
    deadline: final,
    status,
    progress: percent,
    closedOn: null,
    closedBy: null,
    updates,
  });
  switch (outcome) {
    case 'onTime':
      return close(on, onWorkday(Math.max(on + 3, on + Math.round(rng.next() * (deadline - on)))));
    case 'late':
      return close(on, onWorkday(deadline + rng.int(4, 40)));
    case 'extendedClosed': {
      const from = extend();
      return close(from, onWorkday(from + 5 + Math.round(rng.next() * (final - from - 5))));
    }
    case 'returned': {
      const asked = onWorkday(Math.max(on + 3, deadline - rng.int(5, 10)));
      progress(on, asked, 1, 80);
      updates.push({ kind: 'close_request', on: asked, text: '整改完成，申请销号。', personId: person });
      updates.push({ kind: 'return', on: asked + 1, text: '佐证材料不全，整改效果未经职工确认，退回补充。', personId: closer });
      return close(asked + 2, onWorkday(deadline + rng.int(0, 10)));
    }
    case 'inProgress':
      progress(on, deadline + 20, 2, rng.int(50, 80));
      return open('in_progress', updates.at(-1)?.progress ?? 0);
    case 'closeRequested': {
      const asked = onWorkday(deadline - rng.int(0, 3));
      progress(on, asked, 2, 90);
      updates.push({
        kind: 'close_request',
        on: Math.max(asked, on + 1),
        text: '整改完成，提交佐证材料，申请销号。',
        personId: person,
      });
      return open('close_requested', 90);
    }
    case 'extendedOpen': {
      const from = extend();
      progress(from, final - 10, 1, rng.int(40, 70));
      return open('extended', updates.at(-1)?.progress ?? 0);
    }
  }
}

/** Where in the unit a problem was found: a workshop or department, or the company (公司) itself. */
function placeOf(unit: OrgRow, node: OrgRow): string {
  if (node === unit) return '公司';
  const short = node.name.replace(unit.unitName ?? '', '').replace(/党支部$/, '');
  return short.startsWith('机关') ? '公司机关' : short;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
