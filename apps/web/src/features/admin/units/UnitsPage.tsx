import { DownOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Dropdown, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, toIsoDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import type { UnitNode, UnitTreeResponse } from '../types';
import { UnitDialog, type UnitDialogKind } from './UnitDialogs';
import { UnitDrawer } from './UnitDrawer';
import { UnitsImport } from './UnitsImport';

type Row = Omit<UnitNode, 'children'> & { children?: Row[] };

/** antd shows an expand button for any `children` array: leaves get none. */
function rowsOf(nodes: UnitNode[]): Row[] {
  return nodes.map(({ children, ...unit }) =>
    children.length > 0 ? { ...unit, children: rowsOf(children) } : unit,
  );
}

function flatten(nodes: UnitNode[], into: UnitNode[] = []): UnitNode[] {
  for (const node of nodes) {
    into.push(node);
    flatten(node.children, into);
  }
  return into;
}

/** The unit tree valid on a date, with dated changes and the CSV import. */
export function UnitsPage() {
  const { t } = useI18n();
  const [date, setDate] = useState<Dayjs>(() => dayjs());
  const asOf = toIsoDate(date);
  const tree = useApiQuery<UnitTreeResponse>('/units', { asOf });
  const [open, setOpen] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: UnitDialogKind; unit?: UnitNode } | null>(null);
  const [importing, setImporting] = useState(false);

  const all = useMemo(() => flatten(tree.data?.units ?? []), [tree.data]);
  const rows = useMemo(() => rowsOf(tree.data?.units ?? []), [tree.data]);
  const byCode = useMemo(() => new Map(all.map((u) => [u.code, u])), [all]);

  const columns: TableColumnsType<Row> = [
    {
      title: t('Tên đơn vị', 'Unit name'),
      dataIndex: 'name',
      render: (name: string, unit) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(unit.code)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('Mã', 'Code'),
      dataIndex: 'code',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('Cấp', 'Level'),
      dataIndex: 'levelLabel',
      render: (label: Row['levelLabel']) => <Tag>{t(label)}</Tag>,
    },
    { title: t('Hiệu lực từ', 'Valid from'), dataIndex: 'validFrom', render: formatDate },
    {
      title: t('Đến', 'Until'),
      dataIndex: 'validTo',
      render: (d: string | null) => (d ? formatDate(d) : t('Đang hiệu lực', 'In force')),
    },
    {
      title: t('Thao tác', 'Actions'),
      key: 'actions',
      render: (_, row) => {
        const unit = byCode.get(row.code);
        if (!unit) return null;
        const items = [
          ...(unit.level !== 'village'
            ? [{ key: 'create', label: t('Thêm đơn vị cấp dưới', 'Add a unit below') }]
            : []),
          { key: 'rename', label: t('Đổi tên', 'Rename') },
          { key: 'reparent', label: t('Đổi đơn vị cấp trên', 'Move under another parent') },
          { key: 'end', label: t('Kết thúc hiệu lực', 'End'), danger: true },
        ];
        return (
          <Dropdown
            trigger={['click']}
            menu={{ items, onClick: ({ key }) => setDialog({ kind: key as UnitDialogKind, unit }) }}
          >
            <Button size="small" aria-label={t(`Thao tác với ${unit.name}`, `Actions for ${unit.name}`)}>
              {t('Thao tác', 'Actions')} <DownOutlined />
            </Button>
          </Dropdown>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('Đơn vị hành chính', 'Administrative units')}
        crumbs={[{ title: t('Quản trị', 'Administration') }, { title: t('Đơn vị hành chính', 'Units') }]}
        extra={
          <>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="units-import">
              {t('Nhập từ CSV', 'Import CSV')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'create' })}
              data-testid="units-create"
            >
              {t('Thêm đơn vị', 'Add a unit')}
            </Button>
          </>
        }
      />
      <Flex gap={12} align="center" wrap="wrap" style={{ marginBottom: 16 }}>
        <label htmlFor="units-as-of">{t('Cây đơn vị có hiệu lực ngày', 'Unit tree valid on')}</label>
        <div style={{ width: 180 }}>
          <DateField
            id="units-as-of"
            aria-label={t('Ngày hiệu lực', 'Valid on')}
            value={date}
            allowClear={false}
            onChange={(d) => {
              if (d && !Array.isArray(d)) setDate(d);
            }}
          />
        </div>
        {tree.data && (
          <Typography.Text type="secondary">
            {t(`${tree.data.count} đơn vị`, `${tree.data.count} units`)}
          </Typography.Text>
        )}
      </Flex>
      <ErrorAlert error={tree.error} />
      {tree.data && (
        <Table<Row>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={tree.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{ defaultExpandAllRows: true }}
          key={asOf /* re-expand after a date change */}
          locale={{
            emptyText: (
              <Empty
                description={t(
                  'Không có đơn vị nào có hiệu lực vào ngày này.',
                  'No unit is valid on this date.',
                )}
              />
            ),
          }}
          data-testid="units-tree"
        />
      )}
      {tree.isLoading && <Table rowKey="code" loading columns={columns} dataSource={[]} />}
      {open && <UnitDrawer code={open} asOf={asOf!} onClose={() => setOpen(null)} onOpenUnit={setOpen} />}
      {dialog && (
        <UnitDialog kind={dialog.kind} unit={dialog.unit} units={all} onClose={() => setDialog(null)} />
      )}
      {importing && <UnitsImport onClose={() => setImporting(false)} />}
    </>
  );
}
