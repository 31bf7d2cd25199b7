/** A PDF download: shown inline, never cached by shared caches. */
export function pdfResponse(filename: string, bytes: Uint8Array) {
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
