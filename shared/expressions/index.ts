export type { ComparisonOperator, ExprNode, CallNode, Span } from './ast';
export { ExpressionError, isExpressionError, lineColumn, type ExpressionErrorKind } from './errors';
export { tokenize, MAX_EXPRESSION_LENGTH, type Token } from './lexer';
export { parseExpression } from './parser';
export { printExpression, quoteString } from './printer';
export { toMappingSource, mappingSourceToText, parseToMappingSource } from './mapping-source';
export {
  compileExpression,
  DEFAULT_ENVIRONMENT,
  ENUM_IDENTIFIERS,
  type CompileOptions,
  type CompiledExpression,
  type CompileWarning,
  type EvaluationOutcome,
  type FunctionNameCase,
  type SourceObject,
  type TraceEntry,
} from './compiler';
export { FUNCTIONS, functionByName, functionByNameIgnoringCase, closestName } from './functions/registry';
export type { EvaluationEnvironment, FunctionDefinition, FunctionStatus } from './functions/types';
export { encodeValue, decodeSourceValue, type Value } from './values';
export { DateTimeValue, renderDateTime, isoDateTime } from './datetime';
export { evaluateBatchItem, environmentFromContext, outcomeToResult, seededRandom, type BatchItem, type BatchResult, type BatchContext } from './batch';
