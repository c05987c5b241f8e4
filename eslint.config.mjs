import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["lib/generated/**", ".next/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only meaningful with the React Compiler, which this app does not use: our
      // useCallback/useMemo are the memoization (the canvas relies on them).
      "react-hooks/preserve-manual-memoization": "off",
    },
  },
  {
    // Route handlers, pages and actions go through lib/server, the data-access layer.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    // Tests may look at the database to check what a request changed.
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/server/db", message: "Use the data-access functions in lib/server instead of Prisma." },
          ],
          patterns: [
            {
              group: ["@/lib/generated/prisma/client"],
              message: "Use the data-access functions in lib/server instead of Prisma.",
            },
          ],
        },
      ],
    },
  },
  {
    // A component renders; what it sends to the server is a use-*.ts hook in its feature
    // folder (a TanStack mutation that also does the refresh or redirect that follows), and
    // a form validates through react-hook-form with the shared zod schema.
    files: ["components/**/*.{ts,tsx}", "app/**/*.tsx"],
    ignores: ["**/use-*.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='@/lib/client/api'] > ImportSpecifier[imported.name='apiFetch']",
          message: "Call the API from a use-*.ts hook in the feature folder.",
        },
        {
          selector: "ImportDeclaration[source.value='@/lib/client/auth-client']",
          message: "Sign in, sign up and sign out through their use-*.ts hooks.",
        },
        {
          selector: "CallExpression[callee.property.name='refresh'][callee.object.name=/^router$/]",
          message: "Refresh after a change in the mutation's use-*.ts hook (onSuccess).",
        },
        {
          selector: "CallExpression[callee.property.name=/^safeParse(Async)?$/]",
          message: "Validate a form with react-hook-form and zodResolver(the shared schema).",
        },
      ],
    },
  },
  {
    // Code that runs in the browser never imports the server layer, not even its types: the
    // wire contract (schemas and types of what the API takes and answers) is in lib/validation.
    // This block's no-restricted-imports replaces the one above for these files, so it repeats Prisma.
    files: ["components/**/*.{ts,tsx}", "lib/client/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/server",
                "@/lib/server/**",
                "**/lib/server",
                "**/lib/server/**",
                "../server",
                "../server/**",
              ],
              message:
                "Client code must not import lib/server (server-only). Import the resource's schemas and types from lib/validation/<resource>.ts.",
            },
            {
              group: ["@/lib/generated/prisma/client", "**/lib/generated/**"],
              message: "Use the data-access functions in lib/server instead of Prisma.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
