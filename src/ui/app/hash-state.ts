/**
 * The URL hash as shared, shareable state: `#view=36.62,35.78,8.9&f=city-idlib&article=000:4`.
 * Each module registers the keys it owns (the map view, the selected feature, the open article,
 * layer visibility; later `present`, `chapter`, `date`, `width`…). Reading a hash applies every
 * registered key in registration order; an invalid value or an unknown key is ignored and
 * reported through `onProblem` (shown as a notice), never thrown.
 */

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

  /**
   * @param win - the window whose hash is read and written
   * @param onProblem - called with a reader-facing message for each ignored key or value
   */
  constructor(win: HashWindow, onProblem: (message: string) => void) {
    this.#win = win;
    this.#onProblem = onProblem;
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
    const entries = parseHash(this.#win.location.hash);
    const ignored: string[] = [];
    for (const key of entries.keys()) {
      if (this.#keys.has(key)) continue;
      ignored.push(key);
      this.#onProblem(`The link's "${key}" setting is not known here and was ignored.`);
    }
    this.#applying = true;
    try {
      for (const [key, entry] of this.#keys) {
        const raw = entries.get(key);
        if (raw === undefined) {
          entry.current = null;
          entry.spec.apply(null);
          continue;
        }
        const value = entry.spec.parse(raw);
        if (value === undefined) {
          ignored.push(key);
          entry.current = null;
          this.#onProblem(
            `The link's ${entry.spec.label ?? `"${key}"`} value "${raw}" is not valid and was ignored.`,
          );
          entry.spec.apply(null);
          continue;
        }
        entry.current = raw;
        entry.spec.apply(value);
      }
    } finally {
      this.#applying = false;
    }
    this.#write();
    return ignored;
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
    const hash = this.toHash();
    const { location } = this.#win;
    if (hash === location.hash) return;
    this.#win.history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
  }
}
