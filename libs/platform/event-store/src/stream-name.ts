/** Streams are named `<Category>-<id>` (DESIGN §3). */
export function streamName(category: string, id: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(category)) throw new Error(`Invalid stream category: ${category}`);
  return `${category}-${id}`;
}

export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash < 0 ? streamId : streamId.slice(0, dash);
}
