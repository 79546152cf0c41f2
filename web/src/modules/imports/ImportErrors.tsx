// The problems of a rejected file: Excel row number, column and reason.
import { Table, type TableProps } from 'antd';
import type { ImportRowError } from '@xianfeng/shared/schemas/imports';
import { useT } from '../../app/i18n';

export function ImportErrors({ errors, testId }: { errors: ImportRowError[]; testId: string }) {
  const t = useT();
  const columns: TableProps<ImportRowError>['columns'] = [
    { key: 'row', title: t('importsPage.errRow'), dataIndex: 'row', width: 80 },
    { key: 'column', title: t('importsPage.errColumn'), dataIndex: 'column', width: 140 },
    { key: 'message', title: t('importsPage.errMessage'), dataIndex: 'message' },
  ];
  return (
    <Table<ImportRowError>
      data-testid={testId}
      size="small"
      rowKey={(e) => `${e.row}:${e.field}:${e.message}`}
      columns={columns}
      dataSource={errors}
      pagination={errors.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
    />
  );
}
