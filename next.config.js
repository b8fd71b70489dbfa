/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "jsdom", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
};

export default nextConfig;
