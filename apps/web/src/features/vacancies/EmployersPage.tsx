import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Empty, Form, Input, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { formatDate, formatNumber, searchKey, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { CommandModal } from '../../components/CommandModal';
import { useEmployers } from './hooks';
import type { EmployerListItem } from './types';

interface EmployerValues {
  name: string;
  taxCode?: string;
  address: string;
  unitCode: string;
  contact: { person: string; phone: string; email?: string };
  licensed?: boolean;
  overseasLicence?: { licenceNo: string; issuedOn: Dayjs };
}

function RegisterEmployerModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return open ? <RegisterEmployerForm onClose={onClose} /> : null;
}

function RegisterEmployerForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { homeUnit } = useAuth();
  const [form] = Form.useForm<EmployerValues>();
  const licensed = Form.useWatch('licensed', form);
  const required = (vi: string, en: string) => ({ required: true, whitespace: true, message: t(vi, en) });
  return (
    <CommandModal<EmployerValues>
      title={t('Đăng ký nhà tuyển dụng', 'Register an employer')}
      path="/employers"
      invalidate={['/employers']}
      success={{ vi: 'Đã đăng ký nhà tuyển dụng', en: 'Employer registered' }}
      onClose={onClose}
      form={form}
      width={720}
      initialValues={{ unitCode: homeUnit ?? undefined }}
      toBody={(v) => ({
        name: v.name.trim(),
        taxCode: v.taxCode?.trim() || null,
        address: v.address.trim(),
        unitCode: v.unitCode,
        contact: { person: v.contact.person.trim(), phone: v.contact.phone.trim(), email: v.contact.email?.trim() || null },
        overseasLicence:
          v.licensed && v.overseasLicence
            ? { licenceNo: v.overseasLicence.licenceNo.trim(), issuedOn: toIsoDate(v.overseasLicence.issuedOn) }
            : null,
      })}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item label={t('Tên nhà tuyển dụng', 'Employer name')} name="name" rules={[required('Nhập tên', 'Enter the name'), { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('Mã số thuế', 'Tax code')}
            name="taxCode"
            rules={[{ pattern: /^\d{10}(-?\d{3})?$/, message: t('Mã số thuế gồm 10 hoặc 13 chữ số', 'A tax code has 10 or 13 digits') }]}
          >
            <Input inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label={t('Địa chỉ', 'Address')} name="address" rules={[required('Nhập địa chỉ', 'Enter the address'), { max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('Đơn vị quản lý', 'Recorded under unit')} name="unitCode" rules={[required('Chọn đơn vị', 'Pick the unit')]}>
            <UnitSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('Người liên hệ', 'Contact person')} name={['contact', 'person']} rules={[required('Nhập người liên hệ', 'Enter the contact person'), { max: 120 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('Số điện thoại', 'Phone')}
            name={['contact', 'phone']}
            rules={[
              required('Nhập số điện thoại', 'Enter the phone number'),
              { pattern: /^\+?[0-9 .-]{8,15}$/, message: t('Số điện thoại không hợp lệ', 'Not a valid phone number') },
            ]}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('Thư điện tử', 'Email')} name={['contact', 'email']} rules={[{ type: 'email', message: t('Email không hợp lệ', 'Not a valid email') }]}>
            <Input inputMode="email" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label={t('Dịch vụ đưa người lao động đi làm việc ở nước ngoài', 'Overseas placement')} name="licensed" valuePropName="checked">
            <Checkbox>{t('Doanh nghiệp có giấy phép (Luật 69/2020/QH14)', 'Licensed placement enterprise (Law 69/2020/QH14)')}</Checkbox>
          </Form.Item>
        </Col>
        {licensed && (
          <>
            <Col xs={24} md={12}>
              <Form.Item label={t('Số giấy phép', 'Licence number')} name={['overseasLicence', 'licenceNo']} rules={[required('Nhập số giấy phép', 'Enter the licence number')]}>
                <Input placeholder="123/LĐTBXH-GP" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('Ngày cấp', 'Issued on')} name={['overseasLicence', 'issuedOn']} rules={[{ required: true, message: t('Chọn ngày cấp', 'Pick the date') }]}>
                <DateField />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </CommandModal>
  );
}

export function EmployersPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const employers = useEmployers();
  const [text, setText] = useState('');
  const [registering, setRegistering] = useState(false);
  const rows = useMemo(() => {
    const key = searchKey(text);
    const all = employers.data ?? [];
    return key ? all.filter((e) => searchKey(`${e.name} ${e.taxCode ?? ''} ${e.address}`).includes(key)) : all;
  }, [employers.data, text]);

  const columns: TableColumnsType<EmployerListItem> = [
    { title: t('Tên nhà tuyển dụng', 'Employer'), dataIndex: 'name', width: 240, render: (v: string) => <strong>{v}</strong> },
    { title: t('Mã số thuế', 'Tax code'), dataIndex: 'taxCode', render: (v: string | null) => v ?? '—' },
    { title: t('Địa chỉ', 'Address'), dataIndex: 'address' },
    {
      title: t('Liên hệ', 'Contact'),
      key: 'contact',
      render: (_v, r) =>
        r.contact ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {r.contact.person}
            <br />
            <a href={`tel:${r.contact.phone.replace(/[^+\d]/g, '')}`}>{r.contact.phone}</a>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('Giấy phép XKLĐ', 'Placement licence'),
      dataIndex: 'overseasLicenceNo',
      render: (v: string | null) => (v ? <Tag color="purple">{v}</Tag> : '—'),
    },
    { title: t('Đơn vị', 'Unit'), dataIndex: 'unitCode' },
    { title: t('Ngày đăng ký', 'Registered on'), dataIndex: 'registeredOn', render: (v: string) => formatDate(v) },
  ];

  return (
    <>
      <PageHeader
        title={t('Nhà tuyển dụng', 'Employers')}
        extra={
          can('vacancies:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('Đăng ký nhà tuyển dụng', 'Register an employer')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={12} lg={8}>
            <Input.Search
              allowClear
              aria-label={t('Tìm nhà tuyển dụng', 'Search employers')}
              placeholder={t('Tên, mã số thuế, địa chỉ', 'Name, tax code, address')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Col>
          <Col>
            <Typography.Text type="secondary" aria-live="polite">
              {t(`${formatNumber(rows.length)} nhà tuyển dụng`, `${formatNumber(rows.length)} employers`)}
            </Typography.Text>
          </Col>
        </Row>
      </Card>
      <ErrorAlert error={employers.error} />
      <Table<EmployerListItem>
        rowKey="employerId"
        loading={employers.isLoading}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('Chưa có nhà tuyển dụng nào', 'No employers yet')} /> }}
      />
      {can('vacancies:write') && <RegisterEmployerModal open={registering} onClose={() => setRegistering(false)} />}
    </>
  );
}
