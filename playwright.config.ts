import fs from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Chromium from CHROMIUM_PATH, then the usual system paths, then Playwright's own
 * browsers. With none, the run stops and says how to get one: e2e tests are
 * never skipped silently.
 */
function chromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? `${process.env.HOME}/.cache/ms-playwright`;
  if (fs.existsSync(cache) && fs.readdirSync(cache).some((d) => d.startsWith("chromium"))) return undefined; // Playwright's own
  throw new Error(
    "No Chromium found for the end-to-end tests. Set CHROMIUM_PATH, or install one: " +
      "`apt-get install -y chromium` (Debian/Ubuntu, as root) or `npx playwright install chromium` (with internet).",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  outputDir: "test-results/artifacts",
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "app", dependencies: ["setup"], testIgnore: /auth\.setup\.ts/, use: { storageState: "test-results/admin.json" } },
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "node -e \"for (const f of ['data/e2e.db','data/e2e.db-wal','data/e2e.db-shm']) require('fs').rmSync(f,{force:true})\" && npm start",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    env: { PORT: String(PORT), DATABASE_URL: "file:./data/e2e.db" },
    stdout: "pipe",
  },
});
