import { mergeDiagrams, type DiagramElements, type MergeConflict } from "@/lib/pipeline/merge";
import type { PipelineDiagram } from "@/lib/pipeline/types";
import { fitsKeepalive } from "./keepalive";

// The canvas's autosave, as a plain object that outlives the editor component: leaving the
// page inside the app (the browser's back button included) unmounts the editor, but the
// document stays, so a save under way finishes, and coming back resumes from this session
// instead of from an older copy of the page the router kept.
//
// Rules: every edit bumps a revision; a revision counts as saved only once the server
// confirmed it. Saves are debounced, but never put off more than MAX_WAIT_MS while edits keep
// coming. Each save names the version it was based on: a 409 stops saving and hands the other
// person's diagram over; another 4xx stops with its message; no connection, 429 and 5xx are
// "offline, retrying", after the server's Retry-After when it sent one, else with backoff.
// A save the server merged with someone else's (lib/pipeline/merge.ts) comes back as the merged
// diagram: it is merged again with what was edited while the save was under way, and handed to
// the editor (`onRemote`); a newer diagram from the poll is taken only when nothing is pending.
// The session keeps the elements as saved at its version (`base`): "Keep mine" after a 409
// merges mine onto theirs from it, mine winning only where both changed the same field.

export type DiagramSnapshot = Omit<PipelineDiagram, "version">;

export type SaveStatus =
  | { kind: "saved" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "offline"; reason: "network" | "server"; retryAt: number }
  | { kind: "conflict"; theirs: PipelineDiagram; conflicts?: MergeConflict[] }
  | { kind: "error"; message: string };

/** What one PUT came back with; `status` 0 is "no response" (offline, aborted). */
export type SaveOutcome =
  | { ok: true; version: number; merged?: PipelineDiagram }
  | {
      ok: false;
      status: number;
      message: string;
      retryAfterMs?: number;
      current?: PipelineDiagram;
      conflicts?: MergeConflict[];
    };

/** The editor takes a diagram someone else's save changed (its own unsaved edits already merged in). */
export type RemoteListener = (next: DiagramSnapshot) => void;

type AutosaveDeps = {
  send: (json: string, options: { keepalive: boolean }) => Promise<SaveOutcome>;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

export const DEBOUNCE_MS = 800;
export const MAX_WAIT_MS = 5_000;
export const FIRST_RETRY_MS = 2_000;
const MAX_BACKOFF_MS = 30_000;
// A Retry-After of 0 must not turn into a tight loop, nor a huge one into a frozen editor.
const MIN_RETRY_AFTER_MS = 1_000;
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** Answers that mean "try again later" rather than "this save is wrong". */
function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export class AutosaveSession {
  private versionValue: number;
  /** The nodes and edges as the server has them at `versionValue`: the base of a "Keep mine" merge. */
  private base: DiagramElements;
  private revision = 0;
  private savedRevision = 0;
  private dirtySince: number | null = null;
  private timer: unknown = undefined;
  private inFlight: Promise<void> | null = null;
  private blocked = false;
  private backoff = 0;
  private statusValue: SaveStatus = { kind: "saved" };
  private readonly listeners = new Set<() => void>();
  private source: () => DiagramSnapshot;
  private remote: RemoteListener | null = null;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(
    private readonly deps: AutosaveDeps,
    start: PipelineDiagram,
  ) {
    const { version, ...snapshot } = start;
    this.versionValue = version;
    this.base = { nodes: snapshot.nodes, edges: snapshot.edges };
    this.source = () => snapshot;
    this.now = deps.now ?? Date.now;
    this.setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The server version the next save is based on. */
  get version(): number {
    return this.versionValue;
  }

  get status(): SaveStatus {
    return this.statusValue;
  }

  /** For useSyncExternalStore: a stable function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Something was edited and not yet confirmed by the server. */
  hasUnsaved(): boolean {
    return this.revision !== this.savedRevision;
  }

  /** The diagram as the editor last had it (also after the editor is gone). */
  snapshot(): DiagramSnapshot {
    return this.source();
  }

  /** An editor shows this session's diagram: saves read it from `source`, other people's changes go to `remote`. */
  attach(source: () => DiagramSnapshot, remote?: RemoteListener): void {
    this.source = source;
    this.remote = remote ?? null;
  }

  /** The editor goes away: keep its last diagram, and save what is pending now. Resolves true when all is saved. */
  detach(): Promise<boolean> {
    const last = this.source();
    this.source = () => last;
    this.remote = null;
    return this.flush();
  }

  /**
   * A newer diagram the poll found. Taken only when nothing is pending here, so the editor's
   * diagram was the saved one and becomes theirs; otherwise the next save merges on the server.
   * True when it was taken.
   */
  takeRemote(diagram: PipelineDiagram): boolean {
    if (diagram.version <= this.versionValue || this.hasUnsaved() || this.inFlight || this.blocked) return false;
    const { version, ...snapshot } = diagram;
    this.show({ ...snapshot, viewport: this.source().viewport });
    this.versionValue = version;
    this.base = { nodes: diagram.nodes, edges: diagram.edges };
    return true;
  }

  /** Hands `next` to the editor, or keeps it as the last diagram when no editor is attached. */
  private show(next: DiagramSnapshot): void {
    if (this.remote) this.remote(next);
    else this.source = () => next;
  }

  markDirty(): void {
    this.revision += 1;
    this.dirtySince ??= this.now();
    if (this.blocked) return;
    // A save under way or a retry already planned picks the edit up when it is done.
    if (this.statusValue.kind === "saving" || this.statusValue.kind === "offline") return;
    this.setStatus({ kind: "dirty" });
    this.scheduleDebounced();
  }

  /** Saves the pending edits now (or joins the save under way). `keepalive` only when the body fits the browser's limit. */
  save({ keepalive = false }: { keepalive?: boolean } = {}): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.cancelTimer();
    if (this.blocked || !this.hasUnsaved()) return Promise.resolve();
    const revision = this.revision;
    const sent = this.source();
    const json = JSON.stringify({ baseVersion: this.versionValue, ...sent });
    this.dirtySince = null;
    this.setStatus({ kind: "saving" });
    const request = this.deps
      .send(json, { keepalive: keepalive && fitsKeepalive(json) })
      .catch((error: unknown): SaveOutcome => ({
        ok: false,
        status: 0,
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((outcome) => {
        this.inFlight = null;
        if (outcome.ok) this.base = outcome.merged ?? { nodes: sent.nodes, edges: sent.edges };
        if (outcome.ok && outcome.merged) this.showMerged(sent, outcome.merged);
        this.settle(outcome, revision);
      });
    this.inFlight = request;
    return request;
  }

  /**
   * Waits for the save under way and saves what is still pending, once more if edits came
   * in meanwhile. True when everything is saved; false on a conflict, an error, or while
   * offline (the retry stays planned).
   */
  async flush(): Promise<boolean> {
    for (let round = 0; round < 3; round++) {
      if (this.inFlight) await this.inFlight;
      if (this.blocked || !this.hasUnsaved()) break;
      await this.save();
      if (this.statusValue.kind === "offline") break;
    }
    return this.isSaved();
  }

  isSaved(): boolean {
    return !this.blocked && !this.hasUnsaved() && this.inFlight === null;
  }

  /** The server wrote this state itself (an import): take its version and elements, nothing to save. */
  adopt(saved: PipelineDiagram): void {
    this.versionValue = saved.version;
    this.base = { nodes: saved.nodes, edges: saved.edges };
    this.savedRevision = this.revision;
    this.settled();
  }

  /**
   * After a conflict: continue from theirs (already loaded by the caller), or keep mine: the
   * editor is handed mine merged onto theirs (their changes that did not overlap stay, mine win
   * where both changed a field) and that is saved on top of their version.
   */
  resolve(choice: "theirs" | "mine", theirs: PipelineDiagram): void {
    const base = this.base;
    this.versionValue = theirs.version;
    this.base = { nodes: theirs.nodes, edges: theirs.edges };
    this.blocked = false;
    this.backoff = 0;
    if (choice === "theirs") {
      this.savedRevision = this.revision;
      this.settled();
    } else {
      const local = this.source();
      const { nodes, edges } = mergeDiagrams(base, local, theirs, "mine");
      this.show({ viewport: local.viewport, nodes, edges });
      this.revision += 1;
      void this.save();
    }
  }

  /** The user chose to drop the unsaved edits. */
  discard(): void {
    this.blocked = false;
    this.savedRevision = this.revision;
    this.settled();
  }

  /** The page is being unloaded: start saving what is pending, and say whether the browser should ask first. */
  onBeforeUnload(): boolean {
    if (!this.hasUnsaved()) return false;
    if (!this.blocked) void this.save({ keepalive: true });
    return true;
  }

  /** The page was hidden (tab switched, phone locked): it may never come back, so save now. */
  onHidden(): void {
    if (this.hasUnsaved() && !this.blocked) void this.save({ keepalive: true });
  }

  /** The browser is back online: retry at once rather than at the planned time. */
  onOnline(): void {
    if (this.statusValue.kind === "offline") void this.save();
  }

  dispose(): void {
    this.cancelTimer();
    this.listeners.clear();
  }

  /**
   * The server merged the save `sent` with someone else's: the editor takes the merged diagram
   * with its edits since `sent` on top (where both touched one field, the local edit wins: it
   * is the newer one, and it is saved next).
   */
  private showMerged(sent: DiagramSnapshot, merged: PipelineDiagram): void {
    const local = this.source();
    const { nodes, edges } = mergeDiagrams(sent, merged, local);
    this.show({ viewport: local.viewport, nodes, edges });
  }

  private settle(outcome: SaveOutcome, revision: number): void {
    if (outcome.ok) {
      this.versionValue = outcome.version;
      this.savedRevision = revision;
      this.backoff = 0;
      if (this.hasUnsaved()) {
        this.setStatus({ kind: "dirty" });
        this.scheduleDebounced();
      } else {
        this.settled();
      }
      return;
    }
    // The edits of this attempt are still pending: the max wait counts from now on.
    this.dirtySince ??= this.now();
    if (outcome.status === 409 && outcome.current) {
      this.blocked = true;
      const { current: theirs, conflicts } = outcome;
      this.setStatus({ kind: "conflict", theirs, ...(conflicts && { conflicts }) });
    } else if (isRetryable(outcome.status)) {
      this.backoff = Math.min(MAX_BACKOFF_MS, this.backoff ? this.backoff * 2 : FIRST_RETRY_MS);
      const delay =
        outcome.retryAfterMs === undefined
          ? this.backoff
          : Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, outcome.retryAfterMs));
      this.setStatus({
        kind: "offline",
        reason: outcome.status === 0 ? "network" : "server",
        retryAt: this.now() + delay,
      });
      this.schedule(delay);
    } else {
      this.blocked = true;
      this.setStatus({ kind: "error", message: outcome.message });
    }
  }

  private settled(): void {
    this.cancelTimer();
    this.backoff = 0;
    this.dirtySince = null;
    this.setStatus({ kind: "saved" });
  }

  private scheduleDebounced(): void {
    const waited = this.dirtySince === null ? 0 : this.now() - this.dirtySince;
    this.schedule(Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - waited)));
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.save();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  private setStatus(status: SaveStatus): void {
    if (
      status.kind === this.statusValue.kind &&
      (status.kind === "saved" || status.kind === "dirty" || status.kind === "saving")
    )
      return;
    this.statusValue = status;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Where an editor opening `initial` (the page's copy of the diagram) starts, given this tab's
 * session for the project: the session's own diagram when it holds unsaved work (a newer
 * server version then surfaces as a conflict on the next save) or saved a version newer than
 * the page (the back button replays the page as it was first rendered). `reuse` false means
 * the session is stale and a new one starts from the page.
 */
export function resumeFrom(
  session: AutosaveSession | undefined,
  initial: PipelineDiagram,
): { reuse: boolean; start: PipelineDiagram } {
  if (!session) return { reuse: false, start: initial };
  if (session.hasUnsaved() || session.version > initial.version)
    return { reuse: true, start: { ...session.snapshot(), version: session.version } };
  return { reuse: session.version === initial.version, start: initial };
}
