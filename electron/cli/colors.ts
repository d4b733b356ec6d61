import type { CliIO } from './cli-context';

export interface Palette {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const plain = (text: string) => text;
const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/** ANSI colours on a terminal only (never when piped, or with NO_COLOR set). */
export function paletteFor(io: CliIO): Palette {
  if (!io.isTTY || io.env['NO_COLOR'] !== undefined) return { green: plain, red: plain, yellow: plain, dim: plain, bold: plain };
  return { green: sgr(32, 39), red: sgr(31, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}
