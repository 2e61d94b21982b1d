// The part of autocannon's JS API the benchmark uses: the package ships no types.
declare module 'autocannon' {
  interface Percentiles {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  }

  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    /** Requests each connection sends in turn; `setupRequest` may rewrite one just before it is sent. */
    requests?: {
      setupRequest?: (request: { path: string }) => { path: string };
    }[];
  }

  export interface Result {
    url: string;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    '4xx': number;
    '5xx': number;
    /** Responses by status code. */
    statusCodeStats: Record<string, { count: number }>;
    latency: Percentiles;
    requests: Percentiles & { sent: number };
    throughput: Percentiles;
  }

  export default function autocannon(options: Options): Promise<Result>;
}
