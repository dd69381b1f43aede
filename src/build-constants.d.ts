/** Defined by `src/build/data-versions.ts`: each data file's hash, and the build's id. */
declare const __DATA_VERSIONS__: Record<string, string>;
declare const __BUILD_ID__: string;
