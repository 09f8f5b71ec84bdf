/**
 * The pre-pass that breaks up what micromark scans in quadratic time (src/parse/defuse-scans.ts):
 * only the characters of a hostile run change, one for one, and real Markdown never changes.
 */
import { describe, expect, it } from 'vitest';
import { defuseQuadraticScans, defuseTrailRuns, defuseUnclosedHtml, MAX_FAR_OPENERS, MIN_TRAIL_RUN } from '../../src/parse/defuse-scans.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

const many = (unit: string, count = MAX_FAR_OPENERS): string => unit.repeat(count);

describe('what is never changed', () => {
  it.each([
    ['inline comments that close', `x ${many('<!-- note --> y ', 40)}\n`],
    ['comments that open a line (HTML blocks), in items and quotes too', many('<!-- a\n\n', 20) + many('- <!-- b\n', 20) + many('> <!-- c\n', 20) + many('1. <!-- d\n', 20)],
    ['the complete comments `<!-->` and `<!--->`', `x ${many('<!--> <!---> ', 40)}\n`],
    ['fewer far openers than the limit', `x ${many(' <!--', MAX_FAR_OPENERS - 1)}\n`],
    ['declarations and instructions that close', `x ${many('<!DOCTYPE html> <?php echo 1 ?> <![CDATA[ a ]]> ', 30)}\n`],
    ['URLs with short runs of punctuation', `See https://example.org/a...b?c=d!! and www.example.org/x__y.\n`],
    ['a thematic break and leader dots outside any URL', `${'*'.repeat(60)}\n\nName ${'.'.repeat(60)} 12\n\n${'_'.repeat(60)}\n`],
    ['a run of punctuation after a URL and a space', `https://example.org/a ${'.'.repeat(MIN_TRAIL_RUN * 2)}b\n`],
  ])('%s', (_name, source) => {
    expect(defuseQuadraticScans(source)).toBe(source);
  });
});

describe('what is made inert', () => {
  it.each([
    ['unclosed comments', ' <!--'],
    ['unclosed processing instructions', ' <?'],
    ['unclosed declarations', ' <!A'],
    ['unclosed CDATA sections', ' <![CDATA['],
  ])('the `<` of %s in a paragraph, once there are enough of them', (_name, unit) => {
    const source = `# T\n\nx${many(unit, MAX_FAR_OPENERS)}\n`;
    const defused = defuseUnclosedHtml(source);
    expect(defused).toHaveLength(source.length);
    expect(defused).toBe(source.replaceAll('<', '＜'));
  });

  it('an opener whose closer is only far away, in another paragraph', () => {
    const source = `x${many(' <!--')}\n\n${'y'.repeat(300)}\n\n-->\n`;
    expect(defuseUnclosedHtml(source)).toBe(source.replaceAll('<', '＜'));
  });

  it.each([
    ['`.` after http://', 'http://a', '.'],
    ['`?` after www.', 'www.a', '?'],
    ['`_` in a path', 'x https://a/', '_'],
  ])('every 16th character of a long run of %s', (_name, start, trail) => {
    const source = `${start}${trail.repeat(MIN_TRAIL_RUN * 2)}b\n`;
    const defused = defuseTrailRuns(source);
    expect(defused).toHaveLength(source.length);
    const run = defused.slice(start.length, start.length + MIN_TRAIL_RUN * 2);
    expect([...run].filter((character) => character === '․')).toHaveLength((MIN_TRAIL_RUN * 2) / 16);
    expect(run.split('․').every((piece) => piece.length < 16)).toBe(true);
  });

  it('keeps every position of the tree', () => {
    const source = `# T\n\nx${many(' <!--')}\n\n- [A](https://example.org/a) - http://a${'.'.repeat(80)}b\n`;
    const tree = parseMarkdown(source);
    expect(tree.position?.end.offset).toBe(source.length);
    const list = tree.children.at(-1);
    expect(list?.position?.start).toMatchObject({ line: 5, column: 1 });
  });
});
