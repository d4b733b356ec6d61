import { makeStyles, tokens } from '@fluentui/react-components';
import type { ExpressionTokenKind } from './highlightExpression';

/** The colour of each kind of expression token, shared by the read-only view and the editor. */
export const useExpressionTokenStyles: () => Record<ExpressionTokenKind, string> = makeStyles({
  attribute: { color: tokens.colorPaletteBlueForeground2 },
  string: { color: tokens.colorPaletteDarkOrangeForeground2 },
  function: { color: tokens.colorPalettePurpleForeground2, fontWeight: tokens.fontWeightSemibold },
  number: { color: tokens.colorPaletteGreenForeground2 },
  punctuation: { color: tokens.colorNeutralForeground3 },
  text: {},
});
