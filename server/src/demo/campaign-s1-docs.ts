// The small Word files the S1 units upload for their campaign (工作方案, 通知, 计划表, 调研报告, A3报告).
import { createHash } from 'node:crypto';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { FileStore } from '../modules/records';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });

export interface BuiltDocument {
  fileName: string;
  size: number;
  sha256: string;
  storageKey: string;
  body: Buffer;
}

/** A .docx with a centred title (小标宋) and body paragraphs (仿宋, indented), signed by the unit's committee. */
export async function buildDocx(title: string, paragraphs: readonly string[], signedBy: string): Promise<BuiltDocument> {
  const doc = new Document({
    creator: signedBy,
    title,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 400 },
            children: [new TextRun({ text: title, bold: true, size: 36, font: font('宋体') })],
          }),
          ...paragraphs.map(
            (text) =>
              new Paragraph({
                indent: { firstLine: 640 },
                spacing: { line: 560 },
                children: [new TextRun({ text, size: 32, font: font('仿宋') })],
              }),
          ),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 400 },
            children: [new TextRun({ text: signedBy, size: 32, font: font('仿宋') })],
          }),
        ],
      },
    ],
  });
  const body = await Packer.toBuffer(doc);
  const sha256 = createHash('sha256').update(body).digest('hex');
  // Content-addressed, so seeding twice into one store never collides.
  return { fileName: `${title}.docx`, size: body.length, sha256, storageKey: `demo/s1/${sha256}`, body };
}

/** Writes the bytes unless the same content is already stored. */
export async function storeDocument(files: FileStore, d: BuiltDocument): Promise<void> {
  try {
    await files.put(d.storageKey, d.body);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}
