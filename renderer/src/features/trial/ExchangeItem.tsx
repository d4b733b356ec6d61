import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { HttpExchange } from '../../../../shared/sync/types';
import { displayUrl } from './displayValue';
import { ValueBlock } from './ValueBlock';

const useStyles = makeStyles({
  item: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  toggle: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, minWidth: 0, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  line: { display: 'grid', gridTemplateColumns: '56px minmax(0, 1fr) auto auto', alignItems: 'center', columnGap: tokens.spacingHorizontalS, width: '100%', minWidth: 0 },
  method: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  url: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', minWidth: 0 },
  purpose: { display: 'block', fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  ms: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  body: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: tokens.spacingHorizontalM, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  unsent: { fontStyle: 'italic' },
  fullUrl: { gridColumn: '1 / -1', margin: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

function statusColor(status: number): 'success' | 'warning' | 'danger' | 'informative' {
  if (status < 300) return 'success';
  if (status === 404) return 'informative';
  return status < 500 ? 'warning' : 'danger';
}

function StatusCell({ exchange }: { exchange: HttpExchange }) {
  if (!exchange.sent) return <Badge appearance="outline" color="subtle">Not sent (dry run)</Badge>;
  if (exchange.response) {
    return (
      <Badge appearance="tint" color={statusColor(exchange.response.status)} data-testid="trial-exchange-status">
        {exchange.response.status}
      </Badge>
    );
  }
  return <Badge appearance="tint" color="danger">No response</Badge>;
}

/** One request the engine sent (or would send): method, URL, status and time; expands to headers and bodies. */
export function ExchangeItem({ exchange }: { exchange: HttpExchange }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { response } = exchange;
  return (
    <li className={styles.item} data-testid="trial-exchange" data-method={exchange.method}>
      <Button
        appearance="subtle"
        className={styles.toggle}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className={styles.line}>
          <span className={styles.method}>{exchange.method}</span>
          <span className={styles.url} title={exchange.url}>
            {displayUrl(exchange.url)}
            <span className={styles.purpose}>{exchange.purpose}</span>
          </span>
          <StatusCell exchange={exchange} />
          <span className={styles.ms}>{response ? `${Math.round(response.durationMs)} ms` : ''}</span>
        </span>
      </Button>
      {open && (
        <div className={styles.body} data-testid="trial-exchange-detail">
          <p className={styles.fullUrl}>
            {exchange.method} {exchange.url}
          </p>
          <div className={styles.side}>
            <p className={styles.heading}>Request headers</p>
            <ValueBlock value={exchange.requestHeaders} label="Request headers" />
            <p className={styles.heading}>Request body</p>
            <ValueBlock value={exchange.requestBody} label="Request body" />
          </div>
          <div className={styles.side}>
            {response ? (
              <>
                <p className={styles.heading}>Response headers</p>
                <ValueBlock value={response.headers} label="Response headers" />
                <p className={styles.heading}>Response body</p>
                <ValueBlock value={response.body} label="Response body" />
              </>
            ) : (
              <p className={mergeClasses(styles.heading, styles.unsent)}>{exchange.error ?? 'Not sent: a dry run sends GETs only.'}</p>
            )}
          </div>
        </div>
      )}
    </li>
  );
}
