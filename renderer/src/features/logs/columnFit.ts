/**
 * Column widths that fill the grid: when the view is wider than the columns' own widths, each
 * column grows in proportion to its width (the last one takes the rounding), so long values such
 * as error codes and app names show more instead of leaving blank space on the right. When the
 * view is narrower, the columns keep their widths and the grid scrolls sideways.
 */
export function fitColumns(widths: readonly number[], available: number): number[] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total === 0 || available <= total) return [...widths];
  const scale = available / total;
  const fitted = widths.map((width) => Math.floor(width * scale));
  fitted[fitted.length - 1]! += available - fitted.reduce((sum, width) => sum + width, 0);
  return fitted;
}
