import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { ReportsRoute } from '../routes/reports';
import { PLAN_ID, PUBLISHED, page, user } from './fixtures';

const renderReports = () => renderWithProviders(<ReportsRoute />, { path: '/reports', route: '/reports' });

// Published packs come from one list: GET /api/packs (drafts are never in it).
const READINESS_PACK = {
  id: 'rp1', planId: PLAN_ID, state: 'published', stateLabel: 'Published', asAt: '2025-01-31', generatedAt: '2025-02-01T09:00:00.000Z',
  generatedBy: { id: 'u1', label: 'Head of SEND' }, publishedAt: '2025-02-01T09:05:00.000Z', publishedBy: { id: 'u1', label: 'Head of SEND' },
  headline: { findings: 9, counts: { no_plan: 0, in_progress: 4, monitoring_impact: 3, impact_evidenced: 2 }, findingsWithGaps: 6 },
  files: [
    { name: 'readiness.pdf', title: 'Monitoring evidence pack (PDF)', sha256: 'a', url: '/api/readiness-packs/rp1/readiness.pdf' },
    { name: 'readiness.docx', title: 'Monitoring evidence pack (Word)', sha256: 'b', url: '/api/readiness-packs/rp1/readiness.docx' },
  ],
  version: 2,
};
const meetingsAndPacks = [
  on('GET', '/api/packs', { body: { items: [PUBLISHED], total: 1 } }),
  on('GET', `/api/plans/${PLAN_ID}/readiness-packs`, { body: { items: [READINESS_PACK, { ...READINESS_PACK, id: 'rp2', state: 'draft', publishedAt: null }], total: 2 } }),
];

describe('the reports page', () => {
  it('links the four downloads for today, then as at a chosen date', async () => {
    stubApi(on('GET', '/api/auth/me', { body: user(['viewer']) }), on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }), ...meetingsAndPacks);
    renderReports();
    const word = await screen.findByRole('link', { name: 'Download the progress report (Word, .docx)' });
    expect(word).toHaveAttribute('href', `/api/plans/${PLAN_ID}/reports/progress.docx`);
    expect(word).toHaveAttribute('download');
    await userEvent.type(screen.getByLabelText('Day'), '31');
    await userEvent.type(screen.getByLabelText('Month'), '1');
    await userEvent.type(screen.getByLabelText('Year'), '2025');
    await userEvent.click(screen.getByRole('button', { name: 'Use this date' }));
    expect(await screen.findByText('The downloads below show the plan as at the end of 31 January 2025.')).toBeInTheDocument();
    const hrefs = screen.getAllByRole('link', { name: /^Download the/ }).map((l) => l.getAttribute('href'));
    expect(hrefs).toEqual(['progress.docx', 'progress.pdf', 'tracker.xlsx', 'tracker.csv'].map((f) => `/api/plans/${PLAN_ID}/reports/${f}?asAt=2025-01-31`));
  });

  it('refuses a date that does not exist, beside the field, and keeps the links as they were', async () => {
    stubApi(on('GET', '/api/auth/me', { body: user(['viewer']) }), on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }), ...meetingsAndPacks);
    renderReports();
    await userEvent.type(await screen.findByLabelText('Day'), '30');
    await userEvent.type(screen.getByLabelText('Month'), '2');
    await userEvent.type(screen.getByLabelText('Year'), '2025');
    await userEvent.click(screen.getByRole('button', { name: 'Use this date' }));
    expect(await screen.findByRole('link', { name: 'The date must be a real date, like 31 1 2025' })).toHaveAttribute('href', '#asAt');
    expect(screen.getByRole('link', { name: 'Download the progress report (PDF)' })).toHaveAttribute('href', `/api/plans/${PLAN_ID}/reports/progress.pdf`);
  });

  it('lists a pack published ahead of its meeting, and asks for the plan\u2019s published packs only', async () => {
    const ahead = { ...PUBLISHED, id: 'pk-next', meeting: { ...PUBLISHED.meeting!, id: 'm9', meetingDate: '2099-02-12' } };
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: user(['scrutiny']) }),
      on('GET', '/api/governance-bodies', { body: { items: [{ id: 'b1', planId: PLAN_ID, name: 'SEND Improvement Board' }], total: 1 } }),
      on('GET', '/api/packs', { body: { items: [ahead, PUBLISHED], total: 2 } }),
      meetingsAndPacks[1],
    );
    renderReports();
    expect(await screen.findByRole('link', { name: /Board pack \(PDF, 51 KB\) for SEND Improvement Board, 12 February 2099/ })).toHaveAttribute('href', '/api/packs/pk-next/board-pack.pdf');
    expect(screen.getByText('2 published packs.')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/packs').map((c) => c.url.searchParams.get('planId'))).toEqual([PLAN_ID]);
  });

  it('lists only published board packs, each with its PDF', async () => {
    stubApi(on('GET', '/api/auth/me', { body: user(['viewer']) }), on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }), ...meetingsAndPacks);
    renderReports();
    const link = await screen.findByRole('link', { name: /Board pack \(PDF, 51 KB\) for SEND Improvement Board/ });
    expect(link).toHaveAttribute('href', '/api/packs/pk-pub/board-pack.pdf');
    expect(screen.queryByText(/SEND Strategic Delivery Group, 11 February 2025/)).not.toBeInTheDocument();
  });

  it('works for a scrutiny member, who may not list plans: the plan comes from the governance bodies', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: user(['scrutiny']) }),
      on('GET', '/api/governance-bodies', { body: { items: [{ id: 'b1', planId: PLAN_ID, name: 'SEND Improvement Board' }], total: 1 } }),
      ...meetingsAndPacks,
    );
    renderReports();
    expect(await screen.findByRole('link', { name: 'Download the action plan tracker (CSV)' })).toHaveAttribute('href', `/api/plans/${PLAN_ID}/reports/tracker.csv`);
    expect(calls.some((c) => c.url.pathname === '/api/plans')).toBe(false);
  });

  it('lists the published monitoring evidence packs beside the board packs, each with its PDF and Word files', async () => {
    stubApi(on('GET', '/api/auth/me', { body: user(['adviser']) }), on('GET', '/api/plans', { body: page([{ id: PLAN_ID }]) }), ...meetingsAndPacks);
    renderReports();
    const table = await screen.findByRole('table', { name: /Published monitoring evidence packs, latest first/ });
    expect(table).toHaveTextContent('31 January 2025');
    expect(table).toHaveTextContent('9 (6 with gaps)');
    expect(screen.getByRole('link', { name: 'PDF of the pack as at 31 January 2025' })).toHaveAttribute('href', '/api/readiness-packs/rp1/readiness.pdf');
    expect(screen.getByRole('link', { name: 'Word of the pack as at 31 January 2025' })).toHaveAttribute('href', '/api/readiness-packs/rp1/readiness.docx');
    // Drafts are never listed here.
    expect(screen.getAllByRole('link', { name: /of the pack as at/ })).toHaveLength(2);
  });
});
