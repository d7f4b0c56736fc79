/**
 * A binary min-heap of (key, value) number pairs ordered by key, then value, in parallel arrays.
 *
 * @example
 * const heap = new MinHeap();
 * heap.push(2, 7);
 * heap.push(1, 9);
 * heap.peekKey(); // => 1
 * heap.pop(); // => 9
 */
export class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the minimum and returns its value. */
  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    if (keys.length > 0) {
      keys[0] = lastKey;
      values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < keys.length && this.less(l, m)) m = l;
        if (r < keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.values[a]! < this.values[b]!);
  }

  private swap(a: number, b: number): void {
    const { keys, values } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [values[a], values[b]] = [values[b]!, values[a]!];
  }
}
