import { DataShapeError } from './data-shape.js';

/** A data file could not be loaded or parsed; its message is fit to show a reader. */
export class LoadError extends Error {
  /** The address that failed. */
  readonly url: string;
  constructor(url: string, reason: string) {
    super(`Could not load ${url}: ${reason}`);
    this.name = 'LoadError';
    this.url = url;
  }
}

/** A data file of another build arrived (the site was redeployed under an open page). */
export class VersionMismatchError extends LoadError {
  constructor(url: string) {
    super(url, 'the site was updated since this page was opened, and its data no longer matches');
    this.name = 'VersionMismatchError';
  }
}

/** The build's data hashes by file name (empty outside a build, e.g. in unit tests or dev). */
export const DATA_VERSIONS: Readonly<Record<string, string>> =
  typeof __DATA_VERSIONS__ === 'undefined' ? {} : __DATA_VERSIONS__;

/** The build's id (`dev` outside a build). */
export const BUILD_ID: string = typeof __BUILD_ID__ === 'undefined' ? 'dev' : __BUILD_ID__;

/** The hash this build expects of `file`, if it pinned one. */
const versionOf = (file: string): string | undefined =>
  Object.hasOwn(DATA_VERSIONS, file) ? DATA_VERSIONS[file] : undefined;

/**
 * Resolves a path under the site's `data/` folder against the page, so any base path works;
 * pinned to this build's version of the file (`?v=<hash>`) where the build knows it.
 */
export function dataUrl(file: string): string {
  const url = new URL(`data/${file}`, document.baseURI);
  const version = versionOf(file);
  if (version) url.searchParams.set('v', version);
  return url.href;
}

async function sha256Prefix(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined; // not a secure context: nothing to check with
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches and parses one JSON file; every failure becomes a {@link LoadError}. A file this
 * build pinned (`?v=`) must have that hash, or {@link VersionMismatchError} is thrown.
 */
export async function loadJson<T>(url: string, fetchImpl: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new LoadError(url, 'the network request failed');
  }
  if (!response.ok) throw new LoadError(url, `the server answered ${response.status}`);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    throw new LoadError(url, 'the download broke off');
  }
  const expected = new URL(url, 'http://x/').searchParams.get('v');
  if (expected) {
    const actual = await sha256Prefix(bytes);
    if (actual !== undefined && actual !== expected) throw new VersionMismatchError(url);
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    throw new LoadError(url, 'the file is not valid JSON');
  }
}

/**
 * Loads `data/<file>` and checks its shape with `check` (see `data-shape.ts`); a file of the
 * wrong shape becomes a {@link LoadError} naming it.
 */
export async function loadDataFile<T>(
  file: string,
  check: (value: unknown, file: string) => T,
): Promise<T> {
  const url = dataUrl(file);
  const value = await loadJson<unknown>(url);
  try {
    return check(value, file);
  } catch (error) {
    if (error instanceof DataShapeError) throw new LoadError(url, error.message);
    throw error;
  }
}
