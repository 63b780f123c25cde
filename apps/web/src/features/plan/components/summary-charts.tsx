import { Link } from 'react-router';
import {
  DELIVERY_STATUS_INFO,
  DELIVERY_STATUSES,
  IMPACT_STATUS_LABELS,
  IMPACT_STATUS_RAG,
  IMPACT_STATUSES,
  RAG_COLOURS,
} from '@send/domain';
import { CategoryBarChart, StackedBarChart } from '@/components/charts';
import { ChartFigure, Legend } from '@/components/ui/chart-figure';
import { FigureList } from '@/components/ui/figure-list';
import { DataTable } from '@/components/ui/sortable-table';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { formatDate, plural } from '@/lib/format';
import type { LatestCriticalReview, PlanSummary, SummaryCounts } from '../api';

const percent = (n: number, total: number) => (total === 0 ? '0%' : `${Math.round((n / total) * 100)}%`);

/** "17 not yet fully completed, 31 completed – monitoring impact and 7 completed – impact evidenced". */
export function listCounts(parts: { label: string; count: number }[]): string {
  const words = parts.map((p) => `${p.count} ${p.label.charAt(0).toLowerCase()}${p.label.slice(1)}`);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function HeadlineFigures({ summary }: { summary: SummaryCounts }) {
  const complete = summary.byDeliveryStatus.complete;
  const figures = [
    { value: summary.actions, label: 'actions in the plan', rag: undefined },
    { value: complete, label: 'complete', rag: 'blue' },
    { value: summary.byDeliveryStatus.off_track, label: 'off track', rag: 'red' },
    { value: summary.overdue, label: 'overdue', rag: 'red' },
  ] as const;
  return <FigureList label="Headline figures" figures={figures} />;
}


export function ImpactSplit({ summary, id = 'impact-split', title = 'Impact status', basis }: { summary: SummaryCounts; id?: string; title?: string; basis?: string }) {
  const parts = IMPACT_STATUSES.map((s) => ({ status: s, label: IMPACT_STATUS_LABELS[s], count: summary.byImpactStatus[s] }));
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={`${basis ? `${basis} ` : ''}Of ${plural(summary.actions, 'action')}: ${listCounts(parts)}.`}
      legend={<Legend items={parts.map((p) => ({ label: `${p.label}: ${p.count}`, className: `app-swatch--${IMPACT_STATUS_RAG[p.status]}` }))} />}
      table={
        <DataTable
          caption="Actions by impact status"
          head={['Impact status', 'Actions', 'Share']}
          rows={parts.map((p) => [p.label, p.count, percent(p.count, summary.actions)])}
        />
      }
    >
      <CategoryBarChart data={parts.map((p) => ({ label: p.label, value: p.count, colour: RAG_COLOURS[IMPACT_STATUS_RAG[p.status]].colour }))} />
    </ChartFigure>
  );
}

/**
 * The split the partners agreed at the latest approved critical review, named with the review and
 * its day: a judgement made at the review, not the actions' statuses of the day shown.
 */
export function CriticalReviewSplit({ review }: { review: LatestCriticalReview | null | undefined }) {
  if (!review) {
    return (
      <p className="govuk-body">
        No critical review has been approved yet.{' '}
        <Link className="govuk-link" to={paths.criticalReviews.getHref()}>
          Critical reviews
        </Link>
      </p>
    );
  }
  const parts = IMPACT_STATUSES.map((s) => ({ status: s, label: IMPACT_STATUS_LABELS[s], count: review.byJudgement[s] }));
  return (
    <section aria-labelledby="critical-review-split-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="critical-review-split-heading">
        From the critical review of {formatDate(review.reviewDate)}
      </h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.criticalReview.getHref(review.id)}>
          {review.title}
        </Link>
        {review.facilitators ? `, facilitated by ${review.facilitators}` : ''}. Of {plural(review.actions, 'action')}: {listCounts(parts)}.
      </p>
      <DataTable
        caption={`Actions by judgement at the critical review of ${formatDate(review.reviewDate)}`}
        head={['Judgement', 'Actions', 'Share']}
        rows={parts.map((p) => [
          <span key={p.status}>
            <span className={`app-swatch app-swatch--${IMPACT_STATUS_RAG[p.status]}`} aria-hidden="true" /> {p.label}
          </span>,
          p.count,
          percent(p.count, review.actions),
        ])}
      />
    </section>
  );
}

export function DeliverySplit({ summary, id = 'delivery-split' }: { summary: SummaryCounts; id?: string }) {
  const parts = DELIVERY_STATUSES.map((s) => ({ status: s, label: DELIVERY_STATUS_INFO[s].label, count: summary.byDeliveryStatus[s] }));
  return (
    <ChartFigure
      id={id}
      title="Delivery status (BRAG)"
      summary={`Of ${plural(summary.actions, 'action')}: ${listCounts(parts)}.`}
      legend={<Legend items={parts.map((p) => ({ label: `${p.label}: ${p.count}`, className: `app-swatch--${DELIVERY_STATUS_INFO[p.status].rag}` }))} />}
      table={
        <DataTable
          caption="Actions by delivery status"
          head={['Delivery status', 'Actions', 'Share']}
          rows={parts.map((p) => [p.label, p.count, percent(p.count, summary.actions)])}
        />
      }
    >
      <CategoryBarChart data={parts.map((p) => ({ label: p.label, value: p.count, colour: DELIVERY_STATUS_INFO[p.status].colour }))} />
    </ChartFigure>
  );
}

export function BragByPriority({ summary, compact }: { summary: PlanSummary; compact?: boolean }) {
  const worst = [...summary.priorities].sort(
    (a, b) => b.byDeliveryStatus.off_track + b.byDeliveryStatus.at_risk - (a.byDeliveryStatus.off_track + a.byDeliveryStatus.at_risk),
  )[0];
  const needingAttention = summary.priorities.filter((p) => p.byDeliveryStatus.off_track + p.byDeliveryStatus.at_risk > 0).length;
  const text =
    needingAttention === 0
      ? `None of the ${summary.priorities.length} priority areas has an action at risk or off track.`
      : `${plural(needingAttention, 'priority area')} of ${summary.priorities.length} ${needingAttention === 1 ? 'has' : 'have'} actions at risk or off track; the most are in priority ${worst.number}, ${worst.title} (${worst.byDeliveryStatus.at_risk} at risk, ${worst.byDeliveryStatus.off_track} off track).`;
  return (
    <ChartFigure
      id="brag-by-priority"
      title="Delivery status by priority area"
      summary={text}
      legend={<Legend items={DELIVERY_STATUSES.map((s) => ({ label: DELIVERY_STATUS_INFO[s].label, className: `app-swatch--${DELIVERY_STATUS_INFO[s].rag}` }))} />}
      table={
        <TableScroll label="Actions by priority area and delivery status">
          <DataTable
            caption="Actions by priority area and delivery status"
            head={['Priority area', ...DELIVERY_STATUSES.map((s) => DELIVERY_STATUS_INFO[s].label), 'Total']}
            rows={summary.priorities.map((p) => [
              <Link key={p.id} className="govuk-link" to={paths.priority.getHref(p.id)}>
                {p.number}. {p.title}
              </Link>,
              ...DELIVERY_STATUSES.map((s) => p.byDeliveryStatus[s]),
              p.actions,
            ])}
          />
        </TableScroll>
      }
    >
      <StackedBarChart
        labelWidth={compact ? 40 : 230}
        rows={summary.priorities.map((p) => ({
          label: compact ? String(p.number) : `${p.number}. ${p.title.length > 26 ? `${p.title.slice(0, 25)}…` : p.title}`,
          ...p.byDeliveryStatus,
        }))}
        series={DELIVERY_STATUSES.map((s) => ({ key: s, label: DELIVERY_STATUS_INFO[s].label, colour: DELIVERY_STATUS_INFO[s].colour }))}
      />
    </ChartFigure>
  );
}
