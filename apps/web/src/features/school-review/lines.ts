/** The non-empty lines of a textarea, trimmed: one item per line. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}
