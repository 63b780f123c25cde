import { SummaryList } from '@/components/ui/misc';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { formatDate, formatDateTime } from '@/lib/format';
import type { StatusUpdate } from '../api';
import { UpdateStateTag } from './update-tag';

const EVENT_WORDS: Record<string, string> = { edit: 'Edited', submit: 'Submitted', approve: 'Approved', return: 'Returned' };

/** What an update says, and its moderation: who did what when, with the moderator's comments. */
export function UpdateSummary({ update: u }: { update: StatusUpdate }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: 'State', value: <UpdateStateTag state={u.state} /> },
          { key: 'Period', value: `${u.period.title} (updates due ${formatDate(u.period.updateDeadline)})` },
          {
            key: 'Proposed delivery status',
            value: (
              <>
                <DeliveryStatusTag status={u.proposedDeliveryStatus} />
                {u.proposedDeliveryStatus !== u.action.deliveryStatus && (
                  <span className="govuk-body-s app-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    Official status now: <DeliveryStatusTag status={u.action.deliveryStatus} />
                  </span>
                )}
              </>
            ),
          },
          {
            key: 'Proposed impact status',
            value: (
              <>
                <ImpactStatusTag status={u.proposedImpactStatus} />
                {u.proposedImpactStatus !== u.action.impactStatus && (
                  <span className="govuk-body-s app-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    Official status now: <ImpactStatusTag status={u.action.impactStatus} />
                  </span>
                )}
              </>
            ),
          },
          { key: 'Progress this period', value: <p className="govuk-body app-prewrap">{u.narrative || 'Not written yet'}</p> },
          { key: 'Next steps', value: <p className="govuk-body app-prewrap">{u.nextSteps || 'None given'}</p> },
          { key: 'Risks and blockers', value: <p className="govuk-body app-prewrap">{u.risks || 'None given'}</p> },
          {
            key: 'Evidence',
            value: u.evidence.length ? (
              <ul className="govuk-list">
                {u.evidence.map((e) => (
                  <li key={e.id}>
                    {e.file ? (
                      <a className="govuk-link" href={e.file.downloadUrl} download={e.file.name}>
                        {e.title}
                        <span className="govuk-visually-hidden">, download</span>
                      </a>
                    ) : e.url ? (
                      <a className="govuk-link" href={e.url} rel="noreferrer noopener" target="_blank">
                        {e.title}
                        <span className="govuk-visually-hidden"> (opens in a new tab)</span>
                      </a>
                    ) : (
                      e.title
                    )}
                    {e.demonstratesImpact ? ' (shows impact on children and young people)' : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'None linked'
            ),
          },
          { key: 'Written by', value: u.author.label },
        ]}
      />
      {u.moderatorComment && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Moderator’s comment</h2>
          <p className="govuk-body app-prewrap">{u.moderatorComment}</p>
        </div>
      )}
      {u.transitions && u.transitions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">History</h2>
          <ol className="app-timeline">
            {u.transitions.map((t, i) => (
              <li className="app-timeline__item" key={i}>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>{EVENT_WORDS[t.event] ?? t.event}</strong> by {t.by.label}
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">{formatDateTime(t.at)}</p>
                {t.comment && <p className="govuk-body app-prewrap">“{t.comment}”</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
