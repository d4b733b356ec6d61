import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateBatchItem, lineColumn, type BatchContext, type BatchItem, type BatchResult } from '../../../shared/expressions';
import { UsageError, type CliIO } from '../cli-context';
import { EXPR_HELP } from '../help';

function readInput(file: string, io: CliIO): string {
  try {
    return file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
  } catch (error) {
    void io;
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function readJson(file: string, io: CliIO, what: string): unknown {
  const text = readInput(file, io);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function batchItems(raw: unknown, file: string): BatchItem[] {
  if (!Array.isArray(raw)) throw new UsageError(`batch file ${file} must hold a JSON array of {id, expression, source, context?}.`);
  return raw.map((entry, index) => {
    if (!entry || typeof entry !== 'object' || typeof (entry as BatchItem).expression !== 'string') {
      throw new UsageError(`batch item ${index} must be an object with a string "expression".`);
    }
    const item = entry as BatchItem;
    return { ...item, id: item.id === undefined ? String(index) : item.id };
  });
}

/** Human form of one result: strings as they are, anything else as JSON; errors with a caret. */
function printResult(expression: string, result: BatchResult, io: CliIO): number {
  if ('value' in result) {
    const { value } = result;
    if (value && typeof value === 'object' && 'ignoreFlow' in value) io.out('(attribute left out: IgnoreFlowIfNullOrEmpty got null or "")');
    else io.out(typeof value === 'string' ? value : JSON.stringify(value));
    return 0;
  }
  const { kind, message, start } = result.error;
  const { line, column } = lineColumn(expression, start ?? 0);
  io.err(`pwb: ${kind} error at line ${line}, column ${column}: ${message}`);
  const text = expression.split('\n')[line - 1] ?? '';
  if (text.length <= 200) io.err(`  ${text}\n  ${' '.repeat(Math.max(0, column - 1))}^`);
  return 1;
}

export async function exprCommand(args: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === '-h') return io.out(EXPR_HELP), 0;
  if (verb !== 'eval') throw new UsageError(`unknown expr command "${verb}" (expected eval).`);
  const { values } = parseArgs({
    args: rest,
    options: {
      expression: { type: 'string', short: 'e' },
      source: { type: 'string' },
      batch: { type: 'string' },
      now: { type: 'string' },
      lenient: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const functionNameCase = values.lenient ? 'lenient' : 'strict';
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) throw new UsageError(`--now must be an ISO date, not "${values.now}".`);
  if (values.batch !== undefined) {
    if (values.expression !== undefined || values.source !== undefined) throw new UsageError('--batch cannot be combined with --expression or --source.');
    const items = batchItems(readJson(values.batch, io, 'batch file'), values.batch);
    const results = items.map((item) => {
      const context: BatchContext = { ...(values.now ? { now: values.now } : {}), ...(item.context ?? {}) };
      return evaluateBatchItem({ ...item, context }, { functionNameCase });
    });
    io.out(JSON.stringify(results, null, 1));
    return 0;
  }
  if (values.expression === undefined) throw new UsageError('expr eval needs --expression E or --batch FILE.');
  const source = values.source === undefined ? {} : readJson(values.source, io, 'source file');
  if (!source || typeof source !== 'object' || Array.isArray(source)) throw new UsageError('--source must hold a JSON object of attribute values.');
  const result = evaluateBatchItem(
    { id: 'expression', expression: values.expression, source: source as Record<string, unknown>, context: values.now ? { now: values.now } : {} },
    { functionNameCase },
  );
  if (values.json) {
    io.out(JSON.stringify(result));
    return 'error' in result ? 1 : 0;
  }
  return printResult(values.expression, result, io);
}
