import { useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Empty, ErrorState, Loading } from '@/components/ui/page-state';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';
import { liveReadinessPackHref, usePublishReadinessPack, useReadinessPacks, type ReadinessPack } from '../api';

const problemText = (error: unknown) =>
  isApiError(error) ? error.message : 'Sorry, there is a problem with the service. Try again later.';

/** The published monitoring evidence packs, newest first, each with its PDF and Word files. */
export function PublishedReadinessPacks({ planId, headingLevel = 3, intro }: { planId: string; headingLevel?: 2 | 3; intro?: string }) {
  const packs = useReadinessPacks(planId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (packs.isPending) return <Loading label="Loading the published packs" />;
  if (packs.isError) return <ErrorState error={packs.error} onRetry={() => void packs.refetch()} />;
  const published = packs.data.items.filter((p): p is ReadinessPack & { publishedAt: string } => p.state === 'published' && !!p.publishedAt);
  return (
    <>
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>Published monitoring evidence packs</Heading>
      {intro && <p className="govuk-body">{intro}</p>}
      {published.length === 0 ? (
        <Empty>No monitoring evidence pack has been published for this plan yet.</Empty>
      ) : (
        <TableScroll label="Published monitoring evidence packs">
          <table className="govuk-table app-table--dense">
            <caption className="govuk-table__caption govuk-table__caption--s">Published monitoring evidence packs, latest first. Published packs never change.</caption>
            <TableHead columns={['As at', 'Findings', 'Published', 'Download']} />
            <tbody className="govuk-table__body">
              {published.map((p) => (
                <tr className="govuk-table__row" key={p.id}>
                  <th scope="row" className="govuk-table__header">
                    {formatDate(p.asAt)}
                  </th>
                  <td className="govuk-table__cell">
                    {p.headline.findings} ({p.headline.findingsWithGaps} with gaps)
                  </td>
                  <td className="govuk-table__cell">
                    {formatDateTime(p.publishedAt)}
                    {p.publishedBy?.label ? ` by ${p.publishedBy.label}` : ''}
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {p.files.map((f) => (
                        <li key={f.name}>
                          <a className="govuk-link" href={f.url} download>
                            {f.name.endsWith('.pdf') ? 'PDF' : 'Word'}
                            <span className="govuk-visually-hidden"> of the pack as at {formatDate(p.asAt)}</span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/**
 * The monitoring evidence pack on the readiness page: today's (or the chosen day's) pack to download
 * as a draft, publishing it for plan managers, and the versions already published.
 */
export function ReadinessPackSection({ planId, asAt, canPublish }: { planId: string; asAt?: string; canPublish: boolean }) {
  const publish = usePublishReadinessPack(planId);
  const [confirming, setConfirming] = useState(false);
  const day = asAt ? `as at ${formatDate(asAt)}` : 'as it stands today';
  return (
    <section aria-labelledby="readiness-pack-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="readiness-pack-heading">
        Monitoring evidence pack
      </h2>
      <p className="govuk-body">
        The document to hand to a monitoring visit or the six-monthly review with the Department for Education and NHS England: each finding
        with what the inspection said, what has been done, the evidence of impact, the measures, what families have said and the
        self-evaluation, with its judgement and gaps. It names evidence in full: it is for the partnership and its advisers, not for
        publication.
      </p>
      <h3 className="govuk-heading-s">Download the pack {day} (draft)</h3>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={liveReadinessPackHref(planId, 'pdf', asAt)} download>
            Monitoring evidence pack (PDF)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={liveReadinessPackHref(planId, 'docx', asAt)} download>
            Monitoring evidence pack (Word, .docx)
          </a>
        </li>
      </ul>
      {canPublish && (
        <>
          {publish.error && <ErrorSummary errors={[]} title="The pack could not be published" description={problemText(publish.error)} />}
          <p className="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite">
            {publish.isPending ? 'Publishing the pack…' : publish.isSuccess ? `The pack as at ${formatDate(publish.data.asAt)} is published.` : ''}
          </p>
          {confirming ? (
            <div className="govuk-inset-text">
              <p className="govuk-body">
                Publishing keeps the pack {day} exactly as it is now, in PDF and Word. It cannot be changed afterwards; scrutiny members can read it.
              </p>
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button"
                  disabled={publish.isPending}
                  onClick={() => {
                    publish.mutate(asAt, { onSettled: () => setConfirming(false) });
                  }}
                >
                  Yes, publish the pack
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={publish.isPending}
              onClick={() => {
                publish.reset();
                setConfirming(true);
              }}
            >
              Publish the pack {day}
            </button>
          )}
        </>
      )}
      <PublishedReadinessPacks planId={planId} />
    </section>
  );
}
