import { useNavigate } from 'react-router';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { usePlans } from '@/features/plan/api';
import { UploadForm } from '../components/upload-form';

/** /import: choose the plan and the spreadsheet; the preview opens on its own page once read. */
export function ImportUploadRoute() {
  const navigate = useNavigate();
  const plans = usePlans();
  return (
    <RequirePolicy policy="importPlan">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QueryState query={plans} loadingLabel="Loading the plans">
            {(page) => <UploadForm plans={page.items} onUploaded={(preview) => navigate(paths.importPreview.getHref(preview.id))} />}
          </QueryState>
        </div>
      </div>
    </RequirePolicy>
  );
}

export default ImportUploadRoute;
