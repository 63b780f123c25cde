import { Empty, QueryState } from '@/components/ui/page-state';
import { IllustrativeTag } from '@/components/ui/status-tag';
import { formatDate } from '@/lib/format';
import { useActionEvidence, type Evidence } from '../api';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)}MB`;
}

function EvidenceLink({ e }: { e: Evidence }) {
  if (e.file) {
    return (
      <a className="govuk-link" href={e.file.downloadUrl} download={e.file.name}>
        {e.title}
        <span className="govuk-visually-hidden">, download</span>
      </a>
    );
  }
  if (e.url) {
    return (
      <a className="govuk-link" href={e.url} rel="noreferrer noopener" target="_blank">
        {e.title} (opens in new tab)
      </a>
    );
  }
  return <>{e.title}</>;
}

/** An action's evidence: each item downloadable (files) or followable (links), and whether it shows impact. */
export function EvidenceList({ actionId }: { actionId: string }) {
  const evidence = useActionEvidence(actionId);
  return (
    <QueryState query={evidence} loadingLabel="Loading the evidence">
      {(items) =>
        items.length === 0 ? (
          <Empty>No evidence has been added yet.</Empty>
        ) : (
          <TableScroll label="Evidence">
            <table className="govuk-table">
              <caption className="govuk-visually-hidden">Evidence</caption>
              <TableHead columns={['Evidence', 'Type', 'Date', 'Shows impact on children and young people']} />
              <tbody className="govuk-table__body">
                {items.map((e) => (
                  <tr className="govuk-table__row" key={e.id}>
                    <td className="govuk-table__cell">
                      <EvidenceLink e={e} />
                      {e.illustrative && (
                        <>
                          {' '}
                          <IllustrativeTag />
                        </>
                      )}
                      {e.file && <span className="govuk-body-s app-block govuk-!-margin-bottom-0">{`${e.file.name}, ${size(e.file.sizeBytes)}`}</span>}
                      {e.description && <span className="govuk-body-s app-block govuk-!-margin-bottom-0">{e.description}</span>}
                    </td>
                    <td className="govuk-table__cell">{e.typeLabel}</td>
                    <td className="govuk-table__cell app-nowrap">{formatDate(e.date)}</td>
                    <td className="govuk-table__cell">{e.demonstratesImpact ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      }
    </QueryState>
  );
}
