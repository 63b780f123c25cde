import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';

/** Shown while data loads: a status message screen readers announce, never a blank page. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      {label}…
    </p>
  );
}

/** A page or section that could not be loaded, in GOV.UK's words for each case. */
export function ErrorState({ error, onRetry, heading = false }: { error: unknown; onRetry?: () => void; heading?: boolean }) {
  const status = isApiError(error) ? error.status : undefined;
  const H = heading ? 'h1' : 'h2';
  const cls = heading ? 'govuk-heading-l' : 'govuk-heading-m';
  if (status === 404 && !heading) {
    return (
      <div className="app-state" role="alert">
        <p className="govuk-body">Sorry, this could not be found. It may have been removed.</p>
      </div>
    );
  }
  if (status === 404) {
    return (
      <div className="app-state" role="alert">
        <H className={cls}>Page not found</H>
        <p className="govuk-body">The record you are looking for does not exist, or it has been removed.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.home.getHref()}>
            Go to the dashboard
          </Link>
        </p>
      </div>
    );
  }
  if (status === 403) {
    return (
      <div className="app-state" role="alert">
        <H className={cls}>You cannot see this</H>
        <p className="govuk-body">Your account does not give you access to this. Ask your administrator if you need it.</p>
      </div>
    );
  }
  return (
    <div className="app-state" role="alert">
      <H className={cls}>Sorry, there is a problem with the service</H>
      <p className="govuk-body">{isApiError(error) && status !== 500 ? error.message : 'Try again later.'}</p>
      {onRetry && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="govuk-body app-empty">{children}</p>;
}

/** Renders a query's loading, error and data states in one place. */
export function QueryState<T>({
  query,
  loadingLabel,
  heading,
  children,
}: {
  query: UseQueryResult<T, Error>;
  loadingLabel?: string;
  heading?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} heading={heading} />;
  return <>{children(query.data)}</>;
}
