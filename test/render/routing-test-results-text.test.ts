import { describe, expect, it } from 'vitest';
import { renderRoutingTestResults } from '../../src/render/routing-test-results-text.js';

describe('renderRoutingTestResults', () => {
  it('a newline or escape code in a file or call name never starts a line of its own (issue 22 item 16)', () => {
    const file = 'x\n::error::pwned\n\u001b[2J.yaml';
    const text = renderRoutingTestResults(
      [
        {
          file,
          owner: 'extension 101',
          name: 'call\n::stop-commands::gotcha',
          where: `${file}:5:5`,
          passed: false,
          diffs: ['expected rings [desktop-apps]\n::warning::x, got [mobile-apps]'],
        },
      ],
      { colour: false },
    );
    expect(text).not.toContain('\u001b');
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(text).toContain('x ::error::pwned \\u001b[2J.yaml: extension 101');
    expect(text).toContain('✗ call ::stop-commands::gotcha');
  });
});
