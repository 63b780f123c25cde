/**
 * Every path in the app, built only here. `path` is the route pattern; `getHref` builds a link.
 */
const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
};

export const paths = {
  home: { path: '/', getHref: (asAt?: string) => withQuery('/', { asAt }) },
  signIn: { path: '/sign-in', getHref: (redirectTo?: string) => withQuery('/sign-in', { redirectTo }) },
  resetPassword: { path: '/reset-password', getHref: (token: string) => withQuery('/reset-password', { token }) },
  priority: { path: '/priorities/:priorityId', getHref: (priorityId: string) => `/priorities/${priorityId}` },
  action: { path: '/actions/:actionId', getHref: (actionId: string) => `/actions/${actionId}` },
  actionEdit: { path: '/actions/:actionId/edit', getHref: (actionId: string) => `/actions/${actionId}/edit` },
  updateNew: { path: '/actions/:actionId/updates/new', getHref: (actionId: string) => `/actions/${actionId}/updates/new` },
  update: { path: '/updates/:updateId', getHref: (updateId: string) => `/updates/${updateId}` },
  updateEdit: { path: '/updates/:updateId/edit', getHref: (updateId: string) => `/updates/${updateId}/edit` },
  delivery: { path: '/delivery', getHref: (query: Record<string, string | undefined> = {}) => withQuery('/delivery', query) },
  measures: { path: '/measures', getHref: () => '/measures' },
  /** How ready the plan is to show it has answered its inspection's findings; `show` filters the findings. */
  readiness: {
    path: '/readiness',
    getHref: (query: { show?: 'without-impact-evidence' | 'with-gaps'; asAt?: string; plan?: string } = {}) => withQuery('/readiness', query),
  },
  measureValueNew: { path: '/measures/:measureId/values/new', getHref: (measureId: string) => `/measures/${measureId}/values/new` },
  users: { path: '/admin/users', getHref: () => '/admin/users' },
  userNew: { path: '/admin/users/new', getHref: () => '/admin/users/new' },
  user: { path: '/admin/users/:userId', getHref: (userId: string) => `/admin/users/${userId}` },
  importPlan: { path: '/import', getHref: () => '/import' },
  importPreview: { path: '/import/:importId', getHref: (importId: string) => `/import/${importId}` },
  /** The dashboard of one plan (the home page shows the first plan when none is named). */
  planDashboard: { path: '/', getHref: (planId: string, asAt?: string) => withQuery('/', { plan: planId, asAt }) },
  meetings: { path: '/meetings', getHref: (query: Record<string, string | undefined> = {}) => withQuery('/meetings', query) },
  meeting: { path: '/meetings/:meetingId', getHref: (meetingId: string, packId?: string) => withQuery(`/meetings/${meetingId}`, { pack: packId }) },
  decisions: { path: '/decisions', getHref: (query: Record<string, string | undefined> = {}) => withQuery('/decisions', query) },
  reports: { path: '/reports', getHref: () => '/reports' },
  criticalReviews: { path: '/critical-reviews', getHref: () => '/critical-reviews' },
  caseAudits: { path: '/case-audits', getHref: () => '/case-audits' },
  /** The easy-read public summary of a local area's plan: no sign-in. */
  publicSummary: { path: '/public/:localAreaSlug', getHref: (localAreaSlug: string) => `/public/${localAreaSlug}` },
  /** Plan managers preview and publish the public summary. */
  publishSummary: { path: '/public-summary', getHref: () => '/public-summary' },
  selfEvaluation: { path: '/self-evaluation', getHref: () => '/self-evaluation' },
  criticalReview: { path: '/critical-reviews/:reviewId', getHref: (reviewId: string) => `/critical-reviews/${reviewId}` },
  /** "You said, we did": ?unanswered=true&priorityAreaId=…&source=…&kind=… */
  voice: { path: '/voice', getHref: (query: Record<string, string | undefined> = {}) => withQuery('/voice', query) },
  notifications: { path: '/notifications', getHref: () => '/notifications' },
  emailSettings: { path: '/settings/notifications', getHref: () => '/settings/notifications' },
  unsubscribe: { path: '/unsubscribe', getHref: (token: string) => withQuery('/unsubscribe', { token }) },
  outbox: { path: '/admin/outbox', getHref: () => '/admin/outbox' },
  /** An adviser's local areas, side by side. */
  localAreas: { path: '/local-areas', getHref: () => '/local-areas' },
  installation: { path: '/admin/local-areas', getHref: () => '/admin/local-areas' },
  /** Schools' SEND self-reviews and the local authority's audits: its view across schools. */
  schools: { path: '/schools', getHref: () => '/schools' },
  newSchool: { path: '/schools/new', getHref: () => '/schools/new' },
  schoolPlanAction: { path: '/schools/:schoolId/plan/actions/:actionId', getHref: (schoolId: string, actionId: string) => `/schools/${schoolId}/plan/actions/${actionId}` },
  newSchoolAudit: { path: '/schools/:schoolId/audits/new', getHref: (schoolId: string) => `/schools/${schoolId}/audits/new` },
  school: { path: '/schools/:schoolId', getHref: (schoolId: string) => `/schools/${schoolId}` },
  selfReview: { path: '/self-reviews/:reviewId', getHref: (reviewId: string) => `/self-reviews/${reviewId}` },
  schoolAudit: { path: '/school-audits/:auditId', getHref: (auditId: string) => `/school-audits/${auditId}` },
  editSchoolAudit: { path: '/school-audits/:auditId/edit', getHref: (auditId: string) => `/school-audits/${auditId}/edit` },
  thematicSummary: { path: '/schools/thematic-summary', getHref: (year?: number) => withQuery('/schools/thematic-summary', { year: year ? String(year) : undefined }) },
} as const;
