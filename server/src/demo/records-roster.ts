// Who can be listed on a generated record: the party members whose membership was open on the day at
// the node or below it (the records rule), and the holders of positions, from what the writer kept.
import type { Position } from '@xianfeng/shared/domain';
import type { Day } from './dates';
import type { AttendeeRow, RecordWriter } from './records-writer';
import type { Rng } from './random';
import type { OrgRow, Roster } from './writer';

type Person = Roster['people'][number];

const LEADERSHIP: readonly Position[] = ['secretary', 'deputy_secretary', 'committee_member'];
/** 支部委员会: the seats a branch committee may have. */
const BRANCH_COMMITTEE: readonly Position[] = [
  'secretary',
  'deputy_secretary',
  'organisation_member',
  'publicity_member',
  'discipline_member',
  'committee_member',
];

export class RosterIndex {
  private readonly orgs = new Map<number, OrgRow>();
  private readonly children = new Map<number, OrgRow[]>();
  private readonly members = new Map<number, Person[]>();
  private readonly seats = new Map<number, { personId: number; title: Position }[]>();

  constructor(roster: Roster) {
    for (const o of roster.orgs) {
      this.orgs.set(o.id, o);
      if (o.parentId !== null) push(this.children, o.parentId, o);
    }
    for (const p of roster.people) push(this.members, p.orgId, p);
    for (const s of roster.positions) push(this.seats, s.orgId, s);
  }

  byCode(code: string): OrgRow {
    return this.find((o) => o.code === code, code);
  }

  /** A node by name inside a subtree. */
  named(root: OrgRow, name: string): OrgRow {
    return this.find((o) => o.name === name && o.path.startsWith(root.path), name);
  }

  childrenOf(node: OrgRow, type?: string): OrgRow[] {
    return (this.children.get(node.id) ?? []).filter((c) => type === undefined || c.type === type);
  }

  /** Descendants (not the node itself) in the order they were built; of one type if given. */
  under(node: OrgRow, type?: string): OrgRow[] {
    const out: OrgRow[] = [];
    const walk = (n: OrgRow) => {
      for (const c of this.children.get(n.id) ?? []) {
        if (type === undefined || c.type === type) out.push(c);
        walk(c);
      }
    };
    walk(node);
    return out;
  }

  /**
   * 党员 of the node or its subtree on `day`: membership open then, admitted (入党) by then. A 党小组's are
   * the members placed at it; a branch's take in its groups' too.
   */
  membersOn(node: OrgRow, day: Day): number[] {
    const out: number[] = [];
    for (const n of [node, ...this.under(node)])
      for (const p of this.members.get(n.id) ?? [])
        if (isMember(p) && p.since <= day && p.joinedOn !== null && p.joinedOn <= day) out.push(p.id);
    return out;
  }

  /** Those of `people` who may be listed on a record of the node on `day`. */
  only(node: OrgRow, day: Day, people: readonly (number | undefined)[]): number[] {
    const allowed = new Set(this.membersOn(node, day));
    return people.filter((id): id is number => id !== undefined && allowed.has(id));
  }

  /** Holders of the given positions at the node, in seat order. */
  holders(node: OrgRow, titles: readonly Position[]): number[] {
    return (this.seats.get(node.id) ?? []).filter((s) => titles.includes(s.title)).map((s) => s.personId);
  }

  secretary(node: OrgRow): number | undefined {
    return this.holders(node, ['secretary'])[0];
  }

  /** 班子成员 of a committee. */
  leadership(node: OrgRow): number[] {
    return this.holders(node, LEADERSHIP);
  }

  /** 支委会 of a branch, at least three people: a branch under 7 members fills up with members (列席). */
  branchCommittee(branch: OrgRow, day: Day): number[] {
    const members = this.membersOn(branch, day);
    const seated = this.holders(branch, BRANCH_COMMITTEE).filter((id) => members.includes(id));
    const others = members.filter((id) => !seated.includes(id));
    return [...seated, ...others.slice(0, Math.max(0, 3 - seated.length))];
  }

  private find(test: (o: OrgRow) => boolean, what: string): OrgRow {
    for (const o of this.orgs.values()) if (test(o)) return o;
    throw new Error(`demo records: no node ${what}`);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const isMember = (p: Person) => p.status === 'full_member' || p.status === 'probationary_member';

export const EXCUSES = ['出差', '病假', '倒班当班', '年休假', '外出培训', '家中有事', '陪护家人', '抢修任务'];
export const RETIREE_EXCUSES = ['身体原因', '外地探亲', '住院治疗', '行动不便', '照顾老伴'];
export const LEADER_EXCUSES = ['出差', '参加上级会议', '外出学习', '接待客户', '病假'];

export interface MarkOptions {
  /** Always present (the host, the lecturer). */
  keep?: readonly (number | undefined)[];
  excused?: number;
  absent?: number;
  reasons?: readonly string[];
}

/** Attendance: most present, a few excused with a reason (请假), rarely absent (缺席). */
export function mark(rng: Rng, people: readonly number[], o: MarkOptions = {}): AttendeeRow[] {
  const keep = new Set(o.keep ?? []);
  const excused = o.excused ?? 0.07;
  const absent = o.absent ?? 0.01;
  return [...new Set(people)].map((personId) => {
    const x = rng.next();
    if (keep.has(personId) || x >= excused + absent) return { personId, attendance: 'present', reason: null };
    if (x < excused) return { personId, attendance: 'excused', reason: rng.pick(o.reasons ?? EXCUSES) };
    return { personId, attendance: 'absent', reason: null };
  });
}

/** What a scenario's record generator works with. */
export interface RecordsContext {
  w: RecordWriter;
  /** The demo's today: nothing is held after it. */
  today: Day;
  idx: RosterIndex;
  rng: Rng;
}

/** Paragraphs of minutes as the sanitised HTML the records module stores. */
export const minutesOf = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');
