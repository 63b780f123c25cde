import { Link } from 'react-router';
import { Empty } from '@/components/ui/page-state';
import { IllustrativeTag, RagTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import type { VoiceItem } from '../api';
import { VoiceResponseForm } from './voice-response-form';

/** Who said it and where: "Parent carers, Plymouth Parent Carer Voice survey (40 respondents)". */
export function voiceSourceText(item: VoiceItem): string {
  const cohort = item.cohortSize ? ` (${item.cohortSize} ${item.cohortSize === 1 ? 'respondent' : 'respondents'})` : '';
  return `${item.voiceOfLabel}, ${item.sourceTitle || item.sourceLabel}${cohort}`;
}

/** What was done: the response with its state in words, or that none has been given. */
export function VoiceResponseCell({ item }: { item: VoiceItem }) {
  const r = item.response;
  if (!r) {
    return item.unanswered ? <RagTag rag="red" label="No response yet" /> : <span className="govuk-body-s">No response needed</span>;
  }
  return (
    <>
      <RagTag rag={r.status === 'done' ? 'green' : 'amber'} label={r.statusLabel} /> {r.illustrative && <IllustrativeTag />}
      <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-1">{r.whatChanged}</p>
      <p className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
        {formatDate(r.respondedOn)}, {r.respondedBy}
        {r.actions.length > 0 && (
          <>
            {'; through '}
            {r.actions.map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <Link className="govuk-link" to={paths.action.getHref(a.id)}>
                  {a.reference}
                </Link>
              </span>
            ))}
          </>
        )}
      </p>
    </>
  );
}

/** "You said, we did" as a table: what was heard, from whom, when, about which priorities, and what was done. */
/** `canRespond`: whether the reader's roles may give a response (the API still decides whose action it is). */
export function VoiceTable({ items, caption, empty, showPriorities = true, canRespond = false }: { items: VoiceItem[]; caption: string; empty: string; showPriorities?: boolean; canRespond?: boolean }) {
  if (items.length === 0) return <Empty>{empty}</Empty>;
  return (
    <TableScroll label={caption}>
      <table className="govuk-table app-voice-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              You said
            </th>
            <th scope="col" className="govuk-table__header">
              Heard
            </th>
            {showPriorities && (
              <th scope="col" className="govuk-table__header">
                Priority areas
              </th>
            )}
            <th scope="col" className="govuk-table__header">
              We did
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr className="govuk-table__row" key={item.id}>
              <td className="govuk-table__cell">
                <strong className="govuk-tag govuk-tag--grey">{item.kindLabel}</strong> {item.illustrative && <IllustrativeTag />}
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-1">{item.words}</p>
                <p className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{voiceSourceText(item)}</p>
              </td>
              <td className="govuk-table__cell">{formatDate(item.heardOn)}</td>
              {showPriorities && (
                <td className="govuk-table__cell">
                  {item.priorityAreas.length === 0
                    ? 'None linked'
                    : item.priorityAreas.map((p, i) => (
                        <span key={p.id}>
                          {i > 0 && ', '}
                          <Link className="govuk-link" to={paths.priority.getHref(p.id)}>
                            Priority {p.number}
                          </Link>
                        </span>
                      ))}
                </td>
              )}
              <td className="govuk-table__cell">
                <VoiceResponseCell item={item} />
                {canRespond && (item.kind !== 'strength' || item.response) && <VoiceResponseForm item={item} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
