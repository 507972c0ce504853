import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { DateField } from '../../components/DateField';
import { UnitSelect } from '../../components/UnitSelect';
import { fromIsoDate, toIsoDate } from '../../core/format';
import { useT } from '../../core/i18n';
import { MONTH_OPTIONS } from './labels';
import type { ReportKind, ReportParams } from './types';
import { recentYears } from './useReport';

interface Values {
  unit: string;
  kind: ReportKind;
  year: number;
  month: number;
  asKnownOn?: Dayjs | null;
}

/** Which report: unit, monthly or annual, the period, and optionally "as known on" a date. */
export function ReportFilters({
  initial,
  loading,
  onView,
}: {
  initial: ReportParams;
  loading: boolean;
  onView(params: ReportParams): void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const finish = (v: Values) =>
    onView({ unit: v.unit, kind: v.kind, year: v.year, month: v.kind === 'annual' ? 12 : v.month, asKnownOn: toIsoDate(v.asKnownOn) });
  return (
    <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={finish}
        initialValues={{ ...initial, asKnownOn: fromIsoDate(initial.asKnownOn) ?? null }}
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} sm={12} lg={5}>
            <Form.Item label={t('Đơn vị', 'Unit')} name="unit" rules={[{ required: true, message: t('Chọn đơn vị', 'Pick a unit') }]}>
              <UnitSelect />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={4}>
            <Form.Item label={t('Loại báo cáo', 'Kind')} name="kind">
              <Select
                options={[
                  { value: 'monthly', label: t('Báo cáo tháng', 'Monthly report') },
                  { value: 'annual', label: t('Báo cáo năm', 'Annual report') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <Form.Item label={t('Năm', 'Year')} name="year" rules={[{ required: true }]}>
              <Select options={recentYears(8).map((y) => ({ value: y, label: String(y) }))} />
            </Form.Item>
          </Col>
          {kind === 'monthly' && (
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('Tháng', 'Month')} name="month" rules={[{ required: true }]}>
                <Select options={MONTH_OPTIONS.map((m) => ({ value: m, label: String(m) }))} />
              </Form.Item>
            </Col>
          )}
          <Col xs={12} sm={12} lg={5}>
            <Form.Item
              label={t('Tính đến ngày', 'As known on')}
              name="asKnownOn"
              tooltip={t(
                'Để trống: số liệu mới nhất. Chọn ngày để xem báo cáo như đã biết vào ngày đó.',
                'Empty: the latest figures. Pick a day to see the report as it was known then.',
              )}
              rules={[
                {
                  validator: (_, v: Dayjs | null) =>
                    v && v.isAfter(dayjs(), 'day')
                      ? Promise.reject(new Error(t('Không chọn ngày trong tương lai', 'Pick a day not in the future')))
                      : Promise.resolve(),
                },
              ]}
            >
              <DateField allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item label={null}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={loading} block>
                {t('Xem báo cáo', 'View report')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
