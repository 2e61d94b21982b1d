// How the benchmark report writes numbers and tables: milliseconds, ratios, percentages, Markdown tables.
import { MB } from './stats.js';

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function yes(ok: boolean): string {
  return ok ? 'yes' : '**no**';
}

export function ms(value: number): string {
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 1000) return value.toFixed(1);
  return int(value);
}

export function us(msValue: number): string {
  return `${Math.round(msValue * 1000)} µs`;
}

export function us0(value: number): string {
  return int(value);
}

export function secs(msValue: number): string {
  return `${(msValue / 1000).toFixed(msValue < 1000 ? 2 : 1)} s`;
}

export function times(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function int(value: number): string {
  return Math.round(value).toLocaleString('en');
}

export function mb(bytes: number): string {
  return int(bytes / MB);
}

export function signedPct(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(Math.round(value * 1000) / 10)}%`;
}

export function millions(value: number): string {
  return value >= 1e6 ? `${(value / 1e6).toFixed(1)}M` : `${int(Math.round(value / 1000))}k`;
}

export function short(edges: number): string {
  return edges >= 1_000_000 ? `${edges / 1_000_000}M` : `${edges / 1000}k`;
}
