// The part of autocannon's API the ingestion benchmark uses (the package ships no types).
declare module "autocannon" {
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
  export type AutocannonResult = { latency: Histogram; requests: Histogram & { total: number }; duration: number; non2xx: number; errors: number; timeouts: number; "2xx": number };
  type Options = {
    url: string;
    connections?: number;
    amount?: number;
    timeout?: number;
    requests?: {
      method?: string;
      setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
    }[];
  };
  function autocannon(options: Options): Promise<AutocannonResult>;
  export default autocannon;
}
