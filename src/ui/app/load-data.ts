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

/** Resolves a path under the site's `data/` folder against the page, so any base path works. */
export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

/** Fetches and parses one JSON file; every failure becomes a {@link LoadError}. */
export async function loadJson<T>(url: string, fetchImpl: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new LoadError(url, 'the network request failed');
  }
  if (!response.ok) throw new LoadError(url, `the server answered ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new LoadError(url, 'the file is not valid JSON');
  }
}
