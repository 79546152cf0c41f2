import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/** `column` lies in one of the subtrees (path prefixes); false when the scope is empty. */
export function inScope(column: SQLWrapper, scope: readonly string[]): SQL {
  if (scope.length === 0) return sql`false`;
  const parts = scope.map((p) => sql`${column} like ${escapeLike(p) + '%'}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** `column` lies in the subtree rooted at `path`. */
export const underPath = (column: SQLWrapper, path: string): SQL => sql`${column} like ${escapeLike(path) + '%'}`;

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
