// Builds org trees in memory with ids, materialised paths and hierarchical codes known up front.
import type { OrgType } from '@xianfeng/shared/domain';
import { type Day, addYears } from './dates';
import type { Rng } from './random';
import type { OrgRow } from './writer';

export interface TreeNode extends OrgRow {
  type: OrgType;
  /** When the current committee was elected (换届); positions start then. */
  electedOn: Day | null;
}

export interface NodeSpec {
  type: OrgType;
  name: string;
  unitName?: string | null;
  /** Required for roots; children get the parent's code plus a running number. */
  code?: string;
  /** Defaults to a date after the parent's. */
  establishedOn?: Day;
}

/** 换届: branches and general branches every 3 years, committees every 5. */
const TERM_YEARS: Partial<Record<OrgType, number>> = { committee: 5, leading_group: 5, general_branch: 3, branch: 3 };

export class OrgTree {
  readonly nodes: TreeNode[] = [];
  private readonly children = new Map<number, number>();

  constructor(
    private readonly rng: Rng,
    private readonly takeId: () => number,
    private readonly today: Day,
    /** Digits of the running number in codes: 'S1-01' with 2. */
    private readonly codeWidth = 2,
    /** Share of nodes whose term has run out without re-election (按期换届 checks find them). */
    private readonly overdueShare = 0.06,
  ) {}

  add(parent: TreeNode | null, spec: NodeSpec): TreeNode {
    const id = this.takeId();
    const index = parent ? (this.children.get(parent.id) ?? 0) + 1 : 0;
    if (parent) this.children.set(parent.id, index);
    const code = spec.code ?? (parent ? `${parent.code}-${String(index).padStart(this.codeWidth, '0')}` : undefined);
    if (!code) throw new Error(`root ${spec.name} needs a code`);
    const established =
      spec.establishedOn ??
      (parent ? Math.min(parent.establishedOn + this.rng.int(30, 1500), this.today - 400) : this.today - 7300);
    const node: TreeNode = {
      id,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      type: spec.type,
      name: spec.name,
      unitName: spec.unitName ?? parent?.unitName ?? null,
      code,
      sortOrder: index,
      establishedOn: established,
      ...this.term(spec.type, established),
    };
    this.nodes.push(node);
    return node;
  }

  private term(type: OrgType, established: Day): { electedOn: Day | null; termEndsOn: Day | null } {
    const years = TERM_YEARS[type];
    if (!years) return { electedOn: null, termEndsOn: null };
    const termDays = addYears(0, years);
    const overdue = this.rng.chance(this.overdueShare);
    const ago = overdue ? this.rng.int(termDays + 10, termDays + 300) : this.rng.int(20, termDays - 20);
    const electedOn = Math.max(established, this.today - ago);
    return { electedOn, termEndsOn: addYears(electedOn, years) };
  }
}
