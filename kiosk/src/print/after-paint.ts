/** Resolves after React has painted and the ticket's images are decoded, so print sees them. */
export async function afterPaint(doc: Document): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const images = Array.from(doc.querySelectorAll<HTMLImageElement>('.print-root img'));
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
}
