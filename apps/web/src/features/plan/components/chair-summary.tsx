import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

// What the summary reads of other features' data, as the dashboard route passes it in (features do not import each other).
export interface ChairSummaryProps {
  day: string;
  exceptions: { counts: { off_track: number; overdue: number } } | undefined;
  measures: { title: string; targetMissed?: boolean; valueOverdue?: boolean }[] | undefined;
  openDecisions: { overdue: boolean }[] | undefined;
  nextBoard: { id: string; title: string; meetingDate: string } | null | undefined;
  nextBoardPacks: { state: string; stateLabel: string }[] | undefined;
}

const count = (n: number | undefined, one: string, many: string) => (n === undefined ? 'Loading…' : `${n} ${n === 1 ? one : many}`);

/**
 * The chair's first screen: where to challenge (off track, overdue, targets missed), the open and
 * overdue decisions, and the next board with the state of its pack. Every figure is the same one
 * the lists further down (and the board pack) show.
 */
export function ChairSummary({ day, exceptions, measures, openDecisions, nextBoard, nextBoardPacks }: ChairSummaryProps) {
  const missed = measures?.filter((m) => m.targetMissed);
  const late = measures?.filter((m) => m.valueOverdue);
  const overdueDecisions = openDecisions?.filter((d) => d.overdue);
  const pack = nextBoardPacks?.find((p) => p.state === 'published') ?? nextBoardPacks?.[0];
  return (
    <section className="app-chair-summary govuk-!-margin-bottom-6" aria-labelledby="chair-summary-heading">
      <h2 className="govuk-heading-m" id="chair-summary-heading">
        Summary for the board, {formatDate(day)}
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Where to challenge</h3>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <a className="govuk-link" href="#exceptions">
                {count(exceptions?.counts.off_track, 'action off track', 'actions off track')}
              </a>
            </li>
            <li>
              <a className="govuk-link" href="#exceptions">
                {count(exceptions?.counts.overdue, 'action overdue', 'actions overdue')}
              </a>
            </li>
            <li>
              <Link className="govuk-link" to={paths.measures.getHref()}>
                {missed === undefined ? 'Loading…' : missed.length === 1 ? '1 measure past its target date without meeting it' : `${missed.length} measures past their target dates without meeting them`}
              </Link>
              {missed && missed.length > 0 && `: ${missed.map((m) => m.title).join('; ')}`}
            </li>
            {late && late.length > 0 && <li>{count(late.length, 'measure is', 'measures are')} waiting for a value that is overdue</li>}
          </ul>
        </div>
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Decisions and the next board</h3>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <Link className="govuk-link" to={paths.decisions.getHref()}>
                {count(openDecisions?.length, 'open decision or challenge', 'open decisions and challenges')}
              </Link>
              {overdueDecisions !== undefined && `, ${overdueDecisions.length} overdue`}
            </li>
            <li>
              {nextBoard === undefined ? (
                'Loading the next board…'
              ) : nextBoard === null ? (
                'No board meeting is scheduled.'
              ) : (
                <>
                  Next board:{' '}
                  <Link className="govuk-link" to={paths.meeting.getHref(nextBoard.id)}>
                    {nextBoard.title}, {formatDate(nextBoard.meetingDate)}
                  </Link>
                  . Its pack: {nextBoardPacks === undefined ? 'loading…' : pack ? `${pack.stateLabel.toLowerCase()}` : 'not generated yet'}.
                </>
              )}
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
