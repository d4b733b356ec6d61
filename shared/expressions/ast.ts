/** Source span of a node: UTF-16 offsets into the expression text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type ComparisonOperator = '=' | '<>' | '>=' | '<=' | '>' | '<';

export type ExprNode =
  | ({ kind: 'attribute'; name: string } & Span)
  | ({ kind: 'string'; value: string } & Span)
  /** A bare integer literal; carried as text like Graph does (`1` → Constant "1"). */
  | ({ kind: 'number'; text: string } & Span)
  /** VBA-style hexadecimal literal `&HF7`; `text` keeps the original spelling. */
  | ({ kind: 'hex'; text: string; value: number } & Span)
  /** Bare enumeration identifier such as `vbTextCompare`. */
  | ({ kind: 'identifier'; name: string } & Span)
  | ({ kind: 'call'; name: string; nameEnd: number; args: Array<ExprNode | null> } & Span)
  | ({ kind: 'compare'; op: ComparisonOperator; left: ExprNode; right: ExprNode } & Span);

export type CallNode = Extract<ExprNode, { kind: 'call' }>;
