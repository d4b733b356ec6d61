import path from 'node:path';

export type FileUse = 'read' | 'write';

/** Most paths kept granted; the oldest grant is forgotten first. */
const MAX_GRANTS = 1000;

export interface FileGrants {
  grant(file: string, use: FileUse): string;
  isGranted(file: string, use: FileUse): boolean;
}

/**
 * The main process's allow-list of paths the admin chose in a dialog or dropped onto the window.
 * The core reads or writes only these; a path is compared after resolving it, so `a/../b` is not a
 * way around it.
 */
export function createFileGrants(limit = MAX_GRANTS): FileGrants {
  const grants = new Map<string, Set<FileUse>>();
  return {
    grant(file, use) {
      const key = path.resolve(file);
      const uses = grants.get(key) ?? new Set<FileUse>();
      grants.delete(key);
      uses.add(use);
      grants.set(key, uses);
      while (grants.size > limit) grants.delete(grants.keys().next().value as string);
      return key;
    },
    isGranted(file, use) {
      return path.isAbsolute(file) && grants.get(path.resolve(file))?.has(use) === true;
    },
  };
}
