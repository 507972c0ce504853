import { Button, Drawer, Empty, Flex, Grid, Skeleton, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import type { UnitDetails, UnitVersion } from '../types';

/** A unit's dated versions, its lineage on the chosen date, and its children then. */
export function UnitDrawer({
  code,
  asOf,
  onClose,
  onOpenUnit,
}: {
  code: string;
  asOf: string;
  onClose(): void;
  onOpenUnit(code: string): void;
}) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const unit = useApiQuery<UnitDetails>(`/units/${encodeURIComponent(code)}`, { asOf });
  const data = unit.data;
  const current = data?.versions[data.versions.length - 1];

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      title={current ? `${current.name} (${code})` : code}
      data-testid="unit-drawer"
    >
      <ErrorAlert error={unit.error} />
      {unit.isLoading && <Skeleton active />}
      {data && (
        <>
          {data.ended && (
            <Tag color="red" style={{ marginBottom: 12 }}>
              {t('Đã kết thúc hiệu lực', 'Ended')}
            </Tag>
          )}
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t(`Trực thuộc (ngày ${formatDate(asOf)})`, `Lineage (on ${formatDate(asOf)})`)}
          </Typography.Title>
          {data.lineage.length === 0 ? (
            <Typography.Paragraph type="secondary">
              {t('Đơn vị không có hiệu lực vào ngày này.', 'The unit is not valid on this date.')}
            </Typography.Paragraph>
          ) : (
            <Flex
              wrap="wrap"
              gap={4}
              align="center"
              style={{ marginBottom: 16 }}
              aria-label={t('Trực thuộc', 'Lineage')}
            >
              {[...data.lineage].reverse().map((u, i) => (
                <span key={u.code}>
                  {i > 0 && <span aria-hidden> › </span>}
                  {u.code === code ? (
                    <Typography.Text strong>
                      {u.name} <Tag>{t(u.levelLabel)}</Tag>
                    </Typography.Text>
                  ) : (
                    <Button type="link" size="small" onClick={() => onOpenUnit(u.code)}>
                      {u.name}
                    </Button>
                  )}
                </span>
              ))}
            </Flex>
          )}

          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('Các phiên bản theo ngày', 'Dated versions')}
          </Typography.Title>
          <Table<UnitVersion>
            rowKey={(v) => `${v.validFrom}-${v.name}`}
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={data.versions}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('Tên', 'Name'), dataIndex: 'name' },
              {
                title: t('Cấp', 'Level'),
                dataIndex: 'levelLabel',
                render: (l: UnitVersion['levelLabel']) => t(l),
              },
              {
                title: t('Cấp trên', 'Parent'),
                dataIndex: 'parentCode',
                render: (p: string | null) => p ?? '—',
              },
              { title: t('Từ ngày', 'From'), dataIndex: 'validFrom', render: formatDate },
              {
                title: t('Đến ngày', 'To'),
                dataIndex: 'validTo',
                render: (d: string | null) => (d ? formatDate(d) : '—'),
              },
              {
                title: t('Đơn vị kế thừa', 'Successors'),
                dataIndex: 'successorCodes',
                render: (codes: string[]) => (codes.length ? codes.join(', ') : '—'),
              },
            ]}
          />

          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('Đơn vị cấp dưới', 'Units below')}
          </Typography.Title>
          {data.children.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('Không có đơn vị cấp dưới.', 'No units below.')}
            />
          ) : (
            <Flex wrap="wrap" gap={4}>
              {data.children.map((c) => (
                <Button key={c.code} size="small" onClick={() => onOpenUnit(c.code)}>
                  {c.name} ({c.code})
                </Button>
              ))}
            </Flex>
          )}
        </>
      )}
    </Drawer>
  );
}
