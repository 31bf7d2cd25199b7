// The layering of app/ (docs/decisions/0018-layering.md, feature modules: 0021), checked by
// `npm run lint:deps` in `npm test`. Imports point down only:
//   routes, root, entry.* (and app/page-cache-entries.server.ts, which it assembles), jobs  →  components  →  models, modules  →  schemas, emails  →  utils  →  locales
// and nothing imports in a circle.
//
// A feature module (app/modules/<feature>/) has a public API and internals. Public: the files
// at its top level (request.server.ts, schema.ts, jobs.server.ts, privacy.server.ts, ...).
// Internal: everything in its subfolders (components/, emails/, ...) and any *.internal.* file.
// Another module, and the layers under the entry points, use its public files only; routes, the
// root and jobs, which a feature's pages and jobs are, may use its internals too.
const up = (from, ...to) => ({ from: { path: from }, to: { path: to.map((layer) => `^${layer}`) } });

/** A module's internal files: in a subfolder of the module, or named *.internal.*. */
const MODULE_INTERNALS = "^app/modules/[^/]+/([^/]+/|[^/]*[.]internal[.])";
/** A module's messages, spread into the catalogues of app/locales/. */
const MODULE_MESSAGES = "^app/modules/[^/]+/messages[.][a-z]+[.]ts$";

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "An import circle: one of these modules should own what both need.", from: {}, to: { circular: true } },
    {
      name: "components-down",
      severity: "error",
      comment: "Components do not import routes, jobs or the root.",
      ...up("^app/components/", "app/routes/", "app/jobs/", "app/root", "app/entry"),
    },
    {
      name: "models-down",
      severity: "error",
      comment: "Models do not import components, routes or jobs.",
      ...up("^app/models/", "app/components/", "app/routes/", "app/jobs/", "app/root", "app/entry", "app/page-cache-entries"),
    },
    {
      name: "modules-down",
      severity: "error",
      comment: "Feature modules sit beside the models: they do not import routes, jobs or the root.",
      ...up("^app/modules/", "app/routes/", "app/jobs/", "app/root", "app/entry", "app/page-cache-entries"),
    },
    {
      name: "module-internals-stay-inside",
      severity: "error",
      comment:
        "Another module's components/, emails/ or *.internal.* files are its own: use its public files (at its top level), or move what both need to utils/.",
      from: { path: "^app/modules/([^/]+)/" },
      to: { path: MODULE_INTERNALS, pathNot: "^app/modules/$1/" },
    },
    {
      name: "module-internals-from-outside",
      severity: "error",
      comment: "Models, components, schemas, emails and utils use a module's public files (at its top level), never its subfolders or *.internal.* files.",
      from: { path: "^(app|emails)/", pathNot: "^app/(modules|routes|jobs)/|^app/(root|entry)[.]" },
      to: { path: MODULE_INTERNALS },
    },
    {
      name: "module-browser-files-no-server",
      severity: "error",
      comment:
        "A module's file without .server may reach the browser bundle: it must not import .server code (no barrel mixing the two; type-only imports are erased and allowed).",
      from: { path: "^app/modules/", pathNot: "[.]server[.]tsx?$" },
      to: { path: "[.]server[.]tsx?$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "schemas-emails-down",
      severity: "error",
      comment: "Form schemas and email templates sit under the models and the modules.",
      ...up("^(app/schemas|emails)/", "app/models/", "app/components/", "app/routes/", "app/jobs/", "app/root", "app/entry"),
    },
    {
      name: "schemas-emails-no-modules",
      severity: "error",
      comment: "Form schemas and the shared email layout sit under the modules; only the email registry (emails/index.ts) assembles them.",
      from: { path: "^(app/schemas|emails)/", pathNot: "^emails/index[.]ts$" },
      to: { path: "^app/modules/" },
    },
    {
      name: "utils-down",
      severity: "error",
      comment: "Utilities import only utilities, locales and the generated client.",
      ...up(
        "^app/utils/",
        "app/models/",
        "app/modules/",
        "app/schemas/",
        "emails/",
        "app/components/",
        "app/routes/",
        "app/jobs/",
        "app/root",
        "app/entry",
        "app/page-cache-entries",
      ),
    },
    {
      name: "locales-leaf",
      severity: "error",
      comment: "Locales are data: the catalogues import only the modules' messages (app/modules/<feature>/messages.<lang>.ts).",
      from: { path: "^app/locales/" },
      to: { path: ["^app/(?!locales/)", "^emails/"], pathNot: MODULE_MESSAGES },
    },
    {
      name: "module-messages-leaf",
      severity: "error",
      comment: "A module's messages are data, part of the catalogue that reaches the browser: they import only each other's types.",
      from: { path: MODULE_MESSAGES },
      to: { pathNot: MODULE_MESSAGES },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^app/generated/" },
    // Type-only imports count: a circle of types is still a circle of concepts.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
  },
};
