import { expect, test } from "./fixtures";

const nonceOf = (policy: string | undefined) => policy?.match(/'nonce-([^']+)'/)?.[1];
const guardOf = (html: string) => html.match(/name="_guard" value="([^"]+)"/)?.[1];

test.describe("anonymous visitors share a city page for a second", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "HTTP only: once is enough");

  test("each copy gets its own nonce and form timestamp, and organizers always get a fresh render", async ({ request }) => {
    const first = await request.get("/villes/marseille");
    const second = await request.get("/villes/marseille");
    expect(["hit", "stale"]).toContain(second.headers()["x-page-cache"]);
    const [firstHtml, secondHtml] = [await first.text(), await second.text()];
    // Same page, but neither the nonce nor the signed timestamp is shared between visitors.
    const [firstNonce, secondNonce] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
    expect(secondNonce).toBeTruthy();
    expect(secondNonce).not.toBe(firstNonce);
    expect(secondHtml).toContain(`nonce="${secondNonce}"`);
    expect(secondHtml).not.toContain(firstNonce!);
    expect(guardOf(secondHtml)).toBeTruthy();
    expect(guardOf(secondHtml)).not.toBe(guardOf(firstHtml));
    const withoutPerResponseValues = (html: string, nonce: string) => html.replaceAll(nonce, "").replaceAll(guardOf(html)!, "");
    expect(withoutPerResponseValues(secondHtml, secondNonce!)).toBe(withoutPerResponseValues(firstHtml, firstNonce!));

    // A hit is sent in one step, before the security middleware (serveCopy): same headers as the
    // render, whether the client takes compression or not.
    const comparable = (headers: Record<string, string>) =>
      Object.entries(headers)
        .filter(([name]) => !["date", "x-page-cache", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(name))
        .map(([name, value]) => `${name}: ${value.replace(/'nonce-[^']+'/, "'nonce-'")}`)
        .sort();
    for (const acceptEncoding of ["gzip, deflate, br", ""]) {
      const hit = await request.get("/villes/marseille", { headers: { "Accept-Encoding": acceptEncoding } });
      expect(hit.headers()["x-page-cache"]).toBe("hit");
      expect(comparable(hit.headers()), acceptEncoding).toEqual(comparable(first.headers()));
      expect(hit.headers()["vary"]).toContain("Accept-Encoding");
      const nonce = nonceOf(hit.headers()["content-security-policy"])!;
      expect(withoutPerResponseValues(await hit.text(), nonce)).toBe(withoutPerResponseValues(firstHtml, firstNonce!));
    }

    // A language choice is part of what is shared; any other cookie (a session) bypasses the copy.
    const english = await request.get("/villes/marseille", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    expect(await english.text()).toContain('<html lang="en"');
    const organizer = await request.get("/villes/marseille", { headers: { Cookie: "__session=whatever" } });
    expect(organizer.headers()["x-page-cache"]).toBeUndefined();
    // The search box's suggestions are shared the same way.
    await request.get("/api/communes?q=mars");
    const suggestions = await request.get("/api/communes?q=mars");
    expect(["hit", "stale"]).toContain(suggestions.headers()["x-page-cache"]);
    expect((await suggestions.json()).communes[0].name).toBe("Marseille");
    const unknown = await request.get("/villes/nulle-part-sur-terre");
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["x-page-cache"]).toBeUndefined();
  });
});
