import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  title: string;
  to?: string;
}

/** The page's one h1, optional breadcrumbs, and actions on the right. */
export function PageHeader({ title, crumbs, extra }: { title: ReactNode; crumbs?: Crumb[]; extra?: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      {crumbs && crumbs.length > 0 && (
        <Breadcrumb
          items={crumbs.map((c) => ({ title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title }))}
          style={{ marginBottom: 8 }}
        />
      )}
      <Flex justify="space-between" align="center" wrap="wrap" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
        {extra && <Flex gap={8} wrap="wrap">{extra}</Flex>}
      </Flex>
    </div>
  );
}
