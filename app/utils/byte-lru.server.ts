// A least-recently-used cache bounded by the bytes it holds, for rendered things keyed by what
// they show (share images): with several web processes, each keeps its own copy, and since a key
// names the content, none of them can serve a stale one. Per process, like the work it saves.

export function byteLru({ maxBytes }: { maxBytes: number }) {
  const entries = new Map<string, Buffer>();
  let bytes = 0;
  return {
    get(key: string) {
      const value = entries.get(key);
      if (value) {
        // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: Buffer) {
      if (value.length > maxBytes) return;
      const previous = entries.get(key);
      if (previous) {
        bytes -= previous.length;
        entries.delete(key);
      }
      entries.set(key, value);
      bytes += value.length;
      for (const [oldest, buffer] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= buffer.length;
      }
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}
