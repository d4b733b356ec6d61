import { Badge, Input, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useQuery } from '../../lib/useQuery';
import { JsonBlock } from './JsonBlock';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  split: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  list: { maxHeight: '420px', overflow: 'auto' },
  row: { cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** The users and groups the endpoint holds, as a client would read them (JSON per resource). */
export function ResourceBrowser({ version }: { version: string }) {
  const styles = useStyles();
  const [type, setType] = useState<'User' | 'Group'>('User');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const query = useQuery('scim:resources', { type, limit: 200, ...(search.trim() ? { search: search.trim() } : {}) }, { keepPreviousData: true });
  const { reload } = query;
  useEffect(() => reload(), [version, reload]);
  const items = query.data?.items ?? [];
  const current = items.find((i) => i.id === selected) ?? null;
  return (
    <div>
      <div className={styles.bar}>
        <TabList selectedValue={type} onTabSelect={(_, d) => (setType(d.value as 'User' | 'Group'), setSelected(null))} aria-label="Resource type">
          <Tab value="User" data-testid="scim-tab-users">
            Users
          </Tab>
          <Tab value="Group" data-testid="scim-tab-groups">
            Groups
          </Tab>
        </TabList>
        <Input contentBefore={<SearchRegular />} placeholder="Name, externalId or id…" value={search} onChange={(_, d) => setSearch(d.value)} aria-label="Search stored resources" />
        <span>{query.data ? `${query.data.total} stored` : ''}</span>
      </div>
      {query.status === 'error' && <ErrorMessage error={query.error} onRetry={query.reload} title="Could not read the stored resources" />}
      <div className={styles.split}>
        {items.length === 0 ? (
          <p className={styles.empty}>No {type === 'User' ? 'users' : 'groups'} stored{search ? ' match this search' : ' yet'}.</p>
        ) : (
          <div className={styles.list}>
            <Table size="small" aria-label={type === 'User' ? 'Stored users' : 'Stored groups'} data-testid="scim-resources">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{type === 'User' ? 'userName' : 'displayName'}</TableHeaderCell>
                  <TableHeaderCell>externalId</TableHeaderCell>
                  {type === 'User' && <TableHeaderCell>Active</TableHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((item) => (
                  <TableRow
                    key={item.id}
                    className={`${styles.row} ${selected === item.id ? styles.selected : ''}`}
                    onClick={() => setSelected(item.id)}
                    onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && setSelected(item.id)}
                    tabIndex={0}
                    aria-selected={selected === item.id}
                    data-testid="scim-resource-row"
                  >
                    <TableCell>{item.name}</TableCell>
                    <TableCell className={styles.mono}>{item.externalId ?? '—'}</TableCell>
                    {type === 'User' && (
                      <TableCell>
                        <Badge appearance="tint" color={item.active === false ? 'warning' : 'success'}>
                          {item.active === false ? 'Inactive' : 'Active'}
                        </Badge>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        <div data-testid="scim-resource-json">
          {current ? <JsonBlock text={current.json} label={`${type} ${current.name}`} /> : items.length > 0 && <p className={styles.empty}>Select a row to see its SCIM JSON.</p>}
        </div>
      </div>
    </div>
  );
}
