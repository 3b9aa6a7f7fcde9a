// Model weights as the bundles carry them: esbuild.mjs packs a model's big keyed lists into two arrays at build time,
// because JSON.parse reads arrays much faster than objects of thousands of keys. model.json files keep the keyed form.

/** The key of a packed list: `{ "#packed": [keys, values] }`, in the Object.keys order of the list it packs. */
export const PACKED = '#packed';

/** The two arrays of a packed list, or null when `weights` is a keyed list. */
export function unpacked(weights: object): readonly [readonly unknown[], readonly unknown[]] | null {
  const p = (weights as { readonly [PACKED]?: unknown })[PACKED];
  return Array.isArray(p) && p.length === 2 && Array.isArray(p[0]) && Array.isArray(p[1]) ? [p[0], p[1]] : null;
}
