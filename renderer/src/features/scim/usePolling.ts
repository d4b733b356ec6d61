import { useEffect } from 'react';

/** Calls `tick` every `ms` while `active` (the endpoint's screen refreshes its status and log this way). */
export function usePolling(active: boolean, ms: number, tick: () => void): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(tick, ms);
    return () => window.clearInterval(timer);
  }, [active, ms, tick]);
}
