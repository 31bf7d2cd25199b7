/** A plain-text message as paragraphs (separated by empty lines), each as its lines. */
export function paragraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()))
    .map((lines) => lines.filter((line, index) => line !== "" || index > 0))
    .filter((lines) => lines.some((line) => line !== ""));
}
