import { Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { flattenObject } from './flattenObject';
import { ValueBlock } from './ValueBlock';
import { ValueText } from './ValueText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  frame: { overflowX: 'auto' },
  nameColumn: { width: '32%' },
  name: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', verticalAlign: 'top' },
  value: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** The object as the target holds it after the run: attribute → value, or the JSON itself. */
export function TargetObjectView({ object, name }: { object: Record<string, unknown> | null; name: string }) {
  const styles = useStyles();
  const [view, setView] = useState<'table' | 'json'>('table');
  return (
    <div className={styles.root} data-testid="trial-target-object">
      <div className={styles.head}>
        <p className={styles.title}>Target object</p>
        {object && (
          <TabList size="small" selectedValue={view} onTabSelect={(_, data) => setView(data.value as 'table' | 'json')} aria-label={`Target object of ${name} as`}>
            <Tab value="table">Table</Tab>
            <Tab value="json">JSON</Tab>
          </TabList>
        )}
      </div>
      {!object ? (
        <p className={styles.empty}>The target holds no object for {name} after this run.</p>
      ) : view === 'json' ? (
        <ValueBlock value={object} label={`Target object of ${name}`} />
      ) : (
        <div className={styles.frame}>
          <Table size="extra-small" aria-label={`Target object of ${name}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.nameColumn}>Attribute</TableHeaderCell>
                <TableHeaderCell>Value</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {flattenObject(object).map(([path, value]) => (
                <TableRow key={path}>
                  <TableCell className={styles.name}>{path}</TableCell>
                  <TableCell className={styles.value}>
                    <ValueText value={value} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
