export interface Figure {
  value: number;
  label: string;
  /** The border colour of a figure that needs attention; the label says it in words. */
  rag?: string;
}

/** Big numbers in a row, each with its words beneath. */
export function FigureList({ label, figures }: { label: string; figures: readonly Figure[] }) {
  return (
    <ul className="app-figures" aria-label={label}>
      {figures.map((f) => (
        <li key={f.label} className={`app-figure${f.rag ? ` app-border--${f.rag}` : ''}`}>
          <span className="app-figure__value">{f.value}</span>
          <span className="app-figure__label">{f.label}</span>
        </li>
      ))}
    </ul>
  );
}
