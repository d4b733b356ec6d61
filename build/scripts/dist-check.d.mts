export declare function createPlaceholderElectron(dir: string): string;
export declare function readFuses(executable: string): Record<string, boolean>;
export declare function listAsar(archive: string): Array<{ path: string; unpacked: boolean; size: number }>;
export declare function inspectPackage(appDir: string): { failures: string[]; facts: string[] };
export declare function distCheck(options?: { skipBuild?: boolean }): Promise<void>;
