import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time;
  // bundling it breaks every request although `next build` passes.
  // pdf.js likewise loads its worker module, CMaps and fonts from its package folder (PDF uploads).
  // chinese-days (holiday dates for the extractor) ships an ES module under a CommonJS package.json,
  // which the bundler refuses; Node loads its CommonJS build at run time instead.
  serverExternalPackages: ["@electric-sql/pglite", "pdfjs-dist", "chinese-days"],
  poweredByHeader: false,
  // Lets a benchmark or a second checkout build beside the default .next without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
