import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Row, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { formatDate, formatNumber, formatVnd, searchKey } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { PROGRAMME_LABELS, STATUS_COLORS, STATUS_LABELS, wageText } from './labels';
import type { VacancyListItem, VacancyStatus } from './types';

type Kind = 'domestic' | 'abroad';

export function VacancyListPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [status, setStatus] = useState<VacancyStatus | undefined>('open');
  const [kind, setKind] = useState<Kind | undefined>();
  const [occupation, setOccupation] = useState('');
  const [text, setText] = useState('');
  const occupationFilter = /^\d{1,5}$/.test(occupation.trim()) ? occupation.trim() : undefined;
  const list = useApiQuery<VacancyListItem[]>('/vacancies', {
    status,
    occupation: occupationFilter,
    abroad: kind === undefined ? undefined : kind === 'abroad',
  });

  const rows = useMemo(() => {
    const key = searchKey(text);
    const all = list.data ?? [];
    return key ? all.filter((v) => searchKey(`${v.title} ${v.employerName ?? ''}`).includes(key)) : all;
  }, [list.data, text]);

  const columns: TableColumnsType<VacancyListItem> = [
    {
      title: t('Vị trí', 'Vacancy'),
      key: 'title',
      width: 230,
      render: (_v, r) => (
        <div>
          <Link to={`/vacancies/${r.vacancyId}`}>{r.title}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('Mã nghề', 'Occupation')} {r.occupationCode}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('Trạng thái', 'Status'),
      dataIndex: 'status',
      width: 110,
      render: (v: VacancyStatus) => <Tag color={STATUS_COLORS[v]}>{t(STATUS_LABELS[v])}</Tag>,
    },
    { title: t('Nhà tuyển dụng', 'Employer'), dataIndex: 'employerName', width: 180, render: (v: string | null) => v ?? '—' },
    {
      title: t('Loại', 'Kind'),
      key: 'kind',
      width: 140,
      render: (_v, r) =>
        r.abroad ? (
          <>
            <Tag color="purple">
              {t('Nước ngoài', 'Overseas')}: {r.country}
            </Tag>
            {r.programme && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t(PROGRAMME_LABELS[r.programme])}
              </Typography.Text>
            )}
          </>
        ) : (
          <Tag>{t('Trong nước', 'Domestic')}</Tag>
        ),
    },
    {
      title: t('Số lượng', 'Count'),
      key: 'count',
      width: 80,
      align: 'right',
      render: (_v, r) => (
        <span title={t('Đã tuyển / cần tuyển', 'Hired / wanted')}>
          {formatNumber(r.hired)}/{formatNumber(r.count)}
        </span>
      ),
    },
    { title: t('Đã giới thiệu', 'Referred'), dataIndex: 'referred', width: 80, align: 'right', render: (v: number) => formatNumber(v) },
    {
      title: t('Mức lương/tháng', 'Monthly wage'),
      key: 'wage',
      width: 160,
      render: (_v, r) => <span style={{ whiteSpace: 'nowrap' }}>{wageText(r.terms.wage, t, formatVnd)}</span>,
    },
    { title: t('Hạn nộp hồ sơ', 'Closing date'), dataIndex: 'closingDate', render: (v: string) => formatDate(v) },
  ];

  return (
    <>
      <PageHeader
        title={t('Vị trí việc làm', 'Vacancies')}
        extra={
          can('vacancies:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/vacancies/new')}>
              {t('Mở vị trí việc làm', 'Open a vacancy')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} lg={6}>
            <Input.Search
              allowClear
              aria-label={t('Tìm theo tên vị trí hoặc nhà tuyển dụng', 'Search by title or employer')}
              placeholder={t('Tìm vị trí, nhà tuyển dụng', 'Search title, employer')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Col>
          <Col xs={12} md={6} lg={5}>
            <Select<VacancyStatus>
              allowClear
              aria-label={t('Trạng thái', 'Status')}
              placeholder={t('Mọi trạng thái', 'Any status')}
              style={{ width: '100%' }}
              value={status}
              onChange={setStatus}
              options={(['open', 'filled', 'closed'] as const).map((s) => ({ value: s, label: t(STATUS_LABELS[s]) }))}
            />
          </Col>
          <Col xs={12} md={6} lg={5}>
            <Select<Kind>
              allowClear
              aria-label={t('Trong nước / nước ngoài', 'Domestic / overseas')}
              placeholder={t('Trong nước và nước ngoài', 'Domestic and overseas')}
              style={{ width: '100%' }}
              value={kind}
              onChange={setKind}
              options={[
                { value: 'domestic', label: t('Trong nước', 'Domestic') },
                { value: 'abroad', label: t('Đơn hàng nước ngoài', 'Overseas orders') },
              ]}
            />
          </Col>
          <Col xs={24} md={12} lg={5}>
            <Input
              allowClear
              inputMode="numeric"
              aria-label={t('Mã nghề hoặc nhóm nghề', 'Occupation code or group')}
              placeholder={t('Mã nghề (vd. 72)', 'Occupation code (e.g. 72)')}
              value={occupation}
              status={occupation && !occupationFilter ? 'error' : undefined}
              onChange={(e) => setOccupation(e.target.value)}
            />
          </Col>
          <Col xs={24} md={12} lg={3} style={{ display: 'flex', alignItems: 'center' }}>
            <Typography.Text type="secondary" aria-live="polite">
              {t(`${formatNumber(rows.length)} vị trí`, `${formatNumber(rows.length)} vacancies`)}
            </Typography.Text>
          </Col>
        </Row>
      </Card>
      <ErrorAlert error={list.error} />
      <Table<VacancyListItem>
        rowKey="vacancyId"
        size="middle"
        loading={list.isLoading}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1090 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('Không có vị trí việc làm nào', 'No vacancies')} /> }}
      />
    </>
  );
}
