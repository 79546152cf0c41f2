// The node a campaign tab looks at (?org= in the URL, shared by the tabs so a drill-down carries over),
// and a picker limited to the campaign's subtree.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CSSProperties } from 'react';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { PERMISSION_ROLES, type Role } from '@xianfeng/shared/domain';
import type { Me } from '@xianfeng/shared/schemas/auth';
import { useMe } from '../../../app/auth';
import { useOrg } from '../../orgs/orgs.api';
import { SubtreePicker } from '../SubtreePicker';

const READERS: readonly Role[] = PERMISSION_ROLES['campaign.read'];
const WRITERS: readonly Role[] = PERMISSION_ROLES['campaign.write'];

/** Whether the caller is staff (campaign.write) of the node at `path` (a grant at it or above it). */
export const canWriteAt = (me: Me, path: string) => me.grants.some((g) => WRITERS.includes(g.role) && path.startsWith(g.path));

/** A positive integer search parameter, or null. */
export const idParam = (sp: URLSearchParams, key: string): number | null => {
  const n = Number(sp.get(key));
  return Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * The viewed node: ?org=, else the campaign's owner when the caller can read it, else the caller's first
 * node (a unit's staff do not read the group above them).
 */
export function useCampaignNode(campaign: CampaignDetail) {
  const [sp, setSp] = useSearchParams();
  const me = useMe();
  const owner = useOrg(campaign.ownerOrgId);
  const own = me.grants.find((g) => READERS.includes(g.role));
  const fallback = owner.data ? owner.data.id : owner.isError ? (own?.orgId ?? null) : null;
  const orgId = idParam(sp, 'org') ?? fallback;
  const setOrgId = useCallback(
    (id: number | null) =>
      setSp((prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('org', String(id));
        else next.delete('org');
        return next;
      }),
    [setSp],
  );
  return { orgId, setOrgId };
}

/** A search parameter of the campaign page besides the tab (phase, asOf, page). */
export function useCampaignParam(key: string): [string | null, (value: string | null) => void] {
  const [sp, setSp] = useSearchParams();
  const set = useCallback(
    (value: string | null) =>
      setSp((prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [key, setSp],
  );
  return useMemo(() => [sp.get(key), set], [sp, key, set]);
}

/** The campaign's subtree (D1's SubtreePicker), one node, never empty. */
export function CampaignNodePicker({
  campaign,
  value,
  onChange,
  style,
  testId,
}: {
  campaign: CampaignDetail;
  value: number | null;
  onChange: (id: number) => void;
  style?: CSSProperties;
  testId: string;
}) {
  // The name of a node chosen through the URL or a drill-down, before the tree has loaded it.
  const org = useOrg(value);
  const known = org.data ? [{ id: org.data.id, name: org.data.name }] : [];
  return (
    <SubtreePicker
      data-testid={testId}
      rootId={campaign.ownerOrgId}
      value={value}
      known={known}
      onChange={(id) => id && onChange(id)}
      style={style}
    />
  );
}
