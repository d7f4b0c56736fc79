import { decodeBase64, encodeBase64 } from './base64';

/**
 * Packs sorted distinct bucket ids as base64 delta-varints (about 2 bytes per id).
 *
 * @example
 * unpackVocab(packVocab(Int32Array.of(3, 70, 9000)), 3); // => Int32Array [3, 70, 9000]
 */
export function packVocab(vocab: Int32Array): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const id of vocab) {
    let delta = id - prev;
    prev = id;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return encodeBase64(Uint8Array.from(bytes));
}

/**
 * Inverse of {@link packVocab}; `undefined` when the data is corrupt or has the wrong length.
 *
 * @example
 * unpackVocab('Aw==', 1); // => Int32Array [3]
 */
export function unpackVocab(packed: string, size: number): Int32Array | undefined {
  const bytes = decodeBase64(packed);
  if (!bytes) return undefined;
  const out = new Int32Array(size);
  let prev = 0;
  let i = 0;
  for (let n = 0; n < size; n++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      if (i >= bytes.length) return undefined;
      const b = bytes[i++]!;
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    prev += delta;
    out[n] = prev;
  }
  return i === bytes.length ? out : undefined;
}

/**
 * Quantises a `rows × dims` matrix to int16 with one scale per row (max |w| / 32767): about
 * 5 significant digits, far finer than the noise in weights learnt from a few hundred tickets.
 *
 * @example
 * const { weights, scales } = packWeights(Float64Array.of(1, -0.5), 1, 2);
 * unpackWeights(weights, scales, 1, 2); // => Float64Array [1, -0.5] (to 1e-4)
 */
export function packWeights(
  matrix: Float64Array,
  rows: number,
  dims: number,
): { weights: string; scales: number[] } {
  const bytes = new Uint8Array(rows * dims * 2);
  const view = new DataView(bytes.buffer);
  const scales: number[] = [];
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let j = 0; j < dims; j++) max = Math.max(max, Math.abs(matrix[r * dims + j]!));
    const scale = max > 0 ? max / 32767 : 1;
    scales.push(scale);
    for (let j = 0; j < dims; j++)
      view.setInt16((r * dims + j) * 2, Math.round(matrix[r * dims + j]! / scale), true);
  }
  return { weights: encodeBase64(bytes), scales };
}

/**
 * Inverse of {@link packWeights}; `undefined` when the data does not hold `rows × dims` weights.
 *
 * @example
 * unpackWeights('AAA=', [1], 1, 1); // => Float64Array [0]
 */
export function unpackWeights(
  packed: string,
  scales: readonly number[],
  rows: number,
  dims: number,
): Float64Array | undefined {
  const bytes = decodeBase64(packed);
  if (!bytes || bytes.length !== rows * dims * 2 || scales.length !== rows) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(rows * dims);
  for (let r = 0; r < rows; r++) {
    const scale = scales[r]!;
    for (let j = 0; j < dims; j++) out[r * dims + j] = view.getInt16((r * dims + j) * 2, true) * scale;
  }
  return out;
}
