import type { BlockScore } from "./block-scoring";
import type { StepCategoryId } from "./taxonomy";
import { scriptSignal, shellSignal, sqlSignal } from "./signals-shell";
import { DOCKERFILE_TEXT } from "./signals-text";

// `%%writefile <path>` cells: what matters is the file written. A Dockerfile is deployment,
// a FastAPI app serving, a training script training, requirements.txt setup.

type Cat = StepCategoryId;
type WrittenFile = { category: Cat | null; weight: number; signal: string };

/** For scripts: the first of these the script clearly does is what it is for. */
const SCRIPT_PURPOSE: readonly Cat[] = [
  "testing",
  "serving",
  "monitoring",
  "deployment",
  "hyperparameter_tuning",
  "model_training",
  "model_evaluation",
  "model_export",
  "feature_engineering",
  "data_preparation",
  "data_exploration",
  "data_ingestion",
];
/**
 * Module files whose entry point a pipeline component calls say what they are for by that
 * function's name (TFX: Transform calls `preprocessing_fn`, Trainer `run_fn` or the older
 * `trainer_fn`, Tuner `tuner_fn`). A trainer module also builds the serving signature it exports
 * with, which would otherwise rank it a serving script.
 */
const ENTRY_POINTS: readonly (readonly [RegExp, Cat])[] = [
  [/^def (run_fn|trainer_fn)\(/m, "model_training"],
  [/^def (tuner_fn)\(/m, "hyperparameter_tuning"],
  [/^def (preprocessing_fn)\(/m, "data_preparation"],
];
const PYTHON_HINT = /^\s*(import |from \S+ import |def |class |if __name__)/m;
const REQUEST_KEYS = /"(instances|signature_name|inputs|dataframe_split|dataframe_records)"\s*:/;

export function writefileTarget(args: string): string {
  // `%%writefile -a path`: flags first, the path last.
  return (
    args
      .split(/\s+/)
      .filter((a) => a && !a.startsWith("-"))
      .at(-1) ?? ""
  );
}

export function classifyWrittenFile(
  path: string,
  content: string,
  scorePython: (source: string) => BlockScore,
  writtenDirs: ReadonlyMap<string, Cat>,
): WrittenFile {
  const found = byKind(path, content, scorePython);
  if (found.category && found.weight >= 2) return found;
  // A helper script next to files we know (app/prestart.sh beside app/main.py) belongs with them.
  const dir = dirOf(path);
  const sibling = dir ? writtenDirs.get(dir) : undefined;
  if (sibling) return { category: sibling, weight: 1.5, signal: `written into \`${dir}/\` with the ${sibling} files` };
  return found;
}

export function dirOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at > 0 ? path.slice(0, at).replace(/^\.\//, "") : "";
}

function byKind(path: string, content: string, scorePython: (source: string) => BlockScore): WrittenFile {
  const base = path.toLowerCase().replace(/^.*\//, "");
  const text = `\`%%writefile ${path}\``;
  const is = (category: Cat, weight: number, why = ""): WrittenFile => ({ category, weight, signal: `${text}${why}` });
  if (/^dockerfile|\.dockerfile$|^containerfile/.test(base) || DOCKERFILE_TEXT.test(content)) {
    return is("deployment", 3, " (Dockerfile)");
  }
  if (
    /^(requirements.*\.txt|constraints\.txt|environment\.ya?ml|conda\.ya?ml|pyproject\.toml|setup\.(py|cfg)|pipfile|\.env)$/.test(
      base,
    )
  ) {
    return is("setup", 3, " (dependencies)");
  }
  if (/\.ya?ml$|^procfile$|^jenkinsfile$/.test(base)) {
    if (/^\s*apiVersion:/m.test(content) && /^\s*kind:/m.test(content))
      return is("deployment", 3, " (Kubernetes manifest)");
    if (
      /cloudbuild|docker-compose|compose|workflow|gitlab-ci|azure-pipelines|skaffold|chart|values|app\.ya?ml|procfile|jenkinsfile|deploy/.test(
        `${path.toLowerCase()}`,
      )
    ) {
      return is("deployment", 3, " (build/deploy config)");
    }
    if (/prometheus|alert|grafana/.test(base) || /^\s*-?\s*alert:/m.test(content))
      return is("monitoring", 3, " (monitoring config)");
    if (/^dvc\.ya?ml$|^mlproject$/.test(base)) return is("model_training", 2, " (pipeline)");
    return is("setup", 1.5, " (config)");
  }
  if (base.endsWith(".json"))
    return REQUEST_KEYS.test(content) ? is("serving", 2, " (prediction request)") : is("setup", 1, " (config)");
  if (base.endsWith(".sql")) {
    const sql = sqlSignal(content);
    return sql ? is(sql.category, sql.weight) : { category: null, weight: 0, signal: text };
  }
  if (base.endsWith(".sh")) {
    let best: WrittenFile = { category: null, weight: 0, signal: text };
    for (const line of content.split("\n")) {
      const found = line.trim() && !line.trim().startsWith("#") ? shellSignal(line) : null;
      if (found && found.weight > best.weight) best = is(found.category, found.weight, ` (${found.what})`);
    }
    return best;
  }
  if (base.endsWith(".py") || (!base.includes(".") && PYTHON_HINT.test(content)))
    return script(base, content, scorePython, is);
  return { category: null, weight: 0, signal: text };
}

function script(
  base: string,
  content: string,
  scorePython: (source: string) => BlockScore,
  is: (c: Cat, w: number, why?: string) => WrittenFile,
): WrittenFile {
  const entry = ENTRY_POINTS.find(([re]) => re.test(content));
  if (entry) return is(entry[1], 3, ` (defines \`${entry[0].exec(content)?.[1]}\`)`);
  const purpose = scriptPurpose(scorePython(content), base);
  return purpose
    ? is(purpose.category, 3, ` (${purpose.why})`)
    : { category: null, weight: 0, signal: `\`%%writefile ${base}\`` };
}

/**
 * What a whole script is for: the first thing in SCRIPT_PURPOSE it clearly does (a script
 * that loads data, trains and saves is a training script), or what its file name says
 * unless its code clearly does something that outranks it.
 */
export function scriptPurpose(score: BlockScore, filename: string): { category: Cat; why: string } | null {
  const strong = (c: Cat) => (score.strongest.get(c) ?? 0) >= (c === "testing" ? 3 : 2);
  const byName = filename ? scriptSignal(filename.toLowerCase().replace(/^.*\//, ""), "") : null;
  const named = byName ? SCRIPT_PURPOSE.indexOf(byName.category) : -1;
  const first = SCRIPT_PURPOSE.findIndex(strong);
  if (byName && (first < 0 || named <= first)) return { category: byName.category, why: "script name" };
  const purpose = first >= 0 ? SCRIPT_PURPOSE[first] : undefined;
  if (!purpose) return null;
  const why = score.evidence.find((e) => e.category === purpose && e.weight >= 2)?.signal ?? purpose;
  return { category: purpose, why };
}
