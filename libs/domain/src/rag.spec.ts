import { RAG_COLOURS, RAGS } from './rag';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('RAG_COLOURS', () => {
  it('has a colour for every RAG', () => {
    expect(Object.keys(RAG_COLOURS).sort()).toEqual([...RAGS].sort());
  });

  it.each(RAGS)('gives %s text that meets WCAG AA (4.5:1) on its fill', (rag) => {
    const { colour, textColour } = RAG_COLOURS[rag];
    expect(contrast(colour, textColour)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(RAGS)('keeps the %s fill at 3:1 or more against a white page, for charts', (rag) => {
    expect(contrast(RAG_COLOURS[rag].colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
