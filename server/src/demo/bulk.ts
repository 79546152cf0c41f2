// Bulk loading: one `INSERT … SELECT * FROM unnest(…)` per chunk of rows. Drizzle's query builder
// costs seconds per 100k rows; column arrays passed as parameters load ~20× faster, on PGlite and
// PostgreSQL alike.
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';

export type ColumnType = 'bigint' | 'integer' | 'text' | 'date' | 'boolean' | 'timestamptz' | 'jsonb';
export type Cell = string | number | boolean | null;

export interface BulkTable {
  name: string;
  columns: readonly (readonly [name: string, type: ColumnType])[];
}

export const BULK_CHUNK = 10_000;

/** Inserts column-major data (one array per column, all of the same length) in one statement. */
export async function insertColumns(db: Executor, table: BulkTable, data: readonly Cell[][]): Promise<void> {
  const rows = data[0]?.length ?? 0;
  if (rows === 0) return;
  const names = table.columns.map(([name]) => sql.identifier(name));
  // jsonb cells travel as JSON text: drivers would otherwise encode a string as a JSON string.
  const arrays = table.columns.map(([, type], i) =>
    type === 'jsonb' ? sql`${sql.param(data[i] ?? [])}::text[]::jsonb[]` : sql`${sql.param(data[i] ?? [])}::${sql.raw(type)}[]`,
  );
  // Explicit ids let callers compute materialised paths before inserting.
  const overriding = table.columns.some(([name]) => name === 'id') ? sql` OVERRIDING SYSTEM VALUE` : sql``;
  await db.execute(
    sql`INSERT INTO ${sql.identifier(table.name)} (${sql.join(names, sql`, `)})${overriding} SELECT * FROM unnest(${sql.join(arrays, sql`, `)})`,
  );
}

/**
 * Buffers rows and writes them BULK_CHUNK at a time. A writer flushes the writers it depends on
 * first, so foreign keys (people → orgs) always point at rows already written.
 */
export class BulkWriter {
  private buffer: Cell[][];
  private written = 0;

  constructor(
    private readonly db: Executor,
    readonly table: BulkTable,
    private readonly dependsOn: readonly BulkWriter[] = [],
    private readonly onFlush?: (table: string, rowsWritten: number) => void,
  ) {
    this.buffer = table.columns.map(() => []);
  }

  get pending(): number {
    return this.buffer[0]?.length ?? 0;
  }

  /** Rows written so far plus rows waiting. */
  get count(): number {
    return this.written + this.pending;
  }

  /** Adds one row (values in the table's column order); writes a chunk when the buffer is full. */
  async add(...row: Cell[]): Promise<void> {
    if (row.length !== this.buffer.length)
      throw new Error(`${this.table.name}: expected ${this.buffer.length} values, got ${row.length}`);
    for (let i = 0; i < row.length; i++) (this.buffer[i] as Cell[]).push(row[i] as Cell);
    if (this.pending >= BULK_CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    for (const dep of this.dependsOn) await dep.flush();
    if (this.pending === 0) return;
    const data = this.buffer;
    this.buffer = this.table.columns.map(() => []);
    await insertColumns(this.db, this.table, data);
    this.written += data[0]?.length ?? 0;
    this.onFlush?.(this.table.name, this.written);
  }
}

/** Rows of a raw query; both drivers (PGlite, node-postgres) answer `{ rows }`. */
export async function rowsOf<T = Record<string, unknown>>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The next free id of each table, so generated rows can carry explicit ids. */
export async function nextIds<T extends string>(db: Executor, tables: readonly T[]): Promise<Record<T, number>> {
  const parts = tables.map((t) => sql`(SELECT coalesce(max(id), 0) + 1 FROM ${sql.identifier(t)}) AS ${sql.identifier(t)}`);
  const [row = {}] = await rowsOf(db, sql`SELECT ${sql.join(parts, sql`, `)}`);
  return Object.fromEntries(tables.map((t) => [t, Number(row[t])])) as Record<T, number>;
}

/** After explicit ids, move each identity sequence past the largest id (else the next insert collides). */
export async function resetIdentities(db: Executor, tables: readonly string[]): Promise<void> {
  for (const t of tables) {
    await db.execute(
      sql`SELECT setval(pg_get_serial_sequence(${t}, 'id'), coalesce(max(id), 0) + 1, false) FROM ${sql.identifier(t)}`,
    );
  }
}

/** Refreshes planner statistics; PGlite has no autovacuum, and GIN trigram indexes go unused until then. */
export async function vacuumAnalyze(db: Executor, tables: readonly string[]): Promise<void> {
  const list: SQL = sql.join(
    tables.map((t) => sql.identifier(t)),
    sql`, `,
  );
  await db.execute(sql`VACUUM ANALYZE ${list}`);
}
