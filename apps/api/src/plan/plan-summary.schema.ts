import { CRITICAL_REVIEW_JUDGEMENTS, DELIVERY_STATUSES, IMPACT_STATUSES } from '@send/domain';

/*
 * The JSON schema of GET /api/plans/:planId/summary (now, or with asAt), in one place: Fastify compiles
 * a serialiser from it (fast-json-stringify), which writes the answer faster than JSON.stringify.
 * Its properties are in the order toPlanSummary() makes them, so the bytes are the same as before;
 * a property left out of the schema would be left out of the answer (plan.spec compares the bytes
 * with JSON.stringify of the service's answer, and would fail). Kept beside the PlanSummary type so
 * that it can be checked against, or derived from, the OpenAPI response class when there is one.
 */

const integer = { type: 'integer' } as const;
const countsOf = (keys: readonly string[]) => ({
  type: 'object',
  required: [...keys],
  properties: Object.fromEntries(keys.map((k) => [k, integer])),
  additionalProperties: false,
});

const COUNTS = {
  actions: integer,
  byImpactStatus: countsOf(IMPACT_STATUSES),
  byDeliveryStatus: countsOf(DELIVERY_STATUSES),
  overdue: integer,
} as const;
const COUNT_KEYS = Object.keys(COUNTS);

const LATEST_CRITICAL_REVIEW = {
  type: ['object', 'null'],
  required: ['id', 'reviewDate', 'title', 'facilitators', 'actions', 'byJudgement'],
  properties: {
    id: { type: 'string' },
    reviewDate: { type: 'string' },
    title: { type: 'string' },
    facilitators: { type: 'string' },
    actions: integer,
    byJudgement: countsOf(CRITICAL_REVIEW_JUDGEMENTS),
  },
  additionalProperties: false,
} as const;

export const PLAN_SUMMARY_SCHEMA = {
  type: 'object',
  required: ['planId', 'asAt', ...COUNT_KEYS, 'priorities', 'latestCriticalReview'],
  properties: {
    planId: { type: 'string' },
    asAt: { type: 'string' },
    ...COUNTS,
    priorities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'number', 'title', ...COUNT_KEYS],
        properties: { id: { type: 'string' }, number: integer, title: { type: 'string' }, ...COUNTS },
        additionalProperties: false,
      },
    },
    latestCriticalReview: LATEST_CRITICAL_REVIEW,
  },
  additionalProperties: false,
} as const;

/** The route schema: the summary's answer (other statuses, errors, keep Fastify's default serialiser). */
export const PLAN_SUMMARY_ROUTE_SCHEMA = { response: { 200: PLAN_SUMMARY_SCHEMA } };
