import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { EXPECTATION_RATING_LABELS, EXPECTATION_RATINGS, academicYearLabel, type ExpectationRating } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Radios, Textarea } from '@/components/ui/form-fields';
import { NotificationBanner, SummaryList, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { isApiError } from '@/lib/api-client';
import { hasPolicy } from '@/features/auth/authorization';
import { useMe } from '@/features/auth/api';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useSelfReview, useSubmitSelfReview, useUpdateSelfReview, type SelfReviewDetail } from '../api';
import { RatingTag } from '../components';

type Draft = Record<string, { rating: ExpectationRating | null; notes: string; evidence: string }>;

const RATING_OPTIONS = EXPECTATION_RATINGS.map((r) => ({ value: r, label: EXPECTATION_RATING_LABELS[r] }));

function draftOf(review: SelfReviewDetail): Draft {
  const d: Draft = {};
  for (const a of review.areas) for (const s of a.statements) d[s.id] = { rating: s.rating, notes: s.notes ?? '', evidence: s.evidence ?? '' };
  return d;
}

function errorMessages(error: unknown): { href: string; message: string }[] {
  if (!isApiError(error)) return [{ href: '#area-1', message: 'Something went wrong. Try again.' }];
  return error.fieldErrors.length ? error.fieldErrors.map((e) => ({ href: '#area-1', message: e.message })) : [{ href: '#area-1', message: error.message }];
}

function SelfReviewForm({ review }: { review: SelfReviewDetail }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(review));
  const [saved, setSaved] = useState<string | null>(null);
  const update = useUpdateSelfReview(review.id);
  const submit = useSubmitSelfReview(review.id);
  const set = (id: string, change: Partial<Draft[string]>) => setDraft((d) => ({ ...d, [id]: { ...d[id], ...change } }));
  const ratings = () => review.areas.flatMap((a) => a.statements).map((s) => ({
    statementId: s.id, rating: draft[s.id].rating, notes: draft[s.id].notes || null, evidence: draft[s.id].evidence || null,
  }));

  function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    update.mutate({ version: review.version, ratings: ratings() }, { onSuccess: (r) => setSaved(`Saved. ${r.unrated} statements are not rated yet.`) });
  }

  function saveAndSubmit() {
    setSaved(null);
    update.mutate({ version: review.version, ratings: ratings() }, { onSuccess: (r) => submit.mutate(r.version) });
  }

  const error = update.error ?? submit.error;
  return (
    <form onSubmit={save} noValidate>
      {error && <ErrorSummary errors={errorMessages(error)} />}
      {saved && <NotificationBanner success title="Saved">{saved}</NotificationBanner>}
      {review.areas.map((area) => (
        <section key={area.number} aria-labelledby={`area-${area.number}`} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id={`area-${area.number}`}>{area.number}. {area.title}</h2>
          {area.statements.map((s) => (
            <div key={s.id} className="govuk-!-margin-bottom-6">
              <Radios
                id={`rating-${s.id}`}
                legend={`${area.number}.${s.number} ${s.text}`}
                options={RATING_OPTIONS}
                value={draft[s.id].rating ?? ''}
                onChange={(v) => set(s.id, { rating: v as ExpectationRating })}
                small
              />
              <Textarea id={`notes-${s.id}`} label={`Notes on ${area.number}.${s.number}`} labelClassName="govuk-label--s" rows={2} value={draft[s.id].notes} onChange={(e) => set(s.id, { notes: e.target.value })} />
              <Textarea id={`evidence-${s.id}`} label={`Evidence for ${area.number}.${s.number}`} hint="Where the evidence is: documents, links, what a visitor would be shown" labelClassName="govuk-label--s" rows={2} value={draft[s.id].evidence} onChange={(e) => set(s.id, { evidence: e.target.value })} />
            </div>
          ))}
        </section>
      ))}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={update.isPending || submit.isPending}>Save the draft</button>
        <button type="button" className="govuk-button govuk-button--secondary" disabled={update.isPending || submit.isPending} onClick={saveAndSubmit}>
          Save and submit to the local authority
        </button>
      </div>
    </form>
  );
}

function SelfReviewReadOnly({ review }: { review: SelfReviewDetail }) {
  return (
    <>
      {review.areas.map((area) => (
        <section key={area.number} aria-labelledby={`area-${area.number}`}>
          <h2 className="govuk-heading-m" id={`area-${area.number}`}>{area.number}. {area.title}</h2>
          <dl className="govuk-summary-list">
            {area.statements.map((s) => (
              <div key={s.id} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{area.number}.{s.number} {s.text}</dt>
                <dd className="govuk-summary-list__value">
                  <RatingTag rating={s.rating} />
                  {s.notes && <p className="govuk-body-s govuk-!-margin-top-2">{s.notes}</p>}
                  {s.evidence && <p className="govuk-body-s">Evidence: {s.evidence}</p>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

/** A school's self-review against the local authority's expectations: rated statement by statement, then submitted. */
export function SelfReviewRoute() {
  const { reviewId = '' } = useParams();
  const review = useSelfReview(reviewId);
  const me = useMe();
  usePageTitle(review.data ? `Self-review ${academicYearLabel(review.data.academicYear)}, ${review.data.school.name}` : 'Self-review', review.isError);
  return (
    <RequirePolicy policy="readSchoolReviews">
      <QueryState query={review} loadingLabel="Loading the self-review" heading>
        {(r) => (
          <>
            <Link className="govuk-back-link" to={paths.school.getHref(r.schoolId)}>Back to {r.school.name}</Link>
            <span className="govuk-caption-l">{r.school.name}</span>
            <h1 className="govuk-heading-l">SEND self-review {academicYearLabel(r.academicYear)}</h1>
            <SummaryList rows={[
              { key: 'Against', value: `${r.framework.title} (edition ${r.framework.version})` },
              { key: 'State', value: r.state === 'submitted' ? `Submitted to the local authority ${formatDate(r.submittedAt)}${r.submittedBy ? ` by ${r.submittedBy}` : ''}` : 'Draft' },
              { key: 'Ratings', value: `${r.counts.embedded} embedded, ${r.counts.developing} developing, ${r.counts.not_yet} not yet in place, ${r.unrated} not rated` },
            ]} />
            {r.state === 'draft' && hasPolicy(me.data, 'writeSelfReview') ? <SelfReviewForm key={r.version} review={r} /> : <SelfReviewReadOnly review={r} />}
          </>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default SelfReviewRoute;
