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

/** Resolves a path under the site's `data/` folder against the page, so any base path works. */
export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

async function sha256Prefix(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined; // not a secure context: nothing to check with
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Fetches one file's bytes; every failure becomes a {@link LoadError}. */
async function fetchBytes(url: string, fetchImpl: typeof fetch): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new LoadError(url, 'the network request failed');
  }
  if (!response.ok) throw new LoadError(url, `the server answered ${response.status}`);
  try {
    return await response.arrayBuffer();
  } catch {
    throw new LoadError(url, 'the download broke off');
  }
}

function parseJson(url: string, bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new LoadError(url, 'the file is not valid JSON');
  }
}

/** Fetches and parses one JSON file; every failure becomes a {@link LoadError}. */
export async function loadJson<T>(url: string, fetchImpl: typeof fetch = fetch): Promise<T> {
  return parseJson(url, await fetchBytes(url, fetchImpl)) as T;
}

/**
 * Loads `data/<file>` and checks its shape with `check` (see `data-shape.ts`); a file of the
 * wrong shape becomes a {@link LoadError} naming it. A file fetched once the page runs
 * (`pinned`: the villages) must then be this build's own (its hash checked): a redeploy under
 * an open page says so ({@link VersionMismatchError}) instead of drawing the new build's data
 * into the old page. The first-view files arrive with the page itself.
 */
export async function loadDataFile<T>(
  file: string,
  check: (value: unknown, file: string) => T,
  options: { pinned?: boolean; fetchImpl?: typeof fetch } = {},
): Promise<T> {
  const url = dataUrl(file);
  const bytes = await fetchBytes(url, options.fetchImpl ?? fetch);
  let checked: T;
  try {
    checked = check(parseJson(url, bytes), file);
  } catch (error) {
    if (error instanceof DataShapeError) throw new LoadError(url, error.message);
    throw error;
  }
  const expected = options.pinned ? versionOf(file) : undefined;
  if (expected) {
    const actual = await sha256Prefix(bytes);
    if (actual !== undefined && actual !== expected) throw new VersionMismatchError(url);
  }
  return checked;
}
