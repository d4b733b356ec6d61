export declare const CLI_EXTERNALS: string[];
export declare function bundleCli(options: { root: string; outDir?: string }): Promise<{ cli: string; worker: string }>;
