import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileExpression,
  ExpressionError,
  FUNCTIONS,
  lineColumn,
  mappingSourceToText,
  parseExpression,
  parseToMappingSource,
  printExpression,
} from '../../../../shared/expressions';
import type { AttributeMappingSource } from '../../../../shared/graph/synchronization';
import { errorOf, run } from './helpers';

/** The tree's structure: Function nodes' `expression` texts may differ in trailing empty slots, which Graph drops. */
function structure(source: AttributeMappingSource): unknown {
  return { type: source.type, name: source.name, parameters: source.parameters.map((p) => ({ key: p.key, value: structure(p.value) })) };
}

function parseError(text: string): ExpressionError {
  try {
    compileExpression(text);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`no error for ${text}`);
}

describe('parser', () => {
  it('builds a Graph attributeMappingSource tree with empty slots left out', () => {
    const tree = parseToMappingSource('Switch([IsSoftDeleted], , "False", "True", "True", "False")');
    expect(tree.type).toBe('Function');
    expect(tree.name).toBe('Switch');
    expect(tree.parameters.map((p) => p.key)).toEqual(['source', 'switchValue', 'switchValue', 'switchValue', 'switchValue']);
    expect(tree.parameters[0]!.value).toEqual({ expression: '[IsSoftDeleted]', name: 'IsSoftDeleted', type: 'Attribute', parameters: [] });
    expect(tree.expression).toBe('Switch([IsSoftDeleted], , "False", "True", "True", "False")');
    expect(parseToMappingSource('Mid([x], 1, 3)').parameters[1]!.value).toEqual({ expression: '"1"', name: '1', type: 'Constant', parameters: [] });
    expect(parseToMappingSource('"Company: \\"C\\""')).toMatchObject({ type: 'Constant', name: 'Company: "C"', expression: '"Company: \\"C\\""' });
  });

  it('round-trips text → tree → text for documented shapes', () => {
    for (const text of [
      'Replace([x], , "\\\\d+", , "", , )',
      'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
      'IIF([country] = "USA", "a", "b")',
      'InStr("repEated", "e", 3, vbBinaryCompare)',
      'BitAnd(&HF, &HF7)',
      'FormatDateTime([x], , "yyyy", "yy")',
      'Join(", ", "", [surname], [givenName])',
      'Guid()',
    ]) {
      const tree = parseToMappingSource(text);
      const printed = mappingSourceToText(tree);
      expect(structure(parseToMappingSource(printed))).toEqual(structure(tree));
    }
    expect(mappingSourceToText(parseToMappingSource('FormatDateTime([x], "yyyy", "yy")'))).toBe('FormatDateTime([x], , "yyyy", "yy")');
  });

  it('accepts whitespace and newlines between tokens; keeps spaces inside [ ] in the name', () => {
    expect(run('Append(\n  [a] ,\t".x"\n)\n', { a: 'b' })).toBe('b.x');
    expect(run('[my attr]', { 'my attr': 'v' })).toBe('v');
  });

  it('reports errors with the position of the offending text', () => {
    const cases: Array<[string, string, number]> = [
      ['Append([mail], "abc)', 'unterminated string constant', 15],
      ['Append([mail, "x")', 'unterminated attribute reference', 7],
      ["Append([mail], '.test')", 'single-quoted strings', 15],
      ['Append([mail], “x”)', 'typographic (smart) quotes', 15],
      ['IIF([a]="x" AND [b]="y","1","0")', 'AND/OR logical operators', 12],
      ['IIF([a]="x","1","0") & "s"', "'&' concatenation", 21],
      ['Append([a] "b")', "expected ',' or ')'", 11],
      ['Append([a], )x', 'unexpected "x"', 13],
      ['Append([a]', "missing ')'", 6],
      ['ToLower([a]) [b]', 'unexpected "[b]"', 13],
      ['[a] = [b] = [c]', 'cannot be chained', 10],
      ['Append([a], True)', 'unknown identifier True', 12],
      ['Apend([a], "x")', 'unknown function Apend (did you mean Append?)', 0],
      ['append([a], "x")', 'unknown function append (case mismatch)', 0],
      ['IIF([a], "x")', 'arity: IIF requires 3 arguments', 0],
      ['IIF([a], , "x")', 'arity: IIF argument 2 (valueIfTrue) is required', 0],
      ['Mid("x", 1.5, 2)', 'decimal numeric literals', 9],
      ['', 'expression is empty', 0],
      ['Append("a", []', 'empty attribute reference', 12],
    ];
    for (const [text, message, start] of cases) {
      const error = parseError(text);
      expect(error.kind, text).toBe('parse');
      expect(error.message, text).toContain(message);
      expect(error.start, text).toBe(start);
    }
  });

  it('limits expressions to 10,000 characters', () => {
    expect(errorOf(`Append("${'a'.repeat(9986)}", "b")`)).toBe('parse: expression exceeds 10,000 characters');
    expect(run(`Append("${'a'.repeat(9984)}", "")`)).toHaveLength(9984);
  });

  it('lenient mode accepts any function casing and says so', () => {
    const compiled = compileExpression('append([a], "x")', { functionNameCase: 'lenient' });
    expect(compiled.warnings[0]?.message).toMatch(/spelled Append/);
    expect(compiled.evaluate({ a: 'b' })).toEqual({ kind: 'value', value: 'bx' });
  });

  it('gives line and column of an offset', () => {
    expect(lineColumn('a\nbc', 3)).toEqual({ line: 2, column: 2 });
  });

  it('lists attributes and functions an expression uses', () => {
    const compiled = compileExpression('Join(" ", [givenName], ToUpper([surname]))');
    expect(compiled.attributes).toEqual(['givenName', 'surname']);
    expect([...compiled.functions].sort()).toEqual(['Join', 'ToUpper']);
  });

  it('records an evaluation trace of every sub-expression', () => {
    const compiled = compileExpression('Join(" ", [givenName], ToUpper([surname]))');
    const trace: Parameters<typeof compiled.evaluate>[2] = [];
    compiled.evaluate({ givenName: 'Ada', surname: 'Lovelace' }, {}, trace);
    const text = compiled.text;
    expect(trace!.map((t) => [text.slice(t.start, t.end), t.value])).toEqual([
      ['[givenName]', 'Ada'],
      ['[surname]', 'Lovelace'],
      ['ToUpper([surname])', 'LOVELACE'],
      ['Join(" ", [givenName], ToUpper([surname]))', 'Ada LOVELACE'],
    ]);
  });
});

const names = FUNCTIONS.map((f) => f.name);
const leaf = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s).replace(/\\u[0-9a-f]{4}/g, '')),
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_.]{0,10}$/).map((s) => `[${s}]`),
  fc.integer({ min: -999, max: 9999 }).map(String),
  fc.constantFrom('&HF7', 'vbTextCompare'),
);
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...names), fc.array(fc.option(tie('expr'), { nil: '' }), { maxLength: 4 })).map(([name, args]) => `${name}(${args.join(', ')})`),
    fc.tuple(tie('expr'), fc.constantFrom('=', '<>', '>', '<', '>=', '<='), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
  ),
})).expr;

describe('parser properties', () => {
  it('never throws anything but an ExpressionError of kind parse, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), expression, expression.map((e) => e.slice(0, Math.floor(e.length / 2)))), (text) => {
        try {
          parseExpression(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
          expect((error as ExpressionError).kind).toBe('parse');
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('print → parse round-trips both the tree and the Graph shape', () => {
    fc.assert(
      fc.property(expression, (text) => {
        let tree;
        try {
          tree = parseExpression(text);
        } catch {
          return;
        }
        const printed = printExpression(tree);
        expect(printExpression(parseExpression(printed))).toBe(printed);
        const graph = parseToMappingSource(printed);
        expect(structure(parseToMappingSource(mappingSourceToText(graph)))).toEqual(structure(graph));
      }),
      { numRuns: 1000 },
    );
  });

  it('compiling and evaluating never throws outside ExpressionError', () => {
    fc.assert(
      fc.property(expression, fc.dictionary(fc.stringMatching(/^[a-z]{1,3}$/), fc.oneof(fc.string({ maxLength: 5 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }))), (text, source) => {
        let compiled;
        try {
          compiled = compileExpression(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
          return;
        }
        expect(['value', 'error', 'ignoreFlow']).toContain(compiled.evaluate(source).kind);
      }),
      { numRuns: 1000 },
    );
  });
});
