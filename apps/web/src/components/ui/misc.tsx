import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';

export const SERVICE_NAME = 'SEND Improvement Plan tracker';

/** Sets the page title GOV.UK style: "Error: Page – Service". */
export function usePageTitle(title: string | undefined, hasError = false) {
  useEffect(() => {
    if (title) document.title = `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasError]);
}

export function Details({ summary, children, open }: { summary: ReactNode; children: ReactNode; open?: boolean }) {
  return (
    <details className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  action?: ReactNode;
}

export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((r, i) => (
        <div className="govuk-summary-list__row" key={i}>
          <dt className="govuk-summary-list__key">{r.key}</dt>
          <dd className="govuk-summary-list__value">{r.value}</dd>
          {r.action && <dd className="govuk-summary-list__actions">{r.action}</dd>}
        </div>
      ))}
    </dl>
  );
}

export function NotificationBanner({ title = 'Important', success, children }: { title?: string; success?: boolean; children: ReactNode }) {
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {success ? 'Success' : title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

export function BackLink({ to, children = 'Back' }: { to: string; children?: ReactNode }) {
  return (
    <Link to={to} className="govuk-back-link">
      {children}
    </Link>
  );
}

export function Breadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li className="govuk-breadcrumbs__list-item" key={item.label}>
            {item.to ? (
              <Link className="govuk-breadcrumbs__link" to={item.to}>
                {item.label}
              </Link>
            ) : (
              item.label
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
