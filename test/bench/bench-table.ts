/** What the benchmark scripts share for printing: percentiles, number formats and plain-text tables. */

/** The q-quantile (0–1) of `values` by the nearest-rank method; NaN when there are none. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** A whole number with thousands separators, or a dash when it was not measured. */
export const count = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '—' : Math.round(n).toLocaleString('en'));

/** Milliseconds, with a decimal below 10 ms where it still means something. */
export const ms = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '—' : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n).toLocaleString('en')} ms`);

/** Bytes as MiB. */
export const mib = (bytes: number | undefined): string => (bytes === undefined ? '—' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

/** A plain-text table with a header row; columns as wide as their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/** A positive number from an environment variable (BENCH_SECONDS…), or the default when unset or not one. */
export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
