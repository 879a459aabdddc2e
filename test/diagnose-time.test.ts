import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { centralDay, nextCentralMidnight } from '../src/diagnose/central-time.js';

describe('diagnose: US Central days', () => {
  it('midnight is 06:00 UTC in winter and 05:00 UTC in summer', () => {
    assert.equal(centralDay(Date.UTC(2024, 0, 15, 5, 59)), '2024-01-14');
    assert.equal(centralDay(Date.UTC(2024, 0, 15, 6, 0)), '2024-01-15');
    assert.equal(centralDay(Date.UTC(2024, 6, 15, 4, 59)), '2024-07-14');
    assert.equal(centralDay(Date.UTC(2024, 6, 15, 5, 0)), '2024-07-15');
  });

  it('finds the next reset across the daylight-saving changes', () => {
    // 2024-03-10 starts CDT: that day has 23 hours, so the next midnight is 05:00 UTC.
    assert.equal(nextCentralMidnight(Date.UTC(2024, 2, 10, 12)), Date.UTC(2024, 2, 11, 5));
    // 2024-11-03 returns to CST: 25 hours, next midnight at 06:00 UTC.
    assert.equal(nextCentralMidnight(Date.UTC(2024, 10, 3, 12)), Date.UTC(2024, 10, 4, 6));
    assert.equal(nextCentralMidnight(Date.UTC(2024, 0, 15, 5, 59)), Date.UTC(2024, 0, 15, 6));
  });
});
