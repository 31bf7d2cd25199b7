import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, renderCard } from "~/modules/share/card.server";
import { measureWith } from "~/modules/share/font.server";
import { shareImageResponse } from "~/modules/share/images.server";
import { contentSecurityPolicy } from "~/utils/http-security.server";
import { MastodonShareSchema } from "~/modules/petitions/share-schema";
import { mastodonShareUrl } from "~/modules/petitions/share";
import { escapeXml, wrapLines } from "~/modules/share/text";
import { byteLru } from "~/utils/byte-lru.server";

// A title of 200 characters with the characters XML gives a meaning to.
const TITLE =
  `Non à la « safe city » : caméras & drones <partout> à l’entrée des lycées, capteurs "sonores" et 'prédiction' ${"surveillance ".repeat(12)}`.slice(0, 200);

describe("share image text (issue 27)", () => {
  test("XML's five characters are escaped, control characters dropped", () => {
    expect(escapeXml(`a & b < c > d " e ' f\u0007g`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f" + "g");
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  test("a long title is wrapped at spaces within the width, the rest cut with an ellipsis", () => {
    expect(TITLE).toHaveLength(200);
    const measure = measureWith("bold");
    const lines = wrapLines(TITLE, { size: 56, maxWidth: 1056, maxLines: 3, measure });
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(measure(line, 56)).toBeLessThanOrEqual(1056);
    expect(lines[2].endsWith("…")).toBe(true);
    // Words come out in order, whole: the lines are the title's start.
    expect(TITLE.startsWith(lines.join(" ").replace(/…$/, ""))).toBe(true);
    const markup = lines.map(escapeXml).join("\n");
    expect(lines.map(escapeXml).join(" ")).toContain("caméras &amp; drones &lt;partout&gt;");
    expect(markup).not.toMatch(/<|&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  test("everything fits when there is room; a word wider than a line is cut with a hyphen", () => {
    const measure = measureWith("regular");
    expect(wrapLines("  Nice   &  Marseille ", { size: 30, maxWidth: 1000, maxLines: 2, measure })).toEqual(["Nice & Marseille"]);
    const cut = wrapLines("x".repeat(80), { size: 40, maxWidth: 300, maxLines: 9, measure });
    expect(cut.length).toBeGreaterThan(1);
    for (const line of cut) expect(measure(line, 40)).toBeLessThanOrEqual(300);
    expect(cut.join("").replace(/-/g, "")).toBe("x".repeat(80));
  });

  test("the card is a 1200×630 PNG, whatever the title", async () => {
    const png = await renderCard({
      kicker: "Pétition · Saint-Rémy-de-Provence & <environs>",
      title: TITLE,
      progress: { count: "1 234 signatures", goal: "objectif : 2 000", ratio: 0.62 },
      brand: "Technopolice",
      tagline: "Contre la surveillance policière des villes",
    });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", CARD_WIDTH, CARD_HEIGHT]);
  });
});

describe("the Mastodon share form (issue 27)", () => {
  const instance = (value: string) => MastodonShareSchema.safeParse({ ville: "nice", instance: value });
  test("only a host name passes, and the redirect goes to its /share page", () => {
    for (const bad of [
      "javascript:alert(1)",
      "evil.example/path",
      "a b",
      "",
      "localhost",
      "127.0.0.1",
      "user@mastodon.social",
      "mastodon.social:8080",
      "//evil.example",
      "mastodon.social/share?x=1",
    ]) {
      expect(instance(bad).success, bad).toBe(false);
    }
    for (const [typed, host] of [
      ["mastodon.social", "mastodon.social"],
      [" Piaille.FR ", "piaille.fr"],
      ["https://mamot.fr/", "mamot.fr"],
      ["xn--80ak6aa92e.xn--p1ai", "xn--80ak6aa92e.xn--p1ai"],
    ]) {
      const parsed = instance(typed);
      expect(parsed.success && parsed.data.instance, typed).toBe(host);
    }
    expect(mastodonShareUrl("mastodon.social", "Signez & partagez https://x.example/villes/nice")).toBe(
      "https://mastodon.social/share?text=Signez%20%26%20partagez%20https%3A%2F%2Fx.example%2Fvilles%2Fnice",
    );
  });
});

describe("the share images' cache", () => {
  test("is bounded in bytes and forgets the least recently used first", () => {
    const cache = byteLru({ maxBytes: 10 });
    cache.set("a", Buffer.alloc(4));
    cache.set("b", Buffer.alloc(4));
    expect(cache.get("a")).toBeDefined();
    cache.set("c", Buffer.alloc(4));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.bytes).toBe(8);
    cache.set("huge", Buffer.alloc(11));
    expect(cache.get("huge")).toBeUndefined();
  });
});

describe("the share images' answers", () => {
  test("a crowd asking for one image at once (a link posted on Mastodon) shares one drawing, then gets 304 on its ETag", async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => shareImageResponse(new Request("http://localhost/partage.png?lang=en"), { kind: "campaign" })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(60).fill(200));
    const bodies = await Promise.all(answers.map(async (answer) => Buffer.from(await answer.arrayBuffer())));
    expect(bodies.every((body) => body.equals(bodies[0]))).toBe(true);
    const tag = answers[0].headers.get("ETag")!;
    expect(answers[0].headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(answers[0].headers.get("Vary")).toBeNull();
    const again = await shareImageResponse(new Request("http://localhost/partage.png?lang=en", { headers: { "If-None-Match": tag } }), { kind: "campaign" });
    expect(again.status).toBe(304);
    // French by default, without a language in the address or a cookie: another image.
    const french = await shareImageResponse(new Request("http://localhost/partage.png"), { kind: "campaign" });
    expect(french.headers.get("ETag")).not.toBe(tag);
    expect(french.headers.get("Vary")).toBe("Cookie");
  });

  test("only the pages with the Mastodon form let a form's answer redirect to another https site", () => {
    expect(contentSecurityPolicy("n", "/villes/nice")).toMatch(/form-action 'self' \S+;|form-action 'self' \S+$/);
    for (const path of ["/signature/abc", "/villes/nice/merci", "/partager/mastodon"])
      expect(contentSecurityPolicy("n", path), path).toMatch(/form-action 'self' \S+ https:/);
  });
});
