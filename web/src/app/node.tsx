// The node the user is working on (当前组织), chosen in the top bar; defaults to their first root.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { useRoots } from '../modules/orgs/orgs.api';
import { canAnywhere } from './access';
import { useAuth } from './auth';

interface NodeState {
  nodeId: number | null;
  setNodeId: (id: number | null) => void;
  roots: OrgSummary[];
  rootsLoading: boolean;
  /** Whether the user may see any part of the tree at all. */
  canReadOrgs: boolean;
}

const NodeContext = createContext<NodeState | null>(null);
const storageKey = (accountId: number) => `xf_node_${accountId}`;

export function NodeProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const canReadOrgs = canAnywhere(me, 'org.read');
  const roots = useRoots(!!me && canReadOrgs);
  const [chosen, setChosen] = useState<{ accountId: number; id: number | null } | null>(null);

  const stored = useMemo(() => {
    if (!me) return null;
    const raw = localStorage.getItem(storageKey(me.accountId));
    return raw ? Number(raw) || null : null;
  }, [me]);

  const setNodeId = useCallback(
    (id: number | null) => {
      if (!me) return;
      if (id) localStorage.setItem(storageKey(me.accountId), String(id));
      else localStorage.removeItem(storageKey(me.accountId));
      setChosen({ accountId: me.accountId, id });
    },
    [me],
  );

  const mine = chosen && me && chosen.accountId === me.accountId ? chosen.id : stored;
  const nodeId = (canReadOrgs ? mine : null) ?? roots.data?.[0]?.id ?? null;
  const value = useMemo<NodeState>(
    () => ({ nodeId, setNodeId, roots: roots.data ?? [], rootsLoading: roots.isPending && canReadOrgs, canReadOrgs }),
    [nodeId, setNodeId, roots.data, roots.isPending, canReadOrgs],
  );
  return <NodeContext.Provider value={value}>{children}</NodeContext.Provider>;
}

export function useCurrentNode(): NodeState {
  const state = useContext(NodeContext);
  if (!state) throw new Error('useCurrentNode outside NodeProvider');
  return state;
}
