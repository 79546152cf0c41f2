import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { buildAccount } from '../accounts/accounts.factory';
import { ledgersKit, type LedgersKit } from './ledgers.testkit';

/** A tiny valid PNG (1×1). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** A minimal PDF: detected by its header. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const later = (days: number) =>
  new Date(Date.parse(`${todayIn('Asia/Shanghai')}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('ledger items: files (事项材料) and 申请销号 with evidence', () => {
  let k: LedgersKit;
  let ledgerId: number;
  let reviewerA: string;
  let memberA1: string;
  let secretaryA1Name: string;
  beforeAll(async () => {
    k = await ledgersKit();
    ledgerId = (await k.problemList()).id;
    reviewerA = (await buildAccount(k.db, k.tree.unitA, ['reviewer'])).cookie;
    memberA1 = (await buildAccount(k.db, k.tree.branchA1, ['member'])).cookie;
    secretaryA1Name = (await k.inject(k.secretaryA1, 'GET', '/api/auth/me')).json().name;
  });

  /** POSTs a multipart form with one file. */
  const upload = (cookie: string, itemId: number, fileName: string, body: Buffer, query = '') => {
    const boundary = `----xf${Math.random().toString(16).slice(2)}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    );
    const payload = Buffer.concat([head, body, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    return k.app.inject({
      method: 'POST',
      url: `/api/ledger-items/${itemId}/files${query}`,
      payload,
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  };
  const newItem = async () => (await k.addItem(ledgerId, { deadline: later(30) })).json() as { id: number; version: number };
  const detail = async (cookie: string, id: number) => (await k.inject(cookie, 'GET', `/api/ledger-items/${id}`)).json();

  it('uploads checked by content with sha256; lists and serves them to readers of the item; audited', async () => {
    const item = await newItem();
    const photo = await upload(k.secretaryA1, item.id, '整改前.png', PNG);
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({
      itemId: item.id,
      fileName: '整改前.png',
      mime: 'image/png',
      size: PNG.length,
      sha256: createHash('sha256').update(PNG).digest('hex'),
      uploadedByName: secretaryA1Name,
      updateId: null,
      canRemove: true,
    });
    const report = await upload(k.staffA, item.id, '整改报告.pdf', PDF);
    expect(report.statusCode, report.body).toBe(201);
    expect(await k.auditOf('ledgerItem.fileAdd', item.id)).toHaveLength(2);

    const list = (await k.inject(k.secretaryA1, 'GET', `/api/ledger-items/${item.id}/files`)).json();
    expect(list.total).toBe(2);
    expect(list.items.map((f: { fileName: string }) => f.fileName)).toEqual(['整改前.png', '整改报告.pdf']);
    const second = (await k.inject(k.staffRoot, 'GET', `/api/ledger-items/${item.id}/files?pageSize=1&page=2`)).json();
    expect(second.items.map((f: { id: number }) => f.id)).toEqual([report.json().id]);
    // A reader who is not the responsible node's staff sees them but may not remove them.
    expect(
      (await k.inject(reviewerA, 'GET', `/api/ledger-items/${item.id}/files`))
        .json()
        .items.map((f: { canRemove: boolean }) => f.canRemove),
    ).toEqual([false, false]);

    const file = await k.inject(k.secretaryA1, 'GET', `/api/ledger-items/${item.id}/files/${photo.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('整改前.png'));
    expect(
      (await detail(k.staffA, item.id)).files.map((f: { id: number; updateId: number | null }) => [f.id, f.updateId]),
    ).toEqual([
      [photo.json().id, null],
      [report.json().id, null],
    ]);
  });

  it('refuses: another branch 404, a member 404, a reader 403, a renamed or missing file 400, a file of another item 404', async () => {
    const item = await newItem();
    expect((await upload(k.secretaryB1, item.id, 'x.png', PNG)).statusCode).toBe(404);
    expect((await upload(memberA1, item.id, 'x.png', PNG)).statusCode).toBe(404);
    expect((await upload(reviewerA, item.id, 'x.png', PNG)).statusCode).toBe(403);
    const renamed = await upload(k.secretaryA1, item.id, '报告.pdf', PNG);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().message).toBe('不支持该文件类型，仅支持 jpg、png、webp、pdf、doc、docx、xls、xlsx。');
    const text = await upload(k.secretaryA1, item.id, 'note.txt', Buffer.from('hello'));
    expect(text.statusCode).toBe(400);
    const none = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${item.id}/files`, { x: 1 });
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toBe('请选择要上传的文件。');
    expect((await k.inject(k.secretaryA1, 'GET', `/api/ledger-items/${item.id}/files`)).json().total).toBe(0);

    const own = (await upload(k.secretaryA1, item.id, 'a.png', PNG)).json();
    expect((await k.inject(k.secretaryB1, 'GET', `/api/ledger-items/${item.id}/files`)).statusCode).toBe(404);
    expect((await k.inject(k.secretaryB1, 'GET', `/api/ledger-items/${item.id}/files/${own.id}`)).statusCode).toBe(404);
    const other = await newItem();
    expect((await k.inject(k.secretaryA1, 'GET', `/api/ledger-items/${other.id}/files/${own.id}`)).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'DELETE', `/api/ledger-items/${other.id}/files/${own.id}`)).statusCode).toBe(404);
  });

  it('removes softly: the uploader or the node’s staff, not a reader or another branch; audited', async () => {
    const item = await newItem();
    const mine = (await upload(k.secretaryA1, item.id, 'a.png', PNG)).json();
    const staffs = (await upload(k.staffA, item.id, 'b.png', PNG)).json();
    const url = (f: { id: number }) => `/api/ledger-items/${item.id}/files/${f.id}`;
    expect((await k.inject(reviewerA, 'DELETE', url(mine))).statusCode).toBe(403);
    expect((await k.inject(k.secretaryB1, 'DELETE', url(mine))).statusCode).toBe(404);
    expect((await k.inject(memberA1, 'DELETE', url(mine))).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'DELETE', url(mine))).statusCode).toBe(200);
    // The branch's secretary is the responsible node's staff: a file the unit uploaded goes too.
    expect((await k.inject(k.secretaryA1, 'DELETE', url(staffs))).statusCode).toBe(200);
    expect((await k.inject(k.secretaryA1, 'DELETE', url(staffs))).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'GET', url(mine))).statusCode).toBe(404);
    expect((await detail(k.secretaryA1, item.id)).files).toEqual([]);
    expect(await k.auditOf('ledgerItem.fileRemove', item.id)).toHaveLength(2);
  });

  it('申请销号 names its evidence: the files get the request’s update; they stay; others’ files are refused', async () => {
    const item = await newItem();
    const before = (await upload(k.secretaryA1, item.id, '整改前.png', PNG)).json();
    const after = (await upload(k.secretaryA1, item.id, '整改后.pdf', PDF)).json();
    const spare = (await upload(k.secretaryA1, item.id, '备用.png', PNG)).json();
    const other = await newItem();
    const foreign = (await upload(k.secretaryA1, other.id, '别的事项.png', PNG)).json();

    const wrong = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${item.id}/request-close`, {
      version: 1,
      text: '已整改',
      fileIds: [before.id, foreign.id],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe('申请销号所附材料须是本事项已上传、尚未用于其他申请的材料。');
    // Nothing of the refused request stayed.
    expect(await detail(k.secretaryA1, item.id)).toMatchObject({ status: 'registered', version: 1, updates: [] });

    const asked = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${item.id}/request-close`, {
      version: 1,
      text: '已整改完毕，附整改前后对比',
      fileIds: [before.id, after.id, after.id],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const d = asked.json();
    const request = d.updates.find((u: { kind: string }) => u.kind === 'close_request');
    expect(
      d.files.map((f: { id: number; updateId: number | null; canRemove: boolean }) => [f.id, f.updateId, f.canRemove]),
    ).toEqual([
      [before.id, request.id, false],
      [after.id, request.id, false],
      [spare.id, null, true],
    ]);
    const [audit] = await k.auditOf('ledgerItem.close_request', item.id);
    expect(audit!.after).toMatchObject({ fileIds: [before.id, after.id] });

    const backs = await k.inject(k.secretaryA1, 'DELETE', `/api/ledger-items/${item.id}/files/${before.id}`);
    expect(backs.statusCode).toBe(409);
    expect(backs.json().message).toBe('该材料是申请销号的依据，不能删除。');

    // Returned, then asked again: a file that backed the first request cannot back the second.
    await k.inject(k.staffA, 'POST', `/api/ledger-items/${item.id}/return`, { version: 2, reason: '缺少验收意见' });
    const again = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${item.id}/request-close`, {
      version: 3,
      text: '补充材料',
      fileIds: [after.id],
    });
    expect(again.statusCode).toBe(400);
    // The verifier adds its own file while verifying, then closes.
    const asked2 = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${item.id}/request-close`, {
      version: 3,
      text: '补充材料',
      fileIds: [spare.id],
    });
    expect(asked2.json()).toMatchObject({ status: 'close_requested', version: 4 });
    const check = await upload(k.staffA, item.id, '验收意见.pdf', PDF);
    expect(check.statusCode).toBe(201);
    expect((await k.inject(k.staffA, 'POST', `/api/ledger-items/${item.id}/close`, { version: 4 })).json()).toMatchObject({
      status: 'closed',
    });

    // Closed: no file comes or goes.
    const late = await upload(k.secretaryA1, item.id, '补充.png', PNG);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('事项已销号，材料不能再增删。');
    expect((await k.inject(k.staffA, 'DELETE', `/api/ledger-items/${item.id}/files/${check.json().id}`)).statusCode).toBe(409);
    expect((await detail(k.staffA, item.id)).files.every((f: { canRemove: boolean }) => !f.canRemove)).toBe(true);
    expect((await detail(k.staffA, item.id)).files).toHaveLength(4);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await k.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.paths).toHaveProperty(['/api/ledger-items/{id}/files']);
    expect(doc.paths).toHaveProperty(['/api/ledger-items/{id}/files/{fileId}']);
    expect(doc.paths).toHaveProperty(['/api/ledger-items/{id}/escalate']);
  });

  it('keeps a research topic’s 调研报告 and A3 report, and asks to close a topic only with its report', async () => {
    const topics = (
      await k.inject(k.staffA, 'POST', '/api/ledgers', { ownerOrgId: k.tree.unitA.id, kind: 'research_topic', title: '调研课题' })
    ).json();
    const leader = (await k.inject(k.secretaryA1, 'GET', '/api/auth/me')).json().personId;
    const topic = (
      await k.addItem(topics.id, { deadline: later(40), fields: { leaderPersonId: leader, methods: ['questionnaire'] } })
    ).json() as { id: number; version: number };
    const ask = (version: number) =>
      k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${topic.id}/request-close`, { version, text: '调研完成' });
    const refused = await ask(topic.version);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('调研报告');
    // A photo is no report.
    expect((await upload(k.secretaryA1, topic.id, '座谈.png', PNG)).statusCode).toBe(201);
    expect((await ask(topic.version)).statusCode).toBe(400);

    const a3 = await upload(k.secretaryA1, topic.id, 'A3.pdf', PDF, '?purpose=a3_report');
    expect(a3.json()).toMatchObject({ purpose: 'a3_report' });
    expect((await upload(k.secretaryA1, topic.id, 'x.pdf', PDF, '?purpose=minutes')).statusCode).toBe(400);
    const report = await upload(k.secretaryA1, topic.id, '调研报告.pdf', PDF, '?purpose=research_report');
    expect(report.statusCode, report.body).toBe(201);
    expect((await ask(topic.version)).statusCode).toBe(200);
    const shown = await detail(k.staffA, topic.id);
    expect(shown.status).toBe('close_requested');
    expect(shown.files.map((f: { purpose: string | null }) => f.purpose).sort()).toEqual(['a3_report', 'research_report', null].sort());

    // Reports belong to research topics only.
    const problem = await newItem();
    const wrong = await upload(k.secretaryA1, problem.id, '报告.pdf', PDF, '?purpose=research_report');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('调研课题');
  });
});
