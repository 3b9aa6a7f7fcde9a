import * as assert from 'node:assert/strict';
import { classProbabilities, entityVote, PACKED, type ContextModel } from '../../src/core/entities/context';

// The bundles carry the context model with its weights packed (esbuild.mjs); training and these tests read the object
// form of context.model.json. Both must give the same numbers.
describe('entity context model: packed and object weights', () => {
  const weights: Record<string, number[]> = { 'p1=mayor': [2.5, -1, -0.75], 'n1=said': [0.5, 0.25, -0.5], 'p1=in': [-1, -0.5, 1.75], caps: [-3.5, 0.25, 0.75] };
  const names = Object.keys(weights);
  const object: ContextModel = { bias: [-0.25, 0.125, -0.5], weights, threshold: 0.6, overrule: 0.8 };
  const packed = { ...object, weights: { [PACKED]: [names, names.flatMap((n) => weights[n])] } } as unknown as ContextModel;

  it('gives the same class probabilities, unknown features ignored', () => {
    for (const features of [['p1=mayor', 'n1=said'], ['p1=in', 'caps', 'n1=nothing'], [], ['unknown']]) {
      assert.deepEqual(classProbabilities(packed, features), classProbabilities(object, features), features.join(' '));
    }
    const [person] = classProbabilities(object, ['p1=mayor']);
    assert.ok(person > 0.9);
  });

  it('gives the same vote over a text\'s mentions', () => {
    const text = 'The mayor Vanto Relli said on Monday that Relli would stay in Ostara.';
    const mentions = [{ start: 10, end: 21 }, { start: 42, end: 47 }, { start: 62, end: 68 }];
    assert.deepEqual(entityVote(packed, text, mentions), entityVote(object, text, mentions));
  });
});
