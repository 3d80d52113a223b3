// The rules every script of the project's pages is held to (src/main/web of each module).
// The scripts run in the browser as they are written, with no bundler and no modules.
import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: {
        cancelAnimationFrame: 'readonly', CSS: 'readonly', console: 'readonly', document: 'readonly',
        EventSource: 'readonly', history: 'readonly', localStorage: 'readonly', location: 'readonly',
        MiniSearch: 'readonly', navigator: 'readonly', requestAnimationFrame: 'readonly', scrollBy: 'readonly',
        addEventListener: 'readonly',
        sessionStorage: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        URL: 'readonly', URLSearchParams: 'readonly', NodeFilter: 'readonly', window: 'readonly',
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      eqeqeq: 'error',
      curly: ['error', 'multi-line'],
      'no-var': 'error',
      'prefer-const': 'error',
      'prefer-arrow-callback': 'error',
      'no-implicit-globals': 'error',
      'no-shadow': 'error',
      'no-use-before-define': ['error', {functions: false}],
      'no-empty': ['error', {allowEmptyCatch: true}],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-param-reassign': 'error',
      'no-unused-expressions': ['error', {allowShortCircuit: true, allowTernary: true}],
    },
  },
];
