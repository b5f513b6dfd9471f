// The layering of the code, checked by `npm run lint:deps` (part of `npm test` and CI):
//
//   app/  (pages, routes, components)          web: renders and routes
//    ↓
//   lib/  (view state, links, models, loaders, charts, i18n)   web helpers
//    ↓
//   db/   (schema, queries, the rollup, review writes)          storage
//    ↓
//   extract/ (the extractor: pure, knows no database)           domain
//
// A module may import its own layer and those below it, never above; nothing imports app/;
// no import cycles anywhere. Exception, written down: db/review uses the claim-field,
// conflict and target rules in lib/review/{fields,conflict,target}.ts and the area lookup
// in lib/areas.ts — domain rules that still live in lib/ (to move below db/).
// ingest/, cli/, accounts/ and bench/ sit beside db/: they may use db/ and extract/, never app/.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles (a cycle made only of type imports is erased at compile time and allowed).",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "nothing-imports-app",
      severity: "error",
      comment: "app/ is the top: only app/ itself imports it.",
      from: { pathNot: "^app/" },
      to: { path: "^app/" },
    },
    {
      name: "extract-is-the-bottom",
      severity: "error",
      comment: "The extractor knows no database, web, ingest or command.",
      from: { path: "^extract/" },
      to: { path: "^(app|lib|db|ingest|cli|accounts|bench)/" },
    },
    {
      name: "db-below-lib",
      severity: "error",
      comment: "db/ reads and writes; it does not know the web's helpers (except the domain rules listed above).",
      from: { path: "^db/" },
      to: { path: "^(app|lib|ingest|cli|accounts)/", pathNot: "^lib/(review/(fields|conflict|target)|areas)\\.ts$" },
    },
    {
      name: "lib-models-pure",
      severity: "error",
      comment: "View models are pure: no database client, no I/O (types from db/ are fine).",
      from: { path: "^lib/models/" },
      to: { path: "^(db/(client|rows|migrate)|lib/loaders|lib/view)\\.?" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next[^/]*|tests/fixtures)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
