// What the browser gets instead of Zod and the two catalogues (issue 27): generated files that
// must follow their sources, and the page's own messages, sent as JSON inside the page.
import { readFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { expect, test } from "vitest";
import { pageMessages } from "~/entry.server";
import * as FORM_CONSTRAINTS from "~/components/form-constraints";
import { browserPart } from "~/utils/browser-messages";
import { constraintsFromSchemas, exportName } from "../support/form-constraints";
import { browserMessageFiles } from "../support/browser-messages";

test("each form's constraints are those of the schema its action parses (npm run forms:constraints)", () => {
  expect({ ...FORM_CONSTRAINTS }).toEqual(
    Object.fromEntries(Object.entries(constraintsFromSchemas()).map(([name, constraint]) => [exportName(name), constraint])),
  );
});

test("the browser's messages are the catalogues' (npm run messages:browser); the emails' stay on the server", async () => {
  for (const [file, text] of Object.entries(browserMessageFiles()))
    expect(readFileSync(file, "utf8"), `${file} is out of date: run npm run messages:browser`).toBe(
      await format(text, { ...(await resolveConfig(file)), filepath: file }),
    );
  expect(browserPart("email.signature.subject")).toBeNull();
  expect(browserPart("admin.title")).toBe("admin");
  expect(browserPart("petition.sign")).toBe("public");
});

test("a page's messages travel as JSON that cannot close its script element", () => {
  const html = pageMessages(new Map([["fr", new Set(["site.name", "nav.skip", "no.such.key"])]])).toString();
  expect(html).toMatch(/^<script type="application\/json" id="page-messages">\{"fr":\{"site.name":"Technopolice","nav.skip":"[^"]+"\}\}<\/script>$/);
  expect(pageMessages(new Map([["en", new Set(["site.name"])]])).toString()).not.toContain("</script><");
});
