// The test-side TimeML validator (support/timeml.ts) must itself tell valid from invalid values, or the property
// tests that rely on it prove nothing.
import * as assert from 'node:assert/strict';
import { timexProblem } from './support/timeml';

describe('test support: TimeML value validator', () => {
  const valid: [string, string][] = [
    ['DATE', '2021-03-18'], ['DATE', '2020-02-29'], ['DATE', '2000-02-29'], ['DATE', 'XXXX-02-29'], ['DATE', '2021'],
    ['DATE', '199X'], ['DATE', '19XX'], ['DATE', 'XXXX'], ['DATE', '199'], ['DATE', '19'], ['DATE', '2021-03'],
    ['DATE', '2021-XX'], ['DATE', '2021-XX-XX'], ['DATE', 'XXXX-03-18'], ['DATE', '2021-W11'], ['DATE', '2020-W53'],
    ['DATE', '2021-W11-4'], ['DATE', '2021-WXX'], ['DATE', '2021-W11-WE'], ['DATE', '2021-SP'], ['DATE', '2021-SU'],
    ['DATE', '2021-FA'], ['DATE', '2021-WI'], ['DATE', '2021-Q1'], ['DATE', '2021-QX'], ['DATE', '2021-H2'],
    ['DATE', 'PRESENT_REF'], ['DATE', 'PAST_REF'], ['DATE', 'FUTURE_REF'], ['DATE', '2021-03-18TEV'],
    ['TIME', '2021-03-18T14:30'], ['TIME', '2021-03-18T14'], ['TIME', '2021-03-18T14:30:05'], ['TIME', '2021-03-18T24:00'],
    ['TIME', '2021-03-18TMO'], ['TIME', '2021-03-18TNI'], ['TIME', 'XXXX-XX-XXT09:00'], ['TIME', 'PRESENT_REF'],
    ['DURATION', 'P2Y'], ['DURATION', 'P1.5Y'], ['DURATION', 'P2.5DE'], ['DURATION', 'P1Y6M'], ['DURATION', 'P3D'],
    ['DURATION', 'PT2H'], ['DURATION', 'PT0.5H'], ['DURATION', 'PT30M'], ['DURATION', 'PT1M30S'], ['DURATION', 'P1DT12H'],
    ['DURATION', 'PXY'], ['DURATION', 'PTXH'], ['DURATION', 'P1W'], ['DURATION', 'P2Q'], ['DURATION', 'P1CE'],
    ['DURATION', 'P1E'], ['DURATION', 'P1WE'], ['DURATION', 'PXWE'], ['DURATION', 'P0.0000001D'], ['DURATION', 'PT0.0000001S'],
    ['SET', 'P1W'], ['SET', 'P1D'], ['SET', 'XXXX-WXX-2'], ['SET', 'XXXX-WXX-2TNI'], ['SET', 'XXXX-XX-XX'], ['SET', 'XXXX-Q1'],
    ['SET', 'XXXX-SU'],
  ];
  const invalid: [string, string][] = [
    ['DURATION', 'P20Y5Y'], ['DURATION', 'PT1e-7S'], ['DURATION', 'P1D2Y'], ['DURATION', 'P'], ['DURATION', 'PT'],
    ['DURATION', 'P1DT'], ['DURATION', 'P-1Y'], ['DURATION', 'P1,5Y'], ['DURATION', '2021-03-18'], ['DURATION', 'P1YT'],
    ['DURATION', 'PY'], ['DURATION', 'P2H'], ['DURATION', 'PT2D'], ['DURATION', 'PInfinityY'], ['DURATION', 'PNaNY'],
    ['DATE', '2021-04-31'], ['DATE', '2021-02-29'], ['DATE', '1900-02-29'], ['DATE', 'XXXX-04-31'], ['DATE', '2021-13'],
    ['DATE', '2021-00-10'], ['DATE', '2021-03-00'], ['DATE', '-44-03-15'], ['DATE', '-0044-03-15'], ['DATE', '2-05-12'],
    ['DATE', '-6979'], ['DATE', '12345'], ['DATE', '2021-W54'], ['DATE', '2021-W53'], ['DATE', '2021-W00'],
    ['DATE', '2021-W11-8'], ['DATE', '2021-Q5'], ['DATE', '2021-H3'], ['DATE', '2021-AU'], ['DATE', '199-03'],
    ['DATE', 'P2Y'], ['DATE', 'NOW'], ['DATE', ''], ['DATE', '2021-3-18'], ['DATE', '2021-03-18T'],
    ['TIME', '2021-03-18T25:00'], ['TIME', '2021-03-18T24:30'], ['TIME', '2021-03-18T14:60'], ['TIME', '2021-03T14:00'],
    ['TIME', '2021-03-18TXX'], ['TIME', '2021-03-18T14:30T15'], ['TIME', 'PT2H'],
    ['SET', 'EVERY_WEEK'], ['SET', 'P'], ['BOGUS', '2021'],
  ];

  it('accepts every valid DATE, TIME, DURATION and SET value it is given', () => {
    const refused = valid.filter(([type, value]) => timexProblem(type, value) !== null);
    assert.deepEqual(refused, [], `refused: ${refused.map(([t, v]) => `${t} ${v}: ${timexProblem(t, v)}`).join('; ')}`);
  });

  it('rejects invalid values: repeated or misordered units, exponents, impossible days and weeks, signed years', () => {
    const accepted = invalid.filter(([type, value]) => timexProblem(type, value) === null);
    assert.deepEqual(accepted, []);
  });
});
