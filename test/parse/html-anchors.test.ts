import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HtmlAnchorTokenizer, htmlAnchors } from '../../src/parse/html-anchors.js';

describe('htmlAnchors', () => {
  it.each([
    ['an id on any element', '<p id="para"></p><h2 id=\'single\'>x</h2><span id=bare></span>', ['para', 'single', 'bare']],
    ['a name on <a> only', '<a name="legacy"></a><p name="p"></p><input name="q" id="after-name">', ['legacy', 'after-name']],
    ['tag and attribute names in any case', '<A NAME="Upper"></A><DIV ID="Div">', ['Upper', 'Div']],
    ['spaces and line breaks around `=`', '<a id = spaced></a><a\nid\n=\n"broken">', ['spaced', 'broken']],
    ['the first of a repeated attribute, as a browser', '<a id="first" id="second" name="n1" name="n2">', ['first', 'n1']],
    ['no empty value', '<a id="" name=""></a><p id>', []],
    ['no `data-id`', '<div data-id="not" data-name="not"></div>', []],
  ])('finds %s', (_name, html, expected) => {
    expect(htmlAnchors(html)).toEqual(expected);
  });

  it.each([
    ['a comment', '<!-- <a id="commented"></a> --><a id="kept">'],
    ['a comment with extra dashes', '<!--- <a id="commented"> ---><a id="kept">'],
    ['a script', '<script>const s = \'<a id="commented">\';</script><a id="kept">'],
    ['a style', '<style>/* <a id="commented"> */</style><a id="kept">'],
    ['a textarea', '<textarea><a id="commented"></textarea><a id="kept">'],
    ['an attribute value', '<p title=\'id="commented"\' data-x="<a id=commented>" id="kept">'],
  ])('ignores ids inside %s', (_name, html) => {
    expect(htmlAnchors(html)).toEqual(['kept']);
  });

  it.each([
    ['a named entity', 'caf&eacute;', 'café'],
    ['numeric entities', '&#x41;&#66;', 'AB'],
    ['markup entities', 'a&amp;b&lt;c', 'a&b<c'],
    ['an unknown entity as written', 'a&nosuchentity;', 'a&nosuchentity;'],
  ])('decodes %s in a value as a browser does', (_name, value, expected) => {
    expect(htmlAnchors(`<p id="${value}">`)).toEqual([expected]);
  });

  it('finds the same anchors however the HTML is cut into chunks', () => {
    const text =
      '<!doctype html><html><head><meta name="viewport"><script>var x="<a id=no>"</script></head><body>' +
      '<h2 id="alpha">A</h2><!-- <a id="no"> --><a name = "gamma">g</a><p id="caf&eacute;">d</p></body></html>';
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set([0, ...cuts, text.length])].sort((a, b) => a - b);
        const found: string[] = [];
        const tokenizer = new HtmlAnchorTokenizer((value) => found.push(value));
        for (let i = 1; i < points.length; i++) tokenizer.write(text.slice(points[i - 1], points[i]));
        tokenizer.end();
        expect(found).toEqual(['alpha', 'gamma', 'café']);
      }),
    );
  });

  it('gives the text of headings written in HTML, when asked', () => {
    const headings: string[] = [];
    const tokenizer = new HtmlAnchorTokenizer(() => undefined, (text) => headings.push(text));
    tokenizer.write('<h1 align="center"><img src="logo.png"> Awesome <em>Data</em> &amp; Code</h1><p>not</p><h3>Next</h3>');
    tokenizer.end();
    expect(headings).toEqual([' Awesome Data & Code', 'Next']);
  });

  it.each([
    ['unclosed nested headings', '<h1>'],
    ['close tags that match nothing open', '<div></span>'],
    ['unclosed comments', '<!--'],
  ])('reads 400,000 %s in linear time (a stack of open elements made it quadratic: 46 s for half as many)', (_name, unit) => {
    const html = `${unit.repeat(400_000)}<a id="last">`;
    const started = performance.now();
    const found = htmlAnchors(html);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toEqual(unit === '<!--' ? [] : ['last']);
  });

  it('starts afresh after reset: an unclosed comment does not hide the next document', () => {
    const found: string[] = [];
    const tokenizer = new HtmlAnchorTokenizer((value) => found.push(value));
    tokenizer.write('<!-- never closed <a id="hidden">');
    tokenizer.reset();
    tokenizer.write('<a id="next">');
    tokenizer.end();
    expect(found).toEqual(['next']);
  });
});
