import { webDarkTheme, webLightTheme, teamsHighContrastTheme } from '@fluentui/react-components';
import { createOffice } from '../../src/headless';
import { languageOf } from '../../src/app/office-language';
import { themeOf, themes } from '../../src/taskpane/environment';

describe('the pane follows Office', () => {
  it('speaks Finnish or Swedish when Office does, English otherwise', () => {
    expect(languageOf(createOffice({ displayLanguage: 'fi-FI' }), 'en-US')).toBe('fi');
    expect(languageOf(createOffice({ displayLanguage: 'sv-FI' }), 'en-US')).toBe('sv');
    expect(languageOf(createOffice({ displayLanguage: 'de-DE' }), 'fi-FI')).toBe('en');
  });

  it("takes the browser's language where there is no Office", () => {
    expect(languageOf(null, 'fi')).toBe('fi');
    expect(languageOf(null, undefined)).toBe('en');
  });

  it("judges Office's theme by the pane's background colour", () => {
    expect(themeOf(office('#FFFFFF'), false)).toBe('light');
    expect(themeOf(office('#E6E6E6'), false)).toBe('light'); // Office's "colorful" and "light gray"
    expect(themeOf(office('#262626'), false)).toBe('dark'); // "dark gray"
    expect(themeOf(office('#000000'), false)).toBe('dark'); // "black"
  });

  it('falls back to light where Office gives no theme (Excel on the web), and forced colours win', () => {
    expect(themeOf(undefined, false)).toBe('light');
    expect(themeOf(office('not a colour'), false)).toBe('light');
    expect(themeOf(office('#FFFFFF'), true)).toBe('high-contrast');
    expect(themes).toEqual({ light: webLightTheme, dark: webDarkTheme, 'high-contrast': teamsHighContrastTheme });
  });
});

function office(bodyBackgroundColor: string): Office.OfficeTheme {
  return { bodyBackgroundColor } as Office.OfficeTheme;
}
