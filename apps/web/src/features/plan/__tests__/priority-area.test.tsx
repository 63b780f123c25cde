import { screen, within } from '@testing-library/react';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { PriorityAreaRoute } from '../routes/priority-area';

const area = (lead: { name: string; jobTitle: string | null }) => ({
  id: 'pa1', planId: 'p1', number: 1, title: 'Leadership and Governance', aim: 'Leaders put children first.',
  lead: { id: 'person1', ...lead }, deliveryGroup: null, progressNarrative: null, version: 1,
});

function stubPriorityArea(lead: { name: string; jobTitle: string | null }) {
  stubApi(
    on('GET', '/api/priority-areas/pa1', { body: area(lead) }),
    on('GET', '/api/priority-areas/pa1/findings', { body: [] }),
    on('GET', '/api/actions', { body: { items: [], total: 0, page: 1, pageSize: 200 } }),
    on('GET', '/api/plans/p1/measures', { body: [] }),
    on('GET', '/api/plans/p1/voice', { body: { items: [], total: 0, page: 1, pageSize: 200 } }),
  );
}

async function leadShown(): Promise<string | null> {
  renderWithProviders(<PriorityAreaRoute />, { path: '/priorities/pa1', route: '/priorities/:priorityId' });
  const key = await screen.findByText('Lead', { selector: 'dt' });
  return within(key.parentElement!).getByRole('definition').textContent;
}

describe('a priority area\'s lead', () => {
  it('is named once when the job title starts with the name, as for a lead named by their post', async () => {
    stubPriorityArea({ name: "Director of Children's Services", jobTitle: "Director of Children's Services (Chair, SEND Strategic Delivery Group)" });
    expect(await leadShown()).toBe("Director of Children's Services (Chair, SEND Strategic Delivery Group)");
  });

  it('shows a name and a different job title both', async () => {
    stubPriorityArea({ name: 'A. Example', jobTitle: 'Head of SEND' });
    expect(await leadShown()).toBe('A. Example, Head of SEND');
  });
});
