// Lint: typescript-eslint recommended rules plus the React hooks rules for the web apps.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { boundaries } from './eslint.boundaries.js';

/**
 * Browser APIs that exist only in a secure context (https or localhost). A branch opens the
 * server at its LAN address, often over plain http, where they are undefined — the staff
 * app once called crypto.randomUUID there and every teller command failed. Client code
 * reaches them only through shared/src/realtime-client/secure-context.ts.
 */
const SECURE_ONLY_MEMBERS = [
  'randomUUID',
  'subtle',
  'clipboard',
  'serviceWorker',
  'credentials',
  'mediaDevices',
  'geolocation',
  'wakeLock',
  'storage',
  'usb',
  'serial',
  'hid',
  'bluetooth',
  'xr',
];
const SECURE_ONLY_GLOBALS = [
  'PushManager',
  'ServiceWorkerRegistration',
  'Notification',
  'PaymentRequest',
  'caches',
  'cookieStore',
  'showOpenFilePicker',
  'showSaveFilePicker',
];
const secureOnlyMessage = (name) =>
  `${name} exists only in a secure context (https/localhost); a branch PC opens the server over plain http. Use shared/src/realtime-client/secure-context.ts.`;
const CLIENT_CODE = ['kiosk/src/**', 'display-board/src/**', 'counter-client/src/**', 'shared/src/realtime-client/**'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/electron-dist/**', 'data/**', 'test-artifacts/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: CLIENT_CODE.map((d) => `${d}/*.{ts,tsx}`),
    ignores: ['shared/src/realtime-client/secure-context.ts', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // crypto.randomUUID, navigator.clipboard, window.navigator.serviceWorker, …
        ...SECURE_ONLY_MEMBERS.map((name) => ({
          selector: `MemberExpression[object.name=/^(crypto|navigator|window|globalThis|self)$/][property.name='${name}'], MemberExpression[object.property.name=/^(crypto|navigator)$/][property.name='${name}']`,
          message: secureOnlyMessage(name),
        })),
        // const { clipboard } = navigator
        {
          selector: `VariableDeclarator[init.name=/^(crypto|navigator)$/] > ObjectPattern > Property[key.name=/^(${SECURE_ONLY_MEMBERS.join('|')})$/]`,
          message: secureOnlyMessage('This API'),
        },
        {
          selector: "MemberExpression[object.name='navigator'][property.name='share']",
          message: secureOnlyMessage('navigator.share'),
        },
        // dayjs(at).format(…) reads the PC's zone: a staff PC set to UTC showed 02:33 for a 10:33 call.
        {
          selector:
            "CallExpression[callee.property.name='format'][callee.object.callee.name='dayjs'][callee.object.arguments.length>0]",
          message:
            "An instant shown to a person is shown on the branch clock: use formatBranch (shared) or useBranchTime (staff app), not dayjs(at).format(), which uses this PC's time zone.",
        },
      ],
      'no-restricted-globals': [
        'error',
        ...SECURE_ONLY_GLOBALS.map((name) => ({ name, message: secureOnlyMessage(name) })),
      ],
    },
  },
  {
    // The client realtime module is for browsers; the server never imports it.
    files: ['server/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@lobby/shared/realtime-client', message: 'Client-only module: the server never imports it.' },
          ],
        },
      ],
    },
  },
  {
    // The architecture's layers (eslint.boundaries.js).
    files: [
      'shared/src/**/*.ts',
      'server/src/**/*.ts',
      'kiosk/src/**/*.{ts,tsx}',
      'display-board/src/**/*.{ts,tsx}',
      'counter-client/src/**/*.{ts,tsx}',
    ],
    // Tests may reach across (a client test builds its fixture from the demo config).
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', boundaries] },
  },
  {
    // The engine is pure: no Node built-ins either (fs, crypto, timers...).
    files: ['server/src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    // Type-aware: a promise nobody awaits or handles loses its rejection (an unhandled rejection
    // ends the server), and a promise passed where a void callback is expected (an express
    // handler, an event listener) is never awaited by its caller.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // React ignores what an event handler returns, and the handlers' REST calls (callRoute) and
      // commands answer with a result instead of throwing.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // The client realtime module has its own project (DOM types, no Node).
    files: ['shared/src/realtime-client/**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './shared/tsconfig.client.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
