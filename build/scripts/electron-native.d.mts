export declare const NATIVE_DIR: string;
export declare function electronVersion(): string;
export declare function bindingPath(version?: string): string;
export declare function causeOf(output: string, fallback: string): string;
export declare function ensureElectronSqlite(): { ok: true; value: string } | { ok: false; reason: string };
