import {
  DELIVERY_STATUS_INFO,
  IMPACT_STATUS_LABELS,
  IMPACT_STATUS_RAG,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUS_RAG,
  type DeliveryStatus,
  type ImpactStatus,
  type MeasureStatus,
  type Rag,
} from '@send/domain';

/** A RAG badge: always the word, coloured from the domain's palette by class. */
export function RagTag({ rag, label, className }: { rag: Rag; label: string; className?: string }) {
  return <strong className={`govuk-tag app-rag app-rag--${rag}${className ? ` ${className}` : ''}`}>{label}</strong>;
}

export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  const info = DELIVERY_STATUS_INFO[status];
  return <RagTag rag={info.rag} label={info.label} />;
}

export function ImpactStatusTag({ status }: { status: ImpactStatus }) {
  return <RagTag rag={IMPACT_STATUS_RAG[status]} label={IMPACT_STATUS_LABELS[status]} />;
}

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  return <RagTag rag={MEASURE_STATUS_RAG[status]} label={MEASURE_STATUS_LABELS[status]} />;
}

/** A small colour square beside a word, for legends. Decorative: the word carries the meaning. */
export function Swatch({ rag }: { rag: Rag }) {
  return <span className={`app-swatch app-swatch--${rag}`} aria-hidden="true" />;
}

/**
 * Marks a record the demonstration plan makes up to carry its real history on to today: an
 * update, a meeting, a decision, an item of evidence or a measure's figure. Never a real one.
 */
export function IllustrativeTag() {
  return <strong className="govuk-tag govuk-tag--grey app-illustrative">Illustrative</strong>;
}
