import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { onEvent } from './api';

/** Bumped whenever the core reports that the workspace changed, so queries refetch. */
const WorkspaceVersionContext = createContext(0);

export function WorkspaceVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'workspace:changed') setVersion((current) => current + 1);
      }),
    [],
  );
  return <WorkspaceVersionContext.Provider value={version}>{children}</WorkspaceVersionContext.Provider>;
}

export function useWorkspaceVersion(): number {
  return useContext(WorkspaceVersionContext);
}
