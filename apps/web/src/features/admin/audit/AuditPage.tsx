import { SearchOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime } from '../../../core/format';
import { useI18n, type Bilingual } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import { useRequired } from '../shared';
import type { AuditEntry, AuditResponse } from '../types';

type Kind = 'stream' | 'subject';

/** Friendly names for the events an auditor meets most; others show their type. */
const EVENT_LABELS: Record<string, Bilingual> = {
  PersonalDataViewed: { vi: 'Xem dữ liệu cá nhân', en: 'Personal data viewed' },
  PersonalDataErased: { vi: 'Xoá dữ liệu cá nhân', en: 'Personal data erased' },
  PlanAdopted: { vi: 'Ban hành kế hoạch', en: 'Plan adopted' },
  TargetAmended: { vi: 'Điều chỉnh chỉ tiêu', en: 'Target amended' },
  PlanWithdrawn: { vi: 'Bãi bỏ kế hoạch', en: 'Plan withdrawn' },
  IndicatorValueReported: { vi: 'Nhập số liệu chỉ tiêu', en: 'Indicator value reported' },
  OrgUnitCreated: { vi: 'Tạo đơn vị', en: 'Unit created' },
  OrgUnitRenamed: { vi: 'Đổi tên đơn vị', en: 'Unit renamed' },
  OrgUnitReparented: { vi: 'Đổi đơn vị cấp trên', en: 'Unit moved' },
  OrgUnitEnded: { vi: 'Kết thúc đơn vị', en: 'Unit ended' },
  UserCreated: { vi: 'Tạo người dùng', en: 'User created' },
  UserPasswordChanged: { vi: 'Đổi mật khẩu', en: 'Password changed' },
  RoleGranted: { vi: 'Cấp vai trò', en: 'Role granted' },
  RoleRevoked: { vi: 'Thu hồi vai trò', en: 'Role revoked' },
  UserDisabled: { vi: 'Khoá tài khoản', en: 'Account disabled' },
  UserEnabled: { vi: 'Mở khoá tài khoản', en: 'Account enabled' },
};

/** Who did what to a record, or to a person's data, and when. Asks only after the user submits. */
export function AuditPage() {
  const { t } = useI18n();
  const required = useRequired();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<{ kind: Kind; id: string }>();
  const streamId = params.get('stream');
  const subjectId = params.get('subject');
  const path = streamId
    ? `/audit/streams/${encodeURIComponent(streamId)}`
    : subjectId
      ? `/audit/subjects/${encodeURIComponent(subjectId)}`
      : null;
  const audit = useApiQuery<AuditResponse>(path);

  useEffect(() => {
    if (streamId) form.setFieldsValue({ kind: 'stream', id: streamId });
    else if (subjectId) form.setFieldsValue({ kind: 'subject', id: subjectId });
  }, [form, streamId, subjectId]);

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('Thời điểm ghi', 'Recorded at'), dataIndex: 'recordedAt', render: formatDateTime },
    { title: t('Ngày nghiệp vụ', 'Business date'), dataIndex: 'occurredOn', render: formatDate },
    {
      title: t('Việc', 'What'),
      dataIndex: 'type',
      render: (type: string, e) => (
        <Flex vertical>
          <span>{EVENT_LABELS[type] ? t(EVENT_LABELS[type]) : type}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {type}
            {e.purpose ? ` · ${t('mục đích', 'purpose')}: ${e.purpose}` : ''}
            {e.reason ? ` · ${t('lý do', 'reason')}: ${e.reason}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('Người thực hiện', 'Who'),
      dataIndex: 'actor',
      render: (actor: AuditEntry['actor']) => (
        <Flex vertical>
          <span>
            {actor.displayName ?? (actor.userId === 'system' ? t('Hệ thống', 'System') : actor.userId)}
          </span>
          {actor.displayName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {actor.userId}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('Đơn vị', 'Unit'), dataIndex: 'orgUnit' },
    {
      title: t('Hồ sơ', 'Record'),
      key: 'stream',
      render: (_, e) => (
        <Typography.Text code style={{ fontSize: 12 }}>
          {e.subjectStream ?? e.streamId} #{e.revision}
        </Typography.Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('Nhật ký truy cập', 'Audit trail')}
        crumbs={[{ title: t('Quản trị', 'Administration') }, { title: t('Nhật ký truy cập', 'Audit') }]}
      />
      <Form<{ kind: Kind; id: string }>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'stream' }}
        onFinish={(v) => setParams(v.kind === 'stream' ? { stream: v.id.trim() } : { subject: v.id.trim() })}
        data-testid="audit-form"
      >
        <Row gutter={16} align="top">
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('Tra cứu theo', 'Look up by')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'stream', label: t('Mã hồ sơ', 'Record id') },
                  { value: 'subject', label: t('Mã người', 'Person id') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={11}>
            <Form.Item
              name="id"
              label={t('Mã cần tra cứu', 'Id to look up')}
              extra={t(
                'Ví dụ: Plan-minh-tien-58-KH-UBND-2022, OrgUnit-XMT, JobSeeker-…',
                'E.g. Plan-minh-tien-58-KH-UBND-2022, OrgUnit-XMT, JobSeeker-…',
              )}
              rules={[
                required('Vui lòng nhập mã.', 'Enter an id.'),
                { whitespace: true, message: t('Vui lòng nhập mã.', 'Enter an id.') },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item label={<span aria-hidden>&nbsp;</span>} colon={false}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={audit.isFetching}>
                {t('Tra cứu', 'Look up')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ErrorAlert error={audit.error} />
      {audit.data?.subjectStreams && audit.data.subjectStreams.length > 0 && (
        <Flex wrap="wrap" gap={4} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {t('Hồ sơ của người này:', 'Records of this person:')}
          </Typography.Text>
          {audit.data.subjectStreams.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
        </Flex>
      )}
      {path && !audit.error && (
        <Table<AuditEntry>
          rowKey="eventId"
          size="middle"
          columns={columns}
          dataSource={audit.data?.entries ?? []}
          loading={audit.isLoading}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('Không có mục nào.', 'No entries.')} /> }}
          data-testid="audit-table"
        />
      )}
      {!path && (
        <Empty
          description={t(
            'Nhập mã hồ sơ hoặc mã người rồi bấm "Tra cứu".',
            'Enter a record or person id, then press "Look up".',
          )}
        />
      )}
    </>
  );
}
