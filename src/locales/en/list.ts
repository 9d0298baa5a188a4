/** Reads a word list written as comma-separated text (entries may hold spaces): lower case, trimmed. */
export function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
}
