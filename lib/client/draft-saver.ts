import type { Answers } from "@/lib/assessment/types";

// The assessment draft's autosave, framework-free so it can be tested with fake timers.
// Answers are saved whole (they are small), debounced: every change bumps a revision, and
// a revision counts as saved only once the server confirmed it. The first save starts the
// draft (no id yet); later ones name the version they were based on. A 409 stops saving
// until the user decides (a teammate saved, or submitted); no connection, 429 and 5xx are
// retried with backoff. The canvas's AutosaveSession (autosave-session.ts) has the same
// rules for a much larger body; this one is kept apart because its body, endpoints and
// conflict states differ.

export type DraftRef = { id: string | null; version: number | null };

export type DraftSaveStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "retrying"; message: string }
  | { kind: "conflict"; code: "conflict" | "assessment_submitted"; message: string; current: unknown }
  | { kind: "error"; message: string };

export type DraftSendResult =
  | { ok: true; id: string; version: number; updatedAt: string }
  | { ok: false; status: number; code: string; message: string; current?: unknown };

type Deps = {
  send: (ref: DraftRef, answers: Answers, options: { keepalive: boolean }) => Promise<DraftSendResult>;
  onStatus: (status: DraftSaveStatus) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

export const DRAFT_DEBOUNCE_MS = 800;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

export class DraftSaver {
  private answers: Answers;
  private revision = 0;
  private savedRevision = 0;
  private timer: unknown;
  private inFlight: Promise<void> | null = null;
  private blocked = false;
  private backoff = 0;
  private readonly setTimer: NonNullable<Deps["setTimer"]>;
  private readonly clearTimer: NonNullable<Deps["clearTimer"]>;

  constructor(
    private readonly deps: Deps,
    private ref: DraftRef,
    answers: Answers,
  ) {
    this.answers = answers;
    this.setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  get draft(): DraftRef {
    return this.ref;
  }

  hasUnsaved(): boolean {
    return this.revision !== this.savedRevision;
  }

  /** Something is unsaved or a save is under way: leaving now should wait for it. */
  isBusy(): boolean {
    return this.hasUnsaved() || this.inFlight !== null;
  }

  change(answers: Answers): void {
    this.answers = answers;
    this.revision += 1;
    if (this.blocked) return;
    this.deps.onStatus({ kind: "dirty" });
    this.schedule(DRAFT_DEBOUNCE_MS);
  }

  /** Saves now (or joins the save under way); `force` saves even when nothing changed (to start the draft). */
  save({ keepalive = false, force = false } = {}): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.cancel();
    if (this.blocked || (!force && !this.hasUnsaved())) return Promise.resolve();
    const revision = this.revision;
    this.deps.onStatus({ kind: "saving" });
    this.inFlight = this.deps
      .send(this.ref, this.answers, { keepalive })
      .catch((error: unknown): DraftSendResult => ({
        ok: false,
        status: 0,
        code: "network_error",
        message: String(error),
      }))
      .then((result) => {
        this.inFlight = null;
        this.settle(result, revision);
      });
    return this.inFlight;
  }

  /** Waits until everything is saved; false when a conflict, an error or the connection stops it. */
  async flush({ force = false } = {}): Promise<boolean> {
    for (let round = 0; round < 3; round++) {
      if (this.inFlight) await this.inFlight;
      if (this.blocked) return false;
      if (!this.hasUnsaved() && !(force && this.ref.id === null)) return true;
      await this.save({ force });
      if (this.backoff > 0) return false;
    }
    return !this.blocked && !this.hasUnsaved();
  }

  /** After a conflict: continue from the server's draft (theirs), or save ours on top of it (mine). */
  resolve(ref: DraftRef, keepMine: boolean): void {
    this.ref = ref;
    this.blocked = false;
    if (keepMine) {
      this.revision += 1;
      void this.save();
    } else {
      this.savedRevision = this.revision;
      this.deps.onStatus({ kind: "saved", at: null });
    }
  }

  dispose(): void {
    this.cancel();
  }

  private settle(result: DraftSendResult, revision: number): void {
    if (result.ok) {
      this.ref = { id: result.id, version: result.version };
      this.savedRevision = revision;
      this.backoff = 0;
      if (this.hasUnsaved()) this.schedule(DRAFT_DEBOUNCE_MS);
      else this.deps.onStatus({ kind: "saved", at: result.updatedAt });
      return;
    }
    if (result.status === 409) {
      this.blocked = true;
      const code = result.code === "assessment_submitted" ? "assessment_submitted" : "conflict";
      this.deps.onStatus({ kind: "conflict", code, message: result.message, current: result.current });
    } else if (result.status === 0 || result.status === 429 || result.status >= 500) {
      this.backoff = Math.min(MAX_RETRY_MS, this.backoff ? this.backoff * 2 : FIRST_RETRY_MS);
      this.deps.onStatus({ kind: "retrying", message: result.message });
      this.schedule(this.backoff);
    } else {
      this.blocked = true;
      this.deps.onStatus({ kind: "error", message: result.message });
    }
  }

  private schedule(ms: number): void {
    this.cancel();
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.save();
    }, ms);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }
}
