import type { PublicSummaryContent } from '@send/domain';
import { dayInWords } from '@send/domain';

/**
 * The summary as the public reads it, in easy-read English: the headline in words, each part of
 * the plan in a sentence or two, what changed since the last board (counts only) and "You said,
 * we did". It holds only what the frozen content holds: no names, drafts, risks or evidence.
 */
export function SummaryView({ content, headingLevel = 2 }: { content: PublicSummaryContent; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H3 = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="app-public-summary">
      <p className="govuk-body-l">These figures are for {dayInWords(content.asAt)}.</p>
      <section aria-labelledby="public-headline">
        <H className="govuk-heading-l" id="public-headline">
          How we are doing
        </H>
        {content.headline.map((s) => (
          <p className="govuk-body-l" key={s}>
            {s}
          </p>
        ))}
      </section>
      <section aria-labelledby="public-areas">
        <H className="govuk-heading-l" id="public-areas">
          Each part of the plan
        </H>
        {content.priorityAreas.map((a) => (
          <div key={a.number} className="app-public-summary__area">
            <H3 className="govuk-heading-m">
              {a.number}. {a.title}
            </H3>
            <p className="govuk-body-l">{a.summary}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="public-changes">
        <H className="govuk-heading-l" id="public-changes">
          What changed since the last board meeting
        </H>
        <p className="govuk-body-l">{content.sinceLastBoard.sentences[0]}</p>
        {content.sinceLastBoard.sentences.length > 1 && (
          <ul className="govuk-list govuk-list--bullet govuk-body-l">
            {content.sinceLastBoard.sentences.slice(1).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="public-voice">
        <H className="govuk-heading-l" id="public-voice">
          You said, we did
        </H>
        {content.youSaidWeDid.length === 0 ? (
          <p className="govuk-body-l">We have nothing to share here yet.</p>
        ) : (
          content.youSaidWeDid.map((item, i) => (
            <div key={i} className="app-public-summary__voice">
              <p className="govuk-body-l">
                <strong>You said:</strong> {item.youSaid}
              </p>
              <p className="govuk-body-l">
                <strong>We did:</strong> {item.weDid}
              </p>
            </div>
          ))
        )}
      </section>
    </div>
  );
}
