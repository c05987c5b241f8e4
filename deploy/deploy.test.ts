import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse as parseYaml } from "yaml";
import { parseServerEnv, ZServerEnv } from "@/lib/env";

// The deployment files against the app they deploy: no helm, kubectl or Docker runs here, so
// this reads them as data. Every manifest parses; probes, health checks and ports point at
// what the app serves; every variable they set is one the app reads (lib/env.ts).

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Next's own variables, read by server.js and next itself rather than by lib/env.ts. */
const NEXT_OWN_ENV = new Set(["NODE_ENV", "PORT", "HOSTNAME", "NEXT_TELEMETRY_DISABLED"]);
/** How long the app drains after SIGTERM before it closes its pool (the graceful-shutdown bound). */
const SHUTDOWN_DRAIN_SECONDS = 25;

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> } };
type Kustomization = {
  resources?: string[];
  secretGenerator?: { name: string; envs?: string[] }[];
  configMapGenerator?: { name: string; literals?: string[] }[];
};
type Probe = { httpGet: { path: string; port: string | number } };
type Container = {
  name: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
};
type Deployment = Manifest & {
  spec: {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        terminationGracePeriodSeconds: number;
        securityContext: { runAsNonRoot?: boolean };
        initContainers?: Container[];
        containers: Container[];
      };
    };
  };
};

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .map((f) => path.join(dir, f));
}

function parseStrict(file: string): unknown[] {
  return parseAllDocuments(read(file)).map((doc) => {
    expect(doc.errors, `${file}: ${doc.errors.join("; ")}`).toEqual([]);
    return doc.toJS();
  });
}

const base = "deploy/k8s/base";
const overlay = "deploy/k8s/overlays/production";
const baseKustomization = parseYaml(read(`${base}/kustomization.yaml`)) as Kustomization;
const overlayKustomization = parseYaml(read(`${overlay}/kustomization.yaml`)) as Kustomization;
const manifests = (baseKustomization.resources ?? []).flatMap((f) => parseStrict(`${base}/${f}`) as Manifest[]);
const byKind = <T extends Manifest>(kind: string) => manifests.filter((m) => m.kind === kind) as T[];
const deployment = byKind<Deployment>("Deployment")[0]!;
const pod = deployment.spec.template.spec;
const app = pod.containers.find((c) => c.name === "app")!;
const appPort = app.ports!.find((p) => p.name === "http")!.containerPort;

const dockerfile = read("Dockerfile");
const compose = parseYaml(read("docker-compose.yml")) as {
  services: Record<string, Record<string, unknown>>;
};
const composeApp = compose.services.app as {
  environment: Record<string, string>;
  ports: string[];
  depends_on: Record<string, { condition: string }>;
  healthcheck: { test: string[] };
};

/** `${NAME:-default}` as compose resolves it with nothing set in the environment. */
const composeDefault = (value: string) => value.replace(/\$\{\w+:-([^}]*)\}/g, "$1");
/** `KEY=value` lines of an env file, comments and blank lines skipped. */
function envFile(file: string): Record<string, string> {
  const lines = read(file)
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"));
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
}
/** Names set by the Dockerfile's ENV instructions (`ENV A=1 \` continuation lines included). */
function dockerfileEnv(stage?: string): Record<string, string> {
  const text = stage ? dockerfile.slice(dockerfile.indexOf(`AS ${stage}`)) : dockerfile;
  const joined = text.replace(/\\\n/g, " ");
  const pairs = [...joined.matchAll(/^ENV\s+(.+)$/gm)].flatMap((m) => m[1]!.trim().split(/\s+/));
  return Object.fromEntries(pairs.map((p) => p.split("=") as [string, string]));
}
/** The app route that answers `urlPath` (app/<path>/route.ts), or null. */
function routeFile(urlPath: string): string | null {
  const file = path.join("app", urlPath, "route.ts");
  return existsSync(path.join(root, file)) ? file : null;
}
const healthPaths = (text: string) => [...text.matchAll(/127\.0\.0\.1:[^/]*(\/api\/[a-z/]+)/g)].map((m) => m[1]!);

const secretEnv = envFile(`${overlay}/secrets.env.example`);
const configMap = byKind<Manifest & { data: Record<string, string> }>("ConfigMap")[0]!;

describe("Kubernetes manifests (deploy/k8s)", () => {
  it("parse, and the kustomizations list every manifest beside them", () => {
    for (const file of yamlFiles("deploy")) expect(parseStrict(file).length, file).toBeGreaterThan(0);
    const listed = new Set(["kustomization.yaml", ...(baseKustomization.resources ?? [])]);
    expect(readdirSync(path.join(root, base)).filter((f) => !listed.has(f))).toEqual([]);
    for (const resource of overlayKustomization.resources ?? [])
      expect(existsSync(path.join(root, overlay, resource)), resource).toBe(true);
    for (const m of manifests) expect([m.apiVersion, m.kind, m.metadata.name].every(Boolean)).toBe(true);
    expect(new Set(manifests.map((m) => m.kind))).toEqual(
      new Set(["ConfigMap", "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget"]),
    );
  });

  it("run at least two pods, each probed, bounded and unprivileged", () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
      expect(Object.keys(c.resources?.requests ?? {}).sort(), c.name).toEqual(["cpu", "memory"]);
      expect(Object.keys(c.resources?.limits ?? {}).sort(), c.name).toEqual(["cpu", "memory"]);
      expect(c.securityContext, c.name).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
    }
    expect(app.readinessProbe && app.livenessProbe).toBeTruthy();
    // The drain must end before Kubernetes sends SIGKILL.
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(SHUTDOWN_DRAIN_SECONDS);
  });

  it("probe paths that the app serves, on the container's port", () => {
    for (const probe of [app.readinessProbe!, app.livenessProbe!, app.startupProbe!]) {
      expect(routeFile(probe.httpGet.path), probe.httpGet.path).not.toBeNull();
      expect([appPort, "http"]).toContain(probe.httpGet.port);
    }
    // Readiness asks the database; liveness must not, or an outage restarts every pod.
    expect(read(routeFile(app.readinessProbe!.httpGet.path)!)).toContain("isDatabaseUp");
    expect(read(routeFile(app.livenessProbe!.httpGet.path)!)).not.toContain("isDatabaseUp");
  });

  it("migrate before the server starts, with the files the image holds", () => {
    const prepare = read("scripts/standalone-prepare.mjs");
    const migrate = pod.initContainers!.find((c) => c.name === "migrate")!;
    expect(migrate.command).toEqual(["node", "migrate.mjs"]);
    expect(app.command).toEqual(["node", "start.mjs", "--skip-migrations"]);
    for (const file of ["migrate.mjs", "start.mjs"]) expect(prepare).toContain(`"${file}"`);
  });

  it("agree on ports, labels and targets", () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(labels).toMatchObject(deployment.spec.selector.matchLabels);
    const service = byKind<
      Manifest & { spec: { selector: Record<string, string>; ports: { name: string; targetPort: string | number }[] } }
    >("Service")[0]!;
    expect(labels).toMatchObject(service.spec.selector);
    for (const p of service.spec.ports) expect([appPort, "http"]).toContain(p.targetPort);
    const ingress = byKind<
      Manifest & {
        spec: {
          rules: {
            http: { paths: { backend: { service: { name: string; port: { name?: string; number?: number } } } }[] };
          }[];
        };
      }
    >("Ingress")[0]!;
    for (const rule of ingress.spec.rules)
      for (const { backend } of rule.http.paths) {
        expect(backend.service.name).toBe(service.metadata.name);
        expect(service.spec.ports.map((p) => p.name)).toContain(backend.service.port.name);
      }
    const hpa = byKind<Manifest & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number } }>(
      "HorizontalPodAutoscaler",
    )[0]!;
    expect(hpa.apiVersion).toBe("autoscaling/v2");
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: "Deployment", name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = byKind<
      Manifest & { spec: { selector: { matchLabels: Record<string, string> }; minAvailable: number } }
    >("PodDisruptionBudget")[0]!;
    expect(labels).toMatchObject(pdb.spec.selector.matchLabels);
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
  });

  it("take configuration from the ConfigMap and the secrets (database, session key, metrics token) from the Secret only", () => {
    const secretNames = (overlayKustomization.secretGenerator ?? []).map((s) => s.name);
    const refs = [...(pod.initContainers ?? []), ...pod.containers].flatMap((c) => [
      ...(c.envFrom ?? []).map((e) => e.secretRef?.name ?? e.configMapRef?.name),
      ...(c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name),
    ]);
    for (const ref of refs.filter(Boolean)) expect([...secretNames, configMap.metadata.name]).toContain(ref);
    const secrets = ["BETTER_AUTH_SECRET", "DATABASE_URL", "METRICS_TOKEN"];
    expect(Object.keys(secretEnv).sort()).toEqual(secrets);
    for (const name of secrets) expect(Object.keys(configMap.data)).not.toContain(name);
    // The example values are of the right shape, so a copy that is only edited still starts.
    expect(() => parseServerEnv({ ...configMap.data, ...secretEnv })).not.toThrow();
  });
});

describe("every variable set for the app is one it reads", () => {
  const known = new Set([...Object.keys(ZServerEnv.shape), ...NEXT_OWN_ENV]);
  const sets: Record<string, string[]> = {
    ConfigMap: Object.keys(configMap.data),
    "overlay configMapGenerator": (overlayKustomization.configMapGenerator ?? []).flatMap((g) =>
      (g.literals ?? []).map((l) => l.slice(0, l.indexOf("="))),
    ),
    "secrets.env.example": Object.keys(secretEnv),
    "Deployment env": [...(pod.initContainers ?? []), ...pod.containers].flatMap((c) =>
      (c.env ?? []).map((e) => e.name),
    ),
    "docker-compose.yml app": Object.keys(composeApp.environment),
    "Dockerfile ENV": Object.keys(dockerfileEnv()),
  };
  it.each(Object.entries(sets))("%s", (_, names) => {
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !known.has(n))).toEqual([]);
  });
});

describe("the image (Dockerfile) and docker-compose.yml", () => {
  const runner = dockerfileEnv("runner");
  const exposed = Number(/^EXPOSE (\d+)$/m.exec(dockerfile)?.[1]);

  it("listen on the port the manifests probe and the Service targets", () => {
    expect(Number(runner.PORT)).toBe(appPort);
    expect(exposed).toBe(appPort);
    expect(runner.HOSTNAME).toBe("0.0.0.0");
    expect(composeApp.ports.map((p) => Number(p.split(":").pop()))).toEqual([appPort]);
    expect(composeApp.healthcheck.test.join(" ")).toContain(`127.0.0.1:${appPort}/`);
  });

  it("health-check a route the app serves", () => {
    const checks = [
      ...healthPaths(dockerfile.slice(dockerfile.indexOf("HEALTHCHECK"))),
      ...healthPaths(composeApp.healthcheck.test.join(" ")),
    ];
    expect(checks).toEqual(["/api/health", "/api/health"]);
    for (const p of checks) expect(routeFile(p), p).not.toBeNull();
  });

  it("run as a non-root user, starting with the migrations", () => {
    const runnerStage = dockerfile.slice(dockerfile.indexOf("AS runner"));
    expect(/^USER (\w+)$/m.exec(runnerStage)?.[1]).toBe("node");
    expect(runnerStage).toMatch(/^CMD \["node", "start\.mjs"\]$/m);
    expect([...runnerStage.matchAll(/^COPY --from=build(?:\s+--\S+)*\s+(\S+)/gm)].map((m) => m[1])).toEqual([
      "/app/.next/standalone",
    ]);
  });

  it("start the app after a healthy PostgreSQL 15, with a valid environment as declared", () => {
    expect(compose.services.postgres!.image).toMatch(/^postgres:15/);
    expect(composeApp.depends_on.postgres).toEqual({ condition: "service_healthy" });
    expect(compose.services.redis!.profiles).toEqual(["redis"]);
    const env = Object.fromEntries(Object.entries(composeApp.environment).map(([k, v]) => [k, composeDefault(v)]));
    const parsed = parseServerEnv(env);
    expect(parsed.DATABASE_URL).toMatch(/@postgres:5432\//);
  });
});
