import { useState } from 'react';
import { Details, usePageTitle } from '@/components/ui/misc';
import { Empty, QueryState } from '@/components/ui/page-state';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { formatDateTime } from '@/lib/format';
import { useOutbox, type OutboxEmail } from '../api';
import { Pager } from './notifications';

const STATUS_LABELS: Record<OutboxEmail['status'], string> = {
  outbox: 'In the outbox (not sent)',
  queued: 'Waiting to be sent',
  sending: 'Being sent',
  retrying: 'Will be tried again',
  sent: 'Sent',
  failed: 'Failed',
};

/** Every email the service has sent or, with no mail server set up, would have sent: for administrators. */
export function OutboxRoute() {
  usePageTitle('Outbox');
  const [page, setPage] = useState(1);
  const outbox = useOutbox(page);
  return (
    <RequirePolicy policy="manageUsers">
      <h1 className="govuk-heading-l">Outbox</h1>
      <p className="govuk-body">
        Every email the service has sent, newest first, with how its delivery went. When no mail server is set up (no SMTP_URL), emails stay here
        instead of being sent.
      </p>
      <QueryState query={outbox} loadingLabel="Loading the outbox">
        {(data) =>
          data.total === 0 ? (
            <Empty>No emails yet.</Empty>
          ) : (
            <>
              <ul className="govuk-list">
                {data.items.map((email) => (
                  <li key={email.id} className="app-notification">
                    <h2 className="govuk-heading-s govuk-!-margin-bottom-1">{email.subject}</h2>
                    <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-1">
                      <Row label="To" value={email.to} />
                      <Row label="Written" value={formatDateTime(email.createdAt)} />
                      <Row label="Delivery" value={`${STATUS_LABELS[email.status]}${email.attempts > 1 ? ` after ${email.attempts} attempts` : ''}`} />
                      {email.lastResponse && <Row label="Mail server's answer" value={email.lastResponse} />}
                    </dl>
                    <Details summary={<>Read the email<span className="govuk-visually-hidden">: {email.subject}</span></>}>
                      <pre className="app-email-text">{email.text}</pre>
                    </Details>
                  </li>
                ))}
              </ul>
              <Pager page={page} total={data.total} pageSize={data.pageSize} onPage={setPage} />
            </>
          )
        }
      </QueryState>
    </RequirePolicy>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

export default OutboxRoute;
