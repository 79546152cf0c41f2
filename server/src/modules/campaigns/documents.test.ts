import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../accounts/accounts.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';

/** A tiny valid PNG (1×1). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('campaigns API: documents (材料) uploaded once, linked as evidence', () => {
  let k: CampaignsKit;
  let campaignId: number;
  let docsAction: number;
  let docx: Buffer;
  let readerA: string;
  beforeAll(async () => {
    k = await campaignsKit();
    const { campaign, actions } = await buildCampaign(k.db, k.tree.root, [
      { title: '提交调研报告', completion: 'documents', targetTypes: ['branch'], needsApproval: true, deadline: '2099-06-30' },
    ]);
    await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    [campaignId, docsAction] = [campaign.id, actions[0]!.id];
    docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('工作方案')] }] }));
    readerA = (await buildAccount(k.db, k.tree.unitA, ['reviewer'])).cookie;
  });

  /** POSTs a multipart form: the text fields, then the file. */
  const upload = (cookie: string, fields: Record<string, string | number>, fileName: string, body: Buffer, id = campaignId) => {
    const boundary = `----xf${Math.random().toString(16).slice(2)}`;
    const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const payload = Buffer.concat([...parts, head, body, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    return k.app.inject({ method: 'POST', url: `/api/campaigns/${id}/documents`, payload, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` } });
  };
  const assignmentId = async (orgId: number) => {
    const res = (await k.db.execute(sql`select id::int as id from assignments where action_id = ${docsAction} and org_id = ${orgId}`)) as unknown as { rows: { id: number }[] };
    return res.rows[0]!.id;
  };
  const list = async (cookie: string, query = '') => (await k.get(cookie, `/api/campaigns/${campaignId}/documents?${query}`)).json();

  it('uploads checked by content, with sha256, in the caller’s scope; lists and serves them to readers of the node', async () => {
    const plan = await upload(k.staffA, { orgId: k.tree.unitA.id, title: '甲公司工作方案' }, '甲公司工作方案.docx', docx);
    expect(plan.statusCode, plan.body).toBe(201);
    expect(plan.json()).toMatchObject({
      orgId: k.tree.unitA.id,
      title: '甲公司工作方案',
      fileName: '甲公司工作方案.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: docx.length,
      sha256: createHash('sha256').update(docx).digest('hex'),
      usedBy: 0,
    });
    const photo = await upload(k.secretaryA1, { orgId: k.tree.branchA1.id, title: '调研照片' }, '调研.png', PNG);
    expect(photo.statusCode, photo.body).toBe(201);
    expect(await k.auditOf('campaignDocument.upload', photo.json().id)).toHaveLength(1);

    // Refusals: a node the caller cannot see (404), a reader who is not the node's staff (403), bad content, no title.
    expect((await upload(k.secretaryA1, { orgId: k.tree.unitA.id, title: 'x' }, 'x.png', PNG)).statusCode).toBe(404);
    expect((await upload(k.secretaryB1, { orgId: k.tree.branchA1.id, title: 'x' }, 'x.png', PNG)).statusCode).toBe(404);
    expect((await upload(readerA, { orgId: k.tree.unitA.id, title: 'x' }, 'x.png', PNG)).statusCode).toBe(403);
    const member = (await buildAccount(k.db, k.tree.branchA1, ['member'])).cookie;
    expect((await upload(member, { orgId: k.tree.branchA1.id, title: 'x' }, 'x.png', PNG)).statusCode).toBe(404);
    const renamed = await upload(k.secretaryA1, { orgId: k.tree.branchA1.id, title: 'x' }, '报告.pdf', PNG);
    expect(renamed.json().message).toBe('不支持该文件类型，仅支持 jpg、png、webp、pdf、doc、docx、xls、xlsx。');
    expect((await upload(k.secretaryA1, { orgId: k.tree.branchA1.id }, 'x.png', PNG)).json().message).toBe('请选择所属党组织并填写材料标题。');
    expect((await k.inject(k.secretaryA1, 'POST', `/api/campaigns/${campaignId}/documents`, { orgId: k.tree.branchA1.id })).json().message).toBe('请选择要上传的文件。');
    const other = await buildCampaign(k.db, k.tree.unitB);
    expect((await upload(k.secretaryA1, { orgId: k.tree.branchA1.id, title: 'x' }, 'x.png', PNG, other.campaign.id)).statusCode).toBe(404);

    const all = await list(k.staffA);
    expect(all.items.map((d: { id: number }) => d.id)).toEqual([photo.json().id, plan.json().id]);
    expect(all.total).toBe(2);
    expect((await list(k.staffA, 'pageSize=1&page=2')).items.map((d: { id: number }) => d.id)).toEqual([plan.json().id]);
    expect((await list(k.staffA, `orgId=${k.tree.branchA1.id}`)).items.map((d: { title: string }) => d.title)).toEqual(['调研照片']);
    expect((await list(k.staffA, `q=${encodeURIComponent('方案')}`)).items.map((d: { title: string }) => d.title)).toEqual(['甲公司工作方案']);
    expect((await list(k.secretaryA1)).items.map((d: { title: string; orgName: string }) => d.title)).toEqual(['调研照片']);
    expect((await list(k.secretaryB1)).total).toBe(0);
    expect((await k.get(k.secretaryB1, `/api/campaigns/${campaignId}/documents?orgId=${k.tree.branchA1.id}`)).statusCode).toBe(404);

    const file = await k.get(k.secretaryA1, `/api/campaign-documents/${photo.json().id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('调研.png'));
    expect((await k.get(k.secretaryA1, `/api/campaign-documents/${plan.json().id}/file`)).statusCode).toBe(404);
    expect((await k.get(k.staffRoot, `/api/campaign-documents/${plan.json().id}/file`)).rawPayload.equals(docx)).toBe(true);
  });

  it('a document of the node or the unit above serves an assignment, a sibling’s does not; it stays while it serves a submitted one', async () => {
    const id = await assignmentId(k.tree.branchA1.id);
    const url = `/api/assignments/${id}/evidence`;
    const own = (await upload(k.secretaryA1, { orgId: k.tree.branchA1.id, title: '支部调研报告' }, '报告.docx', docx)).json();
    const above = (await upload(k.staffA, { orgId: k.tree.unitA.id, title: '甲公司调研方案' }, '方案.docx', docx)).json();
    const sibling = (await upload(k.staffA, { orgId: k.tree.branchA2.id, title: '甲二支部报告' }, '报告.docx', docx)).json();

    const first = await k.inject(k.secretaryA1, 'POST', url, { documentId: own.id });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ evidenceCount: 1, state: 'in_progress' });
    expect(first.json().satisfiedOn).not.toBeNull();
    expect(first.json().documents).toEqual([expect.objectContaining({ id: own.id, title: '支部调研报告', usedBy: 1, evidenceId: expect.any(Number) })]);
    expect((await k.inject(k.secretaryA1, 'POST', url, { documentId: above.id })).statusCode).toBe(201);
    expect((await k.inject(k.secretaryA1, 'POST', url, { documentId: sibling.id })).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'POST', url, { documentId: own.id })).statusCode).toBe(409);
    expect((await k.inject(k.secretaryA1, 'POST', url, { recordId: 1 })).statusCode).toBe(400);
    // The same document serves the sibling branch? No: A2's assignment cannot use A1's document.
    const a2 = await assignmentId(k.tree.branchA2.id);
    expect((await k.inject(k.staffA, 'POST', `/api/assignments/${a2}/evidence`, { documentId: own.id })).statusCode).toBe(404);
    expect((await k.inject(k.staffA, 'POST', `/api/assignments/${a2}/evidence`, { documentId: above.id })).statusCode).toBe(201);
    expect((await list(k.staffA, `q=${encodeURIComponent('甲公司调研方案')}`)).items[0].usedBy).toBe(2);

    const version = (await k.get(k.secretaryA1, `/api/assignments/${id}`)).json().version;
    expect((await k.inject(k.secretaryA1, 'POST', `/api/assignments/${id}/submit`, { version })).statusCode).toBe(200);
    const inUse = await k.inject(k.secretaryA1, 'DELETE', `/api/campaign-documents/${own.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error).toBe('CONFLICT');
    await k.inject(k.staffA, 'POST', `/api/assignments/${id}/return`, { version: version + 1, comment: '报告需补充' });

    expect((await k.inject(readerA, 'DELETE', `/api/campaign-documents/${own.id}`)).statusCode).toBe(403);
    expect((await k.inject(k.secretaryB1, 'DELETE', `/api/campaign-documents/${own.id}`)).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'DELETE', `/api/campaign-documents/${own.id}`)).statusCode).toBe(200);
    const after = (await k.get(k.secretaryA1, `/api/assignments/${id}`)).json();
    expect(after).toMatchObject({ evidenceCount: 1 });
    expect(after.documents.map((d: { id: number }) => d.id)).toEqual([above.id]);
    expect((await k.get(k.secretaryA1, `/api/campaign-documents/${own.id}/file`)).statusCode).toBe(404);
    expect((await list(k.secretaryA1)).items.map((d: { id: number }) => d.id)).not.toContain(own.id);
    expect(await k.auditOf('campaignDocument.remove', own.id)).toHaveLength(1);
  });
});
