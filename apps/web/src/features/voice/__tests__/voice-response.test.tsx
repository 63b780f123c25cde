import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import type { VoiceItem } from '../api';
import { VoiceTable } from '../components/voice-table';

const item = (id: string, kind: VoiceItem['kind'], words: string): VoiceItem => ({
  id, planId: 'p', source: 'survey', sourceLabel: 'Survey', sourceTitle: 'PPCV survey', voiceOf: 'parent_carers', voiceOfLabel: 'Parent carers',
  heardOn: '2025-01-09', cohortSize: null, kind, kindLabel: kind, words, illustrative: false, priorityAreas: [], actions: [], response: null,
  unanswered: kind !== 'strength', version: 1, createdAt: '2025-01-09T00:00:00.000Z', updatedAt: '2025-01-09T00:00:00.000Z',
});

describe('responding to what was said', () => {
  it('offers a response to a recommendation, not to a strength, and sends what changed, when and whether it is done', async () => {
    const calls = stubApi(on('PUT', '/api/voice/r1/response', { body: item('r1', 'recommendation', 'More short breaks') }));
    renderWithProviders(<VoiceTable items={[item('r1', 'recommendation', 'More short breaks'), item('s1', 'strength', 'Kind staff')]} caption="You said, we did" empty="None" canRespond />);
    expect(screen.getAllByRole('button', { name: /^Respond/ })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: /^Respond/ }));
    const form = screen.getByRole('form', { name: 'Response to: More short breaks' });
    await userEvent.type(within(form).getByLabelText('What changed, or will'), 'Two new short-break providers commissioned');
    const [day, month, year] = within(form).getAllByRole('textbox').slice(1, 4);
    for (const [box, value] of [[day, '3'], [month, '3'], [year, '2025']] as const) {
      await userEvent.clear(box);
      await userEvent.type(box, value);
    }
    await userEvent.click(within(form).getByLabelText('Planned'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save the response' }));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ whatChanged: 'Two new short-break providers commissioned', respondedOn: '2025-03-03', status: 'planned' });
  });

  it('offers nothing to a reader whose roles cannot respond', () => {
    stubApi();
    renderWithProviders(<VoiceTable items={[item('r1', 'recommendation', 'More short breaks')]} caption="You said, we did" empty="None" />);
    expect(screen.queryByRole('button', { name: /^Respond/ })).toBeNull();
  });
});
