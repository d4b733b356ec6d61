import { Button, Field, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { useExpressionTokenStyles } from '../mappings/useExpressionTokenStyles';
import { highlightSegments } from './highlightSegments';
import { formatValue } from './formatValue';
import { useLiveEvaluation } from './useLiveEvaluation';

const FONT = {
  fontFamily: tokens.fontFamilyMonospace,
  fontSize: tokens.fontSizeBase300,
  lineHeight: '20px',
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  whiteSpace: 'pre-wrap' as const,
  overflowWrap: 'anywhere' as const,
  margin: '0',
  border: 'none',
  letterSpacing: 'normal',
};

const useStyles = makeStyles({
  frame: {
    position: 'relative',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-1px' },
  },
  layer: { ...FONT, minHeight: '84px', boxSizing: 'border-box', width: '100%' },
  overlay: { position: 'absolute', inset: 0, pointerEvents: 'none', color: tokens.colorNeutralForeground1, overflow: 'hidden' },
  input: {
    position: 'relative',
    display: 'block',
    resize: 'vertical',
    background: 'transparent',
    color: 'transparent',
    caretColor: tokens.colorNeutralForeground1,
    outline: 'none',
    '::selection': { backgroundColor: tokens.colorBrandBackground2, color: 'transparent' },
  },
  errorMark: { textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationColor: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1 },
  result: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minHeight: '44px',
  },
  resultError: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

interface Props {
  label: string;
  /** Attribute names of the source object, to flag unknown ones as you type. */
  sourceAttributes: readonly string[];
  initial: string;
  source: Record<string, unknown> | null;
  sourceName: string | null;
  now: number;
}

/** Expression editor: syntax highlighting, live errors at their position, live result for the chosen object. */
export function ExpressionEditor({ label, initial, source, sourceName, now, sourceAttributes }: Props) {
  const styles = useStyles();
  const tokenStyles = useExpressionTokenStyles();
  const [text, setText] = useState(initial);
  const [baseline, setBaseline] = useState(initial);
  if (baseline !== initial) {
    setBaseline(initial);
    setText(initial);
  }
  const keyAt = useRef<number | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLPreElement>(null);
  const result = useLiveEvaluation(text, source, now, sourceAttributes);

  useLayoutEffect(() => {
    const started = keyAt.current;
    if (started === null) return;
    keyAt.current = null;
    requestAnimationFrame(() => {
      if (resultRef.current) resultRef.current.dataset.latencyMs = (performance.now() - started).toFixed(1);
    });
  }, [text]);

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    keyAt.current = performance.now();
    setText(event.target.value);
  };
  const error = result.kind === 'error' ? result : null;
  const parts = highlightSegments(text, error?.start ?? null, error ? Math.min(error.end, text.length) : null);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }} data-testid="expression-editor">
      <Field label={label} hint="Edits stay here: use this to try a fix against real users before changing the mapping in Entra.">
        <div className={styles.frame}>
          <pre ref={overlayRef} className={mergeClasses(styles.layer, styles.overlay)} aria-hidden="true" data-testid="editor-highlight">
            {parts.map((part, i) => (
              <span key={i} className={mergeClasses(tokenStyles[part.kind], part.error && styles.errorMark)} data-error={part.error || undefined}>
                {part.text}
              </span>
            ))}
            {text.endsWith('\n') ? ' ' : ''}
          </pre>
          <textarea
            className={mergeClasses(styles.layer, styles.input)}
            value={text}
            onChange={onChange}
            onScroll={(e) => {
              if (overlayRef.current) overlayRef.current.scrollTop = e.currentTarget.scrollTop;
            }}
            spellCheck={false}
            aria-label="Expression"
            aria-invalid={error !== null}
            aria-describedby="expression-result"
            rows={3}
            data-testid="expression-input"
          />
        </div>
      </Field>
      <div className={styles.row}>
        <Button size="small" disabled={text === initial} onClick={() => setText(initial)}>
          Reset to the mapping
        </Button>
        <span className={styles.muted}>{sourceName ? `Evaluated for ${sourceName}` : 'Choose a user or group above to evaluate against real values.'}</span>
      </div>
      <div
        id="expression-result"
        ref={resultRef}
        role="status"
        aria-live="polite"
        className={mergeClasses(styles.result, error ? styles.resultError : undefined)}
        data-testid="expression-result"
        data-kind={result.kind}
      >
        {result.kind === 'empty' && <span className={styles.muted}>Type an expression.</span>}
        {result.kind === 'value' && (
          <>
            <span>
              Result: <span className={styles.mono} data-testid="expression-value">{formatValue(result.value)}</span>
            </span>
            {result.value === null && <span className={styles.muted}>null is never exported: the attribute would be skipped (or get its default value on create).</span>}
            {result.warnings.map((w) => (
              <span key={w} className={styles.muted}>
                Note: {w}
              </span>
            ))}
          </>
        )}
        {result.kind === 'ignoreFlow' && <span>IgnoreFlowIfNullOrEmpty: the attribute is left out of the operation.</span>}
        {error && (
          <span data-testid="expression-error">
            {error.phase === 'parse' ? 'Syntax error' : 'Evaluation error'} at line {error.line}, column {error.column}: {error.message}
          </span>
        )}
      </div>
    </div>
  );
}
