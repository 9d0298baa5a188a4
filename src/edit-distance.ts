/**
 * Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment): how many edits
 * tell a misspelling from the word it misspells (of a name, of a command-line option).
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known word a misspelling is closest to ("formt": "format", "chek": "check"), when it is a few
 * edits away for the word's length (one per three letters, at least one); ties go alphabetically.
 */
export function nearestWord(word: string, known: Iterable<string>): string | undefined {
  return [...known]
    .map((k) => ({ k, d: editDistance(word, k) }))
    .filter((x) => x.d <= Math.max(1, Math.floor(x.k.length / 3)))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))[0]?.k;
}
