import type { StepCategoryId } from "./taxonomy";
import type { Statement } from "./python-statements";
import type { Evidence } from "./statement-evidence";
import { sqlSignal } from "./signals-shell";
import { DATA_URL, DEPLOY_KEYS, ENCODER_KEYS, REQUEST_KEYS } from "./statement-keys";
import { DOCKERFILE_TEXT, MONITOR_OUTPUT } from "./signals-text";

// What a statement's string literals say on their own: page styling, a link for the reader,
// the keys of a prediction request or a deployment config, inline Dockerfiles and SQL, a
// monitor's report file, a data URL, and a printed message naming a metric.

type Cat = StepCategoryId;

const LINK_MARKUP = /<a\s[^>]*href=/i;
const METRIC_WORD =
  /^(score|scores|accuracy|acc|precision|recall|f1|auc|roc|rmse|mse|mae|mape|r2|loss|metrics?|performance)$/;
const namesMetric = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => METRIC_WORD.test(w));

export function literalEvidence(s: Statement): Evidence[] {
  const out: Evidence[] = [];
  const add = (category: Cat, weight: number, signal: string) => out.push({ category, weight, signal });
  for (const text of s.strings) {
    // `display(HTML("<style>…"))` restyles the notebook page: cosmetics, set up once.
    if (text.startsWith("<style")) add("setup", 3, "notebook page style");
    // `display(HTML('<b>Check the <a href="…">S3 location</a></b>'))`: a link for the reader, no data shown.
    else if (text.startsWith("<") && LINK_MARKUP.test(text)) add("other", 3, "a link for the reader");
    else if (REQUEST_KEYS.has(text)) add("serving", 2, `"${text}" (prediction request)`);
    else if (DEPLOY_KEYS.has(text)) add("deployment", 2, `"${text}" (deployment config)`);
    else if (ENCODER_KEYS.has(text)) add("feature_engineering", 2, `"${text}" (covariate encoder)`);
    // An image's Dockerfile given inline (`env.docker.base_dockerfile = """FROM …"""`) builds it.
    else if (text.length > 12 && DOCKERFILE_TEXT.test(text)) add("deployment", 2, "Dockerfile text");
    else if (text.length > 12 && /\bselect\b/i.test(text)) {
      const sql = sqlSignal(text);
      if (sql) add(sql.category, sql.weight, sql.what);
    } else if (MONITOR_OUTPUT.test(text)) add("monitoring", 3, "a model monitor's report file");
    else if (DATA_URL.test(text)) add("data_ingestion", 1.5, "data URL");
  }
  // `print(f"Test accuracy: {acc:.3f}")`: a message naming a metric reports the model's quality.
  if (s.calls.some((c) => c.root === "print" && c.path.length === 0) && s.strings.some(namesMetric))
    add("model_evaluation", 1.5, "prints a model's score");
  return out;
}
