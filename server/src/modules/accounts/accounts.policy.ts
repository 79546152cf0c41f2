import { type Actor, scopeOf, within } from '../../core/access';

/** Where an account reaches: its person's branch, its granted roles, and positions that carry a role (书记). */
export interface AccountReach {
  accountId: number;
  personPath: string;
  grantPaths: string[];
  positionPaths: string[];
}

/** The subtrees where the actor administers accounts (admins only). */
export const manageScope = (actor: Actor) => scopeOf(actor, 'account.manage');

/**
 * Account administration is refused outright (403) to callers who administer nowhere (org staff,
 * reviewers, secretaries, members); admins get 404 for accounts outside their subtrees.
 */
export const mayAdministerAccounts = (scope: readonly string[]) => scope.length > 0;

/** Visible: the person belongs inside the scope, or one of the account's grants lies inside it. */
export const canSeeAccount = (scope: readonly string[], reach: AccountReach) =>
  within(scope, reach.personPath) || reach.grantPaths.some((p) => within(scope, p));

/**
 * Credentials and state (reset, disable, enable, unlock): only when everything the account reaches
 * lies inside the scope, so that a unit admin cannot take over an account that rules above the unit.
 */
export const canManageAccount = (scope: readonly string[], reach: AccountReach) =>
  within(scope, reach.personPath) && [...reach.grantPaths, ...reach.positionPaths].every((p) => within(scope, p));

/** A grant may be given or taken back only at a node inside the scope. */
export const canGrantAt = (scope: readonly string[], orgPath: string) => within(scope, orgPath);

/** Bulk form: which of the accounts the actor may manage. */
export const manageableAccounts = (scope: readonly string[], reaches: readonly AccountReach[]) =>
  new Set(reaches.filter((r) => canManageAccount(scope, r)).map((r) => r.accountId));

/** Nobody disables or re-enables their own account (no self lock-out, no self-revival). */
export const isSelf = (actor: Actor, accountId: number) => actor.accountId === accountId;
