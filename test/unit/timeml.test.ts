import * as assert from 'node:assert/strict';
import { checkedValue, isTimexValue } from '../../src/core/dates/timeml';
import type { TimexType } from '../../src/core/types';

function valid(type: TimexType, ...values: string[]): void {
  for (const v of values) assert.ok(isTimexValue(type, v), `${type} ${v} should be valid`);
}
function invalid(type: TimexType, ...values: string[]): void {
  for (const v of values) assert.ok(!isTimexValue(type, v), `${type} ${v} should be invalid`);
}

describe('TimeML values: the validator every date value goes through', () => {
  it('DATE: days, months, years, decades, centuries, weeks, quarters, halves, seasons, references', () => {
    valid('DATE', '2021-03-18', '2020-02-29', '2021-03', '2021', '0021', '202', '20', '2021-W11', '2020-W53', '2021-W11-WE', '2021-W11-5');
    valid('DATE', '2021-Q1', '2021-H2', '2021-SU', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF', '199X', 'XXXX-12', '2021-XX-XX');
    // TimeBank marks a day with its part of the day as a DATE.
    valid('DATE', '1998-10-23TNI');
  });
  it('DATE: no impossible day, month or week, no signed or short years, no exponent, no duration', () => {
    invalid('DATE', '2021-04-31', '2021-02-29', '1900-02-29', '2021-13', '2021-00', '2021-00-10', '2021-W54', '2021-W53', '2021-W00');
    invalid('DATE', '-44-03-15', '-6979', '2-05-12', '2', '20211', '1e3', 'P2Y', '2021-Q5', '2021-H3', 'NOW', '');
  });
  it('TIME: a day with a clock time or a part of the day', () => {
    valid('TIME', '2021-03-18T14:35', '2021-03-18T14', '2021-03-18T24:00', '2021-03-18T09:05:30', '2021-03-18TNI', '2021-03-18TMO', 'XXXX-WXX-1TNI');
    invalid('TIME', '2021-03-18T25:00', '2021-03-18T24:30', '2021-03-18T10:60', '2021-03-18', '2021-04-31T10:00', 'T10:00', '2021-03-18TXY');
  });
  it('DURATION: number-unit pairs, each unit once, largest first, a fraction only on the last', () => {
    valid('DURATION', 'P2Y', 'P25Y', 'P2Y6M', 'PT5H30M', 'P1DT12H', 'PXY', 'PTXH', 'P1WE', 'P1Q', 'PXDE', 'PXC', 'PT0.0000001S', 'P1.5Y', 'PT1H0.5M');
    invalid('DURATION', 'P20Y5Y', 'PT1e-7S', 'P6M2Y', 'P', 'PT', 'P2', 'P1.5Y6M', 'P-2Y', '2021-03', 'P2YT', 'P1H', 'PT2D');
  });
  it('SET: a recurring period or a calendar pattern', () => {
    valid('SET', 'P1D', 'P1W', 'PT1H', 'XXXX-WXX-1', 'XXXX-WXX-WE', 'XXXX-12', 'XXXX-XX-XXTNI', 'XXXX-WI');
    invalid('SET', 'P1D1D', 'XXXX-13', 'every day');
  });
  it('checkedValue keeps valid values and turns invalid ones into null', () => {
    assert.equal(checkedValue('DATE', '2021-04-30'), '2021-04-30');
    assert.equal(checkedValue('DATE', '2021-04-31'), null);
    assert.equal(checkedValue('DURATION', 'P20Y5Y'), null);
    assert.equal(checkedValue('DATE', null), null);
  });
});
