/**
 * The URL hash as shared, shareable state: `#view=36.62,35.78,8.9&f=city-idlib&article=000:4`.
 * Each module registers the keys it owns (the map view, the selected feature, the open article,
 * layer visibility; later `present`, `chapter`, `date`, `width`…). Reading a hash applies every
 * registered key in registration order; an invalid value or an unknown key is ignored and
 * reported through `onProblem` (one summarised notice per read), never thrown.
 *
 * This is the one owner of the URL's state: a write never overwrites a hash the browser changed
 * since the last read (a link pasted, or `location.hash` set, whose `hashchange` has not run
 * yet): the write is dropped and the new hash is read instead.
 */
import { summariseLinkProblems, type LinkProblem } from './link-problems.js';

/** One key of the hash, owned by one module. */
export interface HashKeySpec<T> {
  /** The key as written in the hash, e.g. `f`; letters, digits and `-` only. */
  key: string;
  /** Parses a decoded value; returns `undefined` when it is invalid or unknown. */
  parse(raw: string): T | undefined;
  /** Formats a value for the hash. */
  format(value: T): string;
  /** Applies a value read from the hash; `null` when the key is absent. */
  apply(value: T | null): void;
  /** Describes the key for the notice shown when its value is ignored, e.g. "map view". */
  label?: string;
}

/** Lets the owning module write its key. */
export interface HashKeyHandle<T> {
  /** Sets (or with `null` removes) the key and rewrites the hash without a history entry. */
  set(value: T | null): void;
}

/** The parts of `window` the hash state uses (a fake in unit tests). */
export interface HashWindow {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
}

/** Splits a hash (with or without `#`) into decoded key/value pairs, in order; bad escapes are kept raw. */
export function parseHash(hash: string): Map<string, string> {
  const entries = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeSafely(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decodeSafely(part.slice(eq + 1));
    entries.set(key, value);
  }
  return entries;
}

/** Joins key/value pairs into a hash string starting with `#` (or `''` when empty); an empty value is written as the bare key (`#present`). */
export function formatHash(entries: ReadonlyMap<string, string>): string {
  const parts = [...entries].map(([key, value]) =>
    value === '' ? encodePart(key) : `${encodePart(key)}=${encodePart(value)}`,
  );
  return parts.length ? `#${parts.join('&')}` : '';
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Escapes like `encodeURIComponent` but keeps `,` `:` `/` readable. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

interface Registered {
  spec: HashKeySpec<unknown>;
  /** The last formatted value this module set, or read from the hash. */
  current: string | null;
}

/** The registry of hash keys; see the module comment. */
export class HashState {
  readonly #win: HashWindow;
  readonly #onProblem: (message: string) => void;
  readonly #keys = new Map<string, Registered>();
  #applying = false;
  /** The hash as last read or written; anything else in the address bar is the browser's. */
  #known: string;
  #rereadQueued = false;

  /**
   * @param win - the window whose hash is read and written
   * @param onProblem - called once per read with a reader-facing summary of what was ignored
   */
  constructor(win: HashWindow, onProblem: (message: string) => void) {
    this.#win = win;
    this.#onProblem = onProblem;
    this.#known = win.location.hash;
  }

  /** Registers a key; registration order is the order keys are applied in. */
  register<T>(spec: HashKeySpec<T>): HashKeyHandle<T> {
    if (!/^[a-z0-9-]+$/i.test(spec.key))
      throw new Error(`hash key "${spec.key}" is not [a-z0-9-]+`);
    if (this.#keys.has(spec.key)) throw new Error(`hash key "${spec.key}" is registered twice`);
    const entry: Registered = { spec: spec as HashKeySpec<unknown>, current: null };
    this.#keys.set(spec.key, entry);
    return {
      set: (value) => {
        entry.current = value === null ? null : spec.format(value);
        if (!this.#applying) this.#write();
      },
    };
  }

  /** Reads the current hash and applies every registered key; returns the ignored keys. */
  applyFromLocation(): string[] {
    this.#known = this.#win.location.hash;
    const entries = parseHash(this.#known);
    const problems: LinkProblem[] = [];
    for (const key of entries.keys())
      if (!this.#keys.has(key)) problems.push({ key, kind: 'unknown' });
    this.#applying = true;
    try {
      for (const [key, entry] of this.#keys) {
        const raw = entries.get(key);
        const value = raw === undefined ? undefined : this.#parse(entry.spec, raw);
        if (raw !== undefined && value === undefined)
          problems.push({ key, kind: 'invalid', label: entry.spec.label, raw });
        entry.current = value === undefined ? null : (raw ?? null);
        if (!this.#apply(entry.spec, value ?? null)) {
          if (value !== undefined) problems.push({ key, kind: 'failed', label: entry.spec.label });
          entry.current = null;
        }
      }
    } finally {
      this.#applying = false;
    }
    this.#write();
    const summary = summariseLinkProblems(problems);
    if (summary) this.#onProblem(summary);
    return problems.map((p) => p.key);
  }

  /** A parser that throws counts as "invalid". */
  #parse(spec: HashKeySpec<unknown>, raw: string): unknown {
    try {
      return spec.parse(raw);
    } catch (error) {
      console.warn(error);
      return undefined;
    }
  }

  /** Applies one value; a module that throws is reset to "absent" and `false` returned. */
  #apply(spec: HashKeySpec<unknown>, value: unknown): boolean {
    try {
      spec.apply(value);
      return true;
    } catch (error) {
      console.warn(error);
      if (value !== null)
        try {
          spec.apply(null);
        } catch (again) {
          console.warn(again);
        }
      return false;
    }
  }

  /** Applies the hash now and whenever it changes (a pasted link, back/forward). */
  start(): void {
    this.applyFromLocation();
    this.#win.addEventListener('hashchange', () => this.applyFromLocation());
  }

  /** The hash this state would write now, e.g. for a "copy link" button. */
  toHash(): string {
    const entries = new Map<string, string>();
    for (const [key, entry] of this.#keys)
      if (entry.current !== null) entries.set(key, entry.current);
    return formatHash(entries);
  }

  #write(): void {
    const { location } = this.#win;
    if (location.hash !== this.#known) {
      // The browser navigated since the last read: its hash wins. Its `hashchange` reads it;
      // should none come (a `replaceState` by someone else), read it once this task is done.
      this.#rereadSoon();
      return;
    }
    const hash = this.toHash();
    if (hash === location.hash) return;
    this.#win.history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
    this.#known = location.hash;
  }

  #rereadSoon(): void {
    if (this.#rereadQueued) return;
    this.#rereadQueued = true;
    setTimeout(() => {
      this.#rereadQueued = false;
      if (this.#win.location.hash !== this.#known) this.applyFromLocation();
    }, 0);
  }
}
