// Fills branches with people and gives nodes their committees (支委会 / 党委班子).
import type { PartyStatus, Position } from '@xianfeng/shared/domain';
import type { Day } from './dates';
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
}

export interface BranchPeople {
  node: TreeNode;
  /** Full members not yet holding a position, for committee seats. */
  free: number[];
  /** 书记 of the branch, once seated. */
  secretary?: number;
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
  options: ProfileOptions & { name?: string } = {},
): Promise<number> {
  const [bornFrom, bornTo] =
    options.bornFrom !== undefined && options.bornTo !== undefined ? [options.bornFrom, options.bornTo] : birthYearsFor(status);
  const profile = makeProfile(rng, { ...options, bornFrom, bornTo });
  if (options.name) profile.name = options.name;
  const history = makeHistory(rng, status, profile.birthDate, ctx.today);
  return ctx.w.person({ profile, status, history, employeeNo: ctx.nextEmployeeNo(), org: node });
}

/** Generates the branch's people; returns the full members (secretaries come from them). */
export async function populateBranch(ctx: PopulateContext, rng: Rng, plan: BranchPlan): Promise<BranchPeople> {
  const free: number[] = [];
  const base: ProfileOptions = { region: plan.region };
  const born = plan.born ? { bornFrom: plan.born[0], bornTo: plan.born[1] } : {};
  for (let i = 0; i < plan.members; i++) {
    // The first three are full members whatever the dice say: a branch needs them to exist.
    // Retirees' branches (born given) admit no one new.
    const status: PartyStatus = i >= 3 && !plan.born && rng.chance(PROBATIONARY_SHARE) ? 'probationary_member' : 'full_member';
    const id = await addPerson(ctx, rng, plan.node, status, { ...base, ...born });
    if (status === 'full_member') free.push(id);
  }
  const onTheWay: [PartyStatus, number][] = [
    ['candidate', plan.candidates ?? 0],
    ['activist', plan.activists ?? 0],
    ['applicant', plan.applicants ?? 0],
  ];
  for (const [status, n] of onTheWay) for (let i = 0; i < n; i++) await addPerson(ctx, rng, plan.node, status, base);
  return { node: plan.node, free };
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

/**
 * Fills a branch and seats its committee; larger branches get a couple of 党小组 with leaders.
 * `groupNodes` are created by the caller (the tree must exist before people are written).
 */
export async function populateAndSeat(
  ctx: PopulateContext,
  rng: Rng,
  plan: BranchPlan,
  groupNodes: readonly TreeNode[] = [],
): Promise<BranchPeople> {
  const people = await populateBranch(ctx, rng, plan);
  [people.secretary] = await seat(ctx, plan.node, branchCommittee(plan.members), people.free);
  for (const group of groupNodes) await seat(ctx, group, ['group_leader'], people.free);
  return people;
}
