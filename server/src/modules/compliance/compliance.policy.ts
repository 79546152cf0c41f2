import { ALLOWED_CHILD_TYPES, type OrgType } from '@xianfeng/shared/domain';
import { type Actor, can, type Permission } from '../../core/access';

/** Figures (compliance, participation) read the records of a subtree: whoever may read those records. */
export const FIGURES_PERMISSION: Permission = 'record.read';
/** Rules are read by whoever sees the node, and set or exempted by its organisation staff. */
export const RULES_READ: Permission = 'org.read';
export const RULES_WRITE: Permission = 'org.write';

export const canReadFigures = (actor: Actor, path: string) => can(actor, FIGURES_PERMISSION, path);

/** A rule's slot: rules for the same kind, target and period compete; the strictest one counts. */
export const slotOf = (r: { kind: string; orgType: string; period: string }) => `${r.kind}|${r.orgType}|${r.period}`;

interface Competing {
  id: number;
  minCount: number;
  ownerPath: string | null;
  kind: string;
  orgType: string;
  period: string;
  active: boolean;
}

/**
 * Which rule each rule is overridden by, among the active rules in force at one node: in each slot the
 * highest minCount wins (ties: the deepest owner), so a subtree can tighten but never loosen.
 */
export function overrides<R extends Competing>(rules: readonly R[]): Map<number, number> {
  const winners = new Map<string, R>();
  const depth = (r: R) => (r.ownerPath === null ? -1 : r.ownerPath.length);
  for (const r of rules) {
    if (!r.active) continue;
    const w = winners.get(slotOf(r));
    if (!w || r.minCount > w.minCount || (r.minCount === w.minCount && depth(r) > depth(w))) winners.set(slotOf(r), r);
  }
  const out = new Map<number, number>();
  for (const r of rules) {
    const w = winners.get(slotOf(r));
    if (r.active && w && w.id !== r.id) out.set(r.id, w.id);
  }
  return out;
}

/** Node types that can sit at or below a node of `type` ('member' is anywhere). */
export function typesAtOrBelow(type: OrgType): Set<string> {
  const seen = new Set<string>([type, 'member']);
  const queue: OrgType[] = [type];
  while (queue.length > 0) {
    for (const child of ALLOWED_CHILD_TYPES[queue.shift()!] ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return seen;
}
