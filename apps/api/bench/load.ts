import autocannon from 'autocannon';

/** One load run against one route: throughput and latency of the 2xx answers. */
export interface Sample {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Non-2xx answers and connection errors: a run with any is not a valid measurement. */
  failures: number;
}

export interface LoadOptions {
  /** http://127.0.0.1:port */
  base: string;
  /** Paths asked in turn by every connection (one plan after another). */
  paths: string[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Paced: this many requests per second across all connections, at most `connections` in flight. */
  overallRate?: number;
}

/**
 * Runs autocannon (as a library) and measures latencies itself, to the microsecond, so p95 is
 * exact (autocannon's own histogram has no p95 and rounds to the millisecond).
 */
export async function load(options: LoadOptions): Promise<Sample> {
  const run = await runAutocannon(options);
  return sampleOf(run.latencies, run.failures, run.duration);
}

/**
 * A paced load: `rate` requests per second in all, at most `connections` in flight. autocannon's
 * overallRate lets each connection send its share of a second back to back when the second
 * starts, all connections on the same tick, which makes a burst at full concurrency every second.
 * One autocannon instance per connection, each with its share of the rate (overallRate), started
 * a fraction of a second apart, spreads those bursts over the second instead.
 */
export async function loadPaced(options: LoadOptions & { overallRate: number }): Promise<Sample> {
  const { connections, overallRate } = options;
  const runs = await Promise.all(
    Array.from({ length: connections }, (_, i) =>
      new Promise<RawRun>((resolveRun, reject) => {
        setTimeout(() => {
          const paths = [...options.paths.slice(i % options.paths.length), ...options.paths.slice(0, i % options.paths.length)];
          runAutocannon({ ...options, paths, connections: 1, overallRate: Math.round(overallRate / connections) }).then(resolveRun, reject);
        }, Math.round((i * 1000) / connections));
      }),
    ),
  );
  const latencies = runs.flatMap((r) => r.latencies);
  return sampleOf(latencies, runs.reduce((n, r) => n + r.failures, 0), Math.max(...runs.map((r) => r.duration)));
}

interface RawRun {
  latencies: number[];
  failures: number;
  duration: number;
}

async function runAutocannon(options: LoadOptions): Promise<RawRun> {
  const latencies: number[] = [];
  let failures = 0;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolveRun, reject) => {
    instance = autocannon({
      url: options.base,
      connections: options.connections,
      duration: options.seconds,
      headers: options.headers,
      requests: options.paths.map((path) => ({ method: 'GET', path })),
      ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    }, (error, result) => (error ? reject(error) : resolveRun(result)));
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures++;
  });
  const result = await done;
  return { latencies, failures: failures + result.errors, duration: result.duration }; // errors include timeouts
}

function sampleOf(latencies: number[], failures: number, duration: number): Sample {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requestsPerSecond: latencies.length / duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    requests: latencies.length,
    failures,
  };
}

/** Nearest-rank percentile of sorted values (NaN when there are none). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
