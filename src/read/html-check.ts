/** Elements that never have a closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose closing tag HTML lets an author leave out. */
const OPTIONAL_CLOSE = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'html',
  'head',
  'body',
  'colgroup',
  'rt',
  'rp',
  'optgroup',
  'caption',
]);

/**
 * Says what is wrong with an HTML page's structure, or undefined when nothing obvious is: content
 * that ends inside a tag or a comment, or elements opened and never closed, or closed and never opened.
 * The page is still read (parsers recover); the user learns why the text may be incomplete.
 */
export function htmlProblem(html: string): string | undefined {
  const withoutRaw = html.replace(/<(script|style|textarea|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  if (/<!--(?![\s\S]*?-->)/.test(withoutRaw)) return 'malformed HTML: a comment is never closed';
  if (/<[a-zA-Z][^>]*$/.test(withoutRaw)) return 'malformed HTML: the page ends inside a tag';
  const stack: string[] = [];
  let strays = 0;
  for (const match of withoutRaw.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const [, closing, rawName, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (VOID.has(name) || selfClosing) continue;
    if (!closing) {
      stack.push(name);
      continue;
    }
    const at = stack.lastIndexOf(name);
    if (at < 0) {
      strays++;
      continue;
    }
    stack.splice(at);
  }
  const unclosed = stack.filter((name) => !OPTIONAL_CLOSE.has(name));
  if (unclosed.length || strays) {
    const parts: string[] = [];
    if (unclosed.length)
      parts.push(
        `${unclosed.length} element${unclosed.length === 1 ? '' : 's'} never closed (${[...new Set(unclosed)]
          .slice(0, 4)
          .map((n) => `<${n}>`)
          .join(', ')})`,
      );
    if (strays) parts.push(`${strays} closing tag${strays === 1 ? '' : 's'} without an opening one`);
    return `malformed HTML: ${parts.join('; ')}; read as far as it could be recovered`;
  }
  return undefined;
}
