import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG, recordsKit, type TestKit, upload } from './records.testkit';

describe('records API: attachments', () => {
  let k: TestKit;
  let rec: { id: number };
  beforeAll(async () => {
    k = await recordsKit();
    rec = await k.createHeld();
  });
  const url = () => `/api/records/${rec.id}/files`;

  it('stores a photo with its sha256, lists it on the detail, serves it back, removes it softly', async () => {
    const res = await upload(k, k.secretaryA1.cookie, url(), '会议照片.png', PNG, 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ fileName: '会议照片.png', mime: 'image/png', size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex') });
    const detail = (await k.get(k.member.cookie, `/api/records/${rec.id}`)).json();
    expect(detail.files.map((f: { id: number }) => f.id)).toEqual([file.id]);
    const got = await k.get(k.member.cookie, `${url()}/${file.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.equals(PNG)).toBe(true);
    expect(got.headers['content-disposition']).toContain(encodeURIComponent('会议照片.png'));

    expect((await k.send(k.member.cookie, 'DELETE', `${url()}/${file.id}`)).statusCode).toBe(403);
    expect((await k.send(k.secretaryA1.cookie, 'DELETE', `${url()}/${file.id}`)).statusCode).toBe(200);
    expect((await k.get(k.secretaryA1.cookie, `${url()}/${file.id}`)).statusCode).toBe(404);
    expect((await k.get(k.secretaryA1.cookie, `/api/records/${rec.id}`)).json().files).toEqual([]);
    const audit = (await k.get(k.staffA.cookie, `/api/audit?orgId=${k.tree.branchA1.id}&entityType=record&entityId=${rec.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action).slice(0, 2)).toEqual(['record.fileRemove', 'record.fileAdd']);
  });

  it('accepts Word by its content', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('纪要')] }] }));
    const res = await upload(k, k.secretaryA1.cookie, url(), '纪要.docx', docx);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses a file whose content is not an accepted type, or does not match its name', async () => {
    const exe = await upload(k, k.secretaryA1.cookie, url(), '照片.jpg', Buffer.from('MZ\x90\x00this is not a photo at all'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().message).toBe('不支持该文件类型，仅支持 jpg、png、webp、pdf、doc、docx、xls、xlsx。');
    const renamed = await upload(k, k.secretaryA1.cookie, url(), '报告.pdf', PNG);
    expect(renamed.statusCode).toBe(400);
    const text = await upload(k, k.secretaryA1.cookie, url(), 'a.txt', Buffer.from('hello'));
    expect(text.statusCode).toBe(400);
    const none = await k.send(k.secretaryA1.cookie, 'POST', url(), {});
    expect(none.statusCode).toBe(400);
  });

  it('refuses a file over 20 MB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024 + 1)]);
    const res = await upload(k, k.secretaryA1.cookie, url(), 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe('文件不能超过 20 MB。');
  });

  it('keeps attachments in scope: 404 from branch B, 403 for a listed member uploading', async () => {
    const res = await upload(k, k.secretaryB1.cookie, url(), 'x.png', PNG);
    expect(res.statusCode).toBe(404);
    const member = await upload(k, k.member.cookie, url(), 'x.png', PNG);
    expect(member.statusCode).toBe(403);
  });

  it('a file added to a locked record is an amendment', async () => {
    const locked = await k.createHeld({ attendance: [] });
    await k.send(k.staffA.cookie, 'POST', `/api/records/${locked.id}/lock`, { version: 1 });
    const res = await upload(k, k.secretaryA1.cookie, `/api/records/${locked.id}/files`, '补充.png', PNG);
    expect(res.statusCode).toBe(201);
    const detail = (await k.get(k.secretaryA1.cookie, `/api/records/${locked.id}`)).json();
    expect(detail.amendments.map((a: { action: string; summary: string }) => [a.action, a.summary])).toEqual([
      ['record.lock', locked.topic],
      ['record.amend', '补充.png'],
    ]);
  });
});
