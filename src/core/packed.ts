// Model weights as the bundles carry them: esbuild.mjs packs a model's big keyed lists into two arrays at build time,
// because JSON.parse reads arrays much faster than objects of thousands of keys. model.json files keep the keyed form.

/** The key of a packed list: `{ "#packed": [keys, values] }`, in the Object.keys order of the list it packs. */
export const PACKED = '#packed';

/**
 * The two arrays of a packed list, or null when `weights` is a keyed list. The second may be a Float64Array: the CLI
 * bundle carries the entity context model's weights as their bytes (esbuild.mjs), which its JSON loader decodes.
 */
export function unpacked(weights: object): readonly [readonly unknown[], ArrayLike<unknown>] | null {
  const p = (weights as { readonly [PACKED]?: unknown })[PACKED];
  return Array.isArray(p) && p.length === 2 && Array.isArray(p[0]) && (Array.isArray(p[1]) || p[1] instanceof Float64Array) ? [p[0], p[1] as ArrayLike<unknown>] : null;
}
