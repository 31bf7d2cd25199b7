// The layering of app/ (docs/decisions/0018-layering.md), checked by `npm run lint:deps` in
// `npm test`. Imports point down only:
//   routes, root, entry.*, jobs  →  components  →  models  →  schemas, emails  →  utils  →  locales
// and nothing imports in a circle.
const up = (from, ...to) => ({ from: { path: from }, to: { path: to.map((layer) => `^${layer}`) } });

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
      ...up("^app/models/", "app/components/", "app/routes/", "app/jobs/", "app/root", "app/entry"),
    },
    {
      name: "schemas-emails-down",
      severity: "error",
      comment: "Form schemas and email templates sit under the models.",
      ...up("^(app/schemas|emails)/", "app/models/", "app/components/", "app/routes/", "app/jobs/", "app/root", "app/entry"),
    },
    {
      name: "utils-down",
      severity: "error",
      comment: "Utilities import only utilities, locales and the generated client.",
      ...up("^app/utils/", "app/models/", "app/schemas/", "emails/", "app/components/", "app/routes/", "app/jobs/", "app/root", "app/entry"),
    },
    { name: "locales-leaf", severity: "error", comment: "Locales are data.", ...up("^app/locales/", "app/(?!locales/)", "emails/") },
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
