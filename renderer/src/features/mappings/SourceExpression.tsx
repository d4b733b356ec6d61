import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AttributeMappingView } from '../../../../shared/ipc/dto/apps';
import { highlightExpression, type ExpressionTokenKind } from './highlightExpression';
import { useExpressionTokenStyles } from './useExpressionTokenStyles';

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  none: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/** What a Direct/Constant/Expression mapping reads, in monospace with its parts colored by kind. */
export function SourceExpression({ mapping }: { mapping: AttributeMappingView }) {
  const styles = useStyles();
  const tokenStyles = useExpressionTokenStyles();
  const expression = mapping.sourceExpression;
  if (mapping.sourceType === 'None' || expression === null) {
    return <span className={styles.none}>None (target left unchanged)</span>;
  }
  if (mapping.sourceType === 'Constant') {
    return <code className={mergeClasses(styles.code, tokenStyles.string)}>{quoteConstant(expression)}</code>;
  }
  if (mapping.sourceType === 'Attribute') {
    return <code className={mergeClasses(styles.code, tokenStyles.attribute)}>{expression}</code>;
  }
  return (
    <code className={styles.code}>
      {highlightExpression(expression).map((token, index) => (
        <span key={index} className={tokenStyles[token.kind satisfies ExpressionTokenKind]}>
          {token.text}
        </span>
      ))}
    </code>
  );
}

/** Constants are shown quoted (as the expression language writes them) unless already quoted. */
function quoteConstant(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value : `"${value}"`;
}
