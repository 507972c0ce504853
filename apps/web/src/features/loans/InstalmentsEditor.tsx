import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, InputNumber, Row, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { formatVnd } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { MoneyInput } from '../../components/MoneyInput';
import { wholeVndRule } from './parts';
import type { Frequency } from './types';

export interface InstalmentRow {
  number: number;
  dueDate: Dayjs;
  principal: number;
  interest: number;
}

/**
 * Equal principal instalments (dư nợ giảm dần) of `outstanding` from `first`, interest estimated with
 * the README's rule: outstanding × rate (bp) × days ÷ 3 650 000, truncated. The user may edit every row.
 */
export function equalPrincipalRows(
  outstanding: number,
  count: number,
  first: Dayjs,
  frequency: Frequency,
  rateBasisPoints: number,
  from: Dayjs,
): InstalmentRow[] {
  const step = frequency === 'quarterly' ? 3 : 1;
  const base = Math.floor(outstanding / count);
  const rows: InstalmentRow[] = [];
  let remaining = outstanding;
  let previous = from;
  for (let i = 0; i < count; i++) {
    const dueDate = first.add(i * step, 'month');
    const principal = i === count - 1 ? remaining : base;
    const days = Math.max(0, dueDate.diff(previous, 'day'));
    const interest = Number((BigInt(remaining) * BigInt(rateBasisPoints) * BigInt(days)) / 3_650_000n);
    rows.push({ number: i + 1, dueDate, principal, interest });
    remaining -= principal;
    previous = dueDate;
  }
  return rows;
}

/** The instalments of a schedule as a Form.List named `instalments`, with a generator. */
export function InstalmentsEditor({
  form,
  outstanding,
  rateBasisPoints,
}: {
  form: FormInstance;
  outstanding: number;
  rateBasisPoints: number;
}) {
  const { t } = useI18n();
  const [count, setCount] = useState<number | null>(12);
  const rows = (Form.useWatch('instalments', form) ?? []) as Partial<InstalmentRow>[];
  const total = rows.reduce((sum, r) => sum + (Number(r?.principal) || 0), 0);

  const generate = () => {
    const frequency = (form.getFieldValue('frequency') as Frequency | undefined) ?? 'monthly';
    const first = (form.getFieldValue('firstDueDate') as Dayjs | undefined) ?? dayjs().add(frequency === 'quarterly' ? 3 : 1, 'month');
    form.setFieldValue('instalments', equalPrincipalRows(outstanding, count ?? 1, first, frequency, rateBasisPoints, dayjs()));
  };

  return (
    <>
      <Flex gap={8} align="end" wrap="wrap" style={{ marginBottom: 12 }}>
        <Form.Item label={t('Số kỳ', 'Instalments')} style={{ marginBottom: 0 }} htmlFor="instalment-count">
          <InputNumber<number> id="instalment-count" min={1} max={600} precision={0} value={count} onChange={setCount} />
        </Form.Item>
        <Button icon={<ThunderboltOutlined />} onClick={generate}>
          {t('Chia đều gốc', 'Split principal equally')}
        </Button>
        <Typography.Text type={total === outstanding ? 'success' : 'warning'}>
          {t(`Tổng gốc ${formatVnd(total)} / dư nợ ${formatVnd(outstanding)}`, `Principal ${formatVnd(total)} of ${formatVnd(outstanding)} outstanding`)}
        </Typography.Text>
      </Flex>
      <Form.List
        name="instalments"
        rules={[
          {
            validator: async (_, value: unknown[] | undefined) => {
              if (!value || value.length === 0) throw new Error(t('Cần ít nhất một kỳ trả nợ', 'At least one instalment is needed'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="bottom">
                <Col xs={4} md={3}>
                  <Form.Item name={[field.name, 'number']} label={t('Kỳ', 'No.')} rules={[{ required: true, message: t('Bắt buộc', 'Required') }]}>
                    <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={7}>
                  <Form.Item name={[field.name, 'dueDate']} label={t('Ngày đến hạn', 'Due date')} rules={[{ required: true, message: t('Bắt buộc', 'Required') }]}>
                    <DateField />
                  </Form.Item>
                </Col>
                <Col xs={11} md={6}>
                  <Form.Item name={[field.name, 'principal']} label={t('Gốc', 'Principal')} rules={[{ required: true, message: t('Bắt buộc', 'Required') }, wholeVndRule(t, 0)]}>
                    <MoneyInput />
                  </Form.Item>
                </Col>
                <Col xs={11} md={6}>
                  <Form.Item name={[field.name, 'interest']} label={t('Lãi dự kiến', 'Interest')} rules={[{ required: true, message: t('Bắt buộc', 'Required') }, wholeVndRule(t, 0)]}>
                    <MoneyInput />
                  </Form.Item>
                </Col>
                <Col xs={2} md={2}>
                  <Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t(`Xoá kỳ ${index + 1}`, `Remove instalment ${index + 1}`)}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Form.Item>
              <Button icon={<PlusOutlined />} onClick={() => add({ number: fields.length + 1, interest: 0 })}>
                {t('Thêm kỳ', 'Add instalment')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}

/** Form rows → the API's instalments. */
export const instalmentsBody = (rows: InstalmentRow[] | undefined) =>
  (rows ?? []).map((r) => ({ number: r.number, dueDate: r.dueDate.format('YYYY-MM-DD'), principal: r.principal, interest: r.interest }));
