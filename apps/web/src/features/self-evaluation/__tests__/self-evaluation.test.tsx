import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { SelfEvaluationRoute } from '../routes/self-evaluation';

const PLAN_ID = 'p1';
const PLAN_MANAGER = { id: 'u', email: 'h@x', displayName: 'Head of SEND', roles: ['plan_manager'], organisationId: null, personId: null };
const section = (criterionKey: string, areaKey: string, criterion: string, overrides: Record<string, unknown> = {}) => ({
  criterionKey, areaKey, criterion, evaluation: '', strengths: '', areasToDevelop: '', grade: null, evidence: [], measures: [], findings: [], comments: [],
  version: 0, updatedAt: null, updatedBy: null, ...overrides,
});
const sef = {
  planId: PLAN_ID,
  framework: { version: 'area-send-2023', title: 'Area SEND inspections: framework and handbook', source: 'Summarised.', areas: [{ key: 'impact', heading: 'The impact' }, { key: 'leadership', heading: 'Leadership' }] },
  sections: [
    section('needs-identified', 'impact', 'Needs are identified accurately', {
      evaluation: 'Needs are identified earlier.\nThe graduated approach is in every school.', grade: 'inconsistent', version: 3, updatedBy: 'Head of SEND', updatedAt: '2026-11-30T10:00:00.000Z',
      findings: [{ id: 'f1', title: '1. Children at the centre of plans' }], comments: [{ id: 'c', author: 'Chair', text: 'Say how you know.', createdAt: '2026-12-01T09:00:00.000Z' }],
    }),
    section('leaders-ambitious', 'leadership', 'Leaders are ambitious'),
  ],
  completeness: { written: 1, total: 2, missing: 1 },
};

function stub() {
  return stubApi(
    on('GET', '/api/auth/me', { body: PLAN_MANAGER }),
    on('GET', '/api/plans', { body: { items: [{ id: PLAN_ID, title: 'Test plan' }], total: 1, page: 1, pageSize: 200 } }),
    on('GET', `/api/plans/${PLAN_ID}`, { body: { id: PLAN_ID, title: 'Test plan', priorityAreas: [] } }),
    on('GET', `/api/plans/${PLAN_ID}/self-evaluation`, { body: sef }),
    on('GET', `/api/plans/${PLAN_ID}/self-evaluation/history`, { body: [{ id: '9', criterionKey: 'needs-identified', revision: 3, changedFields: ['grade'], by: 'Head of SEND', at: '2026-11-30T10:00:00.000Z' }] }),
    on('GET', `/api/plans/${PLAN_ID}/readiness`, { body: { findings: [{ id: 'f1', number: 1, title: 'Children at the centre of plans', text: '', actions: [] }, { id: 'f2', number: 2, title: 'Risk', text: '', actions: [] }] } }),
    on('GET', `/api/plans/${PLAN_ID}/measures`, { body: [] }),
    on('PUT', `/api/plans/${PLAN_ID}/self-evaluation/sections/needs-identified`, { status: 409, body: { message: 'Changed', errors: [{ field: 'version', message: 'The section has changed since you opened it' }] } }),
  );
}

describe('the self-evaluation page', () => {
  it('shows each criterion under its heading with its grade in words, its links, changes and comments', async () => {
    stub();
    renderWithProviders(<SelfEvaluationRoute />);
    expect(await screen.findByText('1 of 2 criteria evaluated and graded; 1 still to write.')).toHaveAttribute('role', 'status');
    const first = screen.getByRole('region', { name: 'Needs are identified accurately' });
    expect(within(first).getByText('Inconsistent experiences and outcomes')).toBeInTheDocument();
    expect(within(first).getByText('The graduated approach is in every school.')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: '1. Children at the centre of plans' })).toBeInTheDocument();
    expect(within(first).getByText(/Say how you know/)).toBeInTheDocument();
    expect(await within(first).findByText(/Version 3, .*Head of SEND: self-assessed grade/)).toBeInTheDocument();
    const second = screen.getByRole('region', { name: 'Leaders are ambitious' });
    expect(within(second).getByText('Not graded yet')).toBeInTheDocument();
    expect(within(second).getByText('Not yet evaluated.')).toBeInTheDocument();
  });

  it('sends the version it read, and says so plainly when someone saved meanwhile', async () => {
    const calls = stub();
    renderWithProviders(<SelfEvaluationRoute />);
    await screen.findByText('1 of 2 criteria evaluated and graded; 1 still to write.');
    const edit = await screen.findByText(': Needs are identified accurately', { selector: 'button > span' });
    await userEvent.click(edit.parentElement!);
    const form = screen.getByRole('form', { name: 'Edit: Needs are identified accurately' });
    await userEvent.click(within(form).getByLabelText('Typically positive experiences and outcomes'));
    await userEvent.click(within(form).getByLabelText('2. Risk'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save section' }));
    expect(await screen.findByText(/Someone saved this section since you opened it/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ grade: 'typically_positive', findingIds: ['f1', 'f2'], version: 3 });
  });
});
