/**
 * RAG colours shared by delivery status and measure status, from the GOV.UK
 * palette. RAG is never shown by colour alone: every badge also shows its word.
 */
export const RAGS = ['grey', 'green', 'amber', 'red', 'blue'] as const;
export type Rag = (typeof RAGS)[number];

export interface RagColour {
  /** Fill colour (hex). */
  colour: string;
  /** Text colour with at least 4.5:1 contrast on the fill (WCAG AA). */
  textColour: string;
}

const WHITE = '#ffffff';
/** GOV.UK text colour. */
const BLACK = '#0b0c0c';

export const RAG_COLOURS: Readonly<Record<Rag, RagColour>> = {
  grey: { colour: '#505a5f', textColour: WHITE }, // 7.1:1
  green: { colour: '#00703c', textColour: WHITE }, // 6.2:1
  // GOV.UK orange #f47738 is only 2.8:1 against a white page, below the 3:1
  // WCAG 1.4.11 asks of chart bars and badge shapes, and fails with white text.
  // This darker amber is 3.7:1 against white and takes black text at 5.3:1.
  amber: { colour: '#d4661f', textColour: BLACK },
  red: { colour: '#d4351c', textColour: WHITE }, // 4.9:1
  blue: { colour: '#1d70b8', textColour: WHITE }, // 5.2:1
};
