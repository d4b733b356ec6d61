import { describe, expect, it } from 'vitest';
import { cycleStateInWords } from '../../../../renderer/src/lib/cycleState';

describe('cycleStateInWords', () => {
  it('says what Graph’s states mean', () => {
    expect(cycleStateInWords('EntryLevelErrors')).toBe('Completed with errors on some users or groups');
    expect(cycleStateInWords('Succeeded')).toBe('Succeeded');
    expect(cycleStateInWords('failed')).toBe('Failed');
  });

  it('splits an unknown camel-case state into words', () => {
    expect(cycleStateInWords('SomethingNewHere')).toBe('Something new here');
  });
});
