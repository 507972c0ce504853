import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../core/api';
import { useI18n } from '../../../core/i18n';
import { useCommand } from '../../../core/query';
import type { AdoptResult } from '../types';
import { FilePicker } from '../shared';
import { Findings } from './Findings';

/** A small but complete adopt body, to start from. */
function template(unitCode: string): string {
  const year = new Date().getFullYear() + 1;
  return JSON.stringify(
    {
      planId: `${unitCode.toLowerCase()}-ke-hoach-${year}`,
      number: `01/KH-UBND`,
      adoptedOn: `${year - 1}-12-15`,
      unitCode,
      unitName: 'UBND xã …',
      title: `Kế hoạch thực hiện chương trình việc làm giai đoạn ${year}–${year + 4}`,
      legalBasis: ['Nghị quyết số …'],
      period: { fromYear: year, toYear: year + 4 },
      annexNumber: null,
      indicators: [
        {
          code: 'B1',
          printedIn: 'annex',
          name: { vi: 'Tạo việc làm mới', en: 'New jobs created' },
          unit: 'persons',
          kind: 'flow',
          comparator: '≥',
          observed: true,
          baseline: null,
          yearlyTargets: [0, 1, 2, 3, 4].map((i) => ({
            year: year + i,
            printed: '100',
            comparator: '≥',
            value: 100,
          })),
          statedPeriodTotal: { printed: '500', value: 500 },
          sectionTarget: null,
          orientation2030: null,
        },
      ],
    },
    null,
    2,
  );
}

/** Adopts a plan from the JSON of its adopt body (exactly as printed); shows the server's errors or findings. */
export function AdoptPlan({ unitCode, onClose }: { unitCode: string; onClose(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ json: string }>();
  const [result, setResult] = useState<AdoptResult | null>(null);
  const command = useCommand<unknown, AdoptResult>({
    path: '/plans',
    invalidate: ['/plans'],
    success: { vi: 'Đã ban hành kế hoạch.', en: 'The plan was adopted.' },
    onSuccess: setResult,
  });
  const fieldErrors = command.error instanceof ApiError ? command.error.fieldErrors : [];

  const readText = (json: string) => {
    form.setFieldsValue({ json });
    void form.validateFields(['json']);
    command.reset();
  };

  return (
    <Modal
      open
      width={860}
      title={t('Ban hành kế hoạch (nhập JSON)', 'Adopt a plan (JSON)')}
      onCancel={onClose}
      mask={{ closable: false }}
      data-testid="plan-adopt-dialog"
      footer={
        result ? (
          <Button type="primary" onClick={() => navigate(`/plans/${encodeURIComponent(result.planId)}`)}>
            {t('Mở kế hoạch', 'Open the plan')}
          </Button>
        ) : (
          <Flex justify="end" gap={8}>
            <Button onClick={onClose}>{t('Huỷ', 'Cancel')}</Button>
            <Button type="primary" loading={command.isPending} onClick={() => form.submit()}>
              {t('Ban hành', 'Adopt')}
            </Button>
          </Flex>
        )
      }
    >
      {result ? (
        <>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={t(`Đã ban hành kế hoạch ${result.planId}.`, `Plan ${result.planId} adopted.`)}
          />
          {result.findings.length === 0 ? (
            <Typography.Paragraph>
              {t('Không thấy điểm không nhất quán nào.', 'No inconsistencies found.')}
            </Typography.Paragraph>
          ) : (
            <Findings findings={result.findings} />
          )}
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t(
              'Nhập kế hoạch đúng như văn bản in (mỗi số liệu giữ nguyên chữ in bên cạnh giá trị). Hệ thống không tự sửa; các điểm không nhất quán sẽ được liệt kê sau khi ban hành.',
              'Enter the plan exactly as printed (each figure keeps its printed text beside its value). Nothing is corrected; inconsistencies are listed after adoption.',
            )}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(v) => command.mutate(JSON.parse(v.json) as unknown)}>
            <Form.Item label={t('Chọn tệp JSON', 'Choose a JSON file')} htmlFor="plan-json-file">
              <Flex gap={8} wrap="wrap" align="center">
                <FilePicker id="plan-json-file" accept=".json,application/json" onText={readText} />
                <Button size="small" onClick={() => form.setFieldsValue({ json: template(unitCode) })}>
                  {t('Điền mẫu', 'Fill in a template')}
                </Button>
              </Flex>
            </Form.Item>
            <Form.Item
              name="json"
              label={t('Nội dung kế hoạch (JSON)', 'Plan body (JSON)')}
              rules={[
                {
                  required: true,
                  message: t('Vui lòng chọn tệp hoặc dán nội dung JSON.', 'Choose a file or paste the JSON.'),
                },
                {
                  validator: (_, value: string | undefined) => {
                    if (!value) return Promise.resolve();
                    try {
                      const parsed: unknown = JSON.parse(value);
                      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                        return Promise.resolve();
                    } catch {
                      /* reported below */
                    }
                    return Promise.reject(
                      new Error(
                        t(
                          'Nội dung không phải một đối tượng JSON hợp lệ.',
                          'This is not a valid JSON object.',
                        ),
                      ),
                    );
                  },
                },
              ]}
            >
              <Input.TextArea
                rows={14}
                spellCheck={false}
                style={{ fontFamily: 'monospace', fontSize: 12 }}
              />
            </Form.Item>
          </Form>
          <ErrorAlert error={command.error} />
          {fieldErrors.length > 0 && (
            <ul data-testid="plan-adopt-errors">
              {fieldErrors.map((e, i) => (
                <li key={`${e.field}-${i}`}>
                  <Typography.Text code>{e.field}</Typography.Text> {t(e.messages)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Modal>
  );
}
