import { Alert, Button, Form, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../core/api';
import { useI18n } from '../../../core/i18n';
import { useCommand } from '../../../core/query';
import { FilePicker, useRequired } from '../shared';
import type { UnitCsvProblem, UnitsImportResult } from '../types';

const EXAMPLE = 'code,name,level,parentCode,validFrom,validTo\nXMT-06,Thôn Mới,village,XMT,01/01/2026,';

function problemsOf(error: unknown): (UnitCsvProblem & { key: number })[] {
  if (!(error instanceof ApiError)) return [];
  const problems = error.body.details?.problems;
  return Array.isArray(problems) ? (problems as UnitCsvProblem[]).map((p, i) => ({ ...p, key: i })) : [];
}

/** Imports an official unit list from CSV: all or nothing; every problem is listed by line. */
export function UnitsImport({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const required = useRequired();
  const [form] = Form.useForm<{ csv: string }>();
  const [result, setResult] = useState<UnitsImportResult | null>(null);
  const command = useCommand<{ csv: string }, UnitsImportResult>({
    path: '/units/import',
    form,
    invalidate: ['/units', '/my/units'],
    success: { vi: 'Đã nhập danh sách đơn vị.', en: 'The unit list was imported.' },
    onSuccess: setResult,
  });
  const problems = problemsOf(command.error);

  const readText = (csv: string) => {
    form.setFieldsValue({ csv });
    void form.validateFields(['csv']);
    command.reset();
    setResult(null);
  };

  return (
    <Modal
      open
      width={860}
      title={t('Nhập đơn vị hành chính từ CSV', 'Import administrative units from CSV')}
      onCancel={onClose}
      mask={{ closable: false }}
      data-testid="units-import-dialog"
      footer={[
        <Button key="close" onClick={onClose}>
          {t('Đóng', 'Close')}
        </Button>,
        <Button key="submit" type="primary" loading={command.isPending} onClick={() => form.submit()}>
          {t('Nhập', 'Import')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        {t(
          'Dòng tiêu đề: code,name,level,parentCode,validFrom[,validTo]. Ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd. Tệp được nhập toàn bộ hoặc không nhập gì; nhập lại cùng tệp không thay đổi gì.',
          'Header row: code,name,level,parentCode,validFrom[,validTo]. Dates as dd/mm/yyyy or yyyy-mm-dd. The file is imported whole or not at all; importing it again changes nothing.',
        )}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => command.mutate(v)}>
        <Form.Item label={t('Chọn tệp CSV', 'Choose a CSV file')} htmlFor="units-csv-file">
          <FilePicker id="units-csv-file" accept=".csv,text/csv,text/plain" onText={readText} />
        </Form.Item>
        <Form.Item
          name="csv"
          label={t('Nội dung CSV', 'CSV content')}
          rules={[required('Vui lòng chọn tệp hoặc dán nội dung CSV.', 'Choose a file or paste the CSV.')]}
        >
          <Input.TextArea
            rows={8}
            placeholder={EXAMPLE}
            style={{ fontFamily: 'monospace' }}
            spellCheck={false}
          />
        </Form.Item>
      </Form>
      {result && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t(
            `Đã nhập: ${result.created} đơn vị mới, ${result.changed} đơn vị thay đổi, ${result.unchanged} không đổi.`,
            `Imported: ${result.created} new, ${result.changed} changed, ${result.unchanged} unchanged.`,
          )}
          data-testid="units-import-result"
        />
      )}
      {problems.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t(`Các lỗi (${problems.length})`, `Problems (${problems.length})`)}
          </Typography.Title>
          <Table<UnitCsvProblem & { key: number }>
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: true, y: 280 }}
            dataSource={problems}
            data-testid="units-import-problems"
            columns={[
              { title: t('Dòng', 'Line'), dataIndex: 'line', width: 70 },
              { title: t('Cột', 'Field'), dataIndex: 'field', width: 110 },
              { title: 'Tiếng Việt', key: 'vi', render: (_, p) => p.messages.vi },
              { title: 'English', key: 'en', render: (_, p) => p.messages.en },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
