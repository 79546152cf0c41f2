// The organisation tree as loaded so far: children are fetched a page at a time when a node
// opens, never the whole tree, so a node with thousands of children stays responsive.
import { useCallback, useMemo, useRef, useState, type Key } from 'react';
import type { OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { fetchChildren, idsOfPath, TREE_PAGE } from './orgs.api';

export interface LoadedChildren {
  items: OrgSummary[];
  total: number;
  pages: number;
}

/** Pages searched for a node when opening the tree down to it. */
const MAX_PAGES_TO_FIND = 50;

export function useLazyTree() {
  // The ref serves the async loaders; the state copy serves rendering.
  const kids = useRef(new Map<number, LoadedChildren>());
  const [snapshot, setSnapshot] = useState<ReadonlyMap<number, LoadedChildren>>(() => new Map());
  const [expanded, setExpanded] = useState<Key[]>([]);

  const loadPage = useCallback(async (id: number, page: number) => {
    const res = await fetchChildren(id, page, TREE_PAGE);
    const prev = kids.current.get(id);
    const items = page === 1 ? res.items : [...(prev?.items ?? []), ...res.items.filter((o) => !prev?.items.some((p) => p.id === o.id))];
    kids.current.set(id, { items, total: res.total, pages: page });
    setSnapshot(new Map(kids.current));
  }, []);

  const ensure = useCallback(async (id: number) => {
    if (!kids.current.has(id)) await loadPage(id, 1);
  }, [loadPage]);

  const loadMore = useCallback(async (id: number) => {
    await loadPage(id, (kids.current.get(id)?.pages ?? 0) + 1);
  }, [loadPage]);

  /** Fetches a node's children again (after a change under it), as far as they were shown. */
  const reload = useCallback(async (id: number | null | undefined) => {
    if (!id || !kids.current.has(id)) return;
    const pages = kids.current.get(id)!.pages;
    await loadPage(id, 1);
    for (let p = 2; p <= pages; p++) await loadPage(id, p);
  }, [loadPage]);

  /** Opens the tree down to the node at `path` (and the node itself when `openSelf`), from the caller's roots. */
  const expandTo = useCallback(
    async (path: string, rootIds: number[], openSelf = false) => {
      const ids = idsOfPath(path);
      const start = ids.findIndex((id) => rootIds.includes(id));
      if (start < 0) return;
      const chain = ids.slice(start);
      for (let i = 0; i < chain.length - 1; i++) {
        const parent = chain[i]!;
        const child = chain[i + 1]!;
        await ensure(parent);
        let loaded = kids.current.get(parent)!;
        while (!loaded.items.some((o) => o.id === child) && loaded.items.length < loaded.total && loaded.pages < MAX_PAGES_TO_FIND) {
          await loadMore(parent);
          loaded = kids.current.get(parent)!;
        }
      }
      if (openSelf) await ensure(chain[chain.length - 1]!);
      const open = (openSelf ? chain : chain.slice(0, -1)).map(String);
      setExpanded((keys) => [...new Set([...keys, ...open])]);
    },
    [ensure, loadMore],
  );

  return useMemo(
    () => ({ kids: snapshot, expanded, setExpanded, ensure, loadMore, reload, expandTo }),
    [snapshot, expanded, ensure, loadMore, reload, expandTo],
  );
}

export type LazyTree = ReturnType<typeof useLazyTree>;
