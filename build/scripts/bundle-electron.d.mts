export declare const MAIN_EXTERNALS: string[];
export declare const PRELOAD_EXTERNALS: string[];
export declare function bundleElectron(options: { root: string; outDir?: string }): Promise<{ main: string; preload: string }>;
