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
          paths: [{ name: "@/lib/server/db", message: "Use the data-access functions in lib/server instead of Prisma." }],
          patterns: [{ group: ["@/lib/generated/prisma/client"], message: "Use the data-access functions in lib/server instead of Prisma." }],
        },
      ],
    },
  },
];

export default config;
