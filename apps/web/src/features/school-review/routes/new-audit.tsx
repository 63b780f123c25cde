import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { todayIso } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, splitIsoDate, Textarea } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { toFormErrors } from '@/lib/form-errors';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useCreateAudit, useSchool } from '../api';
import { linesOf } from '../lines';

/** Records an audit visit to a school: the day and who visited. The ratings and findings follow on the next page. */
export function NewAuditRoute() {
  const { schoolId = '' } = useParams();
  const school = useSchool(schoolId);
  usePageTitle(school.data ? `Record an audit visit, ${school.data.name}` : 'Record an audit visit', school.isError);
  const navigate = useNavigate();
  const create = useCreateAudit(schoolId);
  const [visitDate, setVisitDate] = useState(() => splitIsoDate(todayIso()));
  const [auditors, setAuditors] = useState('');
  const errors = toFormErrors(create.error, [['visitDate', 'visit-date'], ['auditors', 'auditors']]);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ visitDate: joinIsoDate(visitDate) ?? '', auditors: linesOf(auditors) }, { onSuccess: (a) => void navigate(paths.editSchoolAudit.getHref(a.id)) });
  }

  return (
    <RequirePolicy policy="reviewSchools">
      <QueryState query={school} loadingLabel="Loading the school" heading>
        {(s) => (
          <>
            <Link className="govuk-back-link" to={paths.school.getHref(s.id)}>Back to {s.name}</Link>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <ErrorSummary errors={errors.summary} description={errors.general} />
                <span className="govuk-caption-l">{s.name}</span>
                <h1 className="govuk-heading-l">Record an audit visit</h1>
                <form onSubmit={submit} noValidate>
                  <DateInput id="visit-date" legend="Date of the visit" hint="For example, 18 11 2026" value={visitDate} onChange={setVisitDate} errors={errors.byField.visitDate} />
                  <Textarea id="auditors" label="Auditors (optional)" hint="One name on each line" rows={3} value={auditors} onChange={(e) => setAuditors(e.target.value)} errors={errors.byField.auditors} />
                  <p className="govuk-body">Next, rate each statement and record the strengths, findings and next steps. The visit stays a draft, not shown to the school, until you publish it.</p>
                  <div className="govuk-button-group">
                    <button type="submit" className="govuk-button" disabled={create.isPending}>Continue</button>
                    <Link className="govuk-link" to={paths.school.getHref(s.id)}>Cancel</Link>
                  </div>
                </form>
              </div>
            </div>
          </>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default NewAuditRoute;
