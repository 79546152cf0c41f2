// Synthetic groups for benchmarks: any size (50,000 nodes, 1,000,000 members), streamed in chunks.
import { hash } from '@node-rs/argon2';
import type { Executor } from '../db/client';
import { DEMO_TODAY, dayOf } from './dates';
import { type PopulateContext, addPerson, seat } from './populate';
import { Rng, spread } from './random';
import { OrgTree, type TreeNode } from './tree';
import { DemoWriter, TABLES, type TableName, analyzeAll } from './writer';

export interface SyntheticOptions {
  /** Nodes in all, the root included. */
  units: number;
  /** Party members (probationary and full), spread over the branches. */
  members: number;
  seed?: number;
  /** Root code; children get 'SYN7-0001', … Defaults to `SYN${seed}`. */
  code?: string;
  name?: string;
  today?: string;
  /** An account with role admin at the root, for HTTP benchmarks. */
  admin?: { username: string; password: string };
  onProgress?: (message: string, progress: { stage: string; done: number; total: number }) => void;
}

export interface SyntheticResult {
  rootId: number;
  /** A second-level committee of median size. */
  midId: number;
  /** A branch of median membership. */
  branchId: number;
  rootPath: string;
  counts: Record<TableName, number>;
}

const PLACES = [
  '北京',
  '上海',
  '天津',
  '重庆',
  '沈阳',
  '长春',
  '哈尔滨',
  '济南',
  '青岛',
  '郑州',
  '武汉',
  '长沙',
  '广州',
  '深圳',
  '南宁',
  '成都',
  '贵阳',
  '昆明',
  '西安',
  '兰州',
  '太原',
  '石家庄',
  '南京',
  '杭州',
  '合肥',
  '福州',
  '南昌',
  '海口',
];
const TRADES = ['机械', '电子', '化工', '建工', '物流', '能源', '矿业', '冶金', '汽车', '装备'];
const DEPARTMENTS = ['机关', '生产', '技术', '质量', '营销', '设备', '安全', '物资', '财务', '后勤', '检修', '调度'];

/** How many nodes of each kind: ~2% second-level committees, ~8% general branches, ~3% party groups. */
function shape(units: number) {
  if (units < 3) throw new Error('a synthetic group needs at least 3 nodes (root, unit, branch)');
  const second = Math.max(1, Math.round(units * 0.02));
  let general = Math.round(units * 0.08);
  let groups = Math.round(units * 0.03);
  if (units - 1 - second - general - groups < 1) general = groups = 0;
  return { second, general, groups, branches: units - 1 - second - general - groups };
}

export async function generateSyntheticGroup(db: Executor, options: SyntheticOptions): Promise<SyntheticResult> {
  const seed = options.seed ?? 1;
  const rng = new Rng(seed);
  const today = dayOf(options.today ?? DEMO_TODAY);
  const report = options.onProgress ?? (() => {});
  const w = await DemoWriter.open(db);
  const tree = new OrgTree(rng.fork(1), () => w.take('orgs'), today, 4);
  const n = shape(options.units);

  // The tree, level by level, so parents always precede children.
  const code = options.code ?? `SYN${seed}`;
  const root = tree.add(null, {
    type: 'committee',
    name: options.name ?? `合成集团${seed}党委`,
    unitName: `合成集团${seed}`,
    code,
    establishedOn: today - 9000,
  });
  const seconds: TreeNode[] = [];
  for (let i = 1; i <= n.second; i++) {
    const unit = `${rng.pick(PLACES)}${rng.pick(TRADES)}${i}公司`;
    seconds.push(tree.add(root, { type: 'committee', name: `${unit}党委`, unitName: unit }));
  }
  const generals: TreeNode[] = [];
  for (let i = 0; i < n.general; i++) {
    const parent = rng.pick(seconds);
    generals.push(tree.add(parent, { type: 'general_branch', name: `${parent.unitName}${rng.pick(DEPARTMENTS)}${i + 1}党总支` }));
  }
  const branches: TreeNode[] = [];
  for (let i = 0; i < n.branches; i++) {
    const parent = generals.length > 0 && rng.chance(0.6) ? rng.pick(generals) : rng.pick(seconds);
    branches.push(tree.add(parent, { type: 'branch', name: `${parent.unitName}${rng.pick(DEPARTMENTS)}第${i + 1}党支部` }));
  }
  // 党小组, set up with their branch: the branch's people hold their membership at them, dealt in turn.
  const groupsOf = new Map<number, TreeNode[]>();
  for (let i = 0; i < n.groups; i++) {
    const parent = rng.pick(branches);
    const group = tree.add(parent, {
      type: 'party_group',
      name: `${parent.name}第${i + 1}党小组`,
      establishedOn: parent.establishedOn,
    });
    const siblings = groupsOf.get(parent.id);
    if (siblings) siblings.push(group);
    else groupsOf.set(parent.id, [group]);
  }
  for (const node of tree.nodes) await w.org(node);
  report(`synthetic: ${tree.nodes.length} nodes`, { stage: 'orgs', done: tree.nodes.length, total: options.units });

  // People, branch by branch; the first member of each branch becomes its secretary.
  let employee = 0;
  const ctx: PopulateContext = { w, today, nextEmployeeNo: () => `${code}-${String(++employee).padStart(7, '0')}` };
  const perBranch = spread(rng, options.members, branches.length, Math.min(3, Math.floor(options.members / branches.length)));
  let done = 0;
  let firstSecretary: number | undefined;
  for (const [i, branch] of branches.entries()) {
    const count = perBranch[i] ?? 0;
    const groups = groupsOf.get(branch.id) ?? [];
    for (let k = 0; k < count; k++) {
      const status = k > 0 && rng.chance(0.04) ? 'probationary_member' : 'full_member';
      const at = groups.length === 0 ? branch : (groups[k % groups.length] as TreeNode);
      const id = await addPerson(ctx, rng, at, status);
      if (k === 0) {
        await seat(ctx, branch, ['secretary'], [id]);
        firstSecretary ??= id;
      }
      if (++done % 10_000 === 0)
        report(`synthetic: ${done}/${options.members} members`, { stage: 'people', done, total: options.members });
    }
  }
  if (options.admin && firstSecretary !== undefined) {
    await w.account(firstSecretary, options.admin.username, await hash(options.admin.password), [
      { orgId: root.id, role: 'admin' },
    ]);
  }
  await w.finish(db);
  report('synthetic: analyzing', { stage: 'analyze', done: 0, total: 1 });
  await analyzeAll(db);

  const median = <T>(items: T[], size: (t: T) => number): T | undefined =>
    items.slice().sort((a, b) => size(a) - size(b))[items.length >> 1];
  const subtree = new Map<number, number>();
  for (const node of tree.nodes) {
    const second = Number(node.path.split('/')[2]); // '/root/second/…'
    if (second) subtree.set(second, (subtree.get(second) ?? 0) + 1);
  }
  const memberCount = new Map(branches.map((b, i) => [b.id, perBranch[i] ?? 0]));
  return {
    rootId: root.id,
    rootPath: root.path,
    midId: median(seconds, (s) => subtree.get(s.id) ?? 0)?.id ?? root.id,
    branchId: median(branches, (b) => memberCount.get(b.id) ?? 0)?.id ?? root.id,
    counts: Object.fromEntries(TABLES.map((t) => [t, w.count(t)])) as Record<TableName, number>,
  };
}
