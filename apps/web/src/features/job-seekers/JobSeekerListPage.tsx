import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Row, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { formatDate, formatNumber } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { LABOUR_STATUS, SEX, labelOf, optionsOf } from './labels';
import type { JobSeekerListItem, Page } from './types';
import { useVillageName } from './useVillageName';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface Filters {
  village?: string;
  status?: string;
  followUpDue?: string;
  closed?: string;
}

/** Job seekers in the user's units: accent-insensitive name search, filters, a link to each case. */
export function JobSeekerListPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const villageName = useVillageName();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [filters, setFilters] = useState<Filters>({ closed: 'false' });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  useEffect(() => setPage(1), [q, filters]);
  const query = useApiQuery<Page<JobSeekerListItem>>('/job-seekers', { ...filters, q, page, pageSize });
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));

  const columns: ColumnsType<JobSeekerListItem> = [
    {
      title: t('Họ và tên', 'Full name'),
      dataIndex: 'fullName',
      render: (_: string, row) =>
        row.personalDataErased ? (
          <Link to={`/job-seekers/${row.jobSeekerId}`}>
            {t('Đã xoá dữ liệu cá nhân', 'Personal data erased')}
          </Link>
        ) : (
          <Link to={`/job-seekers/${row.jobSeekerId}`}>{row.fullName}</Link>
        ),
    },
    { title: t('Giới tính', 'Sex'), dataIndex: 'sex', render: (v: string) => t(labelOf(SEX, v)) },
    { title: t('Thôn', 'Village'), dataIndex: 'villageCode', render: (v: string) => villageName(v) },
    {
      title: t('Tình trạng việc làm', 'Labour status'),
      dataIndex: 'labourStatus',
      render: (v: string, row) => (
        <>
          {t(labelOf(LABOUR_STATUS, v))}
          {row.closed && (
            <Tag style={{ marginLeft: 8 }} color="default">
              {t('Đã đóng', 'Closed')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('Hẹn theo dõi', 'Follow-up'), dataIndex: 'followUpOn', render: formatDate },
    {
      title: t('Số buổi tư vấn', 'Consultations'),
      dataIndex: 'consultations',
      align: 'right',
      render: formatNumber,
    },
    { title: t('Ngày đăng ký', 'Registered on'), dataIndex: 'registeredOn', render: formatDate },
  ];

  return (
    <>
      <PageHeader
        title={t('Người lao động', 'Job seekers')}
        extra={
          can('job-seekers:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/job-seekers/new')}>
              {t('Đăng ký người lao động', 'Register a job seeker')}
            </Button>
          )
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={12} lg={8}>
            <Input.Search
              allowClear
              aria-label={t('Tìm kiếm người lao động', 'Search job seekers')}
              placeholder={t('Tìm theo họ tên (không cần dấu)', 'Search by name (accents optional)')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <UnitSelect
              levels={['village']}
              allowClear
              aria-label={t('Lọc theo thôn', 'Filter by village')}
              placeholder={t('Thôn', 'Village')}
              style={{ width: '100%' }}
              value={filters.village}
              onChange={(v) => set({ village: v })}
            />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <Select
              allowClear
              aria-label={t('Lọc theo tình trạng việc làm', 'Filter by labour status')}
              placeholder={t('Tình trạng việc làm', 'Labour status')}
              style={{ width: '100%' }}
              value={filters.status}
              onChange={(v?: string) => set({ status: v })}
              options={optionsOf(LABOUR_STATUS, t)}
            />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <Select
              allowClear
              aria-label={t('Lọc theo lịch hẹn theo dõi', 'Filter by follow-up')}
              placeholder={t('Hẹn theo dõi', 'Follow-up')}
              style={{ width: '100%' }}
              value={filters.followUpDue}
              onChange={(v?: string) => set({ followUpDue: v })}
              options={[{ value: 'true', label: t('Đến hạn hoặc quá hạn', 'Due or overdue') }]}
            />
          </Col>
          <Col xs={12} md={6} lg={4}>
            <Select
              allowClear
              aria-label={t('Lọc theo trạng thái hồ sơ', 'Filter by case status')}
              placeholder={t('Trạng thái hồ sơ', 'Case status')}
              style={{ width: '100%' }}
              value={filters.closed}
              onChange={(v?: string) => set({ closed: v })}
              options={[
                { value: 'false', label: t('Đang mở', 'Open') },
                { value: 'true', label: t('Đã đóng', 'Closed') },
              ]}
            />
          </Col>
        </Row>
        <ErrorAlert error={query.error} />
        <Table<JobSeekerListItem>
          rowKey="jobSeekerId"
          loading={query.isFetching}
          columns={columns}
          dataSource={query.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('Không có người lao động nào', 'No job seekers')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: query.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t(`${formatNumber(total)} người`, `${formatNumber(total)} people`),
            onChange: (p, size) => {
              setPage(size !== pageSize ? 1 : p);
              setPageSize(size);
            },
          }}
        />
      </Card>
    </>
  );
}
