import { RAG_COLOURS, type Rag } from './rag';

/** BRAG delivery status of an action, in the order screens list them. */
export const DELIVERY_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export function isDeliveryStatus(x: unknown): x is DeliveryStatus {
  return typeof x === 'string' && (DELIVERY_STATUSES as readonly string[]).includes(x);
}

export interface DeliveryStatusInfo {
  label: string;
  rag: Rag;
  /** Fill colour (hex). See rag.ts for why amber is darker than GOV.UK orange. */
  colour: string;
  /** Text colour that meets WCAG AA on `colour`. */
  textColour: string;
  /** Sort position in legends, tables and charts (1 = first). */
  order: number;
}

function info(label: string, rag: Rag, order: number): DeliveryStatusInfo {
  return { label, rag, order, ...RAG_COLOURS[rag] };
}

export const DELIVERY_STATUS_INFO: Readonly<Record<DeliveryStatus, DeliveryStatusInfo>> = {
  not_started: info('Not started', 'grey', 1),
  on_track: info('On track', 'green', 2),
  at_risk: info('At risk', 'amber', 3),
  off_track: info('Off track', 'red', 4),
  complete: info('Complete', 'blue', 5),
};

export function deliveryStatusLabel(status: DeliveryStatus): string {
  return DELIVERY_STATUS_INFO[status].label;
}
