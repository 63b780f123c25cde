import type { Decision, MeetingDetail, Pack, PackDetail } from '../api';

export const PLAN_ID = 'plan-1';

export const user = (roles: string[]) => ({ id: 'u', email: 'u@x', displayName: 'Someone', roles, organisationId: null, personId: null });

export const MEETING: MeetingDetail = {
  id: 'm1',
  illustrative: false,
  planId: PLAN_ID,
  body: { id: 'b1', name: 'SEND Improvement Board', kind: 'improvement_board', chair: 'Independent Chair' },
  title: 'SEND Improvement Board',
  meetingDate: '2025-02-12',
  cutOffAt: '2025-02-05T17:00:00.000Z',
  cutOffLocal: '2025-02-05T17:00',
  location: 'Council House',
  allPriorityAreas: true,
  priorityAreaIds: [],
  priorityAreas: [
    { id: 'pa1', number: 1, title: 'Leadership and governance' },
    { id: 'pa2', number: 2, title: 'Early identification' },
  ],
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  previousMeeting: { id: 'm0', title: 'SEND Improvement Board', meetingDate: '2024-12-18' },
  nextMeeting: null,
  decisions: { open: 1, closed: 0 },
  reportingPeriod: { id: 'per-1', title: 'Board 12 February 2025', opensOn: '2024-12-19', updateDeadline: '2025-02-04', boardDate: '2025-02-12', meetingId: 'm1' },
};

const counts = (actions: number) => ({
  actions,
  byImpactStatus: { not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 },
  byDeliveryStatus: { not_started: 2, on_track: 20, at_risk: 5, off_track: 3, complete: 25 },
  overdue: 4,
});

export const DRAFT: Pack = {
  id: 'pk-draft',
  planId: PLAN_ID,
  meeting: { id: 'm1', title: 'SEND Improvement Board', meetingDate: '2025-02-12', body: { id: 'b1', name: 'SEND Improvement Board' } },
  state: 'draft',
  stateLabel: 'Draft',
  generatedAt: '2025-02-06T09:30:00.000Z',
  generatedBy: { id: 'u', label: 'Head of SEND' },
  asAt: '2025-02-05T17:00:00.000Z',
  publishedAt: null,
  publishedBy: null,
  headline: { ...counts(55), openDecisions: 1, statusBasis: 'as_at' },
  files: [{ name: 'board-pack.pdf', title: 'Board pack (PDF)', contentType: 'application/pdf', size: 52_000, sha256: 'abc', url: '/api/packs/pk-draft/board-pack.pdf' }],
  version: 3,
};

export const PUBLISHED: Pack = {
  ...DRAFT,
  id: 'pk-pub',
  state: 'published',
  stateLabel: 'Published',
  publishedAt: '2025-02-07T10:00:00.000Z',
  publishedBy: { id: 'u', label: 'Head of SEND' },
  version: 1,
};

export const detailOf = (pack: Pack): PackDetail => ({
  ...pack,
  snapshot: {
    schemaVersion: 1,
    generatedAt: pack.generatedAt,
    generatedBy: 'Head of SEND',
    asAt: pack.asAt,
    statusDate: '2025-02-05',
    statusBasis: 'as_at',
    plan: { id: PLAN_ID, title: 'SEND Improvement Plan', localArea: 'Plymouth', inspectionDate: null, startDate: null, endDate: null },
    meeting: null,
    allPriorityAreas: true,
    totals: counts(55),
    priorities: [
      {
        id: 'pa1', number: 1, title: 'Leadership and governance', aim: '', progressNarrative: '', lead: null, deliveryGroup: null, actions: [],
        counts: { ...counts(6), byDeliveryStatus: { not_started: 0, on_track: 2, at_risk: 1, off_track: 1, complete: 2 } },
      },
    ],
    exceptions: {
      offTrack: [{ id: 'a1', reference: '1.2', title: 'Publish the local offer', priorityNumber: 1 }],
      overdue: [],
      inconsistent: [],
      stale: [],
    },
    changes: {
      since: { meetingTitle: 'SEND Improvement Board', meetingDate: '2024-12-18', date: '2024-12-11' },
      statusChanges: [{ action: { id: 'a1', reference: '1.2', title: 'Publish the local offer', priorityNumber: 1 }, at: '2025-01-10T10:00:00.000Z', delivery: { from: 'at_risk', to: 'off_track' }, impact: null, periodTitle: null }],
      newActions: [],
      completions: [],
      missedDeadlines: [],
    },
    decisions: {
      open: [
        {
          id: 'd1', kind: 'challenge', kindLabel: 'Challenge', text: 'Show the EHCP timeliness trend', action: null, owner: { name: 'Head of SEND', jobTitle: null },
          dueDate: '2025-01-31', overdue: true, meeting: { title: 'SEND Improvement Board', meetingDate: '2024-12-18' }, status: 'open', closingNote: null, closedOn: null,
        },
      ],
      closedSinceLastMeeting: [],
    },
    sections: { measures: false, updates: false, changes: true, stale: true },
  },
});

export const DECISION: Decision = {
  id: 'd1',
  illustrative: false,
  planId: PLAN_ID,
  meeting: { id: 'm1', title: 'SEND Improvement Board', meetingDate: '2025-02-12', body: { id: 'b1', name: 'SEND Improvement Board' } },
  action: null,
  kind: 'challenge',
  kindLabel: 'Challenge',
  text: 'Show the EHCP timeliness trend',
  owner: { id: 'p1', name: 'Head of SEND', jobTitle: null },
  dueDate: '2025-03-01',
  status: 'open',
  statusLabel: 'Open',
  overdue: true,
  closingNote: null,
  closedOn: null,
  version: 4,
  createdAt: '2025-02-12T12:00:00.000Z',
  updatedAt: '2025-02-12T12:00:00.000Z',
};

export const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 200 });
