// Test helpers of the records module: a tree with people and accounts, and request shortcuts.
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';

export type TestKit = Awaited<ReturnType<typeof recordsKit>>;

/**
 * A tree (root → units A, B → branches A1, A2, B1; party group in A1) with members, a staff account at
 * unit A, a secretary of A1, a secretary of B1, a reviewer at the root and a member of A1 with an account.
 */
export async function recordsKit() {
  const t = await testApp();
  const tree = await buildTree(t.db);
  const a1 = [await buildPerson(t.db, tree.branchA1, { name: '张三' }), await buildPerson(t.db, tree.branchA1, { name: '李四' })];
  const groupMember = await buildPerson(t.db, tree.groupA1, { name: '王五' });
  const b1 = await buildPerson(t.db, tree.branchB1, { name: '赵六' });
  const staffA = await buildAccount(t.db, tree.unitA, ['org_staff']);
  const secretaryA1 = await buildAccount(t.db, tree.branchA1, ['secretary']);
  const secretaryB1 = await buildAccount(t.db, tree.branchB1, ['secretary']);
  const reviewer = await buildAccount(t.db, tree.root, ['reviewer']);
  const member = await buildAccount(t.db, tree.branchA1, ['member']);

  const inject = (cookie: string | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
  const get = (cookie: string, url: string) => inject(cookie, 'GET', url);
  const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => inject(cookie, method, url, payload);

  /** A held branch assembly at A1 with everyone of A1 listed, recorded by the A1 secretary. */
  const createHeld = async (overrides: Record<string, unknown> = {}, cookie = secretaryA1.cookie) => {
    const res = await send(cookie, 'POST', '/api/records', {
      orgId: tree.branchA1.id,
      kind: 'branch_assembly',
      topic: '学习党的二十大精神',
      startsAt: '2024-05-10T14:30:00+08:00',
      endsAt: '2024-05-10T16:30:00+08:00',
      place: '三楼会议室',
      hostPersonId: a1[0]!.id,
      recorderPersonId: a1[1]!.id,
      studyHours: 2,
      attendance: [
        { personId: a1[0]!.id, attendance: 'present' },
        { personId: a1[1]!.id, attendance: 'excused', reason: '出差' },
        { personId: groupMember.id, attendance: 'absent' },
        { personId: member.personId, attendance: 'present' },
      ],
      guests: [{ name: '刘指导', title: '指导组成员' }],
      ...overrides,
    });
    if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
    return res.json();
  };

  return { t, tree, a1, groupMember, b1, staffA, secretaryA1, secretaryB1, reviewer, member, inject, get, send, createHeld };
}

/** An instant `days` from now, as ISO with the Beijing offset dropped (UTC). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** POSTs `body` as the multipart field "file". */
export function upload(k: TestKit, cookie: string, url: string, fileName: string, body: Buffer, mime = 'application/octet-stream') {
  const boundary = `----xf${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${mime}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return k.t.app.inject({
    method: 'POST',
    url,
    payload: Buffer.concat([head, body, tail]),
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** A tiny valid PNG (1×1). */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
