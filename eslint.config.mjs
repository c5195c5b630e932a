// office-addin-lint's own configuration (the Office add-in rules and Prettier), adjusted for TypeScript:
// the compiler already checks undefined names (and knows the DOM, Node and Office globals), and a
// leading underscore marks a binding left unused on purpose.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import reactHooks from 'eslint-plugin-react-hooks';

// The recommended configuration brings its own instance of the TypeScript plugin: reuse it (ESLint refuses a second one).
const tsPlugin = officeAddins.configs.recommended.find((config) => config.plugins?.['@typescript-eslint'])?.plugins[
  '@typescript-eslint'
];

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
];
