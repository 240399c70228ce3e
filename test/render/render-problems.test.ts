import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problem.js';
import { renderProblems } from '../../src/render/render-problems.js';

const problem = (file: string, line: number, message: string, severity: Problem['severity'] = 'error'): Problem => ({
  pos: { file, line, col: 3 },
  path: 'customRules[0].name',
  message,
  severity,
});

describe('renderProblems', () => {
  it('json: {"problems": [{file, line, column, path, severity, message}]}, sorted', () => {
    const out = renderProblems([problem('b.yaml', 1, 'second'), problem('a.yaml', 9, 'first', 'warning')], 'json');
    expect(JSON.parse(out)).toEqual({
      problems: [
        { file: 'a.yaml', line: 9, column: 3, path: 'customRules[0].name', severity: 'warning', message: 'first' },
        { file: 'b.yaml', line: 1, column: 3, path: 'customRules[0].name', severity: 'error', message: 'second' },
      ],
    });
    expect(JSON.parse(renderProblems([], 'json'))).toEqual({ problems: [] });
  });

  it('github: one workflow command per problem, ::error or ::warning', () => {
    const out = renderProblems([problem('a.yaml', 2, 'bad'), problem('a.yaml', 5, 'hmm', 'warning')], 'github');
    expect(out).toBe('::error file=a.yaml,line=2,col=3::bad\n::warning file=a.yaml,line=5,col=3::hmm\n');
  });

  it('github: escapes %, CR and LF in the message, and also : and , in properties', () => {
    const out = renderProblems([problem('dir,x/a:b%.yaml', 1, 'name "50%: a,b"\r\nnext line')], 'github');
    expect(out).toBe('::error file=dir%2Cx/a%3Ab%25.yaml,line=1,col=3::name "50%25: a,b"%0D%0Anext line\n');
  });

  it('text: the CLI contract line, warnings marked', () => {
    expect(renderProblems([problem('a.yaml', 2, 'hmm', 'warning')], 'text')).toBe('a.yaml:2:3  customRules[0].name  warning: hmm\n');
  });
});
