// Fills branches with people and gives nodes their committees (支委会 / 党委班子).
import type { PartyStatus, Position } from '@xianfeng/shared/domain';
import { type Day, yearOf } from './dates';
import { type ProfileOptions, type Region, makeProfile } from './names';
import { birthYearsFor, makeHistory } from './party';
import type { Rng } from './random';
import type { TreeNode } from './tree';
import type { DemoWriter } from './writer';

export interface BranchPlan {
  node: TreeNode;
  /** 党员: probationary plus full members. */
  members: number;
  /** People on the way in, attached to the branch that cultivates them. */
  candidates?: number;
  activists?: number;
  applicants?: number;
  region?: Region;
  /** Overrides birth years of members (a retirees' branch is older). */
  born?: [number, number];
  /**
   * Every member admitted before this day (a scenario set in the past, e.g. S1 in autumn 2019): all are
   * full members now and their memberships are open on it, so records of that time can list them.
   */
  joinedBy?: Day;
  /**
   * 党小组 of the branch (built by the caller: the tree must exist before people are written). When there
   * are any, every person of the branch holds their membership at one of them, dealt in turn.
   */
  groups?: readonly TreeNode[];
}

export interface BranchPeople {
  node: TreeNode;
  /** Full members not yet holding a position, for committee seats. */
  free: number[];
  /** 书记 of the branch, once seated. */
  secretary?: number;
  /** Where each person's membership is: the branch, or one of its groups. */
  placedAt: Map<number, TreeNode>;
  /** Where the branch's next person goes: the branch itself, or its next group in turn. */
  place: () => TreeNode;
}

export interface PopulateContext {
  w: DemoWriter;
  today: Day;
  nextEmployeeNo: () => string;
}

/** 预备党员 are a few percent of members. */
const PROBATIONARY_SHARE = 0.04;

export async function addPerson(
  ctx: PopulateContext,
  rng: Rng,
  node: TreeNode,
  status: PartyStatus,
  options: ProfileOptions & { name?: string; historyUntil?: Day } = {},
): Promise<number> {
  const [bornFrom, bornTo] =
    options.bornFrom !== undefined && options.bornTo !== undefined ? [options.bornFrom, options.bornTo] : birthYearsFor(status);
  const profile = makeProfile(rng, { ...options, bornFrom, bornTo });
  if (options.name) profile.name = options.name;
  const history = makeHistory(rng, status, profile.birthDate, Math.min(ctx.today, options.historyUntil ?? ctx.today));
  return ctx.w.person({ profile, status, history, employeeNo: ctx.nextEmployeeNo(), org: node });
}

/** Generates the branch's people, at its 党小组 if it has any; returns the full members (secretaries come from them). */
export async function populateBranch(ctx: PopulateContext, rng: Rng, plan: BranchPlan): Promise<BranchPeople> {
  const free: number[] = [];
  const placedAt = new Map<number, TreeNode>();
  const groups = plan.groups ?? [];
  let dealt = 0;
  const place = (): TreeNode => (groups.length === 0 ? plan.node : (groups[dealt++ % groups.length] as TreeNode));
  const base: ProfileOptions = { region: plan.region };
  const past = plan.joinedBy;
  // Admitted by `past` at 22 or older (see makeHistory), so born at least 24 years before it.
  const years = plan.born ?? (past === undefined ? undefined : [1960, yearOf(past) - 24]);
  const born = years ? { bornFrom: years[0], bornTo: years[1] } : {};
  const history = past === undefined ? {} : { historyUntil: past };
  // Retirees' branches (born given) admit no one new; nor does a set of members fixed in the past.
  const noneNew = plan.born !== undefined || past !== undefined;
  for (let i = 0; i < plan.members; i++) {
    // The first three are full members whatever the dice say: a branch needs them to exist.
    const status: PartyStatus = i >= 3 && !noneNew && rng.chance(PROBATIONARY_SHARE) ? 'probationary_member' : 'full_member';
    const at = place();
    const id = await addPerson(ctx, rng, at, status, { ...base, ...born, ...history });
    placedAt.set(id, at);
    if (status === 'full_member') free.push(id);
  }
  const onTheWay: [PartyStatus, number][] = [
    ['candidate', plan.candidates ?? 0],
    ['activist', plan.activists ?? 0],
    ['applicant', plan.applicants ?? 0],
  ];
  for (const [status, n] of onTheWay) {
    for (let i = 0; i < n; i++) {
      const at = place();
      placedAt.set(await addPerson(ctx, rng, at, status, base), at);
    }
  }
  return { node: plan.node, free, placedAt, place };
}

/** 支部委员会: a branch under 7 members elects only a secretary; larger ones a committee. */
export function branchCommittee(members: number): Position[] {
  const seats: Position[] = ['secretary'];
  if (members >= 7) seats.push('organisation_member', 'publicity_member');
  if (members >= 15) seats.push('discipline_member');
  if (members >= 30) seats.push('deputy_secretary');
  return seats;
}

/** Takes full members without a position from the branches in order (机关 branches first, say). */
export function drawFrom(branches: readonly BranchPeople[]): () => number | undefined {
  return () => branches.find((b) => b.free.length > 0)?.free.shift();
}

/** Seats `titles` at `node`, drawing each holder from `pool` (an array or a draw function). */
export async function seat(
  ctx: PopulateContext,
  node: TreeNode,
  titles: readonly Position[],
  pool: number[] | (() => number | undefined),
): Promise<number[]> {
  const draw = Array.isArray(pool) ? () => pool.shift() : pool;
  const holders: number[] = [];
  for (const title of titles) {
    const person = draw();
    if (person === undefined) throw new Error(`no one left to seat as ${title} at ${node.name}`);
    await ctx.w.position(person, node.id, title, node.electedOn ?? node.establishedOn);
    holders.push(person);
  }
  return holders;
}

/** 党委班子: a secretary, deputies, then ordinary committee members, `size` seats in all. */
export function committeeSeats(size: number, deputies = 1): Position[] {
  const seats: Position[] = ['secretary'];
  for (let i = 0; i < deputies && seats.length < size; i++) seats.push('deputy_secretary');
  while (seats.length < size) seats.push('committee_member');
  return seats;
}

/** Fills a branch and seats its committee (at the branch) and each 党小组's leader (组长), a member of that group. */
export async function populateAndSeat(ctx: PopulateContext, rng: Rng, plan: BranchPlan): Promise<BranchPeople> {
  const people = await populateBranch(ctx, rng, plan);
  [people.secretary] = await seat(ctx, plan.node, branchCommittee(plan.members), people.free);
  for (const group of plan.groups ?? []) {
    const ofGroup = () => {
      const i = people.free.findIndex((id) => people.placedAt.get(id) === group);
      return i < 0 ? undefined : people.free.splice(i, 1)[0];
    };
    await seat(ctx, group, ['group_leader'], ofGroup);
  }
  return people;
}
