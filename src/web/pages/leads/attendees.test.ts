import { describe, expect, it } from 'vitest';
import { splitAttendees } from './attendees';

describe('splitAttendees', () => {
  it('splits on Chinese and Latin separators and drops blanks', () => {
    expect(splitAttendees('王经理、李博士')).toEqual(['王经理', '李博士']);
    expect(splitAttendees(' Ann, Bob ;；林小姐，\n')).toEqual(['Ann', 'Bob', '林小姐']);
    expect(splitAttendees('')).toEqual([]);
  });
});
