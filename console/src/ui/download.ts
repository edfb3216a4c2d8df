/**
 * Hands the browser a file to save: a brief as Markdown, an interview as a calendar entry, a
 * data export already fetched as a blob.
 */
export function download(name: string, data: string | Blob, type?: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
