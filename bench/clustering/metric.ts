/** B-cubed precision, recall and F1 over items (Bagga & Baldwin), the clustering metric of ../shared. */

/** B-cubed scores of a predicted clustering against the gold one (both: item → cluster label). */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const groups = (labels: ReadonlyMap<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const item of items) {
      const label = labels.get(item)!;
      if (!out.has(label)) out.set(label, new Set());
      out.get(label)!.add(item);
    }
    return out;
  };
  const p = groups(predicted);
  const g = groups(gold);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const mine = p.get(predicted.get(item)!)!;
    const truth = g.get(gold.get(item)!)!;
    let both = 0;
    for (const other of mine) if (truth.has(other)) both++;
    precision += both / mine.size;
    recall += both / truth.size;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
