// 导出: every item the current filters match (not only the page shown), as .xlsx in the user's language.
import { Button, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ITEMS_EXPORT_MAX_ROWS, type ItemsExportQuery } from '@xianfeng/shared/schemas/ledgerImports';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { downloadFile } from '../people/download';

interface Props {
  /** The filters of the items shown (paging is ignored: the file holds every match). */
  filters: ItemsExportQuery & { page?: number; pageSize?: number };
}

export function ItemsExportButton({ filters }: Props) {
  const t = useT();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const { page: _page, pageSize: _pageSize, ...query } = filters;

  const download = async () => {
    setBusy(true);
    try {
      await downloadFile('/ledger-items/export', query, t('itemsExport.file'));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={t('itemsExport.tooltip', { max: ITEMS_EXPORT_MAX_ROWS })}>
      <Button data-testid="items-export" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
        {t('itemsExport.button')}
      </Button>
    </Tooltip>
  );
}
