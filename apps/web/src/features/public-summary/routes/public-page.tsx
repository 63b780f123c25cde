import { useParams } from 'react-router';
import { usePageTitle } from '@/components/ui/misc';
import { Loading } from '@/components/ui/page-state';
import { isApiError } from '@/lib/api-client';
import { usePublishedByLocalArea, publicSummaryPdfHref } from '../api';
import { SummaryView } from '../components/summary-view';

/**
 * The public page of a local area's plan, for anyone, without signing in: the latest summary its
 * plan managers published, easy to read and to print. It renders outside the signed-in layout.
 */
export default function PublicSummaryPage() {
  const { localAreaSlug = '' } = useParams();
  const summary = usePublishedByLocalArea(localAreaSlug);
  const content = summary.data?.content;
  usePageTitle(content ? `How our SEND plan is going – ${content.localArea.name}` : 'How our SEND plan is going');
  let body;
  if (summary.isPending) body = <Loading label="Loading the summary" />;
  else if (summary.error) {
    const missing = isApiError(summary.error) && summary.error.status === 404;
    body = (
      <>
        <h1 className="govuk-heading-xl">How our SEND plan is going</h1>
        <p className="govuk-body-l">
          {missing ? 'There is no summary to show here yet. Please check the web address, or come back later.' : 'Sorry, we cannot show the summary right now. Please try again later.'}
        </p>
      </>
    );
  } else {
    const s = summary.data;
    body = (
      <>
        <span className="govuk-caption-xl">{s.content.localArea.name}</span>
        <h1 className="govuk-heading-xl">How our SEND plan is going</h1>
        <p className="govuk-body-l">
          This page tells you how we are doing with our plan to make things better for children and young people with special needs, and for their
          families.
        </p>
        <p className="govuk-body app-no-print">
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-right-3 govuk-!-margin-bottom-0" onClick={() => window.print()}>
            Print this page
          </button>
          <a className="govuk-link" href={publicSummaryPdfHref(s.planId)}>
            Get this page as a PDF
          </a>
        </p>
        <SummaryView content={s.content} />
        <p className="govuk-body-s app-public-summary__version">
          Version {s.versionNumber}. We last updated this page on {new Date(s.publishedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })}.
        </p>
      </>
    );
  }
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header app-header app-no-print">
        <div className="govuk-header__container govuk-width-container app-header__container">
          <div className="govuk-header__logo">
            <span className="app-header__title">Local Area SEND Partnership</span>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper app-public" id="main-content" tabIndex={-1}>
          {body}
        </main>
      </div>
    </>
  );
}
