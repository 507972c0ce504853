import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ApiError, downloadFile } from '../../core/api';
import { useT } from '../../core/i18n';
import type { ReportParams } from './types';
import { reportPath, reportQuery } from './useReport';

type Format = 'xlsx' | 'pdf' | 'csv';
const FORMATS: Format[] = ['xlsx', 'pdf', 'csv'];

/** XLSX / PDF / CSV of the report on screen, each button busy while its file is made. */
export function ReportDownloads({ params }: { params: ReportParams }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);
  const download = async (format: Format) => {
    setBusy(format);
    try {
      await downloadFile(reportPath(params.kind), { ...reportQuery(params), format }, `bao-cao.${format}`);
    } catch (error) {
      void message.error(
        error instanceof ApiError ? t(error.messages) : t('Không tải được tệp.', 'The file could not be downloaded.'),
      );
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {FORMATS.map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={busy !== null && busy !== format}
          onClick={() => void download(format)}
        >
          {busy === format ? t(`Đang tạo ${format.toUpperCase()}…`, `Making ${format.toUpperCase()}…`) : format.toUpperCase()}
        </Button>
      ))}
    </>
  );
}
