import type { StepCategoryId } from "./taxonomy";
import { MODEL_FILE } from "./signals-methods";

// Shell commands (`!cmd`, `%%bash`), line magics and SQL, by what the command does.

type Cat = StepCategoryId;
type CommandSignal = { category: Cat; weight: number; what: string };

const sig = (category: Cat, weight: number, what: string): CommandSignal => ({ category, weight, what });

/** Programs whose first word alone says it all. */
const PROGRAMS: Record<string, readonly [Cat, number]> = {
  pip: ["setup", 3],
  pip3: ["setup", 3],
  conda: ["setup", 3],
  mamba: ["setup", 3],
  micromamba: ["setup", 3],
  apt: ["setup", 3],
  "apt-get": ["setup", 3],
  "apt-key": ["setup", 3],
  yum: ["setup", 3],
  brew: ["setup", 3],
  npm: ["setup", 2],
  poetry: ["setup", 3],
  uv: ["setup", 3],
  mkdir: ["setup", 2],
  "nvidia-smi": ["setup", 2],
  source: ["setup", 1],
  export: ["setup", 1],
  git: ["setup", 1.5],
  wget: ["data_ingestion", 3],
  kaggle: ["data_ingestion", 3],
  unzip: ["data_ingestion", 2],
  gunzip: ["data_ingestion", 2],
  "7z": ["data_ingestion", 2],
  gdown: ["data_ingestion", 3],
  tensorboard: ["model_evaluation", 2],
  saved_model_cli: ["model_export", 2],
  "torch-model-archiver": ["model_export", 3],
  tensorflow_model_server: ["serving", 3],
  torchserve: ["serving", 3],
  uvicorn: ["serving", 3],
  gunicorn: ["serving", 3],
  streamlit: ["serving", 3],
  gradio: ["serving", 3],
  fastapi: ["serving", 3],
  grpcurl: ["serving", 3],
  pytest: ["testing", 3],
  locust: ["testing", 3],
  k6: ["testing", 3],
  great_expectations: ["testing", 3],
  gx: ["testing", 3],
  docker: ["deployment", 3],
  "docker-compose": ["deployment", 3],
  podman: ["deployment", 3],
  kubectl: ["deployment", 3],
  helm: ["deployment", 3],
  kustomize: ["deployment", 3],
  minikube: ["deployment", 3],
  kind: ["deployment", 3],
  k3d: ["deployment", 3],
  eksctl: ["deployment", 3],
  terraform: ["deployment", 3],
  tofu: ["deployment", 3],
  pulumi: ["deployment", 3],
  skaffold: ["deployment", 3],
  argocd: ["deployment", 3],
  kn: ["deployment", 3],
  heroku: ["deployment", 3],
  flyctl: ["deployment", 3],
  pack: ["deployment", 2],
};

/** Commands that neither help nor hurt (listing, moving, printing). */
const NEUTRAL = new Set([
  "cd",
  "ls",
  "ll",
  "pwd",
  "echo",
  "cat",
  "head",
  "tail",
  "rm",
  "cp",
  "mv",
  "chmod",
  "touch",
  "find",
  "du",
  "df",
  "which",
  "tree",
  "sleep",
  "ps",
  "kill",
  "wc",
  "grep",
  "sed",
  "awk",
  "less",
  "more",
  "file",
  "stat",
  "printf",
  "date",
  "whoami",
  "env",
  "true",
  "false",
  "set",
  "sort",
  "xargs",
  "tee",
  "jupyter",
]);

/** A request to a running model server rather than a download. */
export const SERVED_URL =
  /localhost|127\.0\.0\.1|0\.0\.0\.0|:predict|\/predict|\/invocations|\/health|\/v1\/models|\/v2\/models|:rawPredict|\/score\b|\/infer/i;
const REMOTE = /\b(gs|s3|az|abfss?|hdfs):\/\/|bucket|_uri\b|gcs|\bs3\b/i;

export function shellSignal(command: string): CommandSignal | null {
  let best: CommandSignal | null = null;
  for (const part of command.split(/\s*(?:&&|\|\||;|\|)\s*/)) {
    const found = simpleCommand(part);
    if (found && (!best || found.weight > best.weight)) best = found;
  }
  return best;
}

const ENVIRONMENT_FILE_URL =
  /https?:\/\/\S*\/(requirements[\w.-]*\.txt|constraints[\w.-]*\.txt|environment[\w.-]*\.ya?ml|conda[\w.-]*\.ya?ml|setup\.py|pyproject\.toml|install[\w.-]*\.sh)(\?\S*)?(\s|$)/i;

function words(command: string): string[] {
  const out = command.trim().split(/\s+/).filter(Boolean);
  // Wrappers and environment assignments in front of the real program.
  while (
    out.length > 0 &&
    (/^(sudo|nohup|time|exec|env|command)$/.test(out[0] ?? "") || /^[A-Za-z_]\w*=/.test(out[0] ?? ""))
  )
    out.shift();
  if (out[0]) out[0] = out[0].replace(/^.*\//, "");
  return out;
}

function simpleCommand(part: string): CommandSignal | null {
  const w = words(part);
  const [program = "", sub = "", third = ""] = w;
  const what = `\`${w.slice(0, 3).join(" ")}\``;
  if (program === "" || NEUTRAL.has(program)) return null;
  switch (program) {
    case "python":
    case "python3":
    case "py":
      // `python --version`: which interpreter the environment has, checked as versions are.
      if (/^(--version|-V|-VV)$/.test(sub)) return sig("setup", 2, what);
      return sub === "-m" ? moduleCommand(third, what) : scriptSignal(sub, what);
    case "wget":
    case "curl":
    case "http":
    case "https":
      // A requirements file, an environment spec or a script fetched to set the environment up,
      // not data: `wget …/requirements-cuda.txt`, `curl -O …/install.sh`.
      if (ENVIRONMENT_FILE_URL.test(part)) return sig("setup", 3, what);
      if (program === "wget") return sig("data_ingestion", 3, what);
      if (SERVED_URL.test(part) || /\s(-X\s*(POST|PUT)|-d|--data(-raw|-binary)?|--json)\b/.test(part))
        return sig("serving", 3, what);
      return /https?:\/\//.test(part) ? sig("data_ingestion", 2, what) : null;
    case "gsutil":
      return storageCommand(sub, w.slice(2), what);
    case "bq":
      return bigQueryCommand(sub, part, what);
    case "aws":
      return sub === "s3" ? storageCommand(third, w.slice(3), what) : awsCommand(w, what);
    case "gcloud":
      return gcloudCommand(
        w.filter((x) => x !== "beta" && x !== "alpha"),
        what,
      );
    case "az":
      return azCommand(w, what);
    case "dvc":
      return dvcCommand(sub, what);
    case "mlflow":
      if (sub === "models" || sub === "deployments")
        return /serve/.test(part) ? sig("serving", 3, what) : sig("deployment", 3, what);
      if (sub === "run") return sig("model_training", 2, what);
      return sig("model_evaluation", 1, what);
    case "bentoml":
      return bentomlCommand(sub, what);
    case "feast":
      return feastCommand(w, what);
    case "tar":
      return /\s-?[a-z]*x/.test(part) ? sig("data_ingestion", 2, what) : null;
    case "git":
      return sub === "lfs" ? sig("data_ingestion", 2, what) : sig("setup", 1.5, what);
    case "flask":
      return sub === "run" ? sig("serving", 3, what) : null;
    case "kfp":
    case "dsl-compile":
      return sig("model_training", 2, what);
  }
  const known = PROGRAMS[program];
  return known ? sig(known[0], known[1], what) : null;
}

/** BentoML's CLI: serving or running a bento answers requests; listing, getting and moving saved models is the export side. */
function bentomlCommand(sub: string, what: string): CommandSignal {
  if (/^(serve|serve-grpc|serve-http|run)$/.test(sub)) return sig("serving", 3, what);
  if (/^(get|list|models|export|import|push|pull)$/.test(sub)) return sig("model_export", 2, what);
  return sig("deployment", 2, what);
}

/**
 * Feast's CLI (its verb may follow options such as `--chdir dir`): `apply` registers the
 * feature definitions and `serve*` starts the feature servers (deployment), `materialize*`
 * loads features into the online store (preparation), `init` makes a project (setup).
 */
function feastCommand(w: readonly string[], what: string): CommandSignal | null {
  const verb = w.slice(1).find((x) => /^(apply|teardown|serve[\w-]*|materialize[\w-]*|init)$/.test(x));
  if (!verb) return null;
  if (verb.startsWith("materialize")) return sig("data_preparation", 2, what);
  if (verb === "init") return sig("setup", 2, what);
  return sig("deployment", 3, what);
}

function moduleCommand(module: string, what: string): CommandSignal | null {
  if (module === "pip") return sig("setup", 3, what);
  if (module === "pytest" || module === "unittest") return sig("testing", 3, what);
  if (module === "uvicorn" || module === "gunicorn" || module === "flask" || module === "streamlit")
    return sig("serving", 3, what);
  if (module === "tensorboard") return sig("model_evaluation", 2, what);
  return scriptSignal(module, what);
}

/** `python train.py`: the script's name says what it does. */
export function scriptSignal(script: string, what: string): CommandSignal | null {
  const name = script.toLowerCase().replace(/^.*\//, "");
  if (/^test_|_test\.py$|tests?\.py$/.test(name)) return sig("testing", 2, what);
  if (/train|fit|task\.py$/.test(name)) return sig("model_training", 2, what);
  if (/tun(e|ing)|hpo|sweep/.test(name)) return sig("hyperparameter_tuning", 2, what);
  if (/eval|score|metric/.test(name)) return sig("model_evaluation", 2, what);
  if (/^(app|main|serve|server|api|handler|inference|predict(or)?)\b/.test(name)) return sig("serving", 2, what);
  if (/deploy/.test(name)) return sig("deployment", 2, what);
  if (/monitor|drift/.test(name)) return sig("monitoring", 2, what);
  if (/prepro|prepare|clean|transform|split/.test(name)) return sig("data_preparation", 2, what);
  if (/feature/.test(name)) return sig("feature_engineering", 2, what);
  if (/download|fetch|ingest|load_data|get_data/.test(name)) return sig("data_ingestion", 2, what);
  if (/export|save/.test(name)) return sig("model_export", 2, what);
  return null;
}

/** `gsutil cp`, `aws s3 cp`: uploading a model is export, staging data is preparation, downloading is ingestion. */
function storageCommand(verb: string, args: string[], what: string): CommandSignal | null {
  if (verb === "mb") return sig("setup", 2, what);
  if (verb === "ls" || verb === "du" || verb === "stat") return sig("setup", 1, what);
  if (verb !== "cp" && verb !== "rsync" && verb !== "sync" && verb !== "mv") return null;
  const paths = args.filter((a) => !a.startsWith("-"));
  const dest = paths.at(-1) ?? "";
  const sources = paths.slice(0, -1);
  if (sources.some((s) => REMOTE.test(s)) && !REMOTE.test(dest)) return sig("data_ingestion", 2, what);
  if (!REMOTE.test(dest)) return null;
  if (sources.some((s) => MODEL_FILE.test(s)) || /model|artifact/i.test(dest)) return sig("model_export", 3, what);
  return sig("data_preparation", 2, what);
}

/**
 * BigQuery's CLI: `bq query` is its SQL's stage, and a query written into a table
 * (`--destination_table`) makes a new table from the data; `bq extract` exports a table to
 * files for training, `bq load` loads files in, `bq mk` creates a dataset.
 */
function bigQueryCommand(verb: string, part: string, what: string): CommandSignal | null {
  if (verb === "query") {
    if (/--destination_table\b/.test(part)) return sig("data_preparation", 2, what);
    const sql = sqlSignal(part);
    return sql ? sig(sql.category, sql.weight, what) : null;
  }
  if (verb === "extract") return sig("data_preparation", 2, what);
  if (verb === "load") return sig("data_ingestion", 2, what);
  if (verb === "mk") return sig("setup", 2, what);
  return null;
}

function gcloudCommand(w: string[], what: string): CommandSignal | null {
  const line = w.slice(1).join(" ");
  if (/^auth configure-docker/.test(line)) return sig("deployment", 3, what);
  if (/^(auth|config|projects|init)\b/.test(line)) return sig("setup", 2, what);
  // Enabling the registry, Cloud Run or GKE is getting ready to ship a container.
  if (
    /^services enable .*(artifactregistry|containerregistry|run\.|container\.|cloudbuild|cloudfunctions|appengine)/.test(
      line,
    )
  )
    return sig("deployment", 2, what);
  if (/^services enable/.test(line)) return sig("setup", 1, what);
  if (/^storage (cp|rsync|mv)/.test(line)) return storageCommand(w[2] ?? "", w.slice(3), what);
  if (/^storage (buckets create|mb)/.test(line)) return sig("setup", 2, what);
  if (
    /^(ai|ai-platform|ml-engine) (endpoints )?(predict|raw-predict|explain)\b/.test(line) ||
    /^ai endpoints (predict|raw-predict)/.test(line)
  )
    return sig("serving", 3, what);
  if (/^(ai-platform|ml-engine) local predict/.test(line)) return sig("serving", 3, what);
  if (/^(ai|ai-platform|ml-engine) (custom-jobs|jobs submit training|local train)/.test(line))
    return sig("model_training", 3, what);
  if (/^ai hp-tuning-jobs/.test(line)) return sig("hyperparameter_tuning", 3, what);
  if (/^ai model-monitoring-jobs/.test(line)) return sig("monitoring", 3, what);
  if (/^(ai|ai-platform|ml-engine) (endpoints|models|versions)/.test(line)) return sig("deployment", 3, what);
  if (/^(builds|run|container|artifacts|functions|app|compute|kms)\b/.test(line)) return sig("deployment", 3, what);
  if (/^logging|^monitoring/.test(line)) return sig("monitoring", 2, what);
  return sig("setup", 1, what);
}

function awsCommand(w: string[], what: string): CommandSignal | null {
  const line = w.slice(1).join(" ");
  if (/^(configure|sts|iam)\b/.test(line)) return sig("setup", 2, what);
  if (/^sagemaker-runtime invoke-endpoint/.test(line)) return sig("serving", 3, what);
  if (/^sagemaker create-training-job/.test(line)) return sig("model_training", 3, what);
  if (/^sagemaker (create|update|delete)-(endpoint|model)/.test(line)) return sig("deployment", 3, what);
  if (/^(ecr|ecs|eks|lambda|cloudformation)\b/.test(line)) return sig("deployment", 3, what);
  if (/^cloudwatch\b/.test(line)) return sig("monitoring", 2, what);
  return null;
}

function azCommand(w: string[], what: string): CommandSignal | null {
  const line = w.slice(1).join(" ");
  if (/^(login|account|configure|group)\b/.test(line)) return sig("setup", 2, what);
  if (/^ml (online|batch)-endpoint invoke/.test(line)) return sig("serving", 3, what);
  if (/^ml job/.test(line)) return sig("model_training", 3, what);
  if (/^ml model (create|register)/.test(line)) return sig("model_export", 3, what);
  if (/^(ml (online|batch)-(endpoint|deployment)|acr|aks|webapp|containerapp|functionapp)\b/.test(line))
    return sig("deployment", 3, what);
  return null;
}

function dvcCommand(verb: string, what: string): CommandSignal | null {
  if (verb === "init" || verb === "remote" || verb === "config") return sig("setup", 2, what);
  if (["pull", "get", "import", "import-url", "fetch", "checkout"].includes(verb))
    return sig("data_ingestion", 3, what);
  if (["add", "push", "commit"].includes(verb)) return sig("data_preparation", 2, what);
  if (["repro", "run", "exp"].includes(verb)) return sig("model_training", 2, what);
  if (["metrics", "plots"].includes(verb)) return sig("model_evaluation", 2, what);
  return null;
}

/** Line magics: `%pip`, `%matplotlib`, `%tensorboard`… (`%time` code is read as Python by the caller). */
export function magicSignal(name: string, args: string): CommandSignal | null {
  const what = `\`%${name}${args ? ` ${args.split(/\s+/)[0]}` : ""}\``;
  switch (name) {
    case "pip":
    case "conda":
    case "mamba":
      return sig("setup", 3, what);
    case "tensorboard":
      return sig("model_evaluation", 3, what);
    case "load_ext":
    case "reload_ext":
      return sig("setup", args.trim() === "tensorboard" ? 1 : 2, what);
    case "matplotlib":
    case "config":
    case "autoreload":
    case "env":
    case "set_env":
    case "watermark":
    case "aimport":
      return sig("setup", 2, what);
    // `%store -r` brings back the variables another notebook stored: the session's set-up.
    case "store":
      return /(^|\s)-r\b/.test(args) ? sig("setup", 2, what) : null;
    case "mkdir":
      return sig("setup", 2, what);
    case "sql":
    case "bigquery":
      return sqlSignal(args) ?? sig("data_ingestion", 2, what);
    case "run":
      return scriptSignal(args.split(/\s+/)[0] ?? "", what);
    case "sx":
    case "system":
      return shellSignal(args);
    default:
      return null;
  }
}

/** SQL text: BigQuery ML statements train, evaluate and predict; a SELECT loads data. */
/**
 * `SELECT year, COUNT(*) … GROUP BY year` shown as the cell's output (a `%%bigquery` with no
 * variable to keep it in): counts and averages per group, a summary to look at.
 */
export function shownSummarySql(args: string, body: string): CommandSignal | null {
  const kept = args.split(/\s+/).some((a) => /^[A-Za-z_]\w*$/.test(a));
  if (kept || !/\bGROUP\s+BY\b/i.test(body) || !SUMMARY_SQL.test(body) || /\b(CREATE|INSERT)\b/i.test(body))
    return null;
  return sig("data_exploration", 2, "SQL summary per group, shown");
}
const SUMMARY_SQL = /\b(COUNT|AVG|SUM|MIN|MAX|STDDEV\w*|APPROX_QUANTILES)\s*\(/i;

export function sqlSignal(text: string): CommandSignal | null {
  if (/\bCREATE\s+(OR\s+REPLACE\s+)?MODEL\b/i.test(text)) return sig("model_training", 3, "`CREATE MODEL` (SQL)");
  if (/\bML\.(EVALUATE|CONFUSION_MATRIX|ROC_CURVE|TRAINING_INFO|EXPLAIN_PREDICT|FEATURE_IMPORTANCE)\b/i.test(text))
    return sig("model_evaluation", 3, "`ML.EVALUATE` (SQL)");
  if (/\bML\.(PREDICT|FORECAST|DETECT_ANOMALIES|GENERATE_TEXT)\b/i.test(text))
    return sig("model_evaluation", 2, "`ML.PREDICT` (SQL)");
  if (/\bCREATE\s+(OR\s+REPLACE\s+)?(TABLE|VIEW)\b/i.test(text))
    return sig("data_preparation", 2, "`CREATE TABLE` (SQL)");
  if (/\bSELECT\b[\s\S]+\bFROM\b/i.test(text)) return sig("data_ingestion", 2, "SQL query");
  return null;
}
