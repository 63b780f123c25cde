import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { CriticalReviewRoute } from '../routes/critical-review';

const HEAD = { id: 'h', email: 'h@x', displayName: 'Head of SEND', roles: ['plan_manager'], organisationId: null, personId: null };
const DIRECTOR = { id: 'd', email: 'd@x', displayName: 'Service Director', roles: ['moderator'], organisationId: null, personId: null };
const action = (id: string, reference: string) => ({ id, reference, title: `Action ${reference}`, priorityNumber: 1 });
const REVIEW = {
  id: 'r2', planId: 'p', reviewDate: '2025-07-10', title: 'Critical review, July 2025', facilitators: 'DfE SEND adviser', sourceNote: '',
  status: 'submitted', recordedBy: { id: 'h', label: 'Head of SEND' }, submittedAt: '2025-07-11T10:00:00Z', submittedBy: { id: 'h', label: 'Head of SEND' },
  moderatedAt: null, moderatedBy: null, moderationNote: null, actions: 2,
  byJudgement: { not_yet_complete: 0, complete_monitoring_impact: 1, complete_impact_evidenced: 1 }, version: 4,
  judgements: [
    { action: action('a1', '1.1'), judgement: 'complete_impact_evidenced', reason: 'Exclusions down 40%', previousJudgement: 'complete_monitoring_impact', change: 'moved_forward' },
    { action: action('a2', '1.2'), judgement: 'complete_monitoring_impact', reason: '', previousJudgement: 'complete_impact_evidenced', change: 'slipped_back' },
  ],
  comparison: {
    previousReview: { id: 'r1', reviewDate: '2025-01-09', title: 'Critical review, January 2025' },
    counts: { moved_forward: 1, slipped_back: 1, unchanged: 0, new: 0 }, movedForward: ['a1'], slippedBack: ['a2'], notJudgedAgain: [],
  },
};

const renderReview = () => renderWithProviders(<CriticalReviewRoute />, { path: '/critical-reviews/r2', route: '/critical-reviews/:reviewId' });

describe('a critical review', () => {
  it("shows each action's judgement and its change since the previous review in words", async () => {
    stubApi(on('GET', '/api/auth/me', { body: DIRECTOR }), on('GET', '/api/critical-reviews/r2', { body: REVIEW }));
    renderReview();
    const table = await screen.findByRole('table', { name: /Each action's judgement/ });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['1.1 Action 1.1', 'Completed – impact evidenced', 'Exclusions down 40%', 'moved forward (was completed – monitoring impact)'],
      ['1.2 Action 1.2', 'Completed – monitoring impact', 'No reason recorded', 'slipped back (was completed – impact evidenced)'],
    ]);
    expect(screen.getByText(/1 action moved forward, 1 action slipped back, 0 unchanged/)).toBeInTheDocument();
  });

  it('lets a second person approve or return it, sending the version read', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: DIRECTOR }),
      on('GET', '/api/critical-reviews/r2', { body: REVIEW }),
      on('POST', '/api/critical-reviews/r2/return', { body: { ...REVIEW, status: 'returned', moderationNote: 'Check 1.2', version: 5 } }),
    );
    renderReview();
    await userEvent.type(await screen.findByRole('textbox', { name: /Moderation note/ }), 'Check 1.2');
    await userEvent.click(screen.getByRole('button', { name: 'Return to the recorder' }));
    expect(await screen.findByText('Check 1.2', { selector: 'dd' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 4, note: 'Check 1.2' });
  });

  it('does not offer moderation to who submitted it', async () => {
    stubApi(on('GET', '/api/auth/me', { body: HEAD }), on('GET', '/api/critical-reviews/r2', { body: REVIEW }));
    renderReview();
    expect(await screen.findByText(/another moderator must approve or return it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve the review' })).not.toBeInTheDocument();
  });
});
