/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillTexts, helpLanguage } from '../../src/taskpane/help';
import { t } from '../../src/i18n';

const page = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'help.html'), 'utf8');

function loadHelpPage(): Document {
  document.documentElement.innerHTML = page.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
  return document;
}

describe('the help page Office links from the add-in', () => {
  it.each(['fi', 'sv', 'en'] as const)('is written from the catalogue in %s, every text of it', (language) => {
    const doc = loadHelpPage();
    fillTexts(doc, language);
    expect(doc.documentElement.lang).toBe(language);
    const texts = Array.from(doc.querySelectorAll<HTMLElement>('[data-text]'));
    expect(texts.length).toBeGreaterThanOrEqual(10);
    for (const element of texts) expect(element.textContent).not.toBe('');
    expect(doc.title).toBe(t(language, 'ui.help.title'));
    expect(doc.querySelector('p')!.textContent).toBe(t(language, 'ui.help.open'));
  });

  it('takes the language from ?lang=, else from the browser (inside Office, its display language)', () => {
    expect(helpLanguage('?lang=sv', 'fi-FI')).toBe('sv');
    expect(helpLanguage('', 'fi-FI')).toBe('fi');
    expect(helpLanguage('?lang=de', 'de-DE')).toBe('en');
  });

  it('has no text of its own outside the catalogue: every paragraph and heading names a key', () => {
    const doc = loadHelpPage();
    for (const element of Array.from(doc.querySelectorAll('h1, h2, p, title'))) {
      expect(element.hasAttribute('data-text')).toBe(true);
    }
  });
});
