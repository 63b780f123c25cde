import { canRespondToVoice, checkVoiceResponseDate, isCohortSize, isVoiceHeardBy, isVoiceUnanswered, voiceAsAt, voiceResponseAsAt, withCohort } from './voice';

describe('isVoiceUnanswered', () => {
  it('is true for a recommendation or concern with no response', () => {
    expect(isVoiceUnanswered({ kind: 'recommendation' }, null)).toBe(true);
    expect(isVoiceUnanswered({ kind: 'concern' }, null)).toBe(true);
  });
  it('is false once there is a response, planned or done', () => {
    expect(isVoiceUnanswered({ kind: 'recommendation' }, { respondedOn: '2025-02-01' })).toBe(false);
  });
  it('is false for a strength: it asks for nothing', () => {
    expect(isVoiceUnanswered({ kind: 'strength' }, null)).toBe(false);
  });
});

describe('as at a day', () => {
  const items = [
    { id: 'a', heardOn: '2025-01-10', response: { respondedOn: '2025-01-20' } },
    { id: 'b', heardOn: '2025-01-10', response: { respondedOn: '2025-03-01' } },
    { id: 'c', heardOn: '2025-02-15', response: null },
    { id: 'd', heardOn: '2025-01-31', response: null },
  ];

  it('shows an item heard on or before the day', () => {
    expect(isVoiceHeardBy({ heardOn: '2025-01-31' }, '2025-01-31')).toBe(true);
    expect(isVoiceHeardBy({ heardOn: '2025-02-01' }, '2025-01-31')).toBe(false);
  });

  it('keeps a response given on or before the day, and drops one given after', () => {
    expect(voiceResponseAsAt({ respondedOn: '2025-01-31' }, '2025-01-31')).toEqual({ respondedOn: '2025-01-31' });
    expect(voiceResponseAsAt({ respondedOn: '2025-02-01' }, '2025-01-31')).toBeNull();
    expect(voiceResponseAsAt(null, '2025-01-31')).toBeNull();
  });

  it('leaves out items heard later and shows later responses as none', () => {
    expect(voiceAsAt(items, '2025-01-31')).toEqual([
      { id: 'a', heardOn: '2025-01-10', response: { respondedOn: '2025-01-20' } },
      { id: 'b', heardOn: '2025-01-10', response: null },
      { id: 'd', heardOn: '2025-01-31', response: null },
    ]);
    expect(voiceAsAt(items, '2025-03-01').map((i) => [i.id, i.response !== null])).toEqual([['a', true], ['b', true], ['c', false], ['d', false]]);
  });
});

describe('cohort size', () => {
  it('is a whole number from 1, bounded', () => {
    expect(isCohortSize(1)).toBe(true);
    expect(isCohortSize(40)).toBe(true);
    expect(isCohortSize(10_000_000)).toBe(true);
    for (const bad of [0, -3, 2.5, 10_000_001, Number.NaN, Infinity, '40', null]) expect(isCohortSize(bad)).toBe(false);
  });

  it('is written beside the figure it stands behind', () => {
    expect(withCohort('62%', 40)).toBe('62% (40 respondents)');
    expect(withCohort('62%', 1)).toBe('62% (1 respondent)');
    expect(withCohort('62%', null)).toBe('62%');
  });
});

describe('checkVoiceResponseDate', () => {
  it('accepts a day between hearing and today', () => {
    expect(checkVoiceResponseDate('2025-01-10', '2025-01-10', '2025-02-01')).toEqual([]);
    expect(checkVoiceResponseDate('2025-01-10', '2025-02-01', '2025-02-01')).toEqual([]);
  });
  it('refuses a day before the item was heard or after today', () => {
    expect(checkVoiceResponseDate('2025-01-10', '2025-01-09', '2025-02-01').map((v) => v.field)).toEqual(['respondedOn']);
    expect(checkVoiceResponseDate('2025-01-10', '2025-02-02', '2025-02-01').map((v) => v.field)).toEqual(['respondedOn']);
  });
});

describe('canRespondToVoice', () => {
  const mine = { ownerPersonId: 'p1', ownerOrganisationId: 'o1' };
  const theirs = { ownerPersonId: 'p2', ownerOrganisationId: 'o2' };
  const owner = { roles: ['action_owner'] as const, organisationId: 'o1', personId: 'p1' };

  it('lets the plan manager and an administrator respond to any item', () => {
    expect(canRespondToVoice({ roles: ['plan_manager'], organisationId: null, personId: null }, [])).toBe(true);
    expect(canRespondToVoice({ roles: ['admin'], organisationId: null, personId: null }, [theirs])).toBe(true);
  });
  it('lets an action owner respond only when they own one of the linked actions', () => {
    expect(canRespondToVoice(owner, [theirs, mine])).toBe(true);
    expect(canRespondToVoice(owner, [theirs])).toBe(false);
    expect(canRespondToVoice(owner, [])).toBe(false);
  });
  it('refuses other roles, even naming the owner', () => {
    expect(canRespondToVoice({ roles: ['moderator'], organisationId: 'o1', personId: 'p1' }, [mine])).toBe(false);
  });
});
