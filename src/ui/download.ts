/** Offers data as a file download (an object URL, revoked once the download started). */
export function downloadFile(name: string, data: Uint8Array | string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers a text as a JSON file download. */
export function downloadText(name: string, text: string): void {
  downloadFile(name, text, 'application/json');
}
