import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title (the one h1), a sentence saying what it is for, and its actions. */
export function PageHeading({ title, subtitle, extra }: { title: string; subtitle?: string; extra?: ReactNode }) {
  return (
    <div className="kq-page-heading">
      <div>
        <Typography.Title level={1} className="kq-page-heading__title">
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Paragraph type="secondary" className="kq-page-heading__subtitle">
            {subtitle}
          </Typography.Paragraph>
        )}
      </div>
      {extra && <div className="kq-page-heading__extra">{extra}</div>}
    </div>
  );
}
