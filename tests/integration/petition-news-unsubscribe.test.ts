import { describe, expect, test } from "vitest";
import { notifySignersBatch } from "~/modules/petitions/notify-signers.server";
import { listOutbox } from "~/models/email-message.server";
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { db } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";
import { openPetition, signer } from "../factories/petition";

async function confirmedSigner(petitionId: string) {
  const input = signer();
  await signPetition({ petitionId, input, ipHash: "test-ip", lang: "fr" });
  const signature = await db().signature.findFirstOrThrow({ where: { petitionId, confirmedAt: null } });
  await db().signature.update({ where: { id: signature.id }, data: { tokenHash: hashToken(`t-${signature.id}`) } });
  await confirmSignature({ token: `t-${signature.id}` });
  return input.email;
}

/** The petition's news queued so far for `to` (its confirmation aside), as the outbox shows them. */
async function outboxFor(to: string) {
  await db().emailMessage.updateMany({ where: { status: "QUEUED" }, data: { status: "OUTBOX", sentAt: new Date() } });
  return (await listOutbox({ to })).emails.filter((email) => !email.subject.startsWith("Confirmez"));
}

describe("unsubscribing from a petition's news (issue 28)", () => {
  test("the delivered email has a link and RFC 8058 headers; one POST stops the answered email, for that signer and petition only", async () => {
    const { action: oneClick } = await import("~/routes/petitions.desabonnement_.un-clic.$token");
    const petition = await openPetition();
    const leaving = await confirmedSigner(petition.id);
    const staying = await confirmedSigner(petition.id);
    await db().petition.update({ where: { id: petition.id }, data: { status: "DELIVERED" } });
    await notifySignersBatch({ petitionId: petition.id, kind: "delivered" });

    const [delivered] = await outboxFor(leaving);
    expect(delivered.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const oneClickUrl = /^<(.+)>$/.exec(delivered.headers?.["List-Unsubscribe"] ?? "")?.[1] ?? "";
    expect(oneClickUrl).toMatch(/\/petitions\/desabonnement\/un-clic\/[\w-]+\.[\w-]+$/);
    expect(delivered.text).toContain("Ne plus recevoir de nouvelles de cette pétition");
    expect(delivered.text).toContain(oneClickUrl.replace("/un-clic", ""));

    const token = oneClickUrl.split("/").pop() ?? "";
    const post = () => oneClick({ request: new Request(oneClickUrl, { method: "POST", body: "List-Unsubscribe=One-Click" }), params: { token }, context: {} });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const forged = await oneClick({ request: new Request(oneClickUrl, { method: "POST" }), params: { token: `${token.split(".")[0]}.forged` }, context: {} });
    expect(forged.status).toBe(404);

    await db().petition.update({ where: { id: petition.id }, data: { status: "ANSWERED" } });
    await notifySignersBatch({ petitionId: petition.id, kind: "answered" });
    expect((await outboxFor(leaving)).map((email) => email.subject)).toEqual([delivered.subject]);
    expect(await outboxFor(staying)).toHaveLength(2);
  });
});
