import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appMetrics } from "@/lib/server/observability/metrics";
import { DEFAULT_METRIC_NAMES, METRIC_NAMES } from "./metric-names";

// The Grafana dashboard and the Prometheus alerts (deploy/) may only use metrics the app
// registers: a renamed metric must not leave an empty panel or an alert that never fires.

const root = path.resolve(import.meta.dirname, "../..");
const dashboard = JSON.parse(readFileSync(path.join(root, "deploy/grafana/mlops-map-dashboard.json"), "utf8")) as {
  panels: { title: string; targets: { expr: string }[] }[];
};
const alerts = parse(readFileSync(path.join(root, "deploy/prometheus/alerts.yml"), "utf8")) as {
  groups: { rules: { alert: string; expr: string }[] }[];
};

const dashboardExprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr));
const alertExprs = alerts.groups.flatMap((g) => g.rules.map((r) => r.expr));

/** Metric names an expression reads; a histogram's series count as the histogram. */
function metricsIn(expr: string): string[] {
  const names = expr.match(/\b(?:mlops_map_[a-z0-9_]+|process_[a-z0-9_]+|nodejs_[a-z0-9_]+|up)\b(?=\s*[{[)])/g) ?? [];
  return names.map((name) => name.replace(/_(bucket|sum|count)$/, ""));
}

const known = new Set<string>([...Object.values(METRIC_NAMES), ...DEFAULT_METRIC_NAMES]);

describe("deploy/ dashboards and alerts", () => {
  it("use only metrics the app registers", () => {
    for (const expr of [...dashboardExprs, ...alertExprs]) {
      const names = metricsIn(expr);
      expect(names.length, expr).toBeGreaterThan(0);
      for (const name of names) expect(known.has(name), `${name} in ${expr}`).toBe(true);
    }
  });

  it("cover request rate, errors, latency, the pool, the notebook queue and conflicts", () => {
    const used = new Set(dashboardExprs.flatMap(metricsIn));
    for (const name of [
      METRIC_NAMES.httpRequests,
      METRIC_NAMES.httpDuration,
      METRIC_NAMES.dbPoolTotal,
      METRIC_NAMES.dbPoolWaiting,
      METRIC_NAMES.notebookQueue,
      METRIC_NAMES.pipelineStaleSaves,
    ])
      expect(used.has(name), name).toBe(true);
    expect(alerts.groups.flatMap((g) => g.rules.map((r) => r.alert))).toEqual(
      expect.arrayContaining([
        "MlopsMapHighErrorRate",
        "MlopsMapHighLatencyP99",
        "MlopsMapDatabaseDown",
        "MlopsMapInstanceDown",
      ]),
    );
  });

  it("names metrics the registry really has", () => {
    const { registry } = appMetrics();
    for (const name of [...Object.values(METRIC_NAMES), ...DEFAULT_METRIC_NAMES.filter((n) => n !== "up")])
      expect(registry.getSingleMetric(name), name).toBeDefined();
  });
});
