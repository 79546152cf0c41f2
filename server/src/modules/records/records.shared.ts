// What other modules use of records: figures computed from held records, and keeping paths on subtree moves.
import type { Executor } from '../../db/client';
import * as q from './records.queries';

export type { FigureFilter, FigureRow } from './records.queries';

/**
 * Held records in the subtree at `path` (optionally of some kinds, held_on within from..to): what a
 * campaign's "73 study sessions" or an assessment indicator counts. No access check: callers scope first.
 */
export const countHeldRecords = (db: Executor, filter: q.FigureFilter) => q.countHeld(db, filter);

/** Held records of a subtree per (child, kind), per child, per kind and in all, with the distinct nodes. */
export const heldRecordFigures = (db: Executor, filter: q.FigureFilter) => q.heldFigures(db, filter);

/** Distinct people present and present attendances at a subtree's held records (a campaign's "people who attended"). */
export const attendanceFigures = (db: Executor, filter: q.FigureFilter) => q.attendanceFigures(db, filter);

/** A subtree moved from `oldPath` to `newPath` (orgs calls this in the move's and the merge's transaction). */
export const rewriteRecordPaths = (db: Executor, oldPath: string, newPath: string) => q.rewriteRecordPaths(db, oldPath, newPath);
