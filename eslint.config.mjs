// One lint run over every workspace: `npm run lint`. It also holds the architecture rules:
// which web layer may import which, and where the API may read the environment.
import eslintComments from '@eslint-community/eslint-plugin-eslint-comments';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const WEB = 'apps/web/src';
const features = readdirSync(new URL(`./${WEB}/features`, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The web app depends one way: app -> features -> shared (components, lib, config), as
// bulletproof-react's import/no-restricted-paths zones do.
const layerZones = [
  {
    target: `./${WEB}/features`,
    from: `./${WEB}/app`,
    message: 'A feature does not import the app; the app composes features.',
  },
  {
    target: [`./${WEB}/components`, `./${WEB}/lib`, `./${WEB}/config`],
    from: [`./${WEB}/features`, `./${WEB}/app`],
    message: 'Shared code (components, lib, config) does not import a feature or the app.',
  },
];

// A feature's code does not reach into another feature. Its route modules are the exception:
// they compose a page from several features, the job bulletproof-react gives to app/routes.
const featureZones = features.map((feature) => ({
  target: `./${WEB}/features/${feature}`,
  from: `./${WEB}/features`,
  except: [`./${feature}`],
  message: 'A feature does not import another feature; compose them in a route module.',
}));

const noProcessEnv = {
  message: 'Read settings through the typed AppConfig (apps/api/src/config), the one reader of process.env.',
};

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.data/**', '**/bench/results/**', 'apps/web/src/lib/api-types.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@eslint-community/eslint-comments': eslintComments },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are errors, except the ones a signature or a destructure needs to skip.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Every disable comment says why (`-- reason`).
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
    },
  },
  // Type-aware rules for the TypeScript the workspaces compile (their tsconfig.json files).
  {
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Nest, TypeORM and test bodies (supertest, JSON) are typed `any` at their edges; narrowing
      // every one would add casts, not safety.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // React Query options and event handlers take promise-returning callbacks by design.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false, properties: false } }],
      // An async function that happens not to await (a lifecycle hook, a renderer sharing an async
      // signature, a fetch stub) is not a bug; its type already says it returns a promise.
      '@typescript-eslint/require-await': 'off',
      // Nest's HttpStatus is a numeric enum, compared with the plain numbers HTTP gives us.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  // Nest modules are classes with decorators and nothing else.
  {
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/no-extraneous-class': 'off' },
  },
  // Tests and benchmarks read JSON bodies loosely, stub fetch with string bodies, and keep a
  // fixture's cleanup function to call later.
  {
    files: ['**/*.spec.ts', '**/__tests__/**', 'apps/api/test/**', 'apps/api/bench/**', 'apps/web/e2e/**', 'apps/web/src/testing/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  // The environment is read in one place: the config module. Tests read the settings their own
  // global setup provides.
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/config/**', 'apps/api/src/**/*.spec.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', ...noProcessEnv }],
      'no-restricted-syntax': [
        'error',
        { selector: "VariableDeclarator[init.name='process'] > ObjectPattern > Property[key.name='env']", ...noProcessEnv },
        { selector: "ImportSpecifier[imported.name='env'][parent.source.value=/^(node:)?process$/]", ...noProcessEnv },
      ],
    },
  },
  // The web app: React hooks, accessibility, and the import boundaries.
  {
    files: [`${WEB}/**/*.{ts,tsx}`],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'apps/web/tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='to'] > Literal[value=/^\\//]",
          message: 'Build links through config/paths, so every route is named once.',
        },
      ],
    },
  },
  {
    files: [`${WEB}/features/*/routes/**/*.{ts,tsx}`],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  // Plain JavaScript (this file, build scripts) is not in any tsconfig: no type-aware rules.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // CommonJS files (a Jest environment, a helper loaded with require) load modules with require.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
