import * as findings from '../../../src/i18n/catalogs/findings';
import * as mapping from '../../../src/i18n/catalogs/mapping';

/** Every finding message, wherever its catalogue keeps it. */
const templates = {
  fi: { ...findings.fi, ...mapping.fi } as Record<string, string>,
  sv: { ...findings.sv, ...mapping.sv } as Record<string, string>,
  en: { ...findings.en, ...mapping.en } as Record<string, string>,
};
import { renderFinding } from '../../../src/core/render';
import type { Finding } from '../../../src/core/model';
import { rules, workbookRules, type MessageShape } from '../../../src/core/rules';

/** Data for every placeholder any findings message uses, as the rules give them. */
const sample: Record<string, string | number> = {
  sheet: 'Talous',
  range: 'Talous!A3:J36',
  used: 'KS 2024',
  unit: 'Kasvupalvelut',
  line: 'Toimintakulut',
  column: 'ENN 2024',
  text: '1 234,5',
  value: 1234.5,
  euros: 1_234_500,
  first: '17',
  actual: -9_000_000,
  expected: -6_965_600,
  tolerance: 50,
  children: 2,
  count: 41,
  budget: -8_806_100,
  forecast: -9_000_000,
  overrun: 193_900,
  measure: 'Kirkastamme kaupungin arvot',
  forecastColumn: 'ENN 2024',
  planColumn: 'KS+LTA:t 2024',
  operands: 2,
  otherColumn: 'KS+LTA:t 2024',
  otherValue: 1234.5,
  budgetColumn: 'TA+LTA:t 2024',
};

const placeholdersOf = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Every rule's messages, with the rule's code: the registry is where findings come from. */
const ruleMessages = [...Object.values(rules), ...Object.values(workbookRules)].flatMap((rule) =>
  Object.entries(rule.messages as Record<string, MessageShape>).map(([messageId, shape]) => ({
    code: rule.code,
    messageId,
    shape,
  })),
);

describe('findings catalogue', () => {
  const ids = Object.keys(templates.fi).filter((key) => key.startsWith('finding.'));

  it('has every message in fi, sv and en', () => {
    expect(Object.keys(findings.sv).sort()).toEqual(Object.keys(findings.fi).sort());
    expect(Object.keys(findings.en).sort()).toEqual(Object.keys(findings.fi).sort());
  });

  it('has each finding message reported by exactly one rule', () => {
    expect(ruleMessages.map((m) => m.messageId).sort()).toEqual([...ids].sort());
  });

  it.each(ruleMessages)('$messageId: the rule gives every placeholder the message uses', ({ messageId, shape }) => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      expect(placeholdersOf(templates[language][messageId]).filter((name) => !(name in shape))).toEqual([]);
    }
  });

  it.each(ruleMessages)(
    '$messageId renders in fi, sv and en with every placeholder filled',
    ({ code, messageId, shape }) => {
      // The sample's value for the placeholder when it is of the declared kind, else a plain one of that kind.
      const data = Object.fromEntries(
        Object.entries(shape).map(([name, kind]) => {
          const given = sample[name];
          const fits = typeof given === (kind === 'text' ? 'string' : 'number');
          return [name, fits ? given : kind === 'text' ? '#REF!' : 41];
        }),
      );
      const finding = { code, severity: 'error', sheet: 'Talous', cell: 'B2', messageId, data } as Finding;
      for (const language of ['fi', 'sv', 'en'] as const) {
        const text = renderFinding(finding, language);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(20);
      }
    },
  );

  it('uses in sv and en exactly the placeholders fi uses', () => {
    const placeholders = placeholdersOf;
    for (const key of Object.keys(findings.fi) as (keyof typeof findings.fi)[]) {
      expect([key, placeholders(findings.sv[key])]).toEqual([key, placeholders(findings.fi[key])]);
      expect([key, placeholders(findings.en[key])]).toEqual([key, placeholders(findings.fi[key])]);
    }
  });

  it('formats euro figures for the language', () => {
    const finding: Finding = {
      code: 'total-mismatch',
      severity: 'error',
      sheet: 'Talous',
      cell: 'I25',
      messageId: 'finding.total-mismatch.margin',
      data: {
        unit: 'Kasvupalvelut',
        column: 'ENN',
        actual: -9_000_000,
        expected: -6_965_600,
        tolerance: 150,
        operands: 2,
      },
    };
    expect(renderFinding(finding, 'fi').replace(/\s/g, ' ')).toBe(
      'Toimintakate −9 000 000 € (Kasvupalvelut, ENN) ei vastaa laskettua arvoa −6 965 600 € (tuotot − kulut + valmistus omaan käyttöön); sallittu pyöristysero 150 € (2 pyöristetyn luvun summa).',
    );
    expect(renderFinding(finding, 'en')).toContain('-9,000,000 €');
  });
});
