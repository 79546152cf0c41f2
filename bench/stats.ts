/** Percentile of sorted-ascending samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns p50/p95 in milliseconds. */
export async function timeRuns(fn: () => Promise<unknown>, runs = 30, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs };
}

/** Samples the process's resident memory; `peak()` is the highest seen. */
export function memoryWatch(intervalMs = 200) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), intervalMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage().rss),
    reset: () => (peak = process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

/** A generator's onProgress: a new line per stage, a dot per step. */
export function stageDots() {
  let last = '';
  return (_m: string, p: { stage: string }) => {
    if (p.stage !== last) process.stdout.write(`\n  ${p.stage} `);
    last = p.stage;
    process.stdout.write('.');
  };
}

/** Figures printed as they come and kept as markdown table rows for docs/benchmarks.md. */
export function figureTable(engine: string) {
  const lines: string[] = [];
  const row = (what: string, figure: string) => {
    lines.push(`| ${engine} | ${what} | ${figure} |`);
    console.log(`  ${what}: ${figure}`);
  };
  return { lines, row };
}
