import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Row, Select, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate, formatVnd } from '../../core/format';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { useGroups, useProgrammes, useVillageName } from './hooks';
import { STATUS, STATUSES } from './labels';
import { PersonName } from '../../components/PersonLink';
import { StatusTag, vndCell } from './parts';
import type { LoanStatus, LoanSummary } from './types';

/** The loans of the user's villages with filters kept in the address (so a link can share them). */
export function LoanListPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = {
    status: params.get('status') ?? undefined,
    programme: params.get('programme') ?? undefined,
    village: params.get('village') ?? undefined,
    group: params.get('group') ?? undefined,
  };
  const [pageSize, setPageSize] = useState(20);
  const query = useApiQuery<LoanSummary[]>('/loans', filter);
  const programmes = useProgrammes();
  const groups = useGroups(filter.village);
  const villageName = useVillageName();

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'village') next.delete('group');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('Khoản vay', 'Loans')}
        extra={
          can('loans:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/loans/new')}>
              {t('Nộp hồ sơ vay', 'Apply for a loan')}
            </Button>
          )
        }
      />
      <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={6}>
          <Select
            aria-label={t('Trạng thái', 'Status')}
            placeholder={t('Mọi trạng thái', 'Any status')}
            allowClear
            value={filter.status}
            onChange={(v) => set('status', v)}
            options={STATUSES.map((s) => ({ value: s, label: t(STATUS[s]) }))}
            style={{ width: '100%' }}
          />
        </Col>
        <Col xs={24} md={6}>
          <Select
            aria-label={t('Chương trình cho vay', 'Loan programme')}
            placeholder={t('Mọi chương trình', 'Any programme')}
            allowClear
            value={filter.programme}
            onChange={(v) => set('programme', v)}
            options={programmes.programmes.map((p) => ({ value: p.code, label: t(p.name) }))}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
        </Col>
        <Col xs={24} md={6}>
          <UnitSelect
            levels={['village']}
            aria-label={t('Thôn', 'Village')}
            placeholder={t('Mọi thôn', 'Any village')}
            allowClear
            value={filter.village}
            onChange={(v) => set('village', v)}
            style={{ width: '100%' }}
          />
        </Col>
        <Col xs={24} md={6}>
          <Select
            aria-label={t('Tổ TK&VV', 'Savings group')}
            placeholder={t('Mọi Tổ TK&VV', 'Any savings group')}
            allowClear
            value={filter.group}
            onChange={(v) => set('group', v)}
            options={groups.groups.map((g) => ({ value: g.groupId, label: g.name }))}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
        </Col>
      </Row>
      <ErrorAlert error={query.error} />
      <Table<LoanSummary>
        data-testid="loan-list"
        rowKey="loanId"
        size="small"
        loading={query.isLoading}
        dataSource={query.data ?? []}
        scroll={{ x: true }}
        pagination={{ pageSize, showSizeChanger: true, onShowSizeChange: (_, size) => setPageSize(size) }}
        locale={{ emptyText: t('Không có khoản vay nào', 'No loans') }}
        columns={[
          {
            title: t('Người vay', 'Borrower'),
            dataIndex: 'borrowerPersonId',
            render: (id: string, r) => <Link to={`/loans/${r.loanId}`}><PersonName id={id} /></Link>,
          },
          { title: t('Chương trình', 'Programme'), dataIndex: 'programmeCode', render: (c: string) => programmes.nameOf(c) },
          { title: t('Thôn', 'Village'), dataIndex: 'villageCode', render: (c: string) => villageName(c), responsive: ['md'] },
          { title: t('Tổ TK&VV', 'Savings group'), dataIndex: 'savingsGroupId', render: (g: string) => groups.nameOf(g), responsive: ['lg'] },
          { title: t('Trạng thái', 'Status'), dataIndex: 'status', render: (s: LoanStatus) => <StatusTag status={s} /> },
          {
            title: t('Ngày nộp', 'Applied on'),
            dataIndex: 'appliedOn',
            render: formatDate,
            sorter: (a, b) => a.appliedOn.localeCompare(b.appliedOn),
            defaultSortOrder: 'descend',
          },
          {
            title: t('Số tiền', 'Amount'),
            key: 'amount',
            responsive: ['md'],
            align: 'right',
            render: (_, r) => formatVnd(r.approvedAmount ?? r.requestedAmount),
          },
          {
            title: t('Dư nợ', 'Outstanding'),
            dataIndex: 'outstandingPrincipal',
            align: 'right',
            render: vndCell,
            sorter: (a, b) => a.outstandingPrincipal - b.outstandingPrincipal,
          },
        ]}
      />
    </>
  );
}
