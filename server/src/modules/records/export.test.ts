import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { minutesParagraphs } from './records.docx';
import { recordsKit, type TestKit } from './records.testkit';

const documentXml = async (body: Buffer) => (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
/** The text of the document, runs joined (Word may split a sentence into several runs). */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');

describe('meeting record (会议记录) as .docx', () => {
  let k: TestKit;
  beforeAll(async () => {
    k = await recordsKit();
  });

  it('has the usual layout: title, table of facts, agenda and minutes, with Chinese fonts named', async () => {
    const rec = await k.createHeld({
      agenda: '一、传达上级精神\n二、讨论发展党员',
      minutes: '<p>书记传达了会议精神。</p><ul><li>同意接收预备党员</li></ul><p>A &amp; B &lt;C&gt;</p>',
    });
    const res = await k.get(k.secretaryA1.cookie, `/api/records/${rec.id}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('学习党的二十大精神-会议记录.docx'));
    const xml = await documentXml(res.rawPayload);
    const text = textOf(xml);
    for (const expected of [
      '会议记录',
      '会议名称|学习党的二十大精神',
      '时间|2024-05-10 14:30—16:30',
      '地点|三楼会议室',
      '主持人|张三|记录人|李四',
      '应到|4 人|实到|2 人',
      '缺席及原因|李四（请假：出差）、王五（缺席）',
      '列席人员|刘指导（指导组成员）',
      '议程|一、传达上级精神|二、讨论发展党员',
      '会议内容|书记传达了会议精神。|• 同意接收预备党员|A &amp; B &lt;C&gt;',
    ])
      expect(text).toContain(expected);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="宋体"');
  });

  it('a listed member may export; branch B may not', async () => {
    const rec = await k.createHeld({ kind: 'party_lecture', lecturerName: '外请专家', attendance: [{ personId: k.member.personId, attendance: 'present' }] });
    const res = await k.get(k.member.cookie, `/api/records/${rec.id}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(textOf(await documentXml(res.rawPayload))).toContain('主讲人|外请专家');
    expect((await k.get(k.secretaryB1.cookie, `/api/records/${rec.id}/export.docx`)).statusCode).toBe(404);
  });

  it('turns rich-text minutes into paragraphs', () => {
    expect(minutesParagraphs('<h2>一、</h2><p>甲<br>乙</p><ol><li>丙</li><li>丁</li></ol>')).toEqual(['一、', '甲', '乙', '• 丙', '• 丁']);
    expect(minutesParagraphs(null)).toEqual([]);
  });
});
