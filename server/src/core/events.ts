// In-process domain events, delivered inside the writer's transaction, so a module can keep figures it derives
// from another module's rows without that module importing it (records → campaigns would be a cycle).
import type { Executor } from '../db/client';

/** A record of organisational life was created, changed, cancelled or moved: `paths` are the nodes it was/is at. */
export interface RecordChanged {
  recordId: number;
  paths: string[];
}

type Listener<E> = (tx: Executor, event: E) => Promise<void>;

const recordListeners: Listener<RecordChanged>[] = [];

export function onRecordChanged(listener: Listener<RecordChanged>) {
  if (!recordListeners.includes(listener)) recordListeners.push(listener);
}

export async function emitRecordChanged(tx: Executor, event: RecordChanged) {
  for (const listener of recordListeners) await listener(tx, event);
}
