import { formatNumber } from './amount.js';

const size = { format: (n: number) => formatNumber(n, 1) };

/** `10485760` → `10 MB`, `2048` → `2 kB` (powers of 1024, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${size.format(bytes)}\u00a0B`;
  if (bytes < 1024 * 1024) return `${size.format(bytes / 1024)}\u00a0kB`;
  return `${size.format(bytes / (1024 * 1024))}\u00a0MB`;
}
