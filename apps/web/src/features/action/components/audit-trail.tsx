import { Empty, QueryState } from '@/components/ui/page-state';
import { formatDateTime } from '@/lib/format';
import { useAuditTrail } from '../api';
import { describeChanges } from '../history';

const VERBS: Record<string, string> = { create: 'Created', update: 'Changed', import: 'Imported', archive: 'Archived' };

/** Every recorded change to one record, newest first: who, when and what. */
export function AuditTrail({ entityType, entityId, heading = 'Audit trail' }: { entityType: string; entityId: string; heading?: string }) {
  const trail = useAuditTrail(entityType, entityId);
  return (
    <section aria-labelledby={`audit-${entityId}`}>
      <h2 className="govuk-heading-m" id={`audit-${entityId}`}>
        {heading}
      </h2>
      <QueryState query={trail} loadingLabel="Loading the audit trail">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No changes have been recorded.</Empty>
          ) : (
            <ol className="app-timeline" reversed>
              {page.items.map((e) => {
                const changes = describeChanges(e);
                return (
                  <li className="app-timeline__item" key={e.id}>
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      <strong>{VERBS[e.action] ?? e.action}</strong> by {e.actor.label}
                    </p>
                    <p className="govuk-body-s govuk-!-margin-bottom-1">{formatDateTime(e.occurredAt)}</p>
                    {changes.length > 0 && (
                      <ul className="govuk-list govuk-list--bullet govuk-body-s">
                        {changes.map((c) => (
                          <li key={c}>{c}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
