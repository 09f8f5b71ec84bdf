/**
 * The http(s) URLs a Markdown file probably links to, found by a quick scan of its text, so
 * their requests can start while the file is still being parsed (parsing a 2,000-link list takes
 * most of a second; a hanging URL's timeout should start as early as possible). It is a guess:
 * the parsed tree decides which URLs are checked and reported, the checker drops the requests of
 * guesses the tree does not confirm (a URL in inline code, say), and a URL the scan missed is
 * simply requested once the tree is there. Fenced code and HTML comments are skipped.
 */
import { stripHtmlComments, trimEndOf } from '../../parse/linear-text.js';

/** `](url` of an inline link, `<url>`, `]: url` of a definition, `href="url"`, or a bare URL. */
const CANDIDATE =
  /\]\(\s*<?(https?:\/\/(?:[^\s()<>]|\([^\s()<>]*\))+)|<(https?:\/\/[^\s<>]+)>|^ {0,3}\[[^\]]+\]:\s*<?(https?:\/\/[^\s<>]+)|\b(?:href|src)\s*=\s*["'](https?:\/\/[^"'\s]+)|(https?:\/\/[^\s<>()[\]"'`]+)/gim;
/** Punctuation GitHub leaves out of the end of a bare URL. */
const TRAILING = '?!.,:;*_~\'"';
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function candidateUrls(source: string): string[] {
  const urls = new Set<string>();
  const text = stripHtmlComments(source);
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null || !line.includes('http')) continue;
    for (const match of line.matchAll(CANDIDATE)) {
      const bare = match[5];
      const url = bare === undefined ? (match[1] ?? match[2] ?? match[3] ?? match[4]) : trimEndOf(bare, TRAILING);
      if (url) urls.add(url);
    }
  }
  return [...urls];
}
