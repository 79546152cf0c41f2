// Test helpers: .xlsx files built with exceljs, and multipart uploads through app.inject.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';

export type Row = (string | number | Date | null)[];

export const ORG_HEADERS = ['组织名称*', '组织类型*', '上级组织*', '组织编码', '单位名称', '成立日期', '换届日期'];
export const PEOPLE_HEADERS = [
  '姓名*',
  '性别',
  '出生日期',
  '民族',
  '学历',
  '手机号',
  '工号',
  '政治面貌*',
  '入党时间',
  '转正时间',
  '所在党组织*',
  '加入本组织日期',
];

/** A workbook with one sheet: the header on row 1, data from row 2. */
export async function xlsx(headers: string[], rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}

/** POSTs `file` as multipart form data (field "file"). */
export function upload(
  app: FastifyInstance,
  url: string,
  cookie: string,
  file: Buffer,
  options: { fileName?: string; locale?: string } = {},
) {
  const boundary = `----xf${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${options.fileName ?? 'import.xlsx'}"\r\n` +
      'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return app.inject({
    method: 'POST',
    url,
    payload: Buffer.concat([head, file, tail]),
    headers: {
      cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(options.locale ? { 'accept-language': options.locale } : {}),
    },
  });
}

export interface RowError {
  row: number;
  column: string;
  field: string;
  message: string;
}
