// A file's name is the visitor's, not a syntax: browsers send a file named "a;b.pdf" as
// filename="a;b.pdf" (they escape only quotes and line breaks), and the multipart parser split the
// header on every ";", so the whole report was refused with a generic 400 page and what the
// visitor had typed was lost (issue 29, item 11; patches/@web3-storage+multipart-parser+1.0.0.patch).
import { expect, test } from "vitest";
import { parseFormWithFiles } from "~/utils/uploads.server";

const BOUNDARY = "----WebKitFormBoundaryaB3xYz";

/** The body Chromium sends for a description and one file, byte for byte. */
function chromiumForm(fileName: string) {
  const body = [
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="description"',
    "",
    "Caméras augmentées place de la Mairie",
    `--${BOUNDARY}`,
    `Content-Disposition: form-data; name="documents"; filename="${fileName}"`,
    "Content-Type: application/pdf",
    "",
    "%PDF-1.4 test",
    `--${BOUNDARY}--`,
    "",
  ].join("\r\n");
  return new Request("http://localhost/signaler", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` }, body });
}

test("a file name with ; or = keeps the form and the name", async () => {
  for (const fileName of ["a;b.pdf", "compte-rendu; version=2.pdf", "a=b.pdf", "x;filename=y.pdf", "%22a%22;.pdf"]) {
    const { formData, files } = await parseFormWithFiles(chromiumForm(fileName), "documents");
    expect(formData.get("description"), fileName).toBe("Caméras augmentées place de la Mairie");
    expect(files.map((file) => file.fileName)).toEqual([fileName]);
  }
});

test("a raw quote in a name (curl sends them) keeps the form, as before", async () => {
  const { formData, files } = await parseFormWithFiles(chromiumForm('a"b.pdf'), "documents");
  expect(formData.get("description")).toBe("Caméras augmentées place de la Mairie");
  expect(files).toHaveLength(1);
});

test("a header that is really broken (a quote never closed) is still refused", async () => {
  const broken = new Request("http://localhost/signaler", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="documents"; filename="a;b.pdf\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
  });
  await expect(parseFormWithFiles(broken, "documents")).rejects.toMatchObject({ status: 400 });
});
