import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { WarningText } from '@/components/ui/misc';
import { Empty } from '@/components/ui/page-state';
import { RagTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { boardPackHref, useGeneratePack, usePublishPack, useRegeneratePack, type Pack } from '../api';

function problemText(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 409) return `${error.message} The list of packs has been refreshed: check the preview again before you publish.`;
    return error.message;
  }
  return 'Sorry, there is a problem with the service. Try again later.';
}

/**
 * A meeting's packs and what the plan manager can do with them: generate a draft, regenerate it,
 * and publish it after a confirmation (a published pack is final). Progress and outcomes are
 * announced in a live region that is always on the page, so screen readers hear each change.
 */
export function PackPanel({
  meetingId,
  packs,
  previewId,
  canManage,
  onPreview,
}: {
  meetingId: string;
  packs: Pack[];
  previewId: string | undefined;
  canManage: boolean;
  onPreview: (packId: string) => void;
}) {
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const generate = useGeneratePack(meetingId, {
    onSuccess: (pack) => {
      setMessage(`The draft pack was generated on ${formatDateTime(pack.generatedAt)}. Check the preview below before you publish it.`);
      onPreview(pack.id);
    },
  });
  const regenerate = useRegeneratePack({
    onSuccess: (pack) => {
      setMessage(`The draft pack was generated again on ${formatDateTime(pack.generatedAt)}. Check the preview below before you publish it.`);
      onPreview(pack.id);
    },
  });
  const publish = usePublishPack({
    onSuccess: (pack) => {
      setConfirming(false);
      setMessage(
        `The pack was published on ${formatDateTime(pack.publishedAt ?? pack.generatedAt)}. It is final and can no longer be changed.${
          pack.state === 'publishing' ? ' Its files are being prepared: they can be downloaded here in a minute or so.' : ''
        }`,
      );
      onPreview(pack.id);
    },
  });
  const draft = packs.find((p) => p.state === 'draft');
  const busy = generate.isPending || regenerate.isPending || publish.isPending;
  const failed = generate.error ?? regenerate.error ?? publish.error;
  const status = generate.isPending || regenerate.isPending ? 'Generating the pack…' : publish.isPending ? 'Publishing the pack…' : message;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const reset = () => {
    generate.reset();
    regenerate.reset();
    publish.reset();
    setMessage('');
  };

  return (
    <section aria-labelledby="packs-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="packs-heading">
        Packs
      </h2>
      {failed && <ErrorSummary errors={[]} title="The pack could not be changed" description={problemText(failed)} />}
      <p className="govuk-body govuk-!-font-weight-bold app-live" role="status" aria-live="polite">
        {status}
      </p>
      {canManage && !confirming && (
        <div className="govuk-button-group">
          {draft ? (
            <>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                disabled={busy}
                aria-disabled={busy || undefined}
                onClick={() => {
                  reset();
                  regenerate.mutate(draft);
                }}
              >
                Regenerate the draft
              </button>
              <button
                type="button"
                className="govuk-button"
                disabled={busy}
                aria-disabled={busy || undefined}
                onClick={() => {
                  reset();
                  onPreview(draft.id);
                  setConfirming(true);
                }}
              >
                Publish the draft
              </button>
            </>
          ) : (
            <button
              type="button"
              className="govuk-button"
              disabled={busy}
              aria-disabled={busy || undefined}
              onClick={() => {
                reset();
                generate.mutate();
              }}
            >
              {packs.length > 0 ? 'Generate a new draft pack' : 'Generate the pack'}
            </button>
          )}
        </div>
      )}
      {canManage && confirming && draft && (
        <div className="govuk-!-margin-bottom-6 app-confirm">
          <h3 className="govuk-heading-m" tabIndex={-1} ref={confirmRef}>
            Publish the draft pack generated {formatDateTime(draft.generatedAt)}?
          </h3>
          <WarningText>
            Once published, the pack is final: it cannot be regenerated or changed, and scrutiny members and everyone who reads the plan can see it. Check the preview
            below first.
          </WarningText>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--warning" disabled={busy} aria-disabled={busy || undefined} onClick={() => publish.mutate(draft)}>
              Yes, publish the pack
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {packs.length === 0 ? (
        <Empty>No pack has been generated for this meeting yet.</Empty>
      ) : (
        <TableScroll label="Packs of this meeting">
          <table className="govuk-table app-table--dense">
            <caption className="govuk-table__caption govuk-table__caption--s">Packs of this meeting, newest first</caption>
            <TableHead columns={['State', 'Generated', 'Published', 'Files']} />
            <tbody className="govuk-table__body">
              {packs.map((p) => (
                <tr className="govuk-table__row" key={p.id}>
                  <td className="govuk-table__cell">
                    <RagTag rag={p.state === 'published' ? 'blue' : 'grey'} label={p.stateLabel} />
                  </td>
                  <td className="govuk-table__cell">
                    {formatDateTime(p.generatedAt)}
                    <span className="app-block govuk-body-s govuk-!-margin-bottom-0">by {p.generatedBy.label ?? 'an unknown user'}</span>
                  </td>
                  <td className="govuk-table__cell">
                    {p.publishedAt ? (
                      <>
                        {formatDateTime(p.publishedAt)}
                        <span className="app-block govuk-body-s govuk-!-margin-bottom-0">by {p.publishedBy?.label ?? 'an unknown user'}</span>
                      </>
                    ) : (
                      'Not published'
                    )}
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      <li>
                        {p.id === previewId ? (
                          <span className="govuk-body-s">Shown below</span>
                        ) : (
                          <Link className="govuk-link" to={paths.meeting.getHref(meetingId, p.id)} replace>
                            Preview<span className="govuk-visually-hidden"> the {p.stateLabel.toLowerCase()} pack generated {formatDateTime(p.generatedAt)}</span>
                          </Link>
                        )}
                      </li>
                      <li>
                        {p.state === 'publishing' ? (
                          <span className="govuk-body-s">Files being prepared</span>
                        ) : (
                          <a className="govuk-link" href={boardPackHref(p.id)} download>
                            Download the board pack (PDF)
                            <span className="govuk-visually-hidden">, {p.stateLabel.toLowerCase()}, generated {formatDateTime(p.generatedAt)}</span>
                          </a>
                        )}
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
