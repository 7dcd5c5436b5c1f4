/**
 * Many substrings sought in many texts at once (Aho–Corasick): one pass over a text finds every pattern it
 * contains, whatever the number of patterns. The labelled query set needs, for hundreds of fragments and
 * words, the documents among a million that contain them; testing each pattern with `includes` would be
 * documents × patterns.
 */
export class SubstringMatcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** The patterns ending at a node, its own and those of its suffixes (filled by build). */
  private readonly out: number[][] = [[]];
  private readonly ids = new Map<string, number>();
  /** Each pattern's length, by number. */
  readonly lengths: number[] = [];
  private built = false;

  /** The pattern's number (the same for the same pattern); empty patterns are not allowed. */
  add(pattern: string): number {
    if (pattern.length === 0) throw new Error('empty pattern');
    if (this.built) throw new Error('add after build');
    const known = this.ids.get(pattern);
    if (known !== undefined) return known;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = this.next[node]!.get(c);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[node]!.set(c, child);
      }
      node = child;
    }
    const id = this.ids.size;
    this.ids.set(pattern, id);
    this.lengths.push(pattern.length);
    this.out[node]!.push(id);
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  private build(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.out[child] = [...this.out[child]!, ...this.out[this.fail[child]!]!];
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** Calls found for every occurrence of a pattern in the text, with the index just past its end. */
  scan(text: string, found: (id: number, end: number) => void): void {
    if (!this.built) this.build();
    if (this.ids.size === 0) return;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let child = this.next[node]!.get(c);
      while (child === undefined && node !== 0) {
        node = this.fail[node]!;
        child = this.next[node]!.get(c);
      }
      node = child ?? 0;
      for (const id of this.out[node]!) found(id, i + 1);
    }
  }
}
