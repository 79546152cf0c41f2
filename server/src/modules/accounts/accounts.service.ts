import type { AccountRow, AccountsQuery, CreateAccountBody, GrantBody } from '@xianfeng/shared/schemas/accounts';
import type { Page } from '@xianfeng/shared/schemas/common';
import { scopeOf, within } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import * as policy from './accounts.policy';
import * as q from './accounts.queries';
import { generatePassword, hashPassword } from './auth.service';

type Grant = Awaited<ReturnType<typeof q.grantsOfAccounts>>[number];
interface Loaded {
  view: q.AccountView;
  grants: Grant[];
  reach: policy.AccountReach;
}

/** The caller's account.manage scope; 403 for callers who administer nowhere. */
function adminScope(ctx: Ctx) {
  const scope = policy.manageScope(ctx.actor);
  if (!policy.mayAdministerAccounts(scope)) throw forbidden();
  return scope;
}

/** Grants and role-carrying positions of the accounts, for the policy and the rows. */
async function withReach(db: Executor, timeZone: string, views: q.AccountView[]): Promise<Loaded[]> {
  const [grants, positions] = await Promise.all([
    q.grantsOfAccounts(
      db,
      views.map((v) => v.id),
    ),
    q.rolePositionsOf(
      db,
      views.map((v) => v.personId),
      todayIn(timeZone),
    ),
  ]);
  return views.map((view) => {
    const own = grants.filter((g) => g.accountId === view.id);
    const reach = {
      accountId: view.id,
      personPath: view.personPath,
      grantPaths: own.map((g) => g.path),
      positionPaths: positions.filter((p) => p.personId === view.personId).map((p) => p.path),
    };
    return { view, grants: own, reach };
  });
}

function toRow(ctx: Ctx, scope: string[], { view, grants, reach }: Loaded): AccountRow {
  // Names of nodes outside what the caller sees stay hidden.
  const seesBranch = within(scopeOf(ctx.actor, 'org.read'), view.personPath);
  const now = Date.now();
  return {
    id: view.id,
    username: view.username,
    personId: view.personId,
    personName: view.personName,
    orgId: seesBranch ? view.personOrgId : null,
    orgName: seesBranch ? view.orgName : null,
    disabled: view.disabled,
    mustChangePassword: view.mustChangePassword,
    lockedUntil: view.lockedUntil && view.lockedUntil.getTime() > now ? view.lockedUntil.toISOString() : null,
    lastLoginAt: view.lastLoginAt?.toISOString() ?? null,
    grants: grants
      .filter((g) => within(scope, g.path))
      .map((g) => ({ id: g.id, orgId: g.orgId, orgName: g.orgName, role: g.role as AccountRow['grants'][number]['role'] })),
    manageable: policy.canManageAccount(scope, reach),
    version: view.version,
  };
}

/** The account if the caller may see it; otherwise 404, so existence does not leak. */
async function loadAccount(ctx: Ctx, id: number, db: Executor = ctx.db) {
  const scope = adminScope(ctx);
  const view = await q.findAccountView(db, id);
  const [loaded] = view ? await withReach(db, ctx.timeZone, [view]) : [];
  if (!loaded || !policy.canSeeAccount(scope, loaded.reach)) throw notFound('account.notFound');
  return { scope, ...loaded };
}

/** The account if the caller may change its credentials and state (everything it reaches is in scope). */
async function loadManageable(ctx: Ctx, id: number, db: Executor) {
  const loaded = await loadAccount(ctx, id, db);
  if (!policy.canManageAccount(loaded.scope, loaded.reach)) throw forbidden('account.beyondScope');
  return loaded;
}

/** A node where the caller may grant: unseen → 404, seen but above their administration → 403. */
async function grantTarget(ctx: Ctx, scope: string[], orgId: number, db: Executor) {
  const org = await loadOrgInScope(ctx, orgId, 'org.read', db);
  if (!policy.canGrantAt(scope, org.path)) throw forbidden('account.cannotGrantAbove');
  if (org.dissolvedOn) throw invalid('org.dissolved');
  return org;
}

export async function listAccounts(ctx: Ctx, query: AccountsQuery): Promise<Page<AccountRow>> {
  const scope = adminScope(ctx);
  const org = query.orgId ? await loadOrgInScope(ctx, query.orgId, 'account.manage') : undefined;
  const filter = { scope, underPath: org?.path, q: query.q || undefined, disabled: query.disabled, role: query.role };
  const { rows, total } = await q.listAccounts(ctx.db, filter, query.pageSize, (query.page - 1) * query.pageSize);
  const loaded = await withReach(ctx.db, ctx.timeZone, rows);
  return { items: loaded.map((l) => toRow(ctx, scope, l)), total, page: query.page, pageSize: query.pageSize };
}

export async function getAccount(ctx: Ctx, id: number): Promise<AccountRow> {
  const loaded = await loadAccount(ctx, id);
  return toRow(ctx, loaded.scope, loaded);
}

const auditView = (v: Pick<q.AccountView, 'username' | 'personId' | 'disabled' | 'mustChangePassword'>) => ({
  username: v.username,
  personId: v.personId,
  disabled: v.disabled,
  mustChangePassword: v.mustChangePassword,
});

/** Creates the account of a person in scope, with roles inside the scope; a generated password is returned once. */
export async function createAccount(ctx: Ctx, body: CreateAccountBody) {
  const scope = adminScope(ctx);
  const password = body.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const roles = [...new Map(body.roles.map((r) => [`${r.orgId}:${r.role}`, r])).values()];
  const id = await ctx.db.transaction(async (tx) => {
    const person = await q.findPerson(tx, body.personId);
    if (!person || !within(scope, person.orgPath)) throw notFound('person.notFound');
    const positions = await q.rolePositionsOf(tx, [person.id], todayIn(ctx.timeZone));
    if (!positions.every((p) => within(scope, p.path))) throw forbidden('account.beyondScope');
    const targets = [];
    for (const r of roles) targets.push({ org: await grantTarget(ctx, scope, r.orgId, tx), role: r.role });
    if (await q.findAccountByPerson(tx, person.id)) throw conflict('account.personHasAccount');
    if (await q.findAccountByUsername(tx, body.username)) throw conflict('account.usernameTaken', { username: body.username });
    const account = await q
      .insertAccount(tx, { personId: person.id, username: body.username, passwordHash, mustChangePassword: true })
      .catch((err: unknown) => {
        // Two admins creating the same account at once: the unique index decides.
        const constraint = uniqueViolation(err);
        if (constraint === 'accounts_person_key') throw conflict('account.personHasAccount');
        if (constraint !== undefined) throw conflict('account.usernameTaken', { username: body.username });
        throw err;
      });
    for (const t of targets)
      await q.insertGrant(tx, { accountId: account.id, orgId: t.org.id, role: t.role, grantedBy: ctx.actor.accountId });
    await recordAudit(
      tx,
      ctx,
      {
        action: 'account.create',
        entityType: 'account',
        entityId: account.id,
        orgId: person.orgId,
        summary: `${account.username} · ${person.name}`,
        after: { ...auditView(account), roles: targets.map((t) => ({ orgId: t.org.id, role: t.role })) },
      },
      ...targets.map((t) => grantAudit('account.grant', account.id, account.username, t.org, t.role)),
    );
    return account.id;
  });
  return { id, temporaryPassword: body.password ? null : password };
}

/** The constraint a unique violation (23505) hit, looking through wrapped driver errors. */
function uniqueViolation(err: unknown): string | undefined {
  for (let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return e.constraint ?? '';
  }
  return undefined;
}

const grantAudit = (action: string, accountId: number, username: string, org: { id: number; name: string }, role: string) => ({
  action,
  entityType: 'account',
  entityId: accountId,
  orgId: org.id,
  summary: `${username} · ${org.name} · ${role}`,
  [action === 'account.grant' ? 'after' : 'before']: { orgId: org.id, orgName: org.name, role },
});

export async function addGrant(ctx: Ctx, id: number, body: GrantBody) {
  await ctx.db.transaction(async (tx) => {
    const { scope, view } = await loadAccount(ctx, id, tx);
    const org = await grantTarget(ctx, scope, body.orgId, tx);
    if (await q.findGrant(tx, id, org.id, body.role)) throw conflict('account.grantExists', { role: `role.${body.role}` });
    await q.insertGrant(tx, { accountId: id, orgId: org.id, role: body.role, grantedBy: ctx.actor.accountId });
    await recordAudit(tx, ctx, grantAudit('account.grant', id, view.username, org, body.role));
  });
}

export async function removeGrant(ctx: Ctx, id: number, grantId: number) {
  await ctx.db.transaction(async (tx) => {
    const { scope, view, grants } = await loadAccount(ctx, id, tx);
    const grant = grants.find((g) => g.id === grantId);
    if (!grant || !policy.canGrantAt(scope, grant.path)) throw notFound('account.grantNotFound');
    await q.deleteGrant(tx, grant.id);
    await recordAudit(
      tx,
      ctx,
      grantAudit('account.revoke', id, view.username, { id: grant.orgId, name: grant.orgName }, grant.role),
    );
  });
}

/** A new temporary password, returned once; it must be changed at next sign-in, and every session ends. */
export async function resetPassword(ctx: Ctx, id: number) {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const { view } = await loadManageable(ctx, id, tx);
    // Clearing the lock too: the user locked out by a forgotten password can sign in right away.
    await q.updateAccount(tx, id, { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null });
    await q.deleteSessionsOf(tx, id);
    await recordAudit(tx, ctx, {
      action: 'account.resetPassword',
      entityType: 'account',
      entityId: id,
      orgId: view.personOrgId,
      summary: view.username,
    });
  });
  return password;
}

/** Disables (ending every session) or re-enables an account; never the caller's own. */
export async function setDisabled(ctx: Ctx, id: number, disabled: boolean, version: number) {
  adminScope(ctx);
  if (policy.isSelf(ctx.actor, id)) throw invalid('account.cannotDisableSelf');
  await ctx.db.transaction(async (tx) => {
    const { view } = await loadManageable(ctx, id, tx);
    const after = await q.updateAccount(tx, id, { disabled }, version);
    if (!after) throw conflict();
    if (disabled) await q.deleteSessionsOf(tx, id);
    await recordAudit(tx, ctx, {
      action: disabled ? 'account.disable' : 'account.enable',
      entityType: 'account',
      entityId: id,
      orgId: view.personOrgId,
      summary: view.username,
      before: auditView(view),
      after: auditView(after),
    });
  });
}

/** Lifts a lock-out after failed sign-ins. */
export async function unlock(ctx: Ctx, id: number) {
  await ctx.db.transaction(async (tx) => {
    const { view } = await loadManageable(ctx, id, tx);
    await q.setLoginState(tx, id, { failedAttempts: 0, lockedUntil: null });
    await recordAudit(tx, ctx, {
      action: 'account.unlock',
      entityType: 'account',
      entityId: id,
      orgId: view.personOrgId,
      summary: view.username,
      before: { lockedUntil: view.lockedUntil?.toISOString() ?? null },
    });
  });
}
