/** A measured figure with the target it is held to (when it has one). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The bar: the value must be at most this. */
  max?: number;
}

export function formatFigure(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(1);
  const verdict = figure.max === undefined ? '' : figure.value <= figure.max ? `  ✔ (≤ ${figure.max} ${figure.unit})` : `  ✖ over the bar of ${figure.max} ${figure.unit}`;
  return `${figure.name.padEnd(58)} ${value.padStart(9)} ${figure.unit}${verdict}`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
