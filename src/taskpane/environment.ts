/**
 * What the pane takes from its surroundings besides the language (src/app/office-language.ts): the
 * theme. Office gives it inside Excel; Excel on the web may give none, and outside Office there is
 * none, so the default is the light theme unless the system asks for forced colours.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

export const themes: Readonly<Record<ThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

export function isThemeName(value: unknown): value is ThemeName {
  return value === 'light' || value === 'dark' || value === 'high-contrast';
}

/**
 * Office's theme has no "kind": judge the pane's background colour, as Office's own guidance does.
 * Forced colours (Windows high contrast) win over everything.
 */
export function themeOf(officeTheme: Office.OfficeTheme | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return 'high-contrast';
  const background = officeTheme?.bodyBackgroundColor;
  if (!background) return 'light';
  const luminance = relativeLuminance(background);
  if (luminance === null) return 'light';
  return luminance < 0.4 ? 'dark' : 'light';
}

function relativeLuminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1], 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}
