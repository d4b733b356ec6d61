import { makeStyles } from '@fluentui/react-components';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { AppSummary } from '../../../../shared/ipc/dto/apps';
import { AppListItem } from './AppListItem';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '2px', margin: 0, padding: 0 },
});

/**
 * A listbox of apps with roving focus: Tab enters at the open (or first) app, Up/Down/Home/End move,
 * Enter or Space opens. Opening does not move focus, so the admin can keep browsing with arrows.
 */
export function AppList({
  apps,
  selectedAppId,
  onOpen,
  labelledBy,
}: {
  apps: readonly AppSummary[];
  selectedAppId: string | null;
  onOpen: (appId: string) => void;
  labelledBy: string;
}) {
  const styles = useStyles();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const optionRefs = useRef(new Map<string, HTMLDivElement>());

  const ids = apps.map((app) => app.id);
  const activeId =
    focusedId !== null && ids.includes(focusedId)
      ? focusedId
      : selectedAppId !== null && ids.includes(selectedAppId)
        ? selectedAppId
        : (ids[0] ?? null);

  const moveTo = (index: number) => {
    const id = ids[Math.max(0, Math.min(ids.length - 1, index))];
    if (id === undefined) return;
    setFocusedId(id);
    optionRefs.current.get(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = activeId === null ? -1 : ids.indexOf(activeId);
    switch (event.key) {
      case 'ArrowDown':
        moveTo(current + 1);
        break;
      case 'ArrowUp':
        moveTo(current - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(ids.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (activeId !== null) onOpen(activeId);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      role="listbox"
      aria-labelledby={labelledBy}
      className={styles.list}
      onKeyDown={onKeyDown}
      data-testid="app-list"
    >
      {apps.map((app) => (
        <AppListItem
          key={app.id}
          app={app}
          selected={app.id === selectedAppId}
          tabbable={app.id === activeId}
          ref={(element) => {
            if (element) optionRefs.current.set(app.id, element);
            else optionRefs.current.delete(app.id);
          }}
          onFocus={() => setFocusedId(app.id)}
          onOpen={() => onOpen(app.id)}
        />
      ))}
    </div>
  );
}
