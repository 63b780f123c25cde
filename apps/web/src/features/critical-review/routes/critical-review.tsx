import { Link, useParams } from 'react-router';
import { CRITICAL_REVIEW_JUDGEMENTS, criticalReviewModerationRefusal } from '@send/domain';
import { Breadcrumbs, InsetText, SummaryList, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { DataTable } from '@/components/ui/sortable-table';
import { RagTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { usePlanActions } from '@/features/action/api';
import { useMe, type CurrentUser } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { formatDate, formatDateTime, plural } from '@/lib/format';
import { useCriticalReview, type CriticalReviewDetail } from '../api';
import { JudgementsForm } from '../components/judgements-form';
import { ModerateReviewForm, SubmitReviewForm } from '../components/review-decision-form';
import { changeWords, judgementRag, judgementWords, reviewStatusWords, splitWords } from '../review-words';

const percent = (n: number, total: number) => (total === 0 ? '0%' : `${Math.round((n / total) * 100)}%`);

/** Whether the user is the second person the review's moderation needs (the API decides; this only hides the form). */
function canModerate(user: CurrentUser | null | undefined, review: CriticalReviewDetail): boolean {
  if (!user) return false;
  return (
    criticalReviewModerationRefusal(
      { id: user.id, personId: user.personId, roles: user.roles },
      { recordedBy: { userId: review.recordedBy.id, personId: null }, submittedBy: review.submittedBy ? { userId: review.submittedBy.id, personId: null } : null },
    ) === null
  );
}

function Comparison({ review }: { review: CriticalReviewDetail }) {
  const { previousReview, counts, notJudgedAgain } = review.comparison;
  if (!previousReview) return <p className="govuk-body">This is the first approved review of the plan to compare with: every action is judged for the first time.</p>;
  return (
    <>
      <p className="govuk-body">
        Since{' '}
        <Link className="govuk-link" to={paths.criticalReview.getHref(previousReview.id)}>
          {previousReview.title} ({formatDate(previousReview.reviewDate)})
        </Link>
        : {plural(counts.moved_forward, 'action')} moved forward, {plural(counts.slipped_back, 'action')} slipped back, {counts.unchanged} unchanged
        {counts.new > 0 ? ` and ${counts.new} not judged in that review` : ''}.
      </p>
      {notJudgedAgain.length > 0 && (
        <p className="govuk-body">
          Judged in the previous review but not in this one: {notJudgedAgain.map((n) => `${n.action.reference} (${judgementWords(n.judgement).toLowerCase()})`).join(', ')}.
        </p>
      )}
    </>
  );
}

function ReviewPage({ review }: { review: CriticalReviewDetail }) {
  usePageTitle(review.title);
  const me = useMe();
  const editable = (review.status === 'draft' || review.status === 'returned') && hasPolicy(me.data, 'recordCriticalReview');
  const actions = usePlanActions(editable ? review.planId : undefined);
  const moderating = review.status === 'submitted' && canModerate(me.data, review);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Critical reviews', to: paths.criticalReviews.getHref() }, { label: review.title }]} />
      <span className="govuk-caption-l">Critical review of {formatDate(review.reviewDate)}</span>
      <h1 className="govuk-heading-l">{review.title}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: reviewStatusWords(review.status) },
          { key: 'Day of the review', value: formatDate(review.reviewDate) },
          { key: 'Facilitated by', value: review.facilitators || 'Not recorded' },
          { key: 'Recorded by', value: review.recordedBy.label },
          ...(review.submittedBy && review.submittedAt ? [{ key: 'Submitted', value: `${review.submittedBy.label}, ${formatDateTime(review.submittedAt)}` }] : []),
          ...(review.moderatedBy && review.moderatedAt
            ? [{ key: review.status === 'returned' ? 'Returned' : 'Moderated', value: `${review.moderatedBy.label}, ${formatDateTime(review.moderatedAt)}` }]
            : []),
          ...(review.moderationNote ? [{ key: 'Moderation note', value: review.moderationNote }] : []),
        ]}
      />
      {review.sourceNote && <InsetText>{review.sourceNote}</InsetText>}

      <h2 className="govuk-heading-m">The split of the actions</h2>
      <p className="govuk-body">
        Of {plural(review.actions, 'action')} judged: {splitWords(review.byJudgement)}.
      </p>
      <DataTable
        caption="Actions by judgement"
        head={['Judgement', 'Actions', 'Share']}
        rows={CRITICAL_REVIEW_JUDGEMENTS.map((j) => [judgementWords(j), review.byJudgement[j], percent(review.byJudgement[j], review.actions)])}
      />

      <h2 className="govuk-heading-m">Change since the previous approved review</h2>
      <Comparison review={review} />

      <h2 className="govuk-heading-m">Judgements by action</h2>
      {review.judgements.length === 0 ? (
        <p className="govuk-body">No action has been judged yet.</p>
      ) : (
        <TableScroll label="Each action's judgement">
          <DataTable
            caption={`Each action's judgement (${review.judgements.length})`}
            head={['Action', 'Judgement', 'Reason', 'Change since the previous review']}
            numericFrom={99}
            rows={review.judgements.map((j) => [
              <Link key={j.action.id} className="govuk-link" to={paths.action.getHref(j.action.id)}>
                {j.action.reference} {j.action.title}
              </Link>,
              <RagTag key="j" rag={judgementRag(j.judgement)} label={judgementWords(j.judgement)} />,
              j.reason || 'No reason recorded',
              j.change === 'new' ? (review.comparison.previousReview ? 'not judged in the previous review' : 'first review') : `${changeWords(j.change)}${j.previousJudgement ? ` (was ${judgementWords(j.previousJudgement).toLowerCase()})` : ''}`,
            ])}
          />
        </TableScroll>
      )}

      {editable && (
        <QueryState query={actions} loadingLabel="Loading the plan's actions">
          {(list) => <JudgementsForm key={review.version} review={review} actions={list} />}
        </QueryState>
      )}
      {editable && review.judgements.length > 0 && <SubmitReviewForm review={review} />}
      {moderating && <ModerateReviewForm review={review} />}
      {review.status === 'submitted' && !moderating && hasPolicy(me.data, 'moderate') && (
        <p className="govuk-body">You recorded or submitted this review, so another moderator must approve or return it.</p>
      )}
    </>
  );
}

export function CriticalReviewRoute() {
  const { reviewId = '' } = useParams();
  const review = useCriticalReview(reviewId);
  return (
    <QueryState query={review} loadingLabel="Loading the critical review" heading>
      {(r) => <ReviewPage review={r} />}
    </QueryState>
  );
}

export default function CriticalReviewPage() {
  return (
    <RequirePolicy policy="readPlan">
      <CriticalReviewRoute />
    </RequirePolicy>
  );
}
