import type { Db } from '../db/client';
import type { Actor } from './access';

/** What a service call needs: the database, who is calling, and the request for the audit trail. */
export interface Ctx {
  db: Db;
  actor: Actor;
  requestId: string;
  timeZone: string;
}
