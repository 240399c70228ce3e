import { describe, expect, it } from 'vitest';
import { cleanText, formatValue, formatValuePair, truncate } from '../../src/render/format-value.js';
import { codeSpan, tableCell } from '../../src/render/markdown-escape.js';
import { objectLabel } from '../../src/render/target-label.js';
import { KINDS } from '../../src/kinds/index.js';

describe('formatValue', () => {
  it('renders compact JSON, keeps strings quoted and marks absence', () => {
    expect(formatValue('1')).toBe('"1"');
    expect(formatValue(1)).toBe('1');
    expect(formatValue(null)).toBe('null');
    expect(formatValue(undefined)).toBe('(absent)');
    expect(formatValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
  });

  it('cuts long values with an ellipsis within the width', () => {
    const out = formatValue('x'.repeat(200), 20);
    expect(out).toHaveLength(20);
    expect(out.endsWith('…')).toBe(true);
  });

  it('does not throw on values JSON cannot hold', () => {
    expect(formatValue(10n)).toBe('10');
  });

  it('never cuts a surrogate pair in half', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });
});

describe('formatValuePair', () => {
  it('moves the window to the first difference when both sides are long', () => {
    const list = Array.from({ length: 8 }, (_, i) => ({ phoneNumber: `+1650555000${i}` }));
    const [before, after] = formatValuePair(list.slice(0, 7), list, 72);
    expect(before).toBe('…{"phoneNumber":"+16505550006"}]');
    expect(after).toBe('…{"phoneNumber":"+16505550006"},{"phoneNumber":"+16505550007"}]');
  });

  it('leaves short values alone', () => {
    expect(formatValuePair(20, 30)).toEqual(['20', '30']);
    expect(formatValuePair(undefined, 'x')).toEqual(['(absent)', '"x"']);
  });
});

describe('cleanText', () => {
  it('turns line breaks into spaces and escapes other control characters', () => {
    expect(cleanText('a\nb\tc\x1b[0m')).toBe('a b c\\u001b[0m');
  });
});

describe('codeSpan and tableCell', () => {
  it('fences content that contains backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });

  it('escapes every pipe for tables', () => {
    expect(tableCell('`a|b`')).toBe('`a\\|b`');
  });
});

describe('objectLabel', () => {
  it('names objects the way manifests do', () => {
    expect(objectLabel('user-state', 'dnd')).toBe('state dnd');
    expect(objectLabel('user-state-rule', 'work-hours')).toBe('state rule work-hours');
    expect(objectLabel('site-rule', 'after-hours')).toBe('after-hours rule');
    expect(objectLabel('company-rule', 'business-hours')).toBe('business-hours rule');
    expect(objectLabel('site-business-hours', 'business-hours')).toBe('business hours');
    expect(objectLabel('site-custom-rule', 'Say "hi"')).toBe('custom rule "Say \\"hi\\""');
  });

  it('is the one vocabulary: plans, messages and routing outcomes name an object alike', () => {
    for (const kind of KINDS) expect(objectLabel(kind.kind, 'after-hours')).toBe(cleanText(kind.label('after-hours')));
  });
});
