// Scaffolding shared by the five scenario builders: units (二级单位) with their branches.
import type { Day } from './dates';
import { type BranchPeople, type BranchPlan, type PopulateContext, populateAndSeat } from './populate';
import { Rng, hash32 } from './random';
import { OrgTree, type TreeNode } from './tree';
import type { DemoWriter } from './writer';

export interface ScenarioContext extends PopulateContext {
  rng: Rng;
  tree: OrgTree;
  /** Nodes already handed to the writer. */
  written: number;
}

/** A context whose randomness depends only on the seed and the scenario, not on the others. */
export function scenarioContext(w: DemoWriter, seed: number, scenario: string, today: Day, codeWidth = 2): ScenarioContext {
  let salt = 0;
  for (const ch of scenario) salt = hash32(salt ^ (ch.codePointAt(0) ?? 0));
  const rng = new Rng(hash32(seed ^ salt));
  let employee = 0;
  return {
    w,
    today,
    rng,
    tree: new OrgTree(rng.fork(1), () => w.take('orgs'), today, codeWidth),
    written: 0,
    // 工号: stable per scenario, so imports can match people again.
    nextEmployeeNo: () => `${scenario}-${String(++employee).padStart(6, '0')}`,
  };
}

export interface UnitSpec {
  /** 单位 name, e.g. 一东公司; branch names are prefixed with it. */
  unit: string;
  /** Defaults to `${unit}党委`. */
  committee?: string;
  branches: readonly string[];
  /** 党总支 with their branches. */
  generalBranches?: readonly { name: string; branches: readonly string[] }[];
}

export interface BuiltUnit {
  committee: TreeNode;
  /** Every branch of the unit, direct ones first. */
  branches: TreeNode[];
}

const prefixed = (unit: string, name: string) => (name.startsWith(unit) ? name : unit + name);

export function addUnit(ctx: ScenarioContext, parent: TreeNode, spec: UnitSpec): BuiltUnit {
  const { tree } = ctx;
  const committee = tree.add(parent, { type: 'committee', name: spec.committee ?? `${spec.unit}党委`, unitName: spec.unit });
  const branches = spec.branches.map((b) => tree.add(committee, { type: 'branch', name: prefixed(spec.unit, b) }));
  for (const gb of spec.generalBranches ?? []) {
    const general = tree.add(committee, { type: 'general_branch', name: prefixed(spec.unit, gb.name) });
    for (const b of gb.branches) branches.push(tree.add(general, { type: 'branch', name: prefixed(spec.unit, b) }));
  }
  return { committee, branches };
}

const GROUP_NUMERALS = ['第一', '第二', '第三', '第四'];

/**
 * 党小组: big branches split into two to four groups, set up with the branch (its members move to them,
 * so the branch's roll is the same on every day).
 */
export function addPartyGroups(ctx: ScenarioContext, branch: TreeNode, members: number): TreeNode[] {
  if (members < 20) return [];
  const n = Math.min(4, Math.floor(members / 10));
  return GROUP_NUMERALS.slice(0, n).map((num) =>
    ctx.tree.add(branch, { type: 'party_group', name: `${branch.name}${num}党小组`, establishedOn: branch.establishedOn }),
  );
}

/** Hands the nodes built so far to the writer (parents before children, as built). */
export async function writeNodes(ctx: ScenarioContext): Promise<void> {
  const { nodes } = ctx.tree;
  for (; ctx.written < nodes.length; ctx.written++) await ctx.w.org(nodes[ctx.written] as TreeNode);
}

/** Populates branches in order and seats each branch committee; keyed by branch id. */
export async function populateAll(ctx: ScenarioContext, plans: readonly BranchPlan[]): Promise<Map<number, BranchPeople>> {
  await writeNodes(ctx);
  const byBranch = new Map<number, BranchPeople>();
  for (const plan of plans) byBranch.set(plan.node.id, await populateAndSeat(ctx, ctx.rng, plan));
  return byBranch;
}

/** A few people on the way in (积极分子, 申请人) for a branch plan. */
export function pipeline(rng: Rng, members: number): Pick<BranchPlan, 'candidates' | 'activists' | 'applicants'> {
  const scale = members / 20;
  return {
    candidates: rng.chance(0.2 * scale) ? 1 : 0,
    activists: rng.int(0, Math.ceil(scale)),
    applicants: rng.int(0, Math.ceil(scale)),
  };
}

/** People of the given branches, in the order given (missing ones skipped). */
export function peopleOf(byBranch: Map<number, BranchPeople>, branches: readonly TreeNode[]): BranchPeople[] {
  return branches.flatMap((b) => byBranch.get(b.id) ?? []);
}

/** Takes one full member without a position from a branch (for demo accounts). */
export function plainMember(byBranch: Map<number, BranchPeople>, branch: TreeNode): number {
  const id = byBranch.get(branch.id)?.free.shift();
  if (id === undefined) throw new Error(`no plain member left in ${branch.name}`);
  return id;
}
