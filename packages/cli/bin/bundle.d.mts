// Types of bundle.mjs, for the tests and benches that build or check the bundle.
export declare const defaultBundleFile: string;
export declare function bundleIsFresh(bundleFile?: string): boolean;
export declare function buildBundle(bundleFile?: string): Promise<string>;
export declare function ensureBundle(bundleFile?: string): Promise<string | undefined>;
