import { Badge, Field, Input, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PeopleRegular, PersonRegular, SearchRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TrialSubjectOption } from '../../../../shared/ipc/contracts/trial';
import { invoke } from '../../lib/api';
import { useQuery } from '../../lib/useQuery';
import { useDebouncedValue } from './useDebouncedValue';

const useStyles = makeStyles({
  wrap: { position: 'relative' },
  input: { width: '100%' },
  popup: {
    position: 'absolute',
    zIndex: 10,
    top: 'calc(100% + 2px)',
    left: 0,
    right: 0,
    padding: tokens.spacingVerticalXS,
    maxHeight: '288px',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  list: { margin: 0, padding: 0, listStyle: 'none' },
  option: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Hover, outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  detail: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  note: { margin: 0, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const LIMIT = 20;

/** Type-ahead over the app's users and groups (asks the core per pause; a tenant can have thousands). Enter picks. */
export function SubjectSearch({
  tenantId,
  appId,
  value,
  onPick,
  testId = 'trial-subject-search',
  optionsTestId = 'trial-subject-options',
}: {
  tenantId: string;
  appId: string;
  value: TrialSubjectOption | null;
  onPick: (subject: TrialSubjectOption) => void;
  testId?: string;
  optionsTestId?: string;
}) {
  const styles = useStyles();
  const listId = useId();
  const [text, setText] = useState(value?.displayName ?? '');
  // A value chosen from outside (e.g. the audit jumping to a finding's object) replaces what is shown.
  const [shownId, setShownId] = useState(value?.id ?? null);
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    if (value) setText(value.displayName);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latestTyped = useRef('');
  const search = useDebouncedValue(text.trim(), 200);
  const query = useQuery('trial:subjects', open ? { tenantId, appId, limit: LIMIT, ...(search ? { search } : {}) } : null, { keepPreviousData: true });
  const items = query.data?.items ?? [];
  // Results belong to what is typed only once the debounced search has caught up and answered.
  const settled = query.status === 'success' && search === text.trim();

  const pick = (subject: TrialSubjectOption) => {
    setText(subject.displayName);
    setOpen(false);
    setActive(-1);
    onPick(subject);
  };

  // Enter before the type-ahead has answered asks for the first match of what is typed right now.
  const pickFirstMatch = async (typed: string) => {
    latestTyped.current = typed;
    const result = await invoke('trial:subjects', { tenantId, appId, limit: 1, ...(typed ? { search: typed } : {}) });
    const first = result.ok ? result.value.items[0] : undefined;
    if (first && latestTyped.current === typed) pick(first);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (items.length ? (current + step + items.length) % items.length : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const chosen = settled ? (items[active] ?? items[0]) : undefined;
      if (chosen) pick(chosen);
      else void pickFirstMatch(text.trim());
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const activeId = open && items[active] ? `${listId}-${active}` : undefined;
  const hint = value ? `${value.kind} · ${value.detail} · ${value.assignedVia}${value.inScope ? '' : ' · out of scope'}` : 'Type a name, UPN, mail, group name or object id; Enter picks the first match.';

  return (
    <Field label="User or group" hint={hint} required>
      <div className={styles.wrap}>
        <Input
          className={styles.input}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          {...(activeId ? { 'aria-activedescendant': activeId } : {})}
          contentBefore={<SearchRegular />}
          contentAfter={open && query.status === 'loading' ? <Spinner size="extra-tiny" aria-label="Searching" /> : null}
          placeholder="Search users and groups"
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            latestTyped.current = data.value.trim();
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          data-testid={testId}
        />
        {open && (
          <div className={styles.popup}>
          <ul id={listId} role="listbox" aria-label="Users and groups" aria-busy={!settled} className={styles.list} data-testid={optionsTestId}>
            {items.map((item, index) => (
              <li
                key={item.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                data-name={item.displayName}
                className={mergeClasses(styles.option, index === active && styles.active)}
                // Keeps focus in the input so the blur does not close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(item)}
              >
                {item.kind === 'Group' ? <PeopleRegular aria-label="Group" /> : <PersonRegular aria-label="User" />}
                <span className={styles.name}>
                  {item.displayName}
                  <span className={styles.detail}>
                    {item.detail} · {item.assignedVia}
                  </span>
                </span>
                {!item.inScope && (
                  <Badge appearance="tint" color="warning" size="small">
                    Out of scope
                  </Badge>
                )}
              </li>
            ))}
          </ul>
            {query.data && items.length === 0 && <p className={styles.note}>No assigned user or group matches “{text.trim()}”.</p>}
            {query.data && query.data.total > items.length && (
              <p className={styles.note}>
                Showing {items.length} of {query.data.total}; type to narrow.
              </p>
            )}
            {!query.data && query.status === 'loading' && <p className={styles.note}>Searching…</p>}
            {query.status === 'error' && <p className={styles.note}>{query.error.message}</p>}
          </div>
        )}
      </div>
    </Field>
  );
}
