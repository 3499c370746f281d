/**
 * Fetches and reads the digits data file. It is gzip-compressed; a server that already unpacked
 * it (Content-Encoding: gzip) hands over the text itself, so the first two bytes decide. Every
 * way it can fail ends in a sentence a reader can act on, never a thrown error.
 */
import type { DigitImages } from '../../engine';
import { readDigitsCsv } from '../codec/digitsFile';
import type { Checked } from '../model';

/** Where the page finds the file: beside index.html, so the page works from a sub-folder. */
const DIGITS_URL = `${import.meta.env.BASE_URL}data/digits.csv.gz`;

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function unpack(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export async function loadDigits(
  url: string = DIGITS_URL,
  fetcher: typeof fetch = fetch,
): Promise<Checked<DigitImages>> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    return {
      ok: false,
      problems: ['The digits could not be downloaded: the network did not answer. Are you online?'],
    };
  }
  if (!response.ok)
    return {
      ok: false,
      problems: [`The digits file could not be found on the server (HTTP ${response.status}).`],
    };
  let text: string;
  try {
    text = await unpack(new Uint8Array(await response.arrayBuffer()));
  } catch {
    return { ok: false, problems: ['The digits file is damaged: it could not be unpacked.'] };
  }
  return readDigitsCsv(text);
}
