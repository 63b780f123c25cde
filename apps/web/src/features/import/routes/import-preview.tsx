import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { BackLink, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { actionKeys } from '@/features/action/api';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { planKeys } from '@/features/plan/api';
import { useImport, type ImportPreview } from '../api';
import { ImportConfirmation } from '../components/import-confirmation';
import { ImportReview } from '../components/import-review';

function Committed({ preview }: { preview: ImportPreview }) {
  usePageTitle('Import complete');
  return (
    <ImportConfirmation
      preview={preview}
      dashboardHref={paths.planDashboard.getHref(preview.result?.planId ?? '')}
      againHref={paths.importPlan.getHref()}
    />
  );
}

/** /import/:importId: the preview of an uploaded tracker, and once committed, what it wrote. */
export function ImportPreviewRoute() {
  const { importId = '' } = useParams();
  const query = useImport(importId);
  const queryClient = useQueryClient();
  // A commit can add a plan and change any of its actions: what other pages hold is out of date.
  const onCommitted = () => {
    void queryClient.invalidateQueries({ queryKey: planKeys.all });
    void queryClient.invalidateQueries({ queryKey: actionKeys.all });
  };
  return (
    <RequirePolicy policy="importPlan">
      <QueryState query={query} loadingLabel="Loading the import" heading>
        {(preview) =>
          preview.state === 'committed' ? (
            <Committed preview={preview} />
          ) : (
            <>
              <BackLink to={paths.importPlan.getHref()}>Upload a different file</BackLink>
              <ImportReview preview={preview} onCommitted={onCommitted} />
            </>
          )
        }
      </QueryState>
    </RequirePolicy>
  );
}

export default ImportPreviewRoute;
