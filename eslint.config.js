import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  { ignores: [".next/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "tmp/**"] },
];

export default config;
