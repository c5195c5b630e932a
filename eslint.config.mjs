// office-addin-lint's own configuration (the Office add-in rules and Prettier), adjusted for TypeScript:
// the compiler already checks undefined names (and knows the DOM, Node and Office globals), and a
// leading underscore marks a binding left unused on purpose.
//
// The layers of docs/architecture.md are enforced here with no-restricted-imports, one block per
// layer; test/layers.test.ts plants a violation of each and checks that it is refused.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import reactHooks from 'eslint-plugin-react-hooks';

// The recommended configuration brings its own instance of the TypeScript plugin: reuse it (ESLint refuses a second one).
const tsPlugin = officeAddins.configs.recommended.find((config) => config.plugins?.['@typescript-eslint'])?.plugins[
  '@typescript-eslint'
];

/** Any import into the core's internals from outside it ('../core/model'): the core's API is its index.ts. */
const throughCoreIndex = {
  regex: '(^|/)core/',
  message: 'Use the core through its index (../core), not its internal modules.',
};

export const layerRules = {
  core: {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.)',
              message: 'The core is pure TypeScript: no packages, no Node modules, no Office.js, no DOM libraries.',
            },
            {
              regex: '(^|/)(excel|headless|xlsx|taskpane|commands|cli|app|workbench)(/|$)',
              message: 'The core imports nothing from the layers around it; they call the core.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'fetch',
          'process',
          'Buffer',
          'require',
          'Office',
          'Excel',
        ].map((name) => ({ name, message: 'The core uses neither the DOM, nor Node, nor Office.js.' })),
      ],
    },
  },
  sections: {
    files: ['src/taskpane/sections/**/*.tsx', 'src/taskpane/sections/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            throughCoreIndex,
            { regex: '^\\.\\./app(\\.tsx)?$', message: 'Sections import nothing from app.tsx, which imports them.' },
          ],
        },
      ],
    },
  },
  commands: {
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            throughCoreIndex,
            { regex: '(^|/)taskpane(/|$)', message: 'The ribbon commands import nothing from the task pane.' },
          ],
        },
      ],
    },
  },
  shell: {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/core/**', 'src/taskpane/sections/**', 'src/commands/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughCoreIndex] }] },
  },
};

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@typescript-eslint': tsPlugin },
    rules: {
      'no-undef': 'off',
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...Object.values(layerRules),
];
