import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { CRITICAL_REVIEW_JUDGEMENTS, TITLE_MAX } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, TextInput } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { DataTable } from '@/components/ui/sortable-table';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useCurrentPlan } from '@/features/plan/api';
import { formatDate, plural } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { useCreateCriticalReview, useCriticalReviews } from '../api';
import { judgementWords, reviewStatusWords } from '../review-words';

const FIELDS = [['reviewDate', 'reviewDate'], ['title', 'title'], ['facilitators', 'facilitators']] as const;

/** Starts a draft review: its day, title and who facilitated it. */
function NewReviewForm({ planId }: { planId: string }) {
  const create = useCreateCriticalReview(planId);
  const navigate = useNavigate();
  const [date, setDate] = useState({ day: '', month: '', year: '' });
  const [title, setTitle] = useState('');
  const [facilitators, setFacilitators] = useState('');
  const errors = toFormErrors(create.error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const reviewDate = joinIsoDate(date) ?? `${date.year}-${date.month}-${date.day}`;
    create.mutate({ reviewDate, title, facilitators }, { onSuccess: (r) => void navigate(paths.criticalReview.getHref(r.id)) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.summary} description={errors.general} />
      <h2 className="govuk-heading-m">Record a new critical review</h2>
      <DateInput id="reviewDate" legend="Day of the review" hint="For example, 9 1 2025" value={date} onChange={setDate} errors={errors.byField.reviewDate} />
      <TextInput id="title" label="Title" maxLength={TITLE_MAX} value={title} onChange={(e) => setTitle(e.target.value)} errors={errors.byField.title} />
      <TextInput
        id="facilitators"
        label="Facilitated by"
        hint="In words, for example: DfE SEND adviser; Head of SEND from a neighbouring area"
        maxLength={TITLE_MAX}
        value={facilitators}
        onChange={(e) => setFacilitators(e.target.value)}
        errors={errors.byField.facilitators}
      />
      <button type="submit" className="govuk-button" disabled={create.isPending}>
        Start the review as a draft
      </button>
    </form>
  );
}

export function CriticalReviewsRoute() {
  usePageTitle('Critical reviews');
  const me = useMe();
  const current = useCurrentPlan();
  const reviews = useCriticalReviews(current.plan?.id);
  if (current.isPending) return <Loading label="Loading the plan" />;
  if (current.error) return <ErrorState error={current.error} heading />;
  if (!current.plan) return <h1 className="govuk-heading-l">There is no plan yet</h1>;
  const plan = current.plan;
  return (
    <>
      <span className="govuk-caption-l">{plan.title}</span>
      <h1 className="govuk-heading-l">Critical reviews</h1>
      <p className="govuk-body">
        At a critical review, partners judge every action of the plan: not yet fully completed, completed and monitoring impact, or completed with impact
        evidenced. A second person moderates the findings; only approved reviews are shown to every reader and count as the plan&apos;s latest review.
      </p>
      <QueryState query={reviews} loadingLabel="Loading the critical reviews">
        {(page) =>
          page.items.length === 0 ? (
            <p className="govuk-body">No critical review has been recorded yet.</p>
          ) : (
            <DataTable
              caption={plural(page.total, 'critical review')}
              head={['Review', 'Day', 'Status', ...CRITICAL_REVIEW_JUDGEMENTS.map(judgementWords), 'Actions judged']}
              numericFrom={3}
              rows={page.items.map((r) => [
                <Link key={r.id} className="govuk-link" to={paths.criticalReview.getHref(r.id)}>
                  {r.title}
                </Link>,
                formatDate(r.reviewDate),
                reviewStatusWords(r.status),
                ...CRITICAL_REVIEW_JUDGEMENTS.map((j) => r.byJudgement[j]),
                r.actions,
              ])}
            />
          )
        }
      </QueryState>
      {hasPolicy(me.data, 'recordCriticalReview') && <NewReviewForm planId={plan.id} />}
    </>
  );
}

export default function CriticalReviewsPage() {
  return (
    <RequirePolicy policy="readPlan">
      <CriticalReviewsRoute />
    </RequirePolicy>
  );
}
