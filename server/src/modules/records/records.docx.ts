// 会议记录 as .docx in the usual layout: the title, a table of the meeting's facts, then 议程 and 会议内容.
// East Asian fonts are named on every run: without them LibreOffice falls back to a Japanese face.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import sanitizeHtml from 'sanitize-html';
import type { Locale } from '@xianfeng/shared/domain';
import { type MessageKey, translate } from '@xianfeng/shared/i18n';
import type { Ctx } from '../../core/context';
import { localDateTime } from './records.format';
import { getRecordDetail } from './records.views';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const SONG = '宋体';
const FANGSONG = '仿宋';
const LATIN = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });
const run = (text: string, opts: { bold?: boolean; size?: number; eastAsia?: string } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size ?? 28, font: font(opts.eastAsia ?? FANGSONG), language: { value: 'en-US', eastAsia: 'zh-CN' } });

/** Paragraphs of the minutes' text: one per block of the rich text, list items marked. */
export function minutesParagraphs(html: string | null): string[] {
  if (!html) return [];
  const blocks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|pre|tr)>/gi, '\n');
  const text = sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return text.split('\n').map((s) => s.trim()).filter(Boolean);
}

function cell(text: string, opts: { label?: boolean; span?: number } = {}) {
  return new TableCell({
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    width: opts.label ? { size: 18, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
    children: [new Paragraph({ alignment: opts.label ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { bold: opts.label })] })],
  });
}

export async function recordDocx(ctx: Ctx, id: number, locale: Locale): Promise<{ fileName: string; body: Buffer }> {
  const r = await getRecordDetail(ctx, id, locale);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const zh = locale === 'zh-CN';
  const none = t('record.docx.none');
  const join = (items: string[]) => (items.length ? items.join(zh ? '、' : ', ') : none);
  const paren = (s: string) => (zh ? `（${s}）` : ` (${s})`);

  const starts = localDateTime(new Date(r.startsAt), ctx.timeZone);
  const ends = r.endsAt ? localDateTime(new Date(r.endsAt), ctx.timeZone) : null;
  const time = ends ? `${starts}—${ends.slice(0, 10) === starts.slice(0, 10) ? ends.slice(11) : ends}` : starts;
  const missing = r.attendees
    .filter((a) => a.attendance !== 'present')
    .map((a) => a.name + paren(t(`attendance.${a.attendance}`) + (a.reason ? (zh ? '：' : ': ') + a.reason : '')));
  const guests = r.guests.map((g) => g.name + (g.title ? paren(g.title) : ''));
  const lecturer = r.lecturer?.name ?? r.lecturerName;

  const rows = [
    [cell(t('record.docx.name'), { label: true }), cell(r.topic, { span: 3 })],
    [cell(t('record.docx.time'), { label: true }), cell(time, { span: 3 })],
    [cell(t('record.docx.place'), { label: true }), cell(r.place ?? '', { span: 3 })],
    [cell(t('record.docx.host'), { label: true }), cell(r.host?.name ?? ''), cell(t('record.docx.recorder'), { label: true }), cell(r.recorder?.name ?? '')],
    ...(lecturer ? [[cell(t('record.docx.lecturer'), { label: true }), cell(lecturer, { span: 3 })]] : []),
    [
      cell(t('record.docx.expected'), { label: true }),
      cell(t('record.docx.people', { count: r.counts.listed })),
      cell(t('record.docx.present'), { label: true }),
      cell(t('record.docx.people', { count: r.counts.present })),
    ],
    [cell(t('record.docx.absent'), { label: true }), cell(join(missing), { span: 3 })],
    [cell(t('record.docx.guests'), { label: true }), cell(join(guests), { span: 3 })],
  ];
  const heading = (key: MessageKey) => new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(t(key), { bold: true, eastAsia: SONG })] });
  const body = (text: string) => new Paragraph({ indent: { firstLine: 560 }, spacing: { line: 360 }, children: [run(text)] });

  const doc = new Document({
    styles: { default: { document: { run: { font: font(FANGSONG), size: 28, language: { value: 'en-US', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(t('record.docx.title'), { bold: true, size: 44, eastAsia: SONG })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((children) => new TableRow({ children })) }),
          heading('record.docx.agenda'),
          ...(r.agenda ?? '').split('\n').map((s) => s.trim()).filter(Boolean).map(body),
          heading('record.docx.minutes'),
          ...minutesParagraphs(r.minutes).map(body),
        ],
      },
    ],
  });
  const safeTopic = r.topic.replace(/[\\/:*?"<>|\r\n]/g, '_').slice(0, 80);
  return { fileName: t('record.docx.file', { topic: safeTopic }), body: await Packer.toBuffer(doc) };
}
