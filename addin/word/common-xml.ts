// The answers part through the Common API (Office.context.document.customXmlParts), for Word
// versions before WordApi 1.4. These calls are callback based and are not context.sync round trips.
import { AppError } from '../../src/text/index.ts';
import type { CommonAsyncResult, CommonCustomXmlPart, CommonCustomXmlParts } from './word-api.ts';

function call<T>(start: (callback: (result: CommonAsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === 'succeeded') resolve(result.value);
      else reject(new AppError('WORD.PROTECTED', { cause: result.error, details: { code: result.error?.code ?? 0 } }));
    });
  });
}

/** The XML of every part in the namespace, in Word's order (usually one; more after a copy). */
export async function readAllXmlFallback(parts: CommonCustomXmlParts, namespaceUri: string): Promise<string[]> {
  const found = await call<CommonCustomXmlPart[]>((cb) => parts.getByNamespaceAsync(namespaceUri, cb));
  const out: string[] = [];
  for (const part of found) out.push(await call<string>((cb) => part.getXmlAsync(cb)));
  return out;
}

/** The Common API cannot replace a part's XML, so add the new part first, then delete the old ones. */
export async function writeXmlFallback(parts: CommonCustomXmlParts, namespaceUri: string, xml: string): Promise<void> {
  const old = await call<CommonCustomXmlPart[]>((cb) => parts.getByNamespaceAsync(namespaceUri, cb));
  await call<CommonCustomXmlPart>((cb) => parts.addAsync(xml, cb));
  for (const part of old) await call<void>((cb) => part.deleteAsync(cb));
}
