import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { replyScope } from "@/lib/annotations/scope";
import type { Actor } from "@/lib/policy/actor";
import type { DeleteReplyInput } from "@/lib/annotations/schemas";

/** The author, or an admin: soft-deletes a reply. Audited. */
export async function deleteReply(actor: Actor, input: DeleteReplyInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const reply = await tx.reply.findFirst({
      where: replyScope(actor, input.replyId),
      select: { id: true, workspaceId: true, authorId: true, body: true },
    });
    if (!reply) throw new NotFoundError("Reply");
    authorize(actor, "reply.delete", reply);
    const { count } = await tx.reply.updateMany({
      where: replyScope(actor, reply.id),
      data: { deletedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("Reply");
    await recordAuditEvent(tx, actor, {
      action: "reply.deleted",
      entityType: "Reply",
      entityId: reply.id,
      before: { body: reply.body },
    });
  });
}
