import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The sample notebooks the notebook tests read (lib/notebook/fixtures), found in one place.

const FIXTURES_DIR = path.resolve(import.meta.dirname, "../lib/notebook/fixtures");

export const readFixture = (name: string) => readFileSync(path.join(FIXTURES_DIR, name));

/** Every sample notebook and script there (not the answer key, expected-categories.json). */
export const FIXTURE_NAMES = readdirSync(FIXTURES_DIR)
  .filter((name) => /\.(ipynb|py)$/.test(name))
  .sort();
