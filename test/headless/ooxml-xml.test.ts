/** The small XML reader and the sheet-qualified references the OOXML extras rely on. */
import { quoteSheetName } from '../../src/core';
import { formatRef, parseRef } from '../../src/headless/ooxml';
import {
  attrOf,
  childOf,
  escapeAttr,
  escapeText,
  parseXml,
  textOf,
  XmlSyntaxError,
} from '../../src/headless/ooxml/xml';

describe('sheet-qualified references', () => {
  test.each([
    ['Yhteenveto', 'Yhteenveto'],
    ['Työllisyyspalvelut', 'Työllisyyspalvelut'],
    ['Talous_2024.v2', 'Talous_2024.v2'],
    ['Tulos 2024', "'Tulos 2024'"],
    ['Työllisyys åäö', "'Työllisyys åäö'"],
    ['2024', "'2024'"],
    ['AB12', "'AB12'"],
    ['R1C1', "'R1C1'"],
    ['Tulos-ennuste', "'Tulos-ennuste'"],
    ["Tom's", "'Tom''s'"],
    ["''", "''''''"],
  ])('the sheet name %j is quoted as %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  test('formatRef makes cells absolute and upper case', () => {
    expect(formatRef("Kasvu 'x'", 'b6:b7')).toBe("'Kasvu ''x'''!$B$6:$B$7");
    expect(formatRef('Data', '$C$5')).toBe('Data!$C$5');
    expect(() => formatRef('Data', 'R1C1')).toThrow(/Not an A1 address/);
  });

  test('parseRef reads quoted and unquoted names back', () => {
    expect(parseRef("'Tom''s sheet'!$A$1:$B$2")).toEqual({ sheet: "Tom's sheet", address: '$A$1:$B$2' });
    expect(parseRef('Data!A1')).toEqual({ sheet: 'Data', address: 'A1' });
    expect(parseRef("='Työ'!C3")).toEqual({ sheet: 'Työ', address: 'C3' });
    expect(parseRef('A1')).toBeNull();
    expect(parseRef("'unterminated!A1")).toBeNull();
    expect(parseRef('Data!A1:B2:C3')).toBeNull();
  });

  test('a reference round-trips through format and parse for every awkward name', () => {
    for (const name of ["Tom's", 'a!b', "'x'y", 'Ä Ö Å']) {
      expect(parseRef(formatRef(name, 'A1:C9'))).toEqual({ sheet: name, address: '$A$1:$C$9' });
    }
  });
});

describe('parseXml', () => {
  test('reads elements, attributes in either quote, entities, CDATA, and skips comments and declarations', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><r a="1 &amp; &#x41;&#66;" b=\'x > y\'><c>t&lt;1&gt;<![CDATA[<raw>]]></c><d/></r>',
    );
    expect(root.name).toBe('r');
    expect(attrOf(root, 'a')).toBe('1 & AB');
    expect(attrOf(root, 'b')).toBe('x > y');
    expect(textOf(childOf(root, 'c'))).toBe('t<1><raw>');
    expect(childOf(root, 'd')).not.toBeNull();
  });

  test('matches children by local name whatever their prefix', () => {
    const root = parseXml('<x:a xmlns:x="u"><x:b>1</x:b><y:b xmlns:y="u">2</y:b></x:a>');
    expect(textOf(childOf(root, 'b'))).toBe('1');
  });

  test('records where each element starts and ends in the text', () => {
    const text = '<a><b k="v">x</b><c/></a>';
    const root = parseXml(text);
    const b = childOf(root, 'b')!;
    expect(text.slice(b.start, b.end)).toBe('<b k="v">x</b>');
    const c = childOf(root, 'c')!;
    expect(text.slice(c.start, c.end)).toBe('<c/>');
  });

  test('refuses mismatched and unclosed tags and duplicate attributes', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/Duplicate attribute x/);
  });

  test('escaped text and attributes parse back to what was escaped; forbidden control characters are dropped', () => {
    const value = 'a & b < c > d "e" \'f\'\n\tg\r\u0001h';
    const root = parseXml(`<r v="${escapeAttr(value)}">${escapeText(value)}</r>`);
    expect(attrOf(root, 'v')).toBe(value.replace('\u0001', ''));
    expect(textOf(root)).toBe(value.replace('\u0001', ''));
  });
});
