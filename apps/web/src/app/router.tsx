import { createBrowserRouter, RouterProvider, useRouteError, type RouteObject } from 'react-router';
import { ErrorState, Loading } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { AppLayout } from './layout';

type RouteModule = { default: React.ComponentType };
/** Each page is its own chunk, fetched when first visited. */
const page = (load: () => Promise<RouteModule>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

function RouteError() {
  return <ErrorState error={useRouteError()} heading />;
}

function NotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
    </>
  );
}

export const routes: RouteObject[] = [
  // The public page of a local area's plan: no sign-in, outside the signed-in layout.
  {
    path: paths.publicSummary.path,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading label="Loading the summary" />,
    ...page(() => import('@/features/public-summary/routes/public-page')),
  },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading label="Loading the service" />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, ...page(() => import('@/features/plan/routes/dashboard')) },
          { path: paths.signIn.path, ...page(() => import('@/features/auth/routes/sign-in')) },
          { path: paths.priority.path, ...page(() => import('@/features/plan/routes/priority-area')) },
          { path: paths.action.path, ...page(() => import('@/features/action/routes/action')) },
          { path: paths.actionEdit.path, ...page(() => import('@/features/action/routes/action-edit')) },
          { path: paths.delivery.path, ...page(() => import('@/features/action/routes/delivery')) },
          { path: paths.updateNew.path, ...page(() => import('@/features/status-update/routes/update-new')) },
          { path: paths.update.path, ...page(() => import('@/features/status-update/routes/update')) },
          { path: paths.updateEdit.path, ...page(() => import('@/features/status-update/routes/update-edit')) },
          { path: paths.measures.path, ...page(() => import('@/features/measure/routes/measures')) },
          { path: paths.readiness.path, ...page(() => import('@/features/inspection/routes/readiness')) },
          { path: paths.localAreas.path, ...page(() => import('@/features/local-area/routes/local-areas')) },
          { path: paths.installation.path, ...page(() => import('@/features/local-area/routes/installation')) },
          { path: paths.measureValueNew.path, ...page(() => import('@/features/measure/routes/measure-value-new')) },
          { path: paths.resetPassword.path, ...page(() => import('@/features/auth/routes/reset-password')) },
          { path: paths.users.path, ...page(() => import('@/features/user/routes/users')) },
          { path: paths.userNew.path, ...page(() => import('@/features/user/routes/user-new')) },
          { path: paths.user.path, ...page(() => import('@/features/user/routes/user')) },
          { path: paths.importPlan.path, ...page(() => import('@/features/import/routes/import-upload')) },
          { path: paths.importPreview.path, ...page(() => import('@/features/import/routes/import-preview')) },
          { path: paths.meetings.path, ...page(() => import('@/features/governance/routes/meetings')) },
          { path: paths.meeting.path, ...page(() => import('@/features/governance/routes/meeting')) },
          { path: paths.decisions.path, ...page(() => import('@/features/governance/routes/decisions')) },
          { path: paths.voice.path, ...page(() => import('@/features/voice/routes/voice')) },
          { path: paths.reports.path, ...page(() => import('@/features/governance/routes/reports')) },
          { path: paths.selfEvaluation.path, ...page(() => import('@/features/self-evaluation/routes/self-evaluation')) },
          { path: paths.criticalReviews.path, ...page(() => import('@/features/critical-review/routes/critical-reviews')) },
          { path: paths.criticalReview.path, ...page(() => import('@/features/critical-review/routes/critical-review')) },
          { path: paths.caseAudits.path, ...page(() => import('@/features/case-audit/routes/case-audits')) },
          { path: paths.publishSummary.path, ...page(() => import('@/features/public-summary/routes/publish-summary')) },
          { path: paths.notifications.path, ...page(() => import('@/features/notification/routes/notifications')) },
          { path: paths.emailSettings.path, ...page(() => import('@/features/notification/routes/email-settings')) },
          { path: paths.unsubscribe.path, ...page(() => import('@/features/notification/routes/unsubscribe')) },
          { path: paths.outbox.path, ...page(() => import('@/features/notification/routes/outbox')) },
          { path: paths.schools.path, ...page(() => import('@/features/school-review/routes/schools')) },
          { path: paths.thematicSummary.path, ...page(() => import('@/features/school-review/routes/thematic-summary')) },
          { path: paths.newSchool.path, ...page(() => import('@/features/school-review/routes/new-school')) },
          { path: paths.schoolPlanAction.path, ...page(() => import('@/features/school-review/routes/school-plan-action')) },
          { path: paths.newSchoolAudit.path, ...page(() => import('@/features/school-review/routes/new-audit')) },
          { path: paths.editSchoolAudit.path, ...page(() => import('@/features/school-review/routes/edit-audit')) },
          { path: paths.school.path, ...page(() => import('@/features/school-review/routes/school')) },
          { path: paths.selfReview.path, ...page(() => import('@/features/school-review/routes/self-review')) },
          { path: paths.schoolAudit.path, ...page(() => import('@/features/school-review/routes/school-audit')) },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
];

export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes)} />;
}
