/**
 * `fn` over every item, at most `limit` at a time, the answers in the items' order. For reads
 * that are many short round trips each (a village's own checks, village by village): run one
 * after another they wait on the network and the server in turn; all at once they would queue
 * on the pool's connections and hold each other's transactions.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const answers = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      answers[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return answers;
}
