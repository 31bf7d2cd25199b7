// Local groups (issue 25), on real PostgreSQL: membership (double opt-in, one per address under
// concurrent joins, leave), volunteer invitations exactly once, announcements exactly once (a job
// run twice, a killed worker) and rate-limited, the contact relay that leaks no address either way,
// a coordinator of another group refused on the group's admin pages, "my data" and retention.
import { describe, expect, test } from "vitest";
import { runRetention } from "~/jobs/retention.server";
import { emailKey, listOutbox, recipientIndexFor } from "~/models/email-message.server";
import { collectData, deleteData } from "~/modules/my-data/data.server";
import { addOrganizer } from "~/models/organizer.server";
import { signIn } from "~/models/session.server";
import { addCoordinator, addTerritory, createGroup, setGroupPublished } from "~/modules/groups/admin.server";
import {
  ANNOUNCEMENT_WINDOW_DAYS,
  ANNOUNCEMENTS_PER_WINDOW,
  runAnnouncementBatch,
  saveAnnouncementDraft,
  sendAnnouncement,
} from "~/modules/groups/announcement.server";
import { CONTACT_MESSAGE_DAYS, listContactMessages, replyToContactMessage, sendContactMessage } from "~/modules/groups/contact.server";
import { getPublicGroup, groupsForCommune, searchGroupsNear } from "~/modules/groups/group.server";
import {
  acceptInvitation,
  confirmMembership,
  getMembershipByToken,
  invitationToken,
  inviteVolunteers,
  joinGroup,
  leaveGroup,
  memberIndexFor,
  stopAnnouncements,
  updateMemberPreferences,
} from "~/modules/groups/membership.server";
import { confirmGroupRequest, decideGroupRequest, listPendingGroupRequests, requestGroup } from "~/modules/groups/request.server";
import { groupRetentionRules } from "~/modules/groups/privacy.server";
import { JoinGroupSchema } from "~/modules/groups/schema";
import { confirmVolunteer, signUpVolunteer } from "~/modules/volunteers/volunteer.server";
import { action as groupAdminAction, loader as groupAdminLoader } from "~/routes/admin.groupes.$id";
import { action as announceAction, loader as announceLoader } from "~/routes/admin.groupes.$id_.annonce";
import { loader as previewLoader } from "~/routes/admin.groupes.$id_.annonce_.apercu";
import { action as oneClickAction } from "~/routes/groupes.membre.$token_.un-clic";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";
import { volunteerIndexFor } from "~/modules/petitions/signature-index.server";

const DAY = 24 * 3600_000;
const MARSEILLE = "13055";
const NICE = "06088";
const unique = () => Math.random().toString(36).slice(2, 10);

async function group({ inseeCode = MARSEILLE, published = true }: { inseeCode?: string; published?: boolean } = {}) {
  const admin = await addOrganizer({ email: `national.${unique()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const slug = `groupe-${unique()}`;
  const created = await createGroup({ organizerId: admin.id, input: { name: `Groupe ${slug}`, slug, presentation: "Bonjour\u00a0!" } });
  if (!created.ok) throw new Error(created.error);
  await addTerritory({ groupId: created.id, organizerId: admin.id, piece: { inseeCode } });
  if (published) await setGroupPublished({ groupId: created.id, organizerId: admin.id, published: true });
  return { id: created.id, slug, adminId: admin.id };
}

/** The member's token, read back from the sealed copy (as the emails carry it). */
async function tokenOf(groupId: string, email: string) {
  const row = await db().groupMember.findUniqueOrThrow({ where: { groupId_emailIndex: { groupId, emailIndex: memberIndexFor(email) } } });
  return decrypt(row.tokenSealed);
}

async function member(groupId: string, { announcements = true } = {}) {
  const email = `membre.${unique()}@example.org`;
  await joinGroup({ groupId, input: { email, wantsEvents: true, wantsAnnouncements: announcements, consent: true }, lang: "fr" });
  const token = await tokenOf(groupId, email);
  await confirmMembership({ token });
  return { email, token };
}

const emailsTo = (email: string, template: string) => db().emailMessage.count({ where: { template, recipientIndex: recipientIndexFor(email) } });

async function cookieFor(organizerId: string) {
  return (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";
}

async function coordinatorOf(groupId: string, adminId: string) {
  const email = `coordination.${unique()}@collectif.example`;
  const added = await addCoordinator({ groupId, organizerId: adminId, coordinator: { email } });
  if (!added.ok) throw new Error(added.error);
  return { id: added.coordinatorId, email, cookie: await cookieFor(added.coordinatorId) };
}

describe("membership", () => {
  test("double opt-in: unconfirmed counts for nothing; the link confirms; choices; leaving deletes the row", async () => {
    const { id } = await group();
    const email = `camille.${unique()}@example.org`;
    const joined = await joinGroup({ groupId: id, input: { email, wantsEvents: true, wantsAnnouncements: false, consent: true }, lang: "fr" });
    expect(joined.created).toBe(true);
    const token = await tokenOf(id, email);
    const confirmation = await db().emailMessage.findUniqueOrThrow({ where: { idempotencyKey: emailKey(`group-member/${joined.id}/confirm`) } });
    expect(decrypt(confirmation.payload)).toContain(`/groupes/membre/${token}`);
    expect((await getPublicGroup({ slug: (await db().localGroup.findUniqueOrThrow({ where: { id } })).slug }))?.members).toBe(0);
    expect(await getMembershipByToken({ token })).toMatchObject({ confirmedAt: null, wantsEvents: true, wantsAnnouncements: false });
    expect(await confirmMembership({ token })).toEqual({ ok: true });
    expect(await confirmMembership({ token })).toEqual({ ok: true });
    expect(await updateMemberPreferences({ token, wantsEvents: false, wantsAnnouncements: true })).toEqual({ ok: true });
    expect(await getMembershipByToken({ token })).toMatchObject({ wantsEvents: false, wantsAnnouncements: true });
    expect(await leaveGroup({ token })).toMatchObject({ ok: true });
    expect(await db().groupMember.count({ where: { id: joined.id } })).toBe(0);
    expect(await getMembershipByToken({ token })).toBeNull();
    expect(await leaveGroup({ token })).toEqual({ ok: false, error: "unknown" });
  });

  test("one membership per address and group under 8 concurrent joins (case and +tag ignored)", async () => {
    const { id } = await group();
    const base = `dominique.${unique()}`;
    const variants = Array.from({ length: 8 }, (_, n) => (n % 2 ? `${base}+n${n}@Example.org` : `${base.toUpperCase()}@example.org`));
    const results = await Promise.all(
      variants.map((email) => joinGroup({ groupId: id, input: { email, wantsEvents: true, wantsAnnouncements: true, consent: true }, lang: "fr" })),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await db().groupMember.count({ where: { groupId: id } })).toBe(1);
    // The first confirmation email, and at most one reminder of the link a day.
    expect(
      await db().emailMessage.count({
        where: { template: "group-member-confirm", idempotencyKey: { startsWith: emailKey(`group-member/${results[0].id}/`) } },
      }),
    ).toBe(2);
  });

  test("the form needs the consent; the choices default to nothing unticked", async () => {
    expect(JoinGroupSchema.safeParse({ email: "a@example.org" }).success).toBe(false);
    expect(JoinGroupSchema.parse({ email: "a@example.org", consent: true })).toMatchObject({ wantsEvents: false, wantsAnnouncements: false });
  });

  test("RFC 8058 one click stops the announcements and keeps the membership", async () => {
    const { id } = await group();
    const { token } = await member(id);
    const response = await oneClickAction({
      request: new Request(`http://localhost/groupes/membre/${token}/un-clic`, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      params: { token },
      context: {},
    });
    expect(response.status).toBe(200);
    expect(await getMembershipByToken({ token })).toMatchObject({ wantsAnnouncements: false, wantsEvents: true });
    expect(await stopAnnouncements({ token: "nope" })).toEqual({ ok: false, error: "unknown" });
  });
});

describe("volunteer invitations", () => {
  async function volunteer(inseeCode: string) {
    const email = `benevole.${unique()}@example.org`;
    await signUpVolunteer({
      inseeCode,
      input: { name: "Sacha", commune: "x", email, skills: ["LEGAL"], availability: "MONTHLY", consentContact: true },
      lang: "fr",
    });
    const row = await db().volunteer.findUniqueOrThrow({ where: { emailIndex: volunteerIndexFor(email) } });
    await confirmVolunteer({ token: decrypt(row.tokenSealed) });
    return { id: row.id, email };
  }

  test("exactly once per volunteer and group: publish, a job run twice, a territory that grows", async () => {
    const here = await volunteer(MARSEILLE);
    const elsewhere = await volunteer(NICE);
    const { id, adminId } = await group({ published: false });
    // Unpublished: nobody is invited.
    expect(await inviteVolunteers({ groupId: id })).toBe(0);
    await setGroupPublished({ groupId: id, organizerId: adminId, published: true });
    const jobs = await db().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'group-invite-volunteers' AND data->>'groupId' = ${id}`;
    expect(jobs[0].n).toBe(1);
    await inviteVolunteers({ groupId: id }, { batch: 1 });
    await inviteVolunteers({ groupId: id }, { batch: 1 });
    expect(await emailsTo(here.email, "group-invitation")).toBe(1);
    expect(await emailsTo(elsewhere.email, "group-invitation")).toBe(0);
    await addTerritory({ groupId: id, organizerId: adminId, piece: { departmentCode: "06" } });
    await inviteVolunteers({ groupId: id });
    await inviteVolunteers({ groupId: id });
    expect(await emailsTo(here.email, "group-invitation")).toBe(1);
    expect(await emailsTo(elsewhere.email, "group-invitation")).toBe(1);

    // The invitation's button makes a confirmed member (the address was proven), once.
    const accepted = await acceptInvitation({ token: invitationToken(here.id, id) });
    if (!accepted.ok) throw new Error(accepted.error);
    const again = await acceptInvitation({ token: invitationToken(here.id, id) });
    expect(again).toEqual(accepted);
    const row = await db().groupMember.findUniqueOrThrow({ where: { groupId_emailIndex: { groupId: id, emailIndex: memberIndexFor(here.email) } } });
    expect(row).toMatchObject({ source: "volunteer-invitation", wantsAnnouncements: true });
    expect(row.confirmedAt).not.toBeNull();
    expect(await acceptInvitation({ token: `${here.id}.${id}.forged` })).toEqual({ ok: false, error: "unknown" });
  });
});

describe("announcements", () => {
  test("exactly once: a batch run twice, a killed worker's chain run again; members who chose no announcements are left out", async () => {
    const { id, adminId } = await group();
    const readers = [];
    for (let n = 0; n < 5; n++) readers.push(await member(id));
    const quiet = await member(id, { announcements: false });
    const pending = `pending.${unique()}@example.org`;
    await joinGroup({ groupId: id, input: { email: pending, wantsEvents: true, wantsAnnouncements: true, consent: true }, lang: "fr" });
    const draft = await saveAnnouncementDraft({
      groupId: id,
      organizerId: adminId,
      input: { subject: "Cartopartie samedi", body: "Rendez-vous à 10\u00a0h.\n\nÀ samedi\u00a0!" },
    });
    const sent = await sendAnnouncement({ groupId: id, id: draft, organizerId: adminId });
    expect(sent).toEqual({ ok: true, recipients: 5 });
    // Sending the same draft again does nothing.
    expect(await sendAnnouncement({ groupId: id, id: draft, organizerId: adminId })).toEqual({ ok: false, error: "unknown" });
    const first = await runAnnouncementBatch({ announcementId: draft }, { batch: 2 });
    expect(first.queued).toBe(2);
    // The worker dies after the first batch: it is run again, then the whole chain twice.
    expect(await runAnnouncementBatch({ announcementId: draft }, { batch: 2 })).toEqual({ queued: 0, next: first.next });
    const chain = async () => {
      let queued = 0;
      let after: string | undefined;
      do {
        const result = await runAnnouncementBatch({ announcementId: draft, after }, { batch: 2 });
        queued += result.queued;
        after = result.next;
      } while (after);
      return queued;
    };
    expect(await chain()).toBe(3);
    expect(await chain()).toBe(0);
    for (const reader of readers) expect(await emailsTo(reader.email, "group-announcement")).toBe(1);
    expect(await emailsTo(quiet.email, "group-announcement")).toBe(0);
    expect(await emailsTo(pending, "group-announcement")).toBe(0);
    expect(await db().groupAnnouncement.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({ status: "SENT", recipientCount: 5 });
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "group.announcement.send", subjectId: id } });
    expect(audit.details).toMatchObject({ announcementId: draft, recipients: 5 });

    // The email: the words, the member's own link, and RFC 8058's headers.
    await db().emailMessage.updateMany({ where: { status: "QUEUED", template: "group-announcement" }, data: { status: "OUTBOX", sentAt: new Date() } });
    const [email] = (await listOutbox({ to: readers[0].email })).emails;
    expect(email.text).toContain("Rendez-vous à 10");
    expect(email.text).toContain(`/groupes/membre/${readers[0].token}`);
    expect(email.headers?.["List-Unsubscribe"]).toBe(
      `<http://localhost:3000/groupes/membre/${readers[0].token}/un-clic>`.replace(
        "http://localhost:3000",
        process.env.PUBLIC_URL?.replace(/\/$/, "") ?? "http://localhost:3000",
      ),
    );
    expect(email.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  test(`rate limit: ${ANNOUNCEMENTS_PER_WINDOW} per group in a rolling ${ANNOUNCEMENT_WINDOW_DAYS} days; nobody to write to is refused`, async () => {
    const { id, adminId } = await group();
    const input = { subject: "Annonce", body: "Texte" };
    expect(
      await sendAnnouncement({ groupId: id, id: await saveAnnouncementDraft({ groupId: id, organizerId: adminId, input }), organizerId: adminId }),
    ).toEqual({
      ok: false,
      error: "nobody",
    });
    await member(id);
    const now = Date.now();
    const send = async (at: number) =>
      sendAnnouncement({ groupId: id, id: await saveAnnouncementDraft({ groupId: id, organizerId: adminId, input }), organizerId: adminId, now: new Date(at) });
    expect(await send(now - 6 * DAY)).toMatchObject({ ok: true });
    expect(await send(now - DAY)).toMatchObject({ ok: true });
    const refused = await send(now);
    expect(refused).toMatchObject({ ok: false, error: "too-soon" });
    if (!refused.ok && "nextAllowedAt" in refused) expect(refused.nextAllowedAt.getTime()).toBe(now - 6 * DAY + ANNOUNCEMENT_WINDOW_DAYS * DAY);
    expect(await send(now + DAY + 1000)).toMatchObject({ ok: true });
  });
});

describe("contact relay", () => {
  test("coordinators get the name and words, never the address; the answer reaches the sender without the coordinator's address", async () => {
    const { id, adminId } = await group();
    const coordinator = await coordinatorOf(id, adminId);
    const sender = `expediteur.${unique()}@example.org`;
    const { id: messageId } = await sendContactMessage({
      groupId: id,
      input: { name: "Claude", email: sender, body: "Bonjour, je voudrais aider à la cartopartie." },
      lang: "fr",
      ipHash: "test",
    });
    const relay = await db().emailMessage.findUniqueOrThrow({ where: { idempotencyKey: emailKey(`group-contact/${messageId}/${coordinator.id}`) } });
    expect(decrypt(relay.recipient)).toBe(coordinator.email);
    const payload = decrypt(relay.payload);
    expect(payload).toContain("Claude");
    expect(payload).toContain("cartopartie");
    expect(payload).not.toContain(sender);
    // Nothing readable in the table.
    const row = await db().groupContactMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(JSON.stringify(row)).not.toContain(sender);
    const listed = await listContactMessages({ groupId: id });
    expect(JSON.stringify(listed)).not.toContain(sender);

    expect(await replyToContactMessage({ groupId: id, messageId, organizerId: coordinator.id, reply: "Avec plaisir\u00a0! Samedi 10\u00a0h." })).toEqual({
      ok: true,
    });
    const reply = await db().emailMessage.findFirstOrThrow({ where: { template: "group-contact-reply", recipientIndex: recipientIndexFor(sender) } });
    expect(decrypt(reply.payload)).toContain("Samedi 10");
    expect(decrypt(reply.payload)).not.toContain(coordinator.email);
    await db().emailMessage.updateMany({ where: { id: reply.id }, data: { status: "OUTBOX", sentAt: new Date() } });
    const [rendered] = (await listOutbox({ to: sender })).emails;
    expect(rendered.html + rendered.text).not.toContain(coordinator.email);
    expect(await db().auditEntry.count({ where: { action: "group.contact.reply", subjectId: id, organizerId: coordinator.id } })).toBe(1);
    // Another group's message cannot be answered from this one.
    const other = await group();
    expect(await replyToContactMessage({ groupId: other.id, messageId, organizerId: adminId, reply: "x" })).toEqual({ ok: false, error: "unknown" });
  });
});

describe("territorial rights", () => {
  test("a coordinator of Nice is refused on the Marseille group's admin loader and actions (403, audited, nothing changed)", async () => {
    const marseille = await group({ inseeCode: MARSEILLE });
    const nice = await group({ inseeCode: NICE });
    const own = await coordinatorOf(marseille.id, marseille.adminId);
    const intruder = await coordinatorOf(nice.id, nice.adminId);
    const request = (cookie: string, path: string, body?: Record<string, string>) =>
      new Request(`http://localhost${path}`, {
        method: body ? "POST" : "GET",
        headers: { Cookie: cookie, ...(body ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
        body: body ? new URLSearchParams(body).toString() : undefined,
      });
    const status = async (call: () => Promise<unknown>) => {
      try {
        const result = await call();
        return result instanceof Response ? result.status : 200;
      } catch (thrown) {
        if (thrown instanceof Response) return thrown.status;
        throw thrown;
      }
    };
    const params = { id: marseille.id };
    const path = `/admin/groupes/${marseille.id}`;
    const before = await db().localGroup.findUniqueOrThrow({ where: { id: marseille.id } });
    expect(await status(() => groupAdminLoader({ request: request(intruder.cookie, path), params, context: {} }))).toBe(403);
    expect(
      await status(() =>
        groupAdminAction({ request: request(intruder.cookie, path, { intent: "presentation", presentation: "Piraté" }), params, context: {} }),
      ),
    ).toBe(403);
    expect(await status(() => announceLoader({ request: request(intruder.cookie, `${path}/annonce`), params, context: {} }))).toBe(403);
    expect(
      await status(() =>
        announceAction({ request: request(intruder.cookie, `${path}/annonce`, { intent: "preview", subject: "x", body: "y" }), params, context: {} }),
      ),
    ).toBe(403);
    // A draft of Marseille's, previewed by its own coordinator: not by Nice's.
    const draft = await saveAnnouncementDraft({ groupId: marseille.id, organizerId: own.id, input: { subject: "Interne", body: "Texte" } });
    expect(await status(() => previewLoader({ request: request(intruder.cookie, `${path}/annonce/apercu?brouillon=${draft}`), params, context: {} }))).toBe(
      403,
    );
    expect(
      await status(() =>
        announceAction({
          request: request(intruder.cookie, `${path}/annonce`, { intent: "send", subject: "x", body: "y", draftId: draft }),
          params,
          context: {},
        }),
      ),
    ).toBe(403);
    expect(await status(() => previewLoader({ request: request(own.cookie, `${path}/annonce/apercu?brouillon=${draft}`), params, context: {} }))).toBe(200);
    expect((await db().localGroup.findUniqueOrThrow({ where: { id: marseille.id } })).presentation).toBe(before.presentation);
    expect(await db().groupAnnouncement.findMany({ where: { groupId: marseille.id }, select: { id: true, status: true } })).toEqual([
      { id: draft, status: "DRAFT" },
    ]);
    expect(await db().auditEntry.count({ where: { action: "territory.refuse", organizerId: intruder.id, subjectId: marseille.id } })).toBe(6);

    // Its own coordinator passes, but may not draw the territory or publish (national).
    expect(await status(() => groupAdminLoader({ request: request(own.cookie, path), params, context: {} }))).toBe(200);
    expect(
      await status(() =>
        groupAdminAction({ request: request(own.cookie, path, { intent: "presentation", presentation: "Nouveau texte" }), params, context: {} }),
      ),
    ).toBe(302);
    expect((await db().localGroup.findUniqueOrThrow({ where: { id: marseille.id } })).presentation).toBe("Nouveau texte");
    expect(
      await status(() => groupAdminAction({ request: request(own.cookie, path, { intent: "add-territory", departmentCode: "13" }), params, context: {} })),
    ).toBe(403);
    expect(await status(() => groupAdminAction({ request: request(own.cookie, path, { intent: "unpublish" }), params, context: {} }))).toBe(403);
    expect(await status(() => groupAdminAction({ request: request(own.cookie, path, { intent: "rename", name: "Autre nom" }), params, context: {} }))).toBe(
      403,
    );
    // A national organizer renames it (audited).
    const national = await cookieFor(marseille.adminId);
    expect(
      await status(() => groupAdminAction({ request: request(national, path, { intent: "rename", name: "Technopolice Marseille" }), params, context: {} })),
    ).toBe(302);
    expect(await db().auditEntry.count({ where: { action: "group.rename", subjectId: marseille.id, organizerId: marseille.adminId } })).toBe(1);
    // The loader's data shows counts, never members' or coordinators' addresses.
    const loaded = (await groupAdminLoader({ request: request(own.cookie, path), params, context: {} })) as unknown as { data: unknown };
    expect(JSON.stringify(loaded.data)).not.toContain(own.email);
  });
});

describe("public side and requests", () => {
  test("a commune's group(s), the search near a postcode, the page's sections", async () => {
    const { slug } = await group({ inseeCode: MARSEILLE });
    const unpublished = await group({ inseeCode: MARSEILLE, published: false });
    const groups = await groupsForCommune({ inseeCode: MARSEILLE, departmentCode: "13" });
    expect(groups.map((row) => row.slug)).toContain(slug);
    expect(groups.map((row) => row.slug)).not.toContain(unpublished.slug);
    const near = await searchGroupsNear({ query: "13001" });
    expect(near[0].commune.name).toBe("Marseille");
    expect(near[0].groups.map((row) => row.slug)).toContain(slug);
    // The next dates: published, scheduled and future events of the group or in its communes.
    const event = (
      title: string,
      data: { groupId?: string; inseeCode?: string; startsAt?: Date; publishedAt?: Date | null; status?: "SCHEDULED" | "CANCELLED" },
    ) =>
      db().event.create({
        data: {
          slug: `evenement-${unique()}`,
          kind: "CAMERA_WALK",
          title,
          description: "Balade",
          startsAt: data.startsAt ?? new Date(Date.now() + 3 * DAY),
          endsAt: new Date((data.startsAt ?? new Date(Date.now() + 3 * DAY)).getTime() + 2 * 3600_000),
          publishedAt: data.publishedAt === undefined ? new Date() : data.publishedAt,
          status: data.status ?? "SCHEDULED",
          ...(data.groupId ? { groupId: data.groupId } : {}),
          ...(data.inseeCode ? { inseeCode: data.inseeCode } : {}),
        },
      });
    const groupId = (await db().localGroup.findUniqueOrThrow({ where: { slug } })).id;
    await event("Cartopartie du Panier", { inseeCode: MARSEILLE });
    await event("Réunion du groupe", { groupId });
    await event("Passée", { inseeCode: MARSEILLE, startsAt: new Date(Date.now() - 3 * DAY) });
    await event("Brouillon", { inseeCode: MARSEILLE, publishedAt: null });
    await event("Annulée", { inseeCode: MARSEILLE, status: "CANCELLED" });
    await event("À Nice", { inseeCode: NICE });
    const page = await getPublicGroup({ slug });
    expect(page?.territory.communes.map((commune) => commune.name)).toEqual(["Marseille"]);
    const titles = page?.events.map((row) => row.title) ?? [];
    expect(titles).toEqual(expect.arrayContaining(["Cartopartie du Panier", "Réunion du groupe"]));
    for (const hidden of ["Passée", "Brouillon", "Annulée", "À Nice"]) expect(titles).not.toContain(hidden);
    expect(await getPublicGroup({ slug: unpublished.slug })).toBeNull();
  });

  test("start a group: confirmed by email, approved (creates the group, emails the outcome) or declined, each once", async () => {
    const admin = await addOrganizer({ email: `national.${unique()}@collectif.example`, role: "ORGANIZER", addedBy: null });
    const email = `fondatrice.${unique()}@example.org`;
    await requestGroup({ inseeCode: "69123", input: { name: "Alex", email, message: "Une cartopartie\u00a0!", consent: true }, lang: "fr" });
    const row = await db().groupRequest.findFirstOrThrow({ where: { emailIndex: { not: "" }, inseeCode: "69123" }, orderBy: { createdAt: "desc" } });
    expect((await listPendingGroupRequests()).map((request) => request.id)).not.toContain(row.id);
    await db().groupRequest.update({ where: { id: row.id }, data: { tokenHash: hashToken(`t-${row.id}`) } });
    expect(await confirmGroupRequest({ token: `t-${row.id}` })).toEqual({ ok: true });
    expect((await listPendingGroupRequests()).find((request) => request.id === row.id)).toMatchObject({ name: "Alex", message: "Une cartopartie\u00a0!" });
    const approved = await decideGroupRequest({ id: row.id, organizerId: admin.id, approve: true });
    if (!approved.ok) throw new Error(approved.error);
    expect(await db().localGroup.findUniqueOrThrow({ where: { id: approved.groupId! }, include: { territories: true } })).toMatchObject({
      publishedAt: null,
      territories: [{ inseeCode: "69123" }],
    });
    expect(await decideGroupRequest({ id: row.id, organizerId: admin.id, approve: false })).toEqual({ ok: false, error: "decided" });
    expect(await emailsTo(email, "group-request-outcome")).toBe(1);
  });
});

describe("my data and retention", () => {
  test("memberships, requests and messages are shown, exported and deleted for their address only", async () => {
    const { id } = await group();
    const email = `donnees.${unique()}@example.org`;
    await joinGroup({ groupId: id, input: { email, wantsEvents: true, wantsAnnouncements: true, consent: true }, lang: "fr" });
    await requestGroup({ inseeCode: NICE, input: { name: "Sam", email, message: "Un groupe à Nice", consent: true }, lang: "fr" });
    await sendContactMessage({ groupId: id, input: { name: "Sam", email, body: "Bonjour le groupe" }, lang: "fr", ipHash: "x" });
    const someoneElse = await member(id);
    const data = await collectData(email);
    expect(data.groupMemberships).toHaveLength(1);
    expect(data.groupRequests).toMatchObject([{ message: "Un groupe à Nice" }]);
    expect(data.groupMessages).toMatchObject([{ body: "Bonjour le groupe" }]);
    await deleteData(email, { kind: "groupMessage", id: data.groupMessages[0].id });
    expect((await collectData(email)).groupMessages).toHaveLength(0);
    await deleteData(email, { kind: "all" });
    const after = await collectData(email);
    expect([after.groupMemberships, after.groupRequests, after.groupMessages]).toEqual([[], [], []]);
    expect(await getMembershipByToken({ token: someoneElse.token })).not.toBeNull();
  });

  test(`retention: unconfirmed memberships and requests after 7 days, messages after ${CONTACT_MESSAGE_DAYS} days`, async () => {
    const { id } = await group();
    const old = `ancien.${unique()}@example.org`;
    await joinGroup({ groupId: id, input: { email: old, wantsEvents: true, wantsAnnouncements: true, consent: true }, lang: "fr" });
    const kept = await member(id);
    await db().groupMember.updateMany({ where: { groupId: id }, data: { createdAt: new Date(Date.now() - 8 * DAY) } });
    const { id: messageId } = await sendContactMessage({ groupId: id, input: { name: "A", email: old, body: "b" }, lang: "fr", ipHash: "x" });
    await db().groupContactMessage.update({ where: { id: messageId }, data: { createdAt: new Date(Date.now() - (CONTACT_MESSAGE_DAYS + 1) * DAY) } });
    await runRetention(groupRetentionRules);
    expect(await db().groupMember.count({ where: { groupId: id, emailIndex: memberIndexFor(old) } })).toBe(0);
    expect(await getMembershipByToken({ token: kept.token })).not.toBeNull();
    expect(await db().groupContactMessage.count({ where: { id: messageId } })).toBe(0);
  });
});
