import { screen } from '@testing-library/react';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import PublicSummaryPage from '../routes/public-page';

const PUBLISHED = {
  planId: 'p', versionNumber: 3, publishedAt: '2025-02-10T10:00:00Z',
  content: {
    schemaVersion: 1, localArea: { name: 'Plymouth', slug: 'plymouth' }, plan: { id: 'p', title: 'SEND Improvement Plan' }, asAt: '2025-02-10',
    headline: ['Our plan has 55 tasks.', '38 of them are done.'],
    progress: { actions: 55, complete: 38, onTrack: 10, needsWork: 4, notStarted: 3, impactEvidenced: 7, overdue: 2 },
    priorityAreas: [{ number: 1, title: 'Leadership and Governance', summary: 'There are 6 tasks in this part. All of them are done.' }],
    sinceLastBoard: { boardDate: '2025-02-05', sentences: ['Our board last met on 5 February 2025. Since then:', '2 tasks were finished.'] },
    youSaidWeDid: [{ youSaid: 'We wait too long to hear back.', weDid: 'We now reply within ten days.' }],
  },
};

const renderPage = (slug = 'plymouth') => renderWithProviders(<PublicSummaryPage />, { path: `/public/${slug}`, route: '/public/:localAreaSlug' });

describe('the public summary page', () => {
  it('reads the published summary by the local area in the address, with no sign-in, and offers it to print and as a PDF', async () => {
    stubApi(on('GET', '/api/public/local-areas/plymouth', { body: PUBLISHED }));
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'How our SEND plan is going' });
    expect(screen.getByText('Our plan has 55 tasks.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '1. Leadership and Governance' })).toBeInTheDocument();
    expect(screen.getByText('2 tasks were finished.')).toBeInTheDocument();
    expect(screen.getByText('We now reply within ten days.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Get this page as a PDF' })).toHaveAttribute('href', '/api/public/plans/p/summary.pdf');
    expect(screen.getByRole('button', { name: 'Print this page' })).toBeInTheDocument();
  });

  it('says plainly when nothing is published', async () => {
    stubApi(on('GET', '/api/public/local-areas/nowhere', { status: 404, body: { message: 'There is no published summary', errors: [] } }));
    renderPage('nowhere');
    await screen.findByText(/There is no summary to show here yet/);
  });
});
