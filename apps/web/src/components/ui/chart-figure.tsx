import type { ReactNode } from 'react';
import { Details } from './misc';

/**
 * A chart with what makes it accessible: a title, a text summary of what it shows, the chart itself
 * (hidden from assistive technology, which gets the rest), a legend in words, and the same
 * figures as a table behind "View as a table".
 */
export function ChartFigure({
  id,
  title,
  summary,
  legend,
  table,
  children,
  headingLevel = 2,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  legend?: ReactNode;
  table: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="app-chart" aria-labelledby={`${id}-title`}>
      <H className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={`${id}-title`}>
        {title}
      </H>
      <p className="govuk-body app-chart__summary">{summary}</p>
      {legend}
      <div className="app-chart__canvas" aria-hidden="true">
        {children}
      </div>
      <Details summary={`View “${title}” as a table`}>{table}</Details>
    </figure>
  );
}

/** A legend of colour swatches with their words. */
export function Legend({ items }: { items: { label: string; className: string }[] }) {
  return (
    <ul className="app-legend" aria-hidden="true">
      {items.map((i) => (
        <li key={i.label} className="app-legend__item">
          <span className={`app-swatch ${i.className}`} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
