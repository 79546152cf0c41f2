import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { POSITION_ROLES, type Locale, type Position, type Role } from '@xianfeng/shared/domain';
import type { Me } from '@xianfeng/shared/schemas/auth';
import type { Actor, Grant } from '../../core/access';
import { DomainError, invalid, unauthenticated } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit';
import * as q from './accounts.queries';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** How stale `last_seen_at` may get before a request refreshes it (saves a write per request). */
const TOUCH_AFTER_MS = 60_000;

export const hashPassword = (password: string) => hash(password); // argon2id by default
const sessionKey = (token: string) => createHash('sha256').update(token).digest('hex');
// No 0/O, 1/l/I: temporary passwords are read out or copied by hand.
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random temporary password that passes the password rules (letters and digits, 12 characters). */
export function generatePassword(length = 12): string {
  for (;;) {
    const p = Array.from({ length }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
    if (/[A-Za-z]/.test(p) && /\d/.test(p)) return p;
  }
}

// Verifying against a fixed hash when the user does not exist keeps timing uniform.
let dummyHash: Promise<string> | undefined;

export interface LoginMeta {
  userAgent: string | null;
  requestId: string;
}

/** Checks the password and opens a session; returns the cookie token. */
export async function login(
  db: Db,
  username: string,
  password: string,
  meta: LoginMeta,
): Promise<{ token: string; accountId: number }> {
  const account = await q.findAccountByUsername(db, username);
  if (!account) {
    dummyHash ??= hashPassword('not-a-real-password-1');
    await verify(await dummyHash, password);
    throw new DomainError(401, 'INVALID_CREDENTIALS', 'auth.invalidCredentials');
  }
  const now = new Date();
  if (account.lockedUntil && account.lockedUntil > now) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError(423, 'ACCOUNT_LOCKED', 'auth.locked', { minutes });
  }
  const audit = { actor: { accountId: account.id, name: username } as Actor, requestId: meta.requestId };
  if (!(await verify(account.passwordHash, password))) {
    const failed = account.failedAttempts + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await db.transaction(async (tx) => {
      await q.setLoginState(tx, account.id, {
        failedAttempts: lock ? 0 : failed,
        lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : account.lockedUntil,
      });
      await recordAudit(tx, audit, {
        action: lock ? 'auth.lock' : 'auth.loginFailed',
        entityType: 'account',
        entityId: account.id,
        orgId: account.personOrgId,
      });
    });
    if (lock) throw new DomainError(423, 'ACCOUNT_LOCKED', 'auth.locked', { minutes: LOCK_MINUTES });
    throw new DomainError(401, 'INVALID_CREDENTIALS', 'auth.invalidCredentials');
  }
  if (account.disabled) throw new DomainError(403, 'ACCOUNT_DISABLED', 'auth.disabled');
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await q.setLoginState(tx, account.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
    await q.insertSession(tx, sessionKey(token), account.id, meta.userAgent);
    await recordAudit(tx, audit, {
      action: 'auth.login',
      entityType: 'account',
      entityId: account.id,
      orgId: account.personOrgId,
    });
  });
  return { token, accountId: account.id };
}

export async function logout(db: Db, token: string) {
  await q.deleteSession(db, sessionKey(token));
}

/** The account behind a session token, or a 401 when it is unknown, idle too long, or disabled. */
export async function authenticate(db: Db, token: string, idleMinutes: number): Promise<number> {
  const key = sessionKey(token);
  const session = await q.findSession(db, key);
  if (!session) throw unauthenticated('auth.sessionExpired');
  const idleMs = Date.now() - session.lastSeenAt.getTime();
  if (idleMs > idleMinutes * 60_000) {
    await q.deleteSession(db, key);
    throw unauthenticated('auth.sessionExpired');
  }
  if (idleMs > TOUCH_AFTER_MS) await q.touchSession(db, key);
  return session.accountId;
}

/** Loads who the caller is and what they hold: granted roles plus roles carried by current positions. */
export async function loadActor(db: Db, accountId: number, timeZone: string): Promise<{ actor: Actor; me: Me }> {
  const row = await q.findAccountPerson(db, accountId);
  if (!row || row.account.disabled) throw unauthenticated('auth.sessionExpired');
  const [granted, held] = await Promise.all([
    q.grantsOf(db, accountId),
    q.currentPositionsOf(db, row.account.personId, todayIn(timeZone)),
  ]);
  const grants: (Grant & { orgName: string })[] = granted.map((g) => ({ ...g, role: g.role as Role, source: 'grant' as const }));
  for (const p of held) {
    const role = POSITION_ROLES[p.title as Position];
    if (role && !grants.some((g) => g.orgId === p.orgId && g.role === role)) {
      grants.push({ orgId: p.orgId, orgName: p.orgName, path: p.path, role, source: 'position' });
    }
  }
  const actor: Actor = {
    accountId,
    personId: row.account.personId,
    username: row.account.username,
    name: row.name,
    locale: row.account.locale as Locale,
    grants,
  };
  const me: Me = {
    accountId,
    personId: row.account.personId,
    username: row.account.username,
    name: row.name,
    locale: actor.locale,
    mustChangePassword: row.account.mustChangePassword,
    grants,
    orgId: row.orgId,
    orgName: row.orgName,
    timeZone,
  };
  return { actor, me };
}

export async function changePassword(db: Db, actor: Actor, current: string, next: string, requestId: string) {
  const row = await q.findAccountPerson(db, actor.accountId);
  if (!row || !(await verify(row.account.passwordHash, current))) throw invalid('auth.wrongPassword');
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await q.setLoginState(tx, actor.accountId, { passwordHash, mustChangePassword: false, version: row.account.version + 1 });
    await recordAudit(
      tx,
      { actor, requestId },
      { action: 'account.changePassword', entityType: 'account', entityId: actor.accountId, orgId: row.orgId },
    );
  });
}

export async function setLocale(db: Db, actor: Actor, locale: Locale, requestId: string) {
  const row = await q.findAccountPerson(db, actor.accountId);
  await db.transaction(async (tx) => {
    await q.setLoginState(tx, actor.accountId, { locale });
    await recordAudit(
      tx,
      { actor, requestId },
      { action: 'account.setLocale', entityType: 'account', entityId: actor.accountId, orgId: row?.orgId, after: { locale } },
    );
  });
}
