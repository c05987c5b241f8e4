// Every metric the app registers, by name, in one place: the registry
// (lib/server/metrics/registry.ts), the Grafana dashboard and the Prometheus alerts
// (deploy/) all use these, and deploy-metrics.test.ts checks the last two against this list.

/** Prefix of the app's own metrics; prom-client's default process metrics keep their own names. */
export const METRIC_PREFIX = "mlops_map_";

export const METRIC_NAMES = {
  httpRequests: "mlops_map_http_requests_total",
  httpDuration: "mlops_map_http_request_duration_seconds",
  httpInFlight: "mlops_map_http_requests_in_flight",
  dbPoolTotal: "mlops_map_db_pool_connections",
  dbPoolIdle: "mlops_map_db_pool_idle_connections",
  dbPoolWaiting: "mlops_map_db_pool_waiting_clients",
  dbUp: "mlops_map_db_up",
  notebookQueue: "mlops_map_notebook_analysis_queue_length",
  notebookInFlight: "mlops_map_notebook_analysis_in_flight",
  notebookDuration: "mlops_map_notebook_analysis_duration_seconds",
  pipelineStaleSaves: "mlops_map_pipeline_stale_saves_total",
  draining: "mlops_map_draining",
} as const;

/**
 * prom-client's default metrics this app's dashboards and alerts may use (collectDefaultMetrics
 * registers them, unprefixed), plus Prometheus's own `up` series for a scrape target.
 */
export const DEFAULT_METRIC_NAMES = [
  "process_cpu_seconds_total",
  "process_resident_memory_bytes",
  "process_start_time_seconds",
  "nodejs_eventloop_lag_p99_seconds",
  "nodejs_heap_size_used_bytes",
  "up",
] as const;

/** Outcomes of a save from an older version (lib/server/pipeline.ts). */
export type TStaleSaveOutcome = "merged" | "conflict_overlap" | "conflict_stale";
